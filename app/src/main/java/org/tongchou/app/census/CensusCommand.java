package org.tongchou.app.census;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.units.CodeListSource;
import org.tongchou.app.units.DivisionList;
import org.tongchou.app.units.DivisionListException;
import org.tongchou.engine.disparity.TheilDecomposition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tongchou census crosswalk|import}: the county-level 2010 and 2020 census figures, related to the
 * code lists through a crosswalk the user reviews (docs/national.md).
 * <pre>
 *   ./tongchou census crosswalk -o data/census/crosswalk.csv     # propose; review and edit the file
 *   ./tongchou census import --crosswalk data/census/crosswalk.csv -o data/census/out
 * </pre>
 */
@Component
@Command(name = "census", mixinStandardHelpOptions = true,
        description = {"County-level census figures (2010, 2020) ranked nationally and within provinces.",
                "  census crosswalk [--edits F] [-o FILE]    propose how each census county maps onto the code lists",
                "  census import --crosswalk FILE [-o DIR]   apply the reviewed crosswalk: rankings, Theil, set-aside figures",
                "  census load --crosswalk FILE [--years Y,..] [--dry-run]",
                "                                            store the figures as approved county values (data_value) through the import's checks",
                "  census rank --crosswalk FILE --store [--publish] [--no-robustness]",
                "                                            store both national rankings as evaluation runs (plans census-2020 and",
                "                                            census-change-2010-2020; the census page /census and every result page show them)"})
