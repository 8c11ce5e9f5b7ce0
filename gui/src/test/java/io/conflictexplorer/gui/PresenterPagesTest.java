package io.conflictexplorer.gui;

import static io.conflictexplorer.gui.FxThread.onFx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.lesson.model.Presentation.Page;
import io.conflictexplorer.gui.lesson.view.RoomHooks;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presenter on a projector, where the lesson comes in two pages: the diagram with the narration,
 * then (V, or the page switch) the narration with both panels, each at the class's type; V again
 * goes back, Shift+V keeps everything on one page. At the desk there is one page and V does nothing.
 */
class PresenterPagesTest extends WindowTest {

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void vTurnsFromTheDiagramToTheResultsAndBack(double width, double height, FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().onePageProperty().set(false));
        showAt(width, height, true);
        pickPreset(robot, "Two concurrent writers");
        robot.push(KeyCode.END);
        settle(robot);
        assertTrue(onFx(() -> vm.presentation().pagedProperty().get()), "two pages at " + width);
        assertEquals(Page.DIAGRAM, onFx(() -> vm.presentation().pageProperty().get()), "a preset opens at the diagram");
        assertTrue(shown(robot, "#chip-w2") && shown(robot, "#lww-narration"));
        assertFalse(shown(robot, "#lww-panel"), "the panels wait on their page");
        assertTrue(shown(robot, "#page-switch"));
        assertEquals("Results (V)", text(robot, "#page-switch"));

        robot.push(KeyCode.V);
        settle(robot);
        assertTrue(shown(robot, "#lww-panel") && shown(robot, "#vv-panel") && shown(robot, "#lww-narration"));
        assertFalse(shown(robot, "#chip-w2"), "the diagram waits on its page");
        assertEquals("Diagram (V)", text(robot, "#page-switch"));
        double floor = height / 43;
        double lost = onFx(() -> robot.lookup("#lww-panel .lost-explanation")
                .queryAs(Text.class)
                .getFont()
                .getSize());
        assertTrue(lost >= floor - 0.05, "the LOST sentence at " + lost + " px, floor " + floor);

        robot.clickOn("#page-switch");
        settle(robot);
        assertTrue(shown(robot, "#chip-w2"));
        assertFalse(shown(robot, "#lww-panel"));

