package org.tongchou.app.data;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorCatalog;
import org.tongchou.app.periods.InvalidPeriodException;
import org.tongchou.app.periods.Period;

/**
 * First stage of an import: reads the file once, checks every cell that can be checked without the
 * database (header, indicator codes, derived indicators, period format and periodicity, numbers,
 * plausible ranges, text lengths) and keeps the good values in {@link StagedValues}. Units are only
 * collected as keys here; {@link UnitResolver} resolves them afterwards in one query.
 */
final class ImportParser {
    static final String[] UNIT_HEADERS = {"unit", "unit_code", "code", "单位代码", "单位", "区划代码"};
    static final String[] UNIT_NAME_HEADERS = {"unit_name", "name", "名称", "单位名称"};
    static final String[] INDICATOR_HEADERS = {"indicator", "指标", "指标代码"};
    static final String[] PERIOD_HEADERS = {"period", "时期", "期别"};
    static final String[] VALUE_HEADERS = {"value", "数值", "值"};
    static final String[] SOURCE_HEADERS = {"source", "来源"};
    static final String[] COMMENT_HEADERS = {"comment", "note", "备注", "说明"};

    private final IndicatorCatalog catalog;
    private final Map<String, Long> indicatorIds;
    private final ImportOptions options;
    final ProblemList problems;
    final StagedValues staged = new StagedValues();
    final List<Indicator> indicators = new ArrayList<>();
    final List<Period> periods = new ArrayList<>();
    final List<String> unitKeys = new ArrayList<>();
    final List<Long> indicatorIdList = new ArrayList<>();
    long rows;
    /** Unit codes by database id, filled by {@link UnitResolver}. */
    Map<Long, String> unitCodes = Map.of();
    ImportLayout layout;
    /** 1-based column of the unit, for problems found later. */
    int unitColumn;
    /** 1-based column of the unit's name beside its code, 0 when there is none. */
    int unitNameColumn;
    /** The file row of the header (1 unless blank rows come first). */
    private long headerRow = 1;
    /** The header of {@link #unitNameColumn}. */
    String unitNameHeader = "";
    /** The names given beside each unit key (index of {@link #unitKeys}), each with the first row that gives it. */
    final Map<Integer, Map<String, Long>> unitNames = new HashMap<>();

    private final Map<String, Integer> indicatorIndex = new HashMap<>();
    private final Map<String, String> indicatorProblem = new HashMap<>();
    private final Map<String, Integer> periodIndex = new HashMap<>();
    private final Map<String, String> periodProblem = new HashMap<>();
    private final Map<String, Integer> unitIndex = new HashMap<>();
    private String lastUnitKey;
    /** Whether the reader may know problems of single cells (XLSX: formulas without result, dates, errors). */
    private boolean cellProblems;
    private TableReader reader;
    private int lastUnit;

    /** Whether derived indicators may be given (targets may be set on a ratio; stored values never are). */
    private final boolean derivedAllowed;

    ImportParser(IndicatorCatalog catalog, Map<String, Long> indicatorIds, ImportOptions options, ProblemList problems) {
        this(catalog, indicatorIds, options, problems, false);
    }

    ImportParser(IndicatorCatalog catalog, Map<String, Long> indicatorIds, ImportOptions options, ProblemList problems, boolean derivedAllowed) {
        this.catalog = catalog;
        this.indicatorIds = indicatorIds;
        this.options = options;
        this.problems = problems;
        this.derivedAllowed = derivedAllowed;
    }

