package org.tongchou.app.meetings;

import org.tongchou.app.security.Access;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.export.CsvExport;
import org.tongchou.app.web.FieldProblemsException;
import org.tongchou.app.web.NotFound;

/**
 * The commitment pages (docs/meetings.md): the city's board by town and status with the declarations
 * waiting for verification, a town's own board ({@code /commitments/town/{unitCode}}: the unit-scope
 * check applies, a reporter reaches their own town's only), one commitment with its history and the
 * actions the viewer may take, and the CSV export. Who may do what: {@link CommitmentAccess}.
 */
@Controller
class CommitmentPageController {
    private final CommitmentService commitments;
    private final CommitmentChecks checks;
    private final CommitmentAccess access;
    private final FileStore files;
    private final UnitService units;
    private final CadreIndicators cadre;
    private final org.tongchou.app.evaluation.EvaluationResults results;
    private final org.tongchou.app.evaluation.ResultAccess resultAccess;
    private final Clock clock;

    private final CadreDetails details;

    CommitmentPageController(CommitmentService commitments, CommitmentChecks checks, CommitmentAccess access, FileStore files, UnitService units,
                             CadreIndicators cadre, org.tongchou.app.evaluation.EvaluationResults results,
                             org.tongchou.app.evaluation.ResultAccess resultAccess, Clock clock, CadreDetails details) {
        this.details = details;
        this.cadre = cadre;
        this.results = results;
        this.resultAccess = resultAccess;
        this.commitments = commitments;
        this.checks = checks;
        this.access = access;
        this.files = files;
        this.units = units;
        this.clock = clock;
    }

    /** One town's line of the board: its commitments counted by status. */
    record TownLine(String townCode, String townName, Map<CommitmentStatus, Long> counts, long total, long onTime, long due) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/commitments")
    String board(@RequestParam(required = false) String town, @RequestParam(required = false) CommitmentStatus status,
                 @RequestParam(required = false) Long meeting, Model model) {
        CommitmentFilter f = CommitmentFilter.all();
        List<Commitment> all = commitments.list(access.filter(f));
        Map<String, TownLine> lines = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        for (Commitment c : all) {
            TownLine l = lines.computeIfAbsent(c.townCode(), k -> new TownLine(c.townCode(), c.townName(), new EnumMap<>(CommitmentStatus.class), 0, 0, 0));
            l.counts().merge(c.status(), 1L, Long::sum);
            boolean due = c.status() != CommitmentStatus.WITHDRAWN && (c.status() == CommitmentStatus.DONE || c.deadline().isBefore(today));
            lines.put(c.townCode(), new TownLine(l.townCode(), l.townName(), l.counts(), l.total() + 1, l.onTime() + (c.doneOnTime() ? 1 : 0),
                    l.due() + (due ? 1 : 0)));
        }
        List<Commitment> shown = all.stream().filter(c -> (town == null || town.isBlank() || c.townCode().equals(town))
                && (status == null || c.status() == status) && (meeting == null || c.meetingId() == meeting)).toList();
        AppUser user = access.user();
        model.addAttribute("lines", lines.values());
        model.addAttribute("shown", shown);
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("town", town);
        model.addAttribute("status", status);
        model.addAttribute("meetingId", meeting);
        model.addAttribute("analyst", access.analyst());
        model.addAttribute("ownTown", user.role() == Role.REPORTER ? user.scopeUnit() : null);
        model.addAttribute("awaiting", access.analyst() ? commitments.list(CommitmentFilter.all().awaitingReview()) : List.of());
        model.addAttribute("today", today);
        return "meetings/board";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/commitments.csv")
    ResponseEntity<byte[]> csv() {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("id", "meeting", "town_code", "town", "commitment", "owner", "kind", "indicator", "comparison", "target", "deadline",
                "status", "review", "declared_on", "done_on", "done_on_time", "published"));
        for (Commitment c : commitments.list(access.filter(CommitmentFilter.all()))) {
            table.add(List.of(Long.toString(c.id()), c.meetingTitle(), c.townCode(), c.townName(), c.text(), nz(c.owner()), c.kind().name(),
                    nz(c.indicator()), c.comparison() == null ? "" : c.comparison().symbol(), c.targetValue() == null ? "" : CommitmentChecks.fmt(c.targetValue()),
                    c.deadline().toString(), c.status().name(), c.review().name(), c.declaredOn() == null ? "" : c.declaredOn().toString(),
                    c.doneOn() == null ? "" : c.doneOn().toString(), Boolean.toString(c.doneOnTime()), Boolean.toString(c.published())));
        }
        return CsvExport.download("commitments-" + LocalDate.now(clock) + ".csv", table);
    }

