package org.tongchou.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Package by feature: persistence stays inside its feature; the engine knows nothing of the app. One
 * error model: only {@code web.ErrorAdvice} turns exceptions into answers, and no code catches every
 * exception. One clock: every "today" and "now" comes from the {@link Clock} bean.
 */
class AppArchitectureTest {
    private static final String ADVICE = "org.tongchou.app.web.ErrorAdvice";
    private final JavaClasses app = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongchou");

    @Test
    void repositoriesArePackagePrivate() {
        classes().that().haveSimpleNameEndingWith("Repository").and().resideInAPackage("org.tongchou.app..")
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .allowEmptyShould(true)
                .because("features talk through their public services, not each other's tables")
                .check(app);
    }

    @Test
    void engineDoesNotDependOnApp() {
        noClasses().that().resideInAPackage("org.tongchou.engine..")
                .should().dependOnClassesThat().resideInAPackage("org.tongchou.app..")
                .check(app);
    }

    @Test
    void onlyTheErrorAdviceMapsExceptions() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("org.tongchou.app..")
                .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName(ADVICE)
                .should().notBeAnnotatedWith(ExceptionHandler.class)
                .because("exceptions are mapped by type in web.ErrorAdvice; a feature throws a web.Refusal")
                .check(app);
        noClasses().that().resideInAPackage("org.tongchou.app..").and().doNotHaveFullyQualifiedName(ADVICE)
                .should().dependOnClassesThat().areAssignableTo(ResponseStatusException.class)
                .orShould().dependOnClassesThat().areAssignableTo(ProblemDetail.class)
                .orShould().implement(ErrorResponse.class)
                .because("a feature refuses a request by throwing a web.Refusal, which web.ErrorAdvice answers")
                .check(app);
    }

    @Test
    void timeComesFromTheClockBean() {
        classes().that().resideInAPackage("org.tongchou.app..")
                .and().doNotHaveFullyQualifiedName("org.tongchou.app.periods.ClockConfig")
                .should(readTimeOnlyFromAClock())
                .because("every today and now comes from the Clock bean (periods.ClockConfig), which tests move")
                .check(app);
    }

    @Test
    void noCodeCatchesEveryException() {
        classes().that().resideInAPackage("org.tongchou.app..")
                .should(notCatchEverything())
                .because("a bug must not become NaN, a warning or a message shown to users (the few classes that must "
                        + "are listed with their reason in CATCHES_EVERYTHING)")
                .check(app);
    }

    @Test
    void theRulesBite() {
        JavaClasses offender = new ClassFileImporter().importClasses(Offender.class);
        org.assertj.core.api.Assertions.assertThat(classes().should(readTimeOnlyFromAClock()).evaluate(offender).hasViolation())
                .as("LocalDate.now() without a clock is found").isTrue();
        org.assertj.core.api.Assertions.assertThat(classes().should(notCatchEverything()).evaluate(offender).hasViolation())
                .as("catch (RuntimeException) is found").isTrue();
    }

    /** What the rules refuse. */
    static final class Offender {
        static LocalDate today() {
            try {
                return LocalDate.now();
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** The only classes that may catch every exception, each for its reason. Keep this short. */
    static final java.util.Map<String, String> CATCHES_EVERYTHING = java.util.Map.of(
            "org.tongchou.app.cli.Launcher", "the process's outer boundary: a start that failed in one line, the stack trace in the log",
            "org.tongchou.app.data.PrefetchingReader", "hands any failure of its reading thread, unchanged, to the thread that consumes the rows",
            "org.tongchou.app.reports.ReportFonts", "the machine's font files are foreign input: one that AWT or the TrueType "
                    + "reader cannot parse (any unchecked exception) is skipped for the next",
            "org.tongchou.app.data.XlsxReader", "Apache POI throws unchecked exceptions of many kinds on a malformed or hostile workbook; "
                    + "each becomes a refusal naming the file (a bug of POI's too, which is no worse than a refused file)");

    private static final Set<Class<?>> TIME_TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class);

    private static ArchCondition<JavaClass> readTimeOnlyFromAClock() {
        return new ArchCondition<>("call now() of java.time only with a Clock, and no Clock.system*") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCall<?> call : c.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    boolean now = name.equals("now") && TIME_TYPES.stream().anyMatch(t -> t.getName().equals(owner))
                            && !(call.getTarget().getRawParameterTypes().size() == 1
                                    && call.getTarget().getRawParameterTypes().get(0).isEquivalentTo(Clock.class));
                    boolean system = owner.equals(Clock.class.getName()) && name.startsWith("system");
                    if (now || system) events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> notCatchEverything() {
        return new ArchCondition<>("not catch Exception or RuntimeException") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (CATCHES_EVERYTHING.containsKey(c.getName())) return;
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            // catch (Throwable) is what javac writes for try-with-resources; none is in the source
                            if (caught.isEquivalentTo(Exception.class) || caught.isEquivalentTo(RuntimeException.class)) {
                                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " catches "
                                        + caught.getSimpleName() + " (" + block.getSourceCodeLocation() + ")"));
                            }
                        }
                    }
                }
            }
        };
    }
}
