package org.tongchou.app.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.CliCommand;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tongchou restore FILE [--replace]}: the database becomes the backup's. */
@Component
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restores a backup made by 'backup': the database becomes what it was then, then is migrated",
                "to this version of Tongchou. Stop the server first. A database that holds data is replaced only",
                "with --replace, and is then first saved as a backup (data/backups/…-before-restore.zip).",
                "Refused, changing nothing: a file that is no Tongchou backup, one of the other kind of database,",
                "one made by a newer Tongchou."})
class RestoreCommand implements CliCommand {
    private final Backups backups;
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "FILE", description = "the backup (.zip)")
    Path file;
    @Option(names = "--replace", description = "replace a database that holds data (it is saved as a backup first)")
    boolean replace;

    RestoreCommand(Backups backups) {
        this.backups = backups;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            Backups.Restored r = backups.restore(file, replace);
            if (r.savedBefore() != null) out.println("the database as it was is saved in " + r.savedBefore());
            out.println("restored " + file + " (taken " + r.manifest().createdAt() + "): " + r.manifest().rows().size() + " tables, "
                    + r.manifest().totalRows() + " rows, schema version " + r.manifest().schemaVersion()
                    + (r.schemaAfter() != null && !r.schemaAfter().equals(r.manifest().schemaVersion()) ? ", migrated to " + r.schemaAfter() : ""));
            return ExitCodes.OK;
        } catch (BackupRefusedException e) {
            err.println("error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }
}
