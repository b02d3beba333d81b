package org.tongchou.app.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tongchou.app.web.FieldProblem;

/**
 * What a new password must be (NIST SP 800-63B §5.1.1.2, OWASP ASVS 2.1): long rather than complex, at
 * least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes in UTF-8 (bcrypt reads no
 * further, and Spring's encoder refuses longer input), not a common password, not the public demo
 * password, not made of the username, and not one character repeated or a run such as {@code 1234…}.
 * The common passwords are in {@code security/common-passwords.txt}; a password is refused when it is
 * one of them, or one of them followed by digits and punctuation ({@code password2026!}).
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final String DEMO_PASSWORD = Installation.DEMO_PASSWORD;
    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** Why {@code password} cannot be the new password of {@code username}, or empty when it can. */
    static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("at least " + MIN_LENGTH + " characters; a few words are easier to remember than symbols");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("at most " + MAX_BYTES + " bytes in UTF-8 (" + MAX_BYTES
                    + " Latin letters or digits, 24 Chinese characters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(DEMO_PASSWORD) || lower.startsWith(DEMO_PASSWORD)) {
            return Optional.of("the demo password is public: choose another");
        }
        if (isCommon(lower)) return Optional.of("a common password, among the first guesses of an attacker: choose another");
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain the username");
        }
        if (isRepetitive(lower)) return Optional.of("one character repeated or a run such as 1234…: choose another");
        return Optional.empty();
    }

    /** The problem as a field problem of {@code field}, never echoing the password. */
    static Optional<FieldProblem> fieldProblem(String field, String password, String username) {
        return problem(password, username).map(m -> new FieldProblem(field, "(hidden)", m));
    }

    /** One of the common passwords, alone or followed by digits and punctuation. */
    private static boolean isCommon(String lower) {
        if (COMMON.contains(lower)) return true;
        int end = lower.length();
        while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) end--;
        return end > 0 && end < lower.length() && COMMON.contains(lower.substring(0, end));
    }

    /** At most two distinct characters, or every step between neighbours the same (abcd…, 2468…, 9876…). */
    private static boolean isRepetitive(String lower) {
        if (lower.chars().distinct().count() <= 2) return true;
        int step = lower.charAt(1) - lower.charAt(0);
        for (int i = 2; i < lower.length(); i++) {
            if (lower.charAt(i) - lower.charAt(i - 1) != step) return false;
        }
        return true;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
