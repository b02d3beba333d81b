package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.prepare.OutlierTreatment;
import org.tongchou.engine.prepare.Treatment;
import org.tongchou.engine.prepare.TreatmentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "treat", mixinStandardHelpOptions = true,
        description = "COINr outlier treatment: skewness/kurtosis check, winsorisation, log fallback.")
final class TreatCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    final InputOptions in = new InputOptions();
    @Mixin
    final OutputOption out = new OutputOption();
    @Option(names = "--winmax", description = "Maximum winsorised points per indicator (default 5).")
    int winMax = 5;
    @Option(names = "--skew", description = "Absolute skewness threshold (default 2).")
    double skew = 2;
    @Option(names = "--kurtosis", description = "Kurtosis threshold (default 3.5).")
    double kurtosis = 3.5;
    @Option(names = "--fallback", description = "${COMPLETION-CANDIDATES} (default LOG_CT).")
    OutlierTreatment.Fallback fallback = OutlierTreatment.Fallback.LOG_CT;
    @Option(names = "--report", paramLabel = "REPORT.csv", description = "Per-indicator report: points winsorised low/high, logged, skewness and kurtosis before/after.")
    Path report;

    @Override
    public Integer call() {
        Dataset d = in.read();
        TreatmentReport r = Treatment.apply(d, new OutlierTreatment(winMax, skew, kurtosis, fallback));
        if (report != null) {
            List<List<String>> rows = new ArrayList<>();
            for (TreatmentReport.IndicatorOutcome o : r.outcomes()) {
                var c = o.outcome();
                rows.add(List.of(o.indicator(), String.valueOf(c.winsorisedLow()), String.valueOf(c.winsorisedHigh()),
                        String.valueOf(c.logged()), DatasetCsv.format(c.skewBefore()), DatasetCsv.format(c.kurtBefore()),
                        DatasetCsv.format(c.skewAfter()), DatasetCsv.format(c.kurtAfter())));
            }
            java.io.StringWriter w = new java.io.StringWriter();
            org.tongchou.engine.io.CsvTable.write(w, List.of("indicator", "winsorised_low", "winsorised_high", "logged",
                    "skew_before", "kurtosis_before", "skew_after", "kurtosis_after"), rows);
            OutputOption.atomicWrite(report, w.toString());
        }
        out.write(r.data(), in.idColumn(), spec.commandLine().getOut());
        spec.commandLine().getErr().println(r.winsorisedIndicators().size() + " indicator(s) winsorised " + r.winsorisedIndicators()
                + ", " + r.loggedIndicators().size() + " log-transformed " + r.loggedIndicators());
        return 0;
    }
}
