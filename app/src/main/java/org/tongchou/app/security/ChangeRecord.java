package org.tongchou.app.security;

import java.time.Instant;

/** One audited change to users or roles, with the value before and after. */
public record ChangeRecord(Instant at, String actor, String action, String target, String oldValue,
                           String newValue) {
}
