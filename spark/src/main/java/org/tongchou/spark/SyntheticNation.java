package org.tongchou.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The national synthetic panel (deterministic, marked synthetic, not real figures): every township-level
 * unit (41,352) with 40 indicators annually, or every village-level unit (620,573) with 40 indicators
 * monthly, as the long-form {@link Panel} with the grouping columns {@code province}, {@code prefecture},
 * {@code county} and the partition column {@code year}. Generated on Spark, unit by unit, so that the
 * village panel (620,573 × 40 × 12 ≈ 298 million values a year) never passes through one machine's memory.
 *
 * <p>The hierarchy is synthetic with the real counts: the 31 provincial codes; the units of a level are
 * spread over the provinces in equal blocks; a township's code is {@code PPFFCCTTT} (province, prefecture
 * of 400 townships, county of 25), a village's adds three digits (about 15 villages a township). Values:
 * indicator {@code x01} is the resident population (a size of 500–150,000 by unit, growing 0–3 % a year),
 * {@code x02}–{@code x40} are levels in [1, 101) scaled by the unit's size for every fourth indicator, each
 * growing by its own rate with ±5 % noise per period; the same seed, level, units and periods give the same
 * values on any cluster. {@code sample} keeps every k-th unit (a sample spread over every province).
 *
 * @param level      the units
 * @param from       first year
 * @param to         last year
 * @param sample     keep every {@code sample}-th unit (1: all)
 * @param seed       the seed
 */
