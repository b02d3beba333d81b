package org.tongchou.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.security.AuditService;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tongchou.app.demo.DemoAccounts;
import org.tongchou.app.support.HttpTestClient;
import org.tongchou.app.support.WebAppTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The administrator's backups page as the administrator uses it: take a backup, see it listed, download
 * it (a Tongchou backup: manifest and database); the same through the API; a name that is not a backup's
 * is 404, never a file outside the folder. Who else may call these routes: {@code RouteMatrixTest}.
 */
@WebAppTest
class BackupPagesTest {
    private static final String PW = DemoAccounts.PASSWORD;
    @LocalServerPort
    int port;

    @Test
    void theAdministratorTakesListsAndDownloadsABackup() throws Exception {
        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn("admin", PW);
        String csrf = admin.csrfFrom("/admin/backups");
        HttpResponse<String> taken = admin.postForm("/admin/backups", csrf);
        assertThat(taken.statusCode()).as(taken.body()).isIn(200, 302, 303);
        HttpResponse<String> page = admin.page("/admin/backups", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/admin/backups/(tongchou-[0-9-]+[a-z-]*\\.zip)").matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        String name = m.group(1);

        HttpResponse<byte[]> file = admin.bytes("/admin/backups/" + name);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(name);
        boolean manifest = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.body()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) manifest |= e.getName().equals(Backups.MANIFEST);
        }
        assertThat(manifest).isTrue();

        assertThat(admin.bytes("/admin/backups/..%2F..%2Fpom.xml").statusCode()).as("refused by the firewall or not found").isIn(400, 404);
        assertThat(admin.bytes("/admin/backups/pom.xml").statusCode()).isEqualTo(404);
        assertThat(admin.bytes("/admin/backups/tongchou-20000101-000000.zip").statusCode()).isEqualTo(404);

        HttpTestClient api = new HttpTestClient(port);
        HttpResponse<String> created = api.send("POST", "/api/admin/backups", null, "admin", PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JsonMapper.builder().build().readTree(created.body());
        assertThat(body.get("database").asString()).isEqualTo("H2");
        assertThat(body.get("rows").get("app_user").asLong()).isPositive();
        assertThat(api.get("/api/admin/backups", "admin", PW).body()).contains(body.get("name").asString());
        assertThat(api.send("POST", "/api/admin/backups", null, "leader", PW).statusCode()).isEqualTo(403);
    }

    @Autowired
    Backups backups;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tongchou.app.web.StoredMessages stored;

    private long probes() {
        return jdbc.sql("SELECT COUNT(*) FROM security_audit WHERE action = 'RESTORE_PROBE'").query(Long.class).single();
    }

    private long audited(String action, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM security_audit WHERE action = ? AND target = ?").params(action, target).query(Long.class).single();
    }

