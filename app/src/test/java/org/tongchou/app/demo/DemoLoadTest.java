package org.tongchou.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import picocli.CommandLine;
import org.tongchou.app.units.AdminUnit;
import org.tongchou.app.units.ChangeEvent;
import org.tongchou.app.units.ChangeKind;
import org.tongchou.app.units.UnitService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.data.DataValue;
import org.tongchou.app.data.DataValueService;
import org.tongchou.app.data.ValueStatus;
import org.tongchou.app.indicators.FrameworkService;
import org.tongchou.app.indicators.IndicatorService;
import org.tongchou.app.periods.Period;
import org.tongchou.app.series.ComparableSeries;
import org.tongchou.app.series.Contribution;
import org.tongchou.app.series.SeriesMethod;
import org.tongchou.app.series.SeriesPoint;
import org.tongchou.app.series.SeriesService;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;

/**
 * The demo city loaded into a database (from the real code lists in data/cache; skipped without them),
 * and the comparable series of the Zhangjiagang history computed on it: the successors of 金港镇
 * apportioned from it over 2016–2020, and the old town's virtual continuation from 2021.
 */
class DemoLoadTest {

    abstract static class Contract {
        @Autowired
        DemoUnits demoUnits;
        @Autowired
        UnitService units;
        @Autowired
        DemoService demo;
        @Autowired
        DataValueService values;
        @Autowired
        SeriesService series;
        @Autowired
        FrameworkService frameworks;
        @Autowired
        IndicatorService indicators;
        @Autowired
        TestDatabase db;
        @Autowired
        CommandLineRunner runner;
        @Autowired
        org.tongchou.app.evaluation.EvaluationResults results;
        @Autowired
        org.tongchou.app.security.UserService users;
        @Autowired
        org.springframework.jdbc.core.simple.JdbcClient jdbc;
        @Autowired
        org.tongchou.app.meetings.MeetingService meetings;

        @Test
        void theDemoIsRefusedToAnInstallationWithUsersOfItsOwn() {
            db.truncateAll();
            users.create(new org.tongchou.app.security.NewUser("real-user", "Real", "silver tide meadow",
                    org.tongchou.app.security.Role.LEADER, null), "admin");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> demo.load(false))
                    .isInstanceOf(org.tongchou.app.security.DemoRefusedException.class);
            assertThat(demoUnits.present()).as("nothing loaded").isFalse();
            assertThat(users.exists("admin")).as("no demo account made").isFalse();
        }

