package org.tongchou.app.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * The administrator's backups ({@code /admin/backups}): the backups of the backup folder, taking one now,
 * downloading one; the same as JSON for scripts ({@code /api/admin/backups}). Restoring is the command
 * line's ({@code ./tongchou restore}): it replaces the database under a stopped server. Taking and
 * downloading a backup are audited: it holds everything, password and token hashes included.
 */
@Controller
class BackupPageController {
    private final Backups backups;
    private final BackupSettings settings;
    private final AuditService audit;
    private final ScopeService scopes;

    BackupPageController(Backups backups, BackupSettings settings, AuditService audit, ScopeService scopes) {
        this.backups = backups;
        this.settings = settings;
        this.audit = audit;
        this.scopes = scopes;
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/backups")
    String page(Model model) {
        model.addAttribute("backups", backups.list());
        model.addAttribute("folder", backups.folder());
        model.addAttribute("keep", settings.keep());
        return "backup/backups";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/backups")
    String take(RedirectAttributes flash) {
        Path p = backups.take(null);
        audited("BACKUP_TAKEN", p);
        flash.addFlashAttribute("taken", p.getFileName().toString());
        return "redirect:/admin/backups";
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/backups/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path p = backups.find(name);
        audited("BACKUP_DOWNLOADED", p);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(p));
    }

    record BackupJson(String name, long size, String created, String database, String schema, Map<String, Long> rows) {
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/api/admin/backups")
    @ResponseBody
    List<Backups.BackupFile> list() {
        return backups.list();
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/api/admin/backups")
    @ResponseBody
    ResponseEntity<BackupJson> create() {
        Path p = backups.take(null);
        audited("BACKUP_TAKEN", p);
        Backups.Manifest m = backups.read(p);
        return ResponseEntity.status(HttpStatus.CREATED).body(new BackupJson(p.getFileName().toString(), p.toFile().length(),
                m.createdAt().toString(), m.kind().name(), m.schemaVersion(), m.rows()));
    }

    private void audited(String action, Path p) {
        String actor = scopes.currentUser().map(u -> u.username()).orElse("?");
        audit.change(actor, action, p.getFileName().toString(), null, null);
    }
}
