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

        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (String run : new String[] {"first (empty table)", "second (same file, all unchanged)"}) {
            java.util.Map<String, Double> threads0 = threadCpu();
            double pg0 = postgresCpuSeconds();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long[] mark = {t0};
            java.util.Map<String, Double>[] last = new java.util.Map[] {threads0};
            double[] lastPg = {pg0};
            long[] lastProc = {cpu0};
            ImportReport r = imports.importFile(file, ImportOptions.defaults("bench"), new ImportProgress() {
                @Override
                public void phase(String name, long total) {
                    long now = System.nanoTime();
                    System.out.printf("  %-40s starts at %.1f s (JVM CPU %.1f s so far)%n", name, (now - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9);
                    java.util.Map<String, Double> t = threadCpu();
                    double pg = postgresCpuSeconds();
                    long proc = os.getProcessCpuTime();
                    if (now > t0 + 50_000_000L) System.out.printf("    CPU (s) since the last stage:%s postgres=%.2f%n", cpuDiff(last[0], t, (proc - lastProc[0]) / 1e9), pg - lastPg[0]);
                    last[0] = t;
                    lastPg[0] = pg;
                    lastProc[0] = proc;
                    mark[0] = now;
                }

                @Override
                public void done(long done) {
                }
            });
            double s = (System.nanoTime() - t0) / 1e9;
            double jvmCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            double pgCpu = postgresCpuSeconds() - pg0;
            double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            if (!r.ok()) throw new AssertionError("benchmark file refused: " + r.problems().subList(0, Math.min(5, r.problems().size())));
            System.out.printf("RESULT db=%s run=%s values=%d inserted=%d updated=%d unchanged=%d seconds=%.2f values_per_second=%.0f load_average=%.1f"
                    + " jvm_cpu_seconds=%.1f postgres_cpu_seconds=%.1f%n", label, run,
                    r.values(), r.inserted(), r.updated(), r.unchanged(), s, r.values() / s, load, jvmCpu, pgCpu);
            long proc = os.getProcessCpuTime();
            java.util.Map<String, Double> t = threadCpu();
            System.out.printf("    CPU (s) of the last stage:%s postgres=%.2f%n", cpuDiff(last[0], t, (proc - lastProc[0]) / 1e9), pgCpu + pg0 - lastPg[0]);
            System.out.printf("  CPU (s) of the whole import by JVM thread:%s%n", cpuDiff(threads0, t, (proc - cpu0) / 1e9));
        }
        System.out.printf("stored values: %,d, audit rows: %,d%n", values.count(), values.auditCount());
    }

    /**
     * CPU seconds (user + system) used so far by the PostgreSQL server processes of this database's
     * client sessions (autovacuum workers left out), read from /proc (the server runs on this machine): a measure of the database's work
     * that, unlike wall time, does not depend on how loaded the shared machine is. NaN on H2.
     */
    private double postgresCpuSeconds() {
        if (!db.isPostgres()) return Double.NaN;
        double ticks = 0;
        // the import's own connections and their parallel workers; not autovacuum, which analyses the freshly loaded
        // table (ten partitions: ten samples) in the background and would be counted only when it happens to be running
        for (Integer pid : jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                + " AND backend_type IN ('client backend', 'parallel worker')", Integer.class)) {
            try {
                String stat = Files.readString(Path.of("/proc", pid.toString(), "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            } catch (IOException | RuntimeException e) {
                return Double.NaN;
            }
        }
        return ticks / 100.0; // USER_HZ
    }

    /**
     * The CPU seconds each kind of thread used between two {@link #threadCpu} readings (at least 0.05 s), and as
     * "ended" what threads that ended in between used (the import's reading thread): the process's total minus the rest.
     */
    private static String cpuDiff(java.util.Map<String, Double> a, java.util.Map<String, Double> b, double process) {
        StringBuilder by = new StringBuilder();
        double[] sum = {0};
        b.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e -> {
            double d = e.getValue() - a.getOrDefault(e.getKey(), 0.0);
            sum[0] += d;
            if (d >= 0.05) by.append(String.format(" %s=%.2f", e.getKey().equals("java") ? "main" : e.getKey().replace(' ', '_'), d));
        });
        if (process - sum[0] >= 0.05) by.append(String.format(" ended=%.2f", process - sum[0]));
        return by.toString();
    }

    /** CPU seconds of this JVM's threads (Java, compiler, GC) by thread name without its number, from /proc (Linux). */
    private static java.util.Map<String, Double> threadCpu() {
        java.util.Map<String, Double> out = new java.util.TreeMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path t : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[#0-9]+$", "").trim();
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.merge(name, (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private List<String> units(int count) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        jdbc.update("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES ('320582000000', '张家港市', 'COUNTY', '县级市', NULL, ?)", from);
        Long city = jdbc.queryForObject("SELECT id FROM admin_unit WHERE code = '320582000000'", Long.class);
        List<String> codes = new ArrayList<>(count);
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // synthetic 12-digit unit codes under the city: 320582 + 6 digits; township units, because the default
            // framework declares half of the benchmark's indicators for townships and above (not villages)
            String code = String.format("320582%03d%03d", 100 + i / 1000, i % 1000);
            codes.add(code);
            batch.add(new Object[] {code, "村" + i, city, from});
            if (batch.size() == 10_000 || i == count - 1) {
                jdbc.batchUpdate("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, 'TOWNSHIP', '镇', ?, ?)", batch);
                batch.clear();
            }
        }
        return codes;
    }

    /** Writes the file through one byte buffer (ASCII only): about a second per million rows. */
    private static void generate(Path file, List<String> codes, int years, long n) throws IOException {
        Files.createDirectories(file.getParent());
        SplittableRandom rnd = new SplittableRandom(42);
        long written = 0;
        byte[][] ind = new byte[INDICATORS.length][];
        for (int i = 0; i < ind.length; i++) ind[i] = ("," + INDICATORS[i] + ",").getBytes(StandardCharsets.US_ASCII);
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write("unit,indicator,period,value\n".getBytes(StandardCharsets.US_ASCII));
            StringBuilder b = new StringBuilder(64);
            outer:
            for (String code : codes) {
                byte[] unit = code.getBytes(StandardCharsets.US_ASCII);
                for (int y = 0; y < years; y++) {
                    for (byte[] i : ind) {
                        if (written++ == n) break outer;
                        b.setLength(0);
                        long cents = Math.round(rnd.nextDouble(0, 1000) * 100);
                        b.append(2016 + y).append(',').append(cents / 100).append('.').append((char) ('0' + cents % 100 / 10)).append((char) ('0' + cents % 10))
                                .append('\n');
                        out.write(unit);
                        out.write(i);
                        for (int k = 0; k < b.length(); k++) out.write(b.charAt(k));
                    }
                }
            }
        }
    }
}
