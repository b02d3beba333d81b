package org.tongchou.engine.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.io.DatasetCsv;

/**
 * Weights for framework nodes from a CSV {@code indicator,weight} (the output of {@code engine weights};
 * the code may name any node: indicator, pillar, sub-index). Nodes not listed keep the framework's
 * weight. Unknown codes, duplicates and weights that are not numbers ≥ 0 are all reported at once.
 */
public final class NodeWeights {
    private NodeWeights() {
    }

    /**
     * @param file      a CSV {@code indicator,weight}
     * @param framework the framework whose nodes the codes name
     * @return weights of every node in {@link Framework#nodes()} order, for {@link PipelineConfig#withWeights}
     * @throws CsvFormatException listing every unknown code, duplicate and weight that is not a number >= 0
     */
    public static double[] read(Path file, Framework framework) {
        CsvTable t = CsvTable.read(file);
        int ci = t.requireColumn("indicator");
        int cw = t.requireColumn("weight");
        double[] w = framework.weights();
        boolean[] seen = new boolean[w.length];
        List<CsvProblem> problems = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            String code = t.rows().get(r).get(ci).trim();
            String text = t.rows().get(r).get(cw).trim();
            double v = DatasetCsv.parseNumber(text);
            if (framework.node(code).isEmpty()) {
                problems.add(new CsvProblem(t.source(), t.line(r), "indicator", "'" + code + "' is not a node of the framework"));
                continue;
            }
            int k = framework.indexOf(code);
            if (seen[k]) problems.add(new CsvProblem(t.source(), t.line(r), "indicator", "'" + code + "' is listed twice"));
            seen[k] = true;
            if (!(v >= 0) || Double.isInfinite(v)) {
                problems.add(new CsvProblem(t.source(), t.line(r), "weight", "'" + text + "' is not a number >= 0"));
            }
            w[k] = v;
        }
        if (!problems.isEmpty()) throw new CsvFormatException(problems);
        return w;
    }
}
