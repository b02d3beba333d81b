package org.tongchou.app.notifications;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.FieldProblemsException;

/**
 * The in-app notification centre and its optional e-mail (docs/meetings.md, "Reminders"). Features
 * send {@link Notice}s to users by name; each user reads their own notifications only. A notice's key
 * makes it once-only per recipient, so that a daily check can send "overdue" every day without anyone
 * getting it twice. E-mail goes to users who gave an address and turned it on, after the transaction
 * that made the notification has committed.
 */
@Service
public class NotificationService {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,185}\\.[^@\\s.]{1,63}");
    private final NotificationRepository repository;
    private final MailNotifier mail;
    private final Clock clock;

    NotificationService(NotificationRepository repository, MailNotifier mail, Clock clock) {
        this.repository = repository;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Sends the notice to each recipient who has not had one with its key. Returns the usernames that
     * got it now.
     */
    @Transactional
    public List<String> notify(Collection<String> recipients, Notice notice) {
        List<String> sent = new ArrayList<>();
        OffsetDateTime now = now();
        for (String r : new LinkedHashSet<>(recipients)) {
            if (r == null || r.isBlank()) continue;
            Optional<Long> id = repository.insertOnce(r, notice, now);
            if (id.isEmpty()) continue;
            sent.add(r);
            repository.email(r).filter(NotificationRepository.Email::enabled)
                    .ifPresent(e -> afterCommit(() -> {
                        if (mail.send(e.address(), notice)) repository.mailed(id.get(), now());
                    }));
        }
        return sent;
    }

    List<Notification> list(String user, int limit) {
        return repository.list(user, limit);
    }

    public long unread(String user) {
        return repository.unread(user);
    }

    boolean markRead(String user, long id) {
        return repository.markRead(user, id, now());
    }

    int markAllRead(String user) {
        return repository.markAllRead(user, now());
    }

    Optional<NotificationRepository.Email> email(String user) {
        return repository.email(user);
    }

    boolean mailEnabled() {
        return mail.enabled();
    }

    /** Sets (or with a blank address removes) the user's e-mail address for notifications. */
    @Transactional
    void saveEmail(String user, String address, boolean enabled) {
        String a = address == null ? "" : address.strip();
        if (a.isEmpty()) {
            repository.deleteEmail(user);
            return;
        }
        if (a.length() > 254 || !EMAIL.matcher(a).matches()) {
            throw new FieldProblemsException(List.of(new FieldProblem("address", a, "is not an e-mail address")));
        }
        repository.saveEmail(user, a, enabled, now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** Runs the action once the current transaction has committed, or now when there is none. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
