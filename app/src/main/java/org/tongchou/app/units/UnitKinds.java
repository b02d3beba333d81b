package org.tongchou.app.units;

/**
 * The kind of a unit, derived from the suffix of its name when importing a code list (the lists carry
 * no kind column). Rules, first match wins, documented in docs/units.md:
 * <ul>
 * <li>province: 自治区, 市 (the four municipalities), else 省;</li>
 * <li>prefecture: 自治州, 地区, 盟, 市辖区 (the placeholder under municipalities), 县 (municipal
 *     counties), else 市 (also "省直辖县级行政区划");</li>
 * <li>county: 市辖区 (placeholder), 自治县, 自治旗, 区, 县, 旗, 林区, 特区, else 市;</li>
 * <li>township: 街道 (also 街道办事处, 办事处), 民族乡, 乡, 民族苏木, 苏木, 镇; otherwise
 *     开发区 for names containing 开发区, 园区, 工业园, 新区, 度假区, 保税区, 高新, 农场 or 林场 are
 *     农林场 (also 良种场, 牧场, 渔场), else 类似乡级单位;</li>
 * <li>village: 居委会 for 居委会, 居民委员会 or 社区; 村委会 for 村委会, 村民委员会, 村, 嘎查; else
 *     类似村级单位 (生活区, 管理区 ...).</li>
 * </ul>
 */
final class UnitKinds {
    private UnitKinds() {
    }

    public static String of(String name, UnitLevel level) {
        String n = name.strip();
        return switch (level) {
            case PROVINCE -> n.endsWith("自治区") ? "自治区" : n.endsWith("市") ? "直辖市" : "省";
            case PREFECTURE -> n.endsWith("自治州") ? "自治州" : n.endsWith("地区") ? "地区" : n.endsWith("盟") ? "盟"
                    : n.equals("市辖区") ? "市辖区" : n.equals("县") ? "县" : "市";
            case COUNTY -> n.equals("市辖区") ? "市辖区" : n.endsWith("自治县") ? "自治县" : n.endsWith("自治旗") ? "自治旗"
                    : n.endsWith("林区") ? "林区" : n.endsWith("特区") ? "特区" : n.endsWith("区") ? "区"
                    : n.endsWith("县") ? "县" : n.endsWith("旗") ? "旗" : "市";
            case TOWNSHIP -> township(n);
            case VILLAGE -> village(n);
        };
    }

    private static String township(String n) {
        if (n.endsWith("街道") || n.endsWith("街道办事处") || n.endsWith("办事处")) return "街道";
        if (n.endsWith("民族乡")) return "民族乡";
        if (n.endsWith("乡")) return "乡";
        if (n.endsWith("民族苏木")) return "民族苏木";
        if (n.endsWith("苏木")) return "苏木";
        if (n.endsWith("镇")) return "镇";
        for (String s : new String[] {"开发区", "园区", "工业园", "新区", "度假区", "保税区", "高新"}) {
            if (n.contains(s)) return "开发区";
        }
        for (String s : new String[] {"农场", "林场", "良种场", "牧场", "渔场"}) {
            if (n.contains(s)) return "农林场";
        }
        return "类似乡级单位";
    }

    private static String village(String n) {
        if (n.endsWith("居委会") || n.endsWith("居民委员会") || n.endsWith("社区")) return "居委会";
        if (n.endsWith("村委会") || n.endsWith("村民委员会") || n.endsWith("村") || n.endsWith("嘎查")) return "村委会";
        return "类似村级单位";
    }
}