        // the teacher's choice: everything on one page, the type smaller
        robot.press(KeyCode.SHIFT).press(KeyCode.V).release(KeyCode.V).release(KeyCode.SHIFT);
        settle(robot);
        assertFalse(onFx(() -> vm.presentation().pagedProperty().get()));
        assertTrue(shown(robot, "#chip-w2") && shown(robot, "#lww-panel") && shown(robot, "#vv-panel"));
        assertFalse(shown(robot, "#page-switch"), "no page to turn to");
        robot.push(KeyCode.V);
        settle(robot);
        assertTrue(shown(robot, "#chip-w2") && shown(robot, "#lww-panel"), "V does nothing on one page");
        robot.press(KeyCode.SHIFT).press(KeyCode.V).release(KeyCode.V).release(KeyCode.SHIFT);
        settle(robot);
        assertTrue(onFx(() -> vm.presentation().pagedProperty().get()), "two pages again");
    }

    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theDeskViewIsOnePage(double width, double height, FxRobot robot) {
        showAt(width, height, false);
        pickPreset(robot, "Partition, then heal");
        robot.push(KeyCode.END);
        settle(robot);
        assertFalse(onFx(() -> vm.presentation().pagedProperty().get()));
        robot.push(KeyCode.V);
        settle(robot);
        assertTrue(shown(robot, "#chip-w1") || shown(robot, "#lane-label-column"));
        assertTrue(shown(robot, "#lww-panel") && shown(robot, "#vv-panel"));
        assertFalse(shown(robot, "#page-switch"));
    }

    /**
     * The results page gives LWW's and VV's panels the width what they hold needs: the taller of the
     * two is never taller than half and half would make it; in "Per-replica counters lose a write",
     * where VV holds two long LOST sentences and LWW one, VV's column is the wider and the taller
     * panel lower than half and half leaves it.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theResultsPageGivesThePanelsTheWidthTheyNeed(double width, double height, FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().onePageProperty().set(false));
        showAt(width, height, true);
        for (String preset : new String[] {"Two concurrent writers", "Per-replica counters lose a write"}) {
            pickPreset(robot, preset);
            robot.push(KeyCode.END);
            settle(robot);
            robot.push(KeyCode.V);
            settle(robot);
            double[] p = onFx(() -> {
                Region lww = robot.lookup("#lww-panel").queryAs(Region.class);
                Region vv = robot.lookup("#vv-panel").queryAs(Region.class);
                double half = (lww.getWidth() + vv.getWidth()) / 2;
                return new double[] {
                    lww.getWidth(),
                    vv.getWidth(),
                    Math.max(lww.prefHeight(lww.getWidth()), vv.prefHeight(vv.getWidth())),
                    Math.max(lww.prefHeight(half), vv.prefHeight(half))
                };
            });
            assertTrue(p[2] <= p[3] + 1, preset + ": the taller panel " + p[2] + " px, at half and half " + p[3]);
            if (preset.startsWith("Per-replica")) {
                assertTrue(p[1] > p[0] * 1.2, "VV's panel " + p[1] + " px against LWW's " + p[0]);
                assertTrue(p[2] < p[3], "the taller panel " + p[2] + " px, at half and half " + p[3]);
            }
            robot.push(KeyCode.V);
            settle(robot);
        }
    }

    /**
     * Above the LOST cards the narration names each lost write and leaves the why to its card: on the
     * results page a mode's line is the sentence naming its losses, without any card's explanation,
     * and each write it names lost has a card in view that explains it; on the diagram's page, where
     * no card stands, the line explains the loss again, at a type at least the results page's (it
     * grows into room that page leaves), never cut by the window's bottom.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void theResultsPageNamesTheLossesItsCardsExplain(double width, double height, FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().onePageProperty().set(false));
        showAt(width, height, true);
        pickPreset(robot, "Per-replica counters lose a write");
        robot.push(KeyCode.END);
        settle(robot);
        assertTrue(onFx(() -> vm.presentation().pagedProperty().get()), "two pages at " + width);
        for (Mode mode : Mode.values()) {
            String line = "#" + mode.name().toLowerCase(Locale.ROOT) + "-narration";
            boolean lww = mode == Mode.LWW;
            String explained = onFx(() -> (lww
                            ? vm.projected().lwwNarrationProperty()
                            : vm.projected().vvNarrationProperty())
                    .get());
            String named = onFx(() -> (lww
                            ? vm.projected().lwwNamedLossesProperty()
                            : vm.projected().vvNamedLossesProperty())
                    .get());
            assertTrue(explained.contains("LOST: ") && !named.equals(explained), mode + ": a loss at the last step");
            assertEquals(explained, text(robot, line), mode + " on the diagram's page");
            double[] onDiagramPage = narrationType(robot, line);

            robot.push(KeyCode.V);
            settle(robot);
            assertEquals(named, text(robot, line), mode + " on the results page");
            double[] onResultsPage = narrationType(robot, line);
            assertTrue(
                    onDiagramPage[0] >= onResultsPage[0] - 0.01,
                    mode + ": the narration at " + onDiagramPage[0] + " px on the diagram's page, " + onResultsPage[0]
                            + " px on the results page");
            assertTrue(onDiagramPage[1] <= height && onResultsPage[1] <= height, "the narration is never cut");
            String panel = "#" + mode.name().toLowerCase(Locale.ROOT) + "-panel";
            List<String> cards = onFx(() -> robot.lookup(panel + " .lost-explanation").queryAllAs(Text.class).stream()
                    .map(Text::getText)
                    .toList());
            int explainedHere = 0;
            for (String why : cards) {
                String sentence = why.substring(0, why.length() - 1); // the card's sentence ends with a full stop
                assertFalse(named.contains(sentence), mode + ": the card's sentence twice: " + named);
                if (explained.contains(sentence)) {
                    explainedHere++;
                }
            }
            assertEquals(
                    named.split("LOST: ", -1).length - 1,
                    explainedHere,
                    mode + ": each loss the line names has its card: " + named + " / " + cards);
            assertTrue(shown(robot, panel + " .lost-card"));
            robot.push(KeyCode.V);
            settle(robot);
            assertEquals(explained, text(robot, line), mode + " back on the diagram's page");
        }
    }

    /**
     * A room's panel (the node test's "Your node") gets a page of its own after the results, at the
     * class's type: V turns from the diagram to the results (LWW and VV alone, at the floor), to the
     * room's page (the switch named after it), and back to the diagram; hidden, its page goes, and
     * the teacher on it is back on the results.
     */
    @ParameterizedTest
    @CsvSource({"1280, 800", "1920, 1080"})
    void aRoomsPanelHasAPageOfItsOwnAfterTheResults(double width, double height, FxRobot robot) {
        WaitForAsyncUtils.asyncFx(() -> vm.presentation().onePageProperty().set(false));
        showAt(width, height, true);
        pickPreset(robot, "Two concurrent writers");
        robot.push(KeyCode.END);
        Label sentence = new Label("Your node differs from the rules: ".repeat(12));
        sentence.setWrapText(true);
        VBox room = new VBox(sentence);
        room.setId("test-room-panel");
        WaitForAsyncUtils.asyncFx(() -> RoomHooks.of(view).panels().add(room));
        settle(robot);
        String name = onFx(() -> RoomHooks.of(view).pageName().get());
        assertTrue(onFx(() -> vm.presentation().pagedProperty().get()), "pages at " + width);
        assertEquals(name, onFx(() -> vm.presentation().roomPageProperty().get()));
        double floor = height / 43;

        robot.push(KeyCode.V);
        settle(robot);
        assertTrue(shown(robot, "#lww-panel") && shown(robot, "#vv-panel"));
        assertFalse(shown(robot, "#test-room-panel"), "the room's panel waits on its page");
        assertEquals(name + " (V)", text(robot, "#page-switch"));
        double lost = onFx(() -> robot.lookup("#lww-panel .lost-explanation")
                .queryAs(Text.class)
                .getFont()
                .getSize());
        assertTrue(lost >= floor - 0.05, "the LOST sentence at " + lost + " px, floor " + floor);

        robot.push(KeyCode.V);
        settle(robot);
        assertEquals(Page.ROOM, onFx(() -> vm.presentation().pageProperty().get()));
        assertTrue(shown(robot, "#test-room-panel"));
        assertFalse(shown(robot, "#lww-panel") || shown(robot, "#chip-w2"));
        double type = onFx(() -> sentence.getFont().getSize());
        assertTrue(type >= floor - 0.05, "the room's panel at " + type + " px, floor " + floor);
        assertEquals("Diagram (V)", text(robot, "#page-switch"));

        robot.push(KeyCode.V);
        settle(robot);
        assertEquals(Page.DIAGRAM, onFx(() -> vm.presentation().pageProperty().get()));
        assertTrue(shown(robot, "#chip-w2"));

        robot.push(KeyCode.V);
        robot.push(KeyCode.V);
        settle(robot);
        WaitForAsyncUtils.asyncFx(() -> room.setVisible(false));
        settle(robot);
        assertEquals(Page.RESULTS, onFx(() -> vm.presentation().pageProperty().get()), "back on the results");
        assertEquals("", onFx(() -> vm.presentation().roomPageProperty().get()));
        assertEquals("Diagram (V)", text(robot, "#page-switch"));
        WaitForAsyncUtils.asyncFx(() -> RoomHooks.of(view).panels().remove(room));
        settle(robot);
    }

    /** The type size of the narration line {@code query} and its bottom in the scene. */
    private static double[] narrationType(FxRobot robot, String query) {
        return onFx(() -> {
            Labeled line = robot.lookup(query).queryAs(Labeled.class);
            return new double[] {
                line.getFont().getSize(),
                line.localToScene(line.getLayoutBounds()).getMaxY()
            };
        });
    }

    /** True when the node and every parent of it are visible, and it has a size. */
    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return n.getLayoutBounds().getWidth() > 0 && n.getScene() != null && shown(n);
        });
    }
}
