package org.tongchou.app.meetings;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * JSON API of meetings (docs/meetings.md, "API"): everyone signed in reads them; analysts and
 * administrators record, change and attach files. Problems are RFC 9457 problem details.
 */
@RestController
@Tag(name = "meetings", description = "Meetings: kind, day, host, the run presented, agenda (看/听/议), requirements, minutes, attachments")
class MeetingApiController {
    private final MeetingService meetings;
    private final CommitmentService commitments;
    private final CommitmentAccess access;
    private final FileStore files;

    MeetingApiController(MeetingService meetings, CommitmentService commitments, CommitmentAccess access, FileStore files) {
        this.meetings = meetings;
        this.commitments = commitments;
        this.access = access;
        this.files = files;
    }

    record ItemJson(AgendaPart part, String title, String detail) {
    }

    record FileJson(long id, String fileName, String contentType, long size, String sha256, String url) {
        static FileJson of(StoredFileInfo f) {
            return new FileJson(f.id(), f.fileName(), f.contentType(), f.size(), f.sha256(), "/api/files/" + f.id());
        }
    }

    record MeetingJson(long id, String kind, String title, LocalDate heldOn, String hostUnit, String hostUnitName, String venue, String plan,
                       String period, String minutes, boolean synthetic, List<ItemJson> items, List<FileJson> attachments, String createdBy,
                       OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt) {
        static MeetingJson of(Meeting m) {
            return new MeetingJson(m.id(), m.kindCode(), m.title(), m.heldOn(), m.hostUnitCode(), m.hostUnitName(), m.venue(), m.planCode(), m.period(),
                    m.minutes(), m.synthetic(), m.items().stream().map(i -> new ItemJson(i.part(), i.title(), i.detail())).toList(),
                    m.attachments().stream().map(FileJson::of).toList(), m.createdBy(), m.createdAt(), m.updatedBy(), m.updatedAt());
        }
    }

    record MeetingInJson(String kind, String title, LocalDate heldOn, String hostUnit, String venue, String plan, String period, String minutes,
                         List<ItemJson> items) {
        MeetingService.MeetingForm form() {
            return new MeetingService.MeetingForm(kind, title, heldOn, hostUnit, venue, plan, period, minutes,
                    items == null ? List.of() : items.stream().map(i -> new MeetingItem(i.part(), i.title(), i.detail())).toList(), false);
        }
    }

    record KindJson(String code, String nameZh, String nameEn, boolean builtin) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/api/meetings")
    @Operation(summary = "Every meeting the user may read, newest first (a leader of an area: those hosted in it or holding a published commitment of its towns)")
    List<MeetingJson> list() {
        return meetings.list(access.area()).stream().map(MeetingJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/api/meetings/{id}")
    @Operation(summary = "One meeting")
    MeetingJson one(@PathVariable long id) {
        return MeetingJson.of(meetings.get(id, access.area()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/api/meetings")
    @Operation(summary = "Records a meeting (analysts); 400 listing every problem, nothing written")
    ResponseEntity<MeetingJson> create(@RequestBody MeetingInJson body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(MeetingJson.of(meetings.create(body.form(), access.requireAnalyst())));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PutMapping("/api/meetings/{id}")
    @Operation(summary = "Changes a meeting (analysts); the agenda and requirements are replaced by those sent")
    MeetingJson update(@PathVariable long id, @RequestBody MeetingInJson body) {
        return MeetingJson.of(meetings.update(id, body.form(), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping(value = "/api/meetings/{id}/attachments", consumes = "multipart/form-data")
    @Operation(summary = "Attaches files (analysts): photos (PNG, JPEG), PDF, Word, Excel or text, judged by content, each within the size limit; "
            + "all or none")
    MeetingJson attach(@PathVariable long id, @RequestParam(name = "file") List<MultipartFile> parts) {
        return MeetingJson.of(meetings.attach(id, files.read(parts), access.requireAnalyst()));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/api/meeting-kinds")
    @Operation(summary = "The kinds of meeting: built in and the city's own")
    List<KindJson> kinds() {
        return meetings.kinds().stream().map(k -> new KindJson(k.code(), k.nameZh(), k.nameEn(), k.builtin())).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @PostMapping("/api/meeting-kinds")
    @Operation(summary = "Adds one of the city's own kinds of meeting (analysts)")
    ResponseEntity<KindJson> addKind(@RequestBody KindJson body) {
        MeetingKind k = meetings.addKind(body.code(), body.nameZh(), body.nameEn(), access.requireAnalyst());
        return ResponseEntity.status(HttpStatus.CREATED).body(new KindJson(k.code(), k.nameZh(), k.nameEn(), false));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/meetings/{id}/commitments")
    @Operation(summary = "A meeting's commitments the user may read (leaders: published; reporters: published and their own town's drafts)")
    List<CommitmentApiController.CommitmentJson> commitments(@PathVariable long id) {
        meetings.get(id, access.area());
        return commitments.list(access.filter(CommitmentFilter.all().meeting(id))).stream().map(CommitmentApiController.CommitmentJson::of).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping("/api/meetings/{id}/commitments")
    @Operation(summary = "Records a town's commitment at the meeting as a draft (analysts)")
    ResponseEntity<CommitmentApiController.CommitmentJson> addCommitment(@PathVariable long id, @RequestBody CommitmentApiController.CommitmentInJson body) {
        Commitment c = commitments.create(id, body.form(), access.requireAnalyst(), false);
        return ResponseEntity.status(HttpStatus.CREATED).body(CommitmentApiController.CommitmentJson.of(c));
    }
}
