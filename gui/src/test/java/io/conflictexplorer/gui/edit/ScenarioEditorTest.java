package io.conflictexplorer.gui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor alone: edits on the undo stack, fresh names, and gestures that preview, commit and cancel. */
class ScenarioEditorTest {

    private static final Operation.Read R1 = new Operation.Read("r1", "c1", 1, "x");
    private static final Operation.Write W1 = new Operation.Write("w1", "c1", 3, "x", "a", false);
    private static final Scenario S = new Scenario("t", "n", List.of("c1", "c2"), List.of(R1, W1));

    private final ScenarioEditor editor = new ScenarioEditor(S);
    /** What the listener heard: the scenario of each change. */
    private final List<Scenario> heard = new ArrayList<>();

    ScenarioEditorTest() {
        editor.setListener((s, replaced) -> heard.add(s));
    }

    @Test
    void addsWithFreshNamesAndUndoesEachAddExactly() {
        assertEquals("c3", editor.addClient());
        String w = editor.addWrite("c3", 7, editor.keyFor(null));
        assertEquals("w2", w);
        Operation.Write added = (Operation.Write) editor.scenario().operation(w);
        assertEquals("b", added.value(), "a is taken");
        assertEquals("x", added.key(), "the first operation's key");
        String r = editor.addRead("c2", -4, editor.keyFor("w1"));
        assertEquals("r2", r);
        assertEquals(0, editor.scenario().operation(r).time(), "no tick before 0");
        editor.undo();
        editor.undo();
        editor.undo();
        assertEquals(S, editor.scenario());
        assertFalse(editor.canUndo());
        assertTrue(editor.canRedo());
        assertEquals("Redo add client c3", editor.redoText());
    }

    @Test
    void aGesturePreviewsFromItsStartAndCommitsOneStep() {
        ScenarioEditor.Gesture g = editor.begin();
        g.preview(new EditCommand.MoveOperation("w1", 3, 5));
        g.preview(new EditCommand.MoveOperation("w1", 3, 8));
        assertEquals(8, editor.scenario().operation("w1").time());
        // no undo step yet, but undo would record the open gesture, then take it back
        assertTrue(editor.canUndo(), "the open gesture can be undone");
        assertEquals("Undo move c1's write of x to t=8", editor.undoText());
        g.commit();
        assertFalse(g.isOpen());
        assertEquals("Undo move c1's write of x to t=8", editor.undoText());
        editor.undo();
        assertEquals(S, editor.scenario());
    }

    @Test
    void aGestureThatEndsWhereItBeganLeavesNoStep() {
        ScenarioEditor.Gesture g = editor.begin();
        g.preview(new EditCommand.MoveOperation("w1", 3, 5));
        g.preview(new EditCommand.MoveOperation("w1", 3, 3));
        g.commit();
        assertFalse(editor.canUndo());
        assertEquals(S, editor.scenario());
    }

    @Test
    void aCancelledGesturePutsTheStartBackAndIgnoresLaterPreviews() {
        ScenarioEditor.Gesture g = editor.begin();
        g.preview(new EditCommand.MoveOperation("w1", 3, 5));
        g.cancel();
        assertSame(S, editor.scenario());
        g.preview(new EditCommand.MoveOperation("w1", 3, 9));
        g.commit();
        assertSame(S, editor.scenario());
        assertFalse(editor.canUndo());
        assertEquals(List.of(S.replaceOperation("w1", op -> op.withTime(5)), S), heard);
    }

    @Test
    void anEditDuringAGestureCommitsTheGestureFirstAsItsOwnStep() {
        ScenarioEditor.Gesture g = editor.begin();
        g.preview(new EditCommand.MoveOperation("w1", 3, 5));
        editor.addClient();
        assertFalse(g.isOpen());
        assertEquals("Undo add client c3", editor.undoText());
        editor.undo();
        assertEquals("Undo move c1's write of x to t=5", editor.undoText());
        editor.undo();
        assertEquals(S, editor.scenario());
    }

    @Test
    void replacingTheScenarioCancelsAGestureAndIsUndoable() {
        Scenario other = Scenario.of("other", List.of("c9"));
        ScenarioEditor.Gesture g = editor.begin();
        g.preview(new EditCommand.MoveOperation("w1", 3, 5));
        editor.replace(other, "load other");
        assertSame(other, editor.scenario());
        editor.undo();
        assertEquals(S, editor.scenario(), "the gesture left nothing behind");
        editor.reset(other);
        assertFalse(editor.canUndo());
        assertFalse(editor.canRedo());
    }

    @Test
    void textEditsSayWhatTheyDid() {
        assertEquals(new ScenarioEditor.TextEdit.Applied(), editor.editWrite("w1", "y = z"));
        assertEquals("y", editor.scenario().operation("w1").key());
        assertEquals(new ScenarioEditor.TextEdit.Applied(), editor.editWrite("w1", "q"));
        assertEquals("q", ((Operation.Write) editor.scenario().operation("w1")).value());
        assertEquals(
                new ScenarioEditor.TextEdit.Refused("A write needs a key: type it as key=value, for example x=a."),
                editor.editWrite("w1", "=q"));
        assertEquals(new ScenarioEditor.TextEdit.NotAWrite(), editor.editWrite("r1", "x=q"));
        // the derived values: add an item to what the client read, or merge what it read
        assertEquals(new ScenarioEditor.TextEdit.Applied(), editor.editWrite("w1", "cart+=flour"));
        Operation.Write added = (Operation.Write) editor.scenario().operation("w1");
        assertEquals("cart", added.key());
        assertEquals(new WriteValue.AddItem("flour"), added.rule());
        assertEquals(new ScenarioEditor.TextEdit.Applied(), editor.editWrite("w1", "merge"));
        assertEquals(
                new WriteValue.MergeRead(), ((Operation.Write) editor.scenario().operation("w1")).rule());
        assertTrue(editor.editWrite("w1", "cart+=two words") instanceof ScenarioEditor.TextEdit.Refused);
        assertEquals(
                new WriteValue.MergeRead(), ((Operation.Write) editor.scenario().operation("w1")).rule());
        int steps = 0;
        while (editor.canUndo()) {
            editor.undo();
            steps++;
        }
        assertEquals(4, steps, "the refused edits left no step");
    }

    @Test
    void blindAndSendToChangeOnlyWhatTheySay() {
        editor.toggleBlind("w1");
        assertTrue(((Operation.Write) editor.scenario().operation("w1")).blind());
        editor.setBlind("w1", true); // already blind: no step
        editor.sendTo("w1", "n2"); // a single store has no n2
        editor.undo();
        assertEquals(S, editor.scenario());
        assertFalse(editor.canUndo());
    }
}
