package org.tongchou.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a unit of a past period lies on today's boundaries, from the change events' flows: a value of a
 * period that ended before a change follows every flow dated after the period's end, in date order (a merge
 * carries the whole into the merged unit, a split apportions it by the flows' shares, chains compose by
 * multiplying shares). Small (national change events are thousands of flows): built on the driver and sent
 * to the executors whole.
 */
final class BoundaryChain implements Serializable {
    private final TreeMap<LocalDate, Map<String, List<Flow>>> byDate = new TreeMap<>();

    BoundaryChain(List<Flow> flows) {
        for (Flow f : flows) {
            byDate.computeIfAbsent(f.date(), d -> new HashMap<>()).computeIfAbsent(f.predecessor(), p -> new ArrayList<>()).add(f);
        }
    }

    /**
     * Today's units and their shares of {@code unit}'s value of a period ending on {@code end}.
     *
     * @return {unit: 1} when no flow after {@code end} leaves the unit
     */
    Map<String, Double> today(String unit, LocalDate end) {
        Map<String, Double> now = new LinkedHashMap<>();
        now.put(unit, 1.0);
        for (Map<String, List<Flow>> flows : byDate.tailMap(end, false).values()) {
            Map<String, Double> next = new LinkedHashMap<>();
            for (Map.Entry<String, Double> e : now.entrySet()) {
                List<Flow> out = flows.get(e.getKey());
                if (out == null) {
                    next.merge(e.getKey(), e.getValue(), Double::sum);
                } else {
                    for (Flow f : out) next.merge(f.successor(), e.getValue() * f.share(), Double::sum);
                }
            }
            now = next;
        }
        return now;
    }

    /** The units that a flow after {@code end} leaves, and every unit such a flow reaches (their values are rebased). */
    Set<String> affected(LocalDate end) {
        Set<String> out = new HashSet<>();
        for (Map<String, List<Flow>> flows : byDate.tailMap(end, false).values()) {
            flows.forEach((p, fs) -> {
                out.add(p);
                fs.forEach(f -> out.add(f.successor()));
            });
        }
        return out;
    }

    /**
     * The last day of a period as the application writes periods: {@code 2025} (a year), {@code 2025H1},
     * {@code 2025Q3}, {@code 2025M07}.
     *
     * @throws IllegalArgumentException for any other text
     */
    static LocalDate end(String period) {
        try {
            int year = Integer.parseInt(period.substring(0, 4));
            if (period.length() == 4) return LocalDate.of(year, 12, 31);
            char kind = period.charAt(4);
            int n = Integer.parseInt(period.substring(5));
            int month = switch (kind) {
                case 'H' -> n * 6;
                case 'Q' -> n * 3;
                case 'M' -> n;
                default -> throw new IllegalArgumentException(period);
            };
            return YearMonth.of(year, month).atEndOfMonth();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("period '" + period + "' is not YYYY, YYYYHn, YYYYQn or YYYYMmm");
        }
    }
}
