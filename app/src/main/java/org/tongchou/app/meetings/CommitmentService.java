package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.notifications.Notice;
import org.tongchou.app.notifications.NotificationService;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.security.UserService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.Conflict;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.NotFound;
import org.tongchou.app.web.StoredMessages;
import org.tongchou.engine.data.Direction;

/**
 * Commitments (表态承诺) and their life (docs/meetings.md, "Commitments"): recorded as drafts by an
 * analyst, published, reported on by the town (progress with evidence, a milestone declared done),
 * verified or sent back with a reason by an analyst, withdrawn, and checked daily
 * ({@link CommitmentChecks}). Every change writes a line of the commitment's history and an entry of
 * the audit trail, and tells whom it concerns ({@link NotificationService}). "Today" is the injected
 * clock's. Access is the web layer's ({@link CommitmentAccess}).
 */
@Service
public class CommitmentService {
    private final CommitmentRepository commitments;
    private final MeetingService meetings;
    private final FileStore files;
    private final UnitService units;
    private final IndicatorService indicators;
    private final UserService users;
    private final AuditService audit;
    private final NotificationService notifications;
    private final Recipients recipients;
    private final Clock clock;

    CommitmentService(CommitmentRepository commitments, MeetingService meetings, FileStore files, UnitService units, IndicatorService indicators,
                      UserService users, AuditService audit, NotificationService notifications, Recipients recipients, Clock clock) {
        this.commitments = commitments;
        this.meetings = meetings;
        this.files = files;
        this.units = units;
        this.indicators = indicators;
        this.users = users;
        this.audit = audit;
        this.notifications = notifications;
        this.recipients = recipients;
        this.clock = clock;
    }

    /**
     * What a commitment says.
     *
     * @param ownerUser   a username answering for it, or null
     * @param ownerOffice a named office answering for it, or null (one of the two is required)
     * @param comparison  for an indicator commitment; null = from the indicator's direction (≥ when more is better)
     */
    public record CommitmentForm(String townCode, String text, String ownerUser, String ownerOffice, CommitmentKind kind, String indicator,
                                 Comparison comparison, Double targetValue, LocalDate deadline) {
    }

    /** Records a draft commitment of a town at a meeting. @throws MeetingRefusedException listing every problem */
    @Transactional
    public Commitment create(long meetingId, CommitmentForm f, String user, boolean synthetic) {
        Meeting m = meetings.get(meetingId);
        CommitmentRepository.Fields fields = check(m.id(), f, synthetic);
        OffsetDateTime now = now();
        long id = commitments.insert(fields, user, now);
        commitments.addUpdate(id, UpdateKind.CREATED, f.text(), null, CommitmentStatus.NOT_STARTED, user, now, today());
        audit.change(user, "commitment.create", "commitment:" + id, null, cut(f.townCode() + " " + f.text()));
        return get(id);
    }

    /** Changes what a commitment says (not its status); audited with the old and new text. */
    @Transactional
    public Commitment edit(long id, CommitmentForm f, String user) {
        Commitment old = get(id);
        if (old.status().closed()) throw conflict(old, "is " + old.status().name().toLowerCase() + " and can no longer be changed");
        commitments.updateFields(id, check(old.meetingId(), f, old.synthetic()), now());
        commitments.addUpdate(id, UpdateKind.EDITED, f.text(), old.status(), old.status(), user, now(), today());
        audit.change(user, "commitment.edit", "commitment:" + id, cut(old.text() + " / " + old.deadline()), cut(f.text() + " / " + f.deadline()));
        return get(id);
    }

    /** Publishes a draft: from now on leaders and every town see it, and the town can report on it. */
    @Transactional
    public Commitment publish(long id, String user) {
        Commitment c = get(id);
        if (c.published()) return c;
        commitments.publish(id, user, now());
        commitments.addUpdate(id, UpdateKind.PUBLISHED, null, c.status(), c.status(), user, now(), today());
        audit.change(user, "commitment.publish", "commitment:" + id, "draft", "published");
        Commitment p = get(id);
        notifications.notify(recipients.town(p), new Notice("PUBLISHED", "commitment:" + id + ":published",
                "新的承诺事项（" + p.townName() + "，截止 " + p.deadline() + "）：" + p.text(),
                "New commitment (" + p.townName() + ", due " + p.deadline() + "): " + p.text(), link(p)));
        return p;
    }

