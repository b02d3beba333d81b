package org.tongchou.engine.topsis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.InvalidInputException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

class TopsisTest {
    private static final Direction P = Direction.POSITIVE;
    private static final Direction N = Direction.NEGATIVE;

    private static Dataset rows(double[][] rows) {
        List<String> units = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) units.add("A" + i);
        List<String> crit = new java.util.ArrayList<>();
        for (int j = 0; j < rows[0].length; j++) crit.add("c" + j);
        return Dataset.fromRows(units, crit, rows);
    }

    @Test
    void vectorNormalisationReproducesTzengAndHuang() {
        // Tzeng & Huang (2011) Multiple Attribute Decision Making, CRC Press; encoded in scikit-criteria
        // tests/madm/test_similarity.py test_TOPSIS_tzeng2011multiple (atol 1e-4)
        Dataset d = rows(new double[][] {{5, 8, 4}, {7, 6, 8}, {8, 8, 6}, {7, 4, 6}});
        TopsisResult r = new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL)
                .evaluate(d, new double[] {0.3, 0.4, 0.3}, new Direction[] {P, P, P});
        assertThat(r.closeness()).as("Tzeng & Huang 2011 via scikit-criteria, similarity")
                .containsExactly(new double[] {0.5037, 0.6581, 0.7482, 0.3340}, within(1e-4));
    }

    @Test
    void noNormalisationReproducesScikitCriteria() {
        // scikit-criteria tests/madm/test_similarity.py test_TOPSIS: raw matrix, unit weights
        Dataset d = rows(new double[][] {{1, 0, 3}, {0, 5, 6}});
        TopsisResult r = new Topsis(TopsisNormalisation.NONE, MissingPolicy.FAIL)
                .evaluate(d, new double[] {1, 1, 1}, new Direction[] {P, P, P});
        assertThat(r.closeness()).as("scikit-criteria test_TOPSIS similarity")
                .containsExactly(new double[] {0.14639248, 0.85360752}, within(1e-8));
        assertThat(r.ideal()).as("scikit-criteria ideal").containsExactly(1, 5, 6);
        assertThat(r.antiIdeal()).as("scikit-criteria anti-ideal").containsExactly(0, 0, 3);
    }

    @Test
    void minMaxWithCostCriterionReproducesOpricovicAndTzeng() {
        // Opricovic & Tzeng (2004) EJOR 156(2):445-455, as encoded in pymcdm's tests (TestTOPSIS, min-max default,
        // types [-1, 1], results rounded to 3 decimals)
        Dataset d = rows(new double[][] {{1, 3000}, {2, 3750}, {5, 4500}});
        TopsisResult r = new Topsis(TopsisNormalisation.MIN_MAX, MissingPolicy.FAIL)
                .evaluate(d, new double[] {0.5, 0.5}, new Direction[] {N, P});
        assertThat(r.closeness()).as("Opricovic & Tzeng 2004 via pymcdm TestTOPSIS")
                .containsExactly(new double[] {0.500, 0.617, 0.500}, within(5e-4));
    }

    @Test
    void costIdealIsTheMinimumUnderVectorNormalisation() {
        // Same data as above with the cost criterion mirrored: vector TOPSIS must prefer the smaller value.
        Dataset d = rows(new double[][] {{1, 10}, {2, 10}, {5, 10}});
        TopsisResult r = new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL)
                .evaluate(d, new double[] {1, 1}, new Direction[] {N, P});
        assertThat(r.closeness()).as("constant criterion ignored; cost: 1 best (C=1), 5 worst (C=0)")
                .containsExactly(new double[] {1.0, 0.75, 0.0}, within(1e-12));
    }

    @Test
    void edgeCases() {
        Topsis t = new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL);
        Dataset constant = rows(new double[][] {{2, 3}, {2, 3}});
        assertThat(t.evaluate(constant, new double[] {1, 1}, new Direction[] {P, P}).closeness())
                .as("all criteria constant: D+ = D- = 0, closeness undefined").containsExactly(Double.NaN, Double.NaN);
        Dataset missing = rows(new double[][] {{1, Double.NaN}, {2, 3}, {3, 1}});
        assertThatThrownBy(() -> t.evaluate(missing, new double[] {1, 1}, new Direction[] {P, P}))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("'A0'").hasMessageContaining("'c1'");
        double[] c = new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.PROPAGATE)
                .evaluate(missing, new double[] {1, 1}, new Direction[] {P, P}).closeness();
        assertThat(c[0]).isNaN();
        assertThat(c[1]).isBetween(0.0, 1.0);
        TopsisResult skip = new Topsis(TopsisNormalisation.NONE, MissingPolicy.SKIP)
                .evaluate(missing, new double[] {1, 1}, new Direction[] {P, P});
        // SKIP: A0 is measured on c0 only: ideal 3, anti-ideal 1 -> D+ = 2, D- = 0
        assertThat(skip.closeness()[0]).as("SKIP leaves the missing cell out of A0's distances").isEqualTo(0.0);
        assertThat(skip.ideal()).as("ideals over present values").containsExactly(3, 3);
        assertThatThrownBy(() -> t.evaluate(rows(new double[][] {{-1}, {2}}), new double[] {1}, new Direction[] {P}))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("negative");
        Dataset empty = new Dataset(List.of(), List.of("c0"), new double[][] {{}});
        assertThat(t.evaluate(empty, new double[] {1}, new Direction[] {P}).closeness()).isEmpty();
    }
}
