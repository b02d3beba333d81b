package org.tongchou.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.aggregate.AggregationMethod;
import org.tongchou.engine.aggregate.AggregationSpec;
import org.tongchou.engine.aggregate.TreeAggregator;
import org.tongchou.engine.aggregate.ZeroValues;
import org.tongchou.engine.coupling.CouplingCoordination;
import org.tongchou.engine.data.Dataset;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.data.EngineInputException;
import org.tongchou.engine.data.InvalidArgumentException;
import org.tongchou.engine.data.InvalidValueException;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;
import org.tongchou.engine.disparity.Disparity;
import org.tongchou.engine.disparity.TheilIndex;
import org.tongchou.engine.framework.Framework;
import org.tongchou.engine.framework.FrameworkNode;
import org.tongchou.engine.normalise.ConstantColumn;
import org.tongchou.engine.normalise.Goalposts;
import org.tongchou.engine.normalise.MinMax;
import org.tongchou.engine.normalise.Normalisation;
import org.tongchou.engine.normalise.SdType;
import org.tongchou.engine.normalise.ZScore;
import org.tongchou.engine.obstacle.ObstacleDegree;
import org.tongchou.engine.prepare.OutlierTreatment;
import org.tongchou.engine.prepare.Screening;
import org.tongchou.engine.rank.GapAnalysis;
import org.tongchou.engine.rank.IndicatorDimensions;
import org.tongchou.engine.rank.Ranker;
import org.tongchou.engine.robustness.Bootstrap;
import org.tongchou.engine.robustness.Quantiles;
import org.tongchou.engine.robustness.SaltelliDesign;
import org.tongchou.engine.topsis.Topsis;
import org.tongchou.engine.topsis.TopsisNormalisation;
import org.tongchou.engine.weights.Ahp;
import org.tongchou.engine.weights.AhpMethod;
import org.tongchou.engine.weights.CriticWeights;
import org.tongchou.engine.weights.EntropyWeights;
import org.tongchou.engine.weights.PcaWeights;
import org.tongchou.engine.weights.RandomIndex;
import org.tongchou.engine.weights.ZeroHandling;

/**
 * The library's error model: every argument is checked before use and refused with an
 * {@link InvalidArgumentException} naming the argument and its value; every data value a method cannot use
 * is refused with an {@link InvalidValueException} naming the unit, the indicator and the value; both are
 * {@link EngineInputException}s. No check lets an {@link ArrayIndexOutOfBoundsException} or a silent NaN through.
 */
class InputErrorsTest {
    private static final Dataset TOWNS = new Dataset(List.of("杨舍镇", "锦丰镇", "乐余镇"), List.of("gdp", "jobs"),
            new double[][] {{10, 20, 30}, {5, 3, 4}});

    private static void argument(ThrowingCallable call, String argument, String... message) {
        assertThatThrownBy(call).isInstanceOf(InvalidArgumentException.class).isInstanceOf(EngineInputException.class)
                .satisfies(e -> assertThat(((InvalidArgumentException) e).argument()).isEqualTo(argument))
                .hasMessageContaining("argument '" + argument + "' is ").hasMessageContaining(String.join("", message));
    }

    private static void value(ThrowingCallable call, String unit, String indicator, double v, String reason) {
        assertThatThrownBy(call).isInstanceOf(InvalidValueException.class).satisfies(e -> {
            InvalidValueException x = (InvalidValueException) e;
            assertThat(x.unit()).isEqualTo(unit);
            assertThat(x.indicator()).isEqualTo(indicator);
            assertThat(x.value()).isEqualTo(v);
        }).hasMessageContaining("unit '" + unit + "', indicator '" + indicator + "': value " + v).hasMessageContaining(reason);
    }

    @Test
    void rangesAndScalesOfNormalisers() {
        argument(() -> new MinMax(5, 1, ConstantColumn.FAIL), "range", "[5.0, 1.0]: min-max needs finite lower < upper");
        argument(() -> new MinMax(0, Double.POSITIVE_INFINITY, ConstantColumn.FAIL), "range");
        argument(() -> new ZScore(0, 0, SdType.SAMPLE, ConstantColumn.FAIL), "targetSd", "0.0: must be a positive finite number");
        argument(() -> new ZScore(Double.NaN, 1, SdType.SAMPLE, ConstantColumn.FAIL), "targetMean");
        argument(() -> new Goalposts(new double[] {0}, new double[] {1}, 0), "scale");
        argument(() -> new Goalposts(new double[] {0, 1}, new double[] {1}, 1), "upper", "2 lower and 1 upper goalposts");
        assertThatThrownBy(() -> Normalisation.apply(TOWNS, new double[] {1, -1}, new Goalposts(new double[] {0, 9}, new double[] {40, 2}, 1),
                MissingPolicy.FAIL)).hasMessageContaining("goalposts of indicator 'jobs': lower 9.0, upper 2.0");
        argument(() -> Normalisation.apply(TOWNS, new double[] {1}, new MinMax(0, 1, ConstantColumn.FAIL), MissingPolicy.FAIL),
                "signs", "1 directions for 2 indicators");
        argument(() -> Normalisation.apply(TOWNS, new double[] {1, 0}, new MinMax(0, 1, ConstantColumn.FAIL), MissingPolicy.FAIL),
                "signs", "the direction of 'jobs' is 0.0");
    }

