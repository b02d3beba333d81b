package org.tongchou.app.explorer;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tongchou.app.series.Contribution;
import org.tongchou.app.series.SeriesMethod;
import org.tongchou.app.series.SeriesPoint;

/**
 * How a point was derived, in the reader's language: the method ({@code explorer.method.*} messages),
 * the units it came from with their shares (e.g. 320582102000 金港镇 × 0.4) and the series' own note
 * (a formula, or why the value is missing).
 */
@Component
class ExplorerNotes {
    private final MessageSource messages;

    ExplorerNotes(MessageSource messages) {
        this.messages = messages;
    }

    String note(SeriesPoint p, String townCode, Locale locale) {
        StringBuilder b = new StringBuilder(messages.getMessage("explorer.method." + p.method().name(), null, p.method().name(), locale));
        boolean self = p.contributions().size() == 1 && p.contributions().get(0).unitCode().equals(townCode)
                && p.contributions().get(0).share() == 1.0;
        if (!p.contributions().isEmpty() && !self) {
            b.append(": ").append(p.contributions().stream().map(ExplorerNotes::contribution).collect(Collectors.joining(" + ")));
        }
        if (p.reason() != null && !p.reason().isBlank()) b.append(" (").append(p.reason()).append(')');
        return b.toString();
    }

    /** Observed values of the town itself need no footnote; everything else does. */
    static boolean needsFootnote(SeriesPoint p, String townCode) {
        if (p.method() != SeriesMethod.OBSERVED) return true;
        return p.contributions().size() != 1 || !p.contributions().get(0).unitCode().equals(townCode);
    }

    private static String contribution(Contribution c) {
        String s = c.unitCode() + " " + c.unitName();
        if (c.share() == 1.0) return s;
        String share = String.format(Locale.ROOT, "%.4f", c.share()).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + " × " + share;
    }
}
