package org.tongchou.app.targets;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongchou.app.periods.Period;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.BadInput;
import org.tongchou.app.web.NotFound;

/**
 * JSON API of targets and 时序进度 (docs/targets.md). Reporters read and propose their own town's only;
 * approving, rejecting, importing for any unit and generating (trend, shared city target) are for
 * analysts and administrators. Problems are RFC 9457 problem details.
 */
@RestController
@Tag(name = "targets", description = "Annual targets, their proposals and approval, and progress against time elapsed (时序进度)")
class TargetApiController {

    private final TargetService targets;
    private final TargetProposals proposals;
    private final ProgressService progress;
    private final TargetAccess access;
    private final TargetUploads uploads;
    private final UnitService units;

    TargetApiController(TargetService targets, TargetProposals proposals, ProgressService progress, TargetAccess access, TargetUploads uploads,
                        UnitService units) {
        this.targets = targets;
        this.proposals = proposals;
        this.progress = progress;
        this.access = access;
        this.uploads = uploads;
        this.units = units;
    }

    record TargetJson(String unit, String unitName, String indicator, int year, double value, String note, String setBy, OffsetDateTime setAt) {
    }

    record ProposalJson(long id, String unit, String unitName, String indicator, int year, double value, String method, String basis, String note,
                        String status, String proposedBy, OffsetDateTime proposedAt, String decidedBy, OffsetDateTime decidedAt,
                        String decisionNote, Double approvedValue) {
        static ProposalJson of(TargetProposal p) {
            return new ProposalJson(p.id(), p.unitCode(), p.unitName(), p.indicator(), p.year(), p.value(), p.method().name(), p.basis(), p.note(),
                    p.status().name(), p.proposedBy(), p.proposedAt(), p.decidedBy(), p.decidedAt(), p.decisionNote(), p.approvedValue());
        }
    }

    record NewTargetJson(String unit, String indicator, Integer year, Double value, String note) {
    }

    record RejectJson(String reason) {
    }

    record TrendJson(String area, String indicator, int year, TrendProposer.Method method, Integer years) {
    }

    record ShareJson(String area, String indicator, int year, double cityTarget, int baseYear) {
    }

    record OutcomeJson(int proposed, List<String> skipped) {
    }

    record ChangeJson(String action, Double oldValue, Double newValue, String method, String note, Long proposalId, String actor, OffsetDateTime at) {
    }

    record ProgressJson(String unit, String unitName, String indicator, String reportedBy, int elapsedPeriods, int periodsInYear, double target,
                        Double cumulative, Double completion, Double elapsed, Double gapPoints, String light, Double projection,
                        Double projectedCompletion, String method, String note) {
    }

