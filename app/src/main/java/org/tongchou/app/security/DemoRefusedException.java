package org.tongchou.app.security;

/** A demo start on an installation that has users of its own: refused, nothing is changed. */
public class DemoRefusedException extends IllegalStateException {
    DemoRefusedException(long users) {
        super("this installation has " + users + " user(s) of its own and is no demo: the demo city and its accounts "
                + "(with their public password) are loaded only into an empty installation; start the demo on a "
                + "database of its own");
    }
}
