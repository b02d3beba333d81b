package org.tongchou.app.evaluation;

import org.tongchou.app.security.Access;
import org.tongchou.app.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongchou.app.web.NotFound;

/**
 * A run's method and robustness (方法与稳健性): {@code /evaluation/runs/{id}} shows the notes, the robustness
 * of the ranking (rank intervals, sensitivity indices) and the method tables analysts know from SPSSAU;
 * {@code /evaluation/runs/{id}/tables/{table}.csv} and {@code /evaluation/runs/{id}/tables.xlsx} download
 * them. Who may see a run is decided as for its results ({@code /api/results/runs/{id}}): a published run
 * every signed-in user, an unpublished one analysts and administrators only (404 to others, as if it did not
 * exist).
 */
@Controller
class RunPageController {
    /** The city's time zone: run times are shown in it, not in UTC. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final EvaluationResults results;
    private final EvaluationService evaluation;
    private final ResultAccess access;
    private final MessageSource messages;
    private final NodeNames names;
    private final RunNotes notes;
    private final org.tongchou.app.units.UnitService units;

    private final Clock clock;

    RunPageController(EvaluationResults results, EvaluationService evaluation, ResultAccess access, MessageSource messages,
                      NodeNames names, RunNotes notes, org.tongchou.app.units.UnitService units, Clock clock) {
        this.clock = clock;
        this.units = units;
        this.results = results;
        this.evaluation = evaluation;
        this.access = access;
        this.messages = messages;
        this.names = names;
        this.notes = notes;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/evaluation/runs/{id}")
    String page(@PathVariable long id, Model model, Locale locale) {
        RunInfo run = visible(id);
        RunResult result = results.result(run);
        Optional<RunRobustness> rob = results.robustness(run);
        UnaryOperator<String> town = townNames(result);
        model.addAttribute("run", run);
        model.addAttribute("plan", evaluation.plan(run.planCode()).map(results::shown).orElse(null));
        model.addAttribute("createdAt", cityTime(run.createdAt(), clock.getZone()));
        model.addAttribute("publishedAt", cityTime(run.publishedAt(), clock.getZone()));
        model.addAttribute("notes", results.notes(run).stream().map(n -> notes.text(n, locale, town)).toList());
        model.addAttribute("robustness", rob.orElse(null));
        RobustnessStatus robustnessStatus = rob.isPresent() ? null : evaluation.robustnessStatus(run.id());
        model.addAttribute("robustnessStatus", robustnessStatus);
        model.addAttribute("robustnessSince", robustnessStatus == null ? null : cityTime(robustnessStatus.since(), clock.getZone()));
        model.addAttribute("strongest", rob.flatMap(RunRobustness::strongest).map(s -> notes.assumption(s.assumption(), locale)).orElse(null));
        model.addAttribute("tables", tables(run, result, rob, locale, town));
        model.addAttribute("seesUnpublished", access.seesUnpublished());
        RunGroups groups = results.groups(run);
        model.addAttribute("groupSplits", groups.splits());
        model.addAttribute("groupRanks", groupRows(result, groups));
        return "evaluation/run";
    }

    /**
     * Computes the run's robustness now when it has none (never computed, or the last attempt failed): in the
     * background; the page shows it being computed and, once reloaded, the figures.
     */
    @Access(value = {Role.ADMIN, Role.ANALYST}, units = Access.Units.NONE)
    @org.springframework.web.bind.annotation.PostMapping("/evaluation/runs/{id}/robustness")
    String requestRobustness(@PathVariable long id) {
        access.requireAnalyst();
        visible(id);
        evaluation.requestRobustness(id);
        return "redirect:/evaluation/runs/" + id + "#robustness";
    }

    /** A unit's overall rank beside its group and its rank in the group, for one group level. */
    record GroupRow(String level, String unit, String name, double rank, String group, String groupName, double groupRank) {
    }

    /** The index's ranks within groups, in the order of the overall ranking, one block per group level. */
    private List<GroupRow> groupRows(RunResult result, RunGroups groups) {
        if (groups.ranks().isEmpty()) return List.of();
        Map<String, String> groupNames = new HashMap<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        groups.ranks().forEach(r -> codes.add(r.group()));
        units.findByCodes(codes).forEach((code, versions) -> {
            if (!versions.isEmpty()) groupNames.put(code, versions.get(versions.size() - 1).name());
        });
        List<RunResult.UnitResult> ordered = result.units().stream().sorted(java.util.Comparator.comparingDouble(RunResult.UnitResult::rank)).toList();
        List<GroupRow> out = new java.util.ArrayList<>();
        for (org.tongchou.app.units.UnitLevel level : groups.ranks().stream().map(RunGroups.GroupRank::level).distinct().toList()) {
            Map<String, RunGroups.GroupRank> in = groups.ranksOf(level, EvaluationPlan.ROOT);
            for (RunResult.UnitResult u : ordered) {
                RunGroups.GroupRank g = in.get(u.code());
                if (g != null) out.add(new GroupRow(level.name(), u.code(), u.name(), u.rank(), g.group(), groupNames.getOrDefault(g.group(), g.group()), g.rank()));
            }
        }
        return out;
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/evaluation/runs/{id}/tables/{table}.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable String table, Locale locale) {
        RunInfo run = visible(id);
        RunResult result = results.result(run);
        RunTables.Table t = tables(run, result, results.robustness(run), locale, townNames(result)).stream()
                .filter(x -> x.id().equals(table)).findFirst()
                .orElseThrow(() -> new NotFound("run " + id + " has no table '" + table + "'"));
        return download(RunTableExport.csv(t), new MediaType("text", "csv", StandardCharsets.UTF_8), RunTableExport.fileName(run, table, "csv"));
    }

    @Access(value = {Role.ADMIN, Role.ANALYST, Role.LEADER, Role.REPORTER}, units = Access.Units.CITY)
    @GetMapping("/evaluation/runs/{id}/tables.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
        RunInfo run = visible(id);
        RunResult result = results.result(run);
        byte[] body = RunTableExport.xlsx(tables(run, result, results.robustness(run), locale, townNames(result)));
        return download(body, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                RunTableExport.fileName(run, "tables", "xlsx"));
    }

    private List<RunTables.Table> tables(RunInfo run, RunResult result, Optional<RunRobustness> rob, Locale locale, UnaryOperator<String> town) {
        return new RunTables(messages, locale, names, notes, town).all(result, results.methods(run), rob);
    }

    private static UnaryOperator<String> townNames(RunResult result) {
        Map<String, String> byCode = new HashMap<>();
        result.units().forEach(u -> byCode.put(u.code(), u.name()));
        return code -> byCode.getOrDefault(code, code);
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String file) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** The run, if the signed-in user may see it; otherwise 404. */
    private RunInfo visible(long id) {
        RunInfo info = results.run(id).orElse(null);
        if (info == null || (!info.published() && !access.seesUnpublished())) {
            throw new NotFound("no evaluation run " + id);
        }
        return info;
    }

    /** A stored time in the city's zone, minutes precision; null stays null. */
    static String cityTime(OffsetDateTime t, java.time.ZoneId zone) {
        return t == null ? null : TIME.format(t.atZoneSameInstant(zone));
    }
}
