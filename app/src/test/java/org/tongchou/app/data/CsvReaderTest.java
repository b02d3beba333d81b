package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    private static CsvReader csv(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return new CsvReader(new ByteArrayInputStream(b), b.length);
    }

    @Test
    void quotesCrLfBomAndRowNumbers() throws IOException {
        try (CsvReader r = csv("\uFEFFunit,value\r\n\"a,b\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",3\nlast, 4 ")) {
            assertThat(r.next()).containsExactly("unit", "value");
            assertThat(r.rowNumber()).isEqualTo(1);
            assertThat(r.next()).containsExactly("a,b", "say \"hi\"");
            assertThat(r.rowNumber()).isEqualTo(2);
            assertThat(r.next()).containsExactly("two\nlines", "3");
            assertThat(r.rowNumber()).isEqualTo(3);
            assertThat(r.next()).containsExactly("last", "4");
            assertThat(r.rowNumber()).as("a quoted newline counts as a file row").isEqualTo(5);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void largeFilesAcrossBufferBoundariesAlsoThroughTheSecondThread() throws IOException {
        // rows of varying width, quoted cells, CRLF and lone CR, repeated and unique cells, over many 64k buffers
        StringBuilder text = new StringBuilder("unit,indicator,value\n");
        java.util.List<String[]> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            String unit = "32058210" + (i / 7 % 1000);
            String ind = i % 5 == 0 ? "gdp" : "indicator_" + (i % 13) + "x".repeat(i % 31);
            String value = i % 11 == 0 ? "\"1,2" + i + "\"" : " " + i * 3 + ".5 ";
            text.append(unit).append(',').append(ind).append(',').append(value).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
            expected.add(new String[] {unit, ind, i % 11 == 0 ? "1,2" + i : i * 3 + ".5"});
        }
        for (boolean prefetch : new boolean[] {false, true}) {
            try (TableReader r = prefetch ? new PrefetchingReader(csv(text.toString())) : csv(text.toString())) {
                assertThat(r.next()).containsExactly("unit", "indicator", "value");
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(r.next()).as("row " + i).containsExactly(expected.get(i));
                    assertThat(r.rowNumber()).isEqualTo(i + 2);
                }
                assertThat(r.next()).isNull();
                assertThat(r.next()).isNull();
            }
        }
    }

    @Test
    void emptyFieldsAndTrailingComma() throws IOException {
        try (CsvReader r = csv("a,,c,\n")) {
            assertThat(r.next()).containsExactly("a", "", "c", "");
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void byteOrderMarkBlankLinesAndRaggedRows() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "单位,gdp,备注\n\n杨舍镇,1\n锦丰镇,2,note,extra\n\r\n乐余镇,,\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(all), all.length)) {
            assertThat(r.next()).as("the byte-order mark is not part of the first header").containsExactly("单位", "gdp", "备注");
            assertThat(r.next()).as("a short row keeps its cells").containsExactly("杨舍镇", "1");
            assertThat(r.rowNumber()).as("a blank line is skipped but counted").isEqualTo(3);
            assertThat(r.next()).as("a long row keeps its cells").containsExactly("锦丰镇", "2", "note", "extra");
            assertThat(r.next()).as("empty cells").containsExactly("乐余镇", "", "");
            assertThat(r.rowNumber()).isEqualTo(6);
            assertThat(r.next()).isNull();
            assertThat(r.position()).as("bytes read, for progress").isEqualTo(all.length);
        }
    }

    @Test
    void anUnclosedQuoteOrTextAfterAClosingQuoteIsMalformedAtItsRow() throws IOException {
        try (CsvReader r = csv("unit,value\na,1\n\"b\nc\",2\nd,\"3\n")) {
            assertThat(r.next()).containsExactly("unit", "value");
            assertThat(r.next()).containsExactly("a", "1");
            assertThat(r.next()).containsExactly("b\nc", "2");
            assertThatThrownBy(r::next).isInstanceOf(MalformedCsvException.class)
                    .hasMessage("is not valid CSV: a quoted cell is not closed before the end of the file")
                    .satisfies(e -> assertThat(((MalformedCsvException) e).row()).isEqualTo(5));
        }
        try (TableReader r = new PrefetchingReader(csv("unit,value\nz,0\na,\"1\"2\n"))) {
            assertThat(r.next()).containsExactly("unit", "value");
            assertThat(r.next()).as("rows before the malformed one come out first").containsExactly("z", "0");
            assertThatThrownBy(r::next).as("through the second thread too").isInstanceOf(MalformedCsvException.class)
                    .hasMessageStartingWith("is not valid CSV: text after the closing quote")
                    .satisfies(e -> assertThat(((MalformedCsvException) e).row()).isEqualTo(3));
        }
    }

    @Test
    void numbers() {
        assertThat(ImportParser.parseNumber("1,234,567.5")).isEqualTo(1234567.5);
        assertThat(ImportParser.parseNumber("-1e3")).isEqualTo(-1000);
        assertThat(ImportParser.parseNumber("12,34")).isNaN();
        assertThat(ImportParser.parseNumber("NaN")).isNaN();
        assertThat(ImportParser.parseNumber("Infinity")).isNaN();
        assertThat(ImportParser.parseNumber("1e999")).isNaN();
        assertThat(ImportParser.parseNumber("12%")).isNaN();
        assertThat(ImportParser.parseNumber("0x10")).isNaN();
        assertThat(ImportParser.parseNumber("1d")).isNaN();
    }
}
