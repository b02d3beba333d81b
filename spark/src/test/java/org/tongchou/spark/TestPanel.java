package org.tongchou.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.tongchou.engine.data.Grouping;

/**
 * A small seeded panel: units in provinces and prefectures, indicators i0..i7 and pop, for some periods;
 * as Spark rows and as the engine's tables (units in code order), so that a test gives both the same input.
 */
final class TestPanel {
    static final List<String> INDICATORS = List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "pop");
    final List<String> periods;
    final List<String> units = new ArrayList<>();
    final List<String> province = new ArrayList<>();
    final List<String> prefecture = new ArrayList<>();
    /** [period][indicator][unit] */
    final double[][][] values;

    TestPanel(long seed, int provinces, int prefecturesPerProvince, int unitsPerPrefecture, List<String> periods) {
        this.periods = periods;
        for (int p = 0; p < provinces; p++) {
            for (int f = 0; f < prefecturesPerProvince; f++) {
                for (int u = 0; u < unitsPerPrefecture; u++) {
                    units.add(String.format("%02d%02d%05d", 11 + p, 1 + f, u + 1));
                    province.add(String.format("%02d", 11 + p));
                    prefecture.add(String.format("%02d%02d", 11 + p, 1 + f));
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        values = new double[periods.size()][INDICATORS.size()][units.size()];
        for (int t = 0; t < periods.size(); t++) {
            for (int j = 0; j < INDICATORS.size(); j++) {
                for (int i = 0; i < units.size(); i++) {
                    values[t][j][i] = j == 8 ? 1000 + rng.nextInt(100_000) : 1 + rng.nextDouble() * 50 * (1 + i % 7) * (1 + j);
                }
            }
        }
    }

    static Path plan(String name) {
        try {
            return Path.of(TestPanel.class.getResource("/plans/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Dataset<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int t = 0; t < periods.size(); t++) {
            for (int j = 0; j < INDICATORS.size(); j++) {
                for (int i = 0; i < units.size(); i++) {
                    rows.add(RowFactory.create(periods.get(t), units.get(i), INDICATORS.get(j), values[t][j][i], province.get(i), prefecture.get(i)));
                }
            }
        }
        return LocalSpark.get().createDataFrame(rows, Panel.schema(List.of("province", "prefecture")));
    }

    /** Period t's table, of the units whose province is {@code onlyProvince} (null: all). */
    org.tongchou.engine.data.Dataset table(int t, String onlyProvince) {
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) if (onlyProvince == null || province.get(i).equals(onlyProvince)) keep.add(i);
        double[][] cols = new double[INDICATORS.size()][keep.size()];
        List<String> us = new ArrayList<>();
        List<String> pv = new ArrayList<>();
        List<String> pf = new ArrayList<>();
        for (int k = 0; k < keep.size(); k++) {
            int i = keep.get(k);
            us.add(units.get(i));
            pv.add(province.get(i));
            pf.add(prefecture.get(i));
            for (int j = 0; j < INDICATORS.size(); j++) cols[j][k] = values[t][j][i];
        }
        return new org.tongchou.engine.data.Dataset(us, INDICATORS, cols,
                List.of(new Grouping("province", pv), new Grouping("prefecture", pf)));
    }
}