    record ProgressReportJson(int year, String asOf, String profile, double greenFrom, double amberFrom, List<ProgressJson> rows) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/targets")
    @Operation(summary = "Approved targets of a year (optionally one indicator); a reporter gets their own town's only")
    List<TargetJson> list(@RequestParam int year, @RequestParam(required = false) String indicator) {
        java.util.Set<String> only = access.visibleUnits();
        List<Target> ts = indicator == null ? targets.ofYear(year) : targets.list(List.of(indicator), year);
        java.util.Map<Long, AdminUnit> byId = new java.util.HashMap<>();
        units.findAll(ts.stream().map(Target::unitId).distinct().toList()).forEach(u -> byId.put(u.id(), u));
        return ts.stream().filter(t -> byId.containsKey(t.unitId()) && (only == null || only.contains(byId.get(t.unitId()).code())))
                .map(t -> new TargetJson(byId.get(t.unitId()).code(), byId.get(t.unitId()).name(), t.indicator(), t.year(), t.value(), t.note(),
                        t.setBy(), t.setAt())).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/targets/proposals")
    @Operation(summary = "Proposed targets of a year, pending first; a reporter gets their own town's only")
    List<ProposalJson> proposals(@RequestParam int year) {
        java.util.Set<String> only = access.visibleUnits();
        return proposals.ofYear(year).stream().filter(p -> only == null || only.contains(p.unitCode())).map(ProposalJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping("/api/targets/proposals")
    @Operation(summary = "Proposes targets (all or nothing, 400 listing every problem); a reporter may propose their own town's only")
    ResponseEntity<List<ProposalJson>> propose(@RequestBody List<NewTargetJson> body) {
        List<TargetProposals.Entry> entries = new java.util.ArrayList<>();
        for (NewTargetJson t : body) {
            access.requireWrite(t.unit());
            entries.add(new TargetProposals.Entry(t.unit(), t.indicator(), t.year() == null ? 0 : t.year(), t.value() == null ? Double.NaN : t.value(),
                    t.note(), null));
        }
        List<Long> ids = proposals.propose(entries, TargetMethod.ENTERED, access.user().username());
        return ResponseEntity.status(HttpStatus.CREATED).body(ids.stream().map(id -> ProposalJson.of(proposals.find(id).orElseThrow())).toList());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/targets/proposals/{id}/approve")
    @Operation(summary = "Approves a pending proposal (analysts): it becomes the approved target; 409 when no longer pending")
    ProposalJson approve(@PathVariable long id) {
        proposals.approve(List.of(id), access.requireAnalyst());
        return ProposalJson.of(proposals.find(id).orElseThrow());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/targets/proposals/{id}/reject")
    @Operation(summary = "Rejects a pending proposal with a reason (analysts)")
    ProposalJson reject(@PathVariable long id, @RequestBody RejectJson body) {
        proposals.reject(id, body == null ? null : body.reason(), access.requireAnalyst());
        return ProposalJson.of(proposals.find(id).orElseThrow());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.REPORTER}, units = Access.Units.OWN)
    @PostMapping(value = "/api/targets/import", consumes = "multipart/form-data")
    @Operation(summary = "Proposes the targets of a CSV or XLSX file in the layouts of the value import: 200 with the count, or 422 listing "
            + "every problem by row and column and nothing written. A reporter's file may hold their own town only.")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
        String only = access.onlyUnit();
        if (only == null) access.requireAnalyst();
        TargetProposals.ImportOutcome o = uploads.withFile(file, path -> proposals.importFile(path, access.user().username(), only));
        if (!o.ok()) throw new TargetImportRefusedException(o);
        return ResponseEntity.ok(new OutcomeJson(o.proposed(), List.of()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/targets/trend")
    @Operation(summary = "Proposes every town's target from its approved history (analysts): LINEAR (least squares) or GROWTH (average growth)")
    OutcomeJson trend(@RequestBody TrendJson body) {
        TargetProposals.Outcome o = proposals.proposeFromTrend(body.area(), body.indicator(), body.year(), body.method() == null
                ? bad("method is required: LINEAR or GROWTH") : body.method(), body.years() == null ? 5 : body.years(), access.requireAnalyst());
        return new OutcomeJson(o.proposed(), o.skipped());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/targets/share")
    @Operation(summary = "Proposes a city target and its towns' shares by their approved values of a base year (analysts)")
    OutcomeJson share(@RequestBody ShareJson body) {
        TargetProposals.Outcome o = proposals.proposeShare(body.area(), body.indicator(), body.year(), body.cityTarget(), body.baseYear(),
                access.requireAnalyst());
        return new OutcomeJson(o.proposed(), o.skipped());
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/targets/history")
    @Operation(summary = "Every change of one target (proposed, approved, rejected, set, deleted) with who and when")
    List<ChangeJson> history(@RequestParam String unit, @RequestParam String indicator, @RequestParam int year) {
        access.requireRead(unit);
        AdminUnit u = proposals.unitIn(unit, year).orElseThrow(() -> new NotFound("no unit " + unit + " in " + year));
        return proposals.history(u.id(), indicator, year).stream().map(c -> new ChangeJson(c.action(), c.oldValue(), c.newValue(),
                c.method() == null ? null : c.method().name(), c.note(), c.proposalId(), c.actor(), c.at())).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/targets/progress")
    @Operation(summary = "时序进度: cumulative indicators' progress against time elapsed as of a month or quarter (e.g. 2025M09, 2025Q3), "
            + "profile LINEAR or SEASONAL, with traffic lights and a year-end projection; a reporter gets their own town's only")
    ProgressReportJson progress(@RequestParam String asOf, @RequestParam(defaultValue = "LINEAR") ProgressProfile profile) {
        Period p = Period.parse(asOf);
        ProgressService.Report r = progress.reportOf(p, profile, access.visibleUnits());
        return new ProgressReportJson(r.year(), r.asOf().code(), r.profile().name(), r.greenFrom(), r.amberFrom(), r.rows().stream()
                .map(x -> new ProgressJson(x.unitCode(), x.unitName(), x.indicator(), x.reportedBy().name(), x.elapsedPeriods(), x.periodsInYear(),
                        x.target(), x.result().cumulative(), x.result().completion(), x.result().elapsed(), x.result().gapPoints(), x.light().name(),
                        x.result().projection(), x.result().projectedCompletion(), x.result().method(), x.result().noteText())).toList());
    }

    private static <T> T bad(String why) {
        throw new BadInput(why);
    }
}
