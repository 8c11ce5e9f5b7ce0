package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real key presses on the real window, as a presentation clicker and a lecturer send them: they
 * step, blank and zoom wherever the focus is, except while a chip's text editor has it.
 */
class LectureKeysWindowTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    private void press(FxRobot robot, KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickerKeysStepBlankAndJumpEvenWithAButtonFocused(FxRobot robot) {
        robot.clickOn("#step-forward"); // a focused button must not swallow Space or the arrows (at the end: no step)
        press(robot, KeyCode.HOME);
        assertEquals(0, vm.playback().cursorProperty().get());
        press(robot, KeyCode.PAGE_DOWN);
        press(robot, KeyCode.RIGHT);
        assertEquals(2, vm.playback().cursorProperty().get());
        press(robot, KeyCode.PAGE_UP);
        assertEquals(1, vm.playback().cursorProperty().get());
        press(robot, KeyCode.END);
        assertEquals(4, vm.playback().cursorProperty().get());

        press(robot, KeyCode.B);
        assertTrue(vm.presentation().blankProperty().get());
        assertEquals("blank-screen", stage.getScene().getRoot().getId());
        press(robot, KeyCode.PAGE_DOWN); // any key brings the lesson back, and does nothing else
        assertFalse(vm.presentation().blankProperty().get());
        assertSame(view, stage.getScene().getRoot());
        assertEquals(4, vm.playback().cursorProperty().get());
        press(robot, KeyCode.PERIOD);
        assertTrue(vm.presentation().blankProperty().get());
        press(robot, KeyCode.PERIOD);
        assertFalse(vm.presentation().blankProperty().get());

        press(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.EQUALS); // "Ctrl +" on a US keyboard
        assertEquals(1.25, vm.presentation().zoomProperty().get());
        press(robot, KeyCode.P);
        assertTrue(vm.presentation().presenterProperty().get());

        press(robot, KeyCode.Q); // predict, then reveal: the step's result hides behind the cover
        press(robot, KeyCode.PAGE_UP);
        press(robot, KeyCode.PAGE_DOWN);
        assertTrue(onFx(() -> robot.lookup("#predict-cover").query().isVisible()));
        press(robot, KeyCode.R);
        assertFalse(onFx(() -> robot.lookup("#predict-cover").query().isVisible()));
    }

    @Test
    void keysTypeIntoAChipEditorInsteadOfSteppingAndF1ListsThem(FxRobot robot) {
        press(robot, KeyCode.HOME);
        robot.doubleClickOn("#chip-w1");
        assertNotNull(onFx(() -> robot.lookup("#chip-editor").query()));
        press(robot, KeyCode.PAGE_DOWN);
        robot.write("b.");
        press(robot, KeyCode.END);
        assertEquals(0, vm.playback().cursorProperty().get(), "typing never steps");
        assertFalse(vm.presentation().blankProperty().get(), "typing b or . never blanks");
        press(robot, KeyCode.ESCAPE);
        press(robot, KeyCode.END);

        press(robot, KeyCode.F1);
        Node sheet = onFx(() -> robot.lookup("#shortcut-sheet").query());
        assertTrue(onFx(() -> robot.lookup("#shortcut-rows .shortcut-keys")
                .match(n -> ((Labeled) n).getText().equals("B or ."))
                .tryQuery()
                .isPresent()));
        assertSame(sheet.getScene(), stage.getScene(), "over the window, not in a second one");
        press(robot, KeyCode.PAGE_UP); // the lesson goes on beside the sheet
        assertEquals(3, vm.playback().cursorProperty().get());
        press(robot, KeyCode.ESCAPE);
        assertSame(view, stage.getScene().getRoot(), "Esc puts the window back");

        press(robot, KeyCode.L);
        robot.clickOn("#show-clock-explainer");
        assertTrue(onFx(() -> robot.lookup("#clock-explainer").query().isVisible()));
        robot.clickOn("#legend-sheet-close");
        assertSame(view, stage.getScene().getRoot());
    }

    /**
     * Predict mode holds across scenarios: with Q on, a preset picked in the preset box opens before
     * its first step with no outcome showing: no value or LOST card, every counter 0, no chip saying
     * what it got or what clock it was given, no store note; where it used to open at its last step
     * with every counter, LOST card and sibling showing.
     */
    @Test
    void aPresetPickedInPredictModeShowsNoOutcome(FxRobot robot) {
        press(robot, KeyCode.Q);
        assertTrue(vm.lesson().predictProperty().get());
        for (String title : List.of("The shopping cart", "A fast clock beats a later write")) {
            pickPreset(robot, title);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(0, vm.playback().cursorProperty().get(), title + " opens before its first step");
            assertEquals(0, count(robot, ".value-card"), title + ": no value card");
            assertEquals(0, count(robot, ".lost-card"), title + ": no LOST card");
            for (String counter : List.of("#lww-lost", "#lww-visible", "#vv-visible", "#vv-lost")) {
                assertEquals("0", text(robot, counter), title + " " + counter);
            }
            long notes = onFx(() -> robot.lookup(".store-mark").queryAll().stream()
                    .filter(Node::isVisible) // spare note labels stay, hidden
                    .count());
            assertEquals(0, notes, title + ": no store note");
            List<String> told = onFx(() -> robot.lookup(".chip .chip-clock").queryAllAs(Labeled.class).stream()
                    .map(Labeled::getText)
                    .filter(t -> !t.isEmpty() && !t.equals("?") && !t.equals("got ?"))
                    .toList());
            assertTrue(told.isEmpty(), title + ": chips tell their outcome: " + told);
        }
        press(robot, KeyCode.Q);
    }

    /**
     * The legend's lost-write sample looks as the diagram's lost write does: its title struck through,
     * in the colour of the LOST card's struck value, in the light and the dark theme (where that colour
     * is orange, and the legend once said "red" beside an unstruck sample in neither).
     */
    @Test
    void theLegendsLostWriteIsStruckThroughInTheLostColour(FxRobot robot) {
        for (boolean dark : new boolean[] {false, true}) {
            WaitForAsyncUtils.asyncFx(() -> vm.presentation().darkProperty().set(dark));
            press(robot, KeyCode.END);
            press(robot, KeyCode.L);
            Text sample = onFx(() -> (Text)
                    robot.lookup("#legend-sheet .chip-lost .chip-title .text").query());
            Text lost = onFx(
                    () -> (Text) robot.lookup("#lww-panel .lost-value .text").query());
            assertTrue(onFx(sample::isStrikethrough), "struck through");
            assertEquals(onFx(lost::getFill), onFx(sample::getFill), "in the colour of the LOST card's value");
            String meaning = onFx(() -> robot.lookup("#legend-sheet .label")
                    .match(n -> ((Labeled) n).getText().contains("lost under LWW"))
                    .queryAs(Labeled.class)
                    .getText());
            assertFalse(meaning.contains("red"), "the theme decides the colour: " + meaning);
            robot.clickOn("#legend-sheet-close");
        }
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().darkProperty().set(false));
    }
}
