package org.tongchou.app.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a city target out between its towns in proportion to each town's approved value of a base
 * year: target_t = C · v_t / Σv (the towns' part of the city total stays what it was). Values are
 * rounded to cents (two decimals) by the largest-remainder method (Hamilton), so that the towns'
 * targets add up to the city target exactly; ties of remainders go to the town listed first.
 * Refused, naming the towns, when a town has no base value or a negative one, or when the base values
 * add up to zero (no proportion exists). Only indicators that add up across towns can be shared out.
 */
final class CityShare {
    private CityShare() {
    }

    /** The shares by town code, in the given order, or the problems (then empty). */
    record Result(Map<String, Double> targets, List<String> problems) {
    }

    static Result share(double cityTarget, Map<String, Double> baseValues) {
        List<String> problems = new ArrayList<>();
        if (!Double.isFinite(cityTarget) || cityTarget < 0) problems.add("the city target " + cityTarget + " is not a non-negative number");
        double sum = 0;
        for (Map.Entry<String, Double> e : baseValues.entrySet()) {
            Double v = e.getValue();
            if (v == null || !Double.isFinite(v)) problems.add(e.getKey() + " has no approved base value");
            else if (v < 0) problems.add(e.getKey() + " has a negative base value " + v);
            else sum += v;
        }
        if (problems.isEmpty() && sum == 0) problems.add("the base values add up to zero: no proportion to share by");
        if (!problems.isEmpty()) return new Result(Map.of(), problems);
        long totalCents = Math.round(cityTarget * 100);
        List<String> codes = new ArrayList<>(baseValues.keySet());
        long[] cents = new long[codes.size()];
        double[] remainder = new double[codes.size()];
        long given = 0;
        for (int i = 0; i < codes.size(); i++) {
            double exact = totalCents * baseValues.get(codes.get(i)) / sum;
            cents[i] = (long) Math.floor(exact);
            remainder[i] = exact - cents[i];
            given += cents[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i));
        for (int k = 0; k < totalCents - given; k++) cents[order.get(k % order.size())]++;
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) out.put(codes.get(i), cents[i] / 100.0);
        return new Result(out, List.of());
    }
}
