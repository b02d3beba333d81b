package org.tongchou.engine.plan;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.coupling.CoordinationClasses;
import org.tongchou.engine.coupling.IntervalClosure;
import org.tongchou.engine.coupling.RelativeDevelopment;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.io.PropertiesReader;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.NormalisationMethod;
import org.tongchou.engine.normalise.NormaliserSettings;
import org.tongchou.engine.normalise.Normaliser;
import org.tongchou.engine.prepare.ImputationMethod;
import org.tongchou.engine.prepare.ImputationSpec;

/**
 * A plan described in a properties file, the format of the engine's pipeline files (see docs/methods.md,
 * "Plan evaluation"): the data and framework tables (paths relative to the file's folder), the table
 * layout, and every {@link PlanSpec} choice. Unknown keys and bad values are all reported at once, naming
 * the key.
 *
 * <pre>
 * data = towns.csv
 * framework = framework.csv          # COINr-style iMeta: iCode, Level, Parent, Weight, Direction; 3 or 4 levels
 * id-column = code
 * groups = province                  # text columns kept as groupings: ranks within groups, Theil decomposition
 * ignore = name
 * normalisation = minmax             # minmax, zscore, rank, percentile-rank, vector, shifted-minmax
 * normalisation.range = 0,1
 * indicator-weighting = entropy      # equal, fixed, ahp, entropy, critic, combined
 * group-weighting = equal            # equal, fixed, ahp
 * ahp.index = 1 3; 1/3 1             # a pairwise matrix per node, rows by ';'
 * aggregation = arithmetic           # arithmetic, geometric, harmonic
 * imputation = none                  # none, mean, median, group-mean, group-median (imputation.group = COLUMN)
 * benchmark = B
 * coupling.subsystems = urban, rural
 * coupling.urban = urate, x1         # indicator codes; '-code' = less is better (else the framework's direction); 'code:2' = weight 2
 * coupling.rural = x3, -x2
 * coupling.weighting = fixed         # fixed, entropy; T weights every subsystem equally, D classed by the
 *                                    # 10-level scheme, development type (two subsystems) by U2/U1 ± 10 %
 * disparity.weight = pop             # a raw column weighting disparity measures (e.g. population)
 * obstacle.ideal = 1
 * </pre>
 *
 * @param data      the data table
 * @param framework the framework table
 * @param idColumn  the unit id column of the data
 * @param groups    text columns kept as groupings
 * @param ignore    columns left out
 * @param settings  the plan's choices, applied to the framework's tree by {@link #spec(Framework)}
 */
public record PlanFile(Path data, Path framework, String idColumn, Set<String> groups, Set<String> ignore, Settings settings) {

    static final Set<String> KEYS = Set.of("data", "framework", "id-column", "groups", "ignore", "normalisation",
            "normalisation.range", "normalisation.constant", "normalisation.mean-sd", "indicator-weighting", "group-weighting",
            "aggregation", "imputation", "imputation.group", "benchmark", "coupling.subsystems", "coupling.weighting",
            "disparity.weight", "obstacle.ideal");

    /** The choices of the file, before the framework's tree is known. */
    public record Settings(Normaliser normaliser, IndicatorWeighting indicatorWeighting, GroupWeighting groupWeighting,
                           Map<String, double[][]> matrices, AggregationMethod aggregation, ImputationSpec imputation,
                           String benchmark, Map<String, List<String>> subsystems, CouplingSpec.SubsystemWeighting couplingWeighting,
                           String disparityWeight, double obstacleIdeal) {
    }

    /**
     * Reads the plan file of {@code evaluate-plan} (YAML), checked whole.
     *
     * @param file the plan file
     * @return its settings
     * @throws PlanInputException listing every problem of the file
     * @throws EngineInputException    when the file cannot be read
     */
    public static PlanFile read(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new EngineInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Path base = file.toAbsolutePath().getParent();
        PropertiesReader in = new PropertiesReader(p);
        List<String> subsystems = checkKeys(p, in);
        Path data = in.path("data", base);
        Path framework = in.path("framework", base);
        String id = p.getProperty("id-column", "").trim();
        Settings s = settings(p, in, subsystems);
        if (!in.problems().isEmpty()) throw new PlanInputException("plan file " + file, in.problems());
        return new PlanFile(data, framework, id.isEmpty() ? null : id, new LinkedHashSet<>(in.list("groups")),
                new LinkedHashSet<>(in.list("ignore")), s);
    }

