package org.tongchou.app.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.data.ValueWrite;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.security.AuditService;
import org.tongchou.app.security.NewUser;
import org.tongchou.app.security.Role;
import org.tongchou.app.security.UserService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import org.tongchou.app.support.ValueFixture;
import org.tongchou.app.targets.TargetService;
import org.tongchou.app.web.FieldProblemsException;

/**
 * A meeting's commitments through their year, on both databases: published, declared, verified, sent
 * back, withdrawn, decided by approved data and by the daily check; the cadre indicators computed from
 * them and from targets as docs/meetings.md defines them; every change in the history and the audit.
 * Days are relative to the application's clock (last year's deadlines have passed whatever the date).
 */
class CommitmentLoopTest {
    private static final String YANGSHE = "320582100000";
    private static final String JINFENG = "320582104000";

    abstract static class Contract {
        @Autowired
        MeetingService meetings;
        @Autowired
        CommitmentService commitments;
        @Autowired
        CommitmentChecks checks;
        @Autowired
        CadreIndicators cadre;
        @Autowired
        FileStore files;
        @Autowired
        TargetService targets;
        @Autowired
        DataValueService values;
        @Autowired
        UserService users;
        @Autowired
        AuditService audit;
        @Autowired
        org.tongchou.app.notifications.NotificationService notifications;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        JdbcClient jdbc;
        @Autowired
        Clock clock;
        long[] u;
        int year;

        @BeforeEach
        void setUp() {
            u = ValueFixture.emptyCityWithDefaultFramework(db, indicators, frameworks, jdbc);
            year = LocalDate.now(clock).getYear() - 1;
            users.create(new NewUser("reporter-jinfeng", "锦丰镇", "jinfeng-2026!", Role.REPORTER, JINFENG), "test");
            users.create(new NewUser("analyst-a", "分析员", "analyst-2026!", Role.ANALYST, null), "test");
        }

        private LocalDate day(int month, int dayOfMonth) {
            return LocalDate.of(year, month, dayOfMonth);
        }

        private Meeting meeting() {
            return meetings.create(new MeetingService.MeetingForm("ON_SITE", "全市统筹城乡发展现场会", day(3, 1), YANGSHE, "杨舍", null, null, null,
                    List.of(new MeetingItem(AgendaPart.SEE, "标准型厂房", null), new MeetingItem(AgendaPart.REQUIREMENT, "争先进位，攀高比强", null)),
                    false), "analyst-a");
        }

        private Commitment milestone(Meeting m, String town, String text, LocalDate due) {
            return commitments.create(m.id(), new CommitmentService.CommitmentForm(town, text, null, "镇党委办公室", CommitmentKind.MILESTONE, null,
                    null, null, due), "analyst-a", false);
        }

