package org.tongchou.app.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;
import org.tongchou.app.web.FieldProblemsException;

/** Targets on their way to approval, on both databases: proposing, importing, generating, approving, rejecting, history; and 时序进度. */
class TargetProposalsTest {

    abstract static class Contract {
        @Autowired
        TargetProposals proposals;
        @Autowired
        TargetService targets;
        @Autowired
        ProgressService progress;
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
        long[] u;
        @TempDir
        Path dir;

        @BeforeEach
        void setUp() {
            u = ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
        }

        @Test
        void proposedTargetsTakeEffectWhenApprovedAndTheHistoryKeepsEveryStep() {
            targets.set(u[1], "gdp", 2025, 1000, "old", "analyst");
            List<Long> ids = proposals.propose(List.of(new TargetProposals.Entry("320582100000", "gdp", 2025, 1200, "会议确定", null),
                    new TargetProposals.Entry("320582100000", "community_residence_rate", 2025, 80, null, null)), TargetMethod.ENTERED, "reporter");
            assertThat(targets.find(u[1], "gdp", 2025).orElseThrow().value()).as("not yet approved").isEqualTo(1000);
            proposals.approve(List.of(ids.get(0)), "analyst");
            assertThat(targets.find(u[1], "gdp", 2025).orElseThrow().value()).isEqualTo(1200);
            assertThatThrownBy(() -> proposals.approve(List.of(ids.get(0)), "analyst")).isInstanceOf(org.tongchou.app.web.Conflict.class)
                    .hasMessageContaining("not pending");
            assertThatThrownBy(() -> proposals.reject(ids.get(1), "", "analyst")).isInstanceOf(FieldProblemsException.class);
            proposals.reject(ids.get(1), "偏低", "analyst");
            assertThat(targets.find(u[1], "community_residence_rate", 2025)).as("a target on a derived indicator, rejected").isEmpty();
            assertThat(proposals.history(u[1], "gdp", 2025)).extracting(TargetChange::action, TargetChange::oldValue, TargetChange::newValue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SET", null, 1000.0), org.assertj.core.groups.Tuple.tuple("PROPOSED", 1000.0, 1200.0),
                            org.assertj.core.groups.Tuple.tuple("APPROVED", 1000.0, 1200.0));
            // a newer proposal supersedes the pending one
            List<Long> again = proposals.propose(List.of(new TargetProposals.Entry("320582100000", "gdp", 2026, 1, null, null)), TargetMethod.ENTERED, "a");
            proposals.propose(List.of(new TargetProposals.Entry("320582100000", "gdp", 2026, 2, null, null)), TargetMethod.ENTERED, "a");
            assertThat(proposals.find(again.get(0)).orElseThrow().status()).isEqualTo(TargetProposal.Status.SUPERSEDED);
            assertThat(proposals.pending(2026)).hasSize(1);
        }

        @Test
        void everyProblemIsReportedAndNothingWritten() {
            assertThatThrownBy(() -> proposals.propose(List.of(new TargetProposals.Entry("320582100000", "no_such", 2025, 1, null, null),
                    new TargetProposals.Entry("999999999999", "gdp", 2025, 1, null, null),
                    new TargetProposals.Entry("320582100000", "community_residence_rate", 2025, 180, null, null)), TargetMethod.ENTERED, "a"))
                    .isInstanceOf(FieldProblemsException.class)
                    .satisfies(e -> assertThat(((FieldProblemsException) e).problems()).extracting(p -> p.field())
                            .containsExactly("targets[0].indicator", "targets[1].unit", "targets[2].value"));
            assertThat(proposals.pending(2025)).isEmpty();
        }

