package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

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
