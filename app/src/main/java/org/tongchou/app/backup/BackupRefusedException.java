package org.tongchou.app.backup;

import org.tongchou.app.web.Unprocessable;

/**
 * A backup or restore refused because of what it was given (a file that is no Tongchou backup, one made
 * for the other kind of database or by a newer Tongchou, a target that cannot be written, a database that
 * holds data without {@code --replace}): nothing was changed. The message says what and why; pages and
 * the API answer 422 with it, the command line exits with {@code BAD_INPUT}.
 */
class BackupRefusedException extends Unprocessable {
    BackupRefusedException(String message) {
        super(message);
    }
}
