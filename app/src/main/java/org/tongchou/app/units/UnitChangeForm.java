package org.tongchou.app.units;

import java.util.ArrayList;
import java.util.List;

/**
 * What the change wizard's form sends: the kind, date and source note, the predecessors' codes (as the
 * code lists write them, separated by spaces or commas) and up to {@link #ROWS} successor rows. Blank
 * rows are ignored. Bound by Spring MVC, so mutable; {@link UnitChangeChecker} turns it into a checked
 * change.
 */
public class UnitChangeForm {
    static final int ROWS = 6;

    private String kind = "";
    private String date = "";
    private String note = "";
    private String predecessors = "";
    private List<Row> successors = new ArrayList<>();
    private String indicators = "";

    public UnitChangeForm() {
        padRows();
    }

    /** Keeps exactly {@link #ROWS} rows, so the page always has room for a six-way split. */
    void padRows() {
        while (successors.size() < ROWS) successors.add(new Row());
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = nz(kind); }
    public String getDate() { return date; }
    public void setDate(String date) { this.date = nz(date); }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = nz(note); }
    public String getPredecessors() { return predecessors; }
    public void setPredecessors(String predecessors) { this.predecessors = nz(predecessors); }
    public List<Row> getSuccessors() { return successors; }
    public void setSuccessors(List<Row> successors) { this.successors = successors == null ? new ArrayList<>() : successors; }

    /** Indicator codes to preview (blank: the key indicators). */
    public String getIndicators() { return indicators; }
    public void setIndicators(String indicators) { this.indicators = nz(indicators); }

    public List<String> indicatorCodes() {
        return java.util.Arrays.stream(indicators.split("[\\s,，]+")).filter(c -> !c.isBlank()).toList();
    }

    /** The predecessors' codes as typed, in order. */
    List<String> predecessorCodes() {
        List<String> out = new ArrayList<>();
        for (String c : predecessors.trim().split("[\\s,，、;；]+")) if (!c.isBlank()) out.add(c.trim());
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }

    /** One successor: a new unit (code, name, parent) or an existing one that absorbs; its share of a split. */
    public static class Row {
        private String code = "";
        private String name = "";
        private String parent = "";
        private boolean existing;
        private String share = "";

        public String getCode() { return code; }
        public void setCode(String code) { this.code = nz(code); }
        public String getName() { return name; }
        public void setName(String name) { this.name = nz(name); }
        public String getParent() { return parent; }
        public void setParent(String parent) { this.parent = nz(parent); }
        public boolean isExisting() { return existing; }
        public void setExisting(boolean existing) { this.existing = existing; }
        public String getShare() { return share; }
        public void setShare(String share) { this.share = nz(share); }

        boolean blank() {
            return code.isEmpty() && name.isEmpty() && parent.isEmpty() && share.isEmpty() && !existing;
        }
    }
}
