package org.tongchou.app.security;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/** Records and lists sign-in attempts and changes to users and roles. */
@Service
public class AuditService {
    private final AuditRepository repository;
    private final Clock clock;

    AuditService(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public void signIn(String username, boolean success, String reason, String remoteAddr) {
        repository.signIn(clock.instant(), username == null ? "" : username, success, reason, remoteAddr);
    }

    /** A change made by {@code actor} (a username, or {@code system}) to {@code target}. */
    public void change(String actor, String action, String target, String oldValue, String newValue) {
        repository.change(clock.instant(), actor, action, target, oldValue, newValue);
    }

    public List<SignInRecord> recentSignIns(int limit) {
        return repository.recentSignIns(limit);
    }

    public List<ChangeRecord> recentChanges(int limit) {
        return repository.recentChanges(limit);
    }
}
