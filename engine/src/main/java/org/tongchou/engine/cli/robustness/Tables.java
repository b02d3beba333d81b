package org.tongchou.engine.cli.robustness;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.cli.OutputTable;
import org.tongchou.engine.robustness.SensitivityIndex;
import org.tongchou.engine.robustness.SensitivityResult;
import org.tongchou.engine.robustness.UnitRankStatistics;

/** The CSV layouts of robustness results, COINr's column names. */
final class Tables {
    static final List<String> RANK_STATS = List.of("uCode", "Nominal", "Mean", "Median", "Q5", "Q95");
    static final List<String> SENSITIVITY = List.of("Variable", "Si", "STi", "Si_q5", "Si_q95", "STi_q5", "STi_q95");

    private Tables() {
    }

    static List<List<String>> rankStats(List<UnitRankStatistics> stats) {
        List<List<String>> rows = new ArrayList<>(stats.size());
        for (UnitRankStatistics s : stats) {
            rows.add(List.of(s.unit(), OutputTable.num(s.nominal()), OutputTable.num(s.mean()), OutputTable.num(s.median()),
                    OutputTable.num(s.q5()), OutputTable.num(s.q95())));
        }
        return rows;
    }

    static List<List<String>> sensitivity(SensitivityResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (SensitivityIndex i : r.indices()) {
            rows.add(List.of(i.input(), OutputTable.num(i.si()), OutputTable.num(i.sti()), OutputTable.num(i.siLower()),
                    OutputTable.num(i.siUpper()), OutputTable.num(i.stiLower()), OutputTable.num(i.stiUpper())));
        }
        return rows;
    }

    /** Unit, Nominal, r_1 … r_K (COINr's {@code Ranks} layout). */
    static List<String> rankHeader(int replications) {
        List<String> h = new ArrayList<>(replications + 2);
        h.add("uCode");
        h.add("Nominal");
        for (int k = 1; k <= replications; k++) h.add("r_" + k);
        return h;
    }

    static List<List<String>> rankRows(List<String> units, double[] nominal, double[][] ranks) {
        List<List<String>> rows = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            List<String> r = new ArrayList<>(ranks[u].length + 2);
            r.add(units.get(u));
            r.add(OutputTable.num(nominal[u]));
            for (double v : ranks[u]) r.add(OutputTable.num(v));
            rows.add(r);
        }
        return rows;
    }
}
