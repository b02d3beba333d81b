package org.tongchou.app.indicators;

import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongchou.app.periods.PeriodType;
import org.tongchou.engine.data.Direction;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads and writes a framework as YAML. The layout (see docs/indicators.md):
 *
 * <pre>
 * framework: {code: default, name_zh: ..., name_en: ..., description: ...}
 * indicators:
 *   - {code: park_share, name_zh: ..., name_en: ..., unit: "%", direction: 1, periodicity: year,
 *      min: 0, max: 100, aggregation: recompute, weight_by: null, formula: "park_enterprises / industrial_enterprises * 100"}
 * dimensions:
 *   - {code: strength, name_zh: ..., name_en: ..., weight: 1,
 *      indicators: [{code: gdp, weight: 1}], sub_dimensions: [{code: ..., indicators: [...]}]}
 * subsystems:
 *   - {code: urban, name_zh: ..., name_en: ..., indicators: [{code: urbanisation_rate, weight: 1}]}
 * </pre>
 *
 * Problems are collected over the whole file and reported together, each with its path in the file.
 */
public final class FrameworkYaml {
    private FrameworkYaml() {
    }

    /** Largest framework file read (bytes). */
    public static final int MAX_BYTES = org.tongchou.app.web.TextDocument.MAX_YAML_CHARS;
    /** At most this many problems are listed; the last line counts the rest. */
    static final int MAX_PROBLEMS = 200;
    private static final java.util.Set<String> ROOT_KEYS = java.util.Set.of("framework", "indicators", "dimensions", "subsystems");
    private static final java.util.Set<String> FRAMEWORK_KEYS = java.util.Set.of("code", "name_zh", "name_en", "description");
    private static final java.util.Set<String> INDICATOR_KEYS = java.util.Set.of("code", "name_zh", "name_en", "unit", "direction", "periodicity",
            "min", "max", "aggregation", "weight_by", "formula", "description", "computed", "levels");
    private static final java.util.Set<String> GROUP_KEYS = java.util.Set.of("code", "name_zh", "name_en", "weight", "indicators", "sub_dimensions");
    /** The longest text the database keeps of each key (others: 200). */
    private static final Map<String, Integer> MAX_TEXT = Map.of("code", 64, "unit", 40, "weight_by", 64, "formula", 2000, "description", 2000);
    private static final java.util.Set<String> LEAF_KEYS = java.util.Set.of("code", "weight");

    /**
     * Reads a framework file as given: strict UTF-8 (another encoding is refused at its line and column), a key given
     * twice, an unknown key (a typo such as {@code weigth} would silently give the default), a text that is a list or
     * a mapping, a number that is not finite, a yes/no that is neither, each refused with its path in the file.
     *
     * @throws IndicatorDefinitionException listing every problem, each prefixed by {@code source} and its path
     */
    public static Framework read(byte[] content, String source) {
        try {
            org.tongchou.app.web.TextDocument.checkYamlSize(content.length, source, "framework file");
            return read(org.tongchou.app.web.TextDocument.yaml(content, source), source);
        } catch (org.tongchou.app.web.TextDocument.UnreadableDocumentException e) {
            throw new IndicatorDefinitionException(e.getMessage());
        }
    }

