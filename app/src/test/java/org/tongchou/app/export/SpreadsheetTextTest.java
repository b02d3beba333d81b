package org.tongchou.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** OWASP's CSV-injection rule: text starting with =, +, -, @, tab or CR gets a leading apostrophe; nothing else changes. */
class SpreadsheetTextTest {
    @Test
    void formulaLeadersGetAnApostrophe() {
        for (String s : new String[] {"=SUM(A1)", "+1", "-能耗", "@cmd", "\tx", "\rx"}) {
            assertThat(SpreadsheetText.neutralise(s)).as(s).isEqualTo("'" + s);
        }
    }

    @Test
    void ordinaryTextIsUnchanged() {
        for (String s : new String[] {"杨舍镇", "gdp", "1.5", "a=b", " =x", "'quoted"}) {
            assertThat(SpreadsheetText.neutralise(s)).as(s).isEqualTo(s);
        }
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }
}
