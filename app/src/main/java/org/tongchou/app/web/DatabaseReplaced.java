package org.tongchou.app.web;

/**
 * An application event: the whole database was replaced under the running application (a backup restored from the
 * administrator's page, or a failed restore put back). Whatever a feature keeps in memory of the database is to be
 * read again; caches keyed by a run's id and creation time stay valid (ids restart, creation times do not repeat).
 */
public record DatabaseReplaced() {
}