    void parse(TableReader in, LongConsumer progress) throws IOException {
        reader = in;
        String[] header = in.next();
        while (header != null && blank(header)) header = in.next(); // blank rows above the header (a sheet's title rows left empty)
        if (header == null) {
            problems.add(headerRow, 0, "", "", "the file is empty: a header row is needed");
            return;
        }
        headerRow = in.rowNumber();
        String[] lower = new String[header.length];
        for (int i = 0; i < header.length; i++) lower[i] = header[i].toLowerCase(Locale.ROOT);
        int unitCol = find(lower, UNIT_HEADERS);
        int nameCol = find(lower, UNIT_NAME_HEADERS);
        int indCol = find(lower, INDICATOR_HEADERS);
        int perCol = find(lower, PERIOD_HEADERS);
        int valCol = find(lower, VALUE_HEADERS);
        int srcCol = find(lower, SOURCE_HEADERS);
        int comCol = find(lower, COMMENT_HEADERS);
        duplicateHeaders(lower, header);
        cellProblems = in instanceof XlsxReader;
        layout = options.layout() != null ? options.layout() : (indCol >= 0 && valCol >= 0 ? ImportLayout.LONG : ImportLayout.WIDE);
        if (unitCol < 0) {
            if (nameCol >= 0 && options.parentCode() != null) {
                unitCol = nameCol;
                nameCol = -1;
            } else {
                problems.add(headerRow, 0, "", "", "no unit column (one of: " + String.join(", ", UNIT_HEADERS) + ")");
            }
        }
        unitColumn = unitCol + 1;
        unitNameColumn = nameCol + 1;
        if (nameCol >= 0) unitNameHeader = header[nameCol];
        if (layout == ImportLayout.LONG) {
            if (indCol < 0) problems.add(headerRow, 0, "", "", "no indicator column (one of: " + String.join(", ", INDICATOR_HEADERS) + ")");
            if (valCol < 0) problems.add(headerRow, 0, "", "", "no value column (one of: " + String.join(", ", VALUE_HEADERS) + ")");
            if (perCol < 0 && options.period() == null) {
                problems.add(headerRow, 0, "", "", "no period column (one of: " + String.join(", ", PERIOD_HEADERS) + ") and no period given");
            }
            if (!problems.isEmpty()) return;
            parseLong(in, header, unitCol, indCol, perCol, valCol, srcCol, comCol, progress);
        } else {
            if (perCol < 0 && options.period() == null) {
                problems.add(headerRow, 0, "", "", "a wide file needs a period column (one of: " + String.join(", ", PERIOD_HEADERS) + ") or a period option");
            }
            List<Integer> valueCols = new ArrayList<>();
            List<Integer> valueInds = new ArrayList<>();
            for (int c = 0; c < header.length; c++) {
                if (c == unitCol || c == nameCol || c == perCol || c == srcCol || c == comCol || header[c].isEmpty()) continue;
                if (isRole(lower[c])) continue; // a second unit, period... column: reported by duplicateHeaders
                int ind = indicator(header[c], 1, c, header[c]);
                int same = valueInds.indexOf(ind);
                if (ind >= 0 && same >= 0) {
                    problems.add(headerRow, c + 1, header[c], header[c], "the indicator's column appears twice (also column " + (valueCols.get(same) + 1)
                            + "): which one holds its values?");
                    continue;
                }
                if (ind >= 0) {
                    valueCols.add(c);
                    valueInds.add(ind);
                }
            }
            if (valueCols.isEmpty() && problems.isEmpty()) problems.add(headerRow, 0, "", "", "no indicator columns");
            if (!problems.isEmpty()) return;
            parseWide(in, header, unitCol, perCol, srcCol, comCol, valueCols, valueInds, progress);
        }
    }

