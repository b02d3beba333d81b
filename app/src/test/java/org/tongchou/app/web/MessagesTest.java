package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two languages stay in step: every key of messages.properties (Chinese) has its English
 * counterpart in messages_en.properties and the other way round, and every key a template names
 * literally ({@code #{key}}, {@code #{key(args)}}, {@code #messages.msg('key')}) exists.
 */
class MessagesTest {
    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern EXPRESSION_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)(?:\\(|})");
    private static final Pattern UTILITY_KEY = Pattern.compile("#messages\\.msg(?:OrNull)?\\('([A-Za-z][\\w.-]*)'[,)]");

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = keys("messages.properties");
        Set<String> en = keys("messages_en.properties");
        assertThat(minus(zh, en)).as("keys in messages.properties without English").isEmpty();
        assertThat(minus(en, zh)).as("keys in messages_en.properties without Chinese").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> zh = keys("messages.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : new Pattern[] {EXPRESSION_KEY, UTILITY_KEY}) {
                    Matcher m = p.matcher(html);
                    while (m.find()) {
                        if (!zh.contains(m.group(1))) missing.add(RESOURCES.resolve("templates").relativize(f) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys named by templates but in no messages file").isEmpty();
    }

    private static Set<String> keys(String file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
