package org.tongchou.app.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/**
 * Benchmark of the scope checks of a list (never run by the suite: the class name matches no surefire pattern; run it
 * with {@code -Dtest=ScopeBench}): a generated province of 10 prefectures, 100 counties, 1,000 towns and 20,000 villages
 * on PostgreSQL; which of a list of units lie within one prefecture, checked unit by unit ({@link ScopeService#isWithinScope},
 * as the result mask, the explorer and the unit list did) and as one set ({@link ScopeService#within}). Prints RESULT lines.
 */
@PostgresTest
class ScopeBench {
    @Autowired
    ScopeService scopes;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestDatabase db;

    @Test
    void unitByUnitAgainstOneSet() {
        db.truncateAll();
        LocalDate from = LocalDate.of(2000, 1, 1);
        Map<String, Long> ids = new HashMap<>();
        insert(java.util.Collections.singletonList(new String[] {"810000000000", null}), "PROVINCE", from, ids);
        List<String[]> prefectures = new ArrayList<>();
        for (int p = 1; p <= 10; p++) prefectures.add(new String[] {String.format("81%02d00000000", p), "810000000000"});
        insert(prefectures, "PREFECTURE", from, ids);
        List<String[]> counties = new ArrayList<>();
        for (String[] p : prefectures) for (int c = 1; c <= 10; c++) counties.add(new String[] {p[0].substring(0, 4) + String.format("%02d", c) + "000000", p[0]});
        insert(counties, "COUNTY", from, ids);
        List<String[]> towns = new ArrayList<>();
        for (String[] c : counties) for (int t = 1; t <= 10; t++) towns.add(new String[] {c[0].substring(0, 6) + String.format("%03d", t) + "000", c[0]});
        insert(towns, "TOWNSHIP", from, ids);
        List<String[]> villages = new ArrayList<>();
        for (String[] t : towns) for (int v = 1; v <= 20; v++) villages.add(new String[] {t[0].substring(0, 9) + String.format("%03d", v), t[0]});
        insert(villages, "VILLAGE", from, ids);
        String area = "810100000000";
        for (List<String[]> list : List.of(towns, villages)) {
            List<String> codes = list.stream().map(x -> x[0]).toList();
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                int one = 0;
                for (String c : codes) if (scopes.isWithinScope(c, area)) one++;
                long t1 = System.nanoTime();
                Set<String> set = scopes.within(codes, area);
                long t2 = System.nanoTime();
                if (set.size() != one) throw new AssertionError(set.size() + " != " + one);
                System.out.printf("RESULT units=%d within=%d round=%d unitByUnit=%.1fms oneSet=%.1fms%n", codes.size(), one, round,
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6);
            }
        }
    }

    private void insert(List<String[]> units, String level, LocalDate from, Map<String, Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        for (String[] u : units) rows.add(new Object[] {u[0], u[0], level, "x", u[1] == null ? null : ids.get(u[1]), from});
        jdbc.batchUpdate("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from) VALUES (?, ?, ?, ?, ?, ?)", rows);
        jdbc.query("SELECT id, code FROM admin_unit WHERE level = ?", rs -> {
            ids.put(rs.getString(2), rs.getLong(1));
        }, level);
    }
}
