package org.tongchou.app.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
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
}
