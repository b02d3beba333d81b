package org.tongchou.app.indicators;

/** Kinds of node in a framework tree. */
public enum NodeKind {
    /** A top-level group of the framework (e.g. 综合实力), or the three concentrations. */
    DIMENSION,
    /** A group inside a dimension. */
    SUB_DIMENSION,
    /** A leaf naming an indicator. */
    INDICATOR,
    /** A subsystem of the urban–rural coupling coordination model (urban, rural), a flat list of indicators. */
    SUBSYSTEM
}