    private void parseLong(TableReader in, String[] header, int unitCol, int indCol, int perCol, int valCol, int srcCol, int comCol,
            LongConsumer progress) throws IOException {
        String[] r;
        while ((r = in.next()) != null) {
            if (blank(r)) continue;
            long row = in.rowNumber();
            rows++;
            if ((rows & 0xFFFF) == 0) progress.accept(in.position());
            beyondHeader(r, header, row);
            if (cellProblems && cellProblem(row, header, unitCol, indCol, perCol, valCol)) continue;
            int unit = unit(cell(r, unitCol), row, unitCol, header);
            unitName(unit, r, row);
            int ind = indicator(cell(r, indCol), row, indCol, header[indCol]);
            int per = perCol >= 0 ? period(cell(r, perCol), row, perCol, header) : fixedPeriod();
            String text = cell(r, valCol);
            if (text.isEmpty()) {
                problems.add(row, valCol + 1, header[valCol], "", "has no value");
                continue;
            }
            double v = number(text, row, valCol, header);
            String src = text(r, srcCol, 200, row, header);
            String com = text(r, comCol, 2000, row, header);
            if (unit < 0 || ind < 0 || per < 0 || Double.isNaN(v)) continue;
            if (!checkValue(ind, per, v, row, valCol, header, text)) continue;
            staged.add(row, unit, ind, per, v, src, com);
        }
    }

    private void parseWide(TableReader in, String[] header, int unitCol, int perCol, int srcCol, int comCol, List<Integer> valueCols,
            List<Integer> valueInds, LongConsumer progress) throws IOException {
        String[] r;
        int fixed = perCol < 0 ? fixedPeriod() : -1;
        while ((r = in.next()) != null) {
            if (blank(r)) continue;
            long row = in.rowNumber();
            rows++;
            if ((rows & 0xFFF) == 0) progress.accept(in.position());
            beyondHeader(r, header, row);
            if (cellProblems && cellProblem(row, header, unitCol, -1, perCol, -1)) continue;
            int unit = unit(cell(r, unitCol), row, unitCol, header);
            unitName(unit, r, row);
            int per = perCol >= 0 ? period(cell(r, perCol), row, perCol, header) : fixed;
            String src = text(r, srcCol, 200, row, header);
            String com = text(r, comCol, 2000, row, header);
            for (int k = 0; k < valueCols.size(); k++) {
                int c = valueCols.get(k);
                String text = cell(r, c);
                if (cellProblems) {
                    String bad = reader.problem(c);
                    if (bad != null) {
                        problems.add(row, c + 1, header[c], text, bad);
                        continue;
                    }
                }
                if (text.isEmpty()) continue; // an empty cell in a wide report means "not reported"
                double v = number(text, row, c, header);
                if (unit < 0 || per < 0 || Double.isNaN(v)) continue;
                int ind = valueInds.get(k);
                if (!checkValue(ind, per, v, row, c, header, text)) continue;
                staged.add(row, unit, ind, per, v, src, com);
            }
        }
    }

    private boolean checkValue(int ind, int per, double v, long row, int col, String[] header, String text) {
        Indicator i = indicators.get(ind);
        String p = ValueRules.periodFits(i, periods.get(per));
        if (p != null) {
            problems.add(row, col + 1, header[col], periods.get(per).code(), p);
            return false;
        }
        p = ValueRules.plausible(i, v);
        if (p != null) {
            problems.add(row, col + 1, header[col], text, p);
            return false;
        }
        return true;
    }

    private int fixedPeriod() {
        if (options.period() == null) return -1;
        return periodIndex.computeIfAbsent(options.period().code(), k -> {
            periods.add(options.period());
            return periods.size() - 1;
        });
    }

    private int unit(String key, long row, int col, String[] header) {
        if (key.isEmpty()) {
            problems.add(row, col + 1, header[col], "", "has no unit");
            return -1;
        }
        if (key == lastUnitKey) return lastUnit; // rows of one unit mostly come together (the reader reuses the instance)
        Integer i = unitIndex.get(key);
        if (i == null) {
            i = unitKeys.size();
            unitKeys.add(key);
            unitIndex.put(key, i);
        }
        lastUnitKey = key;
        lastUnit = i;
        return i;
    }

    /** Keeps the name given beside the unit's code, for {@link UnitResolver} to compare with the unit's own. */
    private void unitName(int unit, String[] r, long row) {
        if (unit < 0 || unitNameColumn == 0) return;
        String name = asTyped(cell(r, unitNameColumn - 1));
        if (name.isEmpty()) return;
        Map<String, Long> names = unitNames.computeIfAbsent(unit, k -> new HashMap<>(2));
        if (names.size() < 8) names.putIfAbsent(name, row);
    }