    /** As {@link #read(byte[], String)}, of text already decoded. */
    public static Framework read(Reader reader, String source) {
        try {
            return read(org.tongchou.app.web.TextDocument.yamlText(new java.io.BufferedReader(reader).lines()
                    .collect(java.util.stream.Collectors.joining("\n")), source), source);
        } catch (org.tongchou.app.web.TextDocument.UnreadableDocumentException e) {
            throw new IndicatorDefinitionException(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            throw new IndicatorDefinitionException(source + ": cannot be read: " + e.getCause().getMessage());
        }
    }

    private static Framework read(Object doc, String source) {
        Reading r = new Reading(source);
        Map<String, Object> root = r.map(doc, "");
        if (root == null) throw new IndicatorDefinitionException(r.problems);
        r.keys(root, ROOT_KEYS, "");
        Map<String, Object> fw = r.map(root.get("framework"), "framework");
        if (fw != null) r.keys(fw, FRAMEWORK_KEYS, "framework");
        String code = fw == null ? null : r.string(fw, "code", "framework", true);
        List<Indicator> indicators = new ArrayList<>();
        List<Object> inds = r.list(root.get("indicators"), "indicators");
        for (int k = 0; k < inds.size(); k++) {
            Indicator i = r.indicator(inds.get(k), "indicators[" + k + "]");
            if (i != null) indicators.add(i);
        }
        List<FrameworkNode> dimensions = r.groups(root.get("dimensions"), "dimensions", NodeKind.DIMENSION);
        List<FrameworkNode> subsystems = root.get("subsystems") == null ? List.of()
                : r.groups(root.get("subsystems"), "subsystems", NodeKind.SUBSYSTEM);
        if (!r.problems.isEmpty()) throw new IndicatorDefinitionException(r.listed());
        Framework f = new Framework(code, r.string(fw, "name_zh", "framework", false), r.string(fw, "name_en", "framework", false),
                r.string(fw, "description", "framework", false), indicators, dimensions, subsystems);
        try {
            f.validate();
        } catch (IndicatorDefinitionException e) {
            throw new IndicatorDefinitionException(e.problems().stream().map(p -> source + ": " + p).toList());
        }
        return f;
    }

    public static void write(Framework f, Writer writer) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> fw = new LinkedHashMap<>();
        fw.put("code", f.code());
        fw.put("name_zh", f.nameZh());
        fw.put("name_en", f.nameEn());
        if (!f.description().isEmpty()) fw.put("description", f.description());
        root.put("framework", fw);
        List<Object> inds = new ArrayList<>();
        for (Indicator i : f.indicators()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", i.code());
            m.put("name_zh", i.nameZh());
            m.put("name_en", i.nameEn());
            m.put("unit", i.unit());
            m.put("direction", i.direction().sign());
            m.put("periodicity", i.periodicity().name().toLowerCase(Locale.ROOT));
            if (i.min() != null) m.put("min", i.min());
            if (i.max() != null) m.put("max", i.max());
            m.put("aggregation", i.aggregation().name().toLowerCase(Locale.ROOT));
            if (i.weightIndicator() != null) m.put("weight_by", i.weightIndicator());
            if (i.formula() != null) m.put("formula", i.formula());
            if (!i.description().isEmpty()) m.put("description", i.description());
            if (i.computed()) m.put("computed", true);
            if (!i.levels().isEmpty()) m.put("levels", List.copyOf(i.levels()));
            inds.add(m);
        }
        root.put("indicators", inds);
        root.put("dimensions", f.dimensions().stream().map(FrameworkYaml::node).toList());
        if (!f.subsystems().isEmpty()) root.put("subsystems", f.subsystems().stream().map(FrameworkYaml::node).toList());
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(160);
        new Yaml(o).dump(root, writer);
    }

    private static Map<String, Object> node(FrameworkNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", n.code());
        if (n.kind() != NodeKind.INDICATOR) {
            m.put("name_zh", n.nameZh());
            m.put("name_en", n.nameEn());
        }
        m.put("weight", n.weight());
        List<Object> leaves = n.children().stream().filter(c -> c.kind() == NodeKind.INDICATOR).map(FrameworkYaml::node).map(x -> (Object) x).toList();
        List<Object> subs = n.children().stream().filter(c -> c.kind() == NodeKind.SUB_DIMENSION).map(FrameworkYaml::node).map(x -> (Object) x).toList();
        if (!leaves.isEmpty()) m.put("indicators", leaves);
        if (!subs.isEmpty()) m.put("sub_dimensions", subs);
        return m;
    }

    /** Collects problems while turning the loaded YAML objects into records. */
    private static final class Reading {
        final String source;
        final List<String> problems = new ArrayList<>();

        Reading(String source) {
            this.source = source;
        }

