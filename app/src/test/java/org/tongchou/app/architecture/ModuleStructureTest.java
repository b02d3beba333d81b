package org.tongchou.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.tongchou.app.TongchouApplication;

/**
 * The guarantee behind docs/architecture.md: the application's modules (the packages directly under
 * {@code org.tongchou.app}), which of them each may use, and what each exposes.
 * <ul>
 * <li>Spring Modulith's {@code verify()}: no cycle between modules, no module reaching into another's
 * internals (its sub-packages);</li>
 * <li>{@link #ALLOWED}: each module uses only the modules listed for it (the table in
 * docs/architecture.md): {@code web} and the base modules use no feature, {@code demo} is used by
 * none;</li>
 * <li>a type is public only when another module uses it, directly or in the signature of a public
 * type it uses; everything else is package-private (javac then keeps other modules out).</li>
 * </ul>
 * Modulith's documentation of the modules (PlantUML, canvases) is written to
 * {@code target/spring-modulith-docs}, never into the tree.
 */
class ModuleStructureTest {
    private static final String ROOT = "org.tongchou.app";
    static final ApplicationModules MODULES = ApplicationModules.of(TongchouApplication.class);
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** Each module and the modules it may depend on; a module absent here may not exist. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            entry("cli", Set.of("web")),
            entry("export", Set.of()),
            entry("pgcopy", Set.of()),
            entry("periods", Set.of("web")),
            entry("web", Set.of()),
            entry("security", Set.of("cli", "web")),
            entry("indicators", Set.of("cli", "periods", "security", "web")),
            entry("units", Set.of("cli", "indicators", "pgcopy", "security", "web")),
            entry("targets", Set.of("data", "export", "indicators", "periods", "security", "units", "web")),
            entry("data", Set.of("cli", "export", "indicators", "periods", "pgcopy", "security", "units", "web")),
            entry("series", Set.of("cli", "data", "indicators", "periods", "security", "units")),
            entry("map", Set.of("cli", "security", "units", "web")),
            entry("entry", Set.of("data", "export", "indicators", "periods", "security", "units", "web")),
            entry("census", Set.of("cli", "data", "evaluation", "export", "indicators", "periods", "security", "units", "web")),
            entry("evaluation", Set.of("cli", "data", "export", "indicators", "periods", "pgcopy", "security", "series", "units",
                    "web")),
            entry("explorer", Set.of("data", "export", "indicators", "periods", "security", "series", "units", "web")),
            entry("notifications", Set.of("security", "web")),
            entry("sparkruns", Set.of("export", "security", "units", "web")),
            entry("backup", Set.of("cli", "security", "web")),
            entry("meetings", Set.of("data", "evaluation", "export", "indicators", "notifications", "periods", "security", "targets", "units", "web")),
            entry("dashboard", Set.of("data", "evaluation", "indicators", "map", "meetings", "periods", "security", "targets",
                    "units", "web")),
            entry("demo", Set.of("cli", "data", "evaluation", "indicators", "map", "meetings", "periods", "reports", "security", "targets",
                    "units")),
            entry("reports", Set.of("cli", "data", "evaluation", "export", "indicators", "meetings", "periods", "security", "targets",
                    "units", "web")));

    /**
     * Public although no other module's code uses them, each for a reason bytecode cannot show. Keep
     * this short: a test that needs a type moves into its package instead.
     */
    static final Map<String, String> PUBLIC_WITHOUT_USER = Map.of(
            "org.tongchou.app.cli.ExitCodes", "the commands of every module return its constants, which javac inlines",
            "org.tongchou.app.cli.CommandLineRunner", "the command tests of every module run their commands through it",
            "org.tongchou.app.demo.DemoAccounts", "the web tests of every feature sign in with the demo accounts",
            "org.tongchou.app.demo.DemoService", "the cross-feature browser tests run on the loaded demo city",
            "org.tongchou.app.entry.EntryService", "the monthly-flow browser test picks the town whose drafts it submits",
            "org.tongchou.app.indicators.FrameworkYaml", "evaluation's tests build their fixture frameworks from YAML");

    @Test
    void modulesHaveNoCycleAndUseNoInternals() {
        MODULES.verify();
    }

    @Test
    void everyModuleIsInTheTable() {
        Set<String> found = MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString)
                .collect(Collectors.toCollection(TreeSet::new));
        org.assertj.core.api.Assertions.assertThat(found).as("modules under %s (add a new one to ALLOWED and to "
                + "docs/architecture.md)", ROOT).isEqualTo(new TreeSet<>(ALLOWED.keySet()));
    }

    @Test
    void eachModuleUsesOnlyTheModulesItMay() {
        ALLOWED.forEach((module, allowed) -> {
            String[] others = ALLOWED.keySet().stream().filter(m -> !m.equals(module) && !allowed.contains(m))
                    .map(m -> ROOT + "." + m + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because(module + " may use only " + (allowed.isEmpty() ? "no other module" : allowed)
                            + " (docs/architecture.md)")
                    .check(APP);
        });
    }

    @Test
    void aTypeIsPublicOnlyWhenAnotherModuleUsesIt() {
        Set<JavaClass> exported = exported();
        classes().that().resideInAPackage(ROOT + ".*..").and().arePublic().and().areTopLevelClasses()
                .should(new ArchCondition<JavaClass>("be used by another module") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        if (!exported.contains(c)) {
                            events.add(SimpleConditionEvent.violated(c, c.getName()
                                    + " is public but no other module uses it: make it package-private"));
                        }
                    }
                })
                .check(APP);
    }

    @Test
    void writesTheModulesDocumentationIntoTarget() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /**
     * The types other modules see: those a class of another module depends on (or listed in
     * {@link #PUBLIC_WITHOUT_USER}), and, transitively, the
     * types in the signatures (parameters, return types, thrown exceptions, fields, including type
     * arguments) of the public members of those.
     */
    private static Set<JavaClass> exported() {
        Set<JavaClass> out = new HashSet<>();
        Deque<JavaClass> todo = new ArrayDeque<>();
        for (JavaClass c : APP) {
            boolean usedOutside = PUBLIC_WITHOUT_USER.containsKey(c.getName()) || c.getDirectDependenciesToSelf().stream()
                    .anyMatch(d -> !module(d.getOriginClass()).equals(module(c)));
            if (!usedOutside) continue;
            for (JavaClass t : java.util.List.of(c, topLevel(c))) {
                if (out.add(t)) todo.add(t);
            }
        }
        while (!todo.isEmpty()) {
            JavaClass c = todo.pop();
            signatureTypes(c).filter(t -> t.getPackageName().startsWith(ROOT)).forEach(t -> {
                if (out.add(t)) todo.add(t);
            });
        }
        return out;
    }

    private static Stream<JavaClass> signatureTypes(JavaClass c) {
        Stream<JavaType> members = Stream.concat(
                c.getCodeUnits().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                        .flatMap(ModuleStructureTest::signature),
                c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC)).map(JavaField::getType));
        Stream<JavaType> supertypes = Stream.concat(c.getInterfaces().stream(), c.getSuperclass().stream());
        return Stream.concat(members, supertypes).flatMap(t -> t.getAllInvolvedRawTypes().stream())
                .map(ModuleStructureTest::topLevel);
    }

    private static Stream<JavaType> signature(JavaCodeUnit m) {
        return Stream.of(Stream.of(m.getReturnType()), m.getParameterTypes().stream(),
                m.getThrowsClause().getTypes().stream().map(t -> (JavaType) t)).flatMap(s -> s);
    }

    private static JavaClass topLevel(JavaClass c) {
        JavaClass t = c;
        while (t.getEnclosingClass().isPresent()) t = t.getEnclosingClass().get();
        return t;
    }

    /** The module of a class: the first package below {@value #ROOT}, or the root itself. */
    private static String module(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith(ROOT + ".")) return p;
        String rest = p.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
