package org.tongchou.engine.cli.robustness;

import java.util.ArrayList;
import java.util.List;
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

    /** {@code minmax:L:U} or {@code zscore:MEAN:SD} (sample SD, as COINr); constant columns become missing. */
    static Normaliser normaliser(String text) {
        String[] p = text.trim().split(":");
        String kind = p[0].toLowerCase(Locale.ROOT);
        try {
            if (kind.equals("minmax") && p.length == 3) {
                return new MinMax(Double.parseDouble(p[1]), Double.parseDouble(p[2]), ConstantColumn.MISSING);
            }
            if (kind.equals("zscore") && p.length == 3) {
                return new ZScore(Double.parseDouble(p[1]), Double.parseDouble(p[2]), SdType.SAMPLE, ConstantColumn.MISSING);
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException("normalisation '" + text + "': " + e.getMessage());
        }
        throw new InvalidInputException("normalisation '" + text + "' is not minmax:LOWER:UPPER or zscore:MEAN:SD");
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
                    throw new InvalidInputException("imputation '" + text + "' needs a grouping column: " + kind + ":COLUMN");
                }
                return Optional.of(ImputationSpec.byGroup(kind.equals("group-mean") ? ImputationMethod.GROUP_MEAN
                        : ImputationMethod.GROUP_MEDIAN, p[1].trim()));
            default:
                throw new InvalidInputException("imputation '" + text
                        + "' is not none, mean, median, group-mean:COLUMN or group-median:COLUMN");
        }
    }

    /** {@code arithmetic}, {@code geometric}, {@code harmonic}: weighted means; zeros refused (as COINr). */
    static AggregationSpec aggregation(String text) {
        try {
            return new AggregationSpec(AggregationMethod.valueOf(text.trim().toUpperCase(Locale.ROOT)), 1, ZeroValues.FAIL);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("aggregation '" + text + "' is not arithmetic, geometric or harmonic");
        }
    }

    /** {@code LEVEL=FACTOR}, e.g. {@code 2=0.25}. */
    static double[] noise(String text) {
        String[] p = text.split("=");
        try {
            if (p.length == 2) return new double[]{Integer.parseInt(p[0].trim()), Double.parseDouble(p[1].trim())};
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException("weight noise '" + text + "' is not LEVEL=FACTOR, e.g. 2=0.25");
    }

    static <T> List<T> parseAll(List<String> texts, java.util.function.Function<String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String t : texts) out.add(parser.apply(t));
        return out;
    }
}
