package io.conflictexplorer.gui.nodetest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The node test's walls: its views read only its model's records and properties (no core, no
 * check), its model holds no JavaFX scene class (tested without a window) and knows no view, and
 * only its model touches the check module, which runs nodes. A rule that fails names the class and
 * the dependency.
 */
class NodeTestArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.conflictexplorer.gui");
    }

    @Test
    void theViewsReadOnlyTheModelsRecords() {
        noClasses()
                .that()
                .resideInAPackage("..gui.nodetest.view..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.conflictexplorer.core..",
                        "io.conflictexplorer.check..",
                        "io.conflictexplorer.gui.lesson.model..",
                        "io.conflictexplorer.gui.projection..")
                .because("views show the node test's records and nothing else")
                .check(classes);
    }

    @Test
    void theModelHoldsNoSceneClassAndKnowsNoView() {
        noClasses()
                .that()
                .resideInAPackage("..gui.nodetest.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "javafx.scene..",
                        "javafx.stage..",
                        "javafx.application..",
                        "..gui.nodetest.view..",
                        "..gui.lesson..")
                .because("the view model and the projection are tested without a window")
                .check(classes);
    }

    @Test
    void onlyTheModelTouchesTheCheckModule() {
        noClasses()
                .that()
                .resideInAPackage("..gui.nodetest..")
                .and()
                .resideOutsideOfPackage("..gui.nodetest.model..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.conflictexplorer.check..")
                .because("running a node is the check module's; one place in the app asks it")
                .check(classes);
    }

    @Test
    void theShellWiresTheRoomWithoutTheCheckModule() {
        noClasses()
                .that()
                .resideInAPackage("io.conflictexplorer.gui")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.conflictexplorer.check..")
                .because("the shell hands the room the scenario and the cursor; the room's model runs the node")
                .check(classes);
    }
}
