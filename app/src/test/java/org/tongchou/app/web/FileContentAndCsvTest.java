package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.tongchou.app.export.CsvExport;

/** Upload types by content, safe names, and formula-neutral CSV. */
class FileContentAndCsvTest {

    @Test
    void typesAreJudgedByContentNotByName() throws Exception {
        assertThat(FileContent.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(FileContent.PDF);
        assertThat(FileContent.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileContent.PNG);
        assertThat(FileContent.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(FileContent.JPEG);
        assertThat(FileContent.detect(zip("xl/workbook.xml"))).contains(FileContent.XLSX);
        assertThat(FileContent.detect(zip("word/document.xml"))).contains(FileContent.DOCX);
        assertThat(FileContent.detect(zip("evil.exe"))).as("another ZIP").isEmpty();
        assertThat(FileContent.detect("单位,指标\n1,2\n".getBytes(StandardCharsets.UTF_8))).contains(FileContent.TEXT);
        assertThat(FileContent.detect(new byte[] {'M', 'Z', 0, 0, 1})).as("an executable has NUL bytes").isEmpty();
        assertThat(FileContent.detect(new byte[] {(byte) 0xC3, (byte) 0x28})).as("not UTF-8").isEmpty();
    }

    @Test
    void namesLoseTheirDirectoriesAndControlCharacters() {
        assertThat(FileContent.safeName("../../etc/passwd", "f")).isEqualTo("passwd");
        assertThat(FileContent.safeName("..\\..\\windows\\win.ini", "f")).isEqualTo("win.ini");
        assertThat(FileContent.safeName("..", "f")).isEqualTo("f");
        assertThat(FileContent.safeName("报告\u0000<1>.pdf", "f")).isEqualTo("报告__1_.pdf");
        assertThat(FileContent.safeName(null, "file.txt")).isEqualTo("file.txt");
    }

    @Test
    void csvCellsThatSpreadsheetsWouldRunAreNeutralised() {
        assertThat(CsvExport.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CsvExport.neutralise("+1+1")).isEqualTo("'+1+1");
        assertThat(CsvExport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.neutralise("-12.5")).as("a negative number stays a number").isEqualTo("-12.5");
        assertThat(CsvExport.neutralise("杨舍镇")).isEqualTo("杨舍镇");
        String body = new String(CsvExport.download("x.csv", List.of(List.of("a", "b"), List.of("=1+2", "x,\"y\""))).getBody(), StandardCharsets.UTF_8);
        assertThat(body).isEqualTo("\uFEFFa,b\r\n'=1+2,\"x,\"\"y\"\"\"\r\n");
    }

    private static byte[] zip(String entry) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(1);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
