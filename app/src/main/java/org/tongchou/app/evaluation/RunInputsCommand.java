package org.tongchou.app.evaluation;

import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou run-inputs -o DIR RUN...}: stored runs of one plan as the files the Spark job and the
 * engine's {@code evaluate-plan} read ({@link RunInputFiles}), to evaluate the same plan on the same values
 * elsewhere and compare with the stored figures (docs/spark.md, "Same results as the engine").
 */
@Component
@Command(name = "run-inputs", mixinStandardHelpOptions = true,
        description = {"Writes stored runs of one plan as the Spark job's files: plan.properties and framework.csv (groupings, coupling",
                "and disparity weight included), panel.csv (period,unit,indicator,value and the groupings: the raw values evaluated) and",
                "the stored figures: results.csv (period,unit,node,score,rank), group-ranks.csv and theil.csv (grouped plans), coupling.csv.",
                "Refused when the plan or the approved values have changed since a run."})
class RunInputsCommand implements CliCommand {
    private final EvaluationService evaluation;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "the folder written (made if absent)")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "RUN", description = "run ids, all of the same plan, one per period")
    List<Long> runs;

    RunInputsCommand(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public Integer call() {
        try {
            RunInputFiles files = evaluation.runInputs(runs);
            files.write(out);
            spec.commandLine().getOut().printf("%d run(s) written to %s: %s (%d values)%n", runs.size(), out,
                    String.join(", ", files.files().keySet()), files.values());
            return ExitCodes.OK;
        } catch (PlanException e) {
            spec.commandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
