package org.tongchou.app.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.web.FieldProblemsException;

/**
 * Notifications through a real SMTP server running in the test (GreenMail), configured as an
 * installation would be ({@code spring.mail.*}, {@code tongchou.notifications.mail-from}): a user with
 * an address and e-mail on gets the notice once, by e-mail and in the centre; one without gets it in
 * the centre only.
 */
@H2Test
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3925", "tongchou.notifications.mail-from=tongchou@example.org",
        "tongchou.notifications.base-url=https://tongchou.example.org"})
class NotificationMailTest {
    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    NotificationService notifications;
    @Autowired
    TestDatabase db;

    @BeforeEach
    void clean() {
        db.truncateAll();
    }

    @Test
    void aNoticeIsMailedOnceToUsersWhoTurnedEmailOn() throws Exception {
        assertThat(notifications.mailEnabled()).isTrue();
        notifications.saveEmail("reporter-a", "town-a@example.org", true);
        notifications.saveEmail("reporter-b", "town-b@example.org", false);
        Notice n = new Notice("OVERDUE", "commitment:7:overdue", "杨舍镇的承诺事项已逾期：建成标准型厂房", "Yangshe's commitment is overdue", "/commitments/7");
        assertThat(notifications.notify(List.of("reporter-a", "reporter-b", "reporter-c"), n)).containsExactly("reporter-a", "reporter-b", "reporter-c");
        assertThat(SMTP.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] mails = SMTP.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("town-a@example.org");
        assertThat(mails[0].getSubject()).contains("杨舍镇的承诺事项已逾期");
        assertThat(GreenMailUtil.getBody(mails[0])).isNotBlank();
        assertThat(notifications.list("reporter-a", 10)).singleElement().satisfies(x -> assertThat(x.mailedAt()).isNotNull());
        assertThat(notifications.list("reporter-b", 10)).singleElement().satisfies(x -> assertThat(x.mailedAt()).isNull());

        assertThat(notifications.notify(List.of("reporter-a"), n)).as("the same key twice").isEmpty();
        Thread.sleep(300);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(notifications.unread("reporter-a")).isEqualTo(1);
        long id = notifications.list("reporter-a", 10).get(0).id();
        assertThat(notifications.markRead("reporter-b", id)).as("someone else's").isFalse();
        assertThat(notifications.markRead("reporter-a", id)).isTrue();
        assertThat(notifications.unread("reporter-a")).isZero();
        assertThatThrownBy(() -> notifications.saveEmail("reporter-a", "not an address", true)).isInstanceOf(FieldProblemsException.class);
    }
}
