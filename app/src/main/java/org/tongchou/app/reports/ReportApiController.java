package org.tongchou.app.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.evaluation.ResultAccess;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;

/**
 * JSON API of the briefing pack and the ranking bulletin (docs/reports.md, "API"):
 * <ul>
 * <li>{@code POST /api/reports} {@code {"run": 12, "kind": "pack", "format": "pdf", "lang": "zh"}} makes the
 * document of a published run, archives it and answers 201 with its record and {@code Location}; the
 * document is made within the request (a few seconds for the whole pack), so its status is {@code DONE}
 * when the answer comes;</li>
 * <li>{@code GET /api/reports} the archive, newest first; {@code GET /api/reports/{id}} one document's record
 * and status; {@code GET /api/reports/{id}/download} its bytes exactly as archived, with {@code X-Content-SHA256}.</li>
 * </ul>
 * Who may do what is the pages' rule: administrators and analysts produce and read every document; leaders
 * read the documents of published runs; reporters none. Refusals are RFC 9457 problem details (400 a wrong
 * kind, format or language, 404 an unknown run or document, 409 a run not published, 503 no Chinese font).
 */
@RestController
@Tag(name = "reports", description = "Briefing pack (现场会材料) and ranking bulletin (排名通报) of published runs: produce, archive, download")
class ReportApiController {
    private final ReportService reports;
    private final ResultAccess access;

    ReportApiController(ReportService reports, ResultAccess access) {
        this.reports = reports;
        this.access = access;
    }

    /** What to produce: a published run's id; kind pack|bulletin (default pack), format pdf|docx|xlsx (default pdf), lang zh|en (default zh). */
    record ProduceJson(Long run, String kind, String format, String lang) {
    }

    /**
     * An archived document and its status ({@code DONE}: made and archived; the API makes documents within
     * the request, so no other state is ever seen).
     */
    record ReportJson(long id, String status, long run, String plan, String period, String kind, String format, String lang, String fileName,
                      long size, String sha256, String createdBy, OffsetDateTime createdAt, String download) {
        static ReportJson of(ArchivedReport a) {
            return new ReportJson(a.id(), "DONE", a.runId(), a.planCode(), a.period(), a.kind().name().toLowerCase(java.util.Locale.ROOT),
                    a.format().extension(), a.lang(), a.fileName(), a.size(), a.sha256(), a.createdBy(), a.createdAt(),
                    "/api/reports/" + a.id() + "/download");
        }
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.CITY)
    @PostMapping("/api/reports")
    @Operation(summary = "Makes and archives the pack or bulletin of a published run (analysts); 201 with the document's record")
    ResponseEntity<ReportJson> produce(@RequestBody(required = false) ProduceJson body) {
        String user = access.requireAnalyst();
        if (body == null || body.run() == null) throw new ReportRefusedException("run", null, "the id of a published run is required");
        ReportService.Produced p = reports.produce(body.run(), ReportKind.parse(body.kind() == null ? "pack" : body.kind()),
                ReportFormat.parse(body.format() == null ? "pdf" : body.format()), ReportService.locale(body.lang() == null ? "zh" : body.lang()), user);
        ArchivedReport a = reports.find(p.archiveId(), true).orElseThrow(() -> ReportRefusedException.notFound("document " + p.archiveId()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/reports/" + a.id())).body(ReportJson.of(a));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    @GetMapping("/api/reports")
    @Operation(summary = "The archive, newest first (leaders: documents of published runs)")
    List<ReportJson> archive() {
        return reports.archive(access.seesUnpublished()).stream().map(ReportJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    @GetMapping("/api/reports/{id}")
    @Operation(summary = "One archived document's record and status")
    ReportJson one(@PathVariable long id) {
        return ReportJson.of(reports.find(id, access.seesUnpublished()).orElseThrow(() -> ReportRefusedException.notFound("document " + id)));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER}, units = Access.Units.CITY)
    @GetMapping("/api/reports/{id}/download")
    @Operation(summary = "The archived document's bytes, exactly as produced (X-Content-SHA256)")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        return reports.download(id, access.seesUnpublished());
    }
}
