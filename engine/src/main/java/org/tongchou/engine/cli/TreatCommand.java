package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.prepare.OutlierTreatment;
import org.tongchou.engine.prepare.Treatment;
import org.tongchou.engine.prepare.TreatmentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "treat", mixinStandardHelpOptions = true,
        description = "COINr outlier treatment: skewness/kurtosis check, winsorisation, log fallback.")
final class TreatCommand extends TableCommand {
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
    protected void checkOptions() {
        requireAtLeast("--winmax", winMax, 0);
        requireOption(Double.isFinite(skew) && skew >= 0, "--skew", skew, "must be a finite number >= 0");
        requireFinite("--kurtosis", kurtosis);
    }

    @Override
    protected OutputTable compute(Dataset d) {
        TreatmentReport r = Treatment.apply(d, new OutlierTreatment(winMax, skew, kurtosis, fallback));
        if (report != null) {
            OutputTable t = reportTable(r);
            writeCsv(report, t.header(), t.rows());
        }
        err().println(r.winsorisedIndicators().size() + " indicator(s) winsorised " + r.winsorisedIndicators()
                + ", " + r.loggedIndicators().size() + " log-transformed " + r.loggedIndicators());
        return OutputTable.of(r.data(), in.idColumn());
    }

    /** Per indicator: points winsorised low and high, whether logged, skewness and kurtosis before and after. */
    static OutputTable reportTable(TreatmentReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (TreatmentReport.IndicatorOutcome o : r.outcomes()) {
            var c = o.outcome();
            rows.add(List.of(o.indicator(), String.valueOf(c.winsorisedLow()), String.valueOf(c.winsorisedHigh()),
                    String.valueOf(c.logged()), OutputTable.num(c.skewBefore()), OutputTable.num(c.kurtBefore()),
                    OutputTable.num(c.skewAfter()), OutputTable.num(c.kurtAfter())));
        }
        return new OutputTable(List.of("indicator", "winsorised_low", "winsorised_high", "logged",
                "skew_before", "kurtosis_before", "skew_after", "kurtosis_after"), rows);
    }
}
