package org.tongchou.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The password policy (issue 9, "smaller"): on the old code {@code 12345678} and {@code password}
 * were accepted, and a password over 72 bytes reached bcrypt and failed with 500.
 */
class PasswordPolicyTest {
    private static boolean accepted(String password) {
        return PasswordPolicy.problem(password, "zhang.wei").isEmpty();
    }

    @Test
    void shortCommonAndDemoPasswordsAreRefused() {
        for (String p : new String[] {"12345678", "password", "password2026!", "Password1234", "1qaz2wsx3edc",
                "qwertyuiop123", "demo-2026", "Demo-2026-ok", "woaini1314520", "aaaaaaaaaaaaaa", "123456789012",
                "abcdefghijklm", "zhang.wei.2026", "tongchou-2026"}) {
            assertThat(accepted(p)).as(p).isFalse();
        }
    }

    @Test
    void longPassphrasesAreAccepted() {
        for (String p : new String[] {"copper kettle evening", "granite orchard lantern", "张家港三个集中示范镇的发展",
                "Tr0ub4dor&3horse", "correct horse battery staple"}) {
            assertThat(accepted(p)).as(p).isTrue();
        }
    }

    @Test
    void theLimitIsBytesNotCharacters() {
        String seventyTwo = "a".repeat(72);
        assertThat(PasswordPolicy.problem("x1" + "b".repeat(70), null)).as("72 ASCII bytes").isEmpty();
        assertThat(PasswordPolicy.problem("x1" + "b".repeat(71), null)).as("73 bytes").get().asString().contains("72 bytes");
        // 24 Chinese characters are 72 bytes in UTF-8, 25 are 75
        String han = "统筹城乡发展一体化推进三个集中建设美丽乡村共同富";
        assertThat(han.length()).isEqualTo(24);
        assertThat(PasswordPolicy.problem(han, null)).isEmpty();
        assertThat(PasswordPolicy.problem(han + "示", null)).isPresent();
        assertThat(seventyTwo).hasSize(72);
    }
}
