package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.application.Application;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
    void appStartOpensTheWindowOnTheDefaultPreset() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();
        Window window = robot.listWindows().get(0);
        assertTrue(window.isShowing());
        assertEquals(stage, window);
        assertTrue(stage.getTitle().endsWith("Conflict Explorer"), stage.getTitle());
        assertEquals(1, stage.getIcons().size());
        assertEquals(
                "Two concurrent writers",
                robot.lookup("#scenario-title").queryAs(Labeled.class).getText());
        assertEquals("1", robot.lookup("#lww-lost").queryAs(Labeled.class).getText());
    }
}
