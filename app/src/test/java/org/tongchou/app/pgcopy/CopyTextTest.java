package org.tongchou.app.pgcopy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CopyTextTest {
    @Test
    void escapesBackslashTabAndLineBreaksAndWritesNullAsBackslashN() {
        StringBuilder b = new StringBuilder();
        CopyText.append(b, "a\\b\tc\nd\re");
        b.append('|');
        CopyText.append(b, null);
        assertThat(b).hasToString("a\\\\b\\tc\\nd\\re|\\N");
        assertThat(CopyText.field("a\\b\tc\nd\re")).isEqualTo("a\\\\b\\tc\\nd\\re");
        assertThat(CopyText.field(null)).isEqualTo("\\N");
    }

    @Test
    void aFieldWithNothingToEscapeIsTheSameString() {
        String plain = "城关镇 (Chengguan)";
        assertThat(CopyText.field(plain)).isSameAs(plain);
    }
}
