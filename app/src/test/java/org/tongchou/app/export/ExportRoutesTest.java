package org.tongchou.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongchou.app.support.WebAppTest;

/**
 * Issue 9, item 7: every export of the application (CSV, XLSX) writes its text cells through {@link SpreadsheetText}.
 * The export routes are taken from the application's own route table (a path ending in .csv or .xlsx or with a
 * segment csv, xlsx, export or download, or a route producing CSV or a spreadsheet); each must be listed here, and the code behind each must reach
 * {@link SpreadsheetText} (directly or through the services it calls). A new export that does not, or that is not
 * listed, fails the build. What the exports write is tested in their modules (DataExportFormulaTest,
 * RunTableExport's tests, FileContentAndCsvTest).
 */
@WebAppTest
class ExportRoutesTest {
    /** Every export route, with the controller that serves it. */
    static final Map<String, String> EXPORTS = Map.of(
            "GET /api/data/export", "org.tongchou.app.data.DataApiController",
            "GET /api/explorer/csv", "org.tongchou.app.explorer.ExplorerController",
            "GET /evaluation/runs/{id}/tables/{table}.csv", "org.tongchou.app.evaluation.RunPageController",
            "GET /evaluation/runs/{id}/tables.xlsx", "org.tongchou.app.evaluation.RunPageController",
            "GET /commitments.csv", "org.tongchou.app.meetings.CommitmentPageController",
            "GET /targets/progress.csv", "org.tongchou.app.targets.TargetPageController",
            "GET /entry/{unitCode}/{period}/template.xlsx", "org.tongchou.app.entry.EntryPageController",
            "GET /reports/{id}/download", "org.tongchou.app.reports.ReportController",
            "GET /api/reports/{id}/download", "org.tongchou.app.reports.ReportApiController",
            "GET /spark/runs/{runId}/ranks.csv", "org.tongchou.app.sparkruns.SparkRunsPageController");

    private static final Set<String> SPREADSHEET_TYPES = Set.of("text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.ms-excel");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyExportRouteIsListedAndReachesSpreadsheetText() {
        Map<String, String> found = new TreeMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            boolean spreadsheet = info.getProducesCondition().getProducibleMediaTypes().stream()
                    .map(MediaType::toString).anyMatch(t -> SPREADSHEET_TYPES.stream().anyMatch(t::startsWith));
            for (String path : info.getPatternValues()) {
                if (!(spreadsheet || path.matches(".*(\\.(csv|xlsx|xls)|/(csv|xlsx|xls|export|download)(/.*)?)"))) continue;
                Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
                String m = methods.isEmpty() ? "GET" : methods.iterator().next().name();
                found.put(m + " " + path, e.getValue().getBeanType().getName());
            }
        }
        assertThat(found).as("export routes of the application (list a new one in EXPORTS)").isEqualTo(new TreeMap<>(EXPORTS));

        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tongchou.app");
        for (String controller : new HashSet<>(EXPORTS.values())) {
            assertThat(reaches(app.get(controller), SpreadsheetText.class.getName()))
                    .as(controller + " writes its exports through SpreadsheetText").isTrue();
        }
    }

    /** Whether the class depends on the target, directly or through classes of the application it uses. */
    static boolean reaches(JavaClass from, String target) {
        Set<String> seen = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            JavaClass c = todo.poll();
            if (!seen.add(c.getName())) continue;
            if (c.getName().equals(target)) return true;
            c.getDirectDependenciesFromSelf().forEach(d -> {
                JavaClass t = d.getTargetClass();
                if (t.getName().startsWith("org.tongchou.app.") && !seen.contains(t.getName())) todo.add(t);
            });
        }
        return false;
    }
}
