package io.conflictexplorer.gui.run;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run window's walls, as the main window's: its views read view-model values only (no core,
 * no check), its model holds no JavaFX scene class (so it is tested without a window) and knows no
 * view, and the check's types ({@code core.run}, {@code node.check}, moving to their own module)
 * are read in two classes only: {@code RunSession}, which opens the files, and {@code
 * RunProjection}. A rule that fails names the class and the dependency.
 */
class RunWindowArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.conflictexplorer.gui.run");
    }

    @Test
    void theViewsReadNoCoreAndNoCheckType() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..gui.run.view..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.conflictexplorer.core..", "io.conflictexplorer.node..")
                .because("views read view-model values only");
        rule.check(classes);
    }

    @Test
    void theModelHoldsNoSceneClassAndKnowsNoView() {
        noClasses()
                .that()
                .resideInAPackage("..gui.run.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "..gui.run.view..")
                .because("the view model and the projection are tested without a window")
                .check(classes);
    }

    @Test
    void onlyTheSessionAndTheProjectionReadTheChecksTypes() {
        noClasses()
                .that()
                .resideInAPackage("..gui.run..")
                .and()
                .doNotHaveSimpleName("RunSession")
                .and()
                .doNotHaveSimpleName("RunProjection")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.conflictexplorer.check..", "io.conflictexplorer.node..")
                .because("reading a node's run is the check module's job: one place opens files, one projects them")
                .check(classes);
    }
}
