package org.tongchou.app.evaluation;

/** A town evaluated by a run: its unit id, 12-digit code and name. */
record Town(long unitId, String code, String name) {
}
