package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFiles;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real entry point (as javafx:run starts it) opens the window on the default preset. */
class AppStartTest {

    private Application app;

    @AfterEach
    void cleanUp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensCentredAtItsSizeOrFillsASmallerScreen() {
        assertEquals(
                new Rectangle2D(320, 140, MainWindow.WIDTH, MainWindow.HEIGHT),
                MainWindow.openingSize(new Rectangle2D(0, 0, 1920, 1080)));
        // a 1024x768 screen with a 32 px panel on top: all of its usable area
        assertEquals(new Rectangle2D(0, 32, 1024, 736), MainWindow.openingSize(new Rectangle2D(0, 32, 1024, 736)));
    }

    @Test
    void appStartOpensTheWindowOnTheDefaultPreset() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // what a window manager hands JavaFX 21 on Linux for a window sized by its scene alone
        FxToolkit.setupStage(s -> {
            s.setWidth(200);
            s.setHeight(200);
        });
        app = FxToolkit.setupApplication(App.class);
        FxRobot robot = new FxRobot();
        // the window shows at once, saying what comes; its content follows after the first frame
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#scenario-title").tryQuery().isPresent()));
        WaitForAsyncUtils.waitForFxEvents();
        Window window = robot.listWindows().get(0);
        assertTrue(window.isShowing());
        assertEquals(stage, window);
        assertTrue(stage.getTitle().endsWith("Conflict Explorer"), stage.getTitle());
        assertEquals(1, stage.getIcons().size());
        // the window opens at its intended size on the 1920x1080 test screen, the content filling it
        assertEquals(MainWindow.WIDTH, stage.getWidth());
        assertEquals(MainWindow.HEIGHT, stage.getHeight());
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.HEIGHT, stage.getScene().getHeight());
        assertEquals(
                "Two concurrent writers",
                onFx(() ->
                        robot.lookup("#scenario-title").queryAs(Labeled.class).getText()));
        assertEquals(
                "1", onFx(() -> robot.lookup("#lww-lost").queryAs(Labeled.class).getText()));
    }

    /**
     * A scenario file given on the command line is read and run in the background, the window up
     * meanwhile at its size, with a veil saying so, gone once the scenario is shown.
     */
    @Test
    void aFileGivenAsArgumentOpensOnceRunWithTheWindowUpAtItsSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("cart.cexp.json");
        Scenario cart = Assets.presets().stream()
                .filter(p -> p.title().equals("The shopping cart"))
                .findFirst()
                .orElseThrow()
                .scenario();
        ScenarioFiles.write(cart, file);
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class, file.toString());
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#scenario-title")
                        .tryQueryAs(Labeled.class)
                        .map(l -> l.getText().equals("The shopping cart"))
                        .orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.getTitle().startsWith("cart.cexp.json - "), stage.getTitle());
        assertEquals(MainWindow.WIDTH, stage.getScene().getWidth());
        assertEquals(MainWindow.HEIGHT, stage.getScene().getHeight());
        assertFalse(onFx(() -> robot.lookup("#opening-veil").query().isVisible()), "the veil is gone");
    }
}
