package org.tongchou.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tongchou.app.units.UnitLevel;

/**
 * The column-block format of a run's results ({@link ResultBlocks}, {@link RunBlocks}) without a database: every value
 * reads back bit for bit (missing, infinite, negative zero, texts with nulls and characters outside the BMP), both forms
 * of an index column, rows read back in the order the former tables' {@code ORDER BY} gave them, and bodies this version
 * cannot read refused as {@link IllegalStateException} naming what is wrong, never another exception.
 */
class ResultBlocksTest {

    @Test
    void everyValueReadsBackBitForBit() {
        double[] odd = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300,
                Double.longBitsToDouble(0x7ff8000000000123L)};
        String[] texts = {"320582100000", null, "", "𠀋镇 \"x\", y", "320582100000", null, "a\nb", "é", "320582100000"};
        ResultBlocks.Columns c = new ResultBlocks.Columns(odd.length, new String[][] {texts}, new double[][] {odd});
        ResultBlocks.Block b = ResultBlocks.decode(ResultBlocks.encode(c, 0, odd.length));
        assertThat(b.rows()).isEqualTo(odd.length);
        assertThat(b.texts(0)).containsExactly(texts);
        for (int i = 0; i < odd.length; i++) {
            // a NaN of any payload reads back as the canonical NaN (doubleToLongBits), as a database null read back did
            assertThat(Double.doubleToLongBits(b.numbers()[0][i])).as("row %d", i).isEqualTo(Double.doubleToLongBits(odd[i]));
        }
    }

    @Test
    void aPartOfTheRowsIsOneBlockAndNoRowsAreABlockOfNone() {
        String[] units = {"a", "b", "c", "d", "e"};
        double[] x = {1, 2, 3, 4, 5};
        ResultBlocks.Columns c = new ResultBlocks.Columns(5, new String[][] {units}, new double[][] {x});
        ResultBlocks.Block b = ResultBlocks.decode(ResultBlocks.encode(c, 1, 4));
        assertThat(b.texts(0)).containsExactly("b", "c", "d");
        assertThat(b.numbers()[0]).containsExactly(2, 3, 4);
        ResultBlocks.Block none = ResultBlocks.decode(ResultBlocks.encode(c, 2, 2));
        assertThat(none.rows()).isZero();
        assertThat(none.texts(0)).isEmpty();
    }

    @Test
    void indexColumnsReadBackInBothForms() {
        // a unit repeated for each of its nodes and nodes cycling: runs of equal steps (mode 1); random codes: one int a row (mode 0)
        int n = 3000;
        String[] unit = new String[n];
        String[] node = new String[n];
        String[] scattered = new String[n];
        Random random = new Random(7);
        for (int i = 0; i < n; i++) {
            unit[i] = "32058210" + String.format("%04d", i / 20);
            node[i] = "n" + (i % 20);
            scattered[i] = "c" + random.nextInt(400);
        }
        ResultBlocks.Columns runs = new ResultBlocks.Columns(n, new String[][] {unit, node}, new double[0][]);
        ResultBlocks.Columns plain = new ResultBlocks.Columns(n, new String[][] {scattered}, new double[0][]);
        byte[] compact = ResultBlocks.encode(runs, 0, n);
        byte[] wide = ResultBlocks.encode(plain, 0, n);
        assertThat(compact.length).as("runs are shorter than an int a row").isLessThan(4 * n);
        assertThat(wide.length).as("one int a row").isGreaterThan(4 * n);
        ResultBlocks.Block a = ResultBlocks.decode(compact);
        assertThat(a.texts(0)).containsExactly(unit);
        assertThat(a.texts(1)).containsExactly(node);
        assertThat(ResultBlocks.decode(wide).texts(0)).containsExactly(scattered);
    }

    @Test
    void rowsReadBackInTheFormerTablesOrder() {
        Random random = new Random(11);
        List<RunResult.NodeScore> scores = new ArrayList<>();
        List<RunGroups.GroupRank> ranks = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            String unit = "3205821" + String.format("%05d", random.nextInt(100_000));
            for (String node : List.of("n2", "n10", "N1", "d_1", "d-1")) {
                scores.add(new RunResult.NodeScore(unit, node, random.nextDouble(), random.nextInt(5) == 0 ? Double.NaN : random.nextDouble(), u));
            }
            double rank = switch (random.nextInt(5)) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY; // stored missing, as the row table stored it
                default -> 1 + random.nextInt(4) + (random.nextBoolean() ? 0.5 : 0); // ties of a rank broken by unit
            };
            ranks.add(new RunGroups.GroupRank(random.nextBoolean() ? UnitLevel.COUNTY : UnitLevel.PREFECTURE, "d1", unit,
                    "3205" + random.nextInt(3) + "0000000", rank));
        }
        java.util.Collections.shuffle(scores, random);
        List<RunResult.NodeScore> read = RunBlocks.readScores(blocks(RunBlocks.scores(scores), 17));
        assertThat(read).isEqualTo(sorted(scores, Comparator.comparing(RunResult.NodeScore::unit).thenComparing(RunResult.NodeScore::node)));

        List<RunGroups.GroupRank> stored = ranks.stream().map(r -> Double.isInfinite(r.rank())
                ? new RunGroups.GroupRank(r.level(), r.node(), r.unit(), r.group(), Double.NaN) : r).toList();
        // level, node, group, rank (missing last), unit
        assertThat(RunBlocks.readGroupRanks(blocks(RunBlocks.groupRanks(ranks), 7))).isEqualTo(sorted(stored,
                Comparator.comparing((RunGroups.GroupRank g) -> g.level().name()).thenComparing(RunGroups.GroupRank::node)
                        .thenComparing(RunGroups.GroupRank::group).thenComparingDouble(RunGroups.GroupRank::rank)
                        .thenComparing(RunGroups.GroupRank::unit)));
    }

    @Test
    void ranksOfNumbersPutMissingLastAndEqualNumbersTogether() {
        int[] bound = new int[1];
        int[] r = ResultBlocks.numberRanks(new double[] {2, Double.NaN, 1, 2, Double.NEGATIVE_INFINITY}, bound);
        assertThat(r).containsExactly(2, 3, 1, 2, 0);
        assertThat(bound[0]).isEqualTo(4);
        int[] t = ResultBlocks.textRanks(new String[] {"b", null, "a", "b"}, bound);
        assertThat(t).containsExactly(1, 2, 0, 1);
        assertThat(bound[0]).isEqualTo(3);
    }

    @Test
    void bodiesThisVersionCannotReadAreRefusedNamingWhy() {
        ResultBlocks.Columns c = new ResultBlocks.Columns(3, new String[][] {{"a", "b", "a"}}, new double[][] {{1, 2, 3}});
        byte[] good = ResultBlocks.encode(c, 0, 3);

        byte[] otherVersion = good.clone();
        otherVersion[3] = 2;
        refused(otherVersion, "format 2");
        refused(Arrays.copyOf(good, good.length - 3), "cut short");
        refused(Arrays.copyOf(good, good.length + 1), "1 bytes after its last column");
        refused(new byte[0], "cut short");

        // header: version, rows, text columns, number columns
        refused(header(1, -1, 0, 0), "rows");
        refused(header(1, ResultBlocks.MAX_ROWS + 1, 0, 0), "rows");
        refused(header(1, 1, -1, 0), "columns");
        refused(header(1, 1, 0, -5), "columns");
        // a dictionary of more entries than the body has bytes for
        refused(ByteBuffer.allocate(20).putInt(1).putInt(1).putInt(1).putInt(0).putInt(Integer.MAX_VALUE).array(), "dictionary");
        // a text longer than the body
        refused(ByteBuffer.allocate(24).putInt(1).putInt(1).putInt(1).putInt(0).putInt(1).putInt(Integer.MAX_VALUE).array(), "cut short");
        // an index outside its dictionary, an index column of an unknown mode, runs that do not cover the rows
        refused(ByteBuffer.allocate(30).putInt(1).putInt(1).putInt(1).putInt(0).putInt(1).putInt(1).put((byte) 'a').put((byte) 0).putInt(1)
                .array(), "outside its dictionary");
        refused(ByteBuffer.allocate(26).putInt(1).putInt(1).putInt(1).putInt(0).putInt(1).putInt(1).put((byte) 'a').put((byte) 9).array(),
                "mode 9");
        refused(ByteBuffer.allocate(42).putInt(1).putInt(2).putInt(1).putInt(0).putInt(1).putInt(1).put((byte) 'a').put((byte) 1).putInt(1)
                .putInt(0).putInt(0).putInt(1).array(), "runs cover 1 of 2 rows");
        refused(ByteBuffer.allocate(42).putInt(1).putInt(1).putInt(1).putInt(0).putInt(1).putInt(1).put((byte) 'a').put((byte) 1).putInt(1)
                .putInt(0).putInt(0).putInt(2).array(), "a run of 2 rows");
    }

    @Test
    void blocksOfAnotherPartAreRefused() {
        ResultBlocks.Columns c = new ResultBlocks.Columns(1, new String[][] {{"a"}}, new double[][] {{1}});
        List<ResultBlocks.Block> one = List.of(ResultBlocks.decode(ResultBlocks.encode(c, 0, 1)));
        assertThatThrownBy(() -> RunBlocks.readScores(one)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 text and 1 number columns where 2 and 3 were expected");
    }

    private static void refused(byte[] body, String why) {
        assertThatThrownBy(() -> ResultBlocks.decode(body)).isInstanceOf(IllegalStateException.class).hasMessageContaining(why);
    }

    private static byte[] header(int version, int rows, int texts, int numbers) {
        return ByteBuffer.allocate(16).putInt(version).putInt(rows).putInt(texts).putInt(numbers).array();
    }

    /** The columns as blocks of at most {@code max} rows, each through its bytes, as RunBlocks stores and reads them. */
    private static List<ResultBlocks.Block> blocks(ResultBlocks.Columns c, int max) {
        List<ResultBlocks.Block> out = new ArrayList<>();
        for (int from = 0; from < c.rows(); from += max) out.add(ResultBlocks.decode(ResultBlocks.encode(c, from, Math.min(c.rows(), from + max))));
        return out;
    }

    private static <T> List<T> sorted(List<T> rows, Comparator<T> order) {
        List<T> out = new ArrayList<>(rows);
        out.sort(order);
        return out;
    }
}
