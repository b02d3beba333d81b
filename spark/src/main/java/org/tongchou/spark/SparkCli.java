package org.tongchou.spark;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.tongchou.engine.data.EngineInputException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou spark ...}: the engine's plan evaluation over a national panel on Apache Spark, on
 * {@code local[*]} by default or on a cluster through spark-submit (docs/spark.md). Prints only what was
 * asked for on standard output; Spark's log goes to standard error (warnings only with the launcher's
 * log4j2 configuration).
 */
@Command(name = "tongchou spark", mixinStandardHelpOptions = true, version = "tongchou spark 0.1",
        description = "Evaluation plans over a national panel on Apache Spark (docs/spark.md).",
        subcommands = {SparkCli.Evaluate.class, SparkCli.Generate.class, EngineBench.class})
public final class SparkCli implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line; returns the exit code (0 done, 1 bad input, 2 usage). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new SparkCli());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return e instanceof EngineInputException || e instanceof IllegalArgumentException ? 1 : 3;
        });
        return cl.execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Options shared by the subcommands: where Spark runs. */
    static final class SparkOptions {
        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's, else local[*])")
        String master;
        @Option(names = "--partitions", defaultValue = "0", paramLabel = "N", description = "shuffle partitions (default: 2 × cores)")
        int partitions;

        SparkSession session(String app) {
            SparkSession.Builder b = SparkSession.builder().appName(app)
                    .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false");
            if (master != null) b = b.master(master);
            else if (System.getProperty("spark.master") == null) b = b.master("local[*]");
            SparkSession s = b.getOrCreate();
            int p = partitions > 0 ? partitions : 2 * s.sparkContext().defaultParallelism();
            s.conf().set("spark.sql.shuffle.partitions", Integer.toString(p));
            return s;
        }
    }

    /** Years as {@code 2016-2025} or {@code 2016,2018}. */
    static List<Integer> years(String text) {
        List<Integer> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        for (String part : text.split(",")) {
            String p = part.trim();
            int dash = p.indexOf('-');
            if (dash > 0) {
                int a = Integer.parseInt(p.substring(0, dash).trim());
                int b = Integer.parseInt(p.substring(dash + 1).trim());
                if (b < a || b - a > 100) throw new IllegalArgumentException("years '" + p + "' are not a range of at most 100 years");
                for (int y = a; y <= b; y++) out.add(y);
            } else {
                out.add(Integer.parseInt(p));
            }
        }
        return out;
    }

    static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        for (String p : text.split(",")) if (!p.isBlank()) out.add(p.trim());
        return out;
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true,
            description = {"Evaluates a plan file over a panel: nationally per period, or area by area (--per) with national",
                    "ranks and the Theil index between and within the areas. Writes the results with the run's provenance."})
    static final class Evaluate implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--plan", required = true, paramLabel = "PLAN.properties", description = "the engine's plan file (its framework beside it)")
        Path plan;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Source source;
        @Option(names = "--level", defaultValue = "TOWNSHIP", paramLabel = "LEVEL", description = "with --jdbc: the units' level (default TOWNSHIP)")
        String level;
        @Option(names = "--jdbc-user", paramLabel = "USER", description = "with --jdbc or --out-jdbc: the database user")
        String user;
        @Option(names = "--jdbc-password-env", paramLabel = "VAR", description = "the environment variable holding the database password")
        String passwordEnv;
        @Option(names = "--years", paramLabel = "YEARS", description = "years read, e.g. 2016-2025 (required with --jdbc)")
        String years;
        @Option(names = "--provinces", paramLabel = "CODES", description = "provinces read, e.g. 32,33 (default all)")
        String provinces;
        @Option(names = "--per", paramLabel = "COLUMN", description = "evaluate each value of this column separately (e.g. province); default: the nation")
        String per;
        @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "write the results as Parquet under DIR")
        String out;
        @Option(names = "--out-jdbc", paramLabel = "URL", description = "write the results to spark_* tables of this PostgreSQL database")
        String outJdbc;
        @Option(names = "--flows", paramLabel = "FLOWS.csv",
                description = "rebase history to today's boundaries by these change flows (predecessor,successor,share,date)")
        Path flows;
        @Option(names = "--rebase", description = "with --jdbc: rebase history by the database's change events")
        boolean rebase;
        @Option(names = "--rules", paramLabel = "RULES.csv",
                description = "with --flows or --rebase: indicator,aggregation,of (SUM, WEIGHTED_MEAN weight, RATIO num/den*factor, NONE)")
        Path rules;
        @Option(names = "--shuffle", defaultValue = "WIDE", paramLabel = "FORM",
                description = "rows shuffled to the evaluations: WIDE (one per unit and period, default) or LONG (one per value); same figures")
        SparkEvaluation.Shuffle shuffle;
        @CommandLine.Mixin
        SparkMixin sparkOptions;

        static final class Source {
            @Option(names = "--parquet", required = true, paramLabel = "DIR", description = "a Parquet panel partitioned by year and province")
            String parquet;
            @Option(names = "--jdbc", required = true, paramLabel = "URL", description = "the application's PostgreSQL database")
            String jdbc;
        }

        @Override
        public Integer call() {
            PrintWriter o = spec.commandLine().getOut();
            PlanSource planSource = PlanSource.read(plan);
            Instant started = Instant.now();
            SparkSession spark = sparkOptions.options.session("tongchou evaluate " + plan.getFileName());
            Properties props = new Properties();
            if (user != null) props.setProperty("user", user);
            if (passwordEnv != null) {
                String pw = System.getenv(passwordEnv);
                if (pw == null) throw new IllegalArgumentException("environment variable " + passwordEnv + " is not set");
                props.setProperty("password", pw);
            }
            Dataset<Row> panel;
            String where;
            if (source.parquet != null) {
                panel = PanelSources.parquet(spark, source.parquet, years(years), list(provinces));
                where = source.parquet;
            } else {
                panel = PanelSources.jdbc(spark, source.jdbc, props, level, years(years), list(provinces));
                where = source.jdbc.replaceAll("password=[^&]*", "password=***");
            }
            if (flows != null || rebase) {
                if (rules == null) throw new IllegalArgumentException("rebasing needs --rules (how each indicator combines)");
                if (rebase && source.jdbc == null) throw new IllegalArgumentException("--rebase reads the change events of --jdbc's database; use --flows");
                List<Flow> f = flows != null ? Flow.read(flows) : Flow.jdbc(spark, source.jdbc, props);
                panel = new Rebase(f, IndicatorRule.read(rules)).apply(spark, panel, planSource.groups());
                where = where + " rebased by " + f.size() + " flows";
            }
            Instant evaluating = Instant.now();
            EvaluationOutput result = new SparkEvaluation(planSource, per, planSource.groups(), sparkOptions.options.partitions, shuffle).run(panel);
            Row summary = result.scores().filter("node_kind = 'INDEX'")
                    .agg(org.apache.spark.sql.functions.countDistinct("period"), org.apache.spark.sql.functions.countDistinct("period", "area"),
                            org.apache.spark.sql.functions.countDistinct("unit"), org.apache.spark.sql.functions.count("unit"))
                    .first();
            long refused = result.notes().filter("node_kind = 'REFUSED'").count();
            double evaluationSeconds = Duration.between(evaluating, Instant.now()).toMillis() / 1000.0;
            RunRecord run = new RunRecord(UUID.randomUUID().toString(), plan.toString(), RunRecord.sha256(planSource), where, per,
                    spark.sparkContext().master(), spark.version(), RunRecord.currentEngineVersion(), summary.getLong(0), summary.getLong(1),
                    summary.getLong(2), refused, started, Instant.now());
            if (out != null) ResultSinks.parquet(spark, result, run, out);
            if (outJdbc != null) ResultSinks.jdbc(spark, result, run, outJdbc, props);
            o.printf(Locale.ROOT, "run %s: %,d unit evaluations (%,d units, %,d periods, %,d evaluations%s) on %s: "
                            + "read and evaluated in %.1f s (%.1f s with Spark's start)%n",
                    run.runId(), summary.getLong(3), run.units(), run.periods(), run.areas(), refused == 0 ? "" : ", " + refused + " refused",
                    run.master(), evaluationSeconds, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            if (refused > 0) {
                for (Row r : result.notes().filter("node_kind = 'REFUSED'").limit(20).collectAsList()) {
                    spec.commandLine().getErr().println("refused " + r.getAs("period") + " " + r.getAs("area") + ": " + r.getAs("message"));
                }
            }
            if (out != null) o.println("results (Parquet): " + out);
            if (outJdbc != null) o.println("results (PostgreSQL): spark_* tables, run " + run.runId());
            o.flush();
            result.release();
            spark.stop();
            return refused == 0 ? 0 : 1;
        }
    }

    /** picocli mixin wrapper of {@link SparkOptions}. */
    static final class SparkMixin {
        @ArgGroup(exclusive = false)
        SparkOptions options = new SparkOptions();
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Writes the national synthetic panel (deterministic, not real figures) as Parquet partitioned by",
                    "year and province, with its plan in DIR/_plan (plan.properties, framework.csv)."})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;
        @Option(names = "--level", defaultValue = "TOWNSHIP", paramLabel = "LEVEL",
                description = "TOWNSHIP (41,352 units, annual) or VILLAGE (620,573 units, monthly); default TOWNSHIP")
        SyntheticNation.Level level;
        @Option(names = "--from", defaultValue = "2016", paramLabel = "YEAR", description = "first year (default 2016)")
        int from;
        @Option(names = "--to", defaultValue = "2025", paramLabel = "YEAR", description = "last year (default 2025)")
        int to;
        @Option(names = "--sample", defaultValue = "1", paramLabel = "K", description = "keep every K-th unit (default 1: all)")
        int sample;
        @Option(names = "--seed", defaultValue = "20261207", paramLabel = "N", description = "seed (default 20261207)")
        long seed;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the panel's folder (replaced)")
        String out;
        @CommandLine.Mixin
        SparkMixin sparkOptions;

        @Override
        public Integer call() throws java.io.IOException {
            SyntheticNation n = new SyntheticNation(level, from, to, sample, seed);
            Instant started = Instant.now();
            SparkSession spark = sparkOptions.options.session("tongchou generate " + level);
            PanelSources.writeParquet(n.generate(spark, sparkOptions.options.partitions), out, SaveMode.Overwrite);
            PlanSource plan = SyntheticNation.plan();
            if (!out.contains("://")) {
                // under _plan/: Spark's Parquet reader skips folders starting with '_'
                Path dir = Files.createDirectories(Path.of(out, "_plan"));
                Files.writeString(dir.resolve("plan.properties"), plan.planText(), StandardCharsets.UTF_8);
                Files.writeString(dir.resolve("framework.csv"), plan.frameworkText(), StandardCharsets.UTF_8);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%,d synthetic values (%,d %s units × %d indicators × %d periods) → %s in %.1f s%n", n.values(), n.units(),
                    level.name().toLowerCase(Locale.ROOT), SyntheticNation.INDICATORS, (to - from + 1) * level.periodsPerYear, out,
                    Duration.between(started, Instant.now()).toMillis() / 1000.0);
            o.flush();
            spark.stop();
            return 0;
        }
    }
}
