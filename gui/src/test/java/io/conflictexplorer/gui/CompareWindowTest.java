package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The compare window, opened from the Scenario menu on the sibling-explosion preset of the gallery
 * (picked from the main window's preset list): it shows the four schemes the preset's story is
 * about side by side, within the window; the merged server clock's 101 siblings fold into "+97
 * more", which expands to every value and folds back; and it follows the main window's cursor.
 */
class CompareWindowTest extends WindowTest {

    private static final String EXPLOSION =
            "Sibling explosion: 101 writes (DVVSet README scenario 2; riak_test sibling_explosion)";

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new ExplorerViewModel(
                Assets.numbered(), Platform::runLater); // the presets, then the gallery, as the app lists them
        stage.setWidth(MainWindow.WIDTH);
        stage.setHeight(MainWindow.HEIGHT);
        view = MainWindow.show(stage, vm, dialogs);
    }

    @AfterEach
    void closeTheCompareWindow() {
        WaitForAsyncUtils.asyncFx(() -> compareStage().ifPresent(Stage::hide));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static java.util.Optional<Stage> compareStage() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof Stage s
                        && s.getTitle() != null
                        && s.getTitle().startsWith("Clock schemes"))
                .map(w -> (Stage) w)
                .findFirst();
    }

    /** Waits until the compare window shows {@code n} columns at the main window's cursor {@code step}. */
    private static void columnsShow(FxRobot robot, int n, String step) throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> onFx(() -> robot.lookup("#compare-columns")
                        .tryQuery()
                        .map(c -> ((Pane) c).getChildren().size() == n
                                && ((Labeled) robot.lookup("#compare-step").query())
                                        .getText()
                                        .startsWith(step))
                        .orElse(false)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aGalleryPresetOpensWithItsFourSchemesAndTheSiblingsFoldAndExpand(FxRobot robot) throws Exception {
        Preset explosion = vm.document().presets().stream()
                .filter(p -> p.title().equals(EXPLOSION))
                .findFirst()
                .orElseThrow();
        assertTrue(explosion.gallery());
        pickPreset(robot, EXPLOSION);
        robot.clickOn("#scenario-menu");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Compare clock schemes... (Ctrl+K): two to four side by side");
        columnsShow(robot, 4, "Step 202 of 202: ");

        List<String> ids = onFx(() -> ((Pane) robot.lookup("#compare-columns").query())
                .getChildren().stream().map(Node::getId).toList());
        assertEquals(
                List.of(
                        "compare-column-lww",
                        "compare-column-client-vv",
                        "compare-column-server-vv-merged",
                        "compare-column-dvv"),
                ids);
        assertEquals("1", text(robot, "#compare-lww-visible"));
        assertEquals("100", text(robot, "#compare-lww-lost"));
        assertEquals("101", text(robot, "#compare-server-vv-merged-visible"));
        assertEquals("1", text(robot, "#compare-server-vv-merged-clock-size"));
        assertEquals("2", text(robot, "#compare-dvv-visible"));
        assertEquals("+97 more", text(robot, "#compare-expand-server-vv-merged"));
        // the four columns lie side by side within the window, none past its right edge
        double width = onFx(() -> compareStage().orElseThrow().getScene().getWidth());
        double right = 0;
        for (String id : ids) {
            Bounds b = onFx(() -> robot.lookup("#" + id)
                    .query()
                    .localToScene(robot.lookup("#" + id).query().getLayoutBounds()));
            assertTrue(b.getMinX() >= right - 0.5 && b.getMaxX() <= width + 0.5, id + " at " + b + " in " + width);
            assertTrue(b.getWidth() > width / 5, id + " is too narrow: " + b);
            right = b.getMaxX();
        }

        robot.clickOn("#compare-expand-server-vv-merged");
        WaitForAsyncUtils.waitForFxEvents();
        String all = onFx(() -> robot.lookup(".stored-server-vv-merged").queryAll().stream()
                .map(n -> ((Labeled) n).getText())
                .reduce("", String::concat));
        assertTrue(all.contains("v57,") && all.contains("v101"), all);
        assertEquals(0, count(robot, "#compare-expand-server-vv-merged"));
        robot.clickOn("#compare-fold-server-vv-merged");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("+97 more", text(robot, "#compare-expand-server-vv-merged"));

        // it follows the main window's cursor
        WaitForAsyncUtils.asyncFx(() -> vm.playback().cursorProperty().set(3));
        columnsShow(robot, 4, "Step 3 of 202: w2: c2 writes x=v2");
        assertEquals("2", text(robot, "#compare-server-vv-merged-visible"));
        assertEquals("1", text(robot, "#compare-lww-visible"));
        assertEquals(1, count(robot, "#compare-lww-narration"));
        assertTrue(
                text(robot, "#compare-lww-narration").contains("Rule of lww: "), text(robot, "#compare-lww-narration"));

        // a clicker's PageUp in the compare window steps the main window back
        robot.clickOn("#compare-title");
        robot.type(KeyCode.PAGE_UP);
        columnsShow(robot, 4, "Step 2 of 202: r1: c1 reads x");
        assertEquals(2, (int) onFx(() -> vm.playback().cursorProperty().get()));
        robot.type(KeyCode.HOME);
        columnsShow(robot, 4, "Before the first step");
        assertEquals(0, (int) onFx(() -> vm.playback().cursorProperty().get()));
    }

    @Test
    void itOpensOnTheMainWindowsTwoSchemesByItsKeyAndTogglesAThird(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        int steps = vm.playback().stepCountProperty().get();
        columnsShow(robot, 2, "Step " + steps + " of " + steps + ": ");
        List<String> ids = onFx(() -> ((Pane) robot.lookup("#compare-columns").query())
                .getChildren().stream().map(Node::getId).toList());
        assertEquals(List.of("compare-column-lww", "compare-column-client-vv"), ids);
        robot.clickOn("#compare-scheme-dvv");
        columnsShow(robot, 3, "Step " + steps);
        assertEquals(1, count(robot, "#compare-column-dvv"));
    }
}
