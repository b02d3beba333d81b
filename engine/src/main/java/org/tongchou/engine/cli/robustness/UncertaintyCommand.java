package org.tongchou.engine.cli.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.tongchou.engine.cli.EngineCommand;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.robustness.Bootstrap;
import org.tongchou.engine.robustness.CoinrExampleAssumptions;
import org.tongchou.engine.robustness.MonteCarlo;
import org.tongchou.engine.robustness.PipelineAssumption;
import org.tongchou.engine.robustness.PipelineAssumptions;
import org.tongchou.engine.robustness.PipelineModel;
import org.tongchou.engine.robustness.ReplicationFailure;
import org.tongchou.engine.robustness.SensitivityRun;
import org.tongchou.engine.robustness.SensitivityTarget;
import org.tongchou.engine.robustness.StageReuse;
import org.tongchou.engine.robustness.UncertaintyResult;
import org.tongchou.engine.robustness.VarianceEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code uncertainty}: Monte Carlo over method choices of the composite pipeline, from CSV inputs. */
@Command(name = "uncertainty", mixinStandardHelpOptions = true,
        description = {"Monte Carlo uncertainty (and optionally sensitivity) analysis of the composite index: every "
                + "replication regenerates the pipeline (denominate, impute, screen, treat, normalise, aggregate) "
                + "with assumptions drawn at random, and ranks the units (highest score first, ties at the lowest rank).",
                "The nominal pipeline is COINr's example configuration (PipelineConfig.coinrExample), with the "
                        + "nominal imputation of --nominal-imputation. Uncertain assumptions (each a discrete uniform "
                        + "choice): --imputation, --winmax, --normalisation, --aggregation; noisy weights: --noise. "
                        + "--coinr-example takes COINr's sensitivity vignette: winmax 1-5, minmax:1:100 or zscore:10:2, "
                        + "noise 2=0.25 and 3=0.25, arithmetic or geometric.",
                "Output (--out): uCode,Nominal,Mean,Median,Q5,Q95 (R type-7 quantiles). Same --seed, same result "
                        + "whatever --threads."})
public final class UncertaintyCommand extends EngineCommand {
    @Option(names = "--data", required = true, paramLabel = "FILE", description = "Units × indicators CSV (and denominators, groups).")
    Path data;

    @Option(names = "--framework", required = true, paramLabel = "FILE", description = "COINr-style iMeta CSV (iCode, Level, Parent, Weight, Direction, Denominator).")
    Path framework;

    @Option(names = "--id", defaultValue = "uCode", description = "Unit column (default: ${DEFAULT-VALUE}).")
    String id;

