package org.tongchou.app.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou backup [FILE]}: a backup of the whole database (H2 or PostgreSQL), consistent, owner-only. */
@Component
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a backup of the whole database: one .zip file, owner-only.",
                "Without FILE it goes to the backup folder (tongchou.backup.directory, default data/backups) named",
                "after the time; FILE must not exist. On PostgreSQL it uses pg_dump (the server's version or newer).",
                "The server may keep running (on H2 stop it first: one process opens the embedded database)."})
class BackupCommand implements CliCommand {
    private final Backups backups;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "where to write it (a new .zip file)")
    Path file;

    BackupCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Path written = file == null ? backups.take(null) : backups.takeTo(file);
            Backups.Manifest m = backups.read(written);
            out.println("backup written to " + written + ": " + m.kind() + ", schema version " + m.schemaVersion() + ", "
                    + m.rows().size() + " tables, " + m.totalRows() + " rows");
            return ExitCodes.OK;
        } catch (BackupRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
