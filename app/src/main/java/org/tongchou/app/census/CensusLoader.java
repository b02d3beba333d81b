package org.tongchou.app.census;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.tongchou.app.data.DataImportService;
import org.tongchou.app.data.ImportLayout;
import org.tongchou.app.data.ImportOptions;
import org.tongchou.app.data.ImportReport;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;

/**
 * Loads the census figures into {@code data_value} as values of the county level (docs/national.md): each census
 * county's resident and urban population and family households, for its census year, on the unit of the code-list
 * vintage its crosswalk row resolves it to ({@code list_code}; census counties the crosswalk puts in one unit, such as
 * 2010's 北市区 and 南市区 in 莲池区, are added up). The rural population and the urbanisation rate are derived
 * indicators ({@code census_rural_population} = resident − urban, {@code census_urbanisation_rate} = urban ÷ resident
 * × 100), computed from the stored parts whenever they are read, aggregated or rebased: never stored, never averaged.
 *
 * <p>The values go through the data module's import ({@link DataImportService#importFile}: every check of a file
 * import, the county level only, all or nothing), approved, with the census, its source and licence as their source
 * and the census counties and crosswalk method each value holds as their comment. Nothing is dropped silently: a
 * census county the crosswalk leaves unresolved, or whose unit the database does not hold valid in the census year,
 * is set aside with its figures and the reason. The indicators (framework {@code census},
 * {@code census/census-framework.yml}) are loaded first when absent.
 */
@Service
class CensusLoader {
    static final String FRAMEWORK = "census";
    static final String RESOURCE = "/census/census-framework.yml";
    static final String RESIDENT = "census_resident_population";
    static final String URBAN = "census_urban_population";
    static final String RURAL = "census_rural_population";
    static final String HOUSEHOLDS = "census_households";
    static final String RATE = "census_urbanisation_rate";
    static final String CHANGE = "census_urbanisation_change";
    /** The source of every value: the census, where the figures come from and their licence. */
    static final Map<Integer, String> SOURCES = Map.of(
            2010, "第六次全国人口普查 2010 县级数据 census (github leiii/census, MIT licence; Dong, Du & Liu 2022, SSRN 4049338)",
            2020, "第七次全国人口普查 2020 县级数据 census (github leiii/census, MIT licence; Dong, Du & Liu 2022, SSRN 4049338)");

    private final FrameworkService frameworks;
    private final DataImportService imports;
    private final UnitService units;

    CensusLoader(FrameworkService frameworks, DataImportService imports, UnitService units) {
        this.frameworks = frameworks;
        this.imports = imports;
        this.units = units;
    }

    /** What a load did: the import's report, the values per year, and what was set aside. */
    record Result(ImportReport report, Map<Integer, Integer> unitsByYear, Map<Integer, Integer> countiesByYear, List<SetAside> setAside,
                  boolean frameworkLoaded) {
    }

