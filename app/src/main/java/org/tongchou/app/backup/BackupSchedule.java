package org.tongchou.app.backup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled backup: every night at 02:30 Beijing time by default ({@code tongchou.backup.schedule}, a
 * Spring cron expression; {@code -} turns it off), into the backup folder, which then keeps the newest
 * {@code tongchou.backup.keep} backups (default 14) and deletes older ones.
 */
@Component
class BackupSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    private final Backups backups;
    private final BackupSettings settings;

    BackupSchedule(Backups backups, BackupSettings settings) {
        this.backups = backups;
        this.settings = settings;
    }

    @Scheduled(cron = "${tongchou.backup.schedule:0 30 2 * * *}", zone = "${tongchou.zone:Asia/Shanghai}")
    void nightly() {
        // a failure is logged with its stack trace by the scheduler (and the next night tries again); skipped during a
        // restore, as every scheduled task (web.MaintenanceScheduling)
        run();
    }

    /** One scheduled backup and the pruning after it; returns the number of old backups deleted. */
    int run() {
        backups.take("auto");
        int deleted = backups.prune(Math.max(1, settings.keep()));
        if (deleted > 0) LOG.info("deleted {} old backups (keeping {})", deleted, settings.keep());
        return deleted;
    }
}
