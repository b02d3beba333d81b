package org.tongchou.engine.coupling;

/** Relative development of an urban and a rural subsystem. */
public enum DevelopmentType {
    URBAN_LAGGING("城镇滞后型", "urban lagging"),
    RURAL_LAGGING("乡村滞后型", "rural lagging"),
    SYNCHRONOUS("同步发展型", "synchronous");

    private final String labelZh;
    private final String labelEn;

    DevelopmentType(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }
}
