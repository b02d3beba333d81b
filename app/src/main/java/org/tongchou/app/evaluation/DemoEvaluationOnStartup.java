package org.tongchou.app.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tongchou.app.units.UnitService;

/**
 * With {@code serve --demo} ({@code tongchou.demo.load-if-empty=true}): after the demo city has been
 * loaded (the demo loader runs at order 100), creates the default plan for 张家港市 and runs and
 * publishes it for every demo year with complete approved data, so that the dashboard has something to
 * show. Does nothing when a plan already exists or the demo city is absent.
 */
@Component
@Order(200)
@ConditionalOnProperty(name = "tongchou.demo.load-if-empty", havingValue = "true")
class DemoEvaluationOnStartup implements ApplicationRunner {
    static final String DEMO_CITY = "320582000000";
    static final int FIRST_YEAR = 2016;
    static final int LAST_YEAR = 2025;
    private static final Logger log = LoggerFactory.getLogger(DemoEvaluationOnStartup.class);
    private final EvaluationService evaluation;
    private final UnitService units;

    DemoEvaluationOnStartup(EvaluationService evaluation, UnitService units) {
        this.evaluation = evaluation;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!evaluation.plans().isEmpty() || units.findByCode(DEMO_CITY, LocalDate.now()).isEmpty()) return;
        try {
            evaluation.ensureDefaultPlan(DEMO_CITY, null);
            List<String> skipped = evaluation.runAndPublishYears(EvaluationPlan.DEFAULT_CODE, FIRST_YEAR, LAST_YEAR, "demo");
            log.info("default evaluation plan run over the demo years {}–{}; skipped: {}", FIRST_YEAR, LAST_YEAR, skipped);
        } catch (PlanException e) {
            // the server still starts; the analyst sees the plan and can fix it
            log.warn("default evaluation plan not run on the demo data: {}", e.getMessage());
        }
    }
}