class CensusCommand implements CliCommand {
    private final Path cacheDir;
    private final String home;
    private final String defaultFile;

    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "crosswalk|import|load|rank")
    String action;
    @Option(names = "--file", paramLabel = "CSV", defaultValue = Option.NULL_VALUE,
            description = "the census file (default ../shared/reference/census/census_county_2010_2020_long.csv)")
    Path file;
    @Option(names = "--lists", paramLabel = "VERSIONS", defaultValue = "2.0.0,2.4.0,2.7.0",
            description = "code-list versions oldest first, the last being today's (default 2.0.0,2.4.0,2.7.0)")
    String lists;
    @Option(names = "--crosswalk", paramLabel = "FILE", defaultValue = Option.NULL_VALUE, description = "the reviewed crosswalk (import)")
    Path crosswalk;
    @Option(names = "--edits", paramLabel = "FILE", defaultValue = Option.NULL_VALUE,
            description = "crosswalk: rows a person reviewed (same layout) that replace the proposed rows of the same year and census code")
    Path edits;
    @Option(names = "--years", paramLabel = "YEARS", defaultValue = "2010,2020", split = ",",
            description = "load: the census years to load (default 2010,2020)")
    List<Integer> years;
    @Option(names = "--dry-run", defaultValue = "false", description = "load: check everything, write nothing")
    boolean dryRun;
    @Option(names = "--user", defaultValue = "census", description = "load: who loads (kept on the values; default census)")
    String user;
    @Option(names = "--store", defaultValue = "false", description = "rank: store the rankings as evaluation runs (without it: print them only)")
    boolean store;
    @Option(names = "--publish", defaultValue = "false", description = "rank --store: publish the runs (leaders then see them)")
    boolean publish;
    @Option(names = "--no-robustness", defaultValue = "false",
            description = "rank --store: do not wait for the runs' robustness (computed at publication or on the run's page)")
    boolean noRobustness;
    @Option(names = {"-o", "--output"}, paramLabel = "PATH", defaultValue = Option.NULL_VALUE,
            description = "crosswalk: the file to write (default data/census/crosswalk.csv); import: the directory (default data/census)")
    Path output;

    private final CensusLoader loader;
    private final CensusRanking ranking;
    private final org.tongchou.app.evaluation.EvaluationService evaluation;

    CensusCommand(CensusLoader loader, CensusRanking ranking, org.tongchou.app.evaluation.EvaluationService evaluation, @Value("${tongchou.cache-dir:./data/cache}") String cacheDir, @Value("${tongchou.home:.}") String home,
                  @Value("${tongchou.census-file:../shared/reference/census/census_county_2010_2020_long.csv}") String defaultFile) {
        this.loader = loader;
        this.ranking = ranking;
        this.evaluation = evaluation;
        this.cacheDir = Path.of(cacheDir);
        this.home = home;
        this.defaultFile = defaultFile;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path census = file != null ? file : Path.of(defaultFile);
            if (!Files.isRegularFile(census)) {
                err.println("error: census file " + census + " not found (give --file)");
                return ExitCodes.BAD_INPUT;
            }
            switch (action) {
                case "crosswalk" -> {
                    List<CensusRecord> records = CensusFile.read(census);
                    ListChain chain = chain(err);
                    Crosswalk cw = CrosswalkProposer.propose(records, chain, bases(records, chain));
                    if (edits != null) {
                        Crosswalk e = Crosswalk.read(edits);
                        cw = cw.edited(e, edits.toString());
                        out.printf("%d reviewed row(s) of %s applied%n", e.entries().size(), edits);
                    }
                    Path f = output != null ? output : Path.of(home, "data", "census", "crosswalk.csv");
                    cw.write(f);
                    out.printf("%,d census counties → %s%n", records.size(), f);
                    out.println(methodSummary(cw));
                    out.println("review the file (method, list_code, today); edited rows say MANUAL; then: census import --crosswalk " + f);
                }
                case "import" -> {
                    if (crosswalk == null) {
                        err.println("error: census import needs --crosswalk FILE (write one with: census crosswalk)");
                        return ExitCodes.USAGE;
                    }
                    List<CensusRecord> records = CensusFile.read(census);
                    Crosswalk cw = Crosswalk.read(crosswalk);
                    ListChain chain = chain(err);
                    CensusNational.Result r = CensusNational.compute(records, cw, CensusNational.names(chain));
                    Path dir = output != null ? output : Path.of(home, "data", "census");
                    write(r, dir);
                    report(r, out, dir);
                }
                case "load" -> {
                    if (crosswalk == null) {
                        err.println("error: census load needs --crosswalk FILE (write one with: census crosswalk)");
                        return ExitCodes.USAGE;
                    }
                    List<CensusRecord> records = CensusFile.read(census);
                    Crosswalk cw = Crosswalk.read(crosswalk);
                    Path dir = output != null ? output : Path.of(home, "data", "census");
                    CensusLoader.Result r = loader.load(records, cw, new java.util.TreeSet<>(years), dryRun, user, dir.resolve("census-values.csv"));
                    if (r.frameworkLoaded()) out.println("loaded the census indicators (framework " + CensusLoader.FRAMEWORK + ")");
                    r.countiesByYear().forEach((y, n) -> out.printf("%d: %,d census counties on %,d county units%n", y, n, r.unitsByYear().get(y)));
                    out.println(r.report().summary());
                    r.report().problems().forEach(p -> err.println("  " + p));
                    Path asideFile = dir.resolve("set-aside-load.csv");
                    if (dryRun) {
                        out.printf("set aside: %d census count%s (a dry run writes no file: %s not written)%n", r.setAside().size(),
                                r.setAside().size() == 1 ? "y" : "ies", asideFile);
                    } else {
                        SetAside.write(asideFile, r.setAside());
                        out.printf("set aside: %d census count%s, with their figures in %s%n", r.setAside().size(),
                                r.setAside().size() == 1 ? "y" : "ies", asideFile);
                    }
                    if (!r.report().ok()) return ExitCodes.BAD_INPUT;
                }
                case "rank" -> {
                    if (crosswalk == null) {
                        err.println("error: census rank needs --crosswalk FILE (write one with: census crosswalk)");
                        return ExitCodes.USAGE;
                    }
                    long t0 = System.nanoTime();
                    List<CensusRecord> records = CensusFile.read(census);
                    Crosswalk cw = Crosswalk.read(crosswalk);
                    ListChain chain = chain(err);
                    long t1 = System.nanoTime();
                    if (!store) {
                        CensusNational.Result r = CensusNational.compute(records, cw, CensusNational.names(chain));
                        report(r, out, Path.of(home, "data", "census"));
                        out.println("nothing stored (give --store to store both rankings as evaluation runs)");
                        break;
                    }
                    CensusRanking.Stored st = ranking.store(records, cw, CensusNational.names(chain), census.toString(), crosswalk.toString(),
                            publish, user);
                    long t2 = System.nanoTime();
                    String robustness = "";
                    if (!noRobustness) {
                        for (var run : List.of(st.ranked2020().run(), st.change().run())) {
                            var status = evaluation.awaitRobustness(run.id(), java.time.Duration.ofHours(1));
                            if (status.state() == org.tongchou.app.evaluation.RobustnessStatus.State.NONE) {
                                evaluation.requestRobustness(run.id());
                                status = evaluation.awaitRobustness(run.id(), java.time.Duration.ofHours(1));
                            }
                            if (status.state() == org.tongchou.app.evaluation.RobustnessStatus.State.FAILED) {
                                err.println("robustness of run " + run.id() + " failed: " + status.failure());
                            }
                        }
                        robustness = String.format(Locale.ROOT, "; robustness of both in %.2f s", (System.nanoTime() - t2) / 1e9);
                    }
                    for (var timed : List.of(st.ranked2020(), st.change())) {
                        var run = timed.run();
                        var t = timed.timings();
                        out.printf(Locale.ROOT, "run %d: plan %s, %s, %,d counties ranked%s; run in %.2f s (read %.2f s, evaluate %.2f s, store %.2f s; CPU %.2f s)%n",
                                run.id(), run.planCode(), run.period().code(), run.unitCount(), run.published() ? ", published" : "",
                                (t.read() + t.evaluate() + t.store()) / 1e9, t.read() / 1e9, t.evaluate() / 1e9, t.store() / 1e9, t.cpu() / 1e9);
                    }
                    CensusNational.Result r = st.computed();
                    out.println("crosswalk methods by census year: " + r.methods());
                    r.counts().forEach((k, v) -> out.printf("  %-50s %,d%n", k, v));
                    out.printf(Locale.ROOT, "read census file, crosswalk and code lists %.2f s; compute and store both runs %.2f s%s; the census page: /census%n",
                            (t1 - t0) / 1e9, (t2 - t1) / 1e9, robustness);
                }
                default -> {
                    err.println("error: the action must be crosswalk, import, load or rank, not '" + action + "'");
                    return ExitCodes.USAGE;
                }
            }
            out.flush();
            return ExitCodes.OK;
        } catch (CensusException e) {
            e.problems().forEach(err::println);
            err.println("refused: " + e.problems().size() + " problem(s); nothing written");
            return ExitCodes.BAD_INPUT;
        } catch (org.tongchou.app.web.Unprocessable e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (DivisionListException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private ListChain chain(PrintWriter err) {
        List<DivisionList> read = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        for (String v : lists.split(",")) {
            CodeListSource src = CodeListSource.resolve(v.strip(), cacheDir);
            err.println("reading " + src.label());
            err.flush();
            read.add(src.read(null, org.tongchou.app.units.UnitLevel.TOWNSHIP, n -> { }));
            dates.add(src.vintageDate().orElseThrow(() -> new DivisionListException("the reference date of " + src.label() + " is not known")));
        }
        this.dates = dates;
        return new ListChain(read, dates);
    }

    private List<LocalDate> dates = List.of();

    /** Each census year's list: the newest not later than census day (1 November), else the oldest. */
    private Map<Integer, Integer> bases(List<CensusRecord> records, ListChain chain) {
        Map<Integer, Integer> m = new HashMap<>();
        for (int year : records.stream().map(CensusRecord::year).distinct().toList()) {
            LocalDate day = LocalDate.of(year, 11, 1);
            int b = 0;
            for (int i = 0; i < dates.size(); i++) if (!dates.get(i).isAfter(day)) b = i;
            m.put(year, b);
        }
        return m;
    }

    static String methodSummary(Crosswalk cw) {
        Map<Integer, Map<Crosswalk.Method, Integer>> by = new java.util.TreeMap<>();
        cw.entries().forEach(e -> by.computeIfAbsent(e.year(), y -> new java.util.EnumMap<>(Crosswalk.Method.class)).merge(e.method(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        by.forEach((y, m) -> sb.append(y).append(": ").append(m).append('\n'));
        return sb.toString().strip();
    }

    private static void write(CensusNational.Result r, Path dir) throws IOException {
        Files.createDirectories(dir);
        ranking(dir.resolve("ranking-2020.csv"), r.ranked2020(), false);
        ranking(dir.resolve("ranking-change-2010-2020.csv"), r.change(), true);
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("theil.csv"), StandardCharsets.UTF_8)) {
            w.write("ranking,subject,group_level,total,between,within,between_share\n");
            for (CensusNational.Ranking k : List.of(r.ranked2020(), r.change())) {
                for (var e : k.theil().entrySet()) {
                    TheilDecomposition t = e.getValue();
                    if (t == null) continue;
                    w.write(String.join(",", k.title(), e.getKey(), CensusNational.PROVINCE, CensusCsv.rounded(t.total()), CensusCsv.rounded(t.between()), CensusCsv.rounded(t.within()),
                            CensusCsv.rounded(t.between() / t.total())) + "\n");
                }
            }
        }
        SetAside.write(dir.resolve("set-aside.csv"), r.setAside());
    }

    private static void ranking(Path f, CensusNational.Ranking k, boolean change) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write(change ? "rank,province_rank,code,name,province,urbanisation_2010,urbanisation_2020,change_points,resident_2020,urban_2020,note\n"
                    : "rank,province_rank,code,name,province,urbanisation_rate,resident,urban,households\n");
            for (CensusNational.Row row : k.rows()) {
                w.write(change
                        ? String.join(",", CensusCsv.rounded(row.rank()), CensusCsv.rounded(row.provinceRank()), row.code(), CensusCsv.text(row.name()), row.province(), CensusCsv.rounded(row.rate2010()),
                        CensusCsv.rounded(row.rate()), CensusCsv.rounded(row.change()), CensusCsv.rounded(row.resident()), CensusCsv.rounded(row.urban()), CensusCsv.text(row.note()))
                        : String.join(",", CensusCsv.rounded(row.rank()), CensusCsv.rounded(row.provinceRank()), row.code(), CensusCsv.text(row.name()), row.province(), CensusCsv.rounded(row.rate()),
                        CensusCsv.rounded(row.resident()), CensusCsv.rounded(row.urban()), CensusCsv.rounded(row.households())));
                w.write('\n');
            }
        }
    }

    private static void report(CensusNational.Result r, PrintWriter out, Path dir) {
        out.println("crosswalk methods by census year: " + r.methods());
        r.counts().forEach((k, v) -> out.printf("  %-40s %,d%n", k, v));
        out.printf("  largest |recomputed − reported| urbanisation rate: %.4f points%n", r.maxRateDifference());
        for (CensusNational.Ranking k : List.of(r.ranked2020(), r.change())) {
            out.println(k.title() + ": " + k.rows().size() + " counties; first: " + k.rows().stream().limit(3)
                    .map(x -> x.name() + " " + String.format(Locale.ROOT, "%.2f", k == r.change() ? x.change() : x.rate())).toList());
            k.theil().forEach((s, t) -> {
                if (t != null) out.printf(Locale.ROOT, "  Theil T (population-weighted) of %s: %.6f = between provinces %.6f (%.1f %%) + within %.6f%n",
                        s, t.total(), t.between(), 100 * t.between() / t.total(), t.within());
            });
        }
        out.println("set aside: " + r.setAside().size() + " figure(s), see " + dir.resolve("set-aside.csv"));
        out.println("written: " + Arrays.asList("ranking-2020.csv", "ranking-change-2010-2020.csv", "theil.csv", "set-aside.csv") + " in " + dir);
    }
}
