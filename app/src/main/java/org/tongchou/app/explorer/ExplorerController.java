package org.tongchou.app.explorer;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tongchou.app.export.SpreadsheetText;
import org.tongchou.app.indicators.Indicator;
import org.tongchou.app.series.SeriesNotes;
import org.tongchou.app.units.UnitLevel;
import org.tongchou.app.web.BadInput;

/**
 * The indicator explorer: one indicator, the towns the user may read × years, as a table, a line chart
 * ({@code /js/explorer.js} draws it from {@code /api/explorer/data}) and a CSV download. Every value is on
 * today's boundaries and says how it was derived. Reading raw data is open to every role; reporters see
 * only their own town (the town list is filtered by {@code ScopeService}). {@code area} and {@code level} choose the
 * units (default: the city's towns; a leader of an area, its own area when the city is not within it): the counties
 * of a province, the villages of a town ...; a leader of an area reads only the units within it.
 */
@Controller
class ExplorerController {
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    private final ExplorerService explorer;
    private final SeriesNotes notes;

    ExplorerController(ExplorerService explorer, SeriesNotes notes) {
        this.explorer = explorer;
        this.notes = notes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping("/explorer")
    String page(@RequestParam(required = false) String indicator, @RequestParam(defaultValue = "" + FIRST_YEAR) int from,
                @RequestParam(defaultValue = "" + LAST_YEAR) int to, @RequestParam(required = false) String area,
                @RequestParam(required = false) String level, Locale locale, Model model) {
        String shownArea = area(area);
        UnitLevel shownLevel = level(level);
        model.addAttribute("area", shownArea);
        model.addAttribute("unitLevel", shownLevel);
        model.addAttribute("levels", List.of(UnitLevel.PREFECTURE, UnitLevel.COUNTY, UnitLevel.TOWNSHIP, UnitLevel.VILLAGE));
        List<Indicator> all = explorer.indicators();
        model.addAttribute("indicators", all);
        model.addAttribute("yearOptions", IntStream.rangeClosed(FIRST_YEAR - 10, LAST_YEAR + 1).boxed().toList());
        model.addAttribute("from", Math.min(from, to));
        model.addAttribute("to", Math.max(from, to));
        String code = indicator != null && !indicator.isBlank() ? indicator : all.isEmpty() ? null : all.get(0).code();
        if (code != null) model.addAttribute("view", ExplorerPage.of(explorer.table(code, from, to, shownArea, shownLevel), notes, locale));
        return "explorer/index";
    }

    /** The chart's data: one line per town, with each point's derivation for the tooltip. */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping(value = "/api/explorer/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ChartData data(@RequestParam String indicator, @RequestParam(defaultValue = "" + FIRST_YEAR) int from,
                   @RequestParam(defaultValue = "" + LAST_YEAR) int to, @RequestParam(required = false) String area,
                   @RequestParam(required = false) String level, Locale locale) {
        ExplorerPage p = ExplorerPage.of(explorer.table(indicator, from, to, area(area), level(level)), notes, locale);
        boolean zh = locale.getLanguage().equals("zh");
        String name = zh || p.indicator().nameEn().isBlank() ? p.indicator().nameZh() : p.indicator().nameEn();
        return new ChartData(p.indicator().code(), name, p.indicator().unit(), p.years(), p.synthetic(),
                p.rows().stream().map(r -> new ChartLine(r.code(), r.name(),
                        r.cells().stream().map(ExplorerPage.Cell::value).toList(),
                        r.cells().stream().map(ExplorerPage.Cell::note).toList())).toList());
    }

    record ChartData(String indicator, String name, String unit, List<String> years, boolean synthetic, List<ChartLine> lines) {
    }

    record ChartLine(String code, String name, List<Double> values, List<String> notes) {
    }

    /**
     * The table as CSV (UTF-8 with a byte-order mark so that spreadsheet programs read the Chinese names),
     * one line per town and year: {@code town_code,town_name,year,indicator,value,method,derivation,synthetic}.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.OWN)
    @GetMapping(value = "/api/explorer/csv")
    ResponseEntity<byte[]> csv(@RequestParam String indicator, @RequestParam(defaultValue = "" + FIRST_YEAR) int from,
                               @RequestParam(defaultValue = "" + LAST_YEAR) int to, @RequestParam(required = false) String area,
                               @RequestParam(required = false) String level, Locale locale) {
        ExplorerPage p = ExplorerPage.of(explorer.table(indicator, from, to, area(area), level(level)), notes, locale);
        StringBuilder b = new StringBuilder("\uFEFFtown_code,town_name,year,indicator,value,method,derivation,synthetic\r\n");
        for (ExplorerPage.Row r : p.rows()) {
            for (int i = 0; i < p.years().size(); i++) {
                ExplorerPage.Cell c = r.cells().get(i);
                b.append(quote(r.code())).append(',').append(quote(r.name())).append(',').append(p.years().get(i)).append(',')
                        .append(p.indicator().code()).append(',').append(c.value() == null ? "" : Double.toString(c.value())).append(',')
                        .append(quote(String.valueOf(c.method()))).append(',').append(quote(c.note())).append(',').append(p.synthetic()).append("\r\n");
            }
        }
        String file = "explorer-" + p.indicator().code() + "-" + p.years().get(0) + "-" + p.years().get(p.years().size() - 1) + ".csv";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The area asked for (12 digits), or the reader's default area; anything else is refused (400). */
    private String area(String area) {
        if (area == null || area.isBlank()) return explorer.defaultArea();
        if (!area.matches("\\d{12}")) throw new BadInput("'area' must be a 12-digit unit code, not '" + area + "'");
        return area;
    }

    /** The level asked for (a level's name, any case), or township; anything else is refused (400). */
    private static UnitLevel level(String level) {
        if (level == null || level.isBlank()) return UnitLevel.TOWNSHIP;
        try {
            return UnitLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("'level' must be one of province, prefecture, county, township, village, not '" + level + "'");
        }
    }

    /** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled; formulas neutralised (SpreadsheetText). */
    static String quote(String s) {
        if (s == null) return "";
        s = SpreadsheetText.csvCell(s);
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
