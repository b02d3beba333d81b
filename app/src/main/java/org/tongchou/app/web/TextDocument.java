package org.tongchou.app.web;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The text of an uploaded or given document (a framework or change-proposal YAML, a GeoJSON boundary file), read so
 * that nothing in it becomes a silent wrong value. UTF-8 (a byte-order mark is skipped; UTF-16 with its mark is read),
 * decoded strictly: a file in GBK, Big5 or Latin-1 is refused at the line and column of its first byte that is not
 * UTF-8 (naming the encoding it reads as), never read as replacement characters into names. YAML is loaded with
 * SnakeYAML's safe constructor (plain maps, lists and scalars; no Java objects), refusing a key given twice in a
 * mapping (it would silently replace the first), more than 50 aliases (billion laughs), nesting deeper than 50 and
 * documents over 3 million characters, each with its line and column. Issue 9 (docs/security.md).
 */
public final class TextDocument {
    /** Largest YAML document read, in characters (SnakeYAML's code-point limit). */
    public static final int MAX_YAML_CHARS = 3 << 20;

    private TextDocument() {
    }

    /** A document that cannot be read: the message names the file, the line and column, and what is wrong. */
    public static final class UnreadableDocumentException extends IllegalArgumentException {
        public UnreadableDocumentException(String message) {
            super(message);
        }
    }

    /**
     * Refuses a YAML document of {@code bytes} bytes when it is larger than {@link #MAX_YAML_CHARS}, before it is read.
     *
     * @param what what the document is, for the message ({@code "framework file"})
     * @throws UnreadableDocumentException "SOURCE: N bytes; a WHAT has at most MAX"
     */
    public static void checkYamlSize(long bytes, String source, String what) {
        if (bytes > MAX_YAML_CHARS) throw new UnreadableDocumentException(source + ": " + bytes + " bytes; a " + what + " has at most " + MAX_YAML_CHARS);
    }

    /**
     * The bytes of a YAML file, its size checked ({@link #checkYamlSize}) before anything is read.
     *
     * @throws UnreadableDocumentException when it is too large
     * @throws IOException when it cannot be read
     */
    public static byte[] yamlBytes(java.nio.file.Path file, String source, String what) throws java.io.IOException {
        checkYamlSize(java.nio.file.Files.size(file), source, what);
        return java.nio.file.Files.readAllBytes(file);
    }

