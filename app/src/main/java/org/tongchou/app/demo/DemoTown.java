package org.tongchou.app.demo;

/** A township unit valid in a demo year, with the number of village committees (村委会) under it then. */
record DemoTown(String code, String name, int villageCommittees) {
}