    /** A town's own board; the unit-scope check of {@code {unitCode}} keeps reporters to their own town. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/commitments/town/{unitCode}")
    String town(@PathVariable String unitCode, Model model) {
        LocalDate today = LocalDate.now(clock);
        AdminUnit unit = units.findByCode(unitCode, today).filter(u -> u.level() == UnitLevel.TOWNSHIP)
                .orElseThrow(() -> new NotFound("no town " + unitCode));
        List<Commitment> list = commitments.list(access.filter(CommitmentFilter.all().town(unitCode)));
        model.addAttribute("unit", unit);
        model.addAttribute("commitments", list);
        model.addAttribute("open", list.stream().filter(c -> !c.status().closed()).toList());
        model.addAttribute("closed", list.stream().filter(c -> c.status().closed()).toList());
        model.addAttribute("canReport", list.stream().anyMatch(access::canReport));
        model.addAttribute("today", today);
        return "meetings/town";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/commitments/{id}")
    String page(@PathVariable long id, Model model) {
        Commitment c = access.requireRead(commitments.get(id));
        model.addAttribute("c", c);
        model.addAttribute("updates", commitments.updates(id));
        model.addAttribute("canReport", access.canReport(c) && !c.status().closed());
        model.addAttribute("analyst", access.analyst());
        model.addAttribute("maxFileBytes", files.maxBytes());
        model.addAttribute("today", LocalDate.now(clock));
        return "meetings/commitment";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/progress")
    String progress(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) CommitmentStatus status,
                    @RequestParam(name = "file", required = false) List<MultipartFile> parts, RedirectAttributes flash) {
        Commitment c = access.requireReport(commitments.get(id));
        return act(id, flash, "progress", () -> commitments.progress(c.id(), text, status, files.read(parts), access.user().username()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/declare")
    String declare(@PathVariable long id, @RequestParam(required = false) String text,
                   @RequestParam(name = "file", required = false) List<MultipartFile> parts, RedirectAttributes flash) {
        Commitment c = access.requireReport(commitments.get(id));
        return act(id, flash, "declared", () -> commitments.declareDone(c.id(), text, files.read(parts), access.user().username()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/verify")
    String verify(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return act(id, flash, "verified", () -> commitments.verify(id, note, user));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/send-back")
    String sendBack(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return act(id, flash, "sentBack", () -> commitments.sendBack(id, reason, user));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return act(id, flash, "withdrawn", () -> commitments.withdraw(id, reason, user));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/commitments/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        return act(id, flash, "published", () -> commitments.publish(id, user));
    }

    /**
     * Which commitments and targets fed a run's cadre indicators (runs the viewer may see; a reporter sees their own
     * town's, a leader of an area its own towns').
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/commitments/runs/{runId}")
    String cadre(@PathVariable long runId, Model model, Locale locale) {
        var run = results.run(runId).filter(r -> r.published() || resultAccess.seesUnpublished())
                .orElseThrow(() -> new NotFound("no run " + runId));
        AppUser user = access.user();
        model.addAttribute("run", run);
        List<CadreInput> inputs = cadre.ofRun(runId, user.role() == Role.REPORTER ? user.scopeUnit() : null, access.area());
        model.addAttribute("inputs", inputs);
        model.addAttribute("details", inputs.stream().map(i -> details.text(i.detail(), locale)).toList());
        return "meetings/cadre";
    }

    /** Runs the daily check now (analysts), e.g. after approving a year's data. */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/commitments/check")
    String check(RedirectAttributes flash) {
        access.requireAnalyst();
        CommitmentChecks.Result r = checks.run();
        flash.addFlashAttribute("checked", r);
        return "redirect:/commitments";
    }

    private String act(long id, RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/commitments/" + id;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Set<CommitmentStatus> open() {
        return EnumSet.of(CommitmentStatus.NOT_STARTED, CommitmentStatus.ON_TRACK, CommitmentStatus.AT_RISK, CommitmentStatus.OVERDUE);
    }
}
