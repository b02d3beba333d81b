package org.tongchou.app.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongchou.app.security.Role;

/** Collects every {@link NavLink} bean and answers which a role sees, in order. */
@Component
public class Navigation {
    private final List<NavLink> links;

    Navigation(List<NavLink> links) {
        this.links = links.stream().sorted(Comparator.comparingInt(NavLink::order)).toList();
    }

    public List<NavLink> linksFor(Role role) {
        return links.stream().filter(l -> l.visibleTo(role)).toList();
    }
}
