package org.tongchou.app.census;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.GroupWeighting;
import org.tongchou.app.evaluation.IndicatorWeighting;
import org.tongchou.app.evaluation.PlanAggregation;
import org.tongchou.app.evaluation.PlanBoundaries;
import org.tongchou.app.evaluation.PlanNormalisation;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.SuppliedRun;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.engine.disparity.TheilDecomposition;

/**
 * The national census rankings stored as evaluation runs ({@code census rank --store}, docs/national.md): two plans at
 * county level over the whole country, framework {@code census}, grouped by province, disparity weighted by the
 * resident population, leaving out (with a note each) units without figures:
 * <ul>
 *   <li>{@value #PLAN_2020}: every 2020 census county a list knows, as the census reported it, by its urbanisation
 *       rate (recomputed from urban and resident population by the indicator's formula);</li>
 *   <li>{@value #PLAN_CHANGE}: today's counties by the change of their rate 2010 → 2020, each census's figures carried
 *       to today's boundaries by the reviewed crosswalk ({@link CensusNational}); today's counties with one census
 *       only have no change and are left out by the run, each with a note.</li>
 * </ul>
 * Both runs go through the evaluation service's engine path ({@link EvaluationService#runSupplied}): the ranks in the
 * country and in the province and the Theil split are the engine's, stored and shown like every run's. Beside each run
 * the census keeps the counts of every step, every unit's figures, what was set aside and, for the change, the Theil
 * split of the 2010 and 2020 rates on today's boundaries ({@link CensusRunRepository}). All or nothing.
 */
@Service
class CensusRanking {
    static final String PLAN_2020 = "census-2020";
    static final String PLAN_CHANGE = "census-change-2010-2020";
    static final Period PERIOD = Period.year(2020);

    private final EvaluationService evaluation;
    private final CensusLoader loader;
    private final CensusRunRepository stored;

    CensusRanking(EvaluationService evaluation, CensusLoader loader, CensusRunRepository stored) {
        this.evaluation = evaluation;
        this.loader = loader;
        this.stored = stored;
    }

    /** The two stored runs, with the time each took. */
    record Stored(EvaluationService.TimedRun ranked2020, EvaluationService.TimedRun change, CensusNational.Result computed) {
    }

    /**
     * Computes both rankings from the census figures and the reviewed crosswalk and stores them as runs of the two
     * census plans (created or replaced first), published when asked.
     *
     * @param censusFile what the figures were read from (kept with the runs)
     * @param crosswalk  the crosswalk applied (kept with the runs)
     * @param todayNames today's county names by 6-digit code
     */
    @Transactional
    Stored store(List<CensusRecord> records, Crosswalk cw, Map<String, String> todayNames, String censusFile, String crosswalk,
                 boolean publish, String user) {
        loader.ensureIndicators();
        ensurePlans();
        CensusNational.Result r = CensusNational.compute(records, cw, todayNames);
        List<CensusRunRepository.Count> counts = counts(r);
        String figures = "figures: " + String.join("; ", CensusLoader.SOURCES.values().stream().sorted().toList())
                + "; read from " + censusFile + ", crosswalk " + crosswalk;

        List<SuppliedRun.Unit> units = new ArrayList<>();
        List<CensusRunRepository.UnitFigures> shown = new ArrayList<>();
        List<CensusNational.Row> rows = r.ranked2020().rows();
        double[] resident = new double[rows.size()];
        double[] urban = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            CensusNational.Row row = rows.get(i);
            units.add(new SuppliedRun.Unit(unit(row.code()), row.name(), List.of(unit(row.province()))));
            resident[i] = row.resident();
            urban[i] = row.urban();
            shown.add(new CensusRunRepository.UnitFigures(unit(row.code()), unit(row.province()), row.resident(), row.urban(), Double.NaN,
                    row.rate(), Double.NaN, row.note()));
        }
        SuppliedRun as2020 = new SuppliedRun(units, Map.of(CensusLoader.RESIDENT, resident, CensusLoader.URBAN, urban),
                List.of("the 2020 census's counties as it reported them (" + rows.size() + " ranked), each with its province by the "
                        + "code list its crosswalk row resolves it to; " + figures), CensusLoader.SOURCES.get(2020));
        EvaluationService.TimedRun a = evaluation.runSupplied(PLAN_2020, PERIOD, as2020, user);
        // the 2020 census counties the crosswalk does not resolve: not ranked, kept with their figures
        Map<String, Crosswalk.Entry> byKey = cw.byKey();
        List<CensusRunRepository.SetAside> aside2020 = new ArrayList<>();
        for (CensusRecord x : records) {
            Crosswalk.Entry e = byKey.get(x.year() + "/" + x.code());
            if (x.year() != 2020 || (e != null && e.resolved())) continue;
            aside2020.add(new CensusRunRepository.SetAside(2020, x.code(), x.name(), x.resident(), x.urban(),
                    e == null ? "not in the crosswalk file (propose it again or add a row)" : "no list knows it: " + e.note()));
        }
        stored.insert(a.run().id(), CensusRunRepository.Ranking.AS_REPORTED_2020, censusFile, crosswalk, counts, shown, aside2020, List.of());

