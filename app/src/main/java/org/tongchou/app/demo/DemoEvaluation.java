package org.tongchou.app.demo;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.cli.Terminal;
import org.tongchou.app.evaluation.EvaluationPlan;
import org.tongchou.app.evaluation.EvaluationService;
import org.tongchou.app.evaluation.IncompleteDataException;
import org.tongchou.app.evaluation.PlanBoundaries;

/**
 * When the demo city has been loaded ({@code serve --demo}, the {@code demo} command): creates the
 * default plan for it and runs and publishes it for every demo year with complete approved data
 * (the last demo year is partly unapproved on purpose and is skipped), so that the dashboard has
 * something to show. It does the same with a copy of the default plan on today's boundaries
 * ({@link PlanBoundaries#CURRENT}, code {@value #TODAY_CODE}), so that the years before the 2021 split of
 * 金港镇 can be compared with the years after it; that copy leaves out the indicators that do not carry
 * across boundary changes (aggregation rule NONE: the survey score and the target completion rate).
 * Nothing happens when a plan already exists. A failure
 * is logged and never stops the demo from loading.
 */
@Component
class DemoEvaluation {
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    /** Code of the demo's plan on today's boundaries. */
    static final String TODAY_CODE = "today";
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluation.class);
    private final EvaluationService evaluation;

    DemoEvaluation(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    @EventListener
    @Order(1)
    void onDemoLoaded(DemoCityLoaded event) {
        if (evaluation.hasPlans()) return;
        String area = (event.cityCode() + "000000000000").substring(0, 12);
        // the demo's own data: a year with missing approved values is skipped and reported; anything else is a bug
        // and fails the demo's loading rather than leaving a city without results behind a warning
        EvaluationPlan base = evaluation.ensureDefaultPlan(area, null);
        report(EvaluationPlan.DEFAULT_CODE, evaluation.runAndPublishYears(EvaluationPlan.DEFAULT_CODE, FIRST_YEAR, LAST_YEAR, "demo"));
        evaluation.save(new EvaluationPlan(0, TODAY_CODE, "现行区划口径 Today's boundaries", base.frameworkCode(),
                evaluation.comparableIndicators(base.frameworkCode()), base.normalisation(), base.indicatorWeighting(), base.groupWeighting(),
                base.aggregation(), base.areaCode(), base.benchmarkCode(), base.matrices(), PlanBoundaries.CURRENT));
        report(TODAY_CODE, evaluation.runAndPublishYears(TODAY_CODE, FIRST_YEAR, LAST_YEAR, "demo"));
    }

    /**
     * One line for the terminal (a year skipped counts its missing values), the missing values themselves in
     * the log file only: they are many (the last demo year is partly unapproved on purpose).
     */
    private static void report(String plan, List<IncompleteDataException> skipped) {
        String notRun = skipped.stream().map(e -> e.period() + " (" + e.missing().size() + " approved values missing)")
                .collect(Collectors.joining(", "));
        log.info(Terminal.STAGE, "evaluation plan '{}' published for {} of the years {}–{}{}", plan,
                LAST_YEAR - FIRST_YEAR + 1 - skipped.size(), FIRST_YEAR, LAST_YEAR,
                skipped.isEmpty() ? "" : "; not run for " + notRun + ", listed in the log");
        for (IncompleteDataException e : skipped) {
            log.info("plan '{}', period {}: approved values missing: {}", plan, e.period(), String.join(", ", e.missing()));
        }
    }
}
