package org.tongchou.engine.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.tongchou.engine.data.InvalidInputException;

class AhpTest {
    // Saaty (2008), "Decision making with the analytic hierarchy process", Int. J. Services Sciences 1(1):
    // relative consumption of drinks in the US. Order: coffee, wine, tea, beer, soda, milk, water.
    static final double[][] DRINKS = drinks();

    static double[][] drinks() {
        String[] names = {"coffee", "wine", "tea", "beer", "soda", "milk", "water"};
        double[][] a = new double[7][7];
        for (int i = 0; i < 7; i++) a[i][i] = 1;
        Object[][] pairs = {
                {"coffee", "wine", 9.0}, {"coffee", "tea", 5.0}, {"coffee", "beer", 2.0}, {"coffee", "soda", 1.0},
                {"coffee", "milk", 1.0}, {"water", "coffee", 2.0}, {"water", "wine", 9.0}, {"water", "tea", 9.0},
                {"water", "beer", 3.0}, {"water", "soda", 2.0}, {"water", "milk", 3.0}, {"tea", "wine", 3.0},
                {"beer", "wine", 9.0}, {"beer", "tea", 3.0}, {"beer", "milk", 1.0}, {"soda", "wine", 9.0},
                {"soda", "tea", 4.0}, {"soda", "beer", 2.0}, {"soda", "milk", 2.0}, {"milk", "wine", 9.0},
                {"milk", "tea", 3.0}};
        java.util.List<String> idx = java.util.List.of(names);
        for (Object[] p : pairs) {
            int i = idx.indexOf(p[0]), j = idx.indexOf(p[1]);
            a[i][j] = (double) p[2];
            a[j][i] = 1 / (double) p[2];
        }
        return a;
    }

    @Test
    void eigenvectorReproducesSaatysDrinksExample() {
        AhpResult r = Ahp.priorities(DRINKS, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980);
        double[] expected = {0.1775, 0.0191, 0.0418, 0.1164, 0.1896, 0.1288, 0.3268};
        for (int i = 0; i < expected.length; i++) {
            assertThat(r.priorities()[i]).as("AHPy test_drinks_weights_precision_4 (Saaty 2008), item " + i)
                    .isCloseTo(expected[i], within(5e-5));
        }
        assertThat(r.cr()).as("AHPy test_drinks_cr_saaty: CR 0.022 with Saaty's RI").isCloseTo(0.022, within(5e-4));
        assertThat(r.acceptable()).isTrue();
        assertThat(r.lambdaMax()).as("λmax = n + CI(n-1) ≥ n").isGreaterThan(7);
        assertThat(r.ci()).as("CI = CR · RI(7), Saaty RI 1.32").isCloseTo(r.cr() * 1.32, within(1e-12));
    }

    @Test
    void otherPriorityMethodsAreCloseOnAConsistentishMatrix() {
        AhpResult gm = Ahp.priorities(DRINKS, AhpMethod.GEOMETRIC_MEAN, RandomIndex.ALONSO_LAMATA_2006);
        AhpResult cn = Ahp.priorities(DRINKS, AhpMethod.COLUMN_NORMALISED, RandomIndex.ALONSO_LAMATA_2006);
        AhpResult ev = Ahp.priorities(DRINKS, AhpMethod.EIGENVECTOR, RandomIndex.ALONSO_LAMATA_2006);
        for (int i = 0; i < 7; i++) {
            assertThat(gm.priorities()[i]).as("geometric mean near eigenvector (CR 0.02)").isCloseTo(ev.priorities()[i], within(0.01));
            assertThat(cn.priorities()[i]).as("column-normalised near eigenvector (CR 0.02)").isCloseTo(ev.priorities()[i], within(0.01));
        }
        assertThat(ev.cr()).as("Alonso & Lamata RI(7) = 1.3417").isCloseTo(ev.ci() / 1.3417, within(1e-12));
    }

    @Test
    void perfectlyConsistentMatrixHasZeroCrAndExactRatios() {
        // w = (4, 2, 1)/7 gives a_ij = w_i / w_j: every method must return w and λmax = n (Saaty 1980, Ch. 2)
        double[][] a = {{1, 2, 4}, {0.5, 1, 2}, {0.25, 0.5, 1}};
        for (AhpMethod m : AhpMethod.values()) {
            AhpResult r = Ahp.priorities(a, m, RandomIndex.SAATY_1980);
            assertThat(r.priorities()).as("consistent matrix, " + m).containsExactly(new double[] {4 / 7.0, 2 / 7.0, 1 / 7.0}, within(1e-12));
            assertThat(r.lambdaMax()).as("λmax = n, " + m).isCloseTo(3, within(1e-12));
            assertThat(r.cr()).as("CR = 0, " + m).isCloseTo(0, within(1e-12));
        }
    }

    @Test
    void badMatricesAreRefusedWithEveryProblem() {
        double[][] a = {{1, 2, -1}, {0.5, 2, 3}, {1, 0.2, 1}};
        assertThatThrownBy(() -> Ahp.priorities(a, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("a['item 1', 'item 3'] = -1.0")
                .hasMessageContaining("diagonal a['item 2', 'item 2'] = 2.0")
                .hasMessageContaining("a['item 2', 'item 3'] = 3.0 and a['item 3', 'item 2'] = 0.2 are not reciprocal");
        assertThatThrownBy(() -> Ahp.priorities(List.of("cost", "quality", "time"), a, AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980))
                .as("named items name the cells")
                .hasMessageContaining("a['cost', 'time'] = -1.0")
                .hasMessageContaining("a['quality', 'time'] = 3.0 and a['time', 'quality'] = 0.2 are not reciprocal");
        assertThatThrownBy(() -> Ahp.priorities(new double[0][0], AhpMethod.EIGENVECTOR, RandomIndex.SAATY_1980))
                .hasMessageContaining("at least one item");
    }

    @Test
    void randomIndexTables() {
        assertThat(RandomIndex.SAATY_1980.of(3)).as("Saaty 1980 RI(3)").isEqualTo(0.58);
        assertThat(RandomIndex.SAATY_1980.of(10)).as("Saaty 1980 RI(10)").isEqualTo(1.49);
        assertThat(RandomIndex.ALONSO_LAMATA_2006.of(3)).as("Alonso & Lamata 2006 RI(3)").isEqualTo(0.5247);
        assertThat(RandomIndex.ALONSO_LAMATA_2006.of(15)).as("Alonso & Lamata 2006 RI(15)").isEqualTo(1.5838);
        assertThatThrownBy(() -> RandomIndex.SAATY_1980.of(16)).hasMessageContaining("n = 1..15");
    }
}
