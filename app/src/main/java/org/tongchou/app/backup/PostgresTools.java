package org.tongchou.app.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own client tools ({@code pg_dump}, {@code pg_restore}) run against the database the
 * application uses: host, port and database from its JDBC URL, the same user, the password through the
 * environment ({@code PGPASSWORD}, never an argument, which would show in the process list).
 */
record PostgresTools(String host, int port, String database, String user, String password) {
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?,]+)(?::(\\d+))?/([^?]+)(\\?.*)?");

    static PostgresTools of(String jdbcUrl, String user, String password) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new BackupRefusedException("backups of PostgreSQL need a URL jdbc:postgresql://host[:port]/database (one host), not " + jdbcUrl);
        }
        return new PostgresTools(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)), m.group(3), user, password);
    }

    /** Runs {@code command} (the tool first) with the connection's options; a failure is thrown with what the tool said. */
    void run(List<String> command, String tool) {
        List<String> full = new ArrayList<>();
        full.add(command.get(0));
        full.addAll(List.of("--host=" + host, "--port=" + port, "--username=" + user, "--dbname=" + database, "--no-password"));
        full.addAll(command.subList(1, command.size()));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        if (password != null && !password.isEmpty()) pb.environment().put("PGPASSWORD", password);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] said = p.getInputStream().readAllBytes();
            if (!p.waitFor(6, TimeUnit.HOURS)) {
                p.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish");
            }
            if (p.exitValue() != 0) {
                String text = new String(said, StandardCharsets.UTF_8).strip();
                throw new IllegalStateException(tool + " failed (exit " + p.exitValue() + "): " + (text.length() > 2000 ? text.substring(0, 2000) + " …" : text));
            }
        } catch (IOException e) {
            throw new IllegalStateException(tool + " could not be run (" + e.getMessage() + "): install PostgreSQL's client tools "
                    + "(the version of the server or newer) or set tongchou.backup." + (tool.equals("pg_dump") ? "pg-dump" : "pg-restore"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " was interrupted", e);
        }
    }
}
