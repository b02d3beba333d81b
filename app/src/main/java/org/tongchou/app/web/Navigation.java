package org.tongchou.app.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Collects every {@link NavLink} bean and answers which a user sees, in order. */
@Component
class Navigation {
    private final List<NavLink> links;

    Navigation(List<NavLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    /** The links the user sees; none when nobody is signed in. */
    List<NavLink> linksFor(Optional<PageUser> user) {
        return user.map(u -> links.stream().filter(l -> l.visibleTo(u)).toList()).orElse(List.of());
    }
}
