package org.tongchou.app.evaluation;

import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkNode;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;

/**
 * The name readers know a node of a run by, in their language: an indicator's, a dimension's,
 * sub-dimension's or subsystem's name from the framework; the index is "综合得分 / Overall score"; the
 * direct group of a dimension (its own indicators, {@code <dimension>~}) is named after its dimension.
 * An unknown code is shown as it is.
 */
@Component
class NodeNames {
    private final IndicatorService indicators;
    private final FrameworkService frameworks;

    NodeNames(IndicatorService indicators, FrameworkService frameworks) {
        this.indicators = indicators;
        this.frameworks = frameworks;
    }

    String of(String code, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        if (EvaluationPlan.ROOT.equals(code)) return zh ? "综合得分" : "Overall score";
        if (code.endsWith(PlanTree.PASS_THROUGH_SUFFIX)) {
            String dim = of(code.substring(0, code.length() - PlanTree.PASS_THROUGH_SUFFIX.length()), locale);
            return zh ? dim + "（直属指标）" : dim + " (own indicators)";
        }
        Optional<Indicator> ind = indicators.find(code);
        if (ind.isPresent()) return zh ? ind.get().nameZh() : ind.get().nameEn();
        for (String f : frameworks.codes()) {
            Optional<Framework> fw = frameworks.find(f);
            if (fw.isEmpty()) continue;
            Optional<FrameworkNode> n = find(fw.get().dimensions(), code).or(() -> find(fw.get().subsystems(), code));
            if (n.isPresent()) return zh ? n.get().nameZh() : n.get().nameEn();
        }
        return code;
    }

    private static Optional<FrameworkNode> find(java.util.List<FrameworkNode> nodes, String code) {
        for (FrameworkNode n : nodes) {
            if (n.code().equals(code)) return Optional.of(n);
            Optional<FrameworkNode> c = find(n.children(), code);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }
}
