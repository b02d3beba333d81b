package org.tongchou.app.evaluation;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.support.TestDatabase;

/**
 * What the evaluation's database tests share: the services they call and, before each test, empty tables
 * holding only {@link EvaluationFixture}'s city and framework (no values: a test adds the years it needs).
 * A test class extends it in its abstract {@code Contract}, run on both databases by its nested
 * {@code @H2Test} and {@code @PostgresTest} classes, or directly with one test annotation.
 */
abstract class FixtureCityTest {
    @Autowired
    EvaluationService evaluation;
    @Autowired
    EvaluationResults results;
    @Autowired
    DataValueService values;
    @Autowired
    FrameworkService frameworks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    TestDatabase db;
    @Autowired
    JdbcClient jdbc;
    EvaluationFixture f;

    @BeforeEach
    void emptyFixtureCity() {
        db.truncateAll();
        f = new EvaluationFixture(jdbc, frameworks, indicators, values);
    }
}
