package org.tongchou.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataImportService;
import org.tongchou.app.data.ImportLayout;
import org.tongchou.app.data.ImportOptions;
import org.tongchou.app.data.ImportReport;
import org.tongchou.app.targets.TargetService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.engine.data.Direction;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.security.Installation;

/**
 * Loads the demo city: Zhangjiagang's real units from the national code lists with the 2021 split of
 * 金港镇 ({@link DemoUnits}) and synthetic data for 2016–2025 for every raw indicator of the framework
 * that has a demo feed ({@link DemoDataGenerator}, {@link DemoIndicatorMapping}). Values go through the
 * data feature's import (checked, audited); every value carries the source {@link #SYNTHETIC_SOURCE}.
 * Past years are approved; in {@link #TARGET_YEAR} a third of the towns are approved, a third submitted
 * and a third still drafts, so the review workflow has something to show. Targets for {@link #TARGET_YEAR}:
 * 6 % above the previous year's value for more-is-better indicators, 5 % below for less-is-better ones
 * (kept within the plausible range). Loading again changes nothing.
 */
@Service
public class DemoService {
    /** The source of every demo value: pages show it, and {@link #isSynthetic} tests for it. */
    public static final String SYNTHETIC_SOURCE = "synthetic demo data";
    public static final int FIRST_YEAR = CityFacts.FIRST_YEAR;
    public static final int TARGET_YEAR = CityFacts.LAST_YEAR;
    static final String USER = "demo";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoService.class);

    private final DemoUnits demoUnits;
    private final IndicatorService indicators;
    private final DataImportService imports;
    private final TargetService targets;
    private final ApplicationEventPublisher events;
    private final Installation installation;

    DemoService(DemoUnits demoUnits, IndicatorService indicators, DataImportService imports, TargetService targets,
            ApplicationEventPublisher events, Installation installation) {
        this.installation = installation;
        this.demoUnits = demoUnits;
        this.indicators = indicators;
        this.imports = imports;
        this.targets = targets;
        this.events = events;
    }

    /** Whether a stored value is demo data (pages flag it as synthetic). */
    public static boolean isSynthetic(DataValue v) {
        return SYNTHETIC_SOURCE.equals(v.source());
    }

    /** Whether the demo city's units are there. */
    public boolean loaded() {
        return demoUnits.present();
    }

    /**
     * Loads the demo city unless it is there; with {@code reload}, stores the generated values and
     * targets again even if the city is there (values changed since and not approved are restored).
     *
     * @throws DemoLoadException listing every problem when values cannot be stored
     * @throws org.tongchou.app.security.DemoRefusedException before anything is written, when the
     *         installation has users of its own and is no demo
     */
    public DemoSummary load(boolean reload) {
        long t0 = System.nanoTime();
        installation.becomeDemo(USER);
        if (demoUnits.present() && !reload) return new DemoSummary(true, 0, 0, 0, 0, 0, 0, 0);
        StageClock clock = new StageClock();
        DemoUnits.Result units = demoUnits.load();
        clock.stage("units and change events");
        Map<Integer, List<DemoTown>> layout = demoUnits.layout(FIRST_YEAR, TARGET_YEAR);
        DemoDataset data = new DemoDataGenerator().generate(layout, demoUnits.split());
        List<Indicator> fed = indicators.list().stream()
                .filter(i -> !i.derived() && DemoIndicatorMapping.feed(i.code()).isPresent()).toList();
        clock.stage("layout and generated data");
        long[] counts = storeValues(layout, data, fed);
        clock.stage("values");
        int targetCount = targets.setAll(targets(layout, data, fed), USER);
        clock.stage("targets");
        LOG.info("demo load stages (wall / CPU of the loading thread): {}", clock);
        int townYears = layout.values().stream().mapToInt(List::size).sum();
        DemoSummary s = new DemoSummary(false, units.added(), units.events(), townYears, counts[0], counts[1], targetCount,
                (System.nanoTime() - t0) / 1e9);
        events.publishEvent(new DemoCityLoaded(DemoUnits.CITY, s));
        return s;
    }

    /** Status of a value: approved for past years; in the last year by town, in turn approved, submitted, draft. */
    static ValueStatus status(int year, int townIndex) {
        if (year < TARGET_YEAR) return ValueStatus.APPROVED;
        return switch (townIndex % 3) {
            case 0 -> ValueStatus.APPROVED;
            case 1 -> ValueStatus.SUBMITTED;
            default -> ValueStatus.DRAFT;
        };
    }

    private long[] storeValues(Map<Integer, List<DemoTown>> layout, DemoDataset data, List<Indicator> fed) {
        Map<ValueStatus, List<String>> rows = new EnumMap<>(ValueStatus.class);
        layout.forEach((year, towns) -> {
            for (int t = 0; t < towns.size(); t++) {
                DemoTown town = towns.get(t);
                List<String> out = rows.computeIfAbsent(status(year, t), k -> new ArrayList<>());
                for (Indicator i : fed) {
                    DemoIndicatorMapping.Feed f = DemoIndicatorMapping.feed(i.code()).orElseThrow();
                    double v = data.value(town.code(), f.quantity(), year).orElseThrow() * f.factor();
                    out.add(town.code() + "," + i.code() + "," + year + "," + format(v) + "," + SYNTHETIC_SOURCE
                            + ",generated by the demo (seed " + DemoDataGenerator.SEED + "); not real figures");
                }
            }
        });
        addMonthlyFigures(layout, data, fed, rows.computeIfAbsent(ValueStatus.APPROVED, k -> new ArrayList<>()));
        long inserted = 0;
        long unchanged = 0;
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tongchou-demo");
            for (Map.Entry<ValueStatus, List<String>> e : rows.entrySet()) {
                Path csv = dir.resolve("demo-" + e.getKey().name().toLowerCase(Locale.ROOT) + ".csv");
                try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                    w.write("unit,indicator,period,value,source,comment\n");
                    for (String r : e.getValue()) w.write(r + "\n");
                }
                ImportReport report = imports.importFile(csv,
                        new ImportOptions(ImportLayout.LONG, null, false, e.getKey(), USER, null).withComputedAllowed(true));
                if (!report.ok()) {
                    throw new DemoLoadException("the demo values (" + e.getKey() + ") were refused",
                            report.problems().stream().map(Object::toString).toList());
                }
                inserted += report.inserted() + report.updated();
                unchanged += report.unchanged();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo values to a temporary file", e);
        } finally {
            deleteQuietly(dir);
        }
        return new long[] {inserted, unchanged};
    }

    /**
     * The monthly and quarterly figures of the cumulative indicators ({@link DemoMonthlyFigures}), approved,
     * for the last three demo years: each adds up to the unit's annual figure as stored.
     */
    private static void addMonthlyFigures(Map<Integer, List<DemoTown>> layout, DemoDataset data, List<Indicator> fed, List<String> out) {
        DemoMonthlyFigures monthly = new DemoMonthlyFigures();
        for (int year = DemoMonthlyFigures.FIRST_YEAR; year <= TARGET_YEAR; year++) {
            for (DemoTown town : layout.getOrDefault(year, List.of())) {
                for (Indicator i : fed) {
                    if (!DemoMonthlyFigures.split(i)) continue;
                    DemoIndicatorMapping.Feed f = DemoIndicatorMapping.feed(i.code()).orElseThrow();
                    var annual = data.value(town.code(), f.quantity(), year);
                    if (annual.isEmpty()) continue;
                    java.math.BigDecimal stored = new java.math.BigDecimal(format(annual.getAsDouble() * f.factor()));
                    for (DemoMonthlyFigures.Figure m : monthly.parts(town.code(), i, f.quantity(), year, stored)) {
                        out.add(town.code() + "," + i.code() + "," + m.period().code() + "," + m.value().toPlainString() + "," + SYNTHETIC_SOURCE
                                + ",\"generated by the demo (monthly profile, seed " + DemoDataGenerator.SEED + "); not real figures\"");
                    }
                }
            }
        }
    }

    /** The targets of {@link #TARGET_YEAR}: 6 % above the year before (5 % below for less-is-better), within the range. */
    private List<TargetService.NewTarget> targets(Map<Integer, List<DemoTown>> layout, DemoDataset data, List<Indicator> fed) {
        List<TargetService.NewTarget> out = new ArrayList<>();
        for (DemoTown town : layout.getOrDefault(TARGET_YEAR, List.of())) {
            AdminUnit unit = demoUnits.township(town.code(), TARGET_YEAR);
            for (Indicator i : fed) {
                DemoIndicatorMapping.Feed f = DemoIndicatorMapping.feed(i.code()).orElseThrow();
                var last = data.value(town.code(), f.quantity(), TARGET_YEAR - 1);
                if (last.isEmpty()) continue; // a unit new in the target year has no base
                double base = last.getAsDouble() * f.factor();
                double target = base * (i.direction() == Direction.NEGATIVE ? 0.95 : 1.06);
                if (i.max() != null) target = Math.min(target, i.max());
                out.add(new TargetService.NewTarget(unit.id(), i.code(), TARGET_YEAR, round(target), "demo target: "
                        + (i.direction() == Direction.NEGATIVE ? "5 % below " : "6 % above ") + (TARGET_YEAR - 1)));
            }
        }
        return out;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4f", v);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
