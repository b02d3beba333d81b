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