    /** Publishes every draft of a meeting; returns how many. */
    @Transactional
    public int publishAll(long meetingId, String user) {
        int n = 0;
        for (Commitment c : commitments.find(CommitmentFilter.all().meeting(meetingId))) {
            if (!c.published()) {
                publish(c.id(), user);
                n++;
            }
        }
        return n;
    }

    /** Withdraws a commitment with a reason (已撤销): it no longer counts anywhere. */
    @Transactional
    public Commitment withdraw(long id, String reason, String user) {
        Commitment c = get(id);
        requireReason(reason);
        if (c.status().closed()) throw conflict(c, "is already " + c.status().name().toLowerCase());
        return transition(c, CommitmentStatus.WITHDRAWN, Review.NONE, c.declaredOn(), null, UpdateKind.WITHDRAWN, reason.strip(), user, today());
    }

    /**
     * A progress report by the town: text, optionally a new status (按期推进 or 有风险), and evidence files
     * (all stored or none). The first report of a commitment not started puts it on track.
     */
    @Transactional
    Commitment progress(long id, String text, CommitmentStatus status, List<FileStore.Upload> evidence, String user) {
        Commitment c = get(id);
        requirePublishedOpen(c);
        if (text == null || text.isBlank()) throw refused("text", text, "say what was done");
        if (status != null && status != CommitmentStatus.ON_TRACK && status != CommitmentStatus.AT_RISK) {
            throw refused("status", status.name(), "a town reports on track (ON_TRACK) or at risk (AT_RISK); the rest follows from deadlines and verification");
        }
        CommitmentStatus next = status != null ? status : c.status() == CommitmentStatus.NOT_STARTED ? CommitmentStatus.ON_TRACK : c.status();
        if (c.status() == CommitmentStatus.OVERDUE) next = CommitmentStatus.OVERDUE; // past its deadline it stays overdue until done
        List<Long> fileIds = files.store(evidence, user);
        OffsetDateTime now = now();
        long update = commitments.addUpdate(id, UpdateKind.PROGRESS, text.strip(), c.status(), next, user, now, today());
        fileIds.forEach(f -> commitments.addEvidence(update, f));
        if (next != c.status()) {
            commitments.updateState(id, next, c.review(), c.declaredOn(), c.doneOn(), now);
            audit.change(user, "commitment.status", "commitment:" + id, c.status().name(), next.name());
        }
        audit.change(user, "commitment.progress", "commitment:" + id, null, fileIds.isEmpty() ? cut(text.strip())
                : StoredMessages.of("audit.text.progressWithFiles", cut(text.strip()),
                        fileIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        return get(id);
    }

    /** The town declares a milestone done (today, with text and evidence): it waits for an analyst's verification. */
    @Transactional
    Commitment declareDone(long id, String text, List<FileStore.Upload> evidence, String user) {
        Commitment c = get(id);
        requirePublishedOpen(c);
        if (c.kind() != CommitmentKind.MILESTONE) throw conflict(c, "is an indicator commitment: approved data decide it, not a declaration");
        if (c.review() == Review.PENDING) throw conflict(c, "was declared done on " + c.declaredOn() + " and waits for verification");
        if (text == null || text.isBlank()) throw refused("text", text, "say what was done");
        List<Long> fileIds = files.store(evidence, user);
        LocalDate day = today();
        Commitment d = transition(c, c.status(), Review.PENDING, day, null, UpdateKind.DECLARED, text.strip(), user, day);
        List<CommitmentUpdate> history = commitments.updates(id);
        long update = history.get(history.size() - 1).id();
        fileIds.forEach(f -> commitments.addEvidence(update, f));
        notifications.notify(recipients.analysts(), new Notice("DECLARED", "commitment:" + id + ":declared:" + day,
                d.townName() + " 申报承诺事项已完成，请核验：" + d.text(), d.townName() + " declares a commitment done; please verify: " + d.text(), link(d)));
        return d;
    }

    /** An analyst verifies a declared milestone: done, on the day the town declared it. */
    @Transactional
    public Commitment verify(long id, String note, String user) {
        Commitment c = get(id);
        if (c.review() != Review.PENDING) throw conflict(c, "has not been declared done");
        Commitment v = transition(c, CommitmentStatus.DONE, Review.NONE, c.declaredOn(), c.declaredOn(), UpdateKind.VERIFIED,
                note == null || note.isBlank() ? null : note.strip(), user, today());
        notifications.notify(recipients.town(v), new Notice("VERIFIED", "commitment:" + id + ":verified",
                "承诺事项已核验完成：" + v.text(), "Commitment verified as done: " + v.text(), link(v)));
        return v;
    }

    /** An analyst sends a declaration back with a reason: not done; overdue if its deadline has passed. */
    @Transactional
    public Commitment sendBack(long id, String reason, String user) {
        Commitment c = get(id);
        requireReason(reason);
        if (c.review() != Review.PENDING) throw conflict(c, "has not been declared done");
        LocalDate day = today();
        CommitmentStatus next = c.deadline().isBefore(day) ? CommitmentStatus.OVERDUE : CommitmentStatus.ON_TRACK;
        Commitment s = transition(c, next, Review.SENT_BACK, null, null, UpdateKind.SENT_BACK, reason.strip(), user, day);
        notifications.notify(recipients.town(s), new Notice("SENT_BACK", "commitment:" + id + ":sent-back:" + commitments.updates(id).size(),
                "承诺事项被退回（" + reason.strip() + "）：" + s.text(), "Commitment sent back (" + reason.strip() + "): " + s.text(), link(s)));
        return s;
    }

    /** Kinds of event {@link #backfill} records. */
    public enum PastEvent { PROGRESS, DECLARED, VERIFIED, SENT_BACK }

    /**
     * Records an event that happened on an earlier day, e.g. from the paper minutes of a supervision
     * visit, with that day as its day: a progress report, a declaration, a verification (of the last
     * declaration) or a send-back. No notification is sent (it is history); the audit marks it backfilled.
     */
    @Transactional
    public Commitment backfill(long id, PastEvent event, LocalDate day, String text, String author, String user) {
        Commitment c = get(id);
        if (day.isAfter(today())) throw refused("day", day.toString(), "is in the future");
        if (!c.published()) throw conflict(c, "is not published");
        Commitment out = switch (event) {
            case PROGRESS -> {
                CommitmentStatus next = c.status() == CommitmentStatus.NOT_STARTED ? CommitmentStatus.ON_TRACK : c.status();
                yield transition(c, next, c.review(), c.declaredOn(), c.doneOn(), UpdateKind.PROGRESS, text, author, day);
            }
            case DECLARED -> transition(c, c.status(), Review.PENDING, day, null, UpdateKind.DECLARED, text, author, day);
            case VERIFIED -> {
                if (c.review() != Review.PENDING) throw conflict(c, "has not been declared done");
                yield transition(c, CommitmentStatus.DONE, Review.NONE, c.declaredOn(), c.declaredOn(), UpdateKind.VERIFIED, text, author, day);
            }
            case SENT_BACK -> transition(c, c.deadline().isBefore(day) ? CommitmentStatus.OVERDUE : CommitmentStatus.ON_TRACK, Review.SENT_BACK, null,
                    null, UpdateKind.SENT_BACK, text, author, day);
        };
        audit.change(user, "commitment.backfill", "commitment:" + id, null, event.name() + " " + day);
        return out;
    }

    /** Sets a new state and writes the history line and the audit entry (status changes only). */
    Commitment transition(Commitment c, CommitmentStatus status, Review review, LocalDate declaredOn, LocalDate doneOn, UpdateKind kind, String text,
                          String user, LocalDate day) {
        OffsetDateTime now = now();
        commitments.updateState(c.id(), status, review, declaredOn, doneOn, now);
        commitments.addUpdate(c.id(), kind, text, c.status(), status, user, now, day);
        if (status != c.status()) audit.change(user, "commitment.status", "commitment:" + c.id(), c.status().name(), status.name());
        if (review != c.review()) audit.change(user, "commitment.review", "commitment:" + c.id(), c.review().name(), review.name());
        return get(c.id());
    }

    public Optional<Commitment> find(long id) {
        return commitments.find(id);
    }

    Commitment get(long id) {
        return find(id).orElseThrow(() -> new NotFound("no commitment " + id));
    }

    List<Commitment> list(CommitmentFilter f) {
        return commitments.find(f);
    }

    /** Every published commitment of a meeting (for the demo and reports). */
    public List<Commitment> ofMeeting(long meetingId) {
        return commitments.find(CommitmentFilter.all().meeting(meetingId));
    }

    List<CommitmentUpdate> updates(long id) {
        return commitments.updates(id);
    }

    /** {@code area}: only the commitments of these towns (a leader of an area), or null for every town's. */
    java.util.Map<Long, java.util.Map<CommitmentStatus, Long>> countsByMeeting(List<Long> meetingIds, boolean publishedOnly,
                                                                              java.util.Set<String> area) {
        return commitments.countsByMeeting(meetingIds, publishedOnly, area);
    }

    Optional<Long> commitmentOfEvidence(long fileId) {
        return commitments.commitmentOfEvidence(fileId);
    }

    private CommitmentRepository.Fields check(long meetingId, CommitmentForm f, boolean synthetic) {
        List<FieldProblem> problems = new ArrayList<>();
        Meeting m = meetings.get(meetingId);
        AdminUnit town = null;
        if (f.townCode() == null || f.townCode().isBlank()) {
            problems.add(new FieldProblem("town", f.townCode(), "the town is required"));
        } else {
            town = units.findByCode(f.townCode().strip(), m.heldOn()).filter(u -> u.level() == UnitLevel.TOWNSHIP)
                    .or(() -> units.findByCode(f.townCode().strip(), today()).filter(u -> u.level() == UnitLevel.TOWNSHIP)).orElse(null);
            if (town == null) problems.add(new FieldProblem("town", f.townCode(), "no township-level unit with this code on " + m.heldOn()));
        }
        if (f.text() == null || f.text().isBlank()) problems.add(new FieldProblem("text", f.text(), "say what the town commits to"));
        else if (f.text().length() > 2000) problems.add(new FieldProblem("text", f.text().substring(0, 20) + "…", "at most 2000 characters"));
        boolean hasUser = f.ownerUser() != null && !f.ownerUser().isBlank();
        boolean hasOffice = f.ownerOffice() != null && !f.ownerOffice().isBlank();
        if (!hasUser && !hasOffice) problems.add(new FieldProblem("owner", null, "name the user or the office answering for it"));
        if (hasUser && !users.exists(f.ownerUser().strip())) problems.add(new FieldProblem("ownerUser", f.ownerUser(), "no such user"));
        if (hasOffice && f.ownerOffice().length() > 200) problems.add(new FieldProblem("ownerOffice", f.ownerOffice(), "at most 200 characters"));
        if (f.deadline() == null) problems.add(new FieldProblem("deadline", null, "the deadline is required"));
        else if (f.deadline().isBefore(m.heldOn())) problems.add(new FieldProblem("deadline", f.deadline().toString(), "is before the meeting (" + m.heldOn() + ")"));
        if (f.kind() == null) problems.add(new FieldProblem("kind", null, "INDICATOR or MILESTONE"));
        Comparison cmp = f.comparison();
        if (f.kind() == CommitmentKind.INDICATOR) {
            Optional<Indicator> ind = f.indicator() == null ? Optional.empty() : indicators.find(f.indicator());
            if (ind.isEmpty()) problems.add(new FieldProblem("indicator", f.indicator(), "unknown indicator"));
            if (f.targetValue() == null || !Double.isFinite(f.targetValue())) problems.add(new FieldProblem("targetValue", String.valueOf(f.targetValue()),
                    "an indicator commitment needs the value to reach"));
            if (cmp == null && ind.isPresent()) cmp = ind.get().direction() == Direction.NEGATIVE ? Comparison.LE : Comparison.GE;
        }
        if (!problems.isEmpty()) throw new MeetingRefusedException(problems);
        boolean indicator = f.kind() == CommitmentKind.INDICATOR;
        return new CommitmentRepository.Fields(meetingId, town.code(), town.name(), f.text().strip(), hasUser ? f.ownerUser().strip() : null,
                hasOffice ? f.ownerOffice().strip() : null, f.kind(), indicator ? f.indicator() : null, indicator ? cmp : null,
                indicator ? f.targetValue() : null, f.deadline(), synthetic);
    }

    private void requirePublishedOpen(Commitment c) {
        if (!c.published()) throw conflict(c, "is not published yet");
        if (c.status().closed()) throw conflict(c, "is " + c.status().name().toLowerCase());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) throw refused("reason", reason, "a reason is required");
    }

    private static MeetingRefusedException refused(String field, String value, String why) {
        return new MeetingRefusedException(List.of(new FieldProblem(field, value, why)));
    }

    private static Conflict conflict(Commitment c, String why) {
        return new Conflict("commitment " + c.id() + " " + why);
    }

    static String link(Commitment c) {
        return "/commitments/" + c.id();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String cut(String s) {
        return s == null || s.length() <= 380 ? s : s.substring(0, 380) + "…";
    }
}