        void problem(String path, String msg) {
            problems.add(source + ": " + (path.isEmpty() ? "" : path + ": ") + msg);
        }

        void keys(Map<String, Object> m, java.util.Set<String> known, String path) {
            for (String p : org.tongchou.app.web.TextDocument.unknownKeys(m, known, path)) problems.add(source + ": " + p);
        }

        /** The problems, at most {@link #MAX_PROBLEMS}, the last line counting those left out. */
        List<String> listed() {
            if (problems.size() <= MAX_PROBLEMS) return problems;
            List<String> l = new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            l.add(source + ": … " + (problems.size() - MAX_PROBLEMS) + " more problems");
            return l;
        }

        static String clip(Object v) {
            return org.tongchou.app.web.TextDocument.clip(v);
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> map(Object o, String path) {
            if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
            if (path.isEmpty()) problem(path, "must be a mapping with framework, indicators and dimensions" + (o == null ? " (the file is empty)" : ", not " + kind(o)));
            else problem(path, o == null ? "is missing" : "must be a mapping");
            return null;
        }

        @SuppressWarnings("unchecked")
        List<Object> list(Object o, String path) {
            if (o instanceof List<?> l) return (List<Object>) l;
            problem(path, o == null ? "is missing" : "must be a list");
            return List.of();
        }

        String string(Map<String, Object> m, String key, String path, boolean required) {
            if (m == null) return null;
            Object v = m.get(key);
            if (v == null) {
                if (required) problem(path, "'" + key + "' is missing");
                return null;
            }
            if (v instanceof String || v instanceof Integer || v instanceof Long || v instanceof java.math.BigInteger) {
                String t = v.toString();
                String bad = Indicator.textProblem(key, t, MAX_TEXT.getOrDefault(key, 200));
                if (bad != null) {
                    problem(path, bad);
                    return null;
                }
                return t;
            }
            problem(path, "'" + key + "' is " + kind(v) + " '" + clip(v) + "', not a text (quote it: \"...\")");
            return null;
        }

        Double number(Map<String, Object> m, String key, String path) {
            Object v = m.get(key);
            if (v == null) return null;
            double d;
            if (v instanceof Number n) {
                d = n.doubleValue();
            } else if (v instanceof String t && t.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
                d = Double.parseDouble(t.strip());
                if (org.tongchou.app.web.TextDocument.underflows(t, d)) {
                    problem(path, "'" + key + "' is '" + clip(v) + "', too small to be represented (it would read as 0)");
                    return null;
                }
            } else {
                problem(path, "'" + key + "' is '" + clip(v) + "', not a number");
                return null;
            }
            if (!Double.isFinite(d)) {
                problem(path, "'" + key + "' is '" + clip(v) + "', not a finite number");
                return null;
            }
            return d;
        }

        /** A yes/no key (true/false); absent is false. */
        boolean bool(Map<String, Object> m, String key, String path) {
            Object v = m.get(key);
            if (v == null) return false;
            if (v instanceof Boolean b) return b;
            String t = v.toString().trim().toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) return t.equals("true");
            problem(path, "'" + key + "' is '" + clip(v) + "', not true or false");
            return false;
        }

