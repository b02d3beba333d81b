package org.tongchou.app.reports;

/** The file formats of a document, with their media type and file extension. */
enum ReportFormat {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static ReportFormat parse(String s) {
        for (ReportFormat f : values()) if (f.name().equalsIgnoreCase(s == null ? "" : s.strip())) return f;
        throw new ReportRefusedException("format", s, "pdf, docx or xlsx");
    }
}
