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
        noClasses().that().resideInAPackage("org.tongchou.app..")
                .and().doNotHaveFullyQualifiedName("org.tongchou.app.periods.ClockConfig")
                .should(callNowWithoutAClock())
                .because("every today and now comes from the Clock bean (periods.ClockConfig), which tests move")
                .check(app);
    }

    @Test
    void noCodeCatchesEveryException() {
        noClasses().that().resideInAPackage("org.tongchou.app..")
                .and().doNotHaveFullyQualifiedName("org.tongchou.app.cli.Launcher")
                .should(catchAll())
                .because("a bug must not become NaN, a warning or a message shown to users; only the launcher, "
                        + "the process's outer boundary, reports a failed start in one line (the log has the rest)")
                .check(app);
    }

    private static final Set<Class<?>> TIME_TYPES = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class, Year.class, YearMonth.class);

    private static ArchCondition<JavaClass> callNowWithoutAClock() {
        return new ArchCondition<>("call now() of java.time without a Clock, or Clock.system*") {
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

    private static ArchCondition<JavaClass> catchAll() {
        return new ArchCondition<>("catch Exception, RuntimeException or Throwable") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaCodeUnit unit : c.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            if (caught.isEquivalentTo(Exception.class) || caught.isEquivalentTo(RuntimeException.class)
                                    || caught.isEquivalentTo(Throwable.class)) {
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
