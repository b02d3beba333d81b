package org.tongchou.engine.coupling;

import java.util.List;
import org.tongchou.engine.data.InvalidInputException;

/**
 * A classification table of the coupling coordination degree D: contiguous intervals, ascending, with the
 * closed end chosen by {@link IntervalClosure}. A value outside the table's range (or NaN) has no class
 * ({@link #classify} returns -1).
 */
public final class CoordinationClasses {
    private final List<CoordinationClass> classes;
    private final IntervalClosure closure;

    /**
     * @param classes ascending, contiguous classes (each upper bound the next lower bound), finite bounds
     * @param closure which end of each interval is closed
     * @throws InvalidInputException for an empty table, a class whose bounds are not finite with lower &lt;
     *                               upper, or classes that are not contiguous, naming the classes
     */
    public CoordinationClasses(List<CoordinationClass> classes, IntervalClosure closure) {
        if (classes.isEmpty()) throw new InvalidInputException("a classification table needs at least one class");
        for (int k = 0; k < classes.size(); k++) {
            CoordinationClass c = classes.get(k);
            if (!Double.isFinite(c.lower()) || !Double.isFinite(c.upper())) {
                throw new InvalidInputException("class '" + c.labelEn() + "' has bounds " + c.lower() + " and " + c.upper()
                        + "; bounds must be finite");
            }
            if (!(c.lower() < c.upper())) {
                throw new InvalidInputException("class '" + c.labelEn() + "' has lower bound " + c.lower()
                        + " not below its upper bound " + c.upper());
            }
            if (k > 0 && classes.get(k - 1).upper() != c.lower()) {
                throw new InvalidInputException("classes '" + classes.get(k - 1).labelEn() + "' and '" + c.labelEn()
                        + "' are not contiguous: " + classes.get(k - 1).upper() + " vs " + c.lower());
            }
        }
        this.classes = List.copyOf(classes);
        this.closure = java.util.Objects.requireNonNull(closure);
    }

    /**
     * The usual 10-level scheme of Chinese coupling coordination studies (e.g. Liao Chongbin 1999; Wang Shujia et
     * al. 2021), steps of 0.1 from 极度失调 (extreme imbalance) to 优质协调 (high-quality coordination).
     *
     * @param closure which end of each interval is closed
     * @return the table
     */
    public static CoordinationClasses chineseTenLevel(IntervalClosure closure) {
        String[][] labels = {
                {"极度失调", "Extreme imbalance"},
                {"严重失调", "Severe imbalance"},
                {"中度失调", "Moderate imbalance"},
                {"轻度失调", "Mild imbalance"},
                {"濒临失调", "Verge of imbalance"},
                {"勉强协调", "Barely coordinated"},
                {"初级协调", "Primary coordination"},
                {"中级协调", "Intermediate coordination"},
                {"良好协调", "Good coordination"},
                {"优质协调", "High-quality coordination"}};
        java.util.ArrayList<CoordinationClass> list = new java.util.ArrayList<>();
        for (int k = 0; k < 10; k++) {
            // bounds written as k/10 so that 0.3 is exactly the literal 0.3, not 0.1 + 0.1 + 0.1
            list.add(new CoordinationClass(k / 10.0, (k + 1) / 10.0, labels[k][0], labels[k][1]));
        }
        return new CoordinationClasses(list, closure);
    }

    /**
     * The classes, in ascending order of their bounds.
     *
     * @return the classes
     */
    public List<CoordinationClass> classes() {
        return classes;
    }

    /**
     * Which end of each interval belongs to it.
     *
     * @return the closure
     */
    public IntervalClosure closure() {
        return closure;
    }

    /**
     * @param d a coupling coordination degree
     * @return the index of its class, or -1 if it falls outside every class (or is NaN)
     */
    public int classify(double d) {
        int last = classes.size() - 1;
        for (int k = 0; k <= last; k++) {
            CoordinationClass c = classes.get(k);
            boolean in = closure == IntervalClosure.LOWER_CLOSED
                    ? d >= c.lower() && (d < c.upper() || (k == last && d == c.upper()))
                    : d <= c.upper() && (d > c.lower() || (k == 0 && d == c.lower()));
            if (in) return k;
        }
        return -1;
    }
}
