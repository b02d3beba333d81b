package org.tongchou.app.indicators;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A consistent set of indicators: every formula parses and names only known indicators, every weight
 * indicator exists, and no indicator depends on itself through its formulas. Immutable.
 */
public final class IndicatorCatalog {
    private final Map<String, Indicator> byCode;
    private final Map<String, Formula> formulas;
    private final List<String> evaluationOrder;

    private IndicatorCatalog(Map<String, Indicator> byCode, Map<String, Formula> formulas, List<String> order) {
        this.byCode = byCode;
        this.formulas = formulas;
        this.evaluationOrder = order;
    }

    /**
     * Checks the indicators and builds the catalogue.
     *
     * @throws IndicatorDefinitionException listing every problem: duplicate codes, formulas that do not
     *         parse, unknown names (with the indicator that uses them), unknown weight indicators, and each
     *         cycle as its path ({@code a → b → a})
     */
    public static IndicatorCatalog of(Collection<Indicator> indicators) {
        List<String> problems = new ArrayList<>();
        Map<String, Indicator> byCode = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (byCode.putIfAbsent(i.code(), i) != null) problems.add("indicator '" + i.code() + "' is defined twice");
        }
        Map<String, Formula> formulas = new LinkedHashMap<>();
        for (Indicator i : byCode.values()) {
            if (i.formula() != null) {
                try {
                    Formula f = Formula.parse(i.formula());
                    formulas.put(i.code(), f);
                    for (String ref : f.references()) {
                        if (!byCode.containsKey(ref)) {
                            problems.add("indicator '" + i.code() + "': formula uses unknown indicator '" + ref + "'");
                        }
                    }
                } catch (FormulaException e) {
                    problems.add("indicator '" + i.code() + "': " + e.getMessage());
                }
            }
            if (i.weightIndicator() != null && !byCode.containsKey(i.weightIndicator())) {
                problems.add("indicator '" + i.code() + "': weight indicator '" + i.weightIndicator() + "' is unknown");
            }
        }
        List<String> order = new ArrayList<>();
        if (problems.isEmpty()) {
            topologicalOrder(byCode.keySet(), formulas, order, problems);
        }
        if (!problems.isEmpty()) throw new IndicatorDefinitionException(problems);
        return new IndicatorCatalog(byCode, formulas, List.copyOf(order));
    }

    /** Depth-first search; reports each cycle once, as the path that closes it. */
    private static void topologicalOrder(Set<String> codes, Map<String, Formula> formulas, List<String> order, List<String> problems) {
        Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
        for (String code : codes) {
            visit(code, formulas, state, new ArrayList<>(), order, problems);
        }
    }

    private static void visit(String code, Map<String, Formula> formulas, Map<String, Integer> state, List<String> path,
            List<String> order, List<String> problems) {
        Integer st = state.get(code);
        if (st != null && st == 2) return;
        if (st != null && st == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(code), path.size()));
            cycle.add(code);
            problems.add("indicator formulas form a cycle: " + String.join(" → ", cycle));
            return;
        }
        state.put(code, 1);
        path.add(code);
        Formula f = formulas.get(code);
        if (f != null) {
            for (String ref : f.references()) visit(ref, formulas, state, path, order, problems);
        }
        path.remove(path.size() - 1);
        state.put(code, 2);
        order.add(code);
    }

    public Optional<Indicator> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** @throws UnknownIndicatorException if there is no such indicator */
    public Indicator get(String code) {
        Indicator i = byCode.get(code);
        if (i == null) throw new UnknownIndicatorException(code);
        return i;
    }

    public boolean contains(String code) {
        return byCode.containsKey(code);
    }

    /** All indicators in definition order. */
    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    /** The parsed formula of a derived indicator, or empty for a raw one. */
    public Optional<Formula> formula(String code) {
        return Optional.ofNullable(formulas.get(code));
    }

    /** Codes in an order where every indicator comes after all indicators its formula uses. */
    public List<String> evaluationOrder() {
        return evaluationOrder;
    }

    /** The raw (non-derived) indicators a derived indicator depends on, transitively; a raw indicator gives itself. */
    public Set<String> rawInputs(String code) {
        Set<String> out = new LinkedHashSet<>();
        collectRaw(get(code).code(), out);
        return out;
    }

    private void collectRaw(String code, Set<String> out) {
        Formula f = formulas.get(code);
        if (f == null) {
            out.add(code);
            return;
        }
        for (String ref : f.references()) collectRaw(ref, out);
    }

    /**
     * Computes derived indicators for {@code n} units at once. {@code columns} holds the known columns
     * (NaN = missing); every derived indicator all of whose inputs can be computed is added, in
     * evaluation order. Columns already present are kept as given. Returns a new map.
     */
    public Map<String, double[]> computeDerived(Map<String, double[]> columns, int n) {
        Map<String, double[]> out = new LinkedHashMap<>(columns);
        for (String code : evaluationOrder) {
            Formula f = formulas.get(code);
            if (f == null || out.containsKey(code)) continue;
            out.put(code, f.evaluate(out::get, n));
        }
        return out;
    }
}
