package org.tongchou.app.security;

/** A demo account as shown on the sign-in page of a demo installation. */
public record DemoAccount(String username, String password, Role role, String scopeName) {
}
