package org.tongchou.engine.cli.robustness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.InvalidInputException;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
public final class UncertaintyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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

    @Override
    public Integer call() {
        Framework fw = FrameworkCsv.read(framework);
        Dataset ds = DatasetCsv.read(data, id, new LinkedHashSet<>(groups), java.util.Set.copyOf(ignore));
        PipelineConfig base = PipelineConfig.coinrExample()
                .withImputation(AssumptionSpecs.imputation(nominalImputation).orElse(null));
        List<PipelineAssumption<?>> assumptions = coinrExample ? new ArrayList<>(CoinrExampleAssumptions.all(fw, seed))
                : new ArrayList<>();
        if (!coinrExample) assumptions.addAll(fromOptions(fw, base));
        else if (imputations != null || winmax != null || normalisations != null || aggregations != null || noise != null) {
            throw new InvalidInputException("--coinr-example fixes the assumptions; leave out --imputation, --winmax, "
                    + "--normalisation, --aggregation and --noise");
        }
        if (assumptions.isEmpty()) {
            throw new InvalidInputException("no uncertain assumption: give --coinr-example or at least one of --imputation, "
                    + "--winmax, --normalisation, --aggregation, --noise");
        }
        if (sensitivityN == null && indicesOut != null) throw new InvalidInputException("--indices-out needs --sensitivity N");
        PipelineModel model = new PipelineModel(new CompositePipeline(fw, ds), base, assumptions, stages);
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        MonteCarlo mc = new MonteCarlo(ds.units(), model.assumptions(), model, t, onFailure);
        UncertaintyResult result;
        if (sensitivityN != null) {
            SensitivityRun run = mc.sensitivity(sensitivityN, seed, SensitivityTarget.MEAN_ABSOLUTE_RANK_CHANGE,
                    VarianceEstimator.SAMPLE, Optional.ofNullable(bootstrap).map(b -> Bootstrap.percentile90(b, seed)));
            result = run.replications();
            if (indicesOut != null) {
                CsvOutput.write(indicesOut, Tables.SENSITIVITY, Tables.sensitivity(run.indices()), spec.commandLine().getOut());
            }
        } else {
            if (bootstrap != null) throw new InvalidInputException("--bootstrap needs --sensitivity N");
            result = mc.uncertainty(replications, seed);
        }
        if (ranksOut != null) {
            CsvOutput.write(ranksOut, Tables.rankHeader(result.replications()),
                    Tables.rankRows(result.units(), result.nominalRanks(), result.ranks()), spec.commandLine().getOut());
        }
        CsvOutput.write(out, Tables.RANK_STATS, Tables.rankStats(result.statistics()), spec.commandLine().getOut());
        return 0;
    }

    private List<PipelineAssumption<?>> fromOptions(Framework fw, PipelineConfig base) {
        List<PipelineAssumption<?>> out = new ArrayList<>();
        if (imputations != null) {
            out.add(PipelineAssumptions.imputation(AssumptionSpecs.parseAll(imputations, AssumptionSpecs::imputation), base));
        }
        if (winmax != null) out.add(PipelineAssumptions.winmax(winmax, base));
        if (normalisations != null) {
            out.add(PipelineAssumptions.normalisation(AssumptionSpecs.parseAll(normalisations, AssumptionSpecs::normaliser), base));
        }
        if (noise != null) {
            double[] byLevel = new double[fw.levels() + 1];
            for (String spec : noise) {
                double[] lf = AssumptionSpecs.noise(spec);
                int level = (int) lf[0];
                if (level < 1 || level > fw.levels()) {
                    throw new InvalidInputException("weight noise '" + spec + "': the framework has levels 1 to " + fw.levels());
                }
                byLevel[level] = lf[1];
            }
            out.add(PipelineAssumptions.noisyWeights(fw, byLevel, noiseSets, seed));
        }
        if (aggregations != null) {
            out.add(PipelineAssumptions.aggregation(AssumptionSpecs.parseAll(aggregations, AssumptionSpecs::aggregation), base));
        }
        return out;
    }
}
