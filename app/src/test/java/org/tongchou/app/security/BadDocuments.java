package org.tongchou.app.security;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * Issue 9's bad-input corpus for the documents other than value files (those are {@code data.BadInputCorpus}):
 * framework and change-proposal YAML, GeoJSON boundary files and the JSON bodies of the API, as careless users,
 * other programs and attackers write them. Generated here (seeded; a few kilobytes each but for the deliberately
 * huge ones), each declaring its outcome: refused, with a text every refusal must contain (what is wrong and where:
 * a line and column, a path, a feature), or accepted.
 */
final class BadDocuments {
    static final String YANGSHE = "320582100000";
    static final String TANGQIAO = "320582101000";

    /** One document: refused with {@code where} in its problems, or ({@code where} null) accepted. */
    record Doc(String name, byte[] content, String where) {
        boolean accepted() {
            return where == null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    // ---------------------------------------------------------------- framework YAML

    static final String FRAMEWORK = """
            framework:
              code: corpus
              name_zh: 语料框架
              name_en: Corpus framework
            indicators:
              - code: corpus_a
                name_zh: 甲指标
                name_en: Indicator A
                unit: "%"
                direction: 1
                periodicity: year
                min: 0
                max: 100
                aggregation: none
              - code: corpus_b
                name_zh: 乙指标
                name_en: Indicator B
                unit: 个
                direction: -1
                periodicity: year
                min: 0
                max: 1000
                aggregation: sum
                levels: [township]
            dimensions:
              - code: corpus_dim
                name_zh: 维度
                name_en: Dimension
                weight: 1
                indicators:
                  - {code: corpus_a, weight: 1}
                  - {code: corpus_b, weight: 2}
            """;

    private static String line(String yaml, String from, String to) {
        if (!yaml.contains(from)) throw new IllegalArgumentException("no '" + from + "' in the base framework");
        return yaml.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    static List<Doc> frameworks() {
        List<Doc> d = new ArrayList<>();
        String f = FRAMEWORK;
        // accepted: as written, with a byte-order mark, in UTF-16 with its mark, CRLF, comments, anchors and aliases
        d.add(new Doc("framework-plain.yml", utf8(f), null));
        d.add(new Doc("framework-bom.yml", concat(BOM, utf8(f)), null));
        d.add(new Doc("framework-utf16le-bom.yml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, f.getBytes(StandardCharsets.UTF_16LE)), null));
        d.add(new Doc("framework-crlf.yml", utf8(f.replace("\n", "\r\n")), null));
        d.add(new Doc("framework-anchors.yml", utf8(line(line(f, "    periodicity: year\n", "    periodicity: &yearly year\n"),
                "    periodicity: year\n    min: 0\n    max: 1000", "    periodicity: *yearly\n    min: 0\n    max: 1000")), null));
        // not YAML, not a framework
        d.add(new Doc("framework-empty.yml", new byte[0], "must be a mapping"));
        d.add(new Doc("framework-scalar.yml", utf8("just some text\n"), "must be a mapping"));
        d.add(new Doc("framework-list.yml", utf8("- a\n- b\n"), "must be a mapping"));
        d.add(new Doc("framework-null.yml", utf8("~\n"), "must be a mapping"));
        d.add(new Doc("framework-unclosed-flow.yml", utf8("framework: {code: x, name_zh: [\n"), "line "));
        d.add(new Doc("framework-tabs.yml", utf8(f.replace("  name_zh: 语料框架", "\tname_zh: 语料框架")), "line 3"));
        d.add(new Doc("framework-two-documents.yml", utf8(f + "---\n" + f), "line "));
        d.add(new Doc("framework-json.yml", utf8("{\"framework\": {\"code\": \"x\"}, \"indicators\": 5}"), "indicators: must be a list"));
        d.add(new Doc("framework-csv.yml", utf8("unit,indicator,period,value\n320582100000,gdp,2024,1\n"), "must be a mapping"));
        d.add(new Doc("framework-nul.yml", concat(utf8("framework:\n  code: x\0\n"), new byte[0]), "NUL"));
        d.add(new Doc("framework-escape-char.yml", utf8(line(f, "name_en: Indicator A", "name_en: \"Indicator \\e[31mA\"")), "corpus_a"));
        // bombs and depth
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c).append(": &").append(c).append(" [");
            for (int k = 0; k < 9; k++) laughs.append(k == 0 ? "" : ",").append('*').append((char) (c - 1));
            laughs.append("]\n");
        }
        d.add(new Doc("framework-billion-laughs.yml", utf8(laughs.toString()), "not valid YAML"));
        d.add(new Doc("framework-deep-lists.yml", utf8("framework: " + "[".repeat(5000) + "]".repeat(5000) + "\n"), "not valid YAML"));
        StringBuilder deepMap = new StringBuilder();
        for (int k = 0; k < 200; k++) deepMap.append("  ".repeat(k)).append("k:\n");
        d.add(new Doc("framework-deep-mappings.yml", utf8(deepMap.toString()), "not valid YAML"));
        d.add(new Doc("framework-recursive-alias.yml", utf8(line(f, "dimensions:\n  - code: corpus_dim", "dimensions: &dims\n  - code: corpus_dim")
                .replace("      - {code: corpus_b, weight: 2}\n", "      - {code: corpus_b, weight: 2}\n    sub_dimensions: *dims\n")), "sub_dimensions"));
        d.add(new Doc("framework-huge-file.yml", utf8(line(f, "name_en: Indicator A", "name_en: \"" + "x".repeat(3_300_000) + "\"")), "at most"));
        d.add(new Doc("framework-huge-name.yml", utf8(line(f, "name_en: Indicator A", "name_en: \"" + "名".repeat(300_000) + "\"")), "corpus_a"));
        d.add(new Doc("framework-java-object.yml", utf8(line(f, "name_en: Indicator A",
                "name_en: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]")), "line 8"));
        // encodings
        d.add(new Doc("framework-gbk.yml", f.getBytes(Charset.forName("GBK")), "GBK"));
        d.add(new Doc("framework-big5.yml", f.replace("语料框架", "語料框架").replace("甲指标", "甲指標").replace("乙指标", "乙指標").replace("维度", "維度")
                .getBytes(Charset.forName("Big5")), "line 3"));
        d.add(new Doc("framework-latin1.yml", line(f, "Indicator A", "Indicateur é").getBytes(StandardCharsets.ISO_8859_1), "line 8"));
        d.add(new Doc("framework-utf16le-no-bom.yml", f.getBytes(StandardCharsets.UTF_16LE), "NUL"));
        d.add(new Doc("framework-utf32.yml", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, f.getBytes(Charset.forName("UTF-32BE"))), "UTF-32"));
        d.add(new Doc("framework-cut-utf8.yml", java.util.Arrays.copyOf(utf8(f), utf8(f).length - 0), null));
        d.set(d.size() - 1, new Doc("framework-cut-utf8.yml", concat(utf8("framework:\n  code: x\n  name_zh: 语"), new byte[] {(byte) 0xE8, (byte) 0xAE}), "line 3"));
        // duplicate and unknown keys
        d.add(new Doc("framework-duplicate-key.yml", utf8(line(f, "    max: 100\n", "    max: 100\n    max: 10\n")), "max"));
        d.add(new Doc("framework-duplicate-root.yml", utf8(f + "framework:\n  code: other\n"), "framework"));
        d.add(new Doc("framework-unknown-key.yml", utf8(line(f, "    direction: 1\n", "    directon: -1\n    direction: 1\n")), "unknown key 'directon'"));
        d.add(new Doc("framework-misspelt-weight.yml", utf8(line(f, "{code: corpus_b, weight: 2}", "{code: corpus_b, weigth: 2}")), "unknown key 'weigth'"));
        d.add(new Doc("framework-singular-root.yml", utf8(f.replace("indicators:\n  - code: corpus_a", "indicator:\n  - code: corpus_a")), "unknown key 'indicator'"));
        // wrong types
        d.add(new Doc("framework-code-list.yml", utf8(line(f, "  - code: corpus_a", "  - code: [corpus_a]")), "not a text"));
        d.add(new Doc("framework-name-mapping.yml", utf8(line(f, "name_zh: 甲指标", "name_zh: {zh: 甲指标}")), "not a text"));
        d.add(new Doc("framework-name-date.yml", utf8(line(f, "name_en: Indicator A", "name_en: 2024-01-01")), "not a text"));
        d.add(new Doc("framework-name-yes.yml", utf8(line(f, "name_en: Indicator A", "name_en: yes")), "not a text"));
        d.add(new Doc("framework-name-binary.yml", utf8(line(f, "name_en: Indicator A", "name_en: !!binary aGVsbG8=")), "not a text"));
        d.add(new Doc("framework-direction-list.yml", utf8(line(f, "    direction: 1\n", "    direction: [1]\n")), "direction"));
        d.add(new Doc("framework-direction-two.yml", utf8(line(f, "    direction: 1\n", "    direction: 2\n")), "corpus_a"));
        d.add(new Doc("framework-min-text.yml", utf8(line(f, "    min: 0\n", "    min: zero\n")), "'min' is 'zero', not a number"));
        d.add(new Doc("framework-min-comma.yml", utf8(line(f, "    min: 0\n", "    min: \"1,5\"\n")), "not a number"));
        d.add(new Doc("framework-min-nan.yml", utf8(line(f, "    min: 0\n", "    min: .nan\n")), "not a finite number"));
        d.add(new Doc("framework-max-inf.yml", utf8(line(f, "    max: 100\n", "    max: .inf\n")), "not a finite number"));
        d.add(new Doc("framework-max-huge.yml", utf8(line(f, "    max: 100\n", "    max: 1e400\n")), "not a finite number"));
        d.add(new Doc("framework-max-tiny.yml", utf8(line(f, "    max: 100\n", "    max: 1e-400\n")), "too small to be represented"));
        d.add(new Doc("framework-max-tiny-text.yml", utf8(line(f, "    max: 100\n", "    max: \"1e-400\"\n")), "too small to be represented"));
        d.add(new Doc("framework-max-nan-text.yml", utf8(line(f, "    max: 100\n", "    max: \"NaN\"\n")), "not a number"));
        d.add(new Doc("framework-weight-text.yml", utf8(line(f, "{code: corpus_b, weight: 2}", "{code: corpus_b, weight: heavy}")), "'weight' is 'heavy'"));
        d.add(new Doc("framework-levels-mapping.yml", utf8(line(f, "levels: [township]", "levels: {township: yes}")), "not a list of levels"));
        d.add(new Doc("framework-levels-unknown.yml", utf8(line(f, "levels: [township]", "levels: [town]")), "town"));
        d.add(new Doc("framework-levels-twice.yml", utf8(line(f, "levels: [township]", "levels: [township, township]")), "given twice"));
        d.add(new Doc("framework-computed-text.yml", utf8(line(f, "    aggregation: none\n", "    aggregation: none\n    computed: perhaps\n")), "not true or false"));
        d.add(new Doc("framework-periodicity-number.yml", utf8(line(f, "    periodicity: year\n    min: 0\n    max: 100", "    periodicity: 12\n    min: 0\n    max: 100")), "periodicity"));
        d.add(new Doc("framework-aggregation-list.yml", utf8(line(f, "    aggregation: none\n", "    aggregation: [none]\n")), "aggregation"));
        d.add(new Doc("framework-indicators-mapping.yml", utf8(f.replace("indicators:\n  - code: corpus_a", "indicators:\n  first:\n    code: corpus_a").replace("\n  - code: corpus_b", "\n  second:\n    code: corpus_b")), "indicators"));
        d.add(new Doc("framework-dimensions-text.yml", utf8(f.substring(0, f.indexOf("dimensions:")) + "dimensions: all of them\n"), "dimensions: must be a list"));
        d.add(new Doc("framework-missing-code.yml", utf8(line(f, "framework:\n  code: corpus\n", "framework:\n")), "'code' is missing"));
        d.add(new Doc("framework-unknown-indicator-in-dimension.yml", utf8(line(f, "{code: corpus_b, weight: 2}", "{code: corpus_c, weight: 2}")), "corpus_c"));
        return d;
    }

    // ---------------------------------------------------------------- change proposals (YAML)

    static final String PROPOSAL = """
            from: "2.4.0"
            to: "2.7.0"
            within: "320582"
            date: "2021-01-01"
            unchanged: 10
            changes:
              - kind: RENAME
                date: "2021-01-01"
                note: "corpus"
                predecessors:
                  - {code: "320582101000", name: "塘桥镇"}
                successors:
                  - {code: "320582101000", name: "塘桥新镇", level: TOWNSHIP, parent: "320582000000"}
            """;

    static List<Doc> proposals() {
        List<Doc> d = new ArrayList<>();
        String p = PROPOSAL;
        d.add(new Doc("proposal-gbk.yaml", p.getBytes(Charset.forName("GBK")), "GBK"));
        d.add(new Doc("proposal-duplicate-key.yaml", utf8(p.replace("    note: \"corpus\"\n", "    note: \"corpus\"\n    note: \"again\"\n")), "note"));
        d.add(new Doc("proposal-unknown-key.yaml", utf8(p.replace("    successors:", "    sucessors:")), "unknown key 'sucessors'"));
        d.add(new Doc("proposal-existing-text.yaml", utf8(p.replace("level: TOWNSHIP,", "existing: \"yes\",")), "not true or false"));
        d.add(new Doc("proposal-share-text.yaml", utf8(p.replace("parent: \"320582000000\"}", "parent: \"320582000000\", shares: {\"320582101000\": half}}")), "not a number in [0, 1]"));
        d.add(new Doc("proposal-code-list.yaml", utf8(p.replace("{code: \"320582101000\", name: \"塘桥镇\"}", "{code: [\"320582101000\"], name: \"塘桥镇\"}")), "not a unit code"));
        d.add(new Doc("proposal-name-mapping.yaml", utf8(p.replace("name: \"塘桥新镇\"", "name: {zh: \"塘桥新镇\"}")), "not a text"));
        d.add(new Doc("proposal-unchanged-text.yaml", utf8(p.replace("unchanged: 10", "unchanged: many")), "not a count"));
        d.add(new Doc("proposal-kind-unknown.yaml", utf8(p.replace("kind: RENAME", "kind: rename")), "not one of"));
        d.add(new Doc("proposal-tabs.yaml", utf8(p.replace("  - kind: RENAME", "\t- kind: RENAME")), "line 7"));
        d.add(new Doc("proposal-billion-laughs.yaml", frameworks().stream().filter(x -> x.name().equals("framework-billion-laughs.yml")).findFirst().orElseThrow().content(),
                "not valid YAML"));
        d.add(new Doc("proposal-empty.yaml", new byte[0], "expected a mapping"));
        d.add(new Doc("proposal-date-bad.yaml", utf8(p.replace("date: \"2021-01-01\"\nunchanged", "date: \"2021-02-30\"\nunchanged")), "not a date"));
        return d;
    }

    // ---------------------------------------------------------------- GeoJSON

    static String square(double lon, double lat) {
        return "[[" + lon + "," + lat + "],[" + (lon + 0.1) + "," + lat + "],[" + (lon + 0.1) + "," + (lat + 0.1) + "],[" + lon + "," + (lat + 0.1) + "],[" + lon + "," + lat + "]]";
    }

    static String feature(String properties, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
    }

    static String polygon(String rings) {
        return "{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}";
    }

    static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    static final String YANGSHE_PROPS = "{\"code\":\"" + YANGSHE + "\",\"name\":\"杨舍镇\"}";

    /** A good feature of 杨舍镇 with one thing changed, to be refused. */
    private static String yangshe(String rings) {
        return collection(feature(YANGSHE_PROPS, polygon(rings)));
    }

    static List<Doc> geoJson() {
        List<Doc> d = new ArrayList<>();
        String good = square(120.5, 31.8);
        d.add(new Doc("geo-not-json.geojson", utf8("this is not JSON"), "not JSON"));
        d.add(new Doc("geo-empty.geojson", new byte[0], "FeatureCollection"));
        d.add(new Doc("geo-cut.geojson", utf8(yangshe(good).substring(0, 60)), "not JSON"));
        d.add(new Doc("geo-trailing-garbage.geojson", utf8(yangshe(good) + " trailing"), "not JSON"));
        d.add(new Doc("geo-two-documents.geojson", utf8(yangshe(good) + yangshe(good)), "not JSON"));
        d.add(new Doc("geo-array.geojson", utf8("[" + yangshe(good) + "]"), "FeatureCollection"));
        d.add(new Doc("geo-number.geojson", utf8("42"), "FeatureCollection"));
        d.add(new Doc("geo-feature-not-collection.geojson", utf8(feature(YANGSHE_PROPS, polygon(good))), "FeatureCollection"));
        d.add(new Doc("geo-geometry-collection.geojson", utf8("{\"type\":\"GeometryCollection\",\"geometries\":[" + polygon(good) + "]}"), "FeatureCollection"));
        d.add(new Doc("geo-no-features.geojson", utf8("{\"type\":\"FeatureCollection\",\"features\":[]}"), "features"));
        d.add(new Doc("geo-features-object.geojson", utf8("{\"type\":\"FeatureCollection\",\"features\":{\"a\":1}}"), "features"));
        d.add(new Doc("geo-feature-number.geojson", utf8(collection("7")), "feature 0"));
        d.add(new Doc("geo-no-geometry.geojson", utf8(collection(feature(YANGSHE_PROPS, "null"))), "no geometry"));
        d.add(new Doc("geo-point.geojson", utf8(collection(feature(YANGSHE_PROPS, "{\"type\":\"Point\",\"coordinates\":[120.5,31.8]}"))), "expected Polygon"));
        d.add(new Doc("geo-coordinates-text.geojson", utf8(collection(feature(YANGSHE_PROPS, "{\"type\":\"Polygon\",\"coordinates\":\"120,31\"}"))), "expected Polygon"));
        d.add(new Doc("geo-ring-level-nesting.geojson", utf8(collection(feature(YANGSHE_PROPS, "{\"type\":\"Polygon\",\"coordinates\":" + good + "}"))), "ring 0"));
        d.add(new Doc("geo-multipolygon-as-polygon.geojson", utf8(collection(feature(YANGSHE_PROPS, "{\"type\":\"MultiPolygon\",\"coordinates\":[" + good + "]}"))),
                "polygon 0"));
        d.add(new Doc("geo-deep-nesting.geojson", utf8(collection(feature(YANGSHE_PROPS, "{\"type\":\"Polygon\",\"coordinates\":" + "[".repeat(3000) + "]".repeat(3000) + "}"))),
                "nesting depth"));
        d.add(new Doc("geo-unclosed-ring.geojson", utf8(yangshe("[[120.5,31.8],[120.6,31.8],[120.6,31.9],[120.5,31.9]]")), "not closed"));
        d.add(new Doc("geo-three-positions.geojson", utf8(yangshe("[[120.5,31.8],[120.6,31.8],[120.5,31.8]]")), "at least 4"));
        d.add(new Doc("geo-bow-tie.geojson", utf8(yangshe("[[120.5,31.8],[120.6,31.9],[120.6,31.8],[120.5,31.9],[120.5,31.8]]")), "crosses itself"));
        d.add(new Doc("geo-spike.geojson", utf8(yangshe("[[120.5,31.8],[120.6,31.8],[120.7,31.8],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "crosses itself"));
        d.add(new Doc("geo-figure-eight.geojson", utf8(yangshe("[[120.5,31.8],[120.6,31.9],[120.7,31.8],[120.7,32.0],[120.6,31.9],[120.5,32.0],[120.5,31.8]]")),
                "crosses itself"));
        d.add(new Doc("geo-longitude-out-of-range.geojson", utf8(yangshe("[[200,31.8],[200.1,31.8],[200.1,31.9],[200,31.8]]")), "outside longitude/latitude"));
        d.add(new Doc("geo-latitude-out-of-range.geojson", utf8(yangshe("[[120.5,-91],[120.6,-91],[120.6,-90.5],[120.5,-91]]")), "outside longitude/latitude"));
        d.add(new Doc("geo-huge-number.geojson", utf8(yangshe("[[1e400,31.8],[120.6,31.8],[120.6,31.9],[1e400,31.8]]")), "outside longitude/latitude"));
        d.add(new Doc("geo-long-number.geojson", utf8(yangshe("[[1" + "0".repeat(2000) + ",31.8],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "not JSON"));
        d.add(new Doc("geo-nan.geojson", utf8(yangshe("[[NaN,31.8],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "not JSON"));
        d.add(new Doc("geo-infinity.geojson", utf8(yangshe("[[Infinity,31.8],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "not JSON"));
        d.add(new Doc("geo-position-text.geojson", utf8(yangshe("[[\"120.5\",\"31.8\"],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "position 0"));
        d.add(new Doc("geo-position-null.geojson", utf8(yangshe("[[null,null],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "position 0"));
        d.add(new Doc("geo-position-one-number.geojson", utf8(yangshe("[[120.5],[120.6,31.8],[120.6,31.9],[120.5,31.8]]")), "position 0"));
        d.add(new Doc("geo-unknown-code.geojson", utf8(collection(feature("{\"code\":\"999999999999\"}", polygon(good)))), "999999999999"));
        d.add(new Doc("geo-province-code.geojson", utf8(collection(feature("{\"code\":\"32\"}", polygon(good)))), "'32'"));
        d.add(new Doc("geo-code-mapping.geojson", utf8(collection(feature("{\"code\":{\"v\":\"" + YANGSHE + "\"}}", polygon(good)))), "feature 0"));
        d.add(new Doc("geo-huge-code.geojson", utf8(collection(feature("{\"code\":\"" + "9".repeat(1_000_000) + "\"}", polygon(good)))), "characters)"));
        d.add(new Doc("geo-unit-twice.geojson", utf8(collection(feature(YANGSHE_PROPS, polygon(good)), feature(YANGSHE_PROPS, polygon(square(120.7, 31.8))))),
                "unit given twice"));
        d.add(new Doc("geo-duplicate-key.geojson", utf8(collection(feature("{\"code\":\"" + YANGSHE + "\",\"code\":\"" + TANGQIAO + "\"}", polygon(good)))),
                "code"));
        d.add(new Doc("geo-gbk-name.geojson", collection(feature("{\"name\":\"杨舍镇\"}", polygon(good))).getBytes(Charset.forName("GBK")), "GBK"));
        d.add(new Doc("geo-nul.geojson", utf8(yangshe(good).replace("杨舍镇", "杨舍\0镇")), "NUL"));
        // huge: one bad position among 300,000, and 20,000 features of no unit (the answer lists at most 1,000)
        Random r = new Random(20261207);
        StringBuilder ring = new StringBuilder("[");
        int n = 300_000;
        for (int k = 0; k < n; k++) {
            double a = 2 * Math.PI * k / n;
            double lon = k == 123_456 ? 181 : 120.6 + 0.05 * Math.cos(a) + r.nextDouble() * 1e-9;
            ring.append(k == 0 ? "" : ",").append('[').append(String.format(java.util.Locale.ROOT, "%.9f", lon)).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.9f", 31.85 + 0.05 * Math.sin(a))).append(']');
        }
        ring.append(",").append(ring, 1, ring.indexOf("]") + 1).append("]");
        d.add(new Doc("geo-huge-ring.geojson", utf8(yangshe(ring.toString())), "position 123456"));
        String[] many = new String[20_000];
        for (int k = 0; k < many.length; k++) many[k] = feature("{\"code\":\"9999999" + String.format("%05d", k) + "\"}", polygon(good));
        d.add(new Doc("geo-20000-unknown-features.geojson", utf8(collection(many)), "feature 999:"));
        d.add(new Doc("geo-too-large.geojson", utf8(yangshe(good) + " ".repeat(13 << 20)), "larger than"));
        return d;
    }

    // ---------------------------------------------------------------- JSON bodies of the API

    /** An API call that writes: method, path, a valid body, and the fields it must have (null for them is refused). */
    record Endpoint(String method, String path, String body, List<String> required) {
    }

    /** A body sent to an endpoint, which must be refused. */
    record Call(Endpoint endpoint, String name, byte[] body) {
        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.path() + " " + name;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("PUT", "/api/entry/" + YANGSHE + "/2024",
                        "{\"values\":[{\"indicator\":\"farmland\",\"value\":\"12000.5\",\"comment\":\"corpus\"}],\"submit\":false}", List.of()),
                new Endpoint("POST", "/api/entry/" + YANGSHE + "/2024/return", "{\"reason\":\"corpus\",\"indicators\":[\"farmland\"]}", List.of("reason")),
                new Endpoint("POST", "/api/targets/proposals",
                        "[{\"unit\":\"" + YANGSHE + "\",\"indicator\":\"gdp\",\"year\":2025,\"value\":100.5,\"note\":\"corpus\"}]", List.of()),
                new Endpoint("POST", "/api/targets/share", "{\"area\":\"320582\",\"indicator\":\"gdp\",\"year\":2025,\"cityTarget\":1000.5,\"baseYear\":2024}",
                        List.of("area", "indicator")),
                new Endpoint("POST", "/api/meetings", "{\"kind\":\"ON_SITE\",\"title\":\"corpus\",\"heldOn\":\"2024-05-01\",\"hostUnit\":\"" + YANGSHE
                        + "\",\"venue\":\"v\",\"items\":[{\"part\":\"LOOK\",\"title\":\"t\",\"detail\":\"d\"}]}", List.of("title", "heldOn")),
                new Endpoint("POST", "/api/users", "{\"username\":\"corpus_user\",\"displayName\":\"Corpus\",\"password\":\"a-long-corpus-passphrase\",\"role\":\"ANALYST\"}",
                        List.of("username", "password", "role")),
                new Endpoint("PUT", "/api/notifications/email", "{\"address\":\"corpus@example.org\",\"enabled\":true}", List.of()),
                new Endpoint("POST", "/api/admin/indicators/formula-check", "{\"code\":\"corpus_x\",\"formula\":\"gdp / resident_population\"}", List.of()),
                new Endpoint("POST", "/api/tokens", "{\"name\":\"corpus\",\"readOnly\":true,\"expiresInDays\":30}", List.of()));
    }

    /** The bodies each endpoint must refuse: broken JSON, bombs, duplicates, wrong types, unknown keys, nulls, huge strings. */
    static List<Call> calls() {
        List<Call> out = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            String b = e.body();
            add(out, e, "not-json", "{\"values\": [");
            add(out, e, "empty", "");
            add(out, e, "text", "hello");
            add(out, e, "trailing-garbage", b + " x");
            add(out, e, "two-documents", b + b);
            out.add(new Call(e, "gbk-bytes", concat(utf8(b.substring(0, b.lastIndexOf('"'))), "测试".getBytes(Charset.forName("GBK")), utf8(b.substring(b.lastIndexOf('"'))))));
            add(out, e, "deep-nesting", firstValue(b, v -> "[".repeat(2000) + "]".repeat(2000)));
            add(out, e, "unknown-key", b.startsWith("[") ? "[{\"unexpected\":1," + b.substring(2) : "{\"unexpected\":1," + b.substring(1));
            String firstKey = b.substring(b.indexOf('"') + 1, b.indexOf('"', b.indexOf('"') + 1));
            if (!b.startsWith("[")) add(out, e, "duplicate-key", "{" + b.substring(1, b.length() - 1) + ",\"" + firstKey + "\":" + valueOf(b, firstKey) + "}");
            add(out, e, "wrong-type-array", firstValue(b, v -> "[" + v + "]"));
            add(out, e, "wrong-type-object", firstValue(b, v -> "{\"v\":" + v + "}"));
            add(out, e, "huge-string", firstValue(b, v -> "\"" + "长".repeat(2_000_000) + "\""));
            if (b.contains(":100.5") || b.contains(":1000.5")) {
                add(out, e, "number-1e400", b.replaceFirst(":100(0)?\\.5", ":1e400"));
                add(out, e, "number-nan-text", b.replaceFirst(":100(0)?\\.5", ":\"NaN\""));
                add(out, e, "number-1e-400", b.replaceFirst(":100(0)?\\.5", ":1e-400"));
                add(out, e, "number-2000-digits", b.replaceFirst(":100(0)?\\.5", ":1" + "0".repeat(2000)));
                add(out, e, "number-bare-nan", b.replaceFirst(":100(0)?\\.5", ":NaN"));
            }
            if (b.contains("\"year\":2025")) add(out, e, "year-fraction", b.replace("\"year\":2025", "\"year\":2025.5"));
            if (b.contains("\"expiresInDays\":30")) add(out, e, "days-fraction", b.replace("\"expiresInDays\":30", "\"expiresInDays\":30.9"));
            if (b.contains(":true") || b.contains(":false")) add(out, e, "boolean-as-number", b.replaceFirst(":(true|false)", ":1"));
            for (String field : e.required()) add(out, e, "null-" + field, b.replace(valueKey(field, b), "\"" + field + "\":null"));
        }
        return out;
    }

    private static void add(List<Call> out, Endpoint e, String name, String body) {
        out.add(new Call(e, name, utf8(body)));
    }

    /** The body with its first value (of the first key) replaced. */
    private static String firstValue(String body, UnaryOperator<String> replace) {
        int k = body.indexOf('"');
        int colon = body.indexOf(':', k);
        int end = valueEnd(body, colon + 1);
        return body.substring(0, colon + 1) + replace.apply(body.substring(colon + 1, end)) + body.substring(end);
    }

    private static String valueOf(String body, String key) {
        int colon = body.indexOf("\"" + key + "\":") + key.length() + 2;
        return body.substring(colon + 1, valueEnd(body, colon + 1));
    }

    private static String valueKey(String key, String body) {
        return "\"" + key + "\":" + valueOf(body, key);
    }

    /** Where the JSON value starting at {@code from} ends. */
    private static int valueEnd(String s, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '[' || c == '{') depth++;
            else if (c == ']' || c == '}') {
                if (depth == 0) return i;
                depth--;
            } else if (c == ',' && depth == 0) return i;
        }
        return s.length();
    }
}
