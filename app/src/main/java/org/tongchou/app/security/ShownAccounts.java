package org.tongchou.app.security;

import java.util.List;

/**
 * The accounts the sign-in page lists, provided by the module that creates them (the demo); an
 * installation without such a bean lists none.
 */
public interface ShownAccounts {
    List<? extends ShownAccount> visibleAccounts();
}