        units = new ArrayList<>();
        shown = new ArrayList<>();
        List<CensusNational.Row> today = new ArrayList<>(r.change().rows());
        today.addAll(r.change().leftOut());
        double[] change = new double[today.size()];
        resident = new double[today.size()];
        urban = new double[today.size()];
        for (int i = 0; i < today.size(); i++) {
            CensusNational.Row row = today.get(i);
            units.add(new SuppliedRun.Unit(unit(row.code()), row.name(), List.of(unit(row.province()))));
            change[i] = row.change();
            resident[i] = row.resident();
            urban[i] = row.urban();
            shown.add(new CensusRunRepository.UnitFigures(unit(row.code()), unit(row.province()), row.resident(), row.urban(), row.rate2010(),
                    row.rate(), row.change(), row.note()));
        }
        SuppliedRun changed = new SuppliedRun(units, Map.of(CensusLoader.CHANGE, change, CensusLoader.RESIDENT, resident,
                CensusLoader.URBAN, urban),
                List.of("today's counties by the change of the urbanisation rate 2010 → 2020 (percentage points): each census's figures "
                        + "carried to today's boundaries by the crosswalk (Σ share × resident, Σ share × urban), both rates recomputed from "
                        + "those sums, never averaged; disparity weighted by the 2020 residents on today's boundaries; " + figures),
                CensusLoader.SOURCES.get(2020));
        EvaluationService.TimedRun b = evaluation.runSupplied(PLAN_CHANGE, PERIOD, changed, user);
        List<CensusRunRepository.Theil> theil = new ArrayList<>();
        r.change().theil().forEach((subject, t) -> {
            if (t != null) theil.add(theil(subject, t));
        });
        r.ranked2020().theil().forEach((subject, t) -> {
            if (t != null) theil.add(theil(subject, t));
        });
        stored.insert(b.run().id(), CensusRunRepository.Ranking.CHANGE_2010_2020, censusFile, crosswalk, counts, shown,
                r.setAside().stream().map(s -> new CensusRunRepository.SetAside(s.year(), s.code(), s.name(), s.resident(), s.urban(),
                        s.reason())).toList(), theil);
        if (publish) {
            RunInfo pa = evaluation.publish(a.run().id(), user);
            RunInfo pb = evaluation.publish(b.run().id(), user);
            a = new EvaluationService.TimedRun(pa, a.timings());
            b = new EvaluationService.TimedRun(pb, b.timings());
        }
        return new Stored(a, b, r);
    }

    /** The two census plans, created or replaced (every run says which settings it was made with). */
    void ensurePlans() {
        evaluation.save(plan(PLAN_2020, "全国县级城镇化率排名（2020年人口普查） Counties by urbanisation, 2020 census",
                CensusLoader.RATE, PlanBoundaries.AS_REPORTED));
        evaluation.save(plan(PLAN_CHANGE, "全国县级城镇化率变化排名（2010→2020，今日区划） Counties by the change of urbanisation 2010→2020, today's boundaries",
                CensusLoader.CHANGE, PlanBoundaries.CURRENT));
    }

    private static EvaluationPlan plan(String code, String name, String indicator, PlanBoundaries boundaries) {
        return new EvaluationPlan(0, code, name, CensusLoader.FRAMEWORK, List.of(indicator), PlanNormalisation.MIN_MAX, IndicatorWeighting.EQUAL,
                GroupWeighting.EQUAL, PlanAggregation.ARITHMETIC, org.tongchou.app.security.ScopeService.COUNTRY, null, Map.of(), boundaries, UnitLevel.COUNTY,
                List.of(UnitLevel.PROVINCE), CensusLoader.RESIDENT, true);
    }

    /** The counts of every step, per census year ({@code null} year: today's counties). */
    static List<CensusRunRepository.Count> counts(CensusNational.Result r) {
        List<CensusRunRepository.Count> out = new ArrayList<>();
        for (int year : List.of(2010, 2020)) {
            Map<Crosswalk.Method, Integer> m = r.methods().getOrDefault(year, Map.of());
            int records = r.counts().getOrDefault("records " + year, 0);
            int kept = m.getOrDefault(Crosswalk.Method.LIST, 0);
            int unresolved = r.counts().getOrDefault("set aside " + year, 0);
            out.add(new CensusRunRepository.Count("RECORDS", year, records));
            out.add(new CensusRunRepository.Count("KEPT", year, kept));
            out.add(new CensusRunRepository.Count("CROSSWALKED", year, records - kept - unresolved));
            out.add(new CensusRunRepository.Count("SET_ASIDE", year, unresolved));
            out.add(new CensusRunRepository.Count("NOT_CARRIED", year, r.counts().getOrDefault("not carried to today " + year, 0)));
        }
        out.add(new CensusRunRepository.Count("RANKED_2020", 2020, r.ranked2020().rows().size()));
        out.add(new CensusRunRepository.Count("RANKED_CHANGE", null, r.change().rows().size()));
        out.add(new CensusRunRepository.Count("ONE_CENSUS", null, r.counts().getOrDefault("today's counties with one census only", 0)));
        out.add(new CensusRunRepository.Count("PREFECTURE_INCOMPLETE", null,
                r.counts().getOrDefault("today's counties left out: prefecture incomplete", 0)));
        return out;
    }

    private static CensusRunRepository.Theil theil(String subject, TheilDecomposition t) {
        return new CensusRunRepository.Theil(subject, t.total(), t.between(), t.within());
    }

    /** A 2- or 6-digit code as the 12-digit unit code. */
    static String unit(String code) {
        return (code + "000000000000").substring(0, 12);
    }
}
