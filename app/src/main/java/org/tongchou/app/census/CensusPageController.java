package org.tongchou.app.census;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.RunGroups;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunNote;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.BadInput;

/**
 * The census page ({@code /census}): the stored national census rankings ({@code census rank --store}), the 2020 census
 * as reported and the change 2010 → 2020 on today's boundaries: every county's rank in the country and in its province
 * with its figures (paged, sortable, filtered by province), the population-weighted Theil index decomposed between and
 * within provinces, and how many counties each step kept, crosswalked or set aside. The ranks and the Theil split of a
 * run are the run's own ({@link EvaluationResults}: a leader of an area sees only its own counties, each keeping its
 * national rank); the figures, counts and set-aside counties are what the census stored beside the run.
 */
@Controller
class CensusPageController {
    static final int PAGE_SIZE = 50;
    static final Set<String> SORTS = Set.of("rank", "province", "name", "code", "value", "resident");
    private final EvaluationResults results;
    private final CensusRunRepository census;
    private final UnitService units;

    CensusPageController(EvaluationResults results, CensusRunRepository census, UnitService units) {
        this.results = results;
        this.census = census;
        this.units = units;
    }

    /** One county as the page lists it. */
    record Row(String code, String name, String province, String provinceName, double rank, double provinceRank, double resident,
               double rate2010, double rate2020, double change, String note) {
        /** The value ranked: the rate (2020) or the change. */
        double value(boolean change) {
            return change ? this.change : rate2020;
        }
    }

    /** A step's counts: by census year and of today's counties. */
    record CountRow(String step, Integer y2010, Integer y2020, Integer today) {
    }

    /** A Theil decomposition between and within provinces, labelled by a message key and its argument. */
    record TheilRow(String key, String arg, double total, double between, double within) {
        public double betweenShare() {
            return total > 0 ? between / total : Double.NaN;
        }
    }

