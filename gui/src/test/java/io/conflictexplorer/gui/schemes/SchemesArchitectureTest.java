package io.conflictexplorer.gui.schemes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The compare window's room: its views read only its model's records (no core, no other room of
 * the app), its model holds no JavaFX scene class and knows no view (so it is tested without a
 * window), and only the shell ({@code io.conflictexplorer.gui}, which makes the window) reaches
 * into the room: the lesson's model and views know nothing of it. A rule that fails names the
 * class and the dependency.
 */
class SchemesArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.conflictexplorer");
    }

    @Test
    void theViewsReadOnlyTheModelsRecords() {
        classes()
                .that()
                .resideInAPackage("..gui.schemes.view..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "..gui.schemes.view..",
                        "..gui.schemes.model..",
                        "..gui.platform..",
                        "java..",
                        "javafx..",
                        "atlantafx..",
                        "org.kordamp..")
                .because("a view shows the model's records and sends commands back; core's rules stay below it")
                .check(app);
    }

    @Test
    void theModelHoldsNoSceneClassAndKnowsNoView() {
        noClasses()
                .that()
                .resideInAPackage("..gui.schemes.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "..gui.schemes.view..")
                .because("the view model and the projection are tested without a window")
                .check(app);
    }

    @Test
    void theModelReadsNoOtherRoomOfTheApp() {
        noClasses()
                .that()
                .resideInAPackage("..gui.schemes.model..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..gui.lesson..", "..gui.edit..", "..gui.projection..", "..gui.run..", "..gui.export..")
                .because("the compare window follows the main window through read-only properties the shell passes in")
                .check(app);
    }

    @Test
    void onlyTheShellReachesIntoTheRoom() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..gui.schemes..", "io.conflictexplorer.gui")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..gui.schemes..")
                .because("the shell makes the compare window; the lesson's model and views do not know it")
                .check(app);
    }
}
