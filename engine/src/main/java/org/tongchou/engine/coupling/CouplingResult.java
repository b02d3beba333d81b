package org.tongchou.engine.coupling;

/**
 * Coupling degree C, comprehensive development index T and coupling coordination degree D per unit.
 */
public record CouplingResult(double[] coupling, double[] development, double[] coordination) {
}
