package org.tongchou.app.web;

import java.util.Optional;

/** Who is signed in on the current request; provided by the security module. */
public interface PageUsers {
    Optional<PageUser> current();
}
