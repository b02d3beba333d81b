package org.tongchou.engine.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.tongchou.engine.data.EngineInputException;

/**
 * Reads the keys of a properties file (the engine's pipeline and plan files) and collects every problem
 * instead of stopping at the first, so that a file is checked whole and refused with all its problems at
 * once. Each reading method returns {@code null} where it recorded a problem; the caller throws when
 * {@link #problems()} is not empty.
 */
public final class PropertiesReader {
    private final Properties properties;
    private final List<String> problems = new ArrayList<>();

    /**
     * A reader of one properties file.
     *
     * @param properties the file's properties
     */
    public PropertiesReader(Properties properties) {
        this.properties = properties;
    }

    /**
     * The problems found so far, in the order found; callers may add their own.
     *
     * @return the live list of problems
     */
    public List<String> problems() {
        return problems;
    }

    /**
     * The parsed value of {@code key}, or null with a problem naming the key and its text.
     *
     * @param key the key
     * @param def the text used when the key is absent; {@code null} means the key is required
     * @param parse reads the trimmed text; an {@link IllegalArgumentException} (a number that is none, an
     *        enum's unknown name) or an {@link EngineInputException} becomes a problem
     * @param <T> the value's type
     * @return the value, or null when a problem was recorded
     */
    public <T> T get(String key, String def, Function<String, T> parse) {
        String raw = properties.getProperty(key, def);
        if (raw == null) {
            problems.add("missing key '" + key + "'");
            return null;
        }
        String v = raw.trim();
        try {
            return parse.apply(v);
        } catch (IllegalArgumentException | EngineInputException e) {
            problems.add(key + " = '" + v + "': " + (e.getMessage() == null ? "invalid" : e.getMessage()));
            return null;
        }
    }

    /**
     * A required file named relative to {@code base}; a problem when the key is missing or the file absent.
     *
     * @param key  the key
     * @param base the directory a relative name is resolved against (the properties file's)
     * @return the file, or null when the key is missing
     */
    public Path path(String key, Path base) {
        String v = properties.getProperty(key);
        if (v == null || v.isBlank()) {
            problems.add("missing key '" + key + "'");
            return null;
        }
        Path f = base.resolve(v.trim());
        if (!Files.isRegularFile(f)) problems.add(key + " = '" + v.trim() + "': file " + f + " not found");
        return f;
    }

    /**
     * The comma-separated items of {@code key}, trimmed, blanks dropped; empty when the key is absent.
     *
     * @param key the key
     * @return the items
     */
    public List<String> list(String key) {
        List<String> s = new ArrayList<>();
        for (String x : properties.getProperty(key, "").split(",")) if (!x.isBlank()) s.add(x.trim());
        return s;
    }

    /**
     * Two comma-separated numbers {@code a,b}.
     *
     * @param v the text
     * @return the two numbers
     * @throws IllegalArgumentException for anything else
     */
    public static double[] pair(String v) {
        double[] a = Arrays.stream(v.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
        if (a.length != 2) throw new IllegalArgumentException("expected two numbers a,b");
        return a;
    }

    /**
     * An enum constant's name as written in a file: {@code min-max} or {@code minmax} → {@code MIN_MAX}/{@code MINMAX}.
     *
     * @param v the text
     * @return the name, upper case with underscores
     */
    public static String enumName(String v) {
        return v.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
