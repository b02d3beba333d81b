package org.tongchou.app.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tongchou.app.security.Access;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;

/**
 * The administrator's backups ({@code /admin/backups}): the backups of the backup folder, taking one now,
 * downloading one, restoring one (a confirmation page showing what the backup holds, where the administrator
 * types the backup's name; the database is first saved as a backup of its own, and a backup that cannot be
 * restored leaves the database as it was); the same list and taking as JSON for scripts
 * ({@code /api/admin/backups}). The command line restores too ({@code ./tongchou restore}). Taking, downloading
 * and restoring a backup, and every refused restore, are audited: a backup holds everything, password and token
 * hashes included.
 */
@Controller
class BackupPageController {
    private final Backups backups;
    private final BackupSettings settings;
    private final AuditService audit;
    private final ScopeService scopes;
    private final org.tongchou.app.web.Maintenance maintenance;
    private final MessageSource messages;

    BackupPageController(Backups backups, BackupSettings settings, AuditService audit, ScopeService scopes, org.tongchou.app.web.Maintenance maintenance,
            MessageSource messages) {
        this.maintenance = maintenance;
        this.messages = messages;
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

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @GetMapping("/admin/backups/{name}/restore")
    String confirmRestore(@PathVariable String name, Model model, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) {
        Path p = backups.find(name);
        model.addAttribute("name", name);
        try {
            model.addAttribute("manifest", backups.read(p));
        } catch (BackupRefusedException e) {
            response.setStatus(422);
            model.addAttribute("refused", e.detail(messages, RequestContextUtils.getLocale(request)));
        }
        return "backup/restore";
    }

    /**
     * Restores the backup when {@code confirm} is its name: the database becomes the backup's (saved first as a
     * backup of its own), is migrated to this version, and the restore is audited in it. Refused with 422 and the
     * reason, the database as it was: a confirmation that is not the name, a backup that is damaged, of the other
     * database kind or of a newer Tongchou, or that fails to load.
     */
    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping("/admin/backups/{name}/restore")
    String restore(@PathVariable String name, @org.springframework.web.bind.annotation.RequestParam(defaultValue = "") String confirm, Model model,
            RedirectAttributes flash, jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        Path p = backups.find(name);
        model.addAttribute("name", name);
        String actor = scopes.currentUser().map(u -> u.username()).orElse("?");
        if (!confirm.strip().equals(name)) {
            response.setStatus(422);
            model.addAttribute("mismatch", true);
            model.addAttribute("manifest", manifestOrNull(p));
            return "backup/restore";
        }
        Backups.Restored r;
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        try {
            // kept in the database as it was (and so in the backup saved before the restore)
            audit.change(actor, "MAINTENANCE_STARTED", name, null, "restore of backup " + name);
            r = maintenance.run(name, actor, session == null ? null : session.getId(), () -> backups.restore(p, true));
        } catch (org.tongchou.app.web.Maintenance.MaintenanceRefusedException | BackupRefusedException e) {
            // kept as its message key and arguments: the audit shows it in its reader's language
            audit.change(actor, "BACKUP_RESTORE_REFUSED", name, null, e.stored());
            response.setStatus(e.status().value());
            model.addAttribute("refused", e.detail(messages, RequestContextUtils.getLocale(request)));
            model.addAttribute("manifest", manifestOrNull(p));
            return "backup/restore";
        }
        // written into the restored database: its audit is the backup's, and then this
        audit.change(actor, "BACKUP_RESTORED", name, r.savedBefore() == null ? null : r.savedBefore().getFileName().toString(), r.schemaAfter());
        audit.change(actor, "MAINTENANCE_ENDED", name, null, maintenance.refused() + " requests answered 503 meanwhile; every session signed in before"
                + " the restore, but this one, ends at its next request");
        flash.addFlashAttribute("restored", name);
        flash.addFlashAttribute("savedBefore", r.savedBefore() == null ? null : r.savedBefore().getFileName().toString());
        return "redirect:/admin/backups";
    }

    private Backups.Manifest manifestOrNull(Path p) {
        try {
            return backups.read(p);
        } catch (BackupRefusedException e) {
            return null;
        }
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
