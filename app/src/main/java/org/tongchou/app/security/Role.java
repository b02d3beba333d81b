package org.tongchou.app.security;

/**
 * The four roles of the product. A user has exactly one.
 * <ul>
 * <li>{@link #ADMIN}: users and roles, administrative units, backups; reads and writes everything.</li>
 * <li>{@link #ANALYST}: city analyst: framework, evaluation plans, review and approval, publishing.</li>
 * <li>{@link #REPORTER}: town reporter, scoped to one township-level unit and its villages.</li>
 * <li>{@link #LEADER}: reads everything published, never writes; a leader may be scoped to an area (a province,
 * a prefecture, a county ...) and then reads only the plans and units of that area (docs/security.md).</li>
 * </ul>
 */
public enum Role {
    ADMIN, ANALYST, REPORTER, LEADER;

    /** The Spring Security authority name, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether a user of this role must be scoped to a unit. */
    public boolean isScoped() {
        return this == REPORTER;
    }

    /** Whether a user of this role may be scoped to a unit: a reporter must, a leader may (its area). */
    public boolean mayBeScoped() {
        return this == REPORTER || this == LEADER;
    }
}
