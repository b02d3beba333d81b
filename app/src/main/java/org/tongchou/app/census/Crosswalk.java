package org.tongchou.app.census;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tongchou.app.export.SpreadsheetText;

/**
 * How each census county maps onto the code lists: the list unit it is (its province gives its group in
 * the census year) and today's counties that hold it, with shares. Proposed by {@link CrosswalkProposer},
 * written as a CSV file the user reviews and edits (e.g. in a spreadsheet), read back and applied.
 *
 * <p>Columns: {@code year, census_code, census_name, method, list, list_code, list_name, today, note}.
 * {@code today} is {@code code:share} pairs joined by {@code ;} (e.g. {@code 320613:1} or
 * {@code 110101:0.6;110102:0.4}); empty = not carried to today's boundaries. {@code method} is
 * {@link Method}; a row the user edits should say {@code MANUAL}. A row whose list_code is empty is set
 * aside: its figures are reported, not ranked.
 */
record Crosswalk(List<Entry> entries) {
    static final String HEADER = "year,census_code,census_name,method,list,list_code,list_name,today,note";

    Crosswalk {
        entries = List.copyOf(entries);
    }

    /** How a census code was related to the lists. */
    enum Method {
        /** same code and name in the list of the census's vintage */
        LIST,
        /** same code in that list, name changed (县 → 市, a typo); review */
        LIST_RENAMED,
        /** same code in that list under another name that is not the same stem: renamed, or the unit it merged into kept the code; review */
        CODE,
        /** not in the census's list but in a later one, same code and name (the census is newer than the list) */
        LATER_LIST,
        /** same name (without its 县/市/区 suffix) under the same prefecture, or else in the same province, of a list */
        NAME,
        /** the only county of its list, unclaimed by any census county of that year, in the same prefecture (else province)
         *  whose name begins with the census name's root or whose root begins the census's (陵县 → 陵城区, 铜官山区 → 铜官区) */
        SUCCESSOR_NAME,
        /** a county named after its prefecture (绍兴县, 铜仁市, 吐鲁番市) that gave way to the only county of that prefecture
         *  the census's counties leave unclaimed: the district that took its place (柯桥区, 碧江区, 高昌区) */
        PREFECTURE_NAME,
        /** two or more census counties of one prefecture that no list knows, and exactly one county of that prefecture
         *  unclaimed: they merged into it (北市区 + 南市区 → 莲池区) */
        MERGED,
        /** edited by a person */
        MANUAL,
        /** no list knows it: set aside */
        UNRESOLVED
    }

    /**
     * @param today     today's counties holding it, by 6-digit code, with shares
     */
    record Entry(int year, String censusCode, String censusName, Method method, String list, String listCode, String listName,
                 Map<String, Double> today, String note) {
        Entry {
            today = today == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(today));
            note = note == null ? "" : note;
        }

        boolean resolved() {
            return listCode != null && !listCode.isEmpty() && method != Method.UNRESOLVED;
        }

        /** The province the county belongs to: that of its list code (the census's own if unresolved). */
        String province() {
            return (resolved() ? listCode : censusCode).substring(0, 2);
        }
    }

    /**
     * This crosswalk with the rows of {@code edits} (a file of the same layout holding only the rows a person
     * changed, e.g. scripts/census-crosswalk-edits.csv) in place of the rows of the same year and census code.
     * An edit naming a county the crosswalk does not hold is refused, with every such row named.
     */
    Crosswalk edited(Crosswalk edits, String source) {
        Map<String, Entry> out = byKey();
        List<String> problems = new ArrayList<>();
        for (Entry e : edits.entries()) {
            String key = e.year() + "/" + e.censusCode();
            if (!out.containsKey(key)) problems.add(source + ": edit of " + e.year() + " " + e.censusCode() + " " + e.censusName()
                    + ": no such census county in the crosswalk");
            else out.put(key, e);
        }
        if (!problems.isEmpty()) throw new CensusException(problems);
        return new Crosswalk(new ArrayList<>(out.values()));
    }

    Map<String, Entry> byKey() {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (Entry e : entries) m.put(e.year() + "/" + e.censusCode(), e);
        return m;
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (Entry e : entries) {
                w.write(String.join(",", String.valueOf(e.year()), e.censusCode(), text(e.censusName()), e.method().name(), text(e.list()),
                        e.listCode() == null ? "" : e.listCode(), text(e.listName()), today(e.today()), text(e.note())));
                w.write('\n');
            }
        }
    }

    private static String today(Map<String, Double> t) {
        List<String> parts = new ArrayList<>();
        t.forEach((code, share) -> parts.add(code + ":" + share(share)));
        return String.join(";", parts);
    }

    private static String share(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.format(Locale.ROOT, "%.6f", s).replaceAll("0+$", "");
    }

    /** A text cell: neutralised against formula injection, commas and quotes made harmless (the CSV has no quoting). */
    private static String text(String s) {
        if (s == null) return "";
        return SpreadsheetText.neutralise(s.replace(',', '，').replace('"', '\'').replace('\n', ' '));
    }

    /** Reads a crosswalk file, every problem reported at once. */
    static Crosswalk read(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Entry> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header != null && header.startsWith("\uFEFF")) header = header.substring(1);
            if (!HEADER.equals(header)) throw new CensusException(List.of(file + ":1: header must be " + HEADER));
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != 9) {
                    problems.add(file + ":" + no + ": " + f.length + " fields, expected 9");
                    continue;
                }
                int year;
                try {
                    year = Integer.parseInt(f[0].strip());
                } catch (NumberFormatException e) {
                    problems.add(file + ":" + no + ": column year: '" + f[0] + "' is not a year");
                    continue;
                }
                Method m;
                try {
                    m = Method.valueOf(f[3].strip());
                } catch (IllegalArgumentException e) {
                    problems.add(file + ":" + no + ": column method: '" + f[3] + "' is not one of " + List.of(Method.values()));
                    continue;
                }
                String listCode = f[5].strip();
                if (!listCode.isEmpty() && !listCode.matches("\\d{6}")) problems.add(file + ":" + no + ": column list_code: '" + listCode + "' is not a 6-digit code");
                Map<String, Double> today = new LinkedHashMap<>();
                if (!f[7].isBlank()) {
                    double sum = 0;
                    for (String part : f[7].split(";")) {
                        String[] kv = part.strip().split(":");
                        try {
                            if (kv.length != 2 || !kv[0].matches("\\d{6}")) throw new NumberFormatException();
                            double s = Double.parseDouble(kv[1]);
                            if (!(s > 0 && s <= 1)) {
                                problems.add(file + ":" + no + ": column today: share " + kv[1] + " of " + kv[0] + " is outside (0, 1]");
                            }
                            today.merge(kv[0], s, Double::sum);
                            sum += s;
                        } catch (NumberFormatException e) {
                            problems.add(file + ":" + no + ": column today: '" + part + "' is not code:share (e.g. 320613:1)");
                        }
                    }
                    if (sum > 1 + 1e-6) problems.add(file + ":" + no + ": column today: shares add up to " + sum + ", more than 1");
                }
                out.add(new Entry(year, f[1].strip(), f[2].strip(), m, f[4].strip(), listCode, f[6].strip(), today, f[8].strip()));
            }
        }
        if (!problems.isEmpty()) throw new CensusException(problems);
        return new Crosswalk(out);
    }
}
