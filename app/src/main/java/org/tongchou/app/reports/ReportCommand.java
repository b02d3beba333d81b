package org.tongchou.app.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou report RUN_ID --format pdf|docx|xlsx --lang zh|en [--kind pack|bulletin] -o FILE}: writes and archives a document. */
@Component
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the briefing pack (现场会材料) or the ranking bulletin (排名通报) of a published evaluation run",
                "as PDF, DOCX or XLSX, in Chinese or English, and keeps it in the archive (/reports).",
                "Exit 2 for wrong options, 1 when the run is unknown or not published or no Chinese font is found."})
class ReportCommand implements CliCommand {
    private final ReportService reports;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN_ID", description = "the run's id (shown by 'evaluate' and on /evaluation/runs/{id})")
    long run;

    @Option(names = "--format", description = "pdf (default), docx or xlsx")
    String format = "pdf";

    @Option(names = "--lang", description = "zh (default) or en")
    String lang = "zh";

    @Option(names = "--kind", description = "pack (default) or bulletin")
    String kind = "pack";

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "where to write the document")
    Path output;

    @Option(names = "--user", description = "recorded in the archive as who made it (default: cli)")
    String user = "cli";

    ReportCommand(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReportKind k;
        ReportFormat f;
        java.util.Locale l;
        try {
            k = ReportKind.parse(kind);
            f = ReportFormat.parse(format);
            l = ReportService.locale(lang);
        } catch (ReportRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            ReportService.Produced p = reports.produce(run, k, f, l, user);
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.write(output, p.content());
            out.printf("%s: %d bytes, archived as document %d (%s)%n", output, p.content().length, p.archiveId(), p.fileName());
            return ExitCodes.OK;
        } catch (ReportRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: cannot write " + output + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
