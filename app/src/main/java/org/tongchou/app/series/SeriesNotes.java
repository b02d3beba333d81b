package org.tongchou.app.series;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a point was derived, in the reader's language: the method ({@code explorer.method.*} messages),
 * the units it came from with their shares (e.g. 320582102000 金港镇 × 0.4) and the series' own note
 * (a formula, or why the value is missing). Used by every page that shows comparable series (the
 * indicator explorer, the preview of the unit change wizard); templates call it as
 * {@code @seriesNotes.note(point, unitCode, #locale)}.
 */
@Component("seriesNotes")
public class SeriesNotes {
    private final MessageSource messages;

    SeriesNotes(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * @param unitCode the unit the series is about: its own observed value is not listed as a
     *                 contribution; null lists every contributing unit
     */
    public String note(SeriesPoint p, String unitCode, Locale locale) {
        StringBuilder b = new StringBuilder(messages.getMessage("explorer.method." + p.method().name(), null, p.method().name(), locale));
        boolean self = p.contributions().size() == 1 && p.contributions().get(0).unitCode().equals(unitCode)
                && p.contributions().get(0).share() == 1.0;
        if (!p.contributions().isEmpty() && !self) {
            b.append(": ").append(p.contributions().stream().map(SeriesNotes::contribution).collect(Collectors.joining(" + ")));
        }
        if (p.reason() != null && !p.reason().isBlank()) b.append(" (").append(p.reason()).append(')');
        return b.toString();
    }

    /** Observed values of the unit itself need no footnote; everything else does. */
    public static boolean needsFootnote(SeriesPoint p, String unitCode) {
        if (p.method() != SeriesMethod.OBSERVED) return true;
        return p.contributions().size() != 1 || !p.contributions().get(0).unitCode().equals(unitCode);
    }

    private static String contribution(Contribution c) {
        String s = c.unitCode() + " " + c.unitName();
        if (c.share() == 1.0) return s;
        String share = String.format(Locale.ROOT, "%.4f", c.share()).replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + " × " + share;
    }
}
