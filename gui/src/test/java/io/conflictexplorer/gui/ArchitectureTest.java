package io.conflictexplorer.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's walls, for both windows (docs/dev/architecture.md draws them): a view reads view
 * models, projections and platform services only, never core or the check's types; nothing below
 * the views holds a JavaFX scene class, so models and projections are tested without a window; and
 * no package of any module depends on a package that depends back on it. A rule that fails names
 * the class and the dependency.
 */
class ArchitectureTest {

    /** Every window's views: gui.lesson.view, gui.run.view, and each new room's ({@code gui.ROOM.view}). */
    private static final String VIEWS = "io.conflictexplorer.gui.*.view..";

    /** Every window's view models. */
    private static final String MODELS = "io.conflictexplorer.gui.*.model..";

    private static final String[] BELOW_THE_VIEWS = {
        MODELS,
        "..gui.projection..",
        "..gui.edit..",
        "io.conflictexplorer.core..",
        "io.conflictexplorer.check..",
        "io.conflictexplorer.files.."
    };

    private static JavaClasses app;

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // in a reactor build the modules' test-jars are on the class path too: tests, not the app
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.conflictexplorer");
    }

    @Test
    void viewsDependOnlyOnViewModelsProjectionsAndPlatformServices() {
        classes()
                .that()
                .resideInAPackage(VIEWS)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        VIEWS,
                        MODELS,
                        "..gui.projection..",
                        "..gui.platform..",
                        "java..",
                        "javafx..",
                        "atlantafx..",
                        "org.kordamp..")
                .because("a view shows what its model says and sends commands back; the rules live below it")
                .check(app);
    }

    @Test
    void nothingBelowTheViewsHoldsAJavaFxSceneClass() {
        noClasses()
                .that()
                .resideInAnyPackage(BELOW_THE_VIEWS)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.embed..")
                .because("models and projections are tested without a window")
                .check(app);
    }

    @Test
    void noPackageCycle() {
        slices().matching("io.conflictexplorer.(**)")
                .should()
                .beFreeOfCycles()
                .because("each package is a room: a change in one reaches only the rooms that use it")
                .check(app);
    }
}
