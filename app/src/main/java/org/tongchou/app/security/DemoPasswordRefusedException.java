package org.tongchou.app.security;

import org.springframework.security.authentication.BadCredentialsException;

/** The public demo password typed on an installation that is no demo: never accepted there. */
final class DemoPasswordRefusedException extends BadCredentialsException {
    DemoPasswordRefusedException() {
        super("the demo password is accepted only on a demo installation (serve --demo)");
    }
}
