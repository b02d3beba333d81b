package org.tongchou.app.periods;

import java.time.LocalDate;

/**
 * A reporting period: a year ({@code 2024}), a half ({@code 2024H1}), a quarter ({@code 2024Q3}) or a
 * month ({@code 2024M07}, always two digits). {@link #code()} is the canonical text stored in the
 * database; {@link #parse} accepts exactly that text (letters in either case) and refuses anything else.
 * Ordering is by start date, then coarser before finer.
 *
 * @param type  the kind of period
 * @param year  the calendar year, 1000–9999
 * @param index 1 for a year; 1–2 for a half; 1–4 for a quarter; 1–12 for a month
 */
public record Period(PeriodType type, int year, int index) implements Comparable<Period> {

    public Period {
        if (type == null) throw new IllegalArgumentException("period type is required");
        if (year < 1000 || year > 9999) throw new InvalidPeriodException(String.valueOf(year), "has a year outside 1000–9999");
        if (index < 1 || index > type.perYear()) {
            throw new InvalidPeriodException(year + " " + type + " " + index, "has no " + type.name().toLowerCase() + " " + index);
        }
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 1);
    }

    public static Period half(int year, int half) {
        return new Period(PeriodType.HALF, year, half);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    /**
     * Parses a period code. Surrounding blanks are ignored; everything else must match exactly.
     *
     * @throws InvalidPeriodException naming the text and what is wrong with it
     */
    public static Period parse(String text) {
        if (text == null) throw new InvalidPeriodException("", "is empty");
        String t = text.strip();
        if (t.length() < 4) throw new InvalidPeriodException(text, "is not a period");
        for (int i = 0; i < 4; i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') throw new InvalidPeriodException(text, "does not start with a four-digit year");
        }
        int year = Integer.parseInt(t, 0, 4, 10);
        if (year < 1000) throw new InvalidPeriodException(text, "has a year before 1000");
        if (t.length() == 4) return year(year);
        char kind = Character.toUpperCase(t.charAt(4));
        String rest = t.substring(5);
        PeriodType type = switch (kind) {
            case 'H' -> PeriodType.HALF;
            case 'Q' -> PeriodType.QUARTER;
            case 'M' -> PeriodType.MONTH;
            default -> throw new InvalidPeriodException(text, "has '" + t.charAt(4) + "' where H, Q or M was expected");
        };
        int digits = type == PeriodType.MONTH ? 2 : 1;
        if (rest.length() != digits || !rest.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidPeriodException(text, type == PeriodType.MONTH ? "needs a two-digit month after M" : "needs one digit after " + kind);
        }
        int index = Integer.parseInt(rest);
        if (index < 1 || index > type.perYear()) {
            throw new InvalidPeriodException(text, "has no " + type.name().toLowerCase() + " " + index);
        }
        return new Period(type, year, index);
    }

    /** The canonical code: {@code 2024}, {@code 2024H1}, {@code 2024Q3}, {@code 2024M07}. */
    public String code() {
        return switch (type) {
            case YEAR -> Integer.toString(year);
            case HALF -> year + "H" + index;
            case QUARTER -> year + "Q" + index;
            case MONTH -> year + (index < 10 ? "M0" : "M") + index;
        };
    }

    /** First day of the period. */
    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * type.months() + 1, 1);
    }

    /** First day after the period (exclusive end). */
    public LocalDate endExclusive() {
        return start().plusMonths(type.months());
    }

    /** Last day of the period (inclusive). */
    public LocalDate end() {
        return endExclusive().minusDays(1);
    }

    /** Whether {@code other} lies wholly inside this period (a month in its quarter, half and year; a period in itself). */
    public boolean contains(Period other) {
        return !other.start().isBefore(start()) && !other.endExclusive().isAfter(endExclusive());
    }

    /** The period of the given coarser (or equal) type that contains this one, e.g. the quarter of a month. */
    public Period within(PeriodType coarser) {
        if (coarser.perYear() > type.perYear()) {
            throw new IllegalArgumentException(code() + " is not inside a single " + coarser.name().toLowerCase());
        }
        int month0 = (index - 1) * type.months();
        return new Period(coarser, year, month0 / coarser.months() + 1);
    }

    /** The periods of a finer (or equal) type that make up this one, in order, e.g. the three months of a quarter. */
    public java.util.List<Period> split(PeriodType finer) {
        if (finer.perYear() < type.perYear()) {
            throw new IllegalArgumentException(code() + " cannot be split into " + finer.name().toLowerCase() + "s");
        }
        int n = finer.perYear() / type.perYear();
        java.util.List<Period> out = new java.util.ArrayList<>(n);
        int first = (index - 1) * n + 1;
        for (int i = 0; i < n; i++) out.add(new Period(finer, year, first + i));
        return out;
    }

    /** Whether the period overlaps [from, toExclusive); a null {@code toExclusive} means open-ended. */
    public boolean overlaps(LocalDate from, LocalDate toExclusive) {
        return (toExclusive == null || start().isBefore(toExclusive)) && (from == null || endExclusive().isAfter(from));
    }

    @Override
    public int compareTo(Period o) {
        int c = start().compareTo(o.start());
        if (c != 0) return c;
        return Integer.compare(type.ordinal(), o.type.ordinal());
    }

    @Override
    public String toString() {
        return code();
    }
}