public record SyntheticNation(Level level, int from, int to, int sample, long seed) implements java.io.Serializable {
    /** The 31 provincial-level divisions' codes. */
    static final List<String> PROVINCES = List.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34",
            "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65");
    public static final int INDICATORS = 40;
    public static final long TOWNSHIPS = 41_352;
    public static final long VILLAGES = 620_573;
    public static final long DEFAULT_SEED = 20261207L;

    /** The level of the units and the periodicity of their data. */
    public enum Level {
        /** 41,352 township-level units, annual data */
        TOWNSHIP(TOWNSHIPS, 1),
        /** 620,573 village-level units, monthly data */
        VILLAGE(VILLAGES, 12);

        final long units;
        final int periodsPerYear;

        Level(long units, int periodsPerYear) {
            this.units = units;
            this.periodsPerYear = periodsPerYear;
        }
    }

    public SyntheticNation {
        if (to < from || to - from > 100) throw new IllegalArgumentException("years " + from + "–" + to + " are not a range of at most 100 years");
        if (sample < 1) throw new IllegalArgumentException("sample " + sample + " must be at least 1");
    }

    /** Units generated: every {@code sample}-th of the level's. */
    public long units() {
        return (level.units + sample - 1) / sample;
    }

    /** Values generated. */
    public long values() {
        return units() * INDICATORS * (long) (to - from + 1) * level.periodsPerYear;
    }

    /** The panel's schema: {@link Panel}'s columns, province, prefecture, county and year. */
    static final StructType SCHEMA = Panel.schema(List.of("province", "prefecture", "county")).add(Panel.YEAR, DataTypes.IntegerType, false);

    /** Indicator codes x01..x40. */
    public static List<String> indicators() {
        List<String> out = new ArrayList<>();
        for (int j = 1; j <= INDICATORS; j++) out.add(String.format(Locale.ROOT, "x%02d", j));
        return out;
    }

    /**
     * The panel as a Spark dataset (lazy; write it with {@link PanelSources#writeParquet}).
     *
     * @param spark      the session
     * @param partitions partitions of the generation (0: the session's default parallelism)
     */
    public Dataset<Row> generate(SparkSession spark, int partitions) {
        int parts = partitions > 0 ? partitions : spark.sparkContext().defaultParallelism();
        SyntheticNation me = this;
        return spark.range(0, units(), 1, parts)
                .flatMap((FlatMapFunction<Long, Row>) k -> me.rowsOf(k * me.sample).iterator(), Encoders.row(SCHEMA));
    }

    /** Every value of the unit with this position in the level's list. */
    List<Row> rowsOf(long position) {
        String unit = code(position);
        String province = unit.substring(0, 2);
        String prefecture = unit.substring(0, 4);
        String county = unit.substring(0, 6);
        SplittableRandom unitRng = new SplittableRandom(seed ^ (position * 0x9E3779B97F4A7C15L) ^ level.ordinal());
        double size = 500 + 149_500 * unitRng.nextDouble();
        double[] level0 = new double[INDICATORS];
        double[] growth = new double[INDICATORS];
        for (int j = 0; j < INDICATORS; j++) {
            level0[j] = j == 0 ? size : (1 + 100 * unitRng.nextDouble()) * (j % 4 == 0 ? size / 10_000 : 1);
            growth[j] = (j == 0 ? 0.03 : 0.06) * unitRng.nextDouble();
        }
        List<String> codes = indicators();
        int periods = (to - from + 1) * level.periodsPerYear;
        List<Row> out = new ArrayList<>(periods * INDICATORS);
        for (int t = 0; t < periods; t++) {
            int year = from + t / level.periodsPerYear;
            String period = level.periodsPerYear == 1 ? Integer.toString(year)
                    : String.format(Locale.ROOT, "%dM%02d", year, t % level.periodsPerYear + 1);
            SplittableRandom noise = new SplittableRandom(seed ^ (position * 0xC2B2AE3D27D4EB4FL) ^ ((long) t << 40) ^ level.ordinal());
            double years = (double) t / level.periodsPerYear;
            for (int j = 0; j < INDICATORS; j++) {
                double v = level0[j] * Math.pow(1 + growth[j], years) * (j == 0 ? 1 : 1 + 0.1 * (noise.nextDouble() - 0.5));
                out.add(new GenericRowWithSchema(new Object[] {period, unit, codes.get(j), Math.rint(v * 1e4) / 1e4, province, prefecture, county, year},
                        SCHEMA));
            }
        }
        return out;
    }

    /** The code of the unit at this position of the level's list ({@code PPFFCCTTT}, villages {@code PPFFCCTTTVVV}). */
    String code(long position) {
        long township = level == Level.TOWNSHIP ? position : position * TOWNSHIPS / VILLAGES;
        int p = (int) (township * PROVINCES.size() / TOWNSHIPS);
        long first = (p * TOWNSHIPS + PROVINCES.size() - 1) / PROVINCES.size();
        long k = township - first;
        String t = String.format(Locale.ROOT, "%s%02d%02d%03d", PROVINCES.get(p), k / 400 + 1, (k / 25) % 16 + 1, k % 25 + 1);
        if (level == Level.TOWNSHIP) return t;
        long firstVillage = (township * VILLAGES + TOWNSHIPS - 1) / TOWNSHIPS;
        return t + String.format(Locale.ROOT, "%03d", position - firstVillage + 1);
    }

    /**
     * A plan for the panel: the 40 indicators in 5 dimensions of 2 groups of 4, every fourth indicator
     * less-is-better, min-max, entropy weights within groups, equal groups and dimensions, arithmetic
     * mean; disparity weighted by the population ({@code x01}); groups province, prefecture, county.
     *
     * @return the plan file's text and its framework's
     */
    public static PlanSource plan() {
        StringBuilder fw = new StringBuilder("iCode,Level,Parent,Weight,Direction\n");
        List<String> codes = indicators();
        for (int j = 1; j < INDICATORS; j++) {
            fw.append(codes.get(j)).append(",1,g").append((j - 1) / 4 + 1).append(",1,").append(j % 4 == 3 ? -1 : 1).append('\n');
        }
        // x01 (population) is the weight of disparity, not part of the index; 39 indicators in 10 groups
        for (int g = 1; g <= 10; g++) fw.append("g").append(g).append(",2,d").append((g - 1) / 2 + 1).append(",1,1\n");
        for (int d = 1; d <= 5; d++) fw.append("d").append(d).append(",3,index,1,1\n");
        fw.append("index,4,,1,1\n");
        String plan = """
                # The national synthetic panel's plan (written by `tongchou spark generate`)
                framework = framework.csv
                groups = province, prefecture, county
                normalisation = minmax
                indicator-weighting = entropy
                group-weighting = equal
                aggregation = arithmetic
                disparity.weight = x01
                """;
        return new PlanSource("synthetic national plan", plan, fw.toString());
    }
}
