package org.tongchou.app.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * What a {@link RunInputSupplier} gives a run: columns of raw indicators aligned with the run's towns
 * (NaN = no basis: the stored value is used), notes for the run, and what to do once the run is stored
 * (in the same transaction: the supplier records which of its items fed the run).
 */
public record SuppliedInputs(Map<String, double[]> columns, List<String> notes, LongConsumer onStored) {
    public SuppliedInputs {
        columns = Map.copyOf(columns);
        notes = List.copyOf(notes);
    }

    public static SuppliedInputs none() {
        return new SuppliedInputs(Map.of(), List.of(), runId -> { });
    }

    /** The read columns with the supplied values laid over them (a new map; the stored value stays where a supplied one is NaN). */
    static Map<String, double[]> overlay(Map<String, double[]> read, List<SuppliedInputs> supplied) {
        Map<String, double[]> out = new LinkedHashMap<>(read);
        for (SuppliedInputs s : supplied) {
            s.columns().forEach((ind, col) -> {
                double[] base = out.get(ind);
                double[] merged = base == null ? new double[col.length] : base.clone();
                for (int i = 0; i < col.length; i++) {
                    if (!Double.isNaN(col[i])) merged[i] = col[i];
                    else if (base == null) merged[i] = Double.NaN;
                }
                out.put(ind, merged);
            });
        }
        return out;
    }
}
