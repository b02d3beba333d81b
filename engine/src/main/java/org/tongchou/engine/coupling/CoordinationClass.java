package org.tongchou.engine.coupling;

/** One class of coupling coordination degree: an interval of D with a Chinese and an English label. */
public record CoordinationClass(double lower, double upper, String labelZh, String labelEn) {
}
