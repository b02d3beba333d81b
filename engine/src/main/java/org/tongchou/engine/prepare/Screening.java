package org.tongchou.engine.prepare;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Screening units by data availability: a unit is kept when its share of present (non-missing)
 * indicator values is at least the threshold. Source: COINr {@code Screen(unit_screen = "byNA",
 * dat_thresh = ...)}. A dataset without indicators is refused; removing every unit is allowed and
 * reported (the result has no units).
 */
public final class Screening {
    private Screening() {
    }

    /**
     * A removed unit and its availability share.
     *
     * @param unit         the unit
     * @param availability its share of present indicator values, in [0, 1)
     */
    public record Removed(String unit, double availability) {
    }

    /**
     * Screening result.
     *
     * @param data    the kept units (the input itself when none is removed)
     * @param removed the removed units, in input order
     */
    public record Result(Dataset data, List<Removed> removed) {
    }

    /**
     * Keeps the units with at least {@code minShare} of their indicator values present (ties at the threshold
     * are kept; zeros count as present).
     *
     * @param data     the units and indicators
     * @param minShare the threshold, in [0, 1]; 0 keeps every unit
     * @return kept data and removed units
     * @throws org.tongchou.engine.data.InvalidArgumentException for a threshold outside [0, 1]
     * @throws InvalidInputException                            for a dataset without indicators
     */
    public static Result byAvailability(Dataset data, double minShare) {
        if (!(minShare >= 0 && minShare <= 1)) {
            throw new org.tongchou.engine.data.InvalidArgumentException("minShare", minShare, "must be in [0, 1]");
        }
        if (data.indicatorCount() == 0) throw new InvalidInputException("screening: dataset has no indicators");
        List<Integer> keep = new ArrayList<>();
        List<Removed> removed = new ArrayList<>();
        for (int i = 0; i < data.unitCount(); i++) {
            int present = 0;
            for (int j = 0; j < data.indicatorCount(); j++) if (!Double.isNaN(data.get(i, j))) present++;
            double share = present / (double) data.indicatorCount();
            if (share >= minShare) keep.add(i); else removed.add(new Removed(data.units().get(i), share));
        }
        if (removed.isEmpty()) return new Result(data, List.of());
        double[][] cols = new double[data.indicatorCount()][keep.size()];
        for (int j = 0; j < cols.length; j++) {
            for (int k = 0; k < keep.size(); k++) cols[j][k] = data.get(keep.get(k), j);
        }
        List<String> units = keep.stream().map(data.units()::get).toList();
        List<Grouping> groups = data.groupings().stream()
                .map(g -> new Grouping(g.name(), keep.stream().map(g.labels()::get).toList())).toList();
        return new Result(new Dataset(units, data.indicators(), cols, groups), removed);
    }
}
