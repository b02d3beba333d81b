package org.tongchou.app.units;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou apply-changes proposal.yaml}. */
@Component
@Command(name = "apply-changes", mixinStandardHelpOptions = true,
        description = {"Applies a reviewed change proposal (from diff-divisions or import-divisions):",
                "ends predecessors, opens successors and records the change events. All or nothing."})
class ApplyChangesCommand implements CliCommand {
    private final DivisionChangeService changes;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<proposal.yaml>", description = "the reviewed proposal")
    Path file;

    ApplyChangesCommand(DivisionChangeService changes) {
        this.changes = changes;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!java.nio.file.Files.isRegularFile(file)) {
            err.println("error: no such file: " + file);
            return ExitCodes.BAD_INPUT;
        }
        try {
            ChangeProposal p = ProposalYaml.read(file);
            DivisionChangeService.ApplyResult r = changes.apply(p);
            out.printf("applied %s: %,d change events, %,d units ended, %,d opened, %,d children moved with their parent%n",
                    file, r.events(), r.unitsClosed(), r.unitsOpened(), r.childrenMoved());
            return ExitCodes.OK;
        } catch (ProposalException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
