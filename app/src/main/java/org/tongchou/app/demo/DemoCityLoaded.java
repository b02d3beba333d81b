package org.tongchou.app.demo;

/**
 * Published (as a Spring application event) after the demo city was loaded. The demo's own listeners
 * then run, in order: {@code DemoEvaluation} (plans run and published), {@code DemoMap} (the
 * schematic town map) and {@code DemoAccounts} (a reporter per town).
 *
 * @param cityCode the demo city's code, 320582
 */
record DemoCityLoaded(String cityCode, DemoSummary summary) {
}
