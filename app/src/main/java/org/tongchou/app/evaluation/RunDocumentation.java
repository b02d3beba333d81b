package org.tongchou.app.evaluation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a document about a stored run needs of it in the reader's language (the briefing pack of the reports
 * module): the run page's method and robustness tables ({@link RunTables}, the same figures as the page and
 * its downloads), its notes as sentences, the names of its nodes and the labels of the varied assumptions.
 */
@Component
public class RunDocumentation {
    private final EvaluationResults results;
    private final MessageSource messages;
    private final NodeNames names;
    private final RunNotes notes;

    RunDocumentation(EvaluationResults results, MessageSource messages, NodeNames names, RunNotes notes) {
        this.results = results;
        this.messages = messages;
        this.names = names;
        this.notes = notes;
    }

    /** The method and robustness tables of the run page, in the locale's language. */
    public List<RunTables.Table> tables(RunInfo run, Locale locale) {
        RunResult r = results.result(run);
        return new RunTables(messages, locale, names, notes, townNames(r)).all(r, results.methods(run), results.robustness(run));
    }

    /** The run's notes as sentences in the locale's language. */
    public List<String> notes(RunInfo run, Locale locale) {
        UnaryOperator<String> town = townNames(results.result(run));
        return results.notes(run).stream().map(n -> notes.text(n, locale, town)).toList();
    }

    /** The name of an indicator, dimension, sub-dimension, subsystem or the index ({@code EvaluationPlan.ROOT}). */
    public String name(String code, Locale locale) {
        return names.of(code, locale);
    }

    /** The label of a varied assumption of the robustness analysis ({@code NORMALISATION} ...). */
    public String assumption(String code, Locale locale) {
        return notes.assumption(code, locale);
    }

    /** The label of a method or alternative ({@code MIN_MAX}, {@code ENTROPY} ...). */
    public String option(String code, Locale locale) {
        return notes.option(code, locale);
    }

    /** The robustness stored with the run, if any. */
    public Optional<RunRobustness> robustness(RunInfo run) {
        return results.robustness(run);
    }

    private static UnaryOperator<String> townNames(RunResult result) {
        Map<String, String> byCode = new HashMap<>();
        result.units().forEach(u -> byCode.put(u.code(), u.name()));
        return code -> byCode.getOrDefault(code, code);
    }
}
