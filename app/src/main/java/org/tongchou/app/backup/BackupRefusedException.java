package org.tongchou.app.backup;

import org.tongchou.app.web.Unprocessable;

/**
 * A backup or restore refused because of what it was given (a file that is no Tongchou backup, one made
 * for the other kind of database or by a newer Tongchou, a target that cannot be written, a database that
 * holds data without {@code --replace}): nothing was changed. The message says what and why; pages and
 * the API answer 422 with it, the command line exits with {@code BAD_INPUT}. A restore's refusals also carry a
 * message key ({@code backup.refused.*}): pages show them, and the audit keeps them, in the reader's language.
 */
class BackupRefusedException extends Unprocessable {
    BackupRefusedException(String message) {
        super(message);
    }

    /** Shown as the message {@code key} with {@code args} in the reader's language, {@code english} on the command line and in the log. */
    BackupRefusedException(String key, String english, Object... args) {
        super(english, key, args);
    }
}
