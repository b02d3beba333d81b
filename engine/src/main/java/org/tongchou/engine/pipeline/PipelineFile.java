package org.tongchou.engine.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.PropertiesReader;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.NormalisationMethod;
import org.tongchou.engine.normalise.NormaliserSettings;
import org.tongchou.engine.normalise.PercentileRank;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.normalise.TieMethod;
import org.tongchou.engine.normalise.VectorNorm;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;
import org.tongchou.engine.prepare.OutlierTreatment;

/**
 * A pipeline described in a properties file (see docs/coinr-example.md): input files (relative to the
 * file's folder), table layout and every {@link PipelineConfig} choice. Unknown keys and bad values are
 * all reported at once, naming the key.
 *
 * @param data      the data table
 * @param framework the COINr-style framework table
 * @param idColumn  the unit id column of the data
 * @param groups    text columns kept as groupings
 * @param ignore    columns left out
 * @param weights   optional {@code indicator,weight} file overriding node weights ({@link NodeWeights}), or null
 * @param config    the pipeline choices (weights from the framework; apply {@code weights} with
 *                  {@link NodeWeights#read} once the framework is read)
 */
public record PipelineFile(Path data, Path framework, String idColumn, Set<String> groups, Set<String> ignore,
                           Path weights, PipelineConfig config) {

    static final Set<String> KEYS = Set.of("data", "framework", "weights", "id-column", "groups", "ignore", "denominate",
            "imputation", "imputation.group", "screen", "treatment", "treatment.winmax", "treatment.skew",
            "treatment.kurtosis", "treatment.fallback", "normalisation", "normalisation.range", "normalisation.shift",
            "normalisation.mean-sd", "normalisation.sd", "normalisation.constant", "normalisation.ties",
            "normalisation.percentile", "normalisation.negative", "aggregation", "aggregation.min-present",
            "aggregation.zeros");

    /**
     * Reads a pipeline file.
     *
     * @param file the properties file; relative paths in it are resolved against its folder
     * @return its files, layout and configuration
     * @throws org.tongchou.engine.data.InvalidInputException listing every unknown key, missing file and bad value,
     *                                                       naming the key
     */
    public static PipelineFile read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new EngineInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        PropertiesReader in = new PropertiesReader(p);
        for (String k : p.stringPropertyNames()) {
            if (!KEYS.contains(k)) in.problems().add("unknown key '" + k + "'; known keys: " + new java.util.TreeSet<>(KEYS));
        }
        Path data = in.path("data", base);
        Path framework = in.path("framework", base);
        Path weights = p.getProperty("weights") == null ? null : in.path("weights", base);
        String id = p.getProperty("id-column", "uCode").trim();
        Set<String> groups = new LinkedHashSet<>(in.list("groups"));
        Set<String> ignore = new LinkedHashSet<>(in.list("ignore"));
        boolean denominate = in.get("denominate", "true", PipelineFile::bool);
        ImputationSpec imputation = null;
        String imp = p.getProperty("imputation", "none").trim();
        if (!imp.equalsIgnoreCase("none")) {
            ImputationMethod m = in.get("imputation", imp, v -> ImputationMethod.valueOf(PropertiesReader.enumName(v)));
            if (m != null) {
                try {
                    imputation = new ImputationSpec(m, p.getProperty("imputation.group"), null);
                } catch (EngineInputException e) {
                    in.problems().add("imputation: " + e.getMessage());
                }
            }
        }
        double screen = in.get("screen", "0", Double::parseDouble);
        OutlierTreatment treatment = null;
        String tr = p.getProperty("treatment", "none").trim();
        if (tr.equalsIgnoreCase("coinr")) {
            Integer winmax = in.get("treatment.winmax", "5", Integer::parseInt);
            Double skew = in.get("treatment.skew", "2", Double::parseDouble);
            Double kurt = in.get("treatment.kurtosis", "3.5", Double::parseDouble);
            OutlierTreatment.Fallback fb = in.get("treatment.fallback", "LOG_CT", v -> OutlierTreatment.Fallback.valueOf(PropertiesReader.enumName(v)));
            if (winmax != null && skew != null && kurt != null && fb != null) treatment = new OutlierTreatment(winmax, skew, kurt, fb);
        } else if (!tr.equalsIgnoreCase("none")) {
            in.problems().add("treatment '" + tr + "' is not one of coinr, none");
        }
        NormalisationMethod nm = in.get("normalisation", "minmax", NormalisationMethod::parse);
        NormaliserSettings d = NormaliserSettings.defaults(nm == null ? NormalisationMethod.MINMAX : nm);
        double[] range = in.get("normalisation.range", d.lower() + "," + d.upper(), PropertiesReader::pair);
        double[] meanSd = in.get("normalisation.mean-sd", d.mean() + "," + d.sd(), PropertiesReader::pair);
        Double shift = in.get("normalisation.shift", String.valueOf(d.shift()), Double::parseDouble);
        SdType sd = in.get("normalisation.sd", d.sdType().name(), v -> SdType.valueOf(PropertiesReader.enumName(v)));
        ConstantColumn constant = in.get("normalisation.constant", d.constant().name(), v -> ConstantColumn.valueOf(PropertiesReader.enumName(v)));
        TieMethod ties = in.get("normalisation.ties", d.ties().name(), v -> TieMethod.valueOf(PropertiesReader.enumName(v)));
        PercentileRank.Convention pc = in.get("normalisation.percentile", d.percentile().name(), v -> PercentileRank.Convention.valueOf(PropertiesReader.enumName(v)));
        VectorNorm.Negative neg = in.get("normalisation.negative", d.negative().name(), v -> VectorNorm.Negative.valueOf(PropertiesReader.enumName(v)));
        if (nm == NormalisationMethod.GOALPOSTS || nm == NormalisationMethod.DISTANCE_TO_TARGET) {
            in.problems().add("normalisation '" + nm.key() + "' needs per-indicator parameters; the pipeline file supports "
                    + "minmax, shifted-minmax, zscore, rank, percentile-rank, vector");
        }
        AggregationMethod am = in.get("aggregation", "arithmetic", v -> AggregationMethod.valueOf(PropertiesReader.enumName(v)));
        Integer minPresent = in.get("aggregation.min-present", "1", Integer::parseInt);
        ZeroValues zeros = in.get("aggregation.zeros", "FAIL", v -> ZeroValues.valueOf(PropertiesReader.enumName(v)));
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems().size() + " problem(s) in pipeline file " + file + ":\n  "
                    + String.join("\n  ", in.problems()));
        }
        try {
            NormaliserSettings s = new NormaliserSettings(nm, range[0], range[1], shift, meanSd[0], meanSd[1], sd, constant, ties,
                    pc, neg, 1, true, null, null, null);
            PipelineConfig config = new PipelineConfig(denominate, imputation, screen, treatment, s.build(),
                    new AggregationSpec(am, minPresent, zeros), null);
            return new PipelineFile(data, framework, id, groups, ignore, weights, config);
        } catch (EngineInputException e) {
            throw new InvalidInputException("pipeline file " + file + ": " + e.getMessage());
        }
    }

    private static boolean bool(String v) {
        if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes")) return true;
        if (v.equalsIgnoreCase("false") || v.equalsIgnoreCase("no")) return false;
        throw new IllegalArgumentException("not true/false");
    }
}
