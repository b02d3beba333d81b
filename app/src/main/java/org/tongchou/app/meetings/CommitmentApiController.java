package org.tongchou.app.meetings;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongchou.app.evaluation.EvaluationResults;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.web.NotFound;

/**
 * JSON API of commitments (docs/meetings.md, "API"), under the same rules as the pages
 * ({@link CommitmentAccess}): a reporter reads published commitments and their own town's drafts, and
 * reports only on their own town's published ones; verifying, sending back, withdrawing, publishing and
 * editing are for analysts. Another town's draft answers 404.
 */
@RestController
@Tag(name = "commitments", description = "Towns' commitments (表态承诺): status, progress with evidence, declaration, verification, checks")
class CommitmentApiController {
    private final CommitmentService commitments;
    private final CommitmentChecks checks;
    private final CommitmentAccess access;
    private final FileStore files;
    private final CadreIndicators cadre;
    private final EvaluationResults results;
    private final ResultAccess resultAccess;

    private final CadreDetails details;

    CommitmentApiController(CommitmentService commitments, CommitmentChecks checks, CommitmentAccess access, FileStore files, CadreIndicators cadre,
                            EvaluationResults results, ResultAccess resultAccess, CadreDetails details) {
        this.details = details;
        this.commitments = commitments;
        this.checks = checks;
        this.access = access;
        this.files = files;
        this.cadre = cadre;
        this.results = results;
        this.resultAccess = resultAccess;
    }

    record CommitmentJson(long id, long meetingId, String meetingTitle, String town, String townName, String text, String ownerUser, String ownerOffice,
                          CommitmentKind kind, String indicator, Comparison comparison, Double targetValue, LocalDate deadline, CommitmentStatus status,
                          Review review, LocalDate declaredOn, LocalDate doneOn, boolean doneOnTime, boolean published, boolean synthetic) {
        static CommitmentJson of(Commitment c) {
            return new CommitmentJson(c.id(), c.meetingId(), c.meetingTitle(), c.townCode(), c.townName(), c.text(), c.ownerUser(), c.ownerOffice(),
                    c.kind(), c.indicator(), c.comparison(), c.targetValue(), c.deadline(), c.status(), c.review(), c.declaredOn(), c.doneOn(),
                    c.doneOnTime(), c.published(), c.synthetic());
        }
    }

    record CommitmentInJson(String town, String text, String ownerUser, String ownerOffice, CommitmentKind kind, String indicator, Comparison comparison,
                            Double targetValue, LocalDate deadline) {
        CommitmentService.CommitmentForm form() {
            return new CommitmentService.CommitmentForm(town, text, ownerUser, ownerOffice, kind, indicator, comparison, targetValue, deadline);
        }
    }

    record UpdateJson(long id, UpdateKind kind, String text, CommitmentStatus oldStatus, CommitmentStatus newStatus, String author, OffsetDateTime at,
                      LocalDate onDay, List<MeetingApiController.FileJson> evidence) {
    }

    record DetailJson(CommitmentJson commitment, List<UpdateJson> history) {
    }

    record ReasonJson(String reason) {
    }

    record CheckJson(LocalDate day, int checked, int done, int overdue, int reminders) {
    }