    /** A province of the filter. */
    record Province(String code, String name) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    @GetMapping("/census")
    String page(@RequestParam(defaultValue = "2020") String ranking, @RequestParam(defaultValue = "rank") String sort,
                @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "1") int page,
                @RequestParam(required = false) String province, Locale locale, Model model) {
        if (!ranking.equals("2020") && !ranking.equals("change")) {
            throw new BadInput("ranking must be 2020 or change, not '" + ranking + "'", "census.bad.ranking", ranking);
        }
        if (!SORTS.contains(sort)) throw new BadInput("sort must be one of " + new java.util.TreeSet<>(SORTS) + ", not '" + sort + "'",
                "census.bad.sort", sort);
        if (!dir.equals("asc") && !dir.equals("desc")) throw new BadInput("dir must be asc or desc, not '" + dir + "'", "census.bad.dir", dir);
        if (page < 1) throw new BadInput("page must be 1 or more, not " + page, "census.bad.page", page);
        String shownProvince = province == null || province.isBlank() ? null : province.strip();
        if (shownProvince != null && !shownProvince.matches("\\d{2}")) {
            throw new BadInput("province must be a 2-digit province code, not '" + shownProvince + "'", "census.bad.province", shownProvince);
        }
        boolean change = ranking.equals("change");
        model.addAttribute("ranking", ranking);
        model.addAttribute("change", change);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("province", shownProvince == null ? "" : shownProvince);
        String plan = change ? CensusRanking.PLAN_CHANGE : CensusRanking.PLAN_2020;
        Optional<RunInfo> run = results.latest(plan, true);
        model.addAttribute("run", run.orElse(null));
        model.addAttribute("plan", plan);
        if (run.isEmpty()) return "census/index";
        RunInfo info = run.get();
        RunResult result = results.result(info);
        RunGroups groups = results.groups(info);
        Map<String, RunGroups.GroupRank> inProvince = groups.ranksOf(UnitLevel.PROVINCE, "index");
        Map<String, CensusRunRepository.UnitFigures> figures = new HashMap<>();
        census.units(info.id()).forEach(u -> figures.put(u.code(), u));
        Map<String, String> provinceNames = provinceNames(figures.values().stream().map(CensusRunRepository.UnitFigures::province).toList());
        List<Row> all = new ArrayList<>();
        for (RunResult.UnitResult u : result.units()) {
            CensusRunRepository.UnitFigures f = figures.get(u.code());
            RunGroups.GroupRank g = inProvince.get(u.code());
            String prov = f != null ? f.province() : g != null ? g.group() : u.code().substring(0, 2) + "0000000000";
            all.add(new Row(u.code(), u.name(), prov, provinceNames.getOrDefault(prov, prov), u.rank(), g == null ? Double.NaN : g.rank(),
                    f == null ? Double.NaN : f.resident(), f == null ? Double.NaN : f.rate2010(), f == null ? Double.NaN : f.rate2020(),
                    f == null ? Double.NaN : f.change(), f == null ? "" : f.note()));
        }
        List<Province> provinces = all.stream().map(r -> new Province(r.province().substring(0, 2), r.provinceName())).distinct()
                .sorted(Comparator.comparing(Province::code)).toList();
        model.addAttribute("provinces", provinces);
        List<Row> shown = shownProvince == null ? all : all.stream().filter(r -> r.province().startsWith(shownProvince)).toList();
        Comparator<Row> order = switch (sort) {
            case "province" -> Comparator.comparing(Row::province).thenComparingDouble(Row::provinceRank);
            case "name" -> Comparator.comparing(Row::name);
            case "code" -> Comparator.comparing(Row::code);
            case "value" -> Comparator.comparingDouble((Row r) -> Double.isNaN(r.value(change)) ? Double.NEGATIVE_INFINITY : r.value(change));
            case "resident" -> Comparator.comparingDouble((Row r) -> Double.isNaN(r.resident()) ? Double.NEGATIVE_INFINITY : r.resident());
            default -> Comparator.comparingDouble(Row::rank);
        };
        order = order.thenComparing(Row::code);
        List<Row> sorted = new ArrayList<>(shown);
        sorted.sort(dir.equals("desc") ? order.reversed() : order);
        int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int at = Math.min(page, pages);
        model.addAttribute("rows", sorted.subList((at - 1) * PAGE_SIZE, Math.min(sorted.size(), at * PAGE_SIZE)));
        model.addAttribute("page", at);
        model.addAttribute("pages", pages);
        model.addAttribute("total", sorted.size());
        model.addAttribute("ranked", all.size());
        model.addAttribute("leftOut", results.notes(info).stream().filter(n -> RunNote.UNIT_LEFT_OUT.equals(n.kind())).count());

        List<TheilRow> theil = new ArrayList<>();
        for (RunGroups.TheilSplit s : groups.splits()) {
            if (s.level() != UnitLevel.PROVINCE || !s.subject().startsWith("census_")) continue;
            theil.add(new TheilRow("census.theil.of." + s.subject(), "", s.total(), s.between(), s.within()));
        }
        Optional<CensusRunRepository.Stored> stored = census.find(info.id());
        if (change) {
            for (CensusRunRepository.Theil t : census.theil(info.id())) {
                String key = t.subject().contains("2010") ? "census.theil.rate2010Today" : t.subject().contains("today") ? "census.theil.rate2020Today"
                        : "census.theil.rate2020";
                theil.add(new TheilRow(key, "", t.total(), t.between(), t.within()));
            }
        }
        model.addAttribute("theil", theil);
        model.addAttribute("stored", stored.orElse(null));
        model.addAttribute("counts", counts(census.counts(info.id())));
        boolean everyUnit = results.seesEveryUnitOf(plan);
        model.addAttribute("setAside", everyUnit ? census.setAside(info.id()) : List.of());
        return "census/index";
    }

    private Map<String, String> provinceNames(List<String> codes) {
        Map<String, String> out = new HashMap<>();
        Set<String> distinct = new java.util.HashSet<>(codes);
        units.findByCodes(distinct).forEach((code, list) -> list.stream().filter(u -> u.level() == UnitLevel.PROVINCE)
                .reduce((a, b) -> b).map(AdminUnit::name).ifPresent(n -> out.put(code, n)));
        return out;
    }

    /** The steps' counts, one row per step in the stored order. */
    static List<CountRow> counts(List<CensusRunRepository.Count> counts) {
        Map<String, Integer[]> by = new java.util.LinkedHashMap<>();
        for (CensusRunRepository.Count c : counts) {
            Integer[] r = by.computeIfAbsent(c.step(), k -> new Integer[3]);
            int k = c.year() == null ? 2 : c.year() == 2010 ? 0 : 1;
            if (c.step().equals("RANKED_2020")) k = 1;
            r[k] = c.counties();
        }
        List<CountRow> out = new ArrayList<>();
        by.forEach((step, r) -> out.add(new CountRow(step, r[0], r[1], r[2])));
        return out;
    }
}