    /** A copy of the backup whose database entry is SQL that fails half-way (its manifest intact), under {@code name} in the folder. */
    private java.nio.file.Path damaged(java.nio.file.Path good, String name) throws java.io.IOException {
        java.nio.file.Path target = backups.folder().resolve(name);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(good.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(target))) {
            out.putNextEntry(new ZipEntry(Backups.MANIFEST));
            out.write(in.getInputStream(in.getEntry(Backups.MANIFEST)).readAllBytes());
            out.putNextEntry(new ZipEntry(Backups.H2_ENTRY));
            out.write("CREATE TABLE half_written (id INT);\nINSERT INTO half_written VALUES (1);\nTHIS IS NOT SQL;\n".getBytes());
        }
        return target;
    }

    @Test
    void theAdministratorRestoresABackupAfterConfirmingAndOneThatCannotBeRestoredChangesNothing() throws Exception {
        try {
            restoreOnThePage();
        } finally {
            for (String n : List.of("tongchou-20000102-000000.zip", "tongchou-20000102-000001.zip")) java.nio.file.Files.deleteIfExists(backups.folder().resolve(n));
        }
    }

    private void restoreOnThePage() throws Exception {
        HttpTestClient admin = new HttpTestClient(port);
        admin.signIn("admin", PW);
        String csrf = admin.csrfFrom("/admin/backups");
        java.nio.file.Path good = backups.take("restore-test");
        String name = good.getFileName().toString();
        audit.change("restore-test", "RESTORE_PROBE", "after the backup", null, null);
        assertThat(probes()).isEqualTo(1);

        HttpResponse<String> list = admin.page("/admin/backups", null, null);
        assertThat(list.body()).contains("/admin/backups/" + name + "/restore");
        HttpResponse<String> confirm = admin.page("/admin/backups/" + name + "/restore", null, null);
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"restore-form\"").contains("id=\"restore-what\"").contains(name);

        // the confirmation is the backup's name: anything else changes nothing
        HttpResponse<String> wrong = admin.postForm("/admin/backups/" + name + "/restore", csrf, "confirm", "yes");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("id=\"restore-mismatch\"");
        assertThat(probes()).as("nothing restored").isEqualTo(1);

        // a backup that fails half-way through loading: refused with the reason, the database put back as it was
        String bad = "tongchou-20000102-000000.zip";
        damaged(good, bad);
        HttpResponse<String> refused = admin.postForm("/admin/backups/" + bad + "/restore", csrf, "confirm", bad);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"restore-refused\"").contains(bad);
        assertThat(probes()).as("the database as it was, the probe written after the backup included").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = 'half_written'").query(Long.class).single())
                .as("nothing half-written").isZero();
        assertThat(audited("BACKUP_RESTORE_REFUSED", bad)).isEqualTo(1);
        String reason = jdbc.sql("SELECT new_value FROM security_audit WHERE action = 'BACKUP_RESTORE_REFUSED' AND target = ?").param(bad)
                .query(String.class).single();
        assertThat(reason).as("stored as its message key and arguments").startsWith("backup.refused.notRestoredSaved|" + bad + "|");
        assertThat(stored.text(reason, java.util.Locale.SIMPLIFIED_CHINESE)).startsWith("“" + bad + "”无法恢复").contains("数据库保持原样");
        assertThat(stored.text(reason, java.util.Locale.ENGLISH)).startsWith("'" + bad + "' could not be restored").contains("the database is as it was");
        assertThat(refused.body()).as("shown in the page's language").contains("无法恢复");

        // no Tongchou backup at all: the confirmation page says so and offers no form
        String junk = "tongchou-20000102-000001.zip";
        java.nio.file.Files.writeString(backups.folder().resolve(junk), "not a zip");
        HttpResponse<String> junkPage = admin.page("/admin/backups/" + junk + "/restore", null, null);
        assertThat(junkPage.statusCode()).isEqualTo(422);
        assertThat(junkPage.body()).contains("id=\"restore-refused\"").doesNotContain("id=\"restore-form\"");

        // other roles never reach it
        HttpTestClient analyst = new HttpTestClient(port);
        analyst.signIn("analyst", PW);
        assertThat(analyst.postForm("/admin/backups/" + name + "/restore", analyst.csrfFrom("/"), "confirm", name).statusCode()).isEqualTo(403);
        assertThat(probes()).isEqualTo(1);

        // confirmed: the database is the backup's (the probe gone), saved first, and the restore is audited in it
        long before = backups.list().size();
        HttpResponse<String> done = admin.postForm("/admin/backups/" + name + "/restore", csrf, "confirm", name);
        assertThat(done.statusCode()).as(done.body()).isIn(302, 303);
        assertThat(probes()).as("the backup's state: written after it, the probe is gone").isZero();
        assertThat(audited("BACKUP_RESTORED", name)).isEqualTo(1);
        assertThat(backups.list()).hasSize((int) before + 1).anySatisfy(b -> assertThat(b.name()).endsWith("-before-restore.zip"));
        HttpResponse<String> after = admin.page("/admin/backups", null, null);
        assertThat(after.statusCode()).as("the administrator's session goes on").isEqualTo(200);
        assertThat(after.body()).contains("id=\"flash-restored\"");
    }
}
