package org.tongchou.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Package by feature: persistence stays inside its feature; the engine knows nothing of the app. */
class AppArchitectureTest {
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
}
