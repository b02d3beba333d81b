package org.tongchou.app.data;

import org.tongchou.app.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.UnitService;
import org.tongchou.app.web.BadInput;
import org.tongchou.app.web.NotFound;

/**
 * Data values over HTTP for scripts and other systems: one unit's values as JSON, any subtree as CSV
 * (the layout of {@code export-data}), and bulk imports of CSV/XLSX files checked whole exactly like
 * {@code import-data} (every problem with row and column; nothing written unless the file is good).
 * Reading follows the unit scope of the caller; bulk imports are for analysts and administrators
 * (town reporters enter and upload their own data on the entry pages).
 */
@RestController
@Tag(name = "data", description = "Data values: read one unit, export a subtree as CSV, bulk import CSV/XLSX")
class DataApiController {

    private final DataValueService values;
    private final DataExportService export;
    private final DataImportService imports;
    private final UnitService units;
    private final ScopeService scopes;
    private final IndicatorService indicators;

    DataApiController(DataValueService values, DataExportService export, DataImportService imports, UnitService units,
            ScopeService scopes, IndicatorService indicators) {
        this.indicators = indicators;
        this.values = values;
        this.export = export;
        this.imports = imports;
        this.units = units;
        this.scopes = scopes;
    }

    /** A stored value as the API shows it: the unit by its code, not its internal id. */
    record ApiValue(String unit, String unitName, String indicator, String period, double value, ValueStatus status,
            String source, String comment, String updatedBy, OffsetDateTime updatedAt, long version) {
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/api/data")
    @Operation(summary = "The stored values of one unit (every version carrying its code), optionally filtered by "
            + "indicator and period; 403 outside the caller's scope")
    List<ApiValue> list(@RequestParam String unit, @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) List<String> period) {
        scopes.requireRead(unit);
        List<AdminUnit> versions = units.findByCodes(List.of(unit)).getOrDefault(unit, List.of());
        if (versions.isEmpty()) throw new NotFound("no unit with code '" + unit + "'");
        Map<Long, AdminUnit> byId = new HashMap<>();
        versions.forEach(u -> byId.put(u.id(), u));
        List<Period> periods = period == null ? null : period.stream().map(DataApiController::period).toList();
        List<String> codes = indicator == null || indicator.isEmpty()
                ? indicators.list().stream().map(Indicator::code).toList() : indicator;
        List<DataValue> found = values.list(codes, byId.keySet(), periods);
        return found.stream().map(v -> {
            AdminUnit u = byId.get(v.unitId());
            return new ApiValue(u.code(), u.name(), v.indicator(), v.period().code(), v.value(), v.status(), v.source(),
                    v.comment(), v.updatedBy(), v.updatedAt(), v.version());
        }).toList();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping(value = "/api/data/export", produces = "text/csv")
    @Operation(summary = "Values of a unit's subtree (all units for analysts, unscoped leaders and administrators when no "
            + "unit is given; a leader of an area its area) as CSV, long or wide, as `export-data` writes them")
    void export(@RequestParam(required = false) String unit, @RequestParam(required = false) List<String> indicator,
            @RequestParam(required = false) List<String> period, @RequestParam(defaultValue = "LONG") ImportLayout layout,
            HttpServletResponse response) throws IOException {
        AppUser user = scopes.currentUser().orElseThrow();
        String root = unit;
        if (root == null || root.isBlank()) {
            root = user.scopeUnit(); // a reporter's town, a leader of an area's area; null: every unit
        }
        if (root != null) scopes.requireRead(root);
        List<Period> periods = period == null ? List.of() : period.stream().map(DataApiController::period).toList();
        ExportOptions options = new ExportOptions(layout, indicator, root, periods);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"values-" + (root == null ? "all" : root) + ".csv\"");
        if (indicator != null) {
            for (String c : indicator) {
                if (indicators.find(c).isEmpty()) throw new BadInput("unknown indicator '" + c + "'");
            }
        }
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        export.export(options, out);
        out.flush();
    }

    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.OWN)
    @PostMapping(value = "/api/data/import", consumes = "multipart/form-data")
    @Operation(summary = "Imports a CSV or XLSX file (long or wide form), checked whole: 200 with what changed, or 422 "
            + "listing every problem with its row and column and nothing written. `dryRun=true` writes nothing.")
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file,
            @RequestParam(required = false) ImportLayout layout, @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(defaultValue = "DRAFT") ValueStatus status,
            @RequestParam(required = false) String parent, HttpServletRequest request) throws IOException {
        AppUser user = scopes.currentUser().orElseThrow();
        if (user.role() != Role.ADMIN && user.role() != Role.ANALYST) {
            throw new AccessDeniedException("bulk imports are for analysts and administrators");
        }
        String name = file.getOriginalFilename() == null ? "upload" : Path.of(file.getOriginalFilename()).getFileName().toString();
        String suffix = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? ".xlsx" : name.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : "";
        if (suffix.isEmpty()) {
            throw new BadInput("file '" + name + "' is neither a .csv nor an .xlsx file");
        }
        Path dir = Files.createTempDirectory("tongchou-import");
        Path tmp = dir.resolve(name);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            ImportReport report = imports.importFile(tmp, new ImportOptions(layout, period == null || period.isBlank() ? null : period(period),
                    dryRun, status, user.username(), parent));
            if (!report.ok()) throw new ImportRefusedException(report);
            return ResponseEntity.ok(report);
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(dir);
        }
    }

    private static Period period(String code) {
        return Period.parse(code);
    }
}
