package org.tongchou.app.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.indicators.Framework;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitCode;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou synthetic-panel -o FILE}: a deterministic synthetic annual panel of the primary
 * framework's raw indicators (those entered or imported: not the ones Tongchou computes at every run) for every township-level unit in the database (or under {@code --within}),
 * as a long-form CSV for {@code import-data} (docs/benchmarks.md "Province and nation on PostgreSQL").
 * Every value's source says {@code synthetic panel (seed N)}, so that runs on it are marked synthetic.
 * The same seed, units and years give the same file, byte for byte.
 *
 * <p>Values: per unit a size (resident population 5,000–150,000 from a hash of seed and code); people and
 * households scale with it; a part never exceeds its whole (urban ≤ resident, community ≤ rural households,
 * park ≤ industrial enterprises, industrial ≤ fixed-asset investment, green ≤ built-up area, scale ≤ all
 * farmland, commitments done ≤ due, services ≤ GDP); rates (%) lie in 40–100 (unemployment 1–6); other
 * figures in the lower fifth of the indicator's range; each grows 0–6 % a year with ±2 % noise.
 */
@Component
@Command(name = "synthetic-panel", mixinStandardHelpOptions = true,
        description = {"Writes a deterministic synthetic annual panel (long-form CSV for import-data) of the",
                "primary framework's raw indicators for every township-level unit: benchmarks at national scale."})
class SyntheticPanelCommand implements CliCommand {
    private static final Map<String, String> PART_OF = Map.of(
            "urban_resident_population", "resident_population", "community_households", "rural_households",
            "park_enterprises", "industrial_enterprises", "industrial_investment", "fixed_asset_investment",
            "green_area", "built_up_area", "scale_farmland", "farmland", "commitments_done_on_time", "commitments_due",
            "services_value_added", "gdp");
    private final UnitService units;
    private final FrameworkService frameworks;

    @Spec
    CommandSpec spec;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "the CSV file to write")
    Path output;
    @Option(names = "--from", defaultValue = "2016", paramLabel = "YEAR", description = "first year (default 2016)")
    int from;
    @Option(names = "--to", defaultValue = "2025", paramLabel = "YEAR", description = "last year (default 2025)")
    int to;
    @Option(names = "--within", defaultValue = Option.NULL_VALUE, paramLabel = "CODE", description = "only this unit's townships (e.g. 32 for 江苏)")
    String within;
    @Option(names = "--seed", defaultValue = "20261207", paramLabel = "N", description = "seed (default 20261207)")
    long seed;

    SyntheticPanelCommand(UnitService units, FrameworkService frameworks) {
        this.units = units;
        this.frameworks = frameworks;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (to < from || to - from > 100) {
            err.println("error: --from " + from + " --to " + to + " is not a range of at most 100 years");
            return ExitCodes.USAGE;
        }
        Framework fw = frameworks.primary().orElse(null);
        if (fw == null) {
            err.println("error: no framework is loaded");
            return ExitCodes.BAD_INPUT;
        }
        IndicatorCatalog catalog = fw.validate();
        List<Indicator> raw = new ArrayList<>();
        for (String code : fw.indicators().stream().map(Indicator::code).toList()) {
            Indicator i = catalog.get(code);
            if (!i.derived() && !i.computed()) raw.add(i); // computed ones (the cadre indicators) are refused by import-data
        }
        // wholes before their parts
        raw.sort((a, b) -> Boolean.compare(PART_OF.containsKey(a.code()), PART_OF.containsKey(b.code())));
        List<AdminUnit> towns = within == null ? units.atLevel(UnitLevel.TOWNSHIP, LocalDate.of(to, 12, 31))
                : units.withinCode(within, LocalDate.of(to, 12, 31)).stream().filter(u -> u.level() == UnitLevel.TOWNSHIP).toList();
        // a township-level entry whose code reads as another level's (the 2023 list's 金门县, 350527000000, of kind
        // 类似乡级单位, which no plan ranks) is the county to import-data, which refuses township indicators for it
        towns = towns.stream().filter(u -> UnitCode.lookupLevel(u.code()) == UnitLevel.TOWNSHIP).toList();
        if (towns.isEmpty()) {
            err.println("error: no township-level units valid at the end of " + to + (within == null ? "" : " within " + within)
                    + " (import a code list first: import-divisions)");
            return ExitCodes.BAD_INPUT;
        }
        String source = "synthetic panel (seed " + seed + ")";
        long n = 0;
        if (output.getParent() != null) Files.createDirectories(output.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value,source\n");
            Map<String, Double> year = new HashMap<>();
            for (AdminUnit u : towns) {
                long uh = mix(seed ^ u.code().hashCode() * 0x9E3779B97F4A7C15L);
                double size = 5_000 + 145_000 * unit(uh);
                for (int y = from; y <= to; y++) {
                    year.clear();
                    for (Indicator i : raw) {
                        double v = value(i, u.code(), y, size, year);
                        year.put(i.code(), v);
                        w.write(u.code());
                        w.write(',');
                        w.write(i.code());
                        w.write(',');
                        w.write(Integer.toString(y));
                        w.write(',');
                        w.write(String.format(Locale.ROOT, "%.4f", v));
                        w.write(',');
                        w.write(source);
                        w.write('\n');
                        n++;
                    }
                }
            }
        }
        out.printf("%,d synthetic values (%,d units × %d raw indicators × %d years) → %s%n", n, towns.size(), raw.size(), to - from + 1, output);
        out.flush();
        return ExitCodes.OK;
    }

    private double value(Indicator i, String unitCode, int y, double size, Map<String, Double> year) {
        long h = mix(seed ^ unitCode.hashCode() * 0x9E3779B97F4A7C15L ^ i.code().hashCode() * 0xC2B2AE3D27D4EB4FL);
        double level = unit(h);
        double growth = Math.pow(1 + 0.06 * unit(mix(h + 1)), y - from) * (1 + 0.04 * (unit(mix(h ^ (y * 0x165667B19E3779F9L))) - 0.5));
        String whole = PART_OF.get(i.code());
        if (whole != null && year.containsKey(whole)) return year.get(whole) * (0.3 + 0.6 * level);
        double lo = i.min() == null ? 0 : i.min();
        double hi = i.max() == null ? lo + 1000 : i.max();
        double v = switch (i.unit()) {
            case "人" -> size * growth;
            case "户" -> size / 3 * growth;
            case "%" -> i.direction() == org.tongchou.engine.data.Direction.NEGATIVE ? 1 + 5 * level : Math.min(100, (40 + 55 * level) * growth);
            default -> lo + (hi - lo) * 0.2 * level * growth;
        };
        return Math.max(lo, Math.min(hi, v));
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A long as a double in [0, 1). */
    private static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }
}
