package org.tongchou.app.evaluation;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Many result rows of one kind (a run's node scores, gaps, obstacles or group ranks) packed column by column into a few
 * binary blocks, the rows of table {@code eval_result_block} (migration V153). A national township run has about
 * 4.8 million such rows; as table rows each cost a heap tuple and a primary-key entry on the server, about two thirds
 * of the run's time (docs/benchmarks.md "Province and nation on PostgreSQL"). As blocks they are a few tens of
 * megabytes written in a handful of statements, the same on H2 and PostgreSQL.
 *
 * <p>A block holds up to {@link #MAX_ROWS} rows ({@link Columns}: text columns and number columns). Its body, all
 * integers big-endian: the format version ({@link #VERSION}), the row count, the number of text columns and of number
 * columns; per text column its dictionary (the count of distinct values, then each as its UTF-8 length and bytes, -1
 * for null) and each row's dictionary index, either as is (mode 0: one int per row) or as runs (mode 1: the count of
 * runs, then per run its first index, the step between consecutive rows and its length), whichever is shorter; per
 * number column every row's IEEE 754 bits ({@link Double#doubleToLongBits}: a missing figure is NaN). Every double
 * reads back bit for bit; rows read back in the order written.
 */
final class ResultBlocks {
    /** The body format written now. */
    static final int VERSION = 1;
    /** Rows per block at most: a block's numbers stay a few tens of megabytes, whatever the run's size. */
    static final int MAX_ROWS = 1 << 20;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private ResultBlocks() {
    }

    /**
     * Rows of one kind, column by column: {@code texts[c][row]} and {@code numbers[c][row]} (NaN = missing); every
     * column has {@code rows} entries.
     */
    record Columns(int rows, String[][] texts, double[][] numbers) {
    }

    /** The rows {@code [from, to)} of {@code c} as one block's body. */
    static byte[] encode(Columns c, int from, int to) {
        int n = to - from;
        Out out = new Out(16 + n * (8 * c.numbers().length + 2));
        out.putInt(VERSION);
        out.putInt(n);
        out.putInt(c.texts().length);
        out.putInt(c.numbers().length);
        for (String[] col : c.texts()) {
            Map<String, Integer> ids = new HashMap<>();
            List<String> dict = new ArrayList<>();
            int[] index = new int[n];
            for (int i = 0; i < n; i++) {
                String v = col[from + i];
                Integer id = ids.get(v);
                if (id == null) {
                    id = dict.size();
                    ids.put(v, id);
                    dict.add(v);
                }
                index[i] = id;
            }
            out.putInt(dict.size());
            for (String v : dict) {
                if (v == null) {
                    out.putInt(-1);
                } else {
                    byte[] b = v.getBytes(StandardCharsets.UTF_8);
                    out.putInt(b.length);
                    out.put(b);
                }
            }
            ints(out, index);
        }
        for (double[] col : c.numbers()) {
            out.reserve(8 * n);
            for (int i = from; i < to; i++) out.putLongUnchecked(Double.doubleToLongBits(col[i]));
        }
        return out.bytes();
    }

    /** One block's rows, texts as dictionaries and indexes (the dictionary's strings shared by the rows). */
    record Block(int rows, String[][] dictionaries, int[][] indexes, double[][] numbers) {
        /** Text column {@code c} of every row. */
        String[] texts(int c) {
            String[] out = new String[rows];
            String[] d = dictionaries[c];
            int[] ix = indexes[c];
            for (int i = 0; i < rows; i++) out[i] = d[ix[i]];
            return out;
        }
    }

    /**
     * Reads a block's body.
     *
     * @throws IllegalStateException for a body this version cannot read (another format version, or cut short)
     */
    static Block decode(byte[] body) {
        In in = new In(body);
        int version = in.getInt();
        if (version != VERSION) throw new IllegalStateException("result block of format " + version + ": this version reads format " + VERSION);
        int n = in.getInt();
        if (n < 0 || n > MAX_ROWS) throw new IllegalStateException("result block of " + n + " rows: at most " + MAX_ROWS);
        int texts = in.getInt();
        int numbers = in.getInt();
        // every column takes at least a byte of the body: a count beyond that is no body this version wrote
        if (texts < 0 || numbers < 0 || texts + (long) numbers > body.length) {
            throw new IllegalStateException("result block of " + texts + " text and " + numbers + " number columns in " + body.length + " bytes");
        }
        String[][] dicts = new String[texts][];
        int[][] indexes = new int[texts][];
        for (int c = 0; c < texts; c++) {
            int size = in.getInt();
            // each entry takes at least its length's four bytes
            if (size < 0 || size > (body.length - in.pos) / 4) {
                throw new IllegalStateException("result block: a dictionary of " + size + " entries at byte " + in.pos + " of " + body.length);
            }
            String[] d = new String[size];
            for (int k = 0; k < d.length; k++) {
                int len = in.getInt();
                d[k] = len == -1 ? null : in.string(len); // -1 a null, any other negative length a cut-short body
            }
            dicts[c] = d;
            indexes[c] = readInts(in, n);
            for (int ix : indexes[c]) {
                if (ix < 0 || ix >= d.length) throw new IllegalStateException("result block: index " + ix + " outside its dictionary of " + d.length);
            }
        }
        in.need(8L * n * numbers);
        double[][] nums = new double[numbers][n];
        for (int c = 0; c < numbers; c++) {
            double[] col = nums[c];
            for (int i = 0; i < n; i++) col[i] = Double.longBitsToDouble(in.getLong());
        }
        if (in.pos != body.length) throw new IllegalStateException("result block: " + (body.length - in.pos) + " bytes after its last column");
        return new Block(n, dicts, indexes, nums);
    }

    /** An index column: as runs of equal steps when that is shorter, else one int per row. */
    private static void ints(Out out, int[] v) {
        int runs = 0;
        for (int i = 0; i < v.length; ) {
            i = runEnd(v, i);
            runs++;
        }
        if ((long) runs * 3 < v.length) {
            out.put((byte) 1);
            out.putInt(runs);
            for (int i = 0; i < v.length; ) {
                int end = runEnd(v, i);
                out.putInt(v[i]);
                out.putInt(end - i > 1 ? v[i + 1] - v[i] : 0);
                out.putInt(end - i);
                i = end;
            }
        } else {
            out.put((byte) 0);
            out.reserve(4 * v.length);
            for (int x : v) out.putIntUnchecked(x);
        }
    }

    /** The end (exclusive) of the run of equal steps starting at {@code i}. */
    private static int runEnd(int[] v, int i) {
        if (i + 1 >= v.length) return v.length;
        int step = v[i + 1] - v[i];
        int j = i + 1;
        while (j + 1 < v.length && v[j + 1] - v[j] == step) j++;
        return j + 1;
    }

    private static int[] readInts(In in, int n) {
        int[] out = new int[n];
        byte mode = in.get();
        if (mode == 0) {
            for (int i = 0; i < n; i++) out[i] = in.getInt();
            return out;
        }
        if (mode != 1) throw new IllegalStateException("result block: index column of mode " + mode);
        int runs = in.getInt();
        int i = 0;
        for (int r = 0; r < runs; r++) {
            int first = in.getInt();
            int step = in.getInt();
            int len = in.getInt();
            if (len < 1 || len > n - i) throw new IllegalStateException("result block: a run of " + len + " rows at row " + i + " of " + n);
            for (int k = 0; k < len; k++) out[i++] = first + k * step;
        }
        if (i != n) throw new IllegalStateException("result block: runs cover " + i + " of " + n + " rows");
        return out;
    }

    /**
     * The order in which to read rows back: sorted by each key in turn (the first most significant), ties in their
     * order. Each key gives every row a rank in {@code [0, bound)}; least significant first, a stable counting sort per
     * key (linear in the rows: the ranks come from sorting the dictionaries, not the rows).
     */
    static int[] order(int rows, int[][] keys, int[] bounds) {
        int[] perm = new int[rows];
        for (int i = 0; i < rows; i++) perm[i] = i;
        int[] next = new int[rows];
        for (int k = keys.length - 1; k >= 0; k--) {
            int[] key = keys[k];
            int[] count = new int[bounds[k] + 1];
            for (int i = 0; i < rows; i++) count[key[i] + 1]++;
            for (int b = 0; b < bounds[k]; b++) count[b + 1] += count[b];
            for (int i = 0; i < rows; i++) {
                int row = perm[i];
                next[count[key[row]]++] = row;
            }
            int[] t = perm;
            perm = next;
            next = t;
        }
        return perm;
    }

    /**
     * Every row's rank of its value of a text column in the order the database's {@code ORDER BY} gives codes
     * (ascending, null last), over the distinct values of all the part's rows; {@code bound[0]} receives the number of
     * ranks.
     */
    static int[] textRanks(String[] values, int[] bound) {
        Map<String, Integer> ids = new HashMap<>();
        int[] id = new int[values.length];
        List<String> distinct = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            Integer x = ids.get(values[i]);
            if (x == null) {
                x = distinct.size();
                ids.put(values[i], x);
                distinct.add(values[i]);
            }
            id[i] = x;
        }
        Integer[] byValue = new Integer[distinct.size()];
        for (int k = 0; k < byValue.length; k++) byValue[k] = k;
        Arrays.sort(byValue, (a, b) -> {
            String x = distinct.get(a);
            String y = distinct.get(b);
            if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
            return x.compareTo(y);
        });
        int[] rank = new int[byValue.length];
        for (int r = 0; r < byValue.length; r++) rank[byValue[r]] = r;
        for (int i = 0; i < id.length; i++) id[i] = rank[id[i]];
        bound[0] = byValue.length;
        return id;
    }

    /** Every row's rank of a number column (ascending, NaN — the database's null — last, equal numbers one rank). */
    static int[] numberRanks(double[] values, int[] bound) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || Double.compare(sorted[i], sorted[distinct - 1]) != 0) sorted[distinct++] = sorted[i];
        }
        double[] keys = Arrays.copyOf(sorted, distinct);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) out[i] = Arrays.binarySearch(keys, values[i]);
        bound[0] = distinct;
        return out;
    }

    /** A growing big-endian buffer. */
    private static final class Out {
        private byte[] buf;
        private int len;

        Out(int capacity) {
            buf = new byte[Math.max(64, capacity)];
        }

        void reserve(int more) {
            if (len + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }

        void put(byte b) {
            reserve(1);
            buf[len++] = b;
        }

        void put(byte[] b) {
            reserve(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void putInt(int v) {
            reserve(4);
            putIntUnchecked(v);
        }

        void putIntUnchecked(int v) {
            INT.set(buf, len, v);
            len += 4;
        }

        void putLongUnchecked(long v) {
            LONG.set(buf, len, v);
            len += 8;
        }

        byte[] bytes() {
            return len == buf.length ? buf : Arrays.copyOf(buf, len);
        }
    }

    /** Reads what {@link Out} wrote; reading past the end is a cut-short body. */
    private static final class In {
        private final byte[] buf;
        private int pos;

        In(byte[] buf) {
            this.buf = buf;
        }

        /** Fails unless {@code n} more bytes are left (no sum that could overflow). */
        private void need(long n) {
            if (n < 0 || n > buf.length - pos) throw new IllegalStateException("result block cut short at byte " + pos + " of " + buf.length);
        }

        byte get() {
            need(1);
            return buf[pos++];
        }

        int getInt() {
            need(4);
            int v = (int) INT.get(buf, pos);
            pos += 4;
            return v;
        }

        long getLong() {
            need(8);
            long v = (long) LONG.get(buf, pos);
            pos += 8;
            return v;
        }

        String string(int len) {
            need(len);
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }
    }
}
