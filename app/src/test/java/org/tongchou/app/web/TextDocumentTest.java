package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The helpers every document reader shares: the underflow check, a value's kind, the size limit, clipping. */
class TextDocumentTest {
    @Test
    void aNumberUnderflowsWhenItReadsAsZeroThoughItsDigitsAreNot() {
        for (String t : List.of("1e-400", "-1E-400", " 0.000001e-399 ", "+5e-330", "0.5e-400")) {
            assertThat(TextDocument.underflows(t, Double.parseDouble(t.strip()))).as(t).isTrue();
        }
        for (String t : List.of("0", "0.0", "-0", "0e10", "0.000e-5", "1e-300", "12", "1e5")) {
            assertThat(TextDocument.underflows(t, Double.parseDouble(t))).as(t).isFalse();
        }
    }

    @Test
    void kindsSizesAndClips() {
        assertThat(TextDocument.kind(Map.of())).isEqualTo("a mapping");
        assertThat(TextDocument.kind(List.of())).isEqualTo("a list");
        assertThat(TextDocument.kind(true)).isEqualTo("a yes/no");
        assertThat(TextDocument.kind(1.5)).isEqualTo("a number");
        assertThat(TextDocument.kind(new java.util.Date())).isEqualTo("a date");
        assertThat(TextDocument.kind("x")).isEqualTo("a value");
        TextDocument.checkYamlSize(TextDocument.MAX_YAML_CHARS, "f.yaml", "framework file");
        assertThatThrownBy(() -> TextDocument.checkYamlSize(TextDocument.MAX_YAML_CHARS + 1L, "f.yaml", "framework file"))
                .isInstanceOf(TextDocument.UnreadableDocumentException.class)
                .hasMessage("f.yaml: " + (TextDocument.MAX_YAML_CHARS + 1L) + " bytes; a framework file has at most " + TextDocument.MAX_YAML_CHARS);
        assertThat(TextDocument.clip((Object) null)).isNull();
        assertThat(TextDocument.clip(42)).isEqualTo("42");
        assertThat(TextDocument.clip("y".repeat(61))).isEqualTo("y".repeat(60) + "…(61 characters)");
    }
}