    @Test
    void missingValuesAreNamedInTheArrayFormsToo() {
        double[][] out = new double[1][2];
        assertThatThrownBy(() -> Normalisation.apply(new double[][] {{1, Double.NaN}}, new double[] {1}, new MinMax(0, 1, ConstantColumn.FAIL),
                MissingPolicy.FAIL, new String[] {"gdp"}, List.of("A", "B"), out))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("unit 'B', indicator 'gdp'");
    }

    @Test
    void weightsAndTheirSums() {
        argument(() -> new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL).evaluate(TOWNS, new double[] {1},
                new Direction[] {Direction.POSITIVE, Direction.POSITIVE}), "weights", "1 weights and 2 directions for 2 criteria");
        argument(() -> new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL).evaluate(TOWNS, new double[] {0, 0},
                new Direction[] {Direction.POSITIVE, Direction.POSITIVE}), "weights", "all weights are 0");
        argument(() -> new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL).evaluate(TOWNS, new double[] {1, Double.NaN},
                new Direction[] {Direction.POSITIVE, Direction.POSITIVE}), "weights", "the weight of criterion 'jobs' is NaN");
        CouplingCoordination cc = new CouplingCoordination(MissingPolicy.FAIL);
        argument(() -> cc.compute(TOWNS, List.of("gdp", "jobs"), new double[] {0.5, 0.6}), "weights", "they sum to 1.1");
        argument(() -> cc.compute(TOWNS, List.of("gdp"), new double[] {1}), "subsystems", "at least 2 subsystems, got 1");
        argument(() -> cc.compute(TOWNS, List.of("gdp", "jobs"), new double[] {1.5, -0.5}), "weights",
                "the weight of subsystem 'jobs' is -0.5");
        IndicatorDimensions dims = IndicatorDimensions.flat(TOWNS.indicators());
        argument(() -> GapAnalysis.effectiveWeights(new double[] {1}, dims, new double[] {1, 1}), "indicatorWeights", "1 weights for 2 indicators");
        argument(() -> GapAnalysis.effectiveWeights(new double[] {1, 1}, dims, new double[] {0, 0}), "dimensionWeights",
                "the dimension weights sum to 0");
        argument(() -> new ObstacleDegree(1, MissingPolicy.FAIL).compute(new Dataset(List.of("A"), List.of("x", "y"),
                new double[][] {{0.5}, {0.2}}), new double[] {0, 0}, IndicatorDimensions.flat(List.of("x", "y"))),
                "factorWeights", "all factor weights are 0");
        argument(() -> new ObstacleDegree(0, MissingPolicy.FAIL), "ideal", "0.0: must be a positive finite number");
        argument(() -> EntropyWeights.compute(TOWNS, ZeroHandling.SHIFT, 0), "shift", "must be a positive finite number");
        argument(() -> CriticWeights.compute(TOWNS, new double[] {1, 2}, SdType.SAMPLE), "signs", "each direction must be +1 or -1");
    }

    @Test
    void countsThresholdsAndProbabilities() {
        argument(() -> new AggregationSpec(AggregationMethod.ARITHMETIC, 0, ZeroValues.FAIL), "minPresentChildren", "0: must be at least 1");
        argument(() -> new OutlierTreatment(-1, 2, 3.5, OutlierTreatment.Fallback.LOG_CT), "winMax", "-1: must be at least 0");
        argument(() -> new OutlierTreatment(5, Double.NaN, 3.5, OutlierTreatment.Fallback.LOG_CT), "skewThreshold");
        argument(() -> Screening.byAvailability(TOWNS, 1.5), "minShare", "1.5: must be in [0, 1]");
        argument(() -> SaltelliDesign.random(1, 2, new SplittableRandom(1)), "n", "needs N >= 2");
        argument(() -> new Bootstrap(0, 1, 0.05, 0.95), "replicates");
        argument(() -> new Bootstrap(10, 1, 0.9, 0.1), "bounds");
        argument(() -> Quantiles.type7(new double[] {1, 2}, 1.5), "p", "1.5");
        argument(() -> Ranker.standard().rank(List.of("A", "B"), new double[] {1}), "scores", "one score per unit (2 units)");
        argument(() -> new GapAnalysis(MissingPolicy.SKIP), "missing", "SKIP");
        argument(() -> Ahp.priorities(List.of("cost", "time"), new double[][] {{1, 2, 3}, {0.5, 1, 2}}, AhpMethod.EIGENVECTOR,
                RandomIndex.SAATY_1980), "a", "'a row of 3 entries for cost': the comparison matrix of 2 items needs 2 entries per row");
        argument(() -> Ahp.priorities(List.of("cost", "time", "risk"), new double[][] {{1, 2}, {0.5, 1}}, AhpMethod.EIGENVECTOR,
                RandomIndex.SAATY_1980), "a", "the comparison matrix of 3 items [cost, time, risk] needs 3 rows");
        argument(() -> RandomIndex.SAATY_1980.of(16), "n", "16: the random index SAATY_1980 is tabulated for n = 1..15");
    }

    @Test
    void shapesOfTheArrayForms() {
        Framework f = new Framework(List.of(new FrameworkNode("x", "x", 1, "I", 1, Direction.POSITIVE, null, Double.NaN),
                new FrameworkNode("I", "I", 2, null, 1, null, null, Double.NaN)));
        TreeAggregator agg = new TreeAggregator(f, AggregationSpec.arithmetic());
        argument(() -> agg.aggregate(new double[][] {{1, 2}, new double[2]}, new double[] {1}, null), "weights", "1 weights for 2 framework nodes");
        argument(() -> agg.aggregate(new double[][] {{1, 2}, new double[3]}, new double[] {1, 1}, null), "nodes",
                "every node needs 2 values");
        argument(() -> agg.aggregate(new double[][] {{1, 2}, new double[2]}, new double[] {-1, 1}, null), "weights",
                "the weight of node 'x' is -1.0");
        assertThatThrownBy(() -> EntropyWeights.compute(new double[][] {{1, 2}, {3}}, ZeroHandling.ZERO_LOG_ZERO, 0))
                .isInstanceOf(EngineInputException.class).hasMessageContaining("column 2 has 1 values, column 1 has 2");
    }

    @Test
    void dataValuesAreNamedByUnitIndicatorAndValue() {
        Dataset neg = new Dataset(List.of("A", "B"), List.of("gdp", "jobs"), new double[][] {{1, -3}, {2, 4}});
        value(() -> EntropyWeights.compute(neg, ZeroHandling.ZERO_LOG_ZERO, 0), "B", "gdp", -3, "is negative");
        value(() -> new Topsis(TopsisNormalisation.VECTOR, MissingPolicy.FAIL).evaluate(neg, new double[] {1, 1},
                new Direction[] {Direction.POSITIVE, Direction.POSITIVE}), "B", "gdp", -3, "vector normalisation needs non-negative data");
        value(() -> new CouplingCoordination(MissingPolicy.FAIL).compute(neg, List.of("gdp", "jobs"), new double[] {0.5, 0.5}),
                "B", "gdp", -3, "coupling needs scores in [0, 1]");
        value(() -> new ObstacleDegree(1, MissingPolicy.FAIL).compute(neg, new double[] {1, 1}, IndicatorDimensions.flat(neg.indicators())),
                "B", "gdp", -3, "is outside [0, 1.0]");
        Dataset zero = new Dataset(List.of("A", "B"), List.of("income"), new double[][] {{0, 4}});
        value(() -> new Disparity(MissingPolicy.FAIL).theil("income", zero.units(), zero.column(0), null, TheilIndex.L),
                "A", "income", 0, "makes Theil L infinite");
        assertThatThrownBy(() -> PcaWeights.compute(new Dataset(List.of("A", "B", "C"), List.of("gdp", "flat"),
                new double[][] {{1, 2, 3}, {5, 5, 5}}), PcaWeights.Matrix.CORRELATION))
                .hasMessageContaining("indicator 'flat' is constant (every value 5.0)");
        assertThatThrownBy(() -> CriticWeights.compute(new Dataset(List.of("A", "B"), List.of("gdp", "jobs"),
                new double[][] {{1, Double.NaN}, {2, 3}}), null, SdType.SAMPLE))
                .isInstanceOf(MissingValueException.class).hasMessageContaining("unit 'B', indicator 'gdp'");
        assertThat(new Topsis(TopsisNormalisation.MIN_MAX, MissingPolicy.SKIP).evaluate(TOWNS, new double[] {1, 1},
                new Direction[] {Direction.POSITIVE, Direction.NEGATIVE}).closeness()).doesNotContain(Double.NaN);
        assertThat(Optional.of(EntropyWeights.compute(TOWNS, ZeroHandling.ZERO_LOG_ZERO, 0))).get()
                .satisfies(w -> assertThat(w[0] + w[1]).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-12)));
    }
}
