package org.tongchou.app.units;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.app.web.TextDocument;

/**
 * The reviewable file of a {@link ChangeProposal}. Written by hand (so it carries comments and keeps
 * one unit per line); codes are written as the lists write them (2–12 digits; the length is the level). Reading checks the whole file and reports every problem at once, naming the change by its
 * position ("change 3 (SPLIT)") and field.
 */
final class ProposalYaml {
    private ProposalYaml() {
    }

    /**
     * Where a command writes a proposal when not told: {@code <home>/data/changes-<date>.yaml}, beside the
     * database and the code-list cache, where git does not look (never into the working directory,
     * which may be a source tree).
     */
    static Path defaultFile(String home, LocalDate date) {
        return Path.of(home, "data", "changes-" + date + ".yaml");
    }

    public static void write(ChangeProposal p, Path file) {
        StringBuilder b = new StringBuilder();
        b.append("""
                # Proposed changes of administrative units. Review every change before applying it:
                #  - kind: MERGE, SPLIT, RENAME, RECODE, REPARENT, CREATE or ABOLISH
                #  - date: the day the change took effect (the later list only says it happened by then)
                #  - predecessors end the day before; successors begin on the date. "existing: true"
                #    marks a successor that already exists and absorbs (part of) a predecessor.
                #  - shares: the part of each predecessor (by code) that went to this successor; the shares of
                #    one predecessor sum to 1. Proposed from the children each successor received; edit them
                #    (e.g. by population or area) if you know better.
                #  - delete a change, or edit it, if it is wrong; keep the note as the source of the change.
                # Apply with:  tongchou apply-changes <this file>
                """);
        b.append("from: ").append(q(p.from())).append('\n');
        b.append("to: ").append(q(p.to())).append('\n');
        b.append("within: ").append(p.within() == null ? "null" : q(p.within())).append('\n');
        b.append("date: ").append(q(p.date().toString())).append('\n');
        b.append("unchanged: ").append(p.unchanged()).append('\n');
        b.append("changes:").append(p.changes().isEmpty() ? " []\n" : "\n");
        for (ProposedChange c : p.changes()) {
            b.append("  - kind: ").append(c.kind()).append('\n');
            b.append("    date: ").append(q(c.date().toString())).append('\n');
            b.append("    note: ").append(q(c.note() == null ? "" : c.note())).append('\n');
            b.append("    predecessors:").append(c.predecessors().isEmpty() ? " []\n" : "\n");
            for (ProposedChange.Predecessor pr : c.predecessors()) {
                b.append("      - {code: ").append(q(pr.code())).append(", name: ").append(q(pr.name()))
                        .append("}\n");
            }
            b.append("    successors:").append(c.successors().isEmpty() ? " []\n" : "\n");
            for (ProposedChange.Successor s : c.successors()) {
                b.append("      - {code: ").append(q(s.code())).append(", name: ").append(q(s.name()));
                if (s.existing()) {
                    b.append(", existing: true");
                } else {
                    b.append(", level: ").append(s.level());
                    b.append(", parent: ").append(s.parentCode() == null ? "null" : q(s.parentCode()));
                }
                if (!s.shares().isEmpty()) {
                    b.append(", shares: {");
                    List<String> parts = new ArrayList<>();
                    s.shares().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .forEach(e -> parts.add(q(e.getKey()) + ": " + e.getValue()));
                    b.append(String.join(", ", parts)).append('}');
                }
                b.append("}\n");
            }
        }
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Reads and checks a proposal file; throws {@link ProposalException} listing every problem. */
    public static ChangeProposal read(Path file) {
        try {
            return read(TextDocument.yamlBytes(file, file.getFileName().toString(), "proposal file"), file.getFileName().toString());
        } catch (TextDocument.UnreadableDocumentException e) {
            throw new ProposalException(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads and checks a proposal as uploaded: strict UTF-8, no key twice, no unknown key, texts that are texts,
     * yes/no that are yes/no ({@link TextDocument}); throws {@link ProposalException} listing every problem.
     */
    public static ChangeProposal read(byte[] content, String fileName) {
        Object root;
        try {
            TextDocument.checkYamlSize(content.length, fileName, "proposal file");
            root = TextDocument.yaml(content, fileName);
        } catch (TextDocument.UnreadableDocumentException e) {
            throw new ProposalException(e.getMessage());
        }
        Path file = Path.of(fileName.replaceAll("[^\\p{L}\\p{N}._-]", "_"));
        List<String> problems = new ArrayList<>();
        if (!(root instanceof Map<?, ?> top)) throw ProposalException.in(fileName, "expected a mapping with 'changes'");
        problems.addAll(TextDocument.unknownKeys(top, TOP_KEYS, ""));
        LocalDate date = date(top.get("date"), "date", problems);
        Object within = top.get("within");
        if (within != null && !(within instanceof String) && !(within instanceof Number)) problems.add("within: " + TextDocument.kind(within) + ", not a unit code");
        int unchanged = 0;
        if (top.get("unchanged") instanceof Integer n && n >= 0) unchanged = n;
        else if (top.get("unchanged") != null) problems.add("unchanged: '" + TextDocument.clip(top.get("unchanged")) + "' is not a count");
        text(top, "from", "from", problems);
        text(top, "to", "to", problems);
        List<ProposedChange> changes = new ArrayList<>();
        Object list = top.get("changes");
        if (!(list instanceof List<?> items)) {
            problems.add("'changes' must be a list");
        } else {
            int i = 0;
            for (Object item : items) {
                i++;
                String where = "change " + i;
                if (!(item instanceof Map<?, ?> m)) {
                    problems.add(where + ": not a mapping");
                    continue;
                }
                problems.addAll(TextDocument.unknownKeys(m, CHANGE_KEYS, where));
                text(m, "note", where, problems);
                ChangeKind kind = null;
                try {
                    kind = ChangeKind.valueOf(String.valueOf(m.get("kind")));
                    where = where + " (" + kind + ")";
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": kind '" + TextDocument.clip(m.get("kind")) + "' is not one of MERGE, SPLIT, RENAME, RECODE, REPARENT, CREATE, ABOLISH");
                }
                LocalDate d = m.get("date") == null ? date : date(m.get("date"), where + " date", problems);
                List<ProposedChange.Predecessor> preds = new ArrayList<>();
                for (Map<?, ?> pm : maps(m.get("predecessors"), where + " predecessors", problems)) {
                    problems.addAll(TextDocument.unknownKeys(pm, PREDECESSOR_KEYS, where + " predecessor"));
                    text(pm, "name", where + " predecessor", problems);
                    String code = code(pm.get("code"), where + " predecessor code", problems);
                    if (code != null) preds.add(new ProposedChange.Predecessor(code, str(pm.get("name"))));
                }
                List<ProposedChange.Successor> succs = new ArrayList<>();
                for (Map<?, ?> sm : maps(m.get("successors"), where + " successors", problems)) {
                    problems.addAll(TextDocument.unknownKeys(sm, SUCCESSOR_KEYS, where + " successor"));
                    text(sm, "name", where + " successor", problems);
                    String code = code(sm.get("code"), where + " successor code", problems);
                    if (sm.get("existing") != null && !(sm.get("existing") instanceof Boolean)) {
                        problems.add(where + ": successor 'existing' is '" + TextDocument.clip(sm.get("existing")) + "', not true or false");
                    }
                    boolean existing = Boolean.TRUE.equals(sm.get("existing"));
                    String name = str(sm.get("name"));
                    if (!existing && (name == null || name.isBlank())) problems.add(where + ": successor " + TextDocument.clip(sm.get("code")) + " has no name");
                    String parent = sm.get("parent") == null ? null : code(sm.get("parent"), where + " successor parent", problems);
                    Map<String, Double> shares = new LinkedHashMap<>();
                    if (sm.get("shares") instanceof Map<?, ?> sh) {
                        for (var e : sh.entrySet()) {
                            String pc = code(e.getKey(), where + " shares key", problems);
                            if (!(e.getValue() instanceof Number v) || v.doubleValue() < 0 || v.doubleValue() > 1) {
                                problems.add(where + ": share " + TextDocument.clip(e.getValue()) + " of " + TextDocument.clip(e.getKey())
                                        + " is not a number in [0, 1]");
                            } else if (pc != null) {
                                shares.put(pc, v.doubleValue());
                            }
                        }
                    } else if (sm.get("shares") != null) {
                        problems.add(where + ": shares of " + sm.get("code") + " must be a mapping {predecessor code: share}");
                    }
                    if (code != null) {
                        UnitLevel level = UnitCode.levelOf(code);
                        succs.add(new ProposedChange.Successor(code, name, level, parent, existing, shares));
                    }
                }
                if (kind != null && d != null) {
                    checkShape(kind, preds, succs, where, problems);
                    changes.add(new ProposedChange(kind, d, str(m.get("note")), preds, succs));
                }
            }
        }
        if (!problems.isEmpty()) throw new ProposalException(file, problems);
        return new ChangeProposal(str(top.get("from")), str(top.get("to")), within == null ? null : String.valueOf(within),
                date, unchanged, changes);
    }

    /** The numbers of predecessors and successors each kind needs, and shares summing to at most 1. */
    private static void checkShape(ChangeKind kind, List<ProposedChange.Predecessor> preds, List<ProposedChange.Successor> succs,
                                   String where, List<String> problems) {
        int p = preds.size();
        int s = succs.size();
        boolean ok = switch (kind) {
            case CREATE -> p == 0 && s >= 1;
            case ABOLISH -> p >= 1 && s == 0;
            case RENAME, RECODE, REPARENT -> p == 1 && s == 1;
            case MERGE -> p >= 1 && s == 1;
            case SPLIT -> p >= 1 && s >= 1;
        };
        if (!ok) problems.add(where + ": " + p + " predecessor(s) and " + s + " successor(s) do not fit " + kind);
        for (ProposedChange.Predecessor pr : preds) {
            double sum = succs.stream().mapToDouble(x -> x.shares().getOrDefault(pr.code(), 0.0)).sum();
            if (sum > 1 + 1e-9) problems.add(where + ": the shares of " + pr.code() + " sum to " + sum + " > 1");
        }
        for (ProposedChange.Successor su : succs) {
            for (String k : su.shares().keySet()) {
                if (preds.stream().noneMatch(x -> x.code().equals(k))) {
                    problems.add(where + ": successor " + su.code() + " has a share of " + k
                            + ", which is not a predecessor");
                }
            }
        }
    }

    private static final java.util.Set<String> TOP_KEYS = java.util.Set.of("from", "to", "within", "date", "unchanged", "changes");
    private static final java.util.Set<String> CHANGE_KEYS = java.util.Set.of("kind", "date", "note", "predecessors", "successors");
    private static final java.util.Set<String> PREDECESSOR_KEYS = java.util.Set.of("code", "name");
    private static final java.util.Set<String> SUCCESSOR_KEYS = java.util.Set.of("code", "name", "existing", "level", "parent", "shares");

    /** A text field must be a text (a list or mapping there is a mistake, not a name). */
    private static void text(Map<?, ?> m, String key, String where, List<String> problems) {
        Object v = m.get(key);
        if (v == null || v instanceof String || v instanceof Integer || v instanceof Long) return;
        problems.add(where + ": '" + key + "' is " + TextDocument.kind(v) + " '" + TextDocument.clip(v) + "', not a text");
    }

    private static List<Map<?, ?>> maps(Object o, String where, List<String> problems) {
        List<Map<?, ?>> out = new ArrayList<>();
        if (o == null) return out;
        if (!(o instanceof List<?> l)) {
            problems.add(where + ": must be a list");
            return out;
        }
        for (Object x : l) {
            if (x instanceof Map<?, ?> m) out.add(m);
            else problems.add(where + ": entry '" + TextDocument.clip(x) + "' is not a mapping {code: ..., name: ...}");
        }
        return out;
    }

    private static String code(Object o, String where, List<String> problems) {
        if (o instanceof Map<?, ?> || o instanceof List<?> || o instanceof Boolean) {
            problems.add(where + ": " + TextDocument.kind(o) + ", not a unit code");
            return null;
        }
        try {
            String c = String.valueOf(o).strip();
            UnitCode.normalise(c);
            return c;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + TextDocument.clip(e.getMessage()));
            return null;
        }
    }

    private static LocalDate date(Object o, String where, List<String> problems) {
        if (o instanceof java.util.Date d) return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        try {
            return LocalDate.parse(String.valueOf(o));
        } catch (DateTimeParseException e) {
            problems.add(where + ": '" + TextDocument.clip(o) + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