    /**
     * The plan's choices from a plan file's properties, without reading its data or framework files (for
     * engines that bring the data themselves, e.g. the Spark module, which reads the framework's text): the
     * same keys and checks as {@link #read}, {@code data} and {@code framework} are neither required nor read.
     *
     * @param p      the plan file's properties
     * @param source where they came from, for messages
     * @return a plan file with {@code data}, {@code framework} and {@code idColumn} null
     * @throws PlanInputException listing every problem of the properties
     */
    public static PlanFile choices(Properties p, String source) {
        PropertiesReader in = new PropertiesReader(p);
        List<String> subsystems = checkKeys(p, in);
        Settings s = settings(p, in, subsystems);
        if (!in.problems().isEmpty()) throw new PlanInputException("plan file " + source, in.problems());
        return new PlanFile(null, null, null, new LinkedHashSet<>(in.list("groups")), new LinkedHashSet<>(in.list("ignore")), s);
    }

    /** Reports every unknown key; returns the coupling subsystems (their keys are known). */
    private static List<String> checkKeys(Properties p, PropertiesReader in) {
        List<String> subsystems = in.list("coupling.subsystems");
        for (String k : p.stringPropertyNames()) {
            boolean known = KEYS.contains(k) || k.startsWith("ahp.") || (k.startsWith("coupling.") && subsystems.contains(k.substring(9)));
            if (!known) in.problems().add("unknown key '" + k + "'; known keys: " + new TreeSet<>(KEYS) + ", ahp.<node>, coupling.<subsystem>");
        }
        return subsystems;
    }

