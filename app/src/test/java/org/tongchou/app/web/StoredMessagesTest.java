package org.tongchou.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class StoredMessagesTest {
    private final StaticMessageSource source = new StaticMessageSource();
    private final StoredMessages messages = new StoredMessages(source,
            new CityTime(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneId.of("Asia/Shanghai"))));

    StoredMessagesTest() {
        source.addMessage("audit.text.lockedUntil", Locale.SIMPLIFIED_CHINESE, "锁定至 {0}");
        source.addMessage("audit.text.lockedUntil", Locale.ENGLISH, "locked until {0}");
        source.addMessage("audit.text.token", Locale.ENGLISH, "token {0} “{1}”");
    }

    @Test
    void aStoredKeyReadsInTheReadersLanguageWithInstantsInTheCitysTime() {
        String stored = StoredMessages.of("audit.text.lockedUntil", Instant.parse("2026-12-07T12:30:15.123Z"));
        assertThat(stored).isEqualTo("audit.text.lockedUntil|2026-12-07T12:30:15.123Z");
        assertThat(messages.text(stored, Locale.SIMPLIFIED_CHINESE)).isEqualTo("锁定至 2026-12-07 20:30");
        assertThat(messages.text(stored, Locale.ENGLISH)).isEqualTo("locked until 2026-12-07 20:30");
    }

    @Test
    void aBarInAnArgumentCannotSplitIt() {
        assertThat(messages.text(StoredMessages.of("audit.text.token", 7, "a|b"), Locale.ENGLISH)).isEqualTo("token 7 “a¦b”");
    }

    @Test
    void whatIsNoStoredKeyReadsAsStored() {
        assertThat(messages.text(null, Locale.ENGLISH)).isNull();
        assertThat(messages.text("sessions ended", Locale.ENGLISH)).isEqualTo("sessions ended");
        assertThat(messages.text("v1.2", Locale.ENGLISH)).as("looks like a key, is none").isEqualTo("v1.2");
        assertThat(messages.text("ANALYST@320582000000", Locale.ENGLISH)).isEqualTo("ANALYST@320582000000");
        assertThat(messages.text("commitment:12", Locale.ENGLISH)).isEqualTo("commitment:12");
    }
}
