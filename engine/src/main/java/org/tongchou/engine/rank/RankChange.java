package org.tongchou.engine.rank;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.InvalidInputException;

/**
 * Compares this period's ranks with an earlier period's, matching units by code.
 *
 * <p>{@code change = previous − current}: positive means the unit moved up (a smaller rank number).
 * A unit absent from the earlier period is {@link Status#NEW} with missing previous rank and change;
 * a unit only in the earlier period is listed in {@link Result#dropped()}. A missing rank in either
 * period gives a missing change.
 */
public final class RankChange {
    private RankChange() {
    }

    /** Whether a unit was ranked in the earlier period. */
    public enum Status {
        /** Ranked in both periods. */
        CONTINUING,
        /** Absent from the earlier period: previous rank and change are missing. */
        NEW
    }

    /**
     * A unit's ranks in the two periods.
     *
     * @param unit         the unit's code
     * @param rank         its rank in this period (NaN = unranked)
     * @param previousRank its rank in the earlier period (NaN = absent or unranked)
     * @param change       {@code previousRank − rank}: positive = moved up; NaN when either is missing
     * @param status       whether it was in the earlier period
     */
    public record Row(String unit, double rank, double previousRank, double change, Status status) {
    }

    /**
     * A comparison.
     *
     * @param rows    one per current unit, in input order
     * @param dropped the units only in the earlier period
     */
    public record Result(List<Row> rows, List<String> dropped) {
        /**
         * Copies the lists.
         *
         * @param rows    one per current unit, in input order
         * @param dropped the units only in the earlier period
         */
        public Result {
            rows = List.copyOf(rows);
            dropped = List.copyOf(dropped);
        }
    }

    /**
     * This period's ranks against an earlier period's.
     *
     * @param units         this period's units
     * @param ranks         their ranks (NaN = unranked)
     * @param previousUnits the earlier period's units, distinct
     * @param previousRanks their ranks
     * @return one row per current unit, in input order, and the units only in the earlier period
     * @throws InvalidInputException for lengths that differ or a unit listed twice in the earlier period
     */
    public static Result compare(List<String> units, double[] ranks, List<String> previousUnits, double[] previousRanks) {
        if (units.size() != ranks.length || previousUnits.size() != previousRanks.length) {
            throw new InvalidInputException(units.size() + " units with " + ranks.length + " ranks, " + previousUnits.size()
                    + " earlier units with " + previousRanks.length + " ranks: one rank per unit is needed");
        }
        Map<String, Integer> prev = new HashMap<>(previousUnits.size() * 2);
        for (int i = 0; i < previousUnits.size(); i++) {
            if (prev.put(previousUnits.get(i), i) != null) {
                throw new InvalidInputException("duplicate unit '" + previousUnits.get(i) + "' in the earlier period");
            }
        }
        List<Row> rows = new ArrayList<>(units.size());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String u = units.get(i);
            seen.add(u);
            Integer p = prev.get(u);
            if (p == null) {
                rows.add(new Row(u, ranks[i], Double.NaN, Double.NaN, Status.NEW));
            } else {
                double pr = previousRanks[p];
                rows.add(new Row(u, ranks[i], pr, pr - ranks[i], Status.CONTINUING));
            }
        }
        List<String> dropped = previousUnits.stream().filter(u -> !seen.contains(u)).toList();
        return new Result(rows, dropped);
    }
}
