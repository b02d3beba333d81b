package org.tongchou.app.web;

import java.net.URI;

/**
 * The problem types of the API (RFC 9457 §3.1.1). They are tag URIs (RFC 4151): stable identifiers
 * that clients compare, not addresses to fetch. HTTP errors with nothing more to say use
 * {@code about:blank}, as the RFC recommends.
 */
public final class ProblemTypes {
    public static final URI VALIDATION = URI.create("tag:tongchou.org,2026:problem/validation");
    public static final URI OUT_OF_SCOPE = URI.create("tag:tongchou.org,2026:problem/out-of-scope");
    public static final URI FORBIDDEN = URI.create("tag:tongchou.org,2026:problem/forbidden");
    public static final URI UNAUTHENTICATED = URI.create("tag:tongchou.org,2026:problem/unauthenticated");
    public static final URI NOT_FOUND = URI.create("tag:tongchou.org,2026:problem/not-found");
    public static final URI INTERNAL = URI.create("tag:tongchou.org,2026:problem/internal-error");

    private ProblemTypes() {
    }
}
