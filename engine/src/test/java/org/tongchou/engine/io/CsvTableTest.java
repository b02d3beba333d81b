package org.tongchou.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.engine.data.Dataset;

/** Reading and writing CSV as users' files come: quotes, line breaks in cells, BOM, gaps, ragged and bad rows. */
class CsvTableTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Path file(String name, String text) throws Exception {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quotedCellsKeepCommasQuotesAndLineBreaksAndRowsKeepTheirFileLines() throws Exception {
        Path p = file("q.csv", "unit,name,gdp\r\nA,\"Yangshe, town\",10\r\nB,\"say \"\"hi\"\"\",20\n"
                + "C,\"two\nlines\",30\rD,plain,40\n");
        CsvTable t = CsvTable.read(p);
        assertThat(t.header()).containsExactly("unit", "name", "gdp");
        assertThat(t.rows()).containsExactly(List.of("A", "Yangshe, town", "10"), List.of("B", "say \"hi\"", "20"),
                List.of("C", "two\nlines", "30"), List.of("D", "plain", "40"));
        assertThat(t.line(0)).isEqualTo(2);
        assertThat(t.line(2)).isEqualTo(4);
        assertThat(t.line(3)).as("a quoted line break counts: D starts on line 6 (lone CR ends line 5)").isEqualTo(6);
    }

    @Test
    void aByteOrderMarkIsSkippedFromFilesAndReaders() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "单位,gdp\n杨舍镇,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(CsvTable.read(file("bom.csv", all)).header()).containsExactly("单位", "gdp");
        assertThat(CsvTable.read(new StringReader("\uFEFFunit,gdp\nA,1\n"), "text").header()).containsExactly("unit", "gdp");
    }

    @Test
    void emptyCellsAndMissingTokensAreMissingValuesAndBlankLinesAreSkipped() throws Exception {
        Path p = file("gaps.csv", "unit,x,y,z\nA,,NA,1\n\nB,n/a, 2 ,NaN\n");
        Dataset d = DatasetCsv.read(p, "unit", Set.of(), Set.of());
        assertThat(d.units()).containsExactly("A", "B");
        assertThat(d.column("x")).containsOnly(Double.NaN);
        assertThat(d.column("y")[0]).isNaN();
        assertThat(d.column("y")[1]).as("cells are trimmed").isEqualTo(2);
        assertThat(d.column("z")[1]).isNaN();
    }

    @Test
    void everyRaggedRowIsReportedAtOnceWithItsLine() throws Exception {
        Path p = file("ragged.csv", "unit,x,y\nA,1,2\nB,1\nC,\"3\n4\",5\nD,1,2,3\n");
        assertThatThrownBy(() -> CsvTable.read(p)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("2 problem(s)")
                .hasMessageContaining("ragged.csv:3: has 2 fields, the header has 3")
                .hasMessageContaining("ragged.csv:6: has 4 fields, the header has 3")
                .satisfies(e -> assertThat(((CsvFormatException) e).problems()).extracting(CsvProblem::line).containsExactly(3, 6));
    }

    @Test
    void badNumbersAreReportedWithLineAndColumnAllAtOnce() throws Exception {
        Path p = file("bad.csv", "unit,gdp,pop\nA,\"note\nspanning\",1\nB,abc,2\nC,3,Infinity\nD,4,1e999\n");
        assertThatThrownBy(() -> DatasetCsv.read(p, "unit", Set.of(), Set.of()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("4 problem(s)")
                .hasMessageContaining("bad.csv:2 column 'gdp': 'note\nspanning' is not a number")
                .hasMessageContaining("bad.csv:4 column 'gdp': 'abc' is not a number")
                .hasMessageContaining("bad.csv:5 column 'pop': 'Infinity' is not a finite number")
                .hasMessageContaining("bad.csv:6 column 'pop': '1e999' is not a finite number");
    }

    @Test
    void duplicateAndEmptyUnitIdsAndMissingGroupColumnsAreReported() throws Exception {
        Path p = file("ids.csv", "unit,region,x\nA,n,1\nA,s,2\n,n,3\n");
        assertThatThrownBy(() -> DatasetCsv.read(p, "unit", new LinkedHashSet<>(List.of("region", "county")), Set.of()))
                .hasMessageContaining("ids.csv:1 column 'county': grouping column not found")
                .hasMessageContaining("ids.csv:3 column 'unit': duplicate unit id 'A'")
                .hasMessageContaining("ids.csv:4 column 'unit': empty unit id");
    }

    @Test
    void malformedQuotingIsRefusedWithItsLine() throws Exception {
        assertThatThrownBy(() -> CsvTable.read(file("open.csv", "unit,x\nA,1\nB,\"2\n")))
                .hasMessageContaining("open.csv:3: not valid CSV: a quoted field is not closed before the end of the file");
        assertThatThrownBy(() -> CsvTable.read(file("after.csv", "unit,x\nA,1\nB,\"2\"x\n")))
                .hasMessageContaining("after.csv:3: not valid CSV: text after the closing quote");
    }

    @Test
    void missingAndEmptyFilesAreRefusedAsInput() throws Exception {
        assertThatThrownBy(() -> CsvTable.read(dir.resolve("nope.csv"))).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("nope.csv: no such file");
        assertThatThrownBy(() -> CsvTable.read(file("empty.csv", ""))).hasMessageContaining("empty.csv:1: empty file: no header");
        assertThatThrownBy(() -> CsvTable.read(file("h.csv", "unit,x\n")).requireColumn("y"))
                .hasMessageContaining("h.csv:1 column 'y': no such column; header is [unit, x]");
    }

    @Test
    void writingQuotesOnlyWhatNeedsIt() {
        StringWriter w = new StringWriter();
        CsvTable.write(w, List.of("unit", "note"), List.of(List.of("A", "plain"), List.of("B", "a, b"), List.of("C", "say \"hi\""),
                List.of("D", "two\nlines"), List.of("E", "")));
        assertThat(w.toString()).isEqualTo("unit,note\nA,plain\nB,\"a, b\"\nC,\"say \"\"hi\"\"\"\nD,\"two\nlines\"\nE,\n");
        CsvTable back = CsvTable.read(new StringReader(w.toString()), "round trip");
        assertThat(back.rows().get(3)).containsExactly("D", "two\nlines");
        assertThat(back.line(4)).isEqualTo(7);
    }
}
