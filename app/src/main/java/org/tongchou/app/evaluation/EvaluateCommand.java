package org.tongchou.app.evaluation;

import java.util.List;

import java.io.PrintWriter;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.periods.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou evaluate PLAN PERIOD [--publish]}: runs an evaluation plan on approved data and stores the result. */
@Component
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Runs an evaluation plan for one period on APPROVED values and stores the results.",
                "Prints the ranking. Exit 1 when data are incomplete (every missing value is listed),",
                "unless the plan leaves out units without figures (--skip-incomplete): then each is named in a note."})
class EvaluateCommand implements CliCommand {
    private final EvaluationService evaluation;
    private final EvaluationResults results;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLAN", description = "plan code (e.g. default)")
    String plan;

    @Parameters(index = "1", paramLabel = "PERIOD", description = "period code (e.g. 2024, 2024Q2)")
    String period;

    @Option(names = "--publish", description = "publish the run (leaders then see it)")
    boolean publish;

    @Option(names = "--no-robustness", description = {"store the run without waiting for its robustness (the Monte Carlo rank intervals,",
            "tens of seconds for a province): it is computed at publication or on the run's page"})
    boolean noRobustness;

    @Option(names = "--user", description = "recorded as the run's author (default: cli)")
    String user = "cli";

    @Option(names = "--area", paramLabel = "CODE", defaultValue = Option.NULL_VALUE,
            description = "first create (or replace) PLAN with the default plan's methods over this area (000000000000 = the whole country)")
    String area;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "TOWNSHIP", description = "with --area: the level ranked (default TOWNSHIP)")
    org.tongchou.app.units.UnitLevel level;

    @Option(names = "--groups", paramLabel = "LEVELS", defaultValue = "", description = "with --area: group levels, e.g. PROVINCE,PREFECTURE")
    String groups;

    @Option(names = "--weight", paramLabel = "INDICATOR", defaultValue = Option.NULL_VALUE, description = "with --area: disparity weight, e.g. resident_population")
    String weight;

    @Option(names = "--skip-incomplete", description = {"with --area: the plan's runs leave out units without figures, each named in a note,",
            "instead of refusing the run (a national plan over every county, some of which report nothing)"})
    boolean skipIncomplete;

    EvaluateCommand(EvaluationService evaluation, EvaluationResults results) {
        this.evaluation = evaluation;
        this.results = results;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Period p;
        try {
            p = Period.parse(period);
        } catch (org.tongchou.app.periods.InvalidPeriodException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            if (area != null) {
                List<org.tongchou.app.units.UnitLevel> g = groups.isBlank() ? List.of() : java.util.Arrays.stream(groups.split(","))
                        .map(x -> org.tongchou.app.units.UnitLevel.valueOf(x.strip().toUpperCase(java.util.Locale.ROOT))).toList();
                evaluation.defineDefaultPlan(plan, area, level, g, weight, skipIncomplete);
            }
            EvaluationService.TimedRun timed = evaluation.runTimed(plan, p, user);
            RunInfo run = timed.run();
            EvaluationService.RunTimings t = timed.timings();
            long ran = t.read() + t.evaluate() + t.store();
            if (publish) run = evaluation.publish(run.id(), user);
            String robustnessTime = "";
            if (!noRobustness) {
                // the process ends after this command: its robustness is computed now, and timed apart from the run
                long started = System.nanoTime();
                RobustnessStatus status = evaluation.awaitRobustness(run.id(), java.time.Duration.ofHours(6));
                if (status.state() == RobustnessStatus.State.NONE) {
                    evaluation.requestRobustness(run.id());
                    status = evaluation.awaitRobustness(run.id(), java.time.Duration.ofHours(6));
                }
                robustnessTime = String.format("; robustness %s in %.2f s", status.state().name().toLowerCase(java.util.Locale.ROOT),
                        (System.nanoTime() - started) / 1e9);
                if (status.state() == RobustnessStatus.State.FAILED) err.println("robustness failed: " + status.failure());
            }
            RunResult r = results.result(run);
            java.util.Optional<RunRobustness> rob = results.robustness(run);
            java.util.Set<String> unclear = rob.map(RankIntervals::notClearlyAhead).orElse(java.util.Set.of());
            java.util.Map<String, RunRobustness.Interval> intervals = new java.util.HashMap<>(); // by unit: a lookup per town was quadratic
            rob.ifPresent(x -> x.intervals().forEach(i -> intervals.putIfAbsent(i.unit(), i)));
            for (RunResult.UnitResult u : r.units()) {
                String interval = java.util.Optional.ofNullable(intervals.get(u.code()))
                        .map(i -> String.format("  ranks %.0f-%.0f%s", i.q5(), i.q95(), unclear.contains(u.code()) ? " (not clearly ahead)" : ""))
                        .orElse("");
                out.printf("%3.0f  %-12s %-10s %6.2f%s%s%n", u.rank(), u.code(), u.name(), u.score() * 100,
                        Double.isNaN(u.rankChange()) ? "" : String.format("  (%+.0f)", u.rankChange()), interval);
            }
            r.notes().forEach(n -> out.println("note: " + n));
            long leftOut = results.notes(run).stream().filter(n -> RunNote.UNIT_LEFT_OUT.equals(n.kind())).count();
            if (leftOut > 0) out.printf("%,d unit(s) left out for lack of figures (named in the notes above)%n", leftOut);
            rob.ifPresent(x -> out.printf("robustness: rank intervals (5th-95th percentile) over %d replications, seed %d%s%n",
                    x.replications(), x.seed(), x.strongest().map(s -> "; moved most by " + s.assumption().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')).orElse("; no rank ever moved")));
            out.printf("run %d: plan %s, %s, %d units, %d values, data version %s%s; run in %.2f s (read %.2f s, evaluate %.2f s, store %.2f s; CPU %.2f s)%s%n",
                    run.id(), plan, p.code(), run.unitCount(), run.valueCount(), run.dataVersion(), run.published() ? ", published" : "", ran / 1e9,
                    t.read() / 1e9, t.evaluate() / 1e9, t.store() / 1e9, t.cpu() / 1e9, robustnessTime);
            return ExitCodes.OK;
        } catch (PlanException | IncompleteDataException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