        @Test
        void loadsTheDemoCityAndItsComparableSeries() throws Exception {
            DemoCodeLists.assume();
            db.truncateAll();
            indicators.invalidate();
            frameworks.loadDefaultIfEmpty();

            DemoSummary s = demo.load(false);
            assertThat(s.alreadyLoaded()).isFalse();
            assertThat(s.townshipYears()).as("15 township units a year, 2016-2025").isEqualTo(150);
            assertThat(s.valuesInserted()).as("34 raw indicators each, and 2023-2025 four monthly and one quarterly cumulative indicator")
                    .isEqualTo(150L * 34 + 45L * (4 * 12 + 4));
            assertThat(s.targets()).isEqualTo(15 * 34);
            assertThat(demo.load(false).alreadyLoaded()).as("idempotent").isTrue();
            DemoSummary again = demo.load(true);
            assertThat(again.valuesInserted()).as("reload changes nothing").isZero();
            assertThat(jdbc.sql("SELECT demo FROM installation").query(Boolean.class).single())
                    .as("the database records a demo installation").isTrue();
            assertThat(users.get("admin").role()).as("demo accounts made by the demo load")
                    .isEqualTo(org.tongchou.app.security.Role.ADMIN);

            checkUnits();
            checkRuns();
            checkSparkFixture();
            double pop2020 = values.list(List.of("resident_population"), null, List.of(Period.year(2020))).stream()
                    .mapToDouble(DataValue::value).sum();
            assertThat(pop2020).as("towns add up to the city, 7th census 1,432,044").isCloseTo(1_432_044.0, within(150.0));
            List<DataValue> v2025 = values.list(List.of("gdp"), null, List.of(Period.year(2025)));
            assertThat(v2025).extracting(DataValue::status).contains(ValueStatus.APPROVED, ValueStatus.SUBMITTED, ValueStatus.DRAFT);
            assertThat(values.list(List.of("gdp"), null, List.of(Period.year(2024)))).extracting(DataValue::status)
                    .containsOnly(ValueStatus.APPROVED);
            assertThat(v2025).allMatch(DemoService::isSynthetic);

            ComparableSeries houcheng = series.series("resident_population", "320582002", Period.year(2016), Period.year(2025));
            ComparableSeries jingang = series.series("resident_population", "320582102", Period.year(2016), Period.year(2025));
            for (int i = 0; i < 5; i++) {
                SeriesPoint p = houcheng.points().get(i);
                assertThat(p.method()).as("后塍 %s", p.period()).isEqualTo(SeriesMethod.APPORTIONED_FROM);
                Contribution c = p.contributions().get(0);
                assertThat(c.unitName()).isEqualTo("金港镇");
                assertThat(p.value()).as("share × 金港镇 in %s", p.period())
                        .isCloseTo(c.share() * jingang.points().get(i).value(), within(1e-6));
                assertThat(jingang.points().get(i).method()).isEqualTo(SeriesMethod.OBSERVED);
            }
            assertThat(houcheng.points().get(5).method()).isEqualTo(SeriesMethod.OBSERVED);
            SeriesPoint virtual2021 = jingang.points().get(5);
            assertThat(virtual2021.value()).as("金港镇 2021 from its successors").isNotNull();
            assertThat(virtual2021.contributions()).extracting(Contribution::unitName)
                    .contains("金港街道", "后塍街道", "德积街道");
            assertThat(virtual2021.value()).as("continues the 2020 level").isCloseTo(jingang.points().get(4).value(),
                    within(0.1 * jingang.points().get(4).value()));

            checkCommands();

            SeriesPoint rate = series.series("urbanisation_rate", "320582002", Period.year(2018), Period.year(2018)).points().get(0);
            SeriesPoint townRate = series.series("urbanisation_rate", "320582102", Period.year(2018), Period.year(2018)).points().get(0);
            assertThat(rate.method()).isEqualTo(SeriesMethod.RECOMPUTED_FROM_COMPONENTS);
            assertThat(rate.value()).as("an apportioned successor keeps the ratio of its predecessor")
                    .isCloseTo(townRate.value(), within(1e-9));

            var meeting = meetings.list().get(0);
            assertThat(meeting.synthetic()).isTrue();
            assertThat(meeting.attachments()).as("the demo meeting's generated agenda and site plan, within the 10 MB limit")
                    .extracting(org.tongchou.app.meetings.StoredFileInfo::fileName, org.tongchou.app.meetings.StoredFileInfo::contentType)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DemoAttachments.AGENDA, "application/pdf"),
                            org.assertj.core.groups.Tuple.tuple(DemoAttachments.SITE_PLAN, "image/png"));
            assertThat(meeting.attachments()).allSatisfy(f -> assertThat(f.size()).isBetween(1_000L, 1_000_000L));
        }

        /** The command line: 'demo' again does nothing, 'series' prints derivations, bad input exits 1. */
        void checkCommands() {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = runner.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            assertThat(cl.execute("demo")).isZero();
            assertThat(out.toString()).contains("already loaded");
            assertThat(cl.execute("series", "--indicator", "gdp", "--unit", "320582002", "--from", "2016", "--to", "2022",
                    "--format", "csv")).isZero();
            assertThat(out.toString()).contains("gdp,320582002,2016,").contains("APPORTIONED_FROM,320582102:")
                    .contains("gdp,320582002,2021,").contains(",OBSERVED,320582002:1,");
            assertThat(cl.execute("series", "--indicator", "no_such", "--unit", "320582002", "--from", "2016", "--to", "2017"))
                    .isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("no_such");
            assertThat(cl.execute("series", "--indicator", "gdp", "--unit", "320582002", "--from", "2016", "--to", "2016Q1"))
                    .isEqualTo(ExitCodes.BAD_INPUT);
        }

        /** The township units of zjg_township_units_by_vintage.csv for 2016 and 2023, and the 2021 split of 金港镇. */
        /**
         * The demo publishes the default plan (as reported) and its copy on today's boundaries for 2016–2024:
         * in 2019 the first ranks 金港镇, the second its three successors with their apportioned history.
         */
        void checkRuns() {
            var asReported = results.visibleRun("default", Period.year(2019), false).orElseThrow();
            var today = results.visibleRun("today", Period.year(2019), false).orElseThrow();
            assertThat(results.series("today", false)).as("published years on today's boundaries").hasSize(9);
            List<String> then = results.result(asReported).units().stream().map(u -> u.name()).toList();
            List<String> now = results.result(today).units().stream().map(u -> u.name()).toList();
            assertThat(then).contains("金港镇").doesNotContain("金港街道", "后塍街道", "德积街道");
            assertThat(now).contains("金港街道", "后塍街道", "德积街道").doesNotContain("金港镇");
            assertThat(today.notes()).anySatisfy(n -> assertThat(n).contains("后塍街道").contains("金港镇"));
            var later = results.result(results.visibleRun("today", Period.year(2021), false).orElseThrow());
            assertThat(later.units()).as("2021 on today's boundaries: every town has a rank change from 2020")
                    .allSatisfy(u -> assertThat(u.previousRank()).isNotNaN());
        }

        /**
         * The published runs of the default plan as the Spark job's files ({@code run-inputs}) are the demo city
         * fixture the Spark module's {@code DemoCitySparkTest} evaluates and compares with these runs' stored
         * figures (the Spark module depends on the engine only, so the application writes its input): the files
         * the demo makes now must be the ones committed there.
         */
        void checkSparkFixture() throws java.io.IOException {
            java.nio.file.Path fixture = java.nio.file.Path.of("../spark/src/test/resources/demo-city");
            java.nio.file.Path written = java.nio.file.Path.of("target/demo-city-run-inputs");
            List<String> ids = results.series("default", false).stream().map(r -> Long.toString(r.id())).toList();
            assertThat(ids).as("published years of the default plan").hasSize(9);
            CommandLine cl = runner.commandLine();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            List<String> args = new java.util.ArrayList<>(List.of("run-inputs", "-o", written.toString()));
            args.addAll(ids);
            assertThat(cl.execute(args.toArray(String[]::new))).as("run-inputs: %s", err).isZero();
            List<String> made;
            try (var listing = java.nio.file.Files.list(written)) {
                made = listing.map(x -> x.getFileName().toString()).sorted().toList();
            }
            try (var listing = java.nio.file.Files.list(fixture)) {
                assertThat(made).as("the files run-inputs makes are the fixture's").isEqualTo(listing.map(x -> x.getFileName().toString()).sorted().toList());
            }
            for (String f : made) {
                assertThat(java.nio.file.Files.readString(written.resolve(f)))
                        .as("%s as the demo makes it (%s) is the Spark test's fixture %s: copy it there if the demo changed on purpose",
                                f, written.toAbsolutePath(), fixture.resolve(f))
                        .isEqualTo(java.nio.file.Files.readString(fixture.resolve(f)));
            }
        }

        void checkUnits() {
            Map<Integer, List<DemoTown>> layout = demoUnits.layout(2016, 2025);
            assertThat(layout.get(2016)).extracting(DemoTown::code).as("15 township units in the NBS 2016 list")
                    .hasSize(15).contains("320582102").doesNotContain("320582001");
            assertThat(layout.get(2020)).extracting(DemoTown::code).contains("320582102");
            assertThat(layout.get(2021)).extracting(DemoTown::code).as("NBS 2023 list: 15 township units")
                    .hasSize(15).contains("320582001", "320582002", "320582003").doesNotContain("320582102");
            DemoTown yangshe2016 = layout.get(2016).stream().filter(t -> t.code().equals("320582100")).findFirst().orElseThrow();
            assertThat(yangshe2016.villageCommittees()).as("杨舍镇 2016: 19 village committees (reference CSV)").isEqualTo(19);

            AdminUnit jingang = units.findByCode("320582102", LocalDate.of(2020, 12, 31)).orElseThrow();
            assertThat(jingang.validTo()).isEqualTo(DemoUnits.CHANGE_DATE);
            ChangeEvent split = units.changeEvents(jingang.id()).stream()
                    .filter(e -> e.predecessors().stream().anyMatch(p -> p.id() == jingang.id())).findFirst().orElseThrow();
            assertThat(split.kind()).isEqualTo(ChangeKind.SPLIT);
            assertThat(split.successors()).extracting(AdminUnit::name).containsExactlyInAnyOrder("金港街道", "后塍街道", "德积街道");
            double total = split.flows().stream().mapToDouble(ChangeEvent.Flow::share).sum();
            assertThat(total).as("shares of 金港镇 sum to 1").isCloseTo(1.0, within(1e-9));
            AdminUnit jingangStreet = split.successors().stream().filter(s -> s.name().equals("金港街道")).findFirst().orElseThrow();
            assertThat(split.share(jingang.id(), jingangStreet.id())).as("金港街道 takes the largest part")
                    .isGreaterThan(0.4);
            assertThat(demoUnits.split().shares()).as("split as the generator sees it")
                    .containsKeys("320582001", "320582002", "320582003");
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
