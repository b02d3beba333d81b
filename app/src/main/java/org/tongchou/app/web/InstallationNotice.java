package org.tongchou.app.web;

/**
 * What the layout says about the installation on every page; provided by the security module, which
 * knows whether this installation is a demo (synthetic data, accounts with a public password).
 */
public interface InstallationNotice {
    /** Whether every page shows the demo banner. */
    boolean demo();
}
