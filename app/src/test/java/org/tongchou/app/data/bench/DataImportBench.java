package org.tongchou.app.data.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.app.data.DataImportService;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ImportOptions;
import org.tongchou.app.data.ImportProgress;
import org.tongchou.app.data.ImportReport;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.TestDatabaseConfig;

/**
 * Benchmark harness for the value import, run by {@code scripts/bench-data-import.sh} (never by the test
 * suite: the class name matches no surefire pattern). Generates a long-form CSV of
 * {@code bench.values} values (10 raw indicators × 10 years × as many village units as needed), imports
 * it into an empty database, then imports it again (every value unchanged). Prints RESULT lines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestDatabaseConfig.class)
class DataImportBench {
    static final String[] INDICATORS = {"resident_population", "urban_resident_population", "park_enterprises", "industrial_enterprises",
            "community_households", "rural_households", "gdp", "budget_revenue", "fixed_asset_investment", "built_up_area"};

    @Autowired
    DataImportService imports;
    @Autowired
    DataValueService values;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestDatabase db;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void importTenMillionValues() throws IOException {
        long n = Long.getLong("bench.values", 10_000_000L);
        String label = System.getProperty("bench.label", db.isPostgres() ? "postgresql" : "h2");
        int years = 10;
        int units = (int) Math.ceil(n / (double) (INDICATORS.length * years));
        db.truncateAll();
        indicators.invalidate();
        frameworks.loadDefaultIfEmpty();
        List<String> codes = units(units);
        Path file = Path.of("target", "bench", "values-" + n + ".csv");
        if (!Files.exists(file)) generate(file, codes, years, n);
        System.out.printf("file %s: %,d bytes%n", file, Files.size(file));

        for (String run : new String[] {"first (empty table)", "second (same file, all unchanged)"}) {
            long t0 = System.nanoTime();
            long[] mark = {t0};
            ImportReport r = imports.importFile(file, ImportOptions.defaults("bench"), new ImportProgress() {
                @Override
                public void phase(String name, long total) {
                    long now = System.nanoTime();
                    System.out.printf("  %-40s starts at %.1f s%n", name, (now - t0) / 1e9);
                    mark[0] = now;
                }

                @Override
                public void done(long done) {
                }
            });
            double s = (System.nanoTime() - t0) / 1e9;
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (!r.ok()) throw new AssertionError("benchmark file refused: " + r.problems().subList(0, Math.min(5, r.problems().size())));
            System.out.printf("RESULT db=%s run=%s values=%d inserted=%d updated=%d unchanged=%d seconds=%.2f values_per_second=%.0f load_average=%.1f%n", label, run,
                    r.values(), r.inserted(), r.updated(), r.unchanged(), s, r.values() / s, load);
        }
        System.out.printf("stored values: %,d, audit rows: %,d%n", values.count(), values.auditCount());
    }

    private List<String> units(int count) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        jdbc.update("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES ('320582000000', '张家港市', 'COUNTY', '县级市', NULL, ?)", from);
        Long city = jdbc.queryForObject("SELECT id FROM admin_unit WHERE code = '320582000000'", Long.class);
        List<String> codes = new ArrayList<>(count);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // synthetic 12-digit village codes under the city: 320582 + 3-digit town + 3-digit village
            String code = String.format("320582%03d%03d", 100 + i / 1000, i % 1000);
            codes.add(code);
            batch.add(new Object[] {code, "村" + i, city, from});
            if (batch.size() == 10_000 || i == count - 1) {
                jdbc.batchUpdate("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, 'VILLAGE', '村委会', ?, ?)", batch);
                batch.clear();
            }
        }
        return codes;
    }

    private static void generate(Path file, List<String> codes, int years, long n) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom rnd = new SplittableRandom(42);
        long written = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value\n");
            outer:
            for (String code : codes) {
                for (int y = 0; y < years; y++) {
                    for (String ind : INDICATORS) {
                        if (written++ == n) break outer;
                        w.write(code);
                        w.write(',');
                        w.write(ind);
                        w.write(',');
                        w.write(Integer.toString(2016 + y));
                        w.write(',');
                        w.write(Double.toString(Math.round(rnd.nextDouble(0, 1000) * 100) / 100.0));
                        w.write('\n');
                    }
                }
            }
        }
    }
}
