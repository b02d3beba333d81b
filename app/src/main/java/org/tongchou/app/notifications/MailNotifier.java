package org.tongchou.app.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends a notification by e-mail through the configured SMTP server (Spring Boot's {@code spring.mail.*}
 * properties create the sender), from {@code tongchou.notifications.mail-from}. Without a sender or a
 * from address, e-mail is off and only the in-app centre has the notification. A failed delivery is
 * logged and never undoes the notification.
 */
@Component
class MailNotifier {
    private static final Logger LOG = LoggerFactory.getLogger(MailNotifier.class);
    private final ObjectProvider<JavaMailSender> senders;
    private final String from;
    private final String baseUrl;

    MailNotifier(ObjectProvider<JavaMailSender> senders, @Value("${tongchou.notifications.mail-from:}") String from,
                 @Value("${tongchou.notifications.base-url:}") String baseUrl) {
        this.senders = senders;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Whether e-mail can be sent at all (a sender and a from address are configured). */
    boolean enabled() {
        return !from.isBlank() && senders.getIfAvailable() != null;
    }

    /** Sends; true when the server accepted the message. */
    boolean send(String to, Notice n) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null || from.isBlank()) return false;
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject("[统筹 Tongchou] " + firstLine(n.textZh()));
        String link = n.link() == null ? "" : "\n\n" + (baseUrl.isBlank() ? "" : baseUrl) + n.link();
        m.setText(n.textZh() + "\n\n" + n.textEn() + link + "\n\n— 统筹 Tongchou (in-app: /notifications)");
        try {
            sender.send(m);
            return true;
        } catch (MailException e) {
            LOG.warn("notification e-mail to {} not delivered: {}", to, e.getMessage());
            return false;
        }
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 120 ? t.substring(0, 120) + "…" : t;
    }
}
