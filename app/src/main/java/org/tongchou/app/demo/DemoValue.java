package org.tongchou.app.demo;

/** One generated value: a township unit, a quantity and a year. */
record DemoValue(String unitCode, DemoQuantity quantity, int year, double value) {
}
