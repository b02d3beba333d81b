-- Failed sign-ins per account (the username as typed, lower case, whether or not it exists) and per
-- client address: the delay before the next attempt grows with the failures, and an account is locked
-- after too many (security.SignInThrottle). Kept in the database so that a restart forgets nothing.
CREATE TABLE signin_throttle (
    kind            VARCHAR(8)   NOT NULL,
    subject         VARCHAR(200) NOT NULL,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (kind, subject),
    CONSTRAINT signin_throttle_kind_ck CHECK (kind IN ('ACCOUNT', 'ADDRESS'))
);
CREATE INDEX signin_throttle_last_ix ON signin_throttle (last_failure_at);
