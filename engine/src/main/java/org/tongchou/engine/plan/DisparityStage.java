package org.tongchou.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.disparity.Variance;

/**
 * Disparity between units of one subject ({@code Disparity}, missing values left out): CV, Gini and
 * Theil, and the Theil index decomposed by every grouping of the data. What a measure needs is checked
 * first; a measure that is undefined for the subject is NaN and a note gives the reason:
 * <ul>
 *   <li>CV: at least one value (two for the sample variance) and a non-zero (weighted) mean;</li>
 *   <li>Gini and Theil: no negative value and a positive total; Theil L also no zero value;</li>
 *   <li>weights (e.g. population), when the plan weights: present, finite and non-negative for every unit.</li>
 * </ul>
 */
final class DisparityStage {
    private final DisparitySpec spec;
    private final List<String> units;
    private final double[] weights;
    private final List<Grouping> groupings;
    private final Disparity disparity = new Disparity(MissingPolicy.SKIP);

    DisparityStage(DisparitySpec spec, List<String> units, double[] weights, List<Grouping> groupings) {
        this.spec = spec;
        this.units = units;
        this.weights = weights;
        this.groupings = groupings;
    }

    PlanResult.DisparityRow row(String subject, double[] x, List<PlanNote> notes) {
        String badWeight = badWeight(x);
        if (badWeight != null) {
            notes.add(PlanNote.of(NoteKind.DISPARITY_WEIGHT_INVALID, subject, "disparity of '" + subject + "' not computed: weight '"
                    + spec.weightColumn() + "' of unit '" + badWeight + "' is missing or negative", subject, spec.weightColumn(), badWeight));
            return new PlanResult.DisparityRow(subject, Double.NaN, Double.NaN, Double.NaN, List.of());
        }
        double cv = Double.NaN;
        if (cvDefined(x)) {
            cv = disparity.coefficientOfVariation(subject, units, x, weights, spec.variance());
        } else {
            notes.add(PlanNote.of(NoteKind.CV_UNDEFINED, subject, "coefficient of variation of '" + subject
                    + "' not computed: no values or a zero mean", subject));
        }
        double gini = Double.NaN;
        double theil = Double.NaN;
        List<PlanResult.GroupedTheil> byGroup = new ArrayList<>();
        if (inequalityDefined(subject, x, notes)) {
            gini = disparity.gini(subject, units, x, weights, spec.gini());
            if (theilDefined(subject, x, notes)) {
                theil = disparity.theil(subject, units, x, weights, spec.theil());
                for (Grouping g : groupings) {
                    byGroup.add(new PlanResult.GroupedTheil(g.name(), disparity.theilDecomposition(subject, units, x, weights, g, spec.theil())));
                }
            }
        }
        return new PlanResult.DisparityRow(subject, cv, gini, theil, byGroup);
    }

    /** The first unit with a value whose weight is missing, infinite or negative, or null. */
    private String badWeight(double[] x) {
        if (weights == null) return null;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !(weights[i] >= 0 && weights[i] < Double.POSITIVE_INFINITY)) return units.get(i);
        }
        return null;
    }

    private boolean cvDefined(double[] x) {
        int n = 0;
        double sw = 0;
        double swx = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) continue;
            double w = weights == null ? 1 : weights[i];
            n++;
            sw += w;
            swx += w * x[i];
        }
        int needed = spec.variance() == Variance.SAMPLE ? 2 : 1;
        return n >= needed && sw > 0 && swx != 0;
    }

    private boolean inequalityDefined(String subject, double[] x, List<PlanNote> notes) {
        double total = 0;
        for (int i = 0; i < x.length; i++) {
            if (x[i] < 0) {
                notes.add(PlanNote.of(NoteKind.INEQUALITY_NEGATIVE_VALUE, subject, "Gini and Theil of '" + subject
                        + "' not computed: unit '" + units.get(i) + "' has the negative value " + x[i], subject, units.get(i), x[i]));
                return false;
            }
            if (!Double.isNaN(x[i])) total += (weights == null ? 1 : weights[i]) * x[i];
        }
        if (!(total > 0)) {
            notes.add(PlanNote.of(NoteKind.INEQUALITY_ZERO_TOTAL, subject, "Gini and Theil of '" + subject
                    + "' not computed: the total is 0", subject));
            return false;
        }
        return true;
    }

    private boolean theilDefined(String subject, double[] x, List<PlanNote> notes) {
        if (spec.theil() != TheilIndex.L) return true;
        for (int i = 0; i < x.length; i++) {
            if (x[i] == 0 && (weights == null || weights[i] > 0)) {
                notes.add(PlanNote.of(NoteKind.THEIL_L_NOT_POSITIVE, subject, "Theil L of '" + subject
                        + "' not computed: unit '" + units.get(i) + "' has the value 0", subject, units.get(i), x[i]));
                return false;
            }
        }
        return true;
    }
}