    /**
     * Whether a number written as {@code text} was read as {@code value} 0 although its digits before any exponent are
     * not all zero ({@code 1e-400}): too small to be represented, it would silently become 0. One check for every
     * reader of numbers (YAML, JSON, CSV and spreadsheet imports); fast, no regular expression (imports call it per value).
     */
    public static boolean underflows(String text, double value) {
        if (value != 0) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') return false;
            if (c >= '1' && c <= '9') return true;
        }
        return false;
    }

    /** The text of {@code bytes}. @throws UnreadableDocumentException naming {@code source} and where it is not UTF-8 */
    public static String text(byte[] bytes, String source) {
        Charset cs = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 4 && (bytes[0] == 0 && bytes[1] == 0 && (bytes[2] & 0xFF) == 0xFE && (bytes[3] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE && bytes[2] == 0 && bytes[3] == 0)) {
            throw new UnreadableDocumentException(source + ": line 1, column 1: UTF-32 text; save it as UTF-8");
        } else if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (cs == StandardCharsets.UTF_8) {
            for (int k = skip; k < bytes.length; k++) {
                if (bytes[k] == 0) {
                    int line = 1;
                    int lineStart = skip;
                    for (int j = skip; j < k; j++) {
                        if (bytes[j] == '\n') {
                            line++;
                            lineStart = j + 1;
                        }
                    }
                    throw new UnreadableDocumentException(source + ": line " + line + ", column " + (k - lineStart + 1) + " (byte " + (k + 1)
                            + "): a NUL byte (binary data, or UTF-16 text without its byte-order mark); save the file as UTF-8");
                }
            }
        }
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length - skip) + 16));
        CoderResult r = d.decode(in, out, true);
        if (r.isUnderflow()) r = d.flush(out);
        if (r.isError()) {
            int at = in.position();
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int k = 0; k < before.length(); k++) {
                if (before.charAt(k) == '\n') {
                    line++;
                    lineStart = k + 1;
                }
            }
            throw new UnreadableDocumentException(source + ": line " + line + ", column " + (before.length() - lineStart + 1) + " (byte " + (at + 1)
                    + "): not " + cs.name() + " text" + likely(bytes, skip) + "; save the file as UTF-8");
        }
        out.flip();
        String s = out.toString();
        if (s.indexOf('\0') >= 0) {
            throw new UnreadableDocumentException(source + ": holds a NUL character (binary data, or UTF-16 without its byte-order mark); save it as UTF-8");
        }
        return s;
    }

    private static String likely(byte[] bytes, int skip) {
        for (String name : List.of("GB18030", "Big5")) {
            try {
                Charset.forName(name).newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
                return name.equals("GB18030") ? " (it reads as GBK/GB18030, as Chinese Windows saves it)" : " (it reads as Big5)";
            } catch (CharacterCodingException e) {
                // not this one either
            }
        }
        return "";
    }

    /**
     * The YAML document of {@code bytes}: maps, lists, strings, numbers, booleans, dates and null.
     *
     * @throws UnreadableDocumentException naming {@code source}, the line and column, and the reason
     */
    public static Object yaml(byte[] bytes, String source) {
        return yamlText(text(bytes, source), source);
    }

    /** As {@link #yaml(byte[], String)}, of text already decoded. */
    public static Object yamlText(String text, String source) {
        LoaderOptions o = new LoaderOptions();
        o.setAllowDuplicateKeys(false);
        o.setMaxAliasesForCollections(50);
        o.setNestingDepthLimit(50);
        o.setCodePointLimit(MAX_YAML_CHARS);
        o.setAllowRecursiveKeys(false);
        try {
            return new Yaml(new StrictNumbers(o)).load(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "" : "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ": ";
            String what = (e.getContext() == null ? "" : e.getContext() + " ") + (e.getProblem() == null ? "" : e.getProblem());
            throw new UnreadableDocumentException(source + ": " + where + "not valid YAML: " + clip(what.strip()));
        } catch (YAMLException e) {
            throw new UnreadableDocumentException(source + ": not valid YAML: " + clip(String.valueOf(e.getMessage())));
        } catch (StackOverflowError e) {
            throw new UnreadableDocumentException(source + ": not valid YAML: nested too deep");
        }
    }

    /**
     * SnakeYAML's safe constructor, except that a float too small for a {@code double} (e.g. {@code 1e-400}) is
     * refused with its line and column instead of silently becoming 0, as the JSON reader refuses it
     * ({@code StrictJson}): a weight or a bound that reads as 0 is a silently wrong value.
     */
    private static final class StrictNumbers extends SafeConstructor {
        StrictNumbers(LoaderOptions o) {
            super(o);
            this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.FLOAT, new ConstructYamlFloat() {
                @Override
                public Object construct(org.yaml.snakeyaml.nodes.Node node) {
                    Object v = super.construct(node);
                    String t = ((org.yaml.snakeyaml.nodes.ScalarNode) node).getValue();
                    if (v instanceof Double d && underflows(t, d)) {
                        throw new org.yaml.snakeyaml.constructor.ConstructorException(null, null,
                                "the number " + clip(t) + " is too small to be represented (it would read as 0)", node.getStartMark()) {
                        };
                    }
                    return v;
                }
            });
        }
    }

    /** The keys of {@code map} that are not {@code known}, each as a problem "PATH: unknown key 'K' (known: …)". */
    public static List<String> unknownKeys(Map<?, ?> map, Set<String> known, String path) {
        List<String> out = new ArrayList<>();
        for (Object k : map.keySet()) {
            if (!(k instanceof String s) || !known.contains(s)) {
                out.add((path.isEmpty() ? "" : path + ": ") + "unknown key '" + clip(k) + "' (expected one of "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
        return out;
    }

    /** A value of a document as a problem quotes it: its text, at most 60 characters; null stays null. */
    public static String clip(Object v) {
        return clip(v == null ? null : v.toString(), 60);
    }

    /** What a YAML value is, as a problem names it: "a mapping", "a list", "a yes/no", "a number", "a date" or "a value". */
    public static String kind(Object v) {
        if (v instanceof Map<?, ?>) return "a mapping";
        if (v instanceof List<?>) return "a list";
        if (v instanceof Boolean) return "a yes/no";
        if (v instanceof Number) return "a number";
        if (v instanceof java.util.Date) return "a date";
        return "a value";
    }

    /** A text at most {@code max} characters long, saying how long it was. */
    public static String clip(String s, int max) {
        if (s == null || s.length() <= max) return s;
        return s.substring(0, max) + "…(" + s.length() + " characters)";
    }
}
