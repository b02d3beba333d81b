package org.tongchou.engine.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tongchou.engine.data.Direction;
import org.tongchou.engine.io.CsvFormatException;
import org.tongchou.engine.io.CsvTable;
import org.tongchou.engine.pipeline.CoinrExample;

class FrameworkCsvTest {
    static Framework read(String csv) {
        return FrameworkCsv.read(CsvTable.read(new StringReader(csv), "meta.csv"));
    }

    @Test
    void readsCoinrMeta() {
        Framework f = CoinrExample.framework();
        assertThat(f.indicatorCount()).as("COINr ASEM: 49 indicators").isEqualTo(49);
        assertThat(f.size()).as("49 + 8 pillars + 2 sub-indices + Index").isEqualTo(60);
        assertThat(f.levels()).isEqualTo(4);
        assertThat(f.root().code()).isEqualTo("Index");
        assertThat(f.codesAtLevel(3)).containsExactly("Conn", "Sust");
        assertThat(f.node("CostImpEx").orElseThrow().direction()).isEqualTo(Direction.NEGATIVE);
        assertThat(f.node("Flights").orElseThrow().denominator()).isEqualTo("Population");
        assertThat(f.children(f.indexOf("Physical"))).hasSize(8);
    }

    @Test
    void everyProblemIsReported() {
        String csv = """
                iCode,Level,Parent,Weight,Direction,Type
                a,1,P,x,1,Indicator
                b,1.5,P,1,sideways,Indicator
                ,1,P,1,1,Indicator
                P,2,,1,1,Aggregate
                g,NA,NA,NA,NA,Group
                """;
        assertThatThrownBy(() -> read(csv)).isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("meta.csv:2 column 'Weight': 'x' is not a number >= 0")
                .hasMessageContaining("meta.csv:3 column 'Level': '1.5' is not a whole number")
                .hasMessageContaining("meta.csv:3 column 'Direction': direction 'sideways'")
                .hasMessageContaining("meta.csv:4 column 'iCode': empty code");
        assertThatThrownBy(() -> read("iCode,Level\na,1\n")).hasMessageContaining("'Parent': required column missing")
                .hasMessageContaining("'Weight': required column missing");
        assertThatThrownBy(() -> read("iCode,Level,Parent,Weight\na,1,P,1\nb,1,Q,1\nP,2,,1\nQ,2,,1\n"))
                .hasMessageContaining("exactly one root");
    }
}