    private static Settings settings(Properties p, PropertiesReader in, List<String> subsystems) {
        Normaliser normaliser = normaliser(p, in);
        IndicatorWeighting iw = in.get("indicator-weighting", "entropy", v -> IndicatorWeighting.valueOf(PropertiesReader.enumName(v)));
        GroupWeighting gw = in.get("group-weighting", "equal", v -> GroupWeighting.valueOf(PropertiesReader.enumName(v)));
        AggregationMethod agg = in.get("aggregation", "arithmetic", v -> AggregationMethod.valueOf(PropertiesReader.enumName(v)));
        Map<String, double[][]> matrices = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            if (k.startsWith("ahp.")) {
                double[][] m = in.get(k, null, PlanFile::matrix);
                if (m != null) matrices.put(k.substring(4), m);
            }
        }
        ImputationSpec imputation = null;
        String imp = p.getProperty("imputation", "none").trim();
        if (!imp.equalsIgnoreCase("none")) {
            imputation = in.get("imputation", imp, v -> new ImputationSpec(ImputationMethod.valueOf(PropertiesReader.enumName(v)), p.getProperty("imputation.group"), null));
        }
        Map<String, List<String>> subs = new LinkedHashMap<>();
        for (String s : subsystems) {
            List<String> inds = in.list("coupling." + s);
            if (inds.isEmpty()) in.problems().add("coupling subsystem '" + s + "' has no key 'coupling." + s + "' listing its indicators");
            subs.put(s, inds);
        }
        CouplingSpec.SubsystemWeighting cw = in.get("coupling.weighting", "fixed", v -> CouplingSpec.SubsystemWeighting.valueOf(PropertiesReader.enumName(v)));
        String benchmark = p.getProperty("benchmark", "").trim();
        String weight = p.getProperty("disparity.weight", "").trim();
        Double ideal = in.get("obstacle.ideal", "1", Double::parseDouble);
        return new Settings(normaliser, iw, gw, matrices, agg, imputation, benchmark.isEmpty() ? null : benchmark, subs, cw,
                weight.isEmpty() ? null : weight, ideal == null ? 1 : ideal);
    }

    private static Normaliser normaliser(Properties p, PropertiesReader in) {
        NormalisationMethod m = in.get("normalisation", "minmax", NormalisationMethod::parse);
        if (m == null) return null;
        NormaliserSettings d = NormaliserSettings.defaults(m);
        double[] range = in.get("normalisation.range", "0,1", PropertiesReader::pair);
        double[] meanSd = in.get("normalisation.mean-sd", d.mean() + "," + d.sd(), PropertiesReader::pair);
        ConstantColumn constant = in.get("normalisation.constant", "MIDPOINT", v -> ConstantColumn.valueOf(PropertiesReader.enumName(v)));
        if (m == NormalisationMethod.GOALPOSTS || m == NormalisationMethod.DISTANCE_TO_TARGET) {
            in.problems().add("normalisation '" + m.key() + "' needs per-indicator parameters; a plan file supports minmax, "
                    + "shifted-minmax, zscore, rank, percentile-rank, vector");
            return null;
        }
        if (range == null || meanSd == null || constant == null) return null;
        return in.get("normalisation", m.key(), v -> new NormaliserSettings(m, range[0], range[1], d.shift(), meanSd[0], meanSd[1],
                d.sdType(), constant, d.ties(), d.percentile(), d.negative(), 1, true, null, null, null).build());
    }

    /**
     * The plan on the framework's tree ({@link PlanTree#fromFramework}); coupling indicators take the
     * framework's direction unless written {@code -code}, weight 1 unless written {@code code:weight}.
     *
     * @param f the framework the plan's indicators come from
     * @return the plan
     * @throws PlanInputException when a coupling entry is unreadable
     */
    public PlanSpec spec(Framework f) {
        PlanTree tree = PlanTree.fromFramework(f);
        Settings s = settings;
        PlanSpec spec = PlanSpec.of(tree, s.normaliser(), s.indicatorWeighting(), s.groupWeighting(), s.aggregation())
                .withMatrices(s.matrices()).withImputation(s.imputation()).withBenchmark(s.benchmark()).withObstacleIdeal(s.obstacleIdeal());
        if (s.disparityWeight() != null) spec = spec.withDisparity(DisparitySpec.weightedBy(s.disparityWeight()));
        if (!s.subsystems().isEmpty()) {
            List<CouplingSpec.Subsystem> subs = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            s.subsystems().forEach((code, entries) -> subs.add(new CouplingSpec.Subsystem(code,
                    entries.stream().map(e -> leaf(e, f, code, problems)).toList())));
            if (!problems.isEmpty()) throw new PlanInputException("plan file", problems);
            double[] t = new double[subs.size()];
            Arrays.fill(t, 1.0 / subs.size());
            spec = spec.withCoupling(new CouplingSpec(subs, t, s.couplingWeighting(),
                    CoordinationClasses.chineseTenLevel(IntervalClosure.LOWER_CLOSED),
                    new RelativeDevelopment(RelativeDevelopment.Comparison.RATIO, 0.1)));
        }
        return spec;
    }

    private static PlanTree.Leaf leaf(String entry, Framework f, String subsystem, List<String> problems) {
        String e = entry.trim();
        boolean negative = e.startsWith("-");
        if (negative) e = e.substring(1).trim();
        double weight = 1;
        int colon = e.indexOf(':');
        if (colon >= 0) {
            try {
                weight = Double.parseDouble(e.substring(colon + 1).trim());
            } catch (NumberFormatException x) {
                problems.add("coupling." + subsystem + ": weight of '" + entry + "' is not a number");
            }
            e = e.substring(0, colon).trim();
        }
        String code = e;
        Direction dir = negative ? Direction.NEGATIVE
                : f.node(code).map(n -> n.direction() == null ? Direction.POSITIVE : n.direction()).orElse(Direction.POSITIVE);
        return new PlanTree.Leaf(code, dir, weight);
    }


    /** A square matrix written row by row, cells by spaces or commas, rows by ';', fractions allowed ({@code 1/3}). */
    static double[][] matrix(String text) {
        String[] rows = text.trim().split("\\s*;\\s*");
        double[][] a = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] cells = rows[i].trim().split("[\\s,]+");
            if (cells.length != rows.length) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + cells.length + " cells, expected " + rows.length);
            }
            a[i] = new double[cells.length];
            for (int j = 0; j < cells.length; j++) {
                String c = cells[j];
                int slash = c.indexOf('/');
                a[i][j] = slash < 0 ? Double.parseDouble(c) : Double.parseDouble(c.substring(0, slash)) / Double.parseDouble(c.substring(slash + 1));
            }
        }
        return a;
    }

}