    /** Index of the indicator in {@link #indicators}, or -1 after reporting why it cannot be imported. */
    private int indicator(String code, long row, int col, String headerName) {
        Integer i = indicatorIndex.get(code);
        if (i != null) return i;
        String problem = indicatorProblem.get(code);
        if (problem == null) {
            Indicator ind = catalog.find(code).orElse(null);
            if (ind == null) {
                problem = "unknown indicator";
            } else {
                problem = derivedAllowed ? null : ValueRules.storable(ind, options.computedAllowed());
            }
            if (problem == null) {
                indicators.add(ind);
                indicatorIdList.add(indicatorIds.get(code));
                indicatorIndex.put(code, indicators.size() - 1);
                return indicators.size() - 1;
            }
            indicatorProblem.put(code, problem);
        }
        problems.add(row, col + 1, headerName, code, problem);
        return -1;
    }

    private int period(String text, long row, int col, String[] header) {
        Integer i = periodIndex.get(text);
        if (i != null) return i;
        String problem = periodProblem.get(text);
        if (problem == null) {
            try {
                Period p = Period.parse(text);
                String code = p.code();
                Integer j = periodIndex.get(code);
                if (j == null) {
                    periods.add(p);
                    j = periods.size() - 1;
                    periodIndex.put(code, j);
                }
                periodIndex.put(text, j);
                return j;
            } catch (InvalidPeriodException e) {
                problem = e.getMessage().replaceFirst("^period '.*?' ", "is not a period: ");
                periodProblem.put(text, problem);
            }
        }
        problems.add(row, col + 1, header[col], text, problem);
        return -1;
    }

    /** The number in the cell, or NaN after reporting it. Accepts 1234.5, -1e3, and thousands separators 1,234.5. */
    private double number(String text, long row, int col, String[] header) {
        double v = parseNumber(text);
        if (Double.isNaN(v)) {
            problems.add(row, col + 1, header[col], text, "is not a number");
        } else if (org.tongchou.app.web.TextDocument.underflows(text, v) || v != 0 && Math.abs(v) < Double.MIN_NORMAL) {
            // 1e-400 parses as 0, 1e-320 loses its digits: neither is the number written
            problems.add(row, col + 1, header[col], text, "is too close to zero to be stored (it would become " + (v == 0 ? "0" : Double.toString(v)) + ")");
            return Double.NaN;
        }
        return v;
    }

