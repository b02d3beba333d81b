package org.tongchou.app.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.periods.InvalidPeriodException;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.FieldProblem;
import org.tongchou.app.web.NotFound;

/**
 * Meetings as records (docs/meetings.md): kind, title, day, host unit, the evaluation run it presented
 * (plan and period), the agenda in three parts (看/听/议), the requirements announced, minutes and
 * attachments. Every change is audited (the security audit trail). Access is the web layer's.
 */
@Service
public class MeetingService {
    /** The kinds every installation has. */
    static final List<MeetingKind> BUILT_IN = List.of(new MeetingKind("ON_SITE", "现场会", "On-site meeting", true),
            new MeetingKind("PROGRESS", "推进会", "Progress meeting", true),
            new MeetingKind("QUARTERLY_REVIEW", "季度点评会", "Quarterly review meeting", true));

    private final MeetingRepository meetings;
    private final FileStore files;
    private final UnitService units;
    private final EvaluationService evaluation;
    private final AuditService audit;
    private final Clock clock;

    MeetingService(MeetingRepository meetings, FileStore files, UnitService units, EvaluationService evaluation, AuditService audit, Clock clock) {
        this.meetings = meetings;
        this.files = files;
        this.units = units;
        this.evaluation = evaluation;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What a meeting says, as recorded.
     *
     * @param hostUnitCode 12-digit code of a unit valid on the day (a town or the city), or null
     * @param planCode     with {@code period}: the evaluation run the meeting looked at, or both null
     */
    public record MeetingForm(String kindCode, String title, LocalDate heldOn, String hostUnitCode, String venue, String planCode, String period,
                              String minutes, List<MeetingItem> items, boolean synthetic) {
    }

    public List<MeetingKind> kinds() {
        List<MeetingKind> all = new ArrayList<>(BUILT_IN);
        all.addAll(meetings.ownKinds());
        return all;
    }

    Optional<MeetingKind> kind(String code) {
        return kinds().stream().filter(k -> k.code().equals(code)).findFirst();
    }

    /** Adds one of the city's own kinds of meeting. */
    @Transactional
    public MeetingKind addKind(String code, String nameZh, String nameEn, String user) {
        List<FieldProblem> problems = new ArrayList<>();
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[A-Z][A-Z0-9_]{1,31}")) problems.add(new FieldProblem("code", code, "2–32 letters, digits or _, starting with a letter"));
        else if (kind(c).isPresent()) problems.add(new FieldProblem("code", code, "this kind exists already"));
        if (nameZh == null || nameZh.isBlank()) problems.add(new FieldProblem("nameZh", nameZh, "a Chinese name is required"));
        if (!problems.isEmpty()) throw new MeetingRefusedException(problems);
        MeetingKind k = new MeetingKind(c, nameZh.strip(), nameEn == null || nameEn.isBlank() ? nameZh.strip() : nameEn.strip(), false);
        meetings.addKind(k, user, now());
        audit.change(user, "meeting-kind.add", "meeting-kind:" + c, null, k.nameZh());
        return k;
    }

    public List<Meeting> list() {
        return meetings.list();
    }

    /**
     * The meetings a reader held to an area sees ({@code area}: the codes of its units, null = every meeting): those
     * hosted by a unit of the area or holding a published commitment of one of its towns.
     */
    List<Meeting> list(Set<String> area) {
        return area == null ? meetings.list() : meetings.list(area);
    }

    /**
     * The meeting, if it is one of the area's ({@link #list(Set)}; null = every meeting).
     *
     * @throws NotFound 404 when there is no such meeting or it is another area's (its existence is not revealed)
     */
    Meeting get(long id, Set<String> area) {
        Meeting m = get(id);
        if (area != null && !meetings.holds(id, area)) throw new NotFound("no meeting " + id);
        return m;
    }

    /** Whether the file is an attachment of a meeting of the area ({@link #list(Set)}; null = of any meeting). */
    boolean isAttachment(long fileId, Set<String> area) {
        return area == null ? meetings.isAttachment(fileId) : meetings.isAttachmentOf(fileId, area);
    }

    public Optional<Meeting> find(long id) {
        return meetings.find(id);
    }

    Meeting get(long id) {
        return find(id).orElseThrow(() -> new NotFound("no meeting " + id));
    }

    /** Records a meeting, checked whole. @throws MeetingRefusedException listing every problem; nothing written */
    @Transactional
    public Meeting create(MeetingForm f, String user) {
        MeetingRepository.Fields fields = check(f);
        long id = meetings.insert(fields, user, now());
        meetings.replaceItems(id, f.items() == null ? List.of() : f.items());
        audit.change(user, "meeting.create", "meeting:" + id, null, cut(f.title()));
        return get(id);
    }

    @Transactional
    public Meeting update(long id, MeetingForm f, String user) {
        Meeting old = get(id);
        MeetingRepository.Fields fields = check(f);
        meetings.update(id, fields, user, now());
        meetings.replaceItems(id, f.items() == null ? List.of() : f.items());
        audit.change(user, "meeting.update", "meeting:" + id, cut(old.title() + " " + old.heldOn()), cut(f.title() + " " + f.heldOn()));
        return get(id);
    }

    /** Stores uploaded files as the meeting's attachments (all or none). */
    @Transactional
    Meeting attach(long id, List<FileStore.Upload> uploads, String user) {
        get(id);
        for (long fileId : files.store(uploads, user)) {
            meetings.attach(id, fileId);
            audit.change(user, "meeting.attach", "meeting:" + id, null, "file:" + fileId);
        }
        return get(id);
    }

    /**
     * Attaches files the application made itself (e.g. the demo's agenda and site plan), checked exactly as
     * uploads are (count, size, type by content; all or none).
     *
     * @throws FilesRefusedException listing every problem; nothing stored
     */
    @Transactional
    public Meeting attachFiles(long id, List<MeetingFile> made, String user) {
        return attach(id, made.stream().map(f -> new FileStore.Upload(f.name(), f.bytes())).toList(), user);
    }

    @Transactional
    Meeting detach(long id, long fileId, String user) {
        if (!meetings.detach(id, fileId)) throw new NotFound("meeting " + id + " has no attachment " + fileId);
        audit.change(user, "meeting.detach", "meeting:" + id, "file:" + fileId, null);
        return get(id);
    }


    private MeetingRepository.Fields check(MeetingForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        if (f.kindCode() == null || kind(f.kindCode()).isEmpty()) problems.add(new FieldProblem("kind", f.kindCode(), "unknown kind of meeting"));
        if (f.title() == null || f.title().isBlank()) problems.add(new FieldProblem("title", f.title(), "a title is required"));
        else if (f.title().length() > 300) problems.add(new FieldProblem("title", f.title().substring(0, 20) + "…", "at most 300 characters"));
        if (f.heldOn() == null) problems.add(new FieldProblem("heldOn", null, "the day of the meeting is required"));
        String hostName = null;
        if (f.hostUnitCode() != null && !f.hostUnitCode().isBlank() && f.heldOn() != null) {
            Optional<AdminUnit> host = units.findByCode(f.hostUnitCode().strip(), f.heldOn())
                    .filter(u -> u.level() == UnitLevel.TOWNSHIP || u.level() == UnitLevel.COUNTY);
            if (host.isEmpty()) problems.add(new FieldProblem("hostUnit", f.hostUnitCode(), "no town or city with this code on " + f.heldOn()));
            else hostName = host.get().name();
        }
        boolean hasPlan = f.planCode() != null && !f.planCode().isBlank();
        boolean hasPeriod = f.period() != null && !f.period().isBlank();
        if (hasPlan != hasPeriod) problems.add(new FieldProblem(hasPlan ? "period" : "plan", hasPlan ? f.period() : f.planCode(),
                "give both the evaluation plan and the period the meeting looked at, or neither"));
        if (hasPlan && evaluation.plan(f.planCode().strip()).isEmpty()) problems.add(new FieldProblem("plan", f.planCode(), "no such evaluation plan"));
        String period = null;
        if (hasPeriod) {
            try {
                period = Period.parse(f.period()).code();
            } catch (InvalidPeriodException e) {
                problems.add(new FieldProblem("period", f.period(), e.getMessage()));
            }
        }
        if (f.items() != null) {
            for (int i = 0; i < f.items().size(); i++) {
                MeetingItem it = f.items().get(i);
                if (it.part() == null) problems.add(new FieldProblem("items[" + i + "].part", null, "SEE, HEAR, DISCUSS or REQUIREMENT"));
                if (it.title() == null || it.title().isBlank()) problems.add(new FieldProblem("items[" + i + "].title", it.title(), "is empty"));
                else if (it.title().length() > 300) problems.add(new FieldProblem("items[" + i + "].title", it.title().substring(0, 20) + "…", "at most 300 characters"));
                if (it.detail() != null && it.detail().length() > 4000) problems.add(new FieldProblem("items[" + i + "].detail", "…", "at most 4000 characters"));
            }
        }
        if (f.minutes() != null && f.minutes().length() > 100_000) problems.add(new FieldProblem("minutes", "…", "at most 100,000 characters"));
        if (!problems.isEmpty()) throw new MeetingRefusedException(problems);
        return new MeetingRepository.Fields(f.kindCode(), f.title().strip(), f.heldOn(), blank(f.hostUnitCode()), hostName, blank(f.venue()),
                hasPlan ? f.planCode().strip() : null, period, blank(f.minutes()), f.synthetic());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