        <E extends Enum<E>> E enumValue(Map<String, Object> m, String key, Class<E> type, String path) {
            Object v = m.get(key);
            if (v == null) return null;
            if (!(v instanceof String)) {
                problem(path, "'" + key + "' is " + kind(v) + " '" + clip(v) + "', not one of "
                        + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
                return null;
            }
            try {
                return Enum.valueOf(type, v.toString().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                problem(path, "'" + key + "' is '" + clip(v) + "', not one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
                return null;
            }
        }

        static String kind(Object v) {
            return org.tongchou.app.web.TextDocument.kind(v);
        }

        Indicator indicator(Object o, String path) {
            Map<String, Object> m = map(o, path);
            if (m == null) return null;
            String code = string(m, "code", path, true);
            if (code == null) return null;
            String p = path + " '" + clip(code) + "'";
            int before = problems.size();
            keys(m, INDICATOR_KEYS, p);
            Direction dir = null;
            if (m.get("direction") instanceof Map<?, ?> || m.get("direction") instanceof List<?>) {
                problem(p, "'direction' is " + kind(m.get("direction")) + ", not 1 or -1");
            } else if (m.get("direction") != null) {
                try {
                    dir = Direction.parse(m.get("direction").toString());
                } catch (org.tongchou.engine.data.InvalidInputException e) {
                    problem(p, e.getMessage());
                }
            }
            PeriodType per = enumValue(m, "periodicity", PeriodType.class, p);
            Aggregation agg = enumValue(m, "aggregation", Aggregation.class, p);
            Double min = number(m, "min", p);
            Double max = number(m, "max", p);
            boolean computed = bool(m, "computed", p);
            java.util.Set<String> levels = new java.util.LinkedHashSet<>();
            Object lv = m.get("levels");
            if (lv instanceof List<?> l) {
                for (Object x : l) {
                    if (x instanceof String t) {
                        if (!levels.add(t)) problem(p, "level '" + clip(t) + "' given twice");
                    } else {
                        problem(p, "'levels' holds " + kind(x) + " '" + clip(x) + "', not a level name");
                    }
                }
            } else if (lv instanceof String t) {
                for (String x : t.split(",")) levels.add(x.strip());
            } else if (lv != null) {
                problem(p, "'levels' is " + kind(lv) + " '" + clip(lv) + "', not a list of levels");
            }
            if (problems.size() > before) return null;
            try {
                return new Indicator(code, string(m, "name_zh", p, false), string(m, "name_en", p, false), string(m, "unit", p, false),
                        dir, per, min, max, agg, string(m, "weight_by", p, false), string(m, "formula", p, false),
                        string(m, "description", p, false), computed, levels);
            } catch (IndicatorDefinitionException e) {
                problem(p, e.getMessage());
                return null;
            }
        }

        List<FrameworkNode> groups(Object o, String path, NodeKind kind) {
            List<FrameworkNode> out = new ArrayList<>();
            List<Object> l = list(o, path);
            for (int k = 0; k < l.size(); k++) {
                FrameworkNode n = group(l.get(k), path + "[" + k + "]", kind);
                if (n != null) out.add(n);
            }
            return out;
        }

        FrameworkNode group(Object o, String path, NodeKind kind) {
            Map<String, Object> m = map(o, path);
            if (m == null) return null;
            String code = string(m, "code", path, true);
            String p = path + (code == null ? "" : " '" + clip(code) + "'");
            keys(m, GROUP_KEYS, p);
            Double w = number(m, "weight", p);
            List<FrameworkNode> children = new ArrayList<>();
            if (m.get("indicators") != null) {
                List<Object> l = list(m.get("indicators"), p + "/indicators");
                for (int k = 0; k < l.size(); k++) {
                    String lp = p + "/indicators[" + k + "]";
                    Object leaf = l.get(k);
                    if (leaf instanceof String s) {
                        children.add(FrameworkNode.indicator(s, 1));
                        continue;
                    }
                    Map<String, Object> lm = map(leaf, lp);
                    if (lm == null) continue;
                    keys(lm, LEAF_KEYS, lp);
                    String lc = string(lm, "code", lp, true);
                    Double lw = number(lm, "weight", lp);
                    if (lc != null) children.add(FrameworkNode.indicator(lc, lw == null ? 1 : lw));
                }
            }
            if (m.get("sub_dimensions") != null) {
                if (kind != NodeKind.DIMENSION) {
                    problem(p, "only dimensions have sub_dimensions");
                } else {
                    children.addAll(groups(m.get("sub_dimensions"), p + "/sub_dimensions", NodeKind.SUB_DIMENSION));
                }
            }
            return new FrameworkNode(kind, code, string(m, "name_zh", p, false), string(m, "name_en", p, false), w == null ? 1 : w, children);
        }
    }
}
