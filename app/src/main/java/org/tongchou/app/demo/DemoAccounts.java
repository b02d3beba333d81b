package org.tongchou.app.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.Terminal;
import org.tongchou.app.security.DemoRefusedException;
import org.tongchou.app.security.Installation;
import org.tongchou.app.security.NewUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ShownAccounts;
import org.tongchou.app.security.UserService;

/**
 * The demo installation's accounts: an administrator, an analyst, a leader and one reporter per
 * township-level unit that exists when they are created. All share one well-known password, which is
 * why they are created only by a demo start ({@code serve --demo}, {@code demo}), which makes the
 * installation a demo ({@link Installation}: refused on an installation with users of its own; the
 * password works only on a demo, and every page says it is one), and why the sign-in page lists them
 * only on a demo and when {@code tongchou.demo.accounts-visible} is set (which {@code serve --demo} does).
 */
@Component
public class DemoAccounts implements ShownAccounts {
    /** The demo password. Public knowledge by design: demo installations only. */
    public static final String PASSWORD = Installation.DEMO_PASSWORD;
    private static final Logger LOG = LoggerFactory.getLogger(DemoAccounts.class);
    private static final String ACTOR = "demo";

    private final UserService users;
    private final Installation installation;
    private final DemoTownships townships;
    private final boolean create;
    private final boolean visible;

    DemoAccounts(UserService users, Installation installation, DemoTownships townships,
            @Value("${tongchou.demo.load-if-empty:false}") boolean create,
            @Value("${tongchou.demo.accounts-visible:${tongchou.demo.load-if-empty:false}}") boolean visible) {
        this.users = users;
        this.installation = installation;
        this.townships = townships;
        this.create = create;
        this.visible = visible;
    }

    /** Runs last at start-up, after the demo city (if any) has been loaded. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    public void onReady() {
        if (!create) return;
        try {
            ensure();
        } catch (DemoRefusedException e) {
            LOG.warn("demo accounts not created: {}", e.getMessage());
        }
    }

    /**
     * The demo city was loaded (by {@code serve --demo} or the {@code demo} command): its towns now
     * exist, so their reporters can be created. After the demo's evaluation and map.
     */
    @EventListener
    @Order(3)
    void onDemoCityLoaded(DemoCityLoaded event) {
        ensure();
    }

    /**
     * Makes the installation a demo and creates the demo accounts that do not exist yet; existing
     * accounts are left as they are.
     *
     * @throws DemoRefusedException when the installation has users of its own and is no demo
     */
    public List<DemoAccount> ensure() {
        installation.becomeDemo(ACTOR);
        List<DemoAccount> accounts = accounts();
        List<NewUser> missing = new ArrayList<>();
        for (DemoAccount a : accounts) {
            if (users.exists(a.username())) continue;
            String display = a.scopeName() == null ? a.username() : a.scopeName();
            missing.add(new NewUser(a.username(), display, PASSWORD, a.role(), scopeCode(a)));
        }
        if (missing.isEmpty()) return accounts;
        users.createDemoAccounts(missing, PASSWORD, ACTOR);
        LOG.info(Terminal.STAGE, "created {} demo accounts (password '{}')", missing.size(), PASSWORD);
        return accounts;
    }

    /** The accounts to show on the sign-in page: those that exist, and only when the flag is set. */
    @Override
    public List<DemoAccount> visibleAccounts() {
        if (!visible || !installation.isDemo()) return List.of();
        return accounts().stream().filter(a -> users.exists(a.username())).toList();
    }

    private List<DemoAccount> accounts() {
        List<DemoAccount> list = new ArrayList<>();
        list.add(new DemoAccount("admin", PASSWORD, Role.ADMIN, null));
        list.add(new DemoAccount("analyst", PASSWORD, Role.ANALYST, null));
        list.add(new DemoAccount("leader", PASSWORD, Role.LEADER, null));
        for (DemoTownships.Township t : townships.current()) {
            list.add(new DemoAccount(reporterName(t.code()), PASSWORD, Role.REPORTER, t.name()));
        }
        return list;
    }

    private String scopeCode(DemoAccount a) {
        if (a.role() != Role.REPORTER) return null;
        return townships.current().stream().filter(t -> reporterName(t.code()).equals(a.username()))
                .map(DemoTownships.Township::code).findFirst().orElseThrow();
    }

    /** {@code reporter-} and the township's 9 significant digits, e.g. {@code reporter-320582100}. */
    static String reporterName(String code) {
        return "reporter-" + code.substring(0, 9);
    }
}
