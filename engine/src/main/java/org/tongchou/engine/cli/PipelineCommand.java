package org.tongchou.engine.cli;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.NodeWeights;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.pipeline.PipelineFile;
import org.tongchou.engine.pipeline.PipelineResult;
import org.tongchou.engine.prepare.TreatmentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run a whole composite-indicator pipeline (denominate, impute, screen, treat, normalise, "
                + "aggregate) from a pipeline file; writes every stage, the treatment report and the index with ranks.")
final class PipelineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--config", required = true, paramLabel = "PIPELINE.properties", description = "Pipeline file (see docs/coinr-example.md).")
    Path config;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder (created; files replaced).")
    Path outDir;

    @Override
    public Integer call() throws Exception {
        PipelineFile pf = PipelineFile.read(config);
        Framework f = FrameworkCsv.read(pf.framework());
        Dataset data = DatasetCsv.read(pf.data(), pf.idColumn(), pf.groups(), pf.ignore());
        PipelineConfig cfg = pf.weights() == null ? pf.config() : pf.config().withWeights(NodeWeights.read(pf.weights(), f));
        PipelineResult r = new CompositePipeline(f, data).run(cfg);
        // everything is computed before the first file is written
        List<String[]> files = new ArrayList<>();
        files.add(new String[] {"denominated.csv", csv(r.denominated(), pf.idColumn())});
        files.add(new String[] {"imputed.csv", csv(r.imputed(), pf.idColumn())});
        files.add(new String[] {"treated.csv", csv(r.treated(), pf.idColumn())});
        files.add(new String[] {"normalised.csv", csv(r.normalised(), pf.idColumn())});
        files.add(new String[] {"aggregated.csv", csv(r.aggregated(), pf.idColumn())});
        files.add(new String[] {"treatment.csv", treatment(r.treatment())});
        files.add(new String[] {"index.csv", index(r, data, pf.idColumn())});
        Files.createDirectories(outDir);
        for (String[] fl : files) OutputOption.atomicWrite(outDir.resolve(fl[0]), fl[1]);
        TreatmentReport t = r.treatment();
        spec.commandLine().getErr().printf("%d units, %d indicators; %d screened out; %d winsorised, %d logged; wrote %s%n",
                data.unitCount(), f.indicatorCount(), r.screenedOut().size(), t.winsorisedIndicators().size(),
                t.loggedIndicators().size(), outDir);
        return 0;
    }

    private static String csv(Dataset d, String id) {
        StringWriter w = new StringWriter();
        DatasetCsv.write(d, id, w);
        return w.toString();
    }

    private static String treatment(TreatmentReport t) {
        List<List<String>> rows = new ArrayList<>();
        for (TreatmentReport.IndicatorOutcome o : t.outcomes()) {
            var c = o.outcome();
            rows.add(List.of(o.indicator(), String.valueOf(c.winsorisedLow()), String.valueOf(c.winsorisedHigh()),
                    String.valueOf(c.logged()), DatasetCsv.format(c.skewBefore()), DatasetCsv.format(c.kurtBefore()),
                    DatasetCsv.format(c.skewAfter()), DatasetCsv.format(c.kurtAfter())));
        }
        StringWriter w = new StringWriter();
        CsvTable.write(w, List.of("indicator", "winsorised_low", "winsorised_high", "logged", "skew_before",
                "kurtosis_before", "skew_after", "kurtosis_after"), rows);
        return w.toString();
    }

    private static String index(PipelineResult r, Dataset data, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < data.unitCount(); i++) {
            rows.add(List.of(data.units().get(i), DatasetCsv.format(r.index()[i]), r.ranks()[i] == 0 ? "" : String.valueOf(r.ranks()[i])));
        }
        StringWriter w = new StringWriter();
        CsvTable.write(w, List.of(id, "Score", "Rank"), rows);
        return w.toString();
    }

}
