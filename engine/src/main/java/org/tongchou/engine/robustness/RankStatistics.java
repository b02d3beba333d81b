package org.tongchou.engine.robustness;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.InvalidArgumentException;

/**
 * Rank intervals from a rank matrix, as COINr's {@code get_sensitivity} reports them ({@code RankStats}):
 * for each unit the mean, the median and the 5th and 95th percentiles of its ranks over the
 * replications, quantiles by R's type 7 ({@link Quantiles}).
 *
 * <p>Missing ranks ({@code NaN}, a replication that failed or a unit without a score) are left out of
 * that unit's statistics, as COINr's {@code na.rm = TRUE} does. Tied ranks are counted as they are
 * (ties take the lowest rank, see {@link DescendingRanks}), so a unit tied for 2nd has rank 2 in that
 * replication. With a single replication all four statistics equal that rank.
 */
public final class RankStatistics {
    private RankStatistics() {
    }

    /**
     * @param units   unit codes, one per row of {@code ranks}
     * @param nominal each unit's nominal rank
     * @param ranks   ranks indexed [unit][replication]
     * @return one entry per unit, in the order of {@code units}
     */
    public static List<UnitRankStatistics> of(List<String> units, double[] nominal, double[][] ranks) {
        if (units.size() != ranks.length || nominal.length != ranks.length) {
            throw new InvalidArgumentException("ranks", ranks.length + " rows", "rank statistics: " + units.size() + " units, " + nominal.length
                    + " nominal ranks and " + ranks.length + " rows of ranks must agree");
        }
        List<UnitRankStatistics> out = new ArrayList<>(units.size());
        for (int u = 0; u < ranks.length; u++) {
            double[] sorted = Quantiles.sortedPresent(ranks[u]);
            double mean = Double.NaN;
            if (sorted.length > 0) {
                double sum = 0;
                for (double r : sorted) sum += r;
                mean = sum / sorted.length;
            }
            out.add(new UnitRankStatistics(units.get(u), nominal[u], mean,
                    Quantiles.type7Sorted(sorted, 0.5), Quantiles.type7Sorted(sorted, 0.05),
                    Quantiles.type7Sorted(sorted, 0.95)));
        }
        return out;
    }
}
