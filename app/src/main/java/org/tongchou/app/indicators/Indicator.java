package org.tongchou.app.indicators;

import java.util.Objects;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.engine.data.Direction;

/**
 * An indicator of the framework. Raw indicators have no formula; derived ones compute from other
 * indicators by {@link #formula()} (see {@link Formula} for the syntax).
 *
 * @param code            stable identifier: lower-case letters, digits and underscores, starting with a letter
 * @param nameZh          Chinese name
 * @param nameEn          English name
 * @param unit            unit of measure as shown to users (%, 万元, 人, km², ...), may be empty
 * @param direction       whether more is better ({@link Direction#POSITIVE}) or less is better
 * @param periodicity     how often it is reported
 * @param min             lowest plausible value, or null for no bound; imports refuse values below it
 * @param max             highest plausible value, or null for no bound; imports refuse values above it
 * @param aggregation     how it aggregates up the hierarchy
 * @param weightIndicator for {@link Aggregation#WEIGHTED_MEAN}: the indicator whose values weight the mean; else null
 * @param formula         for derived indicators the formula text, else null
 * @param description     free text, may be empty
 * @param computed        a raw indicator that Tongchou computes itself at every evaluation run (the cadre
 *                        indicators computed from targets and meeting commitments, docs/meetings.md): never
 *                        offered on the entry form nor accepted from an import or the API (YAML {@code computed: true})
 * @param levels          the levels of the units it is reported for ({@link #LEVELS}, lower case; YAML
 *                        {@code levels: [township, village]}); empty: every level. A value for a unit of another level
 *                        is refused on entry and import, and the entry form of such a unit does not offer it
 */
public record Indicator(String code, String nameZh, String nameEn, String unit, Direction direction,
        PeriodType periodicity, Double min, Double max, Aggregation aggregation, String weightIndicator,
        String formula, String description, boolean computed, java.util.Set<String> levels) {

    /** The levels of administrative units, coarsest first, as {@code units.UnitLevel} names them in lower case. */
    public static final java.util.List<String> LEVELS = java.util.List.of("province", "prefecture", "county", "township", "village");

    /**
     * What is wrong with a text of an indicator or framework (longer than the database stores, or holding a control
     * character such as NUL or a terminal escape, which no name needs), or null.
     */
    static String textProblem(String what, String text, int max) {
        if (text == null) return null;
        if (text.length() > max) return "'" + what + "' has " + text.length() + " characters; at most " + max;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (Character.isISOControl(c) && !(what.equals("description") || what.equals("formula")) || c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7F) {
                return "'" + what + "' holds the control character U+" + String.format("%04X", (int) c) + " at character " + (k + 1);
            }
        }
        return null;
    }

    /** An indicator reported for units of every level. */
    public Indicator(String code, String nameZh, String nameEn, String unit, Direction direction,
            PeriodType periodicity, Double min, Double max, Aggregation aggregation, String weightIndicator,
            String formula, String description, boolean computed) {
        this(code, nameZh, nameEn, unit, direction, periodicity, min, max, aggregation, weightIndicator, formula, description, computed,
                java.util.Set.of());
    }

    /** A typed (not computed) indicator. */
    public Indicator(String code, String nameZh, String nameEn, String unit, Direction direction,
            PeriodType periodicity, Double min, Double max, Aggregation aggregation, String weightIndicator,
            String formula, String description) {
        this(code, nameZh, nameEn, unit, direction, periodicity, min, max, aggregation, weightIndicator, formula, description, false);
    }

    public Indicator {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IndicatorDefinitionException("indicator code '" + code
                    + "' must be lower-case letters, digits and underscores, starting with a letter, at most 64 characters");
        }
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
        if (nameZh.isBlank() && nameEn.isBlank()) throw new IndicatorDefinitionException("indicator '" + code + "' has no name");
        unit = unit == null ? "" : unit;
        direction = direction == null ? Direction.POSITIVE : direction;
        periodicity = periodicity == null ? PeriodType.YEAR : periodicity;
        if (min != null && max != null && min > max) {
            throw new IndicatorDefinitionException("indicator '" + code + "': plausible minimum " + min + " is above maximum " + max);
        }
        if (formula != null && formula.isBlank()) formula = null;
        aggregation = aggregation == null ? (formula == null ? Aggregation.SUM : Aggregation.RECOMPUTE) : aggregation;
        if (aggregation == Aggregation.WEIGHTED_MEAN && (weightIndicator == null || weightIndicator.isBlank())) {
            throw new IndicatorDefinitionException("indicator '" + code + "' aggregates by weighted mean but names no weight indicator");
        }
        if (aggregation != Aggregation.WEIGHTED_MEAN) weightIndicator = null;
        if (aggregation == Aggregation.RECOMPUTE && formula == null) {
            throw new IndicatorDefinitionException("indicator '" + code + "' aggregates by recomputing but has no formula");
        }
        description = description == null ? "" : description;
        String bad = textProblem("name_zh", nameZh, 200);
        if (bad == null) bad = textProblem("name_en", nameEn, 200);
        if (bad == null) bad = textProblem("unit", unit, 40);
        if (bad == null) bad = textProblem("formula", formula, 2000);
        if (bad == null) bad = textProblem("description", description, 2000);
        if (bad != null) throw new IndicatorDefinitionException("indicator '" + code + "': " + bad);
        java.util.Set<String> lv = new java.util.TreeSet<>(java.util.Comparator.comparingInt(LEVELS::indexOf));
        for (String l : levels == null ? java.util.Set.<String>of() : levels) {
            String n = l == null ? "" : l.strip().toLowerCase(java.util.Locale.ROOT);
            if (!LEVELS.contains(n)) {
                throw new IndicatorDefinitionException("indicator '" + code + "': level '" + l + "' is not one of " + String.join(", ", LEVELS));
            }
            lv.add(n);
        }
        levels = java.util.Collections.unmodifiableSet(lv);
        if (computed && formula != null) {
            throw new IndicatorDefinitionException("indicator '" + code + "' is marked computed but has a formula: a derived indicator is computed from its formula already");
        }
    }

    /** Whether values are reported for units of {@code level} (a {@code units.UnitLevel} name, any case). */
    public boolean reportedAt(String level) {
        return levels.isEmpty() || levels.contains(level.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the indicator is computed from others (and so is never imported). */
    public boolean derived() {
        return formula != null;
    }

    /** Whether users type or import its values: neither derived by a formula nor computed by Tongchou. */
    public boolean typed() {
        return formula == null && !computed;
    }

    /** Whether {@code value} lies within the plausible range (bounds inclusive; NaN is never plausible). */
    public boolean plausible(double value) {
        return !Double.isNaN(value) && (min == null || value >= min) && (max == null || value <= max);
    }
}
