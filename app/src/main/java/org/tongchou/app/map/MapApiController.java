package org.tongchou.app.map;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.web.BadInput;

/**
 * Map geometry over JSON: {@code GET /api/map/{level}[?within=<area>]} (every signed-in user; unit shapes are not
 * confidential, but a leader of an area is drawn only the units of its area) and {@code POST /api/admin/map/boundaries} (ADMIN, enforced in the security configuration).
 */
@RestController
class MapApiController {
    private final MapService maps;
    private final ScopeService scopes;

    private final Clock clock;

    MapApiController(MapService maps, ScopeService scopes, Clock clock) {
        this.clock = clock;
        this.maps = maps;
        this.scopes = scopes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping(value = "/api/map/{level}", produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    String geometry(@PathVariable String level,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String within) {
        if (within != null && !within.matches("\\d{12}")) throw new BadInput("'within' must be a 12-digit area code, not '" + within + "'");
        return maps.featureCollection(level(level), on == null ? LocalDate.now(clock) : on, area(within));
    }

    /**
     * The area whose units are drawn: the one asked for ({@code within}, null = every unit), but for a leader of an
     * area (a province, a prefecture) never more than that area: its own units only, as every result it reads.
     */
    private String area(String within) {
        return scopes.narrowArea(scopes.currentUser().orElse(null), within);
    }

    @Access(value = {Role.ADMIN}, units = Access.Units.NONE)
    @PostMapping(value = "/api/admin/map/boundaries", consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    BoundaryImportResult upload(jakarta.servlet.http.HttpServletRequest request, @RequestParam(defaultValue = "township") String level,
            @RequestParam(defaultValue = "upload.geojson") String file) throws java.io.IOException {
        return maps.importBoundaries(file, body(request), level(level), LocalDate.now(clock));
    }

    /** Largest boundary file taken (as the page's upload: spring.servlet.multipart.max-file-size). */
    static final int MAX_BOUNDARY_BYTES = 12 << 20;

    /** The request body, refused (413) beyond {@link #MAX_BOUNDARY_BYTES} before it is read whole. */
    static byte[] body(jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
        if (request.getContentLengthLong() > MAX_BOUNDARY_BYTES) throw new BoundaryFileTooLargeException(request.getContentLengthLong());
        try (java.io.InputStream in = request.getInputStream()) {
            byte[] b = in.readNBytes(MAX_BOUNDARY_BYTES + 1);
            if (b.length > MAX_BOUNDARY_BYTES) throw new BoundaryFileTooLargeException(-1);
            return b;
        }
    }

    static UnitLevel level(String text) {
        try {
            return UnitLevel.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("unknown unit level '" + text + "' (province, prefecture, county, township, village)");
        }
    }
}
