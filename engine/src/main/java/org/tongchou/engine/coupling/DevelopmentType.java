package org.tongchou.engine.coupling;

/** Relative development of an urban and a rural subsystem. */
public enum DevelopmentType {
    /** The urban subsystem lags the rural one (城镇滞后型). */
    URBAN_LAGGING("城镇滞后型", "urban lagging"),
    /** The rural subsystem lags the urban one (乡村滞后型). */
    RURAL_LAGGING("乡村滞后型", "rural lagging"),
    /** Both develop alike, within the tolerance (同步发展型). */
    SYNCHRONOUS("同步发展型", "synchronous");

    private final String labelZh;
    private final String labelEn;

    DevelopmentType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    /**
     * The Chinese name used in papers.
     *
     * @return e.g. 城镇滞后型
     */
    public String labelZh() {
        return labelZh;
    }

    /**
     * The English name.
     *
     * @return e.g. urban lagging
     */
    public String labelEn() {
        return labelEn;
    }
}
