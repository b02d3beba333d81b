package org.tongchou.app.support;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Inserts administrative units for data tests (the units feature has its own importers). */
public final class TestUnits {
    private final JdbcClient jdbc;

    public TestUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String code, String name, String level, String kind, Long parent, LocalDate from, LocalDate to) {
        KeyHolder kh = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO admin_unit (code, name, level, kind, parent_id, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(code, name, level, kind, parent, from, to).update(kh, "id");
        return kh.getKey().longValue();
    }

    /** 张家港市 with 杨舍镇, 锦丰镇 (current) and 金港镇 (until 2021). Returns {city, yangshe, jinfeng, jingang}. */
    public long[] zhangjiagang() {
        LocalDate d2000 = LocalDate.of(2000, 1, 1);
        long city = add("320582000000", "张家港市", "COUNTY", "县级市", null, d2000, null);
        long yangshe = add("320582100000", "杨舍镇", "TOWNSHIP", "镇", city, d2000, null);
        long jinfeng = add("320582104000", "锦丰镇", "TOWNSHIP", "镇", city, d2000, null);
        long jingang = add("320582102000", "金港镇", "TOWNSHIP", "镇", city, d2000, LocalDate.of(2021, 1, 1));
        return new long[] {city, yangshe, jinfeng, jingang};
    }
}
