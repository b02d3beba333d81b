package org.tongchou.app.web;

import java.net.URI;

/**
 * The problem types of the API (RFC 9457 §3.1.1). They are tag URIs (RFC 4151): stable identifiers
 * that clients compare, not addresses to fetch. Every answer carries a type: errors that have no
 * type of their own get one naming their HTTP status ({@link #forStatus(int)}), so that clients never
 * have to supply the RFC's implicit {@code about:blank}.
 */
public final class ProblemTypes {
    public static final URI VALIDATION = URI.create("tag:tongchou.org,2026:problem/validation");
    public static final URI OUT_OF_SCOPE = URI.create("tag:tongchou.org,2026:problem/out-of-scope");
    public static final URI FORBIDDEN = URI.create("tag:tongchou.org,2026:problem/forbidden");
    public static final URI UNAUTHENTICATED = URI.create("tag:tongchou.org,2026:problem/unauthenticated");
    public static final URI NOT_FOUND = URI.create("tag:tongchou.org,2026:problem/not-found");
    public static final URI INTERNAL = URI.create("tag:tongchou.org,2026:problem/internal-error");
    /** Tongchou is being restored from a backup (503 with Retry-After): docs/security.md, "Maintenance". */
    public static final URI MAINTENANCE = URI.create("tag:tongchou.org,2026:problem/maintenance");

    /** The type for an HTTP error without a more specific one. */
    public static URI forStatus(int status) {
        return switch (status) {
            case 400 -> VALIDATION;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 500 -> INTERNAL;
            default -> URI.create("tag:tongchou.org,2026:problem/http-" + status);
        };
    }

    private ProblemTypes() {
    }
}
