package org.tongchou.spark;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A boundary change's flow (the application's {@code unit_change_flow} with its event's date): on
 * {@code date}, the part {@code share} of the predecessor's territory went to the successor (1 for a merge,
 * rename or re-code; the split's apportioning otherwise; an absorber is a successor that continues).
 *
 * @param predecessor the unit's code before the change
 * @param successor   a unit's code after it
 * @param share       in [0, 1]
 * @param date        the day the change took effect
 */
public record Flow(String predecessor, String successor, double share, LocalDate date) implements Serializable {
    /**
     * Reads a flows file: {@code predecessor,successor,share,date} (date as YYYY-MM-DD); every bad row
     * reported at once.
     */
    public static java.util.List<Flow> read(java.nio.file.Path file) {
        org.tongchou.engine.io.CsvTable t = org.tongchou.engine.io.CsvTable.read(file);
        int cp = t.requireColumn("predecessor");
        int cs = t.requireColumn("successor");
        int csh = t.requireColumn("share");
        int cd = t.requireColumn("date");
        java.util.List<Flow> out = new java.util.ArrayList<>();
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            java.util.List<String> row = t.rows().get(r);
            try {
                out.add(new Flow(row.get(cp).trim(), row.get(cs).trim(), Double.parseDouble(row.get(csh).trim()), LocalDate.parse(row.get(cd).trim())));
            } catch (RuntimeException e) {
                problems.add("line " + t.line(r) + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) throw new org.tongchou.engine.data.EngineInputException("flows file " + file + ": " + String.join("; ", problems));
        return out;
    }

    /** The flows of the application's change events ({@code unit_change_flow}, {@code unit_change_event}, codes of {@code admin_unit}). */
    static java.util.List<Flow> jdbc(org.apache.spark.sql.SparkSession spark, String url, java.util.Properties props) {
        java.util.Properties p = new java.util.Properties();
        p.putAll(props);
        p.setProperty("driver", "org.postgresql.Driver");
        String q = "(select a.code as predecessor, b.code as successor, f.share as share, e.change_date as change_date"
                + " from unit_change_flow f join unit_change_event e on e.id = f.event_id"
                + " join admin_unit a on a.id = f.predecessor_id join admin_unit b on b.id = f.successor_id) flows";
        java.util.List<Flow> out = new java.util.ArrayList<>();
        for (org.apache.spark.sql.Row r : spark.read().jdbc(url, q, p).collectAsList()) {
            out.add(new Flow(r.getString(0), r.getString(1), r.getDouble(2), r.getDate(3).toLocalDate()));
        }
        return out;
    }

    public Flow {
        if (!(share >= 0 && share <= 1)) throw new IllegalArgumentException("flow " + predecessor + " → " + successor + ": share " + share + " is not in [0, 1]");
    }
}
