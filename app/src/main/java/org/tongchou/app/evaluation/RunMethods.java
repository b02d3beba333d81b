package org.tongchou.app.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.engine.plan.WeightDerivation;
import org.tongchou.engine.plan.WeightingTable;

/**
 * How a run's weights were obtained, table by table, as analysts read them in SPSSAU: for every set of
 * siblings the method and, per child, the final weight and the method's intermediate figures (entropy
 * e_j, d_j; CRITIC σ_j, conflict Σ(1 − r_jk), information C_j; the given or subjective and objective
 * weights of a combination); for AHP the matrix with λmax, CI, RI and CR. Figures a method does not have
 * are NaN.
 */
public record RunMethods(List<Table> tables) {
    public RunMethods {
        tables = List.copyOf(tables);
    }

    /**
     * @param node      the parent as users know it (the index, a dimension, a sub-dimension, a subsystem)
     * @param childKind {@code DIMENSIONS}, {@code GROUPS}, {@code INDICATORS} or {@code SUBSYSTEM_INDICATORS}
     * @param method    {@code EQUAL}, {@code FIXED}, {@code AHP}, {@code ENTROPY}, {@code CRITIC}, {@code COMBINED}, {@code SINGLE_CHILD}
     * @param ahp       the AHP matrix and its consistency (AHP, or COMBINED with a matrix), else null
     */
    public record Table(String node, String childKind, String method, List<Row> rows, Ahp ahp) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** One child: its final weight and the intermediate figures of the method. */
    public record Row(String child, double weight, double given, double entropy, double divergence, double sd, double conflict,
                      double information, double subjective, double objective) {
    }

    /** An AHP matrix (rows and columns in the order of the table's rows), λmax, CI, RI and CR. */
    public record Ahp(double[][] matrix, double lambdaMax, double ci, double ri, double cr) {
        public boolean acceptable() {
            return cr <= 0.10;
        }
    }

    /** The tables of an engine evaluation (the tree's, then the coupling subsystems'). */
    static RunMethods of(List<WeightingTable> tables) {
        List<Table> out = new ArrayList<>();
        for (WeightingTable t : tables) out.add(table(t));
        return new RunMethods(out);
    }

    private static Table table(WeightingTable t) {
        int n = t.children().size();
        double[] given = nan(n);
        double[] e = nan(n);
        double[] d = nan(n);
        double[] sd = nan(n);
        double[] conflict = nan(n);
        double[] info = nan(n);
        double[] subjective = nan(n);
        double[] objective = nan(n);
        Ahp ahp = null;
        WeightDerivation how = t.derivation();
        if (how instanceof WeightDerivation.Combined c) {
            subjective = c.subjectiveWeights();
            objective = c.objectiveWeights();
            e = c.objective().entropy();
            d = c.objective().divergence();
            how = c.subjective();
        }
        if (how instanceof WeightDerivation.Fixed f) given = f.given();
        if (how instanceof WeightDerivation.Entropy en) {
            e = en.entropy();
            d = en.divergence();
        }
        if (how instanceof WeightDerivation.Critic c) {
            sd = c.sd();
            conflict = c.conflict();
            info = c.information();
        }
        if (how instanceof WeightDerivation.Ahp a) {
            ahp = new Ahp(a.matrix(), a.result().lambdaMax(), a.result().ci(), a.randomIndex(), a.result().cr());
        }
        List<Row> rows = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            rows.add(new Row(t.children().get(j), t.weights()[j], given[j], e[j], d[j], sd[j], conflict[j], info[j], subjective[j], objective[j]));
        }
        return new Table(t.node(), t.childKind().name(), t.derivation().method().name(), rows, ahp);
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }
}
