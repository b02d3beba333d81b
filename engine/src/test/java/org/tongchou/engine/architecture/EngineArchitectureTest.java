package org.tongchou.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine is pure Java: no Spring, no JDBC, no application code. */
class EngineArchitectureTest {
    private final JavaClasses engine = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.tongchou.engine");

    @Test
    void engineDoesNotSeeSpringOrJdbc() {
        noClasses().that().resideInAPackage("org.tongchou.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "org.tongchou.app..")
                .check(engine);
    }

    @Test
    void springIsNotOnTheEngineClassPath() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Class.forName("org.springframework.context.ApplicationContext"))
                .as("Spring must not be on the engine's class path")
                .isInstanceOf(ClassNotFoundException.class);
    }
}
