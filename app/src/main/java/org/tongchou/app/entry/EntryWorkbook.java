package org.tongchou.app.entry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.tongchou.app.data.DataImportService;
import org.tongchou.app.data.ImportLayout;
import org.tongchou.app.data.ImportOptions;
import org.tongchou.app.data.ImportProblem;
import org.tongchou.app.data.ImportReport;
import org.tongchou.app.data.ValueChange;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.export.SpreadsheetText;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AppUser;
import org.tongchou.app.security.ScopeService;
import org.tongchou.app.units.AdminUnit;

/**
 * The Excel side of entry: a template per unit and period in the data feature's wide import format
 * ({@code unit, unit_name, period, <indicator>…}, one row per unit: the unit and the units directly
 * below it, filled with what is stored), and its upload through {@link DataImportService}, which checks
 * the whole file and writes nothing unless every cell is good. On top, the upload refuses rows of units
 * outside the user's scope and rows of another period than the form's.
 */
@Service
class EntryWorkbook {
    private final EntryService entry;
    private final DataImportService imports;
    private final ScopeService scopes;

    EntryWorkbook(EntryService entry, DataImportService imports, ScopeService scopes) {
        this.entry = entry;
        this.imports = imports;
        this.scopes = scopes;
    }

    /** Writes the XLSX template of a unit and period. */
    public void template(String unitCode, Period period, OutputStream out) throws IOException {
        AdminUnit unit = entry.unit(unitCode);
        List<AdminUnit> rows = new ArrayList<>();
        rows.add(unit);
        rows.addAll(entry.children(unit));
        EntryForm first = entry.form(unit.code(), period);
        List<String> codes = first.fields().stream().map(f -> f.indicator().code()).toList();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(period.code());
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("unit");
            header.createCell(1).setCellValue("unit_name");
            header.createCell(2).setCellValue("period");
            for (int k = 0; k < codes.size(); k++) header.createCell(3 + k).setCellValue(codes.get(k));
            int r = 1;
            for (AdminUnit u : rows) {
                EntryForm form = u == unit ? first : entry.form(u.code(), period);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.code());
                row.createCell(1).setCellValue(SpreadsheetText.neutralise(u.name()));
                row.createCell(2).setCellValue(period.code());
                for (int k = 0; k < codes.size(); k++) {
                    EntryField f = form.field(codes.get(k));
                    if (f != null && f.value() != null) row.createCell(3 + k).setCellValue(f.value());
                }
            }
            wb.write(out);
        }
    }

    /**
     * Checks (dry run) or imports an uploaded file. Values are stored as drafts by the signed-in user.
     *
     * @param fileName the name as uploaded (its extension, .xlsx or .csv, picks the reader)
     */
    public ImportReport upload(String unitCode, Period period, String fileName, InputStream content, boolean dryRun, AppUser user) {
        String ext = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? ".csv" : ".xlsx";
        String name = fileName == null || fileName.isBlank() ? "upload" + ext : Path.of(fileName).getFileName().toString();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("tongchou-entry");
            Path file = dir.resolve(name.toLowerCase(Locale.ROOT).endsWith(ext) ? name : name + ext);
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            ImportOptions dry = new ImportOptions(ImportLayout.WIDE, null, true, ValueStatus.DRAFT, user.username(), unitCode);
            ImportReport check = imports.importFile(file, dry);
            if (!check.ok()) return check;
            List<ImportProblem> extra = new ArrayList<>();
            for (ValueChange c : check.changes()) {
                if (!scopes.canWrite(user, c.unitCode())) {
                    extra.add(new ImportProblem(c.row(), 1, "unit", c.unitCode(), "unit " + c.unitCode() + " is outside your scope"));
                } else if (!period.code().equals(c.period())) {
                    extra.add(new ImportProblem(c.row(), 3, "period", c.period(), "this form is for " + period.code()));
                }
            }
            if (check.changes().size() < check.inserted() + check.updated()) {
                extra.add(new ImportProblem(0, 0, "", name, "more than " + DataImportService.MAX_CHANGES
                        + " changes: too large for one form; use the import command"));
            }
            if (!extra.isEmpty()) {
                return new ImportReport(check.source(), check.layout(), check.rows(), check.values(), check.inserted(), check.updated(),
                        check.unchanged(), extra, extra.size(), check.changes(), true, false, null, check.seconds());
            }
            return dryRun ? check : imports.importFile(file, dry.withDryRun(false));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file " + name + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) return;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) Files.deleteIfExists(p);
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