        @Test
        void aYearOfCommitmentsFeedsTheCadreIndicatorsAsDocumented() {
            Meeting m = meeting();
            assertThat(m.part(AgendaPart.REQUIREMENT)).extracting(MeetingItem::title).containsExactly("争先进位，攀高比强");
            Commitment onTime = milestone(m, YANGSHE, "建成标准型厂房", day(6, 30));
            Commitment late = milestone(m, YANGSHE, "社区配套", day(10, 31));
            Commitment indicator = commitments.create(m.id(), new CommitmentService.CommitmentForm(YANGSHE, "居住向社区集中率达到 50%", null, "建设局",
                    CommitmentKind.INDICATOR, "community_residence_rate", null, 50.0, day(12, 31)), "analyst-a", false);
            assertThat(indicator.comparison()).as("from the indicator's direction").isEqualTo(Comparison.GE);
            Commitment notDone = milestone(m, JINFENG, "道路改造", day(9, 30));
            Commitment withdrawn = milestone(m, JINFENG, "撤销的事项", day(8, 31));
            Commitment nextYear = milestone(m, JINFENG, "下一年的事项", LocalDate.of(year + 1, 12, 31).plusYears(1));
            assertThat(commitments.publishAll(m.id(), "analyst-a")).isEqualTo(6);

            commitments.backfill(onTime.id(), CommitmentService.PastEvent.DECLARED, day(6, 20), "竣工", "reporter", "test");
            commitments.backfill(onTime.id(), CommitmentService.PastEvent.VERIFIED, day(6, 25), "核验", "analyst-a", "test");
            commitments.backfill(late.id(), CommitmentService.PastEvent.DECLARED, day(11, 5), "完成", "reporter", "test");
            commitments.backfill(late.id(), CommitmentService.PastEvent.VERIFIED, day(11, 9), "核验", "analyst-a", "test");
            commitments.withdraw(withdrawn.id(), "规划调整", "analyst-a");
            long yangshe = u[1];
            values.write(new ValueWrite(yangshe, "community_households", Period.year(year), 60, ValueStatus.APPROVED, "test", null), "test", null);
            values.write(new ValueWrite(yangshe, "rural_households", Period.year(year), 100, ValueStatus.APPROVED, "test", null), "test", null);

            CommitmentChecks.Result r = checks.run();
            assertThat(r.done()).as("the indicator commitment, by the approved 60 % ≥ 50 %").isEqualTo(1);
            assertThat(r.overdue()).as("the milestone not declared by its deadline").isEqualTo(1);
            assertThat(commitments.get(indicator.id())).extracting(Commitment::status, Commitment::doneOn).containsExactly(CommitmentStatus.DONE, day(12, 31));
            assertThat(commitments.get(notDone.id()).status()).isEqualTo(CommitmentStatus.OVERDUE);
            assertThat(commitments.get(onTime.id()).doneOnTime()).isTrue();
            assertThat(commitments.get(late.id())).extracting(Commitment::status, Commitment::doneOnTime).containsExactly(CommitmentStatus.DONE, false);
            assertThat(notifications.unread("reporter-jinfeng")).as("the town is told of the overdue commitment (and of the new ones)").isGreaterThanOrEqualTo(1);
            assertThat(checks.run().reminders()).as("the same reminder is never sent twice").isZero();

            // targets of the year: gdp met (120 ≥ 100), resident population missed (400 < 500), a cadre indicator's target left out
            targets.set(yangshe, "gdp", year, 100, null, "analyst-a");
            targets.set(yangshe, "resident_population", year, 500, null, "analyst-a");
            targets.set(yangshe, "target_completion_rate", year, 90, null, "analyst-a");
            values.write(new ValueWrite(yangshe, "gdp", Period.year(year), 120, ValueStatus.APPROVED, "test", null), "test", null);
            values.write(new ValueWrite(yangshe, "resident_population", Period.year(year), 400, ValueStatus.APPROVED, "test", null), "test", null);

            CadreIndicators.Computed c = cadre.compute(year, List.of(YANGSHE, JINFENG), LocalDate.now(clock), true, true);
            assertThat(c.columns().get("commitments_due")).as("杨舍: on time, late, indicator kept; 锦丰: not done (withdrawn and next year's do not count)")
                    .containsExactly(3.0, 1.0);
            assertThat(c.columns().get("commitments_done_on_time")).containsExactly(2.0, 0.0);
            assertThat(c.columns().get("target_completion_rate")[0]).as("1 of 2 judged targets met").isEqualTo(50.0);
            assertThat(c.columns().get("target_completion_rate")[1]).as("锦丰 has no target: no basis").isNaN();
            Map<String, CadreInput.Outcome> outcomes = c.inputs().stream().filter(i -> i.itemKind() == CadreInput.ItemKind.COMMITMENT)
                    .collect(Collectors.toMap(CadreInput::itemRef, CadreInput::outcome));
            assertThat(outcomes).containsEntry(Long.toString(onTime.id()), CadreInput.Outcome.ON_TIME)
                    .containsEntry(Long.toString(late.id()), CadreInput.Outcome.LATE)
                    .containsEntry(Long.toString(indicator.id()), CadreInput.Outcome.ON_TIME)
                    .containsEntry(Long.toString(notDone.id()), CadreInput.Outcome.NOT_DONE)
                    .containsEntry(Long.toString(withdrawn.id()), CadreInput.Outcome.LEFT_OUT)
                    .doesNotContainKey(Long.toString(nextYear.id()));
            assertThat(c.notes()).anySatisfy(n -> assertThat(n).contains("target_completion_rate").contains("锦丰镇"));

            // a partial year: as of the end of June only the June milestone was due
            CadreIndicators.Computed june = cadre.compute(year, List.of(YANGSHE), day(7, 1), true, false);
            assertThat(june.columns().get("commitments_due")).containsExactly(1.0);

            assertThat(commitments.updates(notDone.id())).extracting(CommitmentUpdate::kind)
                    .containsExactly(UpdateKind.CREATED, UpdateKind.PUBLISHED, UpdateKind.AUTO);
            assertThat(audit.recentChanges(200)).anySatisfy(a -> {
                assertThat(a.action()).isEqualTo("commitment.status");
                assertThat(a.target()).isEqualTo("commitment:" + notDone.id());
                assertThat(a.newValue()).isEqualTo("OVERDUE");
            });
        }

