package org.tongchou.app.meetings;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.UserService;

/**
 * Who is told about a commitment: the town's reporters (the users scoped to the town), its owner when
 * the owner is a user, and for what the supervision office acts on (declared done, overdue) the
 * analysts. Disabled users are never told.
 */
@Component
class Recipients {
    private final UserService users;

    Recipients(UserService users) {
        this.users = users;
    }

    Set<String> town(Commitment c) {
        Set<String> out = new LinkedHashSet<>();
        for (AppUser u : users.list()) {
            if (u.enabled() && u.role() == Role.REPORTER && c.townCode().equals(u.scopeUnit())) out.add(u.username());
        }
        if (c.ownerUser() != null && users.find(c.ownerUser()).map(AppUser::enabled).orElse(false)) out.add(c.ownerUser());
        return out;
    }

    Set<String> analysts() {
        Set<String> out = new LinkedHashSet<>();
        for (AppUser u : users.list()) if (u.enabled() && u.role() == Role.ANALYST) out.add(u.username());
        return out;
    }

    Set<String> townAndAnalysts(Commitment c) {
        Set<String> out = town(c);
        out.addAll(analysts());
        return out;
    }
}
