package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A run's notes and method names in the reader's language ({@code eval.note.*}, {@code eval.opt.*},
 * {@code eval.assumption.*} and {@code explorer.method.*} messages): indicator, dimension and subsystem
 * codes become their names, town codes the towns' names. A note whose kind has no message (or a run
 * made before notes were structured) is shown as its English sentence.
 */
@Component("runNotes")
class RunNotes {
    private final MessageSource messages;
    private final NodeNames names;

    RunNotes(MessageSource messages, NodeNames names) {
        this.messages = messages;
        this.names = names;
    }

    /**
     * @param townName the name of a town by its code (the code itself when unknown)
     */
    public String text(RunNote n, Locale locale, UnaryOperator<String> townName) {
        List<String> a = n.args();
        Object[] args = switch (n.kind()) {
            case RunNote.DERIVED_ON_CURRENT_BOUNDARIES -> new Object[] {arg(a, 0), n.subject(), arg(a, 1), derivations(a, locale)};
            case "GAPS_NOT_DECOMPOSED" -> new Object[] {option(arg(a, 0), locale)};
            case "OBSTACLES_OUT_OF_RANGE" -> new Object[] {node(arg(a, 0), locale), townName.apply(arg(a, 1)), arg(a, 2), arg(a, 3)};
            case "COUPLING_MISSING_VALUES" -> new Object[] {node(arg(a, 0), locale), node(arg(a, 1), locale), arg(a, 2), townName.apply(arg(a, 3))};
            case "COUPLING_NO_VARIATION" -> new Object[] {node(arg(a, 0), locale), messages.getMessage("eval.reason." + arg(a, 1),
                    new Object[] {node(arg(a, 2), locale), townName.apply(arg(a, 3))}, arg(a, 1), locale)};
            case "COUPLING_ZERO_WEIGHTS", "CV_UNDEFINED", "INEQUALITY_ZERO_TOTAL" -> new Object[] {node(arg(a, 0), locale)};
            case "INEQUALITY_NEGATIVE_VALUE", "THEIL_L_NOT_POSITIVE" -> new Object[] {node(arg(a, 0), locale), townName.apply(arg(a, 1)), arg(a, 2)};
            case "DISPARITY_WEIGHT_INVALID" -> new Object[] {node(arg(a, 0), locale), node(arg(a, 1), locale), townName.apply(arg(a, 2))};
            case "IMPUTED" -> new Object[] {arg(a, 0), option(arg(a, 1), locale)};
            case "ALTERNATIVE_LEFT_OUT" -> new Object[] {assumption(arg(a, 0), locale), option(arg(a, 1), locale), arg(a, 2)};
            case "BENCHMARK_NOT_EVALUATED" -> new Object[] {townName.apply(arg(a, 0))};
            case RunNote.UNIT_LEFT_OUT -> new Object[] {arg(a, 0), n.subject(), nodes(arg(a, 1), locale)};
            default -> new Object[0];
        };
        if (RunNote.TEXT.equals(n.kind())) return n.message();
        return messages.getMessage("eval.note." + n.kind(), args, n.message(), locale);
    }

    /** The label of a method or alternative code ({@code MIN_MAX}, {@code ENTROPY}, {@code FIXED}, {@code PERCENTILE_RANK} ...). */
    public String option(String code, Locale locale) {
        String key = "FIXED".equals(code) ? "FRAMEWORK" : code;
        return messages.getMessage("eval.opt." + key, null, code, locale);
    }

    /** The label of a varied assumption ({@code NORMALISATION}, {@code WEIGHT_NOISE} ...). */
    public String assumption(String code, Locale locale) {
        return messages.getMessage("eval.assumption." + code, null, code, locale);
    }

    private String node(String code, Locale locale) {
        return code.isEmpty() ? code : names.of(code, locale);
    }

    private String nodes(String codes, Locale locale) {
        if (codes.isEmpty()) return codes;
        return String.join("zh".equals(locale.getLanguage()) ? "、" : ", ",
                java.util.Arrays.stream(codes.split(",")).map(c -> node(c, locale)).toList());
    }

    private String derivations(List<String> a, Locale locale) {
        List<String> out = new ArrayList<>();
        for (int k = 2; k + 1 < a.size(); k += 2) {
            String method = messages.getMessage("explorer.method." + a.get(k), null, a.get(k), locale);
            out.add(a.get(k + 1).isEmpty() ? method : method + ": " + a.get(k + 1));
        }
        return String.join("zh".equals(locale.getLanguage()) ? "；" : "; ", out);
    }

    private static String arg(List<String> a, int k) {
        return k < a.size() ? a.get(k) : "";
    }
}
