package org.tongchou.app.reports;

/** What a document is: the whole briefing pack (现场会材料) or the one- or two-page ranking bulletin (排名通报). */
enum ReportKind {
    PACK, BULLETIN;

    static ReportKind parse(String s) {
        for (ReportKind k : values()) if (k.name().equalsIgnoreCase(s == null ? "" : s.strip())) return k;
        throw new ReportRefusedException("kind", s, "pack or bulletin");
    }
}
