package org.tongchou.app.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.tongchou.app.cli.CommandLineRunner;
import org.tongchou.app.cli.ExitCodes;
import org.tongchou.app.support.H2Test;
import org.tongchou.app.support.PostgresTest;
import org.tongchou.app.support.TestDatabase;
import picocli.CommandLine;

/**
 * The code-list workflow as a user runs it: import the 2016 list of Zhangjiagang, import the 2023
 * list (which proposes the changes), apply the proposal, look at the result.
 */
class DivisionWorkflowCliTest {
    static final LocalDate D2016 = LocalDate.of(2016, 7, 31);
    static final LocalDate D2023 = LocalDate.of(2023, 6, 30);

    record Run(int code, String out, String err) {
    }

    abstract static class Contract {
        @Autowired
        CommandLineRunner runner;
        @Autowired
        UnitService units;
        @Autowired
        TestDatabase db;

        @BeforeEach
        void clean() {
            db.truncateAll();
        }

        Run run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = runner.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Run(code, out.toString(), err.toString());
        }

        @Test
        void importProposeApplyZhangjiagang(@TempDir Path tmp) throws IOException {
            String v2016 = CodeLists.require("2.0.0").toString();
            String v2023 = CodeLists.require("2.7.0").toString();

            Run first = run("import-divisions", v2016, "--within", "320582");
            assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
            assertThat(first.out()).contains("306 units in the list", "306 added");
            assertThat(units.withinCode("320582", D2016)).as("county + 15 towns + 288 villages (zjg 2016 reference); " + first.out() + units.atLevel(UnitLevel.COUNTY, D2016)).hasSize(304);

            Run dry = run("import-divisions", v2023, "--within", "320582", "--dry-run");
            assertThat(dry.code()).isEqualTo(ExitCodes.OK);
            assertThat(dry.out()).contains("dry run, nothing written");

            Path proposal = tmp.resolve("changes.yaml");
            Run second = run("import-divisions", v2023, "--within", "320582", "-o", proposal.toString());
            assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
            assertThat(second.out()).contains("changes proposed in " + proposal, "apply-changes");
            assertThat(Files.readString(proposal)).contains("kind: SPLIT", "金港街道", "后塍街道", "德积街道");
            assertThat(units.withinCode("320582", D2023)).as("nothing written before the proposal is applied").hasSize(304);

            Run apply = run("apply-changes", proposal.toString());
            assertThat(apply.code()).as(apply.err()).isEqualTo(ExitCodes.OK);
            assertThat(apply.out()).contains("change events");

            // the 2023 state equals the reference lists; the 2016 state is still there
            Map<String, String> towns = new TreeMap<>();
            units.withinCode("320582", D2023).stream().filter(u -> u.level() == UnitLevel.TOWNSHIP)
                    .forEach(u -> towns.put(u.shortCode(), u.name() + "/" + units.children(u.id(), D2023).size()));
            assertThat(towns).as("zjg_township_units_by_vintage.csv 2023").isEqualTo(DivisionDiffTest.referenceTowns("2023"));
            Set<String> villages = units.withinCode("320582", D2023).stream().filter(u -> u.level() == UnitLevel.VILLAGE)
                    .map(u -> u.code() + " " + u.name()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(villages).as("zjg_villages_2023.csv").isEqualTo(DivisionDiffTest.referenceVillages("2023"));
            Map<String, String> towns2016 = new TreeMap<>();
            units.withinCode("320582", D2016).stream().filter(u -> u.level() == UnitLevel.TOWNSHIP)
                    .forEach(u -> towns2016.put(u.shortCode(), u.name() + "/" + units.children(u.id(), D2016).size()));
            assertThat(towns2016).as("zjg_township_units_by_vintage.csv 2016").isEqualTo(DivisionDiffTest.referenceTowns("2016"));

            AdminUnit jingang = units.findByCode("320582102", D2016).orElseThrow();
            assertThat(jingang.validTo()).isEqualTo(D2023);
            Lineage l = units.lineage(jingang.id());
            assertThat(l.successors()).extracting(AdminUnit::name).contains("金港街道", "后塍街道", "德积街道");
            ChangeEvent split = l.events().stream().filter(e -> e.kind() == ChangeKind.SPLIT).findFirst().orElseThrow();
            double sum = split.flows().stream().filter(f -> f.predecessorId() == jingang.id()).mapToDouble(ChangeEvent.Flow::share).sum();
            assertThat(sum).as("shares of 金港镇 sum to 1").isCloseTo(1.0, within(1e-9));
            AdminUnit dj = units.findByCode("320582003", D2023).orElseThrow();
            assertThat(units.lineage(dj.id()).predecessors()).extracting(AdminUnit::name).containsExactly("金港镇");
            assertThat(units.isWithin(dj.id(), units.findByCode("32", D2023).orElseThrow().id())).isTrue();

            Run show = run("units", "320582102", "--on", "2017-01-01", "--lineage");
            assertThat(show.code()).isEqualTo(ExitCodes.OK);
            assertThat(show.out()).contains("金港镇", "SPLIT", "金港街道", "share");
            Run list = run("units", "320582", "--on", "2024-01-01");
            assertThat(list.out()).contains("金港街道", "15 children".replace("15", String.valueOf(towns.size())));

            // applying twice is refused whole; importing the same list again finds nothing to do
            Run again = run("apply-changes", proposal.toString());
            assertThat(again.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(again.err()).contains("320582102", "is not a current unit", "nothing written");
            assertThat(units.changeEvents(D2023, D2023.plusDays(1))).hasSize(countEvents(proposal));
            Run same = run("import-divisions", v2023, "--within", "320582");
            assertThat(same.out()).contains("nothing to do");
        }

        private static int countEvents(Path proposal) {
            return ProposalYaml.read(proposal).changes().size();
        }

        @Test
        void badInputIsRefusedWithEveryProblem(@TempDir Path tmp) throws IOException {
            assertThat(run("import-divisions", tmp.resolve("nope").toString()).code()).isEqualTo(ExitCodes.BAD_INPUT);
            Path dist = Files.createDirectories(tmp.resolve("list"));
            Files.writeString(dist.resolve("provinces.csv"), "code,name\n32,\"江苏省\"\n3x,\"坏\"\n");
            Files.writeString(dist.resolve("cities.csv"), "code,name,provinceCode\n3205,\"苏州市\",32\n3301,\"杭州市\",33\n");
            Files.writeString(dist.resolve("areas.csv"), "code,name,cityCode,provinceCode\n320582,\"张家港市\",3205,32\n320582,\"重复\",3205,32\n");
            Files.writeString(dist.resolve("streets.csv"), "code,name,areaCode,provinceCode,cityCode\n");
            Run r = run("import-divisions", dist.toString(), "--valid-from", "2020-01-01");
            assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).contains("provinces.csv:3 column 'code'", "cities.csv:3 column 'provinceCode'",
                    "areas.csv:3 column 'code'", "villages.csv", "file missing");
            assertThat(units.atLevel(UnitLevel.PROVINCE, LocalDate.of(2021, 1, 1))).isEmpty();

            Path bad = tmp.resolve("bad.yaml");
            Files.writeString(bad, """
                    date: "2023-06-30"
                    changes:
                      - kind: SPLOT
                        predecessors: [{code: "320582102"}]
                      - kind: SPLIT
                        date: "2023-13-01"
                        predecessors: [{code: "320582102", name: "金港镇"}]
                        successors: [{code: "320582001", name: "金港街道", level: TOWNSHIP, parent: "320582", shares: {"320582102": 1.5}}]
                    """);
            Run ap = run("apply-changes", bad.toString());
            assertThat(ap.code()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(ap.err()).contains("change 1: kind 'SPLOT'", "change 2 (SPLIT) date: '2023-13-01'", "share 1.5");
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
