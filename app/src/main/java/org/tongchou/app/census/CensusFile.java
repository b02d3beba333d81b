package org.tongchou.app.census;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the county-level census file of ../shared/reference/census (long form, one row per county and
 * census year: {@code code,name,year,pop_total,pop_male,pop_female,pop_urban,pop_rural,urban_rate_pct,
 * hukou_pop,households_family,avg_household_size,source_file}). The file is checked whole: every bad
 * row is reported at once (line, column, value) and nothing is returned unless the whole file is good.
 * Files above {@link #MAX_BYTES} are refused.
 */
final class CensusFile {
    /** 64 MB: the national file is 0.6 MB. */
    static final long MAX_BYTES = 64L << 20;
    static final List<String> REQUIRED = List.of("code", "name", "year", "pop_total", "pop_urban", "pop_rural", "households_family");

    private CensusFile() {
    }

    static List<CensusRecord> read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new CensusException(List.of(file + ": " + Files.size(file) + " bytes, more than the limit of " + MAX_BYTES));
        }
        List<String> problems = new ArrayList<>();
        List<CensusRecord> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null) throw new CensusException(List.of(file + ": empty"));
            if (header.startsWith("\uFEFF")) header = header.substring(1);
            List<String> cols = Arrays.asList(header.split(",", -1));
            for (String c : REQUIRED) {
                if (!cols.contains(c)) problems.add(file + ": column '" + c + "' missing (header: " + header + ")");
            }
            if (!problems.isEmpty()) throw new CensusException(problems);
            int iCode = cols.indexOf("code"), iName = cols.indexOf("name"), iYear = cols.indexOf("year"), iTotal = cols.indexOf("pop_total");
            int iUrban = cols.indexOf("pop_urban"), iRural = cols.indexOf("pop_rural"), iHh = cols.indexOf("households_family");
            int iRate = cols.indexOf("urban_rate_pct");
            Set<String> seen = new HashSet<>();
            String line;
            int no = 1;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) continue;
                String[] f = line.split(",", -1);
                if (f.length != cols.size()) {
                    problems.add(file + ":" + no + ": " + f.length + " fields, expected " + cols.size());
                    continue;
                }
                String code = f[iCode].strip();
                if (!code.matches("\\d{6}")) problems.add(file + ":" + no + ": column code: '" + code + "' is not a 6-digit county code");
                int year = (int) number(f[iYear], file, no, "year", problems, false);
                double total = number(f[iTotal], file, no, "pop_total", problems, false);
                double urban = number(f[iUrban], file, no, "pop_urban", problems, false);
                double rural = number(f[iRural], file, no, "pop_rural", problems, false);
                double hh = number(f[iHh], file, no, "households_family", problems, true);
                double rate = iRate < 0 ? Double.NaN : number(f[iRate], file, no, "urban_rate_pct", problems, true);
                if (year != 2010 && year != 2020 && year != 0) problems.add(file + ":" + no + ": column year: " + year + " is not a census year (2010, 2020)");
                if (total <= 0 && !Double.isNaN(total)) problems.add(file + ":" + no + ": column pop_total: " + f[iTotal] + " is not positive");
                if (Math.abs(total - urban - rural) > 0.5) problems.add(file + ":" + no + ": column pop_rural: " + f[iRural]
                        + " is not pop_total − pop_urban (" + f[iTotal] + " − " + f[iUrban] + ")");
                if (urban > total) problems.add(file + ":" + no + ": column pop_urban: " + f[iUrban] + " exceeds pop_total " + f[iTotal]);
                if (!seen.add(code + "/" + year)) problems.add(file + ":" + no + ": county " + code + " appears twice in " + year);
                out.add(new CensusRecord(code, f[iName].strip(), year, total, urban, rural, hh, rate, no));
            }
        }
        if (!problems.isEmpty()) throw new CensusException(problems);
        return out;
    }

    private static double number(String s, Path file, int no, String col, List<String> problems, boolean optional) {
        String v = s.strip();
        if (v.isEmpty()) {
            if (!optional) problems.add(file + ":" + no + ": column " + col + ": empty");
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(v);
            if (!Double.isFinite(d) || d < 0) {
                problems.add(file + ":" + no + ": column " + col + ": '" + v + "' is not a non-negative number");
                return Double.NaN;
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(file + ":" + no + ": column " + col + ": '" + v + "' is not a number");
            return Double.NaN;
        }
    }
}
