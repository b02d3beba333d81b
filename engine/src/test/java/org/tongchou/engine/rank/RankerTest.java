package org.tongchou.engine.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.MissingPolicy;
import org.tongchou.engine.data.MissingValueException;

class RankerTest {
    private final List<String> units = List.of("a", "b", "c", "d");
    private final double[] scores = {0, 2, 3, 2};

    private double[] rank(RankOrder order, TiePolicy ties) {
        return new Ranker(order, ties, MissingPolicy.FAIL).rank(units, scores);
    }

    @Test
    void tiePoliciesMatchScipyRankdata() {
        // scipy.stats.rankdata docstring examples: rankdata([0, 2, 3, 2], method=...)
        assertThat(rank(RankOrder.ASCENDING, TiePolicy.AVERAGE)).as("scipy rankdata average").containsExactly(1, 2.5, 4, 2.5);
        assertThat(rank(RankOrder.ASCENDING, TiePolicy.MIN)).as("scipy rankdata min").containsExactly(1, 2, 4, 2);
        assertThat(rank(RankOrder.ASCENDING, TiePolicy.MAX)).as("scipy rankdata max").containsExactly(1, 3, 4, 3);
        assertThat(rank(RankOrder.ASCENDING, TiePolicy.DENSE)).as("scipy rankdata dense").containsExactly(1, 2, 3, 2);
        assertThat(rank(RankOrder.ASCENDING, TiePolicy.ORDINAL)).as("scipy rankdata ordinal").containsExactly(1, 2, 4, 3);
    }

    @Test
    void descendingMatchesPandasRankAscendingFalse() {
        // pandas Series([0, 2, 3, 2]).rank(ascending=False, method=...)
        assertThat(rank(RankOrder.DESCENDING, TiePolicy.MIN)).as("pandas rank min, descending").containsExactly(4, 2, 1, 2);
        assertThat(rank(RankOrder.DESCENDING, TiePolicy.AVERAGE)).as("pandas rank average, descending").containsExactly(4, 2.5, 1, 2.5);
        assertThat(rank(RankOrder.DESCENDING, TiePolicy.ORDINAL)).as("pandas rank first, descending").containsExactly(4, 2, 1, 3);
        assertThat(rank(RankOrder.DESCENDING, TiePolicy.DENSE)).as("pandas rank dense, descending").containsExactly(3, 2, 1, 2);
    }

    @Test
    void missingScores() {
        double[] s = {1, Double.NaN, 3};
        List<String> u = List.of("x", "y", "z");
        assertThatThrownBy(() -> Ranker.standard().rank(u, s)).isInstanceOf(MissingValueException.class).hasMessageContaining("'y'");
        assertThat(new Ranker(RankOrder.DESCENDING, TiePolicy.MIN, MissingPolicy.SKIP).rank(u, s))
                .as("pandas rank na_option='keep'").containsExactly(2, Double.NaN, 1);
        assertThat(new Ranker(RankOrder.DESCENDING, TiePolicy.MIN, MissingPolicy.PROPAGATE).rank(u, s))
                .containsExactly(Double.NaN, Double.NaN, Double.NaN);
        assertThat(Ranker.standard().rank(List.of(), new double[0])).isEmpty();
    }

    @Test
    void rankChangeMatchesUnitsById() {
        RankChange.Result r = RankChange.compare(List.of("a", "b", "new"), new double[] {1, 3, 2},
                List.of("b", "a", "gone"), new double[] {1, 2, 3});
        assertThat(r.rows()).containsExactly(
                new RankChange.Row("a", 1, 2, 1, RankChange.Status.CONTINUING),
                new RankChange.Row("b", 3, 1, -2, RankChange.Status.CONTINUING),
                new RankChange.Row("new", 2, Double.NaN, Double.NaN, RankChange.Status.NEW));
        assertThat(r.dropped()).containsExactly("gone");
    }
}