        @Test
        void aDeclarationWithEvidenceIsSentBackWithAReasonAndTheTownIsTold() {
            Meeting m = meeting();
            LocalDate today = LocalDate.now(clock);
            Commitment c = milestone(m, JINFENG, "标准厂房", today.plusDays(60));
            assertThatThrownBy(() -> commitments.declareDone(c.id(), "完成", List.of(), "reporter-jinfeng"))
                    .as("a draft cannot be reported on").hasMessageContaining("not published");
            commitments.publish(c.id(), "analyst-a");
            FileStore.Upload photo = new FileStore.Upload("../../现场照片.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2});
            commitments.progress(c.id(), "主体完工", CommitmentStatus.AT_RISK, List.of(photo), "reporter-jinfeng");
            Commitment declared = commitments.declareDone(c.id(), "已竣工", List.of(new FileStore.Upload("验收.txt", "验收合格".getBytes(StandardCharsets.UTF_8))),
                    "reporter-jinfeng");
            assertThat(declared).extracting(Commitment::review, Commitment::declaredOn).containsExactly(Review.PENDING, today);
            assertThat(notifications.unread("analyst-a")).as("the analysts are asked to verify").isPositive();
            Commitment back = commitments.sendBack(c.id(), "缺少竣工验收备案", "analyst-a");
            assertThat(back).extracting(Commitment::status, Commitment::review, Commitment::declaredOn)
                    .containsExactly(CommitmentStatus.ON_TRACK, Review.SENT_BACK, null);
            List<CommitmentUpdate> history = commitments.updates(c.id());
            assertThat(history).extracting(CommitmentUpdate::kind).containsSubsequence(UpdateKind.PROGRESS, UpdateKind.DECLARED, UpdateKind.SENT_BACK);
            StoredFileInfo evidence = history.stream().filter(x -> x.kind() == UpdateKind.PROGRESS).findFirst().orElseThrow().evidence().get(0);
            assertThat(evidence).extracting(StoredFileInfo::fileName, StoredFileInfo::contentType).containsExactly("现场照片.png", "image/png");
            assertThat(files.content(evidence.id()).orElseThrow()).hasSize(10);
            assertThat(history.get(history.size() - 1).text()).isEqualTo("缺少竣工验收备案");
            assertThat(notifications.unread("reporter-jinfeng")).as("published, sent back").isGreaterThanOrEqualTo(2);

            assertThatThrownBy(() -> commitments.sendBack(c.id(), " ", "analyst-a")).isInstanceOf(FieldProblemsException.class);
            assertThatThrownBy(() -> commitments.progress(c.id(), "x", null, List.of(new FileStore.Upload("a.exe", new byte[] {'M', 'Z', 0})), "reporter-jinfeng"))
                    .as("a file type not allowed").isInstanceOf(FieldProblemsException.class).hasMessageContaining("a.exe");
            assertThat(commitments.updates(c.id())).as("a refused report writes nothing").hasSize(history.size());
        }

        @Test
        void aMeetingAndACommitmentAreCheckedWhole() {
            assertThatThrownBy(() -> meetings.create(new MeetingService.MeetingForm("NO_SUCH", " ", null, "999999999999", null, "default", null, null,
                    List.of(), false), "analyst-a"))
                    .isInstanceOf(FieldProblemsException.class)
                    .satisfies(e -> assertThat(((FieldProblemsException) e).problems()).extracting(p -> p.field())
                            .contains("kind", "title", "heldOn", "period"));
            Meeting m = meeting();
            assertThatThrownBy(() -> commitments.create(m.id(), new CommitmentService.CommitmentForm("320582999000", "", null, null,
                    CommitmentKind.INDICATOR, "no_such", null, null, day(1, 1)), "analyst-a", false))
                    .isInstanceOf(FieldProblemsException.class)
                    .satisfies(e -> assertThat(((FieldProblemsException) e).problems()).extracting(p -> p.field())
                            .contains("town", "text", "owner", "deadline", "indicator", "targetValue"));
            MeetingKind own = meetings.addKind("town_review", "镇村点评会", null, "analyst-a");
            assertThat(meetings.kinds()).extracting(MeetingKind::code).contains("ON_SITE", "PROGRESS", "QUARTERLY_REVIEW", own.code());
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
