package org.tongchou.app.demo;

import java.util.List;

/** The demo data could not be stored; the message lists every problem the data feature reported. */
class DemoLoadException extends RuntimeException {
    public DemoLoadException(String what, List<String> problems) {
        super(what + ":\n  " + String.join("\n  ", problems));
    }
}
