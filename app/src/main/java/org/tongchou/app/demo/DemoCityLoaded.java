package org.tongchou.app.demo;

/**
 * Published (as a Spring application event) after the demo city was loaded. The hook for the
 * security feature to create its demo accounts (a listener in its {@code DemoAccounts}).
 *
 * @param cityCode the demo city's code, 320582
 */
public record DemoCityLoaded(String cityCode, DemoSummary summary) {
}