    /**
     * The census indicators, loaded from the shipped YAML when the framework is absent or older than it (without the
     * change indicator); whether it loaded them.
     */
    boolean ensureIndicators() {
        if (frameworks.find(FRAMEWORK).filter(f -> f.dimensionIndicators().contains(CHANGE)).isPresent()) return false;
        try (InputStream in = CensusLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing from the application");
            frameworks.importYaml(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Loads the figures of {@code years} (all or nothing through the import; set-aside counties are reported).
     *
     * A dry run writes nothing at all: neither the census indicators nor the values (the import only checks them)
     * nor the values file (it is checked from a temporary file, deleted afterwards); it needs the census
     * indicators in the database already, since the import checks values against them.
     *
     * @param file where the values file handed to the import is written (kept: it is what was imported); not
     *             written by a dry run
     * @throws CensusException on a dry run when the census indicators are not loaded yet
     */
    Result load(List<CensusRecord> records, Crosswalk crosswalk, Set<Integer> years, boolean dryRun, String user, Path file)
            throws IOException {
        if (dryRun && frameworks.find(FRAMEWORK).isEmpty()) {
            throw new CensusException(List.of("the census indicators (framework " + FRAMEWORK + ") are not in this database, and a dry run"
                    + " writes nothing, so it cannot load them to check the values against: run census load once without --dry-run"));
        }
        if (!dryRun) return load(records, crosswalk, years, false, user, file, ensureIndicators());
        Path checked = Files.createTempFile("census-values-", ".csv");
        try {
            return load(records, crosswalk, years, true, user, checked, false);
        } finally {
            Files.deleteIfExists(checked);
        }
    }

    private Result load(List<CensusRecord> records, Crosswalk crosswalk, Set<Integer> years, boolean dryRun, String user, Path file,
                        boolean loaded) throws IOException {
        Map<String, Crosswalk.Entry> cw = crosswalk.byKey();
        List<SetAside> aside = new ArrayList<>();
        // year → unit code → the census counties it holds
        Map<Integer, Map<String, List<Held>>> byUnit = new TreeMap<>();
        for (CensusRecord r : records) {
            if (!years.contains(r.year())) continue;
            Crosswalk.Entry e = cw.get(r.year() + "/" + r.code());
            if (e == null || !e.resolved()) {
                aside.add(SetAside.of(r, e == null
                        ? "not in the crosswalk file (propose it again or add a row)" : "no list knows it: " + e.note()));
                continue;
            }
            byUnit.computeIfAbsent(r.year(), y -> new TreeMap<>()).computeIfAbsent(e.listCode() + "000000", k -> new ArrayList<>())
                    .add(new Held(r, e));
        }
        Set<String> codes = new java.util.HashSet<>();
        byUnit.values().forEach(m -> codes.addAll(m.keySet()));
        Map<String, List<AdminUnit>> known = units.findByCodes(codes);
        Map<Integer, Integer> unitCount = new TreeMap<>();
        Map<Integer, Integer> countyCount = new TreeMap<>();
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("unit,indicator,period,value,source,comment\n");
            for (var y : byUnit.entrySet()) {
                int year = y.getKey();
                LocalDate end = LocalDate.of(year, 12, 31);
                for (var u : y.getValue().entrySet()) {
                    boolean valid = known.getOrDefault(u.getKey(), List.of()).stream()
                            .anyMatch(a -> a.level() == UnitLevel.COUNTY && a.validOn(end));
                    if (!valid) {
                        for (Held h : u.getValue()) {
                            aside.add(SetAside.of(h.record(), "the database holds no county " + u.getKey() + " (" + h.entry().listName() + ", "
                                    + h.entry().list() + ") valid at the end of " + year + ": import that code list (import-divisions, docs/units.md)"));
                        }
                        continue;
                    }
                    double resident = 0, urban = 0, households = 0;
                    boolean allHouseholds = true;
                    List<String> held = new ArrayList<>();
                    for (Held h : u.getValue()) {
                        resident += h.record().resident();
                        urban += h.record().urban();
                        if (Double.isNaN(h.record().households())) allHouseholds = false;
                        else households += h.record().households();
                        held.add(h.record().code() + " " + h.record().name() + " (" + h.entry().method() + ")");
                    }
                    String comment = "census " + year + " county " + String.join(" + ", held) + " on " + u.getKey().substring(0, 6) + " "
                            + h0(u.getValue()).entry().listName() + " of " + h0(u.getValue()).entry().list();
                    row(w, u.getKey(), RESIDENT, year, resident, comment);
                    row(w, u.getKey(), URBAN, year, urban, comment);
                    if (allHouseholds) row(w, u.getKey(), HOUSEHOLDS, year, households, comment);
                    unitCount.merge(year, 1, Integer::sum);
                    countyCount.merge(year, u.getValue().size(), Integer::sum);
                }
            }
        }
        ImportOptions options = new ImportOptions(ImportLayout.LONG, null, dryRun, ValueStatus.APPROVED, user, null,
                EnumSet.of(UnitLevel.COUNTY));
        ImportReport report = imports.importFile(file, options);
        return new Result(report, unitCount, countyCount, aside, loaded);
    }

    private static Held h0(List<Held> l) {
        return l.get(0);
    }

    private record Held(CensusRecord record, Crosswalk.Entry entry) {
    }

    private static void row(BufferedWriter w, String unit, String indicator, int year, double value, String comment) throws IOException {
        w.write(String.join(",", unit, indicator, String.valueOf(year), CensusCsv.exact(value),
                CensusCsv.quoted(SOURCES.getOrDefault(year, "census " + year)), CensusCsv.quoted(comment)));
        w.write('\n');
    }
}
