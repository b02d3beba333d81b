package org.tongchou.app.backup;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where backups go and how many are kept ({@code tongchou.backup.*}; the nightly schedule is
 * {@code tongchou.backup.schedule}, a cron expression in Beijing time, {@code -} = none).
 */
@Component
class BackupSettings {
    private final Path directory;
    private final int keep;
    private final String pgDump;
    private final String pgRestore;
    private final String pgUser;
    private final String pgPassword;

    BackupSettings(@Value("${tongchou.backup.directory:${tongchou.home}/data/backups}") String directory,
                   @Value("${tongchou.backup.keep:14}") int keep,
                   @Value("${tongchou.backup.pg-dump:pg_dump}") String pgDump,
                   @Value("${tongchou.backup.pg-restore:pg_restore}") String pgRestore,
                   @Value("${tongchou.backup.pg-user:}") String pgUser,
                   @Value("${spring.datasource.password:}") String pgPassword) {
        this.directory = Path.of(directory);
        this.keep = keep;
        this.pgDump = pgDump;
        this.pgRestore = pgRestore;
        this.pgUser = pgUser;
        this.pgPassword = pgPassword;
    }

    Path directory() {
        return directory;
    }

    /** How many backups the folder keeps after a scheduled one (the newest; at least 1). */
    int keep() {
        return keep;
    }

    String pgDump() {
        return pgDump;
    }

    String pgRestore() {
        return pgRestore;
    }

    /** The user the tools connect as: configured, else the application's own. */
    String pgUser(String connected) {
        return pgUser == null || pgUser.isBlank() ? connected : pgUser;
    }

    String pgPassword() {
        return pgPassword;
    }
}