        @Test
        void aFileIsImportedThroughTheDataModulesChecksProblemsByRowAndColumn() throws Exception {
            Path bad = dir.resolve("targets.csv");
            Files.writeString(bad, "unit,indicator,period,value\n320582100000,gdp,2025,12x\n320582100000,nope,2025,1\n320582100000,gdp,2025Q1,5\n"
                    + "320582104000,community_residence_rate,2025,75\n", StandardCharsets.UTF_8);
            TargetProposals.ImportOutcome refused = proposals.importFile(bad, "analyst", null);
            assertThat(refused.ok()).isFalse();
            assertThat(refused.problems()).extracting(p -> p.row() + ":" + p.column())
                    .as("row 2 column 4 not a number; row 3 column 2 unknown indicator").containsExactly("2:4", "3:2");
            assertThat(proposals.pending(2025)).as("nothing written").isEmpty();
            Path quarter = dir.resolve("q.csv");
            Files.writeString(quarter, "unit,indicator,period,value\n320582100000,gdp,2025Q1,5\n", StandardCharsets.UTF_8);
            assertThat(proposals.importFile(quarter, "analyst", null).problems()).singleElement()
                    .satisfies(p -> assertThat(p.reason()).contains("annual"));
            Path good = dir.resolve("good.csv");
            Files.writeString(good, "unit,indicator,period,value,comment\n320582100000,gdp,2025,1300,市定\n320582104000,community_residence_rate,2025,75,\n",
                    StandardCharsets.UTF_8);
            assertThat(proposals.importFile(good, "reporter", "320582104000").problems()).as("a town's file with another town's row")
                    .singleElement().satisfies(p -> assertThat(p.value()).isEqualTo("320582100000"));
            TargetProposals.ImportOutcome ok = proposals.importFile(good, "analyst", null);
            assertThat(ok.proposed()).isEqualTo(2);
            assertThat(proposals.pending(2025)).extracting(TargetProposal::method).containsOnly(TargetMethod.IMPORTED);
        }

        @Test
        void trendAndSharedCityTargetsAreProposedFromApprovedFigures() {
            for (int y = 2021; y <= 2024; y++) {
                values.write(new ValueWrite(u[1], "gdp", Period.year(y), 100 + 10 * (y - 2021), ValueStatus.APPROVED, "t", null), "t", null);
                values.write(new ValueWrite(u[2], "gdp", Period.year(y), 50, ValueStatus.APPROVED, "t", null), "t", null);
            }
            TargetProposals.Outcome trend = proposals.proposeFromTrend("320582000000", "gdp", 2025, TrendProposer.Method.LINEAR, 4, "analyst");
            assertThat(trend.proposed()).isEqualTo(2);
            assertThat(proposals.pending(2025)).filteredOn(p -> p.unitId() == u[1]).singleElement()
                    .satisfies(p -> assertThat(p.value()).as("100, 110, 120, 130 → 140").isEqualTo(140.0));
            TargetProposals.Outcome share = proposals.proposeShare("320582000000", "gdp", 2025, 300, 2024, "analyst");
            assertThat(share.proposed()).as("the city and its two towns").isEqualTo(3);
            assertThat(proposals.pending(2025)).filteredOn(p -> p.method() == TargetMethod.SHARED).extracting(TargetProposal::value)
                    .as("300 by 130 : 50").containsExactlyInAnyOrder(300.0, 216.67, 83.33);
            assertThatThrownBy(() -> proposals.proposeShare("320582000000", "gdp_per_capita", 2025, 1, 2024, "a"))
                    .isInstanceOf(FieldProblemsException.class).hasMessageContaining("add up");
        }

        @Test
        void progressAgainstTimeElapsedFromApprovedMonths() {
            targets.set(u[1], "fixed_asset_investment", 2025, 1200, null, "analyst");
            for (int m = 1; m <= 6; m++) {
                values.write(new ValueWrite(u[1], "fixed_asset_investment", Period.month(2025, m), 100, ValueStatus.APPROVED, "t", null), "t", null);
            }
            values.write(new ValueWrite(u[1], "fixed_asset_investment", Period.month(2025, 7), 100, ValueStatus.DRAFT, "t", null), "t", null);
            ProgressService.Report june = progress.report(Period.month(2025, 6), ProgressProfile.LINEAR, null);
            assertThat(june.rows()).singleElement().satisfies(r -> {
                assertThat(r.result().completion()).as("600 / 1200").isEqualTo(0.5);
                assertThat(r.light()).isEqualTo(ProgressLight.GREEN);
            });
            ProgressService.Report q3 = progress.report(Period.quarter(2025, 3), ProgressProfile.LINEAR, null);
            assertThat(q3.rows()).singleElement().satisfies(r -> assertThat(r.result().note()).as("July is a draft")
                    .isEqualTo(ProgressCalculator.Note.MISSING));
            assertThat(progress.report(Period.month(2025, 6), ProgressProfile.LINEAR, "320582104000").rows()).as("another town only").isEmpty();
        }
    }

    @Nested
    @H2Test
    class OnH2 extends Contract {
    }

    @Nested
    @PostgresTest
    class OnPostgres extends Contract {
    }
}
