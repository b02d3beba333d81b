package org.tongchou.app.indicators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * Checks a formula as it is typed, for the indicator editor: it must parse, name only known indicators,
 * and not make the indicator depend on itself (the indicators feature's catalogue check names each
 * cycle as its path).
 */
@Service
class FormulaCheck {
    private final IndicatorService indicators;

    FormulaCheck(IndicatorService indicators) {
        this.indicators = indicators;
    }

    /** The outcome: the indicators the formula refers to, and every problem (empty when it is good). */
    record Result(String code, String formula, Set<String> references, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    Result check(String code, String formula) {
        String text = formula == null ? "" : formula.strip();
        if (text.isEmpty()) return new Result(code, text, Set.of(), List.of());
        Set<String> refs = new TreeSet<>();
        try {
            refs.addAll(Formula.parse(text).references());
        } catch (FormulaException e) {
            return new Result(code, text, refs, List.of(e.getMessage()));
        }
        Map<String, Indicator> all = new LinkedHashMap<>();
        for (Indicator i : indicators.list()) all.put(i.code(), i);
        Indicator current = all.get(code);
        List<String> problems = new ArrayList<>();
        try {
            Indicator edited = current == null
                    ? new Indicator(code, code, code, "", null, null, null, null, null, null, text, "")
                    : new Indicator(current.code(), current.nameZh(), current.nameEn(), current.unit(), current.direction(),
                            current.periodicity(), current.min(), current.max(),
                            current.aggregation() == org.tongchou.app.indicators.Aggregation.SUM ? null : current.aggregation(),
                            current.weightIndicator(), text, current.description());
            all.put(code, edited);
            IndicatorCatalog.of(all.values());
        } catch (IndicatorDefinitionException e) {
            problems.addAll(e.problems());
        }
        return new Result(code, text, refs, problems);
    }
}
