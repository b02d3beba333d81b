package org.tongchou.engine.cli.robustness;

import java.util.Locale;
import java.util.Optional;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.normalise.ZScore;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;

/** Parses the command line's texts for alternatives (normalisations, imputations, aggregations). */
final class AssumptionSpecs {
    private AssumptionSpecs() {
    }

    /**
     * {@code minmax:L:U} (finite L &lt; U) or {@code zscore:MEAN:SD} (finite mean, SD &gt; 0; sample SD, as COINr);
     * constant columns become missing.
     */
    static Normaliser normaliser(String text) {
        String[] p = text.trim().split(":");
        String kind = p[0].toLowerCase(Locale.ROOT);
        if ((kind.equals("minmax") || kind.equals("zscore")) && p.length == 3) {
            double a = number(p[1], text);
            double b = number(p[2], text);
            return kind.equals("minmax") ? new MinMax(a, b, ConstantColumn.MISSING) : new ZScore(a, b, SdType.SAMPLE, ConstantColumn.MISSING);
        }
        throw new InvalidInputException("not minmax:LOWER:UPPER or zscore:MEAN:SD");
    }

    private static double number(String s, String text) {
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("'" + s + "' is not a finite number");
    }

    /** {@code none}, {@code mean}, {@code median}, {@code group-mean:COLUMN}, {@code group-median:COLUMN}. */
    static Optional<ImputationSpec> imputation(String text) {
        String[] p = text.trim().split(":", 2);
        String kind = p[0].toLowerCase(Locale.ROOT);
        switch (kind) {
            case "none":
                return Optional.empty();
            case "mean":
                return Optional.of(ImputationSpec.of(ImputationMethod.MEAN));
            case "median":
                return Optional.of(ImputationSpec.of(ImputationMethod.MEDIAN));
            case "group-mean", "group-median":
                if (p.length < 2 || p[1].isBlank()) {
                    throw new InvalidInputException("needs a grouping column: " + kind + ":COLUMN");
                }
                return Optional.of(ImputationSpec.byGroup(kind.equals("group-mean") ? ImputationMethod.GROUP_MEAN
                        : ImputationMethod.GROUP_MEDIAN, p[1].trim()));
            default:
                throw new InvalidInputException("not none, mean, median, group-mean:COLUMN or group-median:COLUMN");
        }
    }

    /** {@code arithmetic}, {@code geometric}, {@code harmonic}: weighted means; zeros refused (as COINr). */
    static AggregationSpec aggregation(String text) {
        try {
            return new AggregationSpec(AggregationMethod.valueOf(text.trim().toUpperCase(Locale.ROOT)), 1, ZeroValues.FAIL);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("not arithmetic, geometric or harmonic");
        }
    }

    /** {@code LEVEL=FACTOR}, e.g. {@code 2=0.25}: a framework level from 1 and a noise factor in [0, 1]. */
    static double[] noise(String text) {
        String[] p = text.split("=");
        double[] lf = null;
        try {
            if (p.length == 2) lf = new double[]{Integer.parseInt(p[0].trim()), Double.parseDouble(p[1].trim())};
        } catch (NumberFormatException e) {
            // reported below
        }
        if (lf == null) throw new InvalidInputException("not LEVEL=FACTOR, e.g. 2=0.25");
        if (lf[0] < 1) throw new InvalidInputException("level " + (int) lf[0] + " is below 1");
        if (!(lf[1] >= 0 && lf[1] <= 1)) throw new InvalidInputException("noise factor " + p[1].trim() + " is not in [0, 1]");
        return lf;
    }
}
