package org.tongchou.app.data;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Issue 9's bad-input corpus for the value import: CSV and XLSX files as careless users, other programs and
 * attackers write them, generated here (seeded, a few kilobytes each except the deliberately huge ones) rather
 * than kept as binary files. Each file declares its outcome: refused with problems at these rows and columns, or
 * imported with exactly these values. Units are those of {@code support.WebTestFixture} (杨舍镇, 塘桥镇 and a
 * village of each, valid from 2023), indicators those of the default framework; period 2024.
 */
final class BadInputCorpus {
    static final String YANGSHE = "320582100000";
    static final String TANGQIAO = "320582101000";
    static final String VILLAGE = "320582100004";
    static final String HEADER = "unit,indicator,period,value\n";

    /** A value the file must give: its row, unit, indicator, period and exact value. */
    record Expected(long row, String unit, String indicator, String period, double value) {
    }

    /**
     * One file. {@code problemsAt} null: it must be imported giving exactly {@code values}; otherwise it must be
     * refused with problems at exactly these "row:column" places (column 0: the row or the whole file).
     */
    record Case(String name, byte[] content, List<Expected> values, List<String> problemsAt) {
        boolean accepted() {
            return problemsAt == null;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final List<Case> cases = new ArrayList<>();

    private BadInputCorpus ok(String name, byte[] content, Expected... values) {
        cases.add(new Case(name, content, List.of(values), null));
        return this;
    }

    private BadInputCorpus ok(String name, String content, Expected... values) {
        return ok(name, utf8(content), values);
    }

    private BadInputCorpus refused(String name, byte[] content, String... at) {
        cases.add(new Case(name, content, List.of(), List.of(at)));
        return this;
    }

    private BadInputCorpus refused(String name, String content, String... at) {
        return refused(name, utf8(content), at);
    }

    static Expected v(long row, String unit, String indicator, double value) {
        return new Expected(row, unit, indicator, "2024", value);
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static List<Case> all() throws java.io.IOException {
        BadInputCorpus c = new BadInputCorpus();
        c.csvEncodings();
        c.csvStructure();
        c.csvNumbers();
        c.csvKeys();
        c.csvTexts();
        c.xlsxCells();
        c.xlsxContainers();
        return List.copyOf(c.cases);
    }

    private static String row(String unit, String indicator, String period, String value) {
        return unit + "," + indicator + "," + period + "," + value + "\n";
    }

    private static final String GOOD = HEADER + row(YANGSHE, "farmland", "2024", "12000.5") + row(TANGQIAO, "farmland", "2024", "8000");
    private static final Expected[] GOOD_VALUES = {v(2, YANGSHE, "farmland", 12000.5), v(3, TANGQIAO, "farmland", 8000)};

    private void csvEncodings() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ok("plain.csv", GOOD, GOOD_VALUES);
        ok("utf8-bom.csv", concat(bom, utf8(GOOD)), GOOD_VALUES);
        ok("utf16le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, GOOD.getBytes(StandardCharsets.UTF_16LE)), GOOD_VALUES);
        ok("utf16be-bom.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, GOOD.getBytes(StandardCharsets.UTF_16BE)), GOOD_VALUES);
        ok("crlf.csv", GOOD.replace("\n", "\r\n"), GOOD_VALUES);
        ok("cr-only.csv", GOOD.replace("\n", "\r"), GOOD_VALUES);
        ok("no-final-newline.csv", GOOD.strip(), GOOD_VALUES);
        ok("upper-case-extension.CSV", GOOD, GOOD_VALUES);
        ok("bom-and-chinese-headers.csv", concat(bom, utf8("单位代码,指标,时期,数值,备注\n" + YANGSHE + ",farmland,2024,12000.5,统计年鉴\n")),
                v(2, YANGSHE, "farmland", 12000.5));
        refused("double-bom.csv", concat(bom, bom, utf8(GOOD)), "1:0");
        String gbkText = HEADER.strip() + ",source\n" + YANGSHE + ",farmland,2024,12000.5,统计年鉴\n";
        refused("gbk.csv", gbkText.getBytes(Charset.forName("GBK")), "2:5");
        refused("gb18030.csv", ("unit,indicator,period,value,comment\n" + YANGSHE + ",farmland,2024,1,含外来人口𠀀\n").getBytes(Charset.forName("GB18030")), "2:5");
        refused("big5.csv", (HEADER.strip() + ",source\n" + YANGSHE + ",farmland,2024,12000.5,統計年鑑\n").getBytes(Charset.forName("Big5")), "2:5");
        refused("latin1.csv", (HEADER.strip() + ",comment\n" + YANGSHE + ",farmland,2024,1,café crème\n").getBytes(StandardCharsets.ISO_8859_1), "2:5");
        refused("utf32be-bom.csv", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, GOOD.getBytes(Charset.forName("UTF-32BE"))), "1:1");
        refused("utf16le-no-bom.csv", GOOD.getBytes(StandardCharsets.UTF_16LE), "1:0", "1:0", "1:1", "1:2", "1:3", "1:4");
        refused("overlong-utf8.csv", concat(utf8(HEADER.strip() + ",comment\n" + YANGSHE + ",farmland,2024,1,"), new byte[] {(byte) 0xC0, (byte) 0xAF}, utf8("\n")),
                "2:5");
        refused("lone-surrogate-utf8.csv", concat(utf8(HEADER.strip() + ",comment\n" + YANGSHE + ",farmland,2024,1,"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                utf8("\n")), "2:5");
        refused("cut-utf8-sequence.csv", concat(utf8(HEADER.strip() + ",comment\n" + YANGSHE + ",farmland,2024,1,统"), new byte[] {(byte) 0xE8, (byte) 0xAE}), "2:5");
        refused("random-bytes.csv", random(7, 4096), "1:1");
        refused("xlsx-named-csv.csv", XlsxLimitsTest.good(), "1:0");
        refused("empty.csv", "", "1:0");
        refused("only-bom.csv", bom, "1:0");
        ok("header-only.csv", HEADER);
        ok("blank-lines.csv", "\n\n" + HEADER + "\n\n" + row(YANGSHE, "farmland", "2024", "5") + "\n   \n",
                v(6, YANGSHE, "farmland", 5));
    }

    private void csvStructure() {
        refused("semicolons.csv", "unit;indicator;period;value\n" + YANGSHE + ";farmland;2024;5\n", "1:0", "1:0", "1:1");
        refused("tabs.csv", "unit\tindicator\tperiod\tvalue\n" + YANGSHE + "\tfarmland\t2024\t5\n", "1:0", "1:0", "1:1");
        refused("unclosed-quote.csv", HEADER + YANGSHE + ",farmland,2024,\"5\n" + row(TANGQIAO, "farmland", "2024", "6"), "2:0");
        refused("text-after-quote.csv", HEADER + YANGSHE + ",farmland,2024,\"5\"6\n", "2:0");
        refused("unquoted-thousands.csv", HEADER + row(YANGSHE, "farmland", "2024", "12,000"), "2:5");
        refused("no-unit-column.csv", "indicator,period,value\nfarmland,2024,5\n", "1:0");
        refused("no-value-column.csv", "unit,indicator,period\n" + YANGSHE + ",farmland,2024\n", "1:0");
        refused("no-period-column.csv", "unit,indicator,value\n" + YANGSHE + ",farmland,5\n", "1:0");
        refused("two-unit-columns.csv", "unit,indicator,period,value,code\n" + YANGSHE + ",farmland,2024,5," + TANGQIAO + "\n", "1:5");
        refused("two-value-columns.csv", "unit,indicator,period,value,数值\n" + YANGSHE + ",farmland,2024,5,6\n", "1:5");
        refused("header-nbsp.csv", "unit\u00a0,indicator,period,value\n" + YANGSHE + ",farmland,2024,5\n", "1:0");
        refused("json-in-csv.csv", "[{\"unit\":\"" + YANGSHE + "\",\"value\":5}]\n", "1:0");
        refused("html-in-csv.csv", "<html><body><table><tr><td>unit</td></tr></table></body></html>\n", "1:0", "1:0", "1:1");
        refused("short-row.csv", HEADER + YANGSHE + ",farmland,2024\n", "2:4");
        refused("wide-unknown-indicator.csv", "unit,period,farmland,no_such\n" + YANGSHE + ",2024,5,6\n", "1:4");
        refused("wide-formula-header.csv", "unit,period,=farmland\n" + YANGSHE + ",2024,5\n", "1:3");
        refused("wide-same-indicator-twice.csv", "unit,period,farmland,farmland\n" + YANGSHE + ",2024,5,6\n", "1:4");
        ok("wide.csv", "unit,unit_name,period,farmland,scale_farmland\n" + YANGSHE + ",杨舍镇,2024,12000,6000.25\n" + TANGQIAO + ",塘桥镇,2024,,3000\n",
                v(2, YANGSHE, "farmland", 12000), v(2, YANGSHE, "scale_farmland", 6000.25), v(3, TANGQIAO, "scale_farmland", 3000));
        ok("trailing-commas.csv", "unit,indicator,period,value,,\n" + YANGSHE + ",farmland,2024,5,,\n", v(2, YANGSHE, "farmland", 5));
        ok("quoted-everything.csv", "\"unit\",\"indicator\",\"period\",\"value\"\n\"" + YANGSHE + "\",\"farmland\",\"2024\",\"7\"\n",
                v(2, YANGSHE, "farmland", 7));
        ok("header-case.csv", "UNIT,Indicator,PERIOD,Value\n" + YANGSHE + ",farmland,2024,7\n", v(2, YANGSHE, "farmland", 7));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) many.append(YANGSHE).append(",farmland,2024,x").append(i).append('\n');
        String[] at = new String[3000];
        for (int i = 0; i < 3000; i++) at[i] = (i + 2) + ":4";
        refused("three-thousand-problems.csv", many.toString(), at);
        StringBuilder wideHeader = new StringBuilder("unit,period");
        for (int i = 0; i < 2000; i++) wideHeader.append(",col").append(i);
        String[] wat = new String[2000];
        for (int i = 0; i < 2000; i++) wat[i] = "1:" + (i + 3);
        refused("two-thousand-unknown-columns.csv", wideHeader + "\n" + YANGSHE + ",2024" + ",1".repeat(2000) + "\n", wat);
    }

    private void csvNumbers() {
        String[][] bad = {{"letters", "abc"}, {"comma-decimal", "1,5"}, {"two-points", "1.2.3"}, {"percent", "12%"},
                {"fullwidth-digits", "１２０００"}, {"nan", "NaN"}, {"infinity", "Infinity"}, {"overflow", "1e400"}, {"underflow", "1e-400"},
                {"subnormal", "1e-320"}, {"hex", "0x1F"}, {"accounting-negative", "(5)"}, {"currency", "¥5"}, {"wan", "5万"},
                {"underscore", "1_000"}, {"formula", "=1+1"}, {"plus-formula", "+A1"}, {"only-minus", "-"}, {"space-inside", "1 000"},
                {"european-thousands", "1.234,5"}, {"exponent-only", "e5"}, {"double-sign", "--5"}};
        for (String[] b : bad) {
            refused("number-" + b[0] + ".csv", HEADER + YANGSHE + ",farmland,2024,\"" + b[1] + "\"\n", "2:4");
        }
        refused("number-empty.csv", HEADER + row(YANGSHE, "farmland", "2024", ""), "2:4");
        refused("number-negative-population.csv", HEADER + row(YANGSHE, "resident_population", "2024", "-5"), "2:4");
        refused("number-percent-over-100.csv", HEADER + row(YANGSHE, "tap_water_coverage", "2024", "150"), "2:4");
        refused("number-beyond-max.csv", HEADER + row(YANGSHE, "farmland", "2024", "1e12"), "2:4");
        ok("number-thousands.csv", HEADER + YANGSHE + ",farmland,2024,\"1,234,567.5\"\n", v(2, YANGSHE, "farmland", 1234567.5));
        ok("number-exponent.csv", HEADER + row(YANGSHE, "farmland", "2024", "1.5e3"), v(2, YANGSHE, "farmland", 1500));
        ok("number-plus.csv", HEADER + row(YANGSHE, "farmland", "2024", "+5"), v(2, YANGSHE, "farmland", 5));
        ok("number-leading-point.csv", HEADER + row(YANGSHE, "farmland", "2024", ".5"), v(2, YANGSHE, "farmland", 0.5));
        ok("number-trailing-point.csv", HEADER + row(YANGSHE, "farmland", "2024", "5."), v(2, YANGSHE, "farmland", 5));
        ok("number-many-digits.csv", HEADER + row(YANGSHE, "tap_water_coverage", "2024", "0.1234567890123456789"),
                v(2, YANGSHE, "tap_water_coverage", 0.1234567890123456789));
        ok("number-spaces-around.csv", HEADER + YANGSHE + ",farmland,2024,\"  42  \"\n", v(2, YANGSHE, "farmland", 42));
        ok("number-zero.csv", HEADER + row(YANGSHE, "farmland", "2024", "0.000"), v(2, YANGSHE, "farmland", 0));
        ok("number-decimal-sixteen.csv", HEADER + row(YANGSHE, "farmland", "2024", "0.1000000000000001"), v(2, YANGSHE, "farmland", 0.1000000000000001));
    }

    private void csvKeys() {
        refused("unit-unknown.csv", HEADER + row("320582999000", "farmland", "2024", "5"), "2:1");
        refused("unit-province-prefix.csv", HEADER + row("32", "farmland", "2024", "5"), "2:1");
        refused("unit-scientific.csv", HEADER + row("3.20582E+11", "farmland", "2024", "5"), "2:1");
        refused("unit-formula.csv", HEADER + "\"=cmd|' /C calc'!A0\",farmland,2024,5\n", "2:1");
        refused("unit-name-without-parent.csv", HEADER + row("杨舍镇", "farmland", "2024", "5"), "2:1");
        refused("unit-empty.csv", HEADER + row("", "farmland", "2024", "5"), "2:1");
        refused("unit-before-it-existed.csv", HEADER + row(YANGSHE, "farmland", "2019", "5"), "2:1");
        ok("unit-short-code.csv", HEADER + row("320582100", "farmland", "2024", "5"), v(2, YANGSHE, "farmland", 5));
        ok("unit-village.csv", HEADER + row(VILLAGE, "farmland", "2024", "5"), v(2, VILLAGE, "farmland", 5));
        // the default framework's levels: GDP is a town's figure, a village has none; the cadre indicators judge towns
        refused("unit-village-of-town-indicator.csv", HEADER + row(VILLAGE, "gdp", "2024", "5"), "2:1");
        refused("unit-name-contradicts-code.csv", "unit,unit_name,indicator,period,value\n" + YANGSHE + ",塘桥镇,farmland,2024,5\n", "2:2");
        refused("indicator-unknown.csv", HEADER + row(YANGSHE, "farm_land", "2024", "5"), "2:2");
        refused("indicator-derived.csv", HEADER + row(YANGSHE, "urbanisation_rate", "2024", "50"), "2:2");
        refused("indicator-case.csv", HEADER + row(YANGSHE, "FARMLAND", "2024", "5"), "2:2");
        refused("period-bad.csv", HEADER + row(YANGSHE, "farmland", "2024X9", "5"), "2:3");
        refused("period-decimal.csv", HEADER + row(YANGSHE, "farmland", "2024.0", "5"), "2:3");
        refused("period-two-digits.csv", HEADER + row(YANGSHE, "farmland", "24", "5"), "2:3");
        refused("period-month-13.csv", HEADER + row(YANGSHE, "budget_revenue", "2024M13", "5"), "2:3");
        refused("period-finer-than-indicator.csv", HEADER + row(YANGSHE, "farmland", "2024Q1", "5"), "2:4");
        refused("period-empty.csv", HEADER + row(YANGSHE, "farmland", "", "5"), "2:3");
        refused("duplicate-row.csv", HEADER + row(YANGSHE, "farmland", "2024", "5") + row(YANGSHE, "farmland", "2024", "6"), "3:0");
        refused("duplicate-by-short-code.csv", HEADER + row(YANGSHE, "farmland", "2024", "5") + row("320582100", "farmland", "2024", "6"), "3:0");
    }

    private void csvTexts() {
        String h = "unit,indicator,period,value,source,comment\n";
        String pre = YANGSHE + ",farmland,2024,5,";
        Expected five = v(2, YANGSHE, "farmland", 5);
        ok("comment-formula.csv", h + pre + "统计局,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\n", five);
        ok("comment-multiline.csv", h + pre + "统计局,\"第一行\n第二行\"\n", five);
        ok("comment-quotes.csv", h + pre + "\"He said \"\"hi\"\"\",ok\n", five);
        ok("comment-2000-chars.csv", h + pre + "s," + "说".repeat(2000) + "\n", five);
        ok("comment-emoji.csv", h + pre + "s,达标👍\n", five);
        refused("comment-2001-chars.csv", h + pre + "s," + "说".repeat(2001) + "\n", "2:6");
        refused("source-201-chars.csv", h + pre + "x".repeat(201) + ",c\n", "2:5");
        refused("comment-three-megabytes.csv", h + pre + "s," + "x".repeat(3 << 20) + "\n", "2:6");
        refused("comment-nul.csv", h + pre + "s,a\u0000b\n", "2:6");
        refused("comment-control-characters.csv", h + pre + "s,bell\u0007escape\u001b[31m\n", "2:6");
        refused("source-nul.csv", h + pre + "a\u0000b,c\n", "2:5");
    }

    private static String xrow(int r, String... cells) {
        return RawXlsx.row(r, cells);
    }

    private static final String XHEADER = RawXlsx.row(1, "unit", "indicator", "period", "value");

    private static byte[] sheet(String... rows) {
        return new RawXlsx().sheet(List.of(rows)).bytes();
    }

    private static String pre(int r) {
        return xrow(r, YANGSHE, "farmland", "2024");
    }

    private void xlsxCells() {
        ok("good.xlsx", sheet(XHEADER, xrow(2, YANGSHE, "farmland", "2024", "12000.5"), xrow(3, TANGQIAO, "farmland", "2024", "8000")), GOOD_VALUES);
        ok("numeric-unit-code.xlsx", sheet(XHEADER, "<c r=\"A2\"><v>320582100000</v></c>" + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>7</v></c>"),
                v(2, YANGSHE, "farmland", 7));
        ok("scientific-unit-code.xlsx", sheet(XHEADER, "<c r=\"A2\"><v>3.205821E11</v></c>" + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>7</v></c>"),
                v(2, YANGSHE, "farmland", 7));
        ok("shared-strings.xlsx", new RawXlsx().strings(YANGSHE, "farmland", "1,234.5").sheet(List.of(XHEADER,
                "<c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c><c r=\"C2\"><v>2024</v></c><c r=\"D2\" t=\"s\"><v>2</v></c>")).bytes(),
                v(2, YANGSHE, "farmland", 1234.5));
        ok("formula-with-result.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><f>B7*2</f><v>0.1</v></c>"), v(2, YANGSHE, "farmland", 0.1));
        ok("formula-string-result.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" t=\"str\"><f>TEXT(5,\"0\")</f><v>5</v></c>"), v(2, YANGSHE, "farmland", 5));
        ok("cells-without-references.xlsx", sheet(XHEADER, "<c t=\"inlineStr\"><is><t>" + YANGSHE + "</t></is></c><c t=\"inlineStr\"><is><t>farmland</t></is></c><c><v>2024</v></c><c><v>9</v></c>"),
                v(2, YANGSHE, "farmland", 9));
        ok("rich-text-unit.xlsx", sheet(XHEADER, "<c r=\"A2\" t=\"inlineStr\"><is><r><t>320582</t></r><r><t>100000</t></r></is></c>"
                + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>9</v></c>"), v(2, YANGSHE, "farmland", 9));
        ok("phonetic-run.xlsx", sheet(XHEADER, "<c r=\"A2\" t=\"inlineStr\"><is><t>" + YANGSHE + "</t><rPh sb=\"0\" eb=\"1\"><t>yang</t></rPh></is></c>"
                + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>9</v></c>"), v(2, YANGSHE, "farmland", 9));
        ok("exact-double.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>0.30000000000000004</v></c>"), v(2, YANGSHE, "farmland", 0.30000000000000004));
        refused("formula-without-result.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><f>B7*2</f></c>"), "2:4");
        refused("empty-v.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v/></c>"), "2:4");
        refused("date-builtin.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" s=\"1\"><v>45292</v></c>"), "2:4");
        refused("date-custom.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" s=\"2\"><v>45292</v></c>"), "2:4");
        refused("date-typed.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" t=\"d\"><v>2024-01-01</v></c>"), "2:4");
        refused("error-cell.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c>"), "2:4");
        refused("boolean-cell.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" t=\"b\"><v>1</v></c>"), "2:4");
        refused("missing-shared-string.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\" t=\"s\"><v>7</v></c>"), "2:4");
        refused("nan-number.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>NaN</v></c>"), "2:4");
        refused("infinite-number.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>1e309</v></c>"), "2:4");
        refused("underflow.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>1e-400</v></c>"), "2:4");
        refused("text-number.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>twelve</v></c>"), "2:4");
        refused("date-period.xlsx", sheet(XHEADER, xrow(2, YANGSHE, "farmland") + "<c r=\"C2\" s=\"1\"><v>45292</v></c><c r=\"D2\"><v>5</v></c>"), "2:3");
        refused("formula-unit.xlsx", sheet(XHEADER, "<c r=\"A2\"><f>A1</f></c>" + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>9</v></c>"),
                "2:1");
        refused("repeated-cell.xlsx", sheet(XHEADER, pre(2) + "<c r=\"D2\"><v>5</v></c><c r=\"D2\"><v>7</v></c>"), "2:4");
        refused("cells-out-of-order.xlsx", sheet(XHEADER, "<c r=\"D2\"><v>5</v></c>" + pre(2)), "2:1");
        refused("unit-name-contradicts-code.xlsx", sheet(RawXlsx.row(1, "unit", "unit_name", "indicator", "period", "value"),
                xrow(2, YANGSHE, "塘桥镇", "farmland", "2024", "5")), "2:2");
        refused("duplicate-rows.xlsx", sheet(XHEADER, xrow(2, YANGSHE, "farmland", "2024", "5"), xrow(3, YANGSHE, "farmland", "2024", "6")), "3:0");
        refused("comment-nul.xlsx", sheet(RawXlsx.row(1, "unit", "indicator", "period", "value", "comment"), pre(2) + "<c r=\"D2\"><v>5</v></c>"
                + RawXlsx.inline("E2", "a&#0;b").replace("&amp;#0;", "\u0001")), "0:0");
        refused("huge-inline-comment.xlsx", sheet(RawXlsx.row(1, "unit", "indicator", "period", "value", "comment"), pre(2) + "<c r=\"D2\"><v>5</v></c>"
                + RawXlsx.inline("E2", letters(3, 1 << 20))), "2:5");
        ok("phonetic-shared-string.xlsx", new RawXlsx().part("xl/sharedStrings.xml", "<sst xmlns=\"" + RawXlsx.NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>" + YANGSHE
                + "</t><rPh sb=\"0\" eb=\"1\"><t>yang</t></rPh></si></sst>").sheet(List.of(XHEADER, "<c r=\"A2\" t=\"s\"><v>0</v></c>"
                + RawXlsx.inline("B2", "farmland") + "<c r=\"C2\"><v>2024</v></c><c r=\"D2\"><v>9</v></c>")).bytes(), v(2, YANGSHE, "farmland", 9));
        ok("header-on-row-3.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"3\">"
                + XHEADER.replace("1\"", "3\"") + "</row><row r=\"4\">" + xrow(4, YANGSHE, "farmland", "2024", "5") + "</row></sheetData></worksheet>").bytes(),
                v(4, YANGSHE, "farmland", 5));
        refused("header-on-row-3-bad.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"3\">"
                + RawXlsx.row(3, "unit", "indicator", "period") + "</row><row r=\"4\">" + xrow(4, YANGSHE, "farmland", "2024", "5") + "</row></sheetData></worksheet>")
                .bytes(), "3:0");
        refused("empty-sheet.xlsx", sheet(), "1:0");
        refused("header-only-numbers.xlsx", sheet(xrow(1, "1", "2", "3")), "1:0", "1:0", "1:1", "1:2", "1:3");
    }

    private void xlsxContainers() throws java.io.IOException {
        byte[] g = XlsxLimitsTest.good();
        refused("empty.xlsx", new byte[0], "0:0");
        refused("cut-in-half.xlsx", Arrays.copyOf(g, g.length / 2), "0:0");
        refused("cut-last-byte.xlsx", Arrays.copyOf(g, g.length - 1), "0:0");
        refused("csv-named-xlsx.xlsx", utf8(GOOD), "0:0");
        refused("ole2-xls.xlsx", concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, new byte[504]), "0:0");
        refused("zip-without-workbook.xlsx", XlsxLimitsTest.zip("a.txt", new byte[10]), "0:0");
        refused("zip-bomb.xlsx", XlsxLimitsTest.bomb(), "0:0");
        refused("too-many-entries.xlsx", XlsxLimitsTest.manyEntries(), "0:0");
        refused("missing-sheet.xlsx", without(g, "xl/worksheets/sheet1.xml"), "0:0");
        refused("malformed-sheet-xml.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>").bytes(), "0:0");
        refused("malformed-shared-strings.xlsx", new RawXlsx().part("xl/sharedStrings.xml", "<sst><si><t>unit</si>").sheet(List.of(XHEADER)).bytes(), "0:0");
        refused("xxe.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row></sheetData></worksheet>")
                .bytes(), "0:0");
        refused("billion-laughs.xlsx", new RawXlsx().part("xl/sharedStrings.xml", laughs()).sheet(List.of(XHEADER)).bytes(), "0:0");
        refused("rows-out-of-order.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"5\">"
                + XHEADER.replace("1\"", "5\"") + "</row><row r=\"2\">" + pre(2) + "</row></sheetData></worksheet>").bytes(), "0:0");
        refused("row-beyond-limit.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"2000000\">"
                + "<c r=\"A2000000\"><v>1</v></c></row></sheetData></worksheet>").bytes(), "0:0");
        refused("column-beyond-limit.xlsx", new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS
                + "\"><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>").bytes(), "0:0");
        refused("random-bytes.xlsx", random(11, 8192), "0:0");
    }

    private static String laughs() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"lol\">");
        String prev = "a";
        for (int i = 0; i < 9; i++) {
            String name = "e" + i;
            b.append("<!ENTITY ").append(name).append(" \"").append(("&" + prev + ";").repeat(10)).append("\">");
            prev = name;
        }
        return b.append("]><sst xmlns=\"").append(RawXlsx.NS).append("\"><si><t>&").append(prev).append(";</t></si></sst>").toString();
    }

    private static byte[] without(byte[] zip, String entry) {
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (var z = new java.util.zip.ZipOutputStream(out)) {
                for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().equals(entry)) continue;
                    z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                    z.write(in.readAllBytes());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String letters(long seed, int n) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) b.append((char) ('a' + r.nextInt(26)));
        return b.toString();
    }

    private static byte[] random(long seed, int n) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }
}