    @Option(names = "--group", paramLabel = "COLUMN", description = "Text column kept as a grouping (repeatable).")
    List<String> groups = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "COLUMN", description = "Column to leave out (repeatable), e.g. uName.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--nominal-imputation", defaultValue = "group-mean:EurAsia_group",
            description = "Imputation of the nominal pipeline: none, mean, median, group-mean:COLUMN, group-median:COLUMN (default: ${DEFAULT-VALUE}).")
    String nominalImputation;

    @Option(names = "--coinr-example", description = "COINr's four assumptions (sensitivity vignette).")
    boolean coinrExample;

    @Option(names = "--imputation", split = ",", paramLabel = "SPEC", description = "Alternative imputations (none, mean, median, group-mean:COL, group-median:COL).")
    List<String> imputations;

    @Option(names = "--winmax", split = ",", paramLabel = "K", description = "Alternative maximum numbers of winsorised points, e.g. 1,2,3,4,5.")
    List<Integer> winmax;

    @Option(names = "--normalisation", split = ",", paramLabel = "SPEC", description = "Alternative normalisations (minmax:L:U, zscore:MEAN:SD).")
    List<String> normalisations;

    @Option(names = "--aggregation", split = ",", paramLabel = "METHOD", description = "Alternative aggregations (arithmetic, geometric, harmonic).")
    List<String> aggregations;

    @Option(names = "--noise", paramLabel = "LEVEL=FACTOR", description = "Noisy weights: weights of framework LEVEL × U(1-FACTOR, 1+FACTOR) (repeatable).")
    List<String> noise;

    @Option(names = "--noise-sets", defaultValue = "100", description = "Number of noisy weight sets drawn (COINr's Nrep) (default: ${DEFAULT-VALUE}).")
    int noiseSets;

    @Option(names = "--replications", defaultValue = "1000", description = "Replications of the uncertainty analysis (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--sensitivity", paramLabel = "N",
            description = "Run a sensitivity analysis instead, on a Saltelli design of N points (N(d+2) replications); "
                    + "rank statistics then use the 2N rows of A and B, as COINr's.")
    Integer sensitivityN;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for the indices' 5%%/95%% bounds.")
    Integer bootstrap;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of every random draw (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Threads (default: all processors).")
    Integer threads;

    @Option(names = "--stages", defaultValue = "REGENERATE_ALL",
            description = "${COMPLETION-CANDIDATES}: regenerate every stage in every replication, or keep the normalised "
                    + "indicators of each distinct preparation and only aggregate (identical scores, faster) (default: ${DEFAULT-VALUE}).")
    StageReuse stages;

    @Option(names = "--on-failure", defaultValue = "FAIL",
            description = "A replication whose pipeline fails: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReplicationFailure onFailure;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Rank statistics CSV (default: standard output).")
    Path out;

    @Option(names = "--ranks-out", paramLabel = "FILE", description = "Rank matrix CSV: uCode, Nominal, r_1 … r_K.")
    Path ranksOut;

    @Option(names = "--indices-out", paramLabel = "FILE", description = "Sensitivity indices CSV (with --sensitivity).")
    Path indicesOut;

    /** Parsed alternatives, checked before any file is read. */
    private Optional<org.tongchou.engine.prepare.ImputationSpec> nominal;
    private List<Optional<org.tongchou.engine.prepare.ImputationSpec>> imputationAlternatives;
    private List<org.tongchou.engine.normalise.Normaliser> normaliserAlternatives;
    private List<org.tongchou.engine.aggregate.AggregationSpec> aggregationAlternatives;
    private List<double[]> noiseByLevel;

    @Override
    protected void checkOptions() {
        boolean any = imputations != null || winmax != null || normalisations != null || aggregations != null || noise != null;
        requireUsage(!coinrExample || !any, "--coinr-example fixes the assumptions; leave out --imputation, --winmax, "
                + "--normalisation, --aggregation and --noise");
        requireUsage(coinrExample || any, "no uncertain assumption: give --coinr-example or at least one of --imputation, "
                + "--winmax, --normalisation, --aggregation, --noise");
        requireUsage(sensitivityN != null || indicesOut == null, "--indices-out needs --sensitivity N");
        requireUsage(sensitivityN != null || bootstrap == null, "--bootstrap needs --sensitivity N");
        requireAtLeast("--replications", replications, 1);
        if (sensitivityN != null) requireAtLeast("--sensitivity", sensitivityN, 2);
        if (bootstrap != null) requireAtLeast("--bootstrap", bootstrap, 1);
        if (threads != null) requireAtLeast("--threads", threads, 1);
        requireAtLeast("--noise-sets", noiseSets, 1);
        if (winmax != null) {
            for (int w : winmax) requireOption(w >= 0, "--winmax", winmax, "every value must be at least 0");
        }
        nominal = parsed("--nominal-imputation", nominalImputation, AssumptionSpecs::imputation);
        if (imputations != null) imputationAlternatives = parsedAll("--imputation", imputations, AssumptionSpecs::imputation);
        if (normalisations != null) normaliserAlternatives = parsedAll("--normalisation", normalisations, AssumptionSpecs::normaliser);
        if (aggregations != null) aggregationAlternatives = parsedAll("--aggregation", aggregations, AssumptionSpecs::aggregation);
        if (noise != null) noiseByLevel = parsedAll("--noise", noise, AssumptionSpecs::noise);
    }

    /** A value parsed from an option's text; a text the parser refuses is bad usage naming the option. */
    private <T> T parsed(String option, String text, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (EngineInputException e) {
            throw badOption(option, text, e.getMessage());
        }
    }

    private <T> List<T> parsedAll(String option, List<String> texts, java.util.function.Function<String, T> parser) {
        List<T> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(parsed(option, t, parser));
        return out;
    }

    @Override
    protected void run() {
        Framework fw = FrameworkCsv.read(framework);
        org.tongchou.engine.io.CsvTable table = org.tongchou.engine.io.CsvTable.read(data);
        org.tongchou.engine.cli.TableInput.requireColumns(table, "--ignore", ignore);
        Dataset ds = DatasetCsv.read(table, id, new LinkedHashSet<>(groups), java.util.Set.copyOf(ignore));
        PipelineConfig base = PipelineConfig.coinrExample().withImputation(nominal.orElse(null));
        List<PipelineAssumption<?>> assumptions = coinrExample ? List.copyOf(CoinrExampleAssumptions.all(fw, seed))
                : fromOptions(fw, base);
        PipelineModel model = new PipelineModel(new CompositePipeline(fw, ds), base, assumptions, stages);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        MonteCarlo mc = new MonteCarlo(ds.units(), model.assumptions(), model, t, onFailure);
        UncertaintyResult result;
        if (sensitivityN != null) {
            SensitivityRun run = mc.sensitivity(sensitivityN, seed, SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE,
                    VarianceEstimator.SAMPLE, Optional.ofNullable(bootstrap).map(b -> Bootstrap.percentile90(b, seed)));
            result = run.replications();
            if (indicesOut != null) writeCsv(indicesOut, Tables.SENSITIVITY, Tables.sensitivity(run.indices()));
        } else {
            result = mc.uncertainty(replications, seed);
        }
        if (ranksOut != null) {
            writeCsv(ranksOut, Tables.rankHeader(result.replications()),
                    Tables.rankRows(result.units(), result.nominalRanks(), result.ranks()));
        }
        writeCsv(out, Tables.RANK_STATS, Tables.rankStats(result.statistics()));
    }

    private List<PipelineAssumption<?>> fromOptions(Framework fw, PipelineConfig base) {
        List<PipelineAssumption<?>> out = new ArrayList<>();
        if (imputationAlternatives != null) out.add(PipelineAssumptions.imputation(imputationAlternatives, base));
        if (winmax != null) out.add(PipelineAssumptions.winmax(winmax, base));
        if (normaliserAlternatives != null) out.add(PipelineAssumptions.normalisation(normaliserAlternatives, base));
        if (noiseByLevel != null) {
            double[] byLevel = new double[fw.levels() + 1];
            for (int k = 0; k < noise.size(); k++) {
                int level = (int) noiseByLevel.get(k)[0];
                if (level < 1 || level > fw.levels()) {
                    throw new InvalidArgumentException("--noise", noise.get(k), "the framework " + framework
                            + " has levels 1 to " + fw.levels());
                }
                byLevel[level] = noiseByLevel.get(k)[1];
            }
            out.add(PipelineAssumptions.noisyWeights(fw, byLevel, noiseSets, seed));
        }
        if (aggregationAlternatives != null) out.add(PipelineAssumptions.aggregation(aggregationAlternatives, base));
        return out;
    }
}
