package org.tongchou.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkCsv;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvProblem;
import org.tongchou.engine.io.CsvTable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where indicator directions come from: a directions file, a framework file, or "all more-is-better". */
final class DirectionOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--directions", paramLabel = "DIRS.csv",
                description = "CSV with columns indicator,direction (+1/-1, positive/negative).")
        Path directions;

        @Option(names = "--framework", paramLabel = "META.csv",
                description = "COINr-style framework (iCode, Direction, ...); its directions (and targets) are used.")
        Path framework;

        @Option(names = "--all-positive", description = "Every indicator is more-is-better.")
        boolean allPositive;
    }

    /** Signs aligned with the dataset's indicators; every indicator must have one. */
    double[] signs(Dataset d) {
        double[] s = new double[d.indicatorCount()];
        if (source.allPositive) {
            java.util.Arrays.fill(s, 1);
            return s;
        }
        Map<String, Double> known = new HashMap<>();
        String from;
        if (source.framework != null) {
            Framework f = FrameworkCsv.read(source.framework);
            for (FrameworkNode n : f.indicators()) known.put(n.code(), (double) n.direction().sign());
            from = source.framework.toString();
        } else {
            CsvTable t = CsvTable.read(source.directions);
            int ci = t.requireColumn("indicator");
            int cd = t.requireColumn("direction");
            List<CsvProblem> problems = new ArrayList<>();
            for (int r = 0; r < t.rows().size(); r++) {
                try {
                    known.put(t.rows().get(r).get(ci).trim(), (double) Direction.parse(t.rows().get(r).get(cd)).sign());
                } catch (EngineInputException e) {
                    problems.add(new CsvProblem(t.source(), t.line(r), "direction", e.getMessage()));
                }
            }
            if (!problems.isEmpty()) throw new CsvFormatException(problems);
            from = source.directions.toString();
        }
        List<String> missing = new ArrayList<>();
        for (int j = 0; j < s.length; j++) {
            Double v = known.get(d.indicators().get(j));
            if (v == null) missing.add(d.indicators().get(j)); else s[j] = v;
        }
        if (!missing.isEmpty()) {
            throw new CsvFormatException(List.of(new CsvProblem(from, 1, null, "no direction for indicator(s) " + missing)));
        }
        return s;
    }

    /** Whether the directions (and targets) come from a framework file. */
    boolean fromFramework() {
        return source.framework != null;
    }

    /** Targets from the framework file, aligned with the dataset's indicators (NaN where absent). */
    double[] targets(Dataset d) {
        if (source.framework == null) {
            throw new IllegalStateException("targets come from --framework; the command checks that it is given");
        }
        Framework f = FrameworkCsv.read(source.framework);
        double[] t = new double[d.indicatorCount()];
        for (int j = 0; j < t.length; j++) {
            t[j] = f.node(d.indicators().get(j)).map(FrameworkNode::target).orElse(Double.NaN);
        }
        return t;
    }
}
