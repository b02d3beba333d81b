package org.tongchou.app.targets;

import java.util.ArrayList;
import java.util.List;

/**
 * 时序进度 of one unit's annual target for a cumulative indicator, without the database.
 *
 * <p>With the year's sub-periods (months or quarters, n per year) v₁ … vₙ and k of them elapsed at the
 * reporting date, annual target T:
 * <ul>
 * <li>cumulative C = v₁ + … + v_k; completion P = C / T;</li>
 * <li>time elapsed E: {@link ProgressProfile#LINEAR} E = k / n; {@link ProgressProfile#SEASONAL}
 * E = mean over the complete past years y of (v_{y,1} + … + v_{y,k}) / (v_{y,1} + … + v_{y,n});</li>
 * <li>gap G = 100 · (P − E) percentage points; light by {@link ProgressThresholds};</li>
 * <li>year-end projection C / E (LINEAR: the run rate C · n / k; SEASONAL: C divided by the share of
 * the year's total the past years had reached by then), projected completion = projection / T.</li>
 * </ul>
 * Edge cases: k = 0 (nothing reported yet) or a missing v_i (i ≤ k) gives no figures and no light; a
 * past year counts for the profile only when all n of its sub-periods are there and their sum is
 * positive; no such year gives no seasonal profile (no light, said in the note). T ≤ 0 gives no
 * completion. Missing values are never filled.
 */
final class ProgressCalculator {
    private ProgressCalculator() {
    }

    /** Why something is missing, or what the profile rests on (message key {@code progress.note.<name>} with {@link Result#noteArg()}). */
    enum Note { NOTHING_YET, MISSING, NO_PROFILE, PROFILE, TARGET_NOT_POSITIVE }

    /**
     * What the calculation gives; null fields were not computable, {@code note} says why ({@code noteArg}:
     * the missing sub-periods, or the number of past years of the profile).
     */
    record Result(Double cumulative, Double completion, Double elapsed, Double gapPoints, Double projection,
                  Double projectedCompletion, String method, Note note, String noteArg) {
        /** The note in English, for the API and CSV. */
        public String noteText() {
            if (note == null) return null;
            return switch (note) {
                case NOTHING_YET -> "nothing reported yet";
                case MISSING -> "no approved figure for sub-period(s) " + noteArg;
                case NO_PROFILE -> "no seasonal profile: no complete past year";
                case PROFILE -> "profile of " + noteArg + " past year(s)";
                case TARGET_NOT_POSITIVE -> "the target is not positive: no completion";
            };
        }
    }

    /**
     * @param current the year's sub-period values in order (NaN = missing), length n
     * @param k       sub-periods elapsed, 0 … n
     * @param past    complete or incomplete past years' sub-period values (each of length n)
     */
    static Result compute(double[] current, int k, double target, List<double[]> past, ProgressProfile profile) {
        int n = current.length;
        if (k <= 0) return new Result(null, null, null, null, null, null, method(profile, n), Note.NOTHING_YET, null);
        List<Integer> missing = new ArrayList<>();
        double c = 0;
        for (int i = 0; i < k; i++) {
            if (Double.isNaN(current[i])) missing.add(i + 1);
            else c += current[i];
        }
        if (!missing.isEmpty()) {
            return new Result(null, null, null, null, null, null, method(profile, n), Note.MISSING, missing.toString());
        }
        Double p = target > 0 ? c / target : null;
        double e;
        Note note = null;
        String noteArg = null;
        if (profile == ProgressProfile.LINEAR) {
            e = (double) k / n;
        } else {
            double sum = 0;
            int years = 0;
            for (double[] y : past) {
                double all = 0;
                double upTo = 0;
                boolean complete = y.length == n;
                for (int i = 0; complete && i < n; i++) {
                    if (Double.isNaN(y[i])) complete = false;
                    else {
                        all += y[i];
                        if (i < k) upTo += y[i];
                    }
                }
                if (complete && all > 0) {
                    sum += upTo / all;
                    years++;
                }
            }
            if (years == 0) {
                return new Result(c, p, null, null, null, null, method(profile, n), Note.NO_PROFILE, null);
            }
            e = sum / years;
            note = Note.PROFILE;
            noteArg = Integer.toString(years);
        }
        Double gap = p == null ? null : 100 * (p - e);
        Double projection = e > 0 ? c / e : null;
        Double projected = projection != null && target > 0 ? projection / target : null;
        if (p == null) {
            note = Note.TARGET_NOT_POSITIVE;
            noteArg = null;
        }
        return new Result(c, p, e, gap, projection, projected, method(profile, n), note, noteArg);
    }

    private static String method(ProgressProfile profile, int n) {
        String per = n == 12 ? "month" : n == 4 ? "quarter" : "period";
        return profile == ProgressProfile.LINEAR ? "linear: elapsed k/" + n + " (" + per + "s); projection C·" + n + "/k"
                : "seasonal: elapsed = past years' share by the same " + per + "; projection C/share";
    }
}
