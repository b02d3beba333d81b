package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Duplicate detection of the import ({@link FirstRows}) and the split of the bulk COPY by partition. */
class FirstRowsTest {
    @Test
    void theDenseTableAndTheMapAgreeWithAPlainMap() {
        // 300 units × 40 columns; 9,000 keys of 12,000 possible: the table; 90 keys only: the map
        for (int puts : new int[] {9_000, 90}) {
            FirstRows rows = new FirstRows(300, 40, puts);
            java.util.Map<Long, Integer> expected = new java.util.HashMap<>();
            SplittableRandom rnd = new SplittableRandom(puts);
            for (int i = 0; i < puts; i++) {
                int unit = rnd.nextInt(300);
                int column = rnd.nextInt(40);
                Integer before = expected.putIfAbsent(unit * 40L + column, i);
                assertThat(rows.putIfAbsent(unit, column, i)).as("put %d", i).isEqualTo(before == null ? -1 : before);
            }
        }
    }

    @Test
    void keysOfAnyUnitAndColumnAreDistinct() {
        FirstRows rows = new FirstRows(2, 3, 1);
        assertThat(rows.putIfAbsent(0, 2, 7)).isEqualTo(-1);
        assertThat(rows.putIfAbsent(1, 0, 8)).as("unit 1 column 0 is not unit 0 column 3").isEqualTo(-1);
        assertThat(rows.putIfAbsent(0, 2, 9)).isEqualTo(7);
        assertThat(rows.putIfAbsent(1, 0, 10)).isEqualTo(8);
    }

    @Test
    void rowsAreSplitByPartitionKeepingTheirOrder() {
        StagedValues s = new StagedValues();
        int[] periods = {0, 1, 2, 0, 2, 1, 0};
        for (int i = 0; i < periods.length; i++) s.add(i + 2, 0, 0, periods[i], i, null, null);
        int[] target = {3, 0, 3}; // periods 0 and 2 in partition 3, period 1 in partition 0
        int[][] parts = BulkValueWriter.byPartition(new int[] {6, 5, 4, 3, 2, 1, 0}, s, target, 4);
        assertThat(parts[0]).containsExactly(5, 1);
        assertThat(parts[1]).isEmpty();
        assertThat(parts[2]).isEmpty();
        assertThat(parts[3]).containsExactly(6, 4, 3, 2, 0);
    }
}
