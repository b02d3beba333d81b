package org.tongchou.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.pipeline.CompositePipeline;
import org.tongchou.engine.pipeline.NodeWeights;
import org.tongchou.engine.pipeline.PipelineConfig;
import org.tongchou.engine.pipeline.PipelineFile;
import org.tongchou.engine.pipeline.PipelineResult;
import org.tongchou.engine.prepare.TreatmentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "Run a whole composite-indicator pipeline (denominate, impute, screen, treat, normalise, "
                + "aggregate) from a pipeline file; writes every stage, the treatment report and the index with ranks.")
final class PipelineCommand extends EngineCommand {
    @Option(names = "--config", required = true, paramLabel = "PIPELINE.properties", description = "Pipeline file (see docs/coinr-example.md).")
    Path config;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder (created; files replaced).")
    Path outDir;

    @Override
    protected void checkOptions() {
        requireOption(!Files.isRegularFile(outDir), "-o", outDir, "is a file; the pipeline writes a folder of files");
    }

    @Override
    protected void run() throws Exception {
        PipelineFile pf = PipelineFile.read(config);
        Framework f = FrameworkCsv.read(pf.framework());
        Dataset data = DatasetCsv.read(pf.data(), pf.idColumn(), pf.groups(), pf.ignore());
        PipelineConfig cfg = pf.weights() == null ? pf.config() : pf.config().withWeights(NodeWeights.read(pf.weights(), f));
        PipelineResult r = new CompositePipeline(f, data).run(cfg);
        // everything is computed before the first file is written
        Map<String, OutputTable> files = new LinkedHashMap<>();
        files.put("denominated.csv", OutputTable.of(r.denominated(), pf.idColumn()));
        files.put("imputed.csv", OutputTable.of(r.imputed(), pf.idColumn()));
        files.put("treated.csv", OutputTable.of(r.treated(), pf.idColumn()));
        files.put("normalised.csv", OutputTable.of(r.normalised(), pf.idColumn()));
        files.put("aggregated.csv", OutputTable.of(r.aggregated(), pf.idColumn()));
        files.put("treatment.csv", TreatCommand.reportTable(r.treatment()));
        files.put("index.csv", index(r, data, pf.idColumn()));
        Files.createDirectories(outDir);
        files.forEach((name, t) -> writeCsv(outDir.resolve(name), t.header(), t.rows()));
        TreatmentReport t = r.treatment();
        err().printf("%d units, %d indicators; %d screened out; %d winsorised, %d logged; wrote %s%n",
                data.unitCount(), f.indicatorCount(), r.screenedOut().size(), t.winsorisedIndicators().size(),
                t.loggedIndicators().size(), outDir);
    }

    private static OutputTable index(PipelineResult r, Dataset data, String id) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < data.unitCount(); i++) {
            rows.add(List.of(data.units().get(i), OutputTable.num(r.index()[i]), r.ranks()[i] == 0 ? "" : String.valueOf(r.ranks()[i])));
        }
        return new OutputTable(List.of(id, "Score", "Rank"), rows);
    }
}
