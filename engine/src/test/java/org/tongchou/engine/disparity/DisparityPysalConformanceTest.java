package org.tongchou.engine.disparity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Grouping;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.io.DatasetCsv;
import org.tongchou.engine.testing.ReferenceData;

/**
 * Conformance with PySAL's inequality tests on the Mexico data (github pysal/inequality,
 * inequality/tests/test_theil.py and test_gini.py; numpy assert_almost_equal, i.e. 1.5e-7).
 */
class DisparityPysalConformanceTest {
    private static final double PYSAL_TOL = 1.5e-7;
    private Dataset mexico;
    private final Disparity disparity = new Disparity(MissingPolicy.FAIL);

    @BeforeEach
    void load() {
        Path file = ReferenceData.require("inequality/mexico.csv");
        mexico = DatasetCsv.read(file, "State", Set.of("hanson98"), Set.of());
    }

    private double[] decade(int year) {
        return mexico.column("pcgdp" + year);
    }

    @Test
    void theilTMatchesPysalTheil() {
        double[] expected = {0.20894344, 0.15222451, 0.10472941, 0.10194725, 0.09560113, 0.10511256, 0.10660832};
        for (int k = 0; k < 7; k++) {
            int year = 1940 + 10 * k;
            assertThat(disparity.theil("pcgdp" + year, mexico.units(), decade(year), null, TheilIndex.T))
                    .as("PySAL test_theil.py TestTheil, Theil T %d", year)
                    .isCloseTo(expected[k], within(PYSAL_TOL));
        }
    }

    @Test
    void theilBetweenGroupsMatchesPysalTheilD() {
        double[] expectedBg = {0.0345889, 0.02816853, 0.05260921, 0.05931219, 0.03205257, 0.02963731, 0.03635872};
        double[] expectedT = {0.20894344, 0.15222451, 0.10472941, 0.10194725, 0.09560113, 0.10511256, 0.10660832};
        Grouping regions = mexico.grouping("hanson98").orElseThrow();
        for (int k = 0; k < 7; k++) {
            int year = 1940 + 10 * k;
            TheilDecomposition d = disparity.theilDecomposition("pcgdp" + year, mexico.units(), decade(year), null, regions, TheilIndex.T);
            assertThat(d.between()).as("PySAL test_theil.py TestTheilD, bg %d (regimes hanson98)", year)
                    .isCloseTo(expectedBg[k], within(PYSAL_TOL));
            assertThat(d.total()).as("PySAL TheilD: bg + wg = Theil T, %d", year).isCloseTo(expectedT[k], within(PYSAL_TOL));
            assertThat(d.within()).as("PySAL TheilD wg = T - bg, %d", year)
                    .isCloseTo(expectedT[k] - expectedBg[k], within(2 * PYSAL_TOL));
        }
    }

    @Test
    void giniMatchesPysalGini() {
        assertThat(disparity.gini("pcgdp1940", mexico.units(), decade(1940), null, GiniCorrection.NONE))
                .as("PySAL test_gini.py TestGini, Gini 1940").isCloseTo(0.35372371173452849, within(PYSAL_TOL));
        assertThat(disparity.gini("pcgdp1940", mexico.units(), decade(1940), null, GiniCorrection.SMALL_SAMPLE))
                .as("PySAL Gini 1940 x n/(n-1), n = 32 (R ineq Gini corr=TRUE definition)")
                .isCloseTo(0.35372371173452849 * 32 / 31, within(PYSAL_TOL));
    }

    @Test
    void coefficientOfVariationMatchesNumpy() {
        // numpy 2.4.6: y.std(ddof=0)/y.mean() and y.std(ddof=1)/y.mean() on mexico.csv pcgdp1940
        assertThat(disparity.coefficientOfVariation("pcgdp1940", mexico.units(), decade(1940), null, Variance.POPULATION))
                .as("numpy std(ddof=0)/mean, pcgdp1940").isCloseTo(0.7085205527820183, within(1e-12));
        assertThat(disparity.coefficientOfVariation("pcgdp1940", mexico.units(), decade(1940), null, Variance.SAMPLE))
                .as("numpy std(ddof=1)/mean, pcgdp1940").isCloseTo(0.7198576014844921, within(1e-12));
    }

    @Test
    void theilLMatchesMeanLogDeviation() {
        // numpy 2.4.6: np.mean(np.log(y.mean()/y)) on pcgdp1940
        assertThat(disparity.theil("pcgdp1940", mexico.units(), decade(1940), null, TheilIndex.L))
                .as("numpy mean log deviation, pcgdp1940").isCloseTo(0.20294891379900742, within(1e-12));
        TheilDecomposition d = disparity.theilDecomposition("pcgdp1940", mexico.units(), decade(1940), null,
                mexico.grouping("hanson98").orElseThrow(), TheilIndex.L);
        assertThat(d.between() + d.within()).as("Theil L decomposition adds up (Shorrocks 1980)")
                .isCloseTo(0.20294891379900742, within(1e-12));
    }

    @Test
    void unitWeightsEqualUnweighted() {
        double[] ones = new double[mexico.unitCount()];
        java.util.Arrays.fill(ones, 1.0);
        assertThat(disparity.theil("pcgdp1940", mexico.units(), decade(1940), ones, TheilIndex.T))
                .as("population weights of 1 reproduce PySAL Theil T 1940").isCloseTo(0.20894344, within(PYSAL_TOL));
        assertThat(disparity.gini("pcgdp1940", mexico.units(), decade(1940), ones, GiniCorrection.NONE))
                .as("population weights of 1 reproduce PySAL Gini 1940").isCloseTo(0.35372371173452849, within(PYSAL_TOL));
    }

    @Test
    void populationWeightsEqualReplicatedUnits() {
        // Replication invariance (Cowell, Measuring Inequality, 3rd ed. 2011, ch. 3): a unit of population 2 is two
        // identical units of population 1, so weighted measures equal unweighted measures of the replicated data.
        List<String> u3 = List.of("a", "b", "c");
        List<String> u5 = List.of("a", "b1", "b2", "c1", "c2");
        double[] x = {1, 3, 10};
        double[] p = {1, 2, 2};
        double[] rep = {1, 3, 3, 10, 10};
        for (TheilIndex t : TheilIndex.values()) {
            assertThat(disparity.theil("x", u3, x, p, t)).as("replication invariance, Theil " + t)
                    .isCloseTo(disparity.theil("x", u5, rep, null, t), within(1e-14));
        }
        assertThat(disparity.gini("x", u3, x, p, GiniCorrection.NONE)).as("replication invariance, Gini")
                .isCloseTo(disparity.gini("x", u5, rep, null, GiniCorrection.NONE), within(1e-14));
        assertThat(disparity.coefficientOfVariation("x", u3, x, p, Variance.POPULATION)).as("replication invariance, CV")
                .isCloseTo(disparity.coefficientOfVariation("x", u5, rep, null, Variance.POPULATION), within(1e-14));
        Grouping g3 = new Grouping("g", List.of("A", "B", "B"));
        Grouping g5 = new Grouping("g", List.of("A", "B", "B", "B", "B"));
        TheilDecomposition dw = disparity.theilDecomposition("x", u3, x, p, g3, TheilIndex.T);
        TheilDecomposition du = disparity.theilDecomposition("x", u5, rep, null, g5, TheilIndex.T);
        assertThat(dw.between()).as("replication invariance, Theil T between").isCloseTo(du.between(), within(1e-14));
        assertThat(dw.within()).as("replication invariance, Theil T within").isCloseTo(du.within(), within(1e-14));
    }
}