    record CadreInputJson(String town, String indicator, String itemKind, String item, String outcome, String detail) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/commitments")
    @Operation(summary = "Commitments the user may read, optionally of one town, meeting or status")
    List<CommitmentJson> list(@RequestParam(required = false) String town, @RequestParam(required = false) Long meeting,
                              @RequestParam(required = false) CommitmentStatus status) {
        CommitmentFilter f = CommitmentFilter.all();
        if (town != null) f = f.town(town);
        if (meeting != null) f = f.meeting(meeting);
        if (status != null) f = f.statuses(java.util.EnumSet.of(status));
        return commitments.list(access.filter(f)).stream().map(CommitmentJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/towns/{unitCode}/commitments")
    @Operation(summary = "A town's board: its commitments (the unit scope applies: a reporter reads their own town's only)")
    List<CommitmentJson> town(@PathVariable String unitCode) {
        return commitments.list(access.filter(CommitmentFilter.all().town(unitCode))).stream().map(CommitmentJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/commitments/{id}")
    @Operation(summary = "One commitment with its history (progress, status changes, declarations, verifications) and evidence")
    DetailJson one(@PathVariable long id) {
        Commitment c = access.requireRead(commitments.get(id));
        return detail(c);
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PutMapping("/api/commitments/{id}")
    @Operation(summary = "Changes what a commitment says (analysts); audited")
    CommitmentJson edit(@PathVariable long id, @RequestBody CommitmentInJson body) {
        return CommitmentJson.of(commitments.edit(id, body.form(), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/commitments/{id}/publish")
    @Operation(summary = "Publishes a draft commitment (analysts): leaders and every town see it, the town is told")
    CommitmentJson publish(@PathVariable long id) {
        return CommitmentJson.of(commitments.publish(id, access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/commitments/{id}/withdraw")
    @Operation(summary = "Withdraws a commitment with a reason (analysts): 已撤销, it no longer counts")
    CommitmentJson withdraw(@PathVariable long id, @RequestBody ReasonJson body) {
        return CommitmentJson.of(commitments.withdraw(id, body == null ? null : body.reason(), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping(value = "/api/commitments/{id}/progress", consumes = "multipart/form-data")
    @Operation(summary = "Reports progress (the town, or analysts): text, optional status ON_TRACK or AT_RISK, evidence files (all or none)")
    DetailJson progress(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) CommitmentStatus status,
                        @RequestParam(name = "file", required = false) List<MultipartFile> parts) {
        Commitment c = access.requireReport(commitments.get(id));
        return detail(commitments.progress(c.id(), text, status, files.read(parts), access.user().username()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping(value = "/api/commitments/{id}/declare", consumes = "multipart/form-data")
    @Operation(summary = "Declares a milestone done (the town): it waits for an analyst's verification")
    DetailJson declare(@PathVariable long id, @RequestParam(required = false) String text, @RequestParam(name = "file", required = false) List<MultipartFile> parts) {
        Commitment c = access.requireReport(commitments.get(id));
        return detail(commitments.declareDone(c.id(), text, files.read(parts), access.user().username()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/commitments/{id}/verify")
    @Operation(summary = "Verifies a declared milestone (analysts): done on the day the town declared it")
    CommitmentJson verify(@PathVariable long id, @RequestBody(required = false) ReasonJson body) {
        return CommitmentJson.of(commitments.verify(id, body == null ? null : body.reason(), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/commitments/{id}/send-back")
    @Operation(summary = "Sends a declaration back with a reason (analysts): not done; the town is told")
    CommitmentJson sendBack(@PathVariable long id, @RequestBody ReasonJson body) {
        return CommitmentJson.of(commitments.sendBack(id, body == null ? null : body.reason(), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/api/commitments/check")
    @Operation(summary = "Runs the daily check now (analysts): indicator commitments against approved data, overdue, reminders")
    CheckJson check() {
        access.requireAnalyst();
        CommitmentChecks.Result r = checks.run();
        return new CheckJson(r.day(), r.checked(), r.done(), r.overdue(), r.reminders());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/runs/{runId}/cadre-inputs")
    @Operation(summary = "Which commitments and targets fed an evaluation run's cadre indicators, each with its outcome (runs the user may see)")
    List<CadreInputJson> cadreInputs(@PathVariable long runId, @RequestParam(required = false) String town) {
        var run = results.run(runId).filter(r -> r.published() || resultAccess.seesUnpublished())
                .orElseThrow(() -> new NotFound("no run " + runId));
        String only = access.user().role() == org.tongchou.app.security.Role.REPORTER ? access.user().scopeUnit() : town;
        return cadre.ofRun(run.id(), only, access.area()).stream().map(i -> new CadreInputJson(i.townCode(), i.indicator(), i.itemKind().name(), i.itemRef(),
                i.outcome().name(), details.text(i.detail(), Locale.ENGLISH))).toList();
    }

    private DetailJson detail(Commitment c) {
        return new DetailJson(CommitmentJson.of(c), commitments.updates(c.id()).stream().map(u -> new UpdateJson(u.id(), u.kind(), u.text(), u.oldStatus(),
                u.newStatus(), u.author(), u.at(), u.onDay(), u.evidence().stream().map(MeetingApiController.FileJson::of).toList())).toList());
    }
}
