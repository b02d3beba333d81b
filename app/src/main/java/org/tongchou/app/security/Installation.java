package org.tongchou.app.security;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.web.InstallationNotice;

/**
 * Whether this installation is a demo: one made by {@code serve --demo} or {@code demo}, holding the
 * demo city's synthetic data and the demo accounts, whose password is public. Only a demo accepts that
 * password at sign-in, and every page of a demo says so (the layout's banner). An installation becomes
 * a demo only while it has no users of its own (or is one already): a demo start on an installation in
 * use is refused, so that it never gains accounts with a public password. Once a demo, always a demo
 * (the database records it; a real installation starts from a database of its own).
 */
@Service
public class Installation implements InstallationNotice {
    /** The password of every demo account: public, accepted at sign-in only on a demo installation. */
    public static final String DEMO_PASSWORD = "demo-2026";
    private final InstallationRepository repository;
    private final UserRepository users;
    private final AuditService audit;
    private final Clock clock;
    /** Once true, true for good; a false answer is asked again (another process may make the demo). */
    private volatile boolean demoSeen;

    Installation(InstallationRepository repository, UserRepository users, AuditService audit, Clock clock) {
        this.repository = repository;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** A restored backup may be of an installation that is no demo: ask the database again. */
    @org.springframework.context.event.EventListener
    void databaseReplaced(org.tongchou.app.web.DatabaseReplaced event) {
        demoSeen = false;
    }

    /** Whether this installation is a demo. */
    public boolean isDemo() {
        if (demoSeen) return true;
        boolean demo = repository.isDemo();
        if (demo) demoSeen = true;
        return demo;
    }

    @Override
    public boolean demo() {
        return isDemo();
    }

    /** Whether {@link #becomeDemo} would succeed: a demo already, or no users yet. */
    public boolean mayBecomeDemo() {
        return isDemo() || users.count() == 0;
    }

    /**
     * Makes this installation a demo (audited), or does nothing if it is one.
     *
     * @throws DemoRefusedException when it has users of its own
     */
    @Transactional
    public void becomeDemo(String actor) {
        if (repository.isDemo()) {
            demoSeen = true;
            return;
        }
        if (users.count() > 0) throw new DemoRefusedException(users.count());
        repository.markDemo(clock.instant());
        audit.change(actor, "INSTALLATION_DEMO", "installation", "normal", "demo");
        demoSeen = true;
    }
}
