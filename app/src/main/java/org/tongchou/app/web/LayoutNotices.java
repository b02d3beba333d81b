package org.tongchou.app.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The layout's notices, read by {@code layout.html} as {@code @layoutNotices} on every page (also
 * pages served from {@link RenderedContent} and error pages, which a model attribute would miss).
 */
@Component("layoutNotices")
class LayoutNotices {
    private final ObjectProvider<InstallationNotice> installation;

    LayoutNotices(ObjectProvider<InstallationNotice> installation) {
        this.installation = installation;
    }

    /** Whether to show the demo banner: an installation without a notice provider is no demo. */
    public boolean demo() {
        InstallationNotice n = installation.getIfAvailable();
        return n != null && n.demo();
    }
}
