package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The code-list reader on hand-made files: the byte-level fields equal the text-level CSV split, and every problem is reported. */
class DivisionListReaderTest {
    @TempDir
    Path dir;

    @Test
    void fieldsCutFromBytesEqualTheTextSplit() throws IOException {
        String[] lines = {
            "110101001001,\"多福巷社区居委会\",110101001,11,1101,110101",
            "1,\"a,b\",c",
            "1,\"say \"\"hi\"\"\",x",
            "1,a\"b\"c,\"\"",
            "\"\"\"\",\"\",,",
            " 12 , 天津市 ,\"\"\"x",
            "",
            "x",
            "\"unterminated,still one field",
        };
        for (String line : lines) {
            try (CodeLines r = new CodeLines(new ByteArrayInputStream((line + "\r\n").getBytes(StandardCharsets.UTF_8)))) {
                assertThat(r.next()).isTrue();
                int n = r.split();
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < n; i++) fields.add(r.text(i));
                assertThat(fields).as(line).isEqualTo(DivisionListReader.split(line));
                assertThat(r.blank()).isEqualTo(line.isBlank());
                assertThat(r.next()).isFalse();
            }
        }
    }

    @Test
    void readsQuotedNamesCrLfBomBlankLinesAndSpaces() throws IOException {
        write("provinces.csv", "\uFEFFcode,name\r\n32,\"江苏省\"\r\n\r\n");
        write("cities.csv", "code,name,provinceCode\n3205,\"苏州市\",32\n");
        write("areas.csv", "code,name,cityCode,provinceCode\n 320582 ,\"张家港市, 县级\",3205,32\n");
        write("streets.csv", "code,name,areaCode,provinceCode,cityCode\n320582102,金港镇,320582,32,3205\n");
        write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode\n"
                + "320582102001,\"中港\"\"社区\"\"居委会\",320582102,32,3205,320582\n"
                + "320582102201,\"德积村委会\",320582102,32,3205,320582"); // no line break at the end
        DivisionList list = DivisionListReader.read(dir, null, n -> { });
        assertThat(list.counts()).isEqualTo("1 / 1 / 1 / 1 / 2");
        assertThat(list.level(UnitLevel.COUNTY).get(0)).isEqualTo(new DivisionEntry("320582000000", "张家港市, 县级",
                UnitLevel.COUNTY, "320500000000", dir.resolve("areas.csv").toString(), 2));
        assertThat(list.level(UnitLevel.VILLAGE)).extracting(DivisionEntry::name).containsExactly("中港\"社区\"居委会", "德积村委会");
        assertThat(list.level(UnitLevel.VILLAGE)).extracting(DivisionEntry::parentCode).containsOnly("320582102000");
        assertThat(list.level(UnitLevel.VILLAGE).get(1).line()).isEqualTo(3);

        DivisionList within = DivisionListReader.read(dir, "320582102", n -> { });
        assertThat(within.counts()).isEqualTo("1 / 1 / 1 / 1 / 2");
    }

    @Test
    void reportsEveryProblemWithFileLineAndColumn() throws IOException {
        write("provinces.csv", "code,name\n32,\"江苏省\"\n3x,\"坏\"\n33,\n");
        write("cities.csv", "code,name,provinceCode\n3205,\"苏州市\",32\n3301,\"杭州市\",34\n3206,\"南通市\"\n");
        write("areas.csv", "code,name,cityCode,provinceCode\n320582,\"张家港市\",3205,32\n320582,\"重复\",3205,32\n");
        write("streets.csv", "code,name,areaCode,provinceCode,cityCode\n320582102,\"金港镇\",320583,32,3205\n");
        write("villages.csv", "code,name,streetCode,provinceCode,cityCode,areaCode\n320582102001,\"中港\",320582102,32,3205,320582\n");
        String p = dir.resolve("provinces.csv").toString();
        String c = dir.resolve("cities.csv").toString();
        String a = dir.resolve("areas.csv").toString();
        String s = dir.resolve("streets.csv").toString();
        String v = dir.resolve("villages.csv").toString();
        assertThatThrownBy(() -> DivisionListReader.read(dir, null, n -> { }))
                .isInstanceOf(DivisionListException.class)
                .hasMessageContaining(p + ":3 column 'code': '3x' is not a 2-digit code")
                .hasMessageContaining(p + ":4 column 'name': empty name for code 33")
                .hasMessageContaining(c + ":3 column 'provinceCode': '34' is not the 2-digit prefix of code 3301")
                .hasMessageContaining(c + ":4: has 2 fields, the header has 3")
                .hasMessageContaining(a + ":3 column 'code': code 320582 repeats " + a + ":2")
                .hasMessageContaining(s + ":2 column 'areaCode': '320583' is not the 6-digit prefix of code 320582102")
                .hasMessageContaining(v + ":2 column 'streetCode': parent 320582102 of 320582102001 is not in the list");
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
