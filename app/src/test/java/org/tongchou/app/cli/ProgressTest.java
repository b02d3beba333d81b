package org.tongchou.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The two faces of a stage's progress: a bar redrawn in place on a terminal, one closing line elsewhere. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String written() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void elsewhereOneLinePerStageAndNothingWhileItRuns() {
        Progress p = new Progress("reading villages.csv", 1_000, out, false);
        for (long i = 0; i <= 1_000; i += 100) p.update(i);
        assertThat(written()).as("nothing before the stage ends").isEmpty();
        p.finish(1_000);
        assertThat(written()).matches("reading villages\\.csv: 1,000 in \\d+\\.\\d s" + System.lineSeparator())
                .doesNotContain("\r");
    }

    @Test
    void unknownTotalElsewhereIsTheSameOneLine() {
        Progress p = new Progress("reading 2.7.0", 0, out, false);
        p.update(620_573);
        p.finish(620_573);
        assertThat(written()).matches("reading 2\\.7\\.0: 620,573 in \\d+\\.\\d s" + System.lineSeparator());
    }

    @Test
    void onATerminalABarRedrawnInPlaceThenTheClosingLineOverIt() {
        Progress p = new Progress("importing units", 200, out, true);
        p.update(100);
        p.update(200); // the end is always drawn
        p.finish(200);
        String[] draws = written().split("\r", -1);
        assertThat(draws[0]).isEmpty();
        assertThat(draws[1]).isEqualTo(String.format("%-24s [%s%s] 100/200", "importing units", "#".repeat(15), " ".repeat(15)));
        assertThat(draws[2]).isEqualTo(String.format("%-24s [%s] 200/200", "importing units", "#".repeat(30)));
        assertThat(draws).hasSize(4);
        assertThat(draws[3]).as("the closing line, padded over the bar").matches("importing units: 200 in \\d+\\.\\d s +" + System.lineSeparator());
        assertThat(draws[3].stripTrailing().length()).isLessThan(draws[2].length());
        assertThat(draws[3].length() - System.lineSeparator().length()).isEqualTo(draws[2].length());
    }

    @Test
    void onATerminalAnUnknownTotalIsACount() {
        Progress p = new Progress("reading 2.7.0", 0, out, true);
        p.update(42);
        p.finish(42);
        assertThat(written()).startsWith(String.format("\r%-24s 42\r", "reading 2.7.0")).contains("reading 2.7.0: 42 in ");
    }
}
