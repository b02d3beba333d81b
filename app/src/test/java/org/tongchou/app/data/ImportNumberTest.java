package org.tongchou.app.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path for plain decimals gives exactly what Double.parseDouble gives. */
class ImportNumberTest {
    @Test
    void plainDecimalsParseExactlyLikeTheJdk() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int k = 0; k < 200_000; k++) {
            int intDigits = rnd.nextInt(0, 12);
            int fracDigits = rnd.nextInt(0, 16 - Math.max(1, intDigits));
            StringBuilder b = new StringBuilder();
            if (rnd.nextInt(4) == 0) b.append('-');
            for (int i = 0; i < intDigits; i++) b.append((char) ('0' + rnd.nextInt(10)));
            if (fracDigits > 0 || intDigits == 0) b.append('.');
            for (int i = 0; i < Math.max(fracDigits, intDigits == 0 ? 1 : 0); i++) b.append((char) ('0' + rnd.nextInt(10)));
            String t = b.toString();
            assertThat(ImportParser.parseNumber(t)).as(t).isEqualTo(Double.parseDouble(t));
        }
    }

    @Test
    void otherFormsStillWork() {
        assertThat(ImportParser.parseNumber("1,234.5")).isEqualTo(1234.5);
        assertThat(ImportParser.parseNumber("-1e3")).isEqualTo(-1000);
        assertThat(ImportParser.parseNumber("12345678901234567890")).isEqualTo(12345678901234567890.0);
        assertThat(ImportParser.parseNumber("0.1234567890123456789")).isEqualTo(0.1234567890123456789);
        assertThat(ImportParser.parseNumber("1.2.3")).isNaN();
        assertThat(ImportParser.parseNumber("-")).isNaN();
        assertThat(ImportParser.parseNumber("+5")).isEqualTo(5);
        assertThat(ImportParser.parseNumber(".5")).isEqualTo(0.5);
    }
}