    static double parseNumber(String t) {
        double fast = plainDecimal(t);
        if (!Double.isNaN(fast)) return fast;
        int n = t.length();
        boolean comma = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == ',') {
                comma = true;
            } else if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return Double.NaN;
            }
        }
        if (comma) {
            if (!t.matches("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) return Double.NaN;
            t = t.replace(",", "");
        }
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * A plain decimal ("-123.45": at most 15 significant digits, no exponent, no separators) parsed
     * without {@link Double#parseDouble}, or NaN when the text is anything else. Exact: the digits form
     * an integer below 2^53 and the power of ten is exact, so the one division rounds correctly and
     * gives the same double as {@code Double.parseDouble}.
     */
    static double plainDecimal(String t) {
        int n = t.length();
        int i = 0;
        boolean neg = false;
        if (n > 0 && (t.charAt(0) == '-' || t.charAt(0) == '+')) {
            neg = t.charAt(0) == '-';
            i = 1;
        }
        if (i == n || n - i > 16) return Double.NaN;
        long m = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                m = m * 10 + (c - '0');
                digits++;
            } else if (c == '.' && scale < 0) {
                scale = 0;
                continue;
            } else {
                return Double.NaN;
            }
            if (scale >= 0) scale++;
        }
        if (digits == 0 || digits > 15) return Double.NaN;
        double v = scale > 0 ? m / POWERS_OF_TEN[scale] : m;
        return neg ? -v : v;
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16};

    private String text(String[] r, int col, int max, long row, String[] header) {
        if (col < 0) return null;
        String t = cell(r, col);
        if (t.isEmpty()) return null;
        t = asTyped(t);
        if (t.length() > max) {
            problems.add(row, col + 1, header[col], t.substring(0, 20) + "…", "is longer than " + max + " characters");
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                // a NUL cannot be stored by PostgreSQL; the other control characters are binary or terminal escapes, never typed text
                problems.add(row, col + 1, header[col], "", String.format("holds the control character U+%04X at character %d: "
                        + "not text (a binary file, or a copy from a terminal?)", (int) c, i + 1));
                return null;
            }
        }
        return t;
    }

    /**
     * A row with a value in a cell beyond the header's last column: usually an unquoted comma (a thousands
     * separator, a name) that shifted the cells, so its values cannot be trusted. Empty trailing cells (a
     * trailing comma, a spreadsheet's formatting) are fine; a short row's missing cells are empty.
     */
    private void beyondHeader(String[] r, String[] header, long row) {
        for (int c = header.length; c < r.length; c++) {
            if (!r[c].isEmpty()) {
                problems.add(row, c + 1, "", r[c], "is beyond the header's " + header.length
                        + " columns: a comma that is not a separator must be inside quotes (\"1,234\")");
                return;
            }
        }
    }

    /** An export's neutralised text ('=…, export.SpreadsheetText) as it was typed; any other text unchanged. */
    private static String asTyped(String t) {
        return t.length() > 1 && t.charAt(0) == '\'' && isFormulaStart(t.charAt(1)) ? t.substring(1) : t;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** Reports the reader's problems of the key cells of a row (XLSX); true when there was one. */
    private boolean cellProblem(long row, String[] header, int... cols) {
        boolean any = false;
        for (int c : cols) {
            if (c < 0) continue;
            String bad = reader.problem(c);
            if (bad != null) {
                problems.add(row, c + 1, header[c], "", bad);
                any = true;
            }
        }
        return any;
    }

    /** Reports every column that repeats the role of an earlier one (two unit columns, two period columns...). */
    private void duplicateHeaders(String[] lower, String[] header) {
        String[][] roles = {UNIT_HEADERS, UNIT_NAME_HEADERS, INDICATOR_HEADERS, PERIOD_HEADERS, VALUE_HEADERS, SOURCE_HEADERS, COMMENT_HEADERS};
        String[] roleNames = {"unit", "unit name", "indicator", "period", "value", "source", "comment"};
        for (int k = 0; k < roles.length; k++) {
            int first = -1;
            for (int c = 0; c < lower.length; c++) {
                if (!java.util.Arrays.asList(roles[k]).contains(lower[c])) continue;
                if (first < 0) {
                    first = c;
                } else {
                    problems.add(headerRow, c + 1, header[c], header[c], "a second " + roleNames[k] + " column (column " + (first + 1) + " is one already):"
                            + " which one holds the " + roleNames[k] + "?");
                }
            }
        }
    }

    private static boolean isRole(String lower) {
        for (String[] names : new String[][] {UNIT_HEADERS, UNIT_NAME_HEADERS, INDICATOR_HEADERS, PERIOD_HEADERS, VALUE_HEADERS, SOURCE_HEADERS, COMMENT_HEADERS}) {
            for (String n : names) if (n.equals(lower)) return true;
        }
        return false;
    }

    private static String cell(String[] r, int col) {
        return col >= 0 && col < r.length ? r[col] : "";
    }

    private static boolean blank(String[] r) {
        for (String s : r) if (!s.isEmpty()) return false;
        return true;
    }

    private static int find(String[] lower, String[] names) {
        for (String n : names) {
            for (int i = 0; i < lower.length; i++) if (lower[i].equals(n)) return i;
        }
        return -1;
    }
}
