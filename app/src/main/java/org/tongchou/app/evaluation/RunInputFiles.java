package org.tongchou.app.evaluation;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.plan.PlanFileText;
import org.tongchou.engine.plan.PlanInputException;
import org.tongchou.engine.plan.PlanSpec;

/**
 * Stored runs of one plan as the files another engine of the same plan reads, in the layout of the Spark
 * job (docs/spark.md): {@code plan.properties} and {@code framework.csv} (the engine's plan file, written by
 * {@link PlanFileText} from the spec the runs evaluated: its groupings (the plan's group levels, named by the
 * level), its coupling model and its disparity weight included), {@code panel.csv} (the long-form panel:
 * {@code period,unit,indicator,value} and one column per grouping with the unit's group, every raw value the
 * runs evaluated: the tree's indicators, the coupling subsystems' and the disparity weight; a missing value
 * empty) and the stored figures the other engine's must equal: {@code results.csv}
 * ({@code period,unit,node,score,rank}: overall and dimension scores and ranks), and where the plan has them
 * {@code group-ranks.csv} ({@code period,unit,node,grouping,group,rank}), {@code theil.csv}
 * ({@code period,subject,grouping,total,between,within}) and {@code coupling.csv}
 * ({@code period,unit,u_urban,u_rural,coupling,development,coordination,coord_class}). Numbers are written
 * exactly ({@link Double#toString}); rows in period, unit and indicator order; every file by {@link CsvTable#write}.
 *
 * @param files the files by name, in the order they are written
 */
record RunInputFiles(Map<String, String> files) {
    static final String PLAN = "plan.properties";
    static final String FRAMEWORK = "framework.csv";
    static final String PANEL = "panel.csv";
    static final String RESULTS = "results.csv";
    static final String GROUP_RANKS = "group-ranks.csv";
    static final String THEIL = "theil.csv";
    static final String COUPLING = "coupling.csv";

    RunInputFiles {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** One stored run: what it is, the spec and data it evaluated, what it stored. */
    record Run(RunInfo info, PlanSpec spec, Dataset data, RunResult result, RunGroups groups) {
    }

    /** @throws PlanException when the runs are of several plans, or their plan is one a plan file cannot say */
    static RunInputFiles of(List<Run> runs) {
        if (runs.isEmpty()) throw new PlanException("", List.of("no run given"));
        Run first = runs.get(0);
        List<String> groupings = first.data().groupings().stream().map(Grouping::name).toList();
        PlanFileText text = text(first, groupings);
        List<List<String>> panel = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        List<List<String>> groupRanks = new ArrayList<>();
        List<List<String>> theil = new ArrayList<>();
        List<List<String>> coupling = new ArrayList<>();
        Set<String> periods = new HashSet<>();
        List<Run> sorted = new ArrayList<>(runs);
        sorted.sort(Comparator.comparing(r -> r.info().period().code()));
        for (Run r : sorted) {
            String period = r.info().period().code();
            if (!r.info().planCode().equals(first.info().planCode()) || !text(r, groupings).equals(text)) {
                throw new PlanException(r.info().planCode(), List.of("run " + r.info().id() + " is not of the plan of run " + first.info().id()));
            }
            if (!periods.add(period)) throw new PlanException(r.info().planCode(), List.of("two runs of period " + period));
            Dataset d = r.data();
            List<String> units = d.units();
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) order.add(i);
            order.sort(Comparator.comparing(units::get));
            List<String> indicators = new ArrayList<>(d.indicators());
            indicators.sort(null);
            for (int i : order) {
                for (String ind : indicators) {
                    List<String> row = new ArrayList<>(List.of(period, units.get(i), ind, number(d.column(ind)[i])));
                    for (Grouping g : d.groupings()) row.add(g.labels().get(i));
                    panel.add(row);
                }
            }
            Set<String> ranked = new HashSet<>(r.spec().tree().dimensionCodes());
            Set<String> runUnits = new HashSet<>(units);
            List<List<String>> rows = new ArrayList<>();
            for (RunResult.UnitResult u : r.result().units()) {
                rows.add(List.of(period, u.code(), r.spec().tree().root(), number(u.score()), number(u.rank())));
                if (r.spec().coupling() != null) {
                    coupling.add(List.of(period, u.code(), number(u.uUrban()), number(u.uRural()), number(u.coupling()), number(u.development()),
                            number(u.coordination()), String.valueOf(u.coordClass())));
                }
            }
            for (RunResult.NodeScore s : r.result().scores()) {
                if (ranked.contains(s.node()) && runUnits.contains(s.unit())) rows.add(List.of(period, s.unit(), s.node(), number(s.score()), number(s.rank())));
            }
            rows.sort(Comparator.comparing((List<String> x) -> x.get(1)).thenComparing(x -> x.get(2)));
            results.addAll(rows);
            for (RunGroups.GroupRank g : r.groups().ranks()) {
                groupRanks.add(List.of(period, g.unit(), g.node(), g.level().name(), g.group(), number(g.rank())));
            }
            for (RunGroups.TheilSplit t : r.groups().splits()) {
                theil.add(List.of(period, t.subject(), t.level().name(), number(t.total()), number(t.between()), number(t.within())));
            }
        }
        coupling.sort(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)));
        groupRanks.sort(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)).thenComparing(x -> x.get(2))
                .thenComparing(x -> x.get(3)));
        theil.sort(Comparator.comparing((List<String> x) -> x.get(0)).thenComparing(x -> x.get(1)).thenComparing(x -> x.get(2)));
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PLAN, text.plan());
        files.put(FRAMEWORK, text.framework());
        List<String> panelHeader = new ArrayList<>(List.of("period", "unit", "indicator", "value"));
        panelHeader.addAll(groupings);
        files.put(PANEL, csv(panelHeader, panel));
        files.put(RESULTS, csv(List.of("period", "unit", "node", "score", "rank"), results));
        if (!groupings.isEmpty()) {
            files.put(GROUP_RANKS, csv(List.of("period", "unit", "node", "grouping", "group", "rank"), groupRanks));
            files.put(THEIL, csv(List.of("period", "subject", "grouping", "total", "between", "within"), theil));
        }
        if (first.spec().coupling() != null) {
            files.put(COUPLING, csv(List.of("period", "unit", "u_urban", "u_rural", "coupling", "development", "coordination", "coord_class"),
                    coupling));
        }
        return new RunInputFiles(files);
    }

    private static PlanFileText text(Run r, List<String> groupings) {
        try {
            return PlanFileText.of(r.spec(), groupings, FRAMEWORK);
        } catch (PlanInputException e) {
            throw new PlanException(r.info().planCode(), e.problems());
        }
    }

    /** The values of the panel (the number of its rows). */
    long values() {
        return files.get(PANEL).lines().count() - 1;
    }

    /** Writes the files into {@code dir} (made if absent; files of the same names replaced), each whole or not at all. */
    void write(Path dir) {
        files.forEach((name, text) -> CsvTable.writeTextAtomically(dir.resolve(name), text));
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        StringWriter w = new StringWriter();
        CsvTable.write(w, header, rows);
        return w.toString();
    }

    /** A number as it reads back exactly; a missing one empty. */
    private static String number(double d) {
        return Double.isNaN(d) ? "" : Double.toString(d);
    }
}
