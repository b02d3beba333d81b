package org.tongchou.app.meetings;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.evaluation.RunInfo;
import org.tongchou.app.evaluation.RunResult;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.FieldProblemsException;

/**
 * The meeting pages (docs/meetings.md): the list, recording and editing a meeting (analysts), and one
 * meeting's page with what it looked at (the run it presented), its agenda (看/听/议), requirements,
 * minutes, attachments and all its commitments with their fate. Posts are for analysts
 * ({@link CommitmentAccess}, also matched in SecurityConfig).
 */
@Controller
class MeetingPageController {
    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final CommitmentAccess access;
    private final FileStore files;
    private final UnitService units;
    private final EvaluationService evaluation;
    private final EvaluationResults results;
    private final ResultAccess resultAccess;
    private final IndicatorService indicators;
    private final Clock clock;

    MeetingPageController(MeetingService meetings, CommitmentService commitments, CommitmentAccess access, FileStore files, UnitService units,
                          EvaluationService evaluation, EvaluationResults results, ResultAccess resultAccess, IndicatorService indicators, Clock clock) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.access = access;
        this.files = files;
        this.units = units;
        this.evaluation = evaluation;
        this.results = results;
        this.resultAccess = resultAccess;
        this.indicators = indicators;
        this.clock = clock;
    }

    /** A meeting in the list, with its commitments counted by status (those the viewer may see). */
    record Row(Meeting meeting, MeetingKind kind, Map<CommitmentStatus, Long> counts, long total) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/meetings")
    String list(Model model) {
        java.util.Set<String> area = access.area();
        List<Meeting> all = meetings.list(area);
        boolean leaderView = !access.analyst();
        Map<Long, Map<CommitmentStatus, Long>> counts = commitments.countsByMeeting(all.stream().map(Meeting::id).toList(), leaderView, area);
        List<Row> rows = all.stream().map(m -> {
            Map<CommitmentStatus, Long> c = counts.getOrDefault(m.id(), new EnumMap<>(CommitmentStatus.class));
            return new Row(m, meetings.kind(m.kindCode()).orElse(null), c, c.values().stream().mapToLong(Long::longValue).sum());
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("analyst", access.analyst());
        model.addAttribute("kinds", meetings.kinds());
        model.addAttribute("statuses", CommitmentStatus.values());
        return "meetings/list";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings/kinds")
    String addKind(@RequestParam String code, @RequestParam String nameZh, @RequestParam(required = false) String nameEn, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        try {
            meetings.addKind(code, nameZh, nameEn, user);
            flash.addFlashAttribute("done", "kindAdded");
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/meetings";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/meetings/new")
    String newMeeting(Model model) {
        access.requireAnalyst();
        LocalDate today = LocalDate.now(clock);
        return form(model, new MeetingService.MeetingForm("ON_SITE", "", today, null, null, null, null, null, List.of(), false), null, List.of());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings")
    String create(MeetingFields fields, Model model, jakarta.servlet.http.HttpServletResponse response) {
        String user = access.requireAnalyst();
        MeetingService.MeetingForm f = fields.form();
        try {
            return "redirect:/meetings/" + meetings.create(f, user).id() + "?saved";
        } catch (FieldProblemsException e) {
            response.setStatus(422);
            return form(model, f, null, e.problems());
        }
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @GetMapping("/meetings/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        access.requireAnalyst();
        Meeting m = meetings.get(id);
        return form(model, new MeetingService.MeetingForm(m.kindCode(), m.title(), m.heldOn(), m.hostUnitCode(), m.venue(), m.planCode(), m.period(),
                m.minutes(), m.items(), m.synthetic()), m, List.of());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings/{id}")
    String update(@PathVariable long id, MeetingFields fields, Model model, jakarta.servlet.http.HttpServletResponse response) {
        String user = access.requireAnalyst();
        MeetingService.MeetingForm f = fields.form();
        try {
            meetings.update(id, f, user);
            return "redirect:/meetings/" + id + "?saved";
        } catch (FieldProblemsException e) {
            response.setStatus(422);
            return form(model, f, meetings.get(id), e.problems());
        }
    }

    private String form(Model model, MeetingService.MeetingForm f, Meeting existing, List<org.tongchou.app.web.FieldProblem> problems) {
        LocalDate today = LocalDate.now(clock);
        List<AdminUnit> hosts = new ArrayList<>(units.atLevel(UnitLevel.COUNTY, today));
        hosts.addAll(units.atLevel(UnitLevel.TOWNSHIP, today));
        if (f.hostUnitCode() != null && hosts.stream().noneMatch(u -> u.code().equals(f.hostUnitCode()))) {
            units.findByCodes(List.of(f.hostUnitCode())).getOrDefault(f.hostUnitCode(), List.of()).stream().reduce((a, b) -> b).ifPresent(hosts::add);
        }
        model.addAttribute("form", f);
        model.addAttribute("fields", MeetingFields.of(f));
        model.addAttribute("meeting", existing);
        model.addAttribute("kinds", meetings.kinds());
        model.addAttribute("hosts", hosts);
        model.addAttribute("plans", evaluation.plans());
        model.addAttribute("problems", problems);
        return "meetings/form";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/meetings/{id}")
    String page(@PathVariable long id, Model model) {
        Meeting m = meetings.get(id, access.area());
        List<Commitment> list = commitments.list(access.filter(CommitmentFilter.all().meeting(id)));
        Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
        for (Commitment c : list) counts.merge(c.status(), 1L, Long::sum);
        long onTime = list.stream().filter(Commitment::doneOnTime).count();
        model.addAttribute("meeting", m);
        model.addAttribute("kind", meetings.kind(m.kindCode()).orElse(null));
        model.addAttribute("agendaParts", List.of(AgendaPart.SEE, AgendaPart.HEAR, AgendaPart.DISCUSS));
        model.addAttribute("requirements", m.part(AgendaPart.REQUIREMENT));
        model.addAttribute("commitments", list);
        model.addAttribute("counts", counts);
        model.addAttribute("onTime", onTime);
        model.addAttribute("drafts", list.stream().filter(c -> !c.published()).count());
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("analyst", access.analyst());
        model.addAttribute("ranking", ranking(m));
        model.addAttribute("towns", units.atLevel(UnitLevel.TOWNSHIP, LocalDate.now(clock)));
        model.addAttribute("indicators", indicators.list());
        model.addAttribute("maxFileBytes", files.maxBytes());
        model.addAttribute("today", LocalDate.now(clock));
        return "meetings/meeting";
    }

    /** The ranking the meeting looked at: the run of its plan and period the viewer may see, towns by rank. */
    record Ranked(RunInfo run, List<RunResult.UnitResult> towns, Map<String, Double> cadreScores) {
    }

    private Optional<Ranked> ranking(Meeting m) {
        if (m.planCode() == null || m.period() == null) return Optional.empty();
        return results.visibleRun(m.planCode(), Period.parse(m.period()), resultAccess.seesUnpublished()).map(run -> {
            RunResult r = results.result(run);
            Map<String, Double> cadre = new java.util.HashMap<>();
            r.scores().stream().filter(s -> s.node().equals("cadres")).forEach(s -> cadre.put(s.unit(), s.score() * 100));
            List<RunResult.UnitResult> towns = r.units().stream().sorted(java.util.Comparator.comparingDouble(RunResult.UnitResult::rank)).toList();
            return new Ranked(run, towns, cadre);
        });
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) List<MultipartFile> parts, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        try {
            meetings.attach(id, files.read(parts), user);
            flash.addFlashAttribute("done", "attached");
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/meetings/" + id + "#attachments";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings/{id}/attachments/{fileId}/remove")
    String detach(@PathVariable long id, @PathVariable long fileId) {
        meetings.detach(id, fileId, access.requireAnalyst());
        return "redirect:/meetings/" + id + "#attachments";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/meetings/{id}/commitments")
    String addCommitment(@PathVariable long id, CommitmentFields fields, RedirectAttributes flash) {
        String user = access.requireAnalyst();
        try {
            Commitment c = commitments.create(id, fields.form(), user, false);
            flash.addFlashAttribute("done", "commitmentAdded");
            flash.addFlashAttribute("added", c.id());
        } catch (FieldProblemsException e) {
            flash.addFlashAttribute("problems", e.problems());
            flash.addFlashAttribute("commitmentFields", fields);
        }
        return "redirect:/meetings/" + id + "#commitments";
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/meetings/{id}/publish")
    String publishAll(@PathVariable long id, RedirectAttributes flash) {
        int n = commitments.publishAll(id, access.requireAnalyst());
        flash.addFlashAttribute("done", "published");
        flash.addFlashAttribute("count", n);
        return "redirect:/meetings/" + id + "#commitments";
    }
}
