package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 8: the XLSX reader streams the sheet and refuses empty, cut-off and hostile workbooks with a
 * message ({@link UnreadableFileException}), never an error of the server. Big and bomb files are made here, not
 * kept in the repository.
 */
class XlsxLimitsTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return f;
    }

    private static String refusal(Path f) {
        try (XlsxReader r = new XlsxReader(f)) {
            while (r.next() != null) {
                // read to the end
            }
            return null;
        } catch (UnreadableFileException e) {
            return e.getMessage();
        } catch (IOException e) {
            throw new AssertionError("an I/O error instead of a refusal: " + e, e);
        }
    }

    static byte[] good() {
        return new RawXlsx().sheet(List.of(RawXlsx.row(1, "unit", "indicator", "period", "value"),
                RawXlsx.row(2, "320582100000", "gdp", "2024", "1"))).bytes();
    }

    @Test
    void emptyTruncatedAndNonZipFilesAreRefusedWithAMessage() throws IOException {
        assertThat(refusal(file("empty.xlsx", new byte[0]))).contains("empty");
        byte[] g = good();
        assertThat(refusal(file("cut.xlsx", Arrays.copyOf(g, g.length / 2)))).contains("not a complete zip archive");
        assertThat(refusal(file("text.xlsx", "unit,value\n1,2\n".getBytes()))).contains("not an XLSX workbook");
        assertThat(refusal(file("nothing.xlsx", zip("a.txt", new byte[10])))).contains("not an XLSX workbook");
        assertThat(refusal(file("good.xlsx", g))).isNull();
    }

    /** A sheet of 300 MB of blanks, compressed to ~300 KB: far beyond the expansion limit. */
    static byte[] bomb() throws IOException {
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RawXlsx x = new RawXlsx();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (var e : List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml")) {
                z.putNextEntry(new ZipEntry(e));
                z.write(partOf(x, e));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            z.write(("<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData>").getBytes());
            for (int i = 0; i < 300; i++) z.write(blanks);
            z.write("</sheetData></worksheet>".getBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }

    /** A zip of {@link XlsxReader#MAX_ENTRIES} + 1 empty entries. */
    static byte[] manyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < XlsxReader.MAX_ENTRIES + 1; i++) {
                z.putNextEntry(new ZipEntry("junk/" + i));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        byte[] bomb = bomb();
        assertThat(bomb.length).isLessThan(2 << 20);
        assertThat(refusal(file("bomb.xlsx", bomb))).contains("zip bomb");
    }

    @Test
    void tooManyEntriesAndTooManyCellsAreRefused() throws IOException {
        assertThat(refusal(file("entries.xlsx", manyEntries()))).contains("more than " + XlsxReader.MAX_ENTRIES + " entries");

        String far = "<c r=\"A" + (XlsxReader.MAX_ROWS + 5) + "\"><v>1</v></c>";
        byte[] rows = new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\""
                + (XlsxReader.MAX_ROWS + 5) + "\">" + far + "</row></sheetData></worksheet>").bytes();
        assertThat(refusal(file("rows.xlsx", rows))).contains("row number");
        byte[] cols = new RawXlsx().part("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + RawXlsx.NS
                + "\"><sheetData><row r=\"1\"><c r=\"ZZZZ1\"><v>1</v></c></row></sheetData></worksheet>").bytes();
        assertThat(refusal(file("cols.xlsx", cols))).contains("not a column");
    }

    @Test
    void aDoctypeOrExternalEntityIsRefusedNotResolved() throws IOException {
        Path secret = file("secret.txt", "SECRET".getBytes());
        byte[] xxe = new RawXlsx().part("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]><worksheet xmlns=\"" + RawXlsx.NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
                + "</sheetData></worksheet>").bytes();
        Path f = file("xxe.xlsx", xxe);
        try (XlsxReader r = new XlsxReader(f)) {
            String[] row = r.next();
            assertThat(row == null ? "" : String.join(",", row)).doesNotContain("SECRET");
        } catch (UnreadableFileException e) {
            assertThat(e.getMessage()).doesNotContain("SECRET");
        }
    }

    @Test
    void cellReferencesGiveColumns() {
        assertThat(XlsxReader.column("A1")).isZero();
        assertThat(XlsxReader.column("Z9")).isEqualTo(25);
        assertThat(XlsxReader.column("AA10")).isEqualTo(26);
        assertThat(XlsxReader.column("XFD1")).isEqualTo(16383);
        assertThat(XlsxReader.column("1")).isEqualTo(-1);
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] partOf(RawXlsx x, String name) throws IOException {
        try (var z = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(x.bytes()))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) if (e.getName().equals(name)) return z.readAllBytes();
        }
        throw new IllegalArgumentException(name);
    }
}
