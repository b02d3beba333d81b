package org.tongchou.engine.robustness;

/**
 * First-order ({@code si}) and total-order ({@code sti}) sensitivity index of one uncertain input,
 * with bootstrap percentile bounds ({@code NaN} when no bootstrap was asked for).
 */
public record SensitivityIndex(String input, double si, double sti, double siLower, double siUpper,
                               double stiLower, double stiUpper) {
}
