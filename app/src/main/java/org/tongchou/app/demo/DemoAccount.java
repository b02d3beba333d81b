package org.tongchou.app.demo;

import org.tongchou.app.security.Role;
import org.tongchou.app.security.ShownAccount;

/** A demo account as shown on the sign-in page of a demo installation. */
public record DemoAccount(String username, String password, Role role, String scopeName) implements ShownAccount {
}
