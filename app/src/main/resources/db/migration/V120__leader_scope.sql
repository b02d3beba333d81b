-- A leader may be scoped to an area (a province, a prefecture, a county ...): a provincial or prefectural
-- leader reads the plans and units of its own area only (docs/security.md "Leaders of an area"). A leader
-- without a scope reads every published result, as before. A reporter is still scoped to one township-level
-- unit; administrators and analysts are never scoped.
ALTER TABLE app_user DROP CONSTRAINT app_user_scope_ck;
ALTER TABLE app_user ADD CONSTRAINT app_user_scope_ck CHECK ((role = 'REPORTER' AND scope_unit IS NOT NULL)
                                                         OR role = 'LEADER'
                                                         OR (role IN ('ADMIN', 'ANALYST') AND scope_unit IS NULL));
