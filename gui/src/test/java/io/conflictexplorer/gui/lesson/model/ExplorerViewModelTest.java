package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.chip;
import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.values;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.gui.projection.ClusterState;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view model on the default preset, "Two concurrent writers", as the window would drive it but
 * without one: what the panels, the diagram and the narration say after each edit, drag, step and
 * file operation. c1 writes a at t=4 after reading x at t=1; c2 reads x at t=2 and writes b at t=6.
 */
class ExplorerViewModelTest {

    @TempDir
    Path dir;

    private final ManualTicker ticker = new ManualTicker();
    private final ExplorerViewModel vm = viewModel(ticker);

    private PanelState lww() {
        return vm.projected().lwwPanelProperty().get();
    }

    private PanelState vv() {
        return vm.projected().vvPanelProperty().get();
    }

    /** A whole chip drag as the mouse makes it: press, ticks along the lane, release. */
    private void drag(String id, long... ticks) {
        vm.editing().beginDrag(id);
        for (long t : ticks) {
            vm.editing().dragTo(t);
        }
        vm.editing().endDrag();
    }

    @Test
    void opensOnTheDefaultPresetWithAConflict() {
        assertEquals("Two concurrent writers", vm.document().titleProperty().get());
        assertEquals(
                preset("Two concurrent writers"),
                vm.document().currentPresetProperty().get());
        assertEquals(2, values(vv()));
        assertTrue(vv().keys().get(0).conflict(), "VV marks the conflict on x");
        assertEquals(1, lww().counters().lost());
        assertEquals(1, lww().keys().get(0).lost().size());
        assertTrue(lww().keys()
                .get(0)
                .lost()
                .get(0)
                .explanation()
                .contains("c1's write a was acknowledged, then overwritten by c2's write b"));
        assertEquals(4, vm.projected().getDiagram().chips().size());
        assertEquals(4, vm.playback().cursorProperty().get(), "the cursor starts at the end");
        assertFalse(vm.projected().clusterProperty().get());
        assertEquals(ClusterState.SINGLE, vm.projected().clusterStateProperty().get());
    }

    @Test
    void draggingAReadAcrossAnotherClientsWriteSwitchesBetweenOneValueAndTwoSiblings() {
        drag("r2", 3, 4, 5); // c2 now reads at t=5, after a: b's context includes a
        assertEquals(5, vm.getScenario().operation("r2").time());
        assertEquals(1, values(vv()));
        assertFalse(vv().keys().get(0).conflict());
        assertEquals("b", vv().keys().get(0).values().get(0).value());
        assertEquals(0, lww().counters().lost());
        assertTrue(lww().keys().get(0).lost().isEmpty());
        assertNull(vm.document().currentPresetProperty().get(), "an edited preset is no preset");

        drag("r2", 4, 2); // back before the write: concurrent again
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertEquals(2, values(vv()));
        assertEquals(1, lww().counters().lost());
    }

    @Test
    void aDragIsOneUndoStepAndADragBackToItsStartIsNone() {
        Scenario original = vm.getScenario();
        drag("r2", 3, 4, 5, 6, 5);
        assertEquals(
                "Undo move c2's read of x to t=5",
                vm.editing().undoCommand().textProperty().get());
        vm.editing().undoCommand().execute();
        assertEquals(original, vm.getScenario());
        assertFalse(vm.editing().undoCommand().enabledProperty().get(), "the whole drag was one step");

        drag("r2", 3, 2);
        assertEquals(original, vm.getScenario());
        assertFalse(vm.editing().undoCommand().enabledProperty().get(), "nothing moved, nothing to undo");
    }

    @Test
    void dragTicksAreBatchedUntilTheSchedulerRunsAndTheReleaseAppliesTheLast() {
        Models.Queue fxQueue = new Models.Queue();
        ExplorerViewModel batched = new ExplorerViewModel(Models.PRESETS, fxQueue, ticker);
        long before = batched.revision();
        batched.editing().beginDrag("r2");
        batched.editing().dragTo(3);
        batched.editing().dragTo(4);
        batched.editing().dragTo(5);
        assertEquals(1, fxQueue.size(), "one preview queued for the three ticks");
        assertEquals(2, batched.getScenario().operation("r2").time(), "nothing recomputed yet");
        fxQueue.runAll();
        assertEquals(5, batched.getScenario().operation("r2").time());
        assertEquals(before + 1, batched.revision(), "one recompute for three ticks");

        batched.editing().dragTo(7);
        batched.editing().endDrag(); // the release does not wait for the scheduler
        assertEquals(7, batched.getScenario().operation("r2").time());
        fxQueue.runAll(); // the queued preview finds the drag over and does nothing
        assertEquals(7, batched.getScenario().operation("r2").time());
        assertEquals(
                "Undo move c2's read of x to t=7",
                batched.editing().undoCommand().textProperty().get());
    }

    @Test
    void aChipDraggedOntoItsClientsOtherChipStopsInFrontOfItAndLandsBehindItOncePulledPast() {
        // c2 has r2 at 2 and w2 at 6
        vm.editing().beginDrag("r2");
        vm.editing().dragTo(6);
        assertEquals(5, vm.getScenario().operation("r2").time(), "over w2 it stays in front of it");
        vm.editing().dragTo(7);
        assertEquals(7, vm.getScenario().operation("r2").time(), "pulled past w2 it lands behind it");
        vm.editing().dragTo(6);
        assertEquals(7, vm.getScenario().operation("r2").time(), "coming back it stops behind w2");
        vm.editing().endDrag();
        assertEquals(6, vm.getScenario().operation("w2").time(), "w2 never moved");
        drag("w2", 7);
        assertEquals(6, vm.getScenario().operation("w2").time(), "the neighbour's tick is refused");
    }

    @Test
    void anOperationAddedOnATakenTickGoesToTheNextFreeOne() {
        vm.editing().addRead("c2", 6);
        assertEquals(
                7,
                vm.getScenario()
                        .operation(vm.selection().selectedProperty().get())
                        .time());
        vm.editing().addWrite("c2", 6);
        assertEquals(
                8,
                vm.getScenario()
                        .operation(vm.selection().selectedProperty().get())
                        .time());
    }

    @Test
    void aCancelledDragPutsTheChipBackAndLeavesNoUndoStep() {
        vm.editing().beginDrag("r2");
        vm.editing().dragTo(5);
        assertEquals(1, values(vv()));
        vm.editing().cancelDrag();
        assertEquals(2, vm.getScenario().operation("r2").time());
        assertEquals(2, values(vv()));
        assertFalse(vm.editing().undoCommand().enabledProperty().get());
    }

    @Test
    void undoAndRedoEveryEdit() {
        Scenario original = vm.getScenario();
        drag("r2", 5);
        Scenario moved = vm.getScenario();
        assertEquals(1, values(vv()));

        vm.editing().undoCommand().execute();
        assertEquals(original, vm.getScenario());
        assertEquals(2, values(vv()));
        assertTrue(vm.editing().redoCommand().enabledProperty().get());
        vm.editing().redoCommand().execute();
        assertEquals(moved, vm.getScenario());
        assertEquals(1, values(vv()));

        // add a write from the toolbar, delete it again, undo both
        vm.editing().addWrite();
        assertEquals(5, vm.projected().getDiagram().chips().size());
        String added = vm.selection().selectedProperty().get();
        assertNotNull(added);
        assertTrue(vm.editing().deleteCommand().enabledProperty().get());
        vm.editing().deleteCommand().execute();
        assertEquals(4, vm.projected().getDiagram().chips().size());
        assertNull(vm.selection().selectedProperty().get());
        assertFalse(vm.editing().deleteCommand().enabledProperty().get(), "nothing selected, nothing to delete");
        vm.editing().undoCommand().execute();
        assertEquals(5, vm.projected().getDiagram().chips().size());
        vm.editing().undoCommand().execute();
        vm.editing().undoCommand().execute();
        assertEquals(original, vm.getScenario());
        assertFalse(vm.editing().undoCommand().enabledProperty().get(), "nothing left to undo");
    }

    @Test
    void editAWriteInPlaceMarkItBlindAndDeleteIt() {
        assertTrue(vm.editing().editWrite("w1", "x=hello"));
        assertEquals("x", chip(vm, "w1").key());
        assertEquals("hello", chip(vm, "w1").value());
        assertTrue(lww().keys().get(0).lost().get(0).explanation().contains("c1's write hello was acknowledged"));

        // c2's write w2 has a context read; marking it blind drops the context arrow
        vm.selection().select("w2");
        assertEquals(2, vm.projected().getDiagram().arrows().size());
        assertTrue(vm.editing().blindCommand().enabledProperty().get());
        vm.editing().blindCommand().execute();
        assertEquals(1, vm.projected().getDiagram().arrows().size());
        assertTrue(chip(vm, "w2").blind());
        assertTrue(vm.selection().selectedIsBlindProperty().get());
        vm.editing().undoCommand().execute();
        vm.editing().undoCommand().execute();
        assertEquals("a", chip(vm, "w1").value());

        vm.editing().deleteOperation("w2");
        assertEquals(3, vm.projected().getDiagram().chips().size());
        assertEquals(1, values(vv()));
        assertEquals(0, lww().counters().lost());
        vm.editing().undoCommand().execute();
        assertEquals(4, vm.projected().getDiagram().chips().size());
    }

    @Test
    void aWriteEditWithoutAKeyIsRefusedWithAReason() {
        Scenario before = vm.getScenario();
        assertFalse(vm.editing().editWrite("w1", " = b"));
        assertEquals(before, vm.getScenario());
        assertEquals(
                "Cannot edit this write", vm.document().problemProperty().get().title(), "no internal id in a dialog");
        assertTrue(vm.document().problemProperty().get().message().contains("A write needs a key"));
        assertFalse(vm.editing().editWrite("r1", "x=b"), "a read has no value to edit");
        assertTrue(vm.editing().editReadKey("r1", " y "));
        assertEquals("y", vm.getScenario().operation("r1").key());
        assertFalse(vm.editing().editReadKey("r1", "  "));
    }

    @Test
    void addAClientAndOperationsOnItsLane() {
        vm.editing().addClient();
        assertEquals(List.of("c1", "c2", "c3"), vm.getScenario().clients());
        assertEquals(List.of("c1", "c2", "c3"), vm.projected().getDiagram().clients());
        assertEquals("c3", vm.selection().activeClientProperty().get());
        vm.editing().addWrite();
        String id = vm.selection().selectedProperty().get();
        assertEquals("c3", vm.getScenario().operation(id).client());
        assertEquals("c", ((Operation.Write) vm.getScenario().operation(id)).value(), "the first unused value");
        // a third concurrent write: VV keeps three siblings, LWW loses one more
        assertEquals(3, values(vv()));
        assertEquals(2, lww().counters().lost());

        vm.editing().addRead("c3", 3);
        String read = vm.selection().selectedProperty().get();
        assertInstanceOf(Operation.Read.class, vm.getScenario().operation(read));
        assertEquals("c3", vm.getScenario().operation(read).client());
        assertEquals(3, vm.getScenario().operation(read).time());
        assertEquals(6, vm.projected().getDiagram().chips().size());
    }

    @Test
    void stepScrubAndPlayMoveTheTimeCursor() {
        Simulation sim = vm.getSimulation();
        assertEquals("step 4 of 4, t=6", vm.projected().stepTextProperty().get());
        vm.playback().stepBack();
        assertEquals(3, vm.playback().cursorProperty().get());
        assertEquals(
                Narration.of(sim.vv(), sim.vv().steps().get(2)),
                vm.projected().vvNarrationProperty().get());
        assertEquals(
                Narration.of(sim.lww(), sim.lww().steps().get(2)),
                vm.projected().lwwNarrationProperty().get());
        assertEquals(1, values(vv())); // only a is stored before c2 writes
        assertEquals(0, lww().counters().lost());
        vm.lesson().stepForward();
        assertEquals(1, lww().counters().lost());

        vm.playback().setCursor(0);
        assertEquals(0, values(vv()) + values(lww()));
        assertTrue(vm.projected().vvNarrationProperty().get().startsWith("Nothing has happened yet"));
        assertEquals("start, step 0 of 4", vm.projected().stepTextProperty().get());
        vm.playback().setCursor(3);
        assertEquals(
                1,
                vm.projected().getDiagram().chips().stream()
                        .filter(c -> !c.applied())
                        .count());
        vm.playback().setCursor(99);
        assertEquals(4, vm.playback().cursorProperty().get(), "clamped to the end");
        vm.playback().setCursor(-5);
        assertEquals(0, vm.playback().cursorProperty().get(), "clamped to the start");

        // play runs to the end, one step per tick, and stops there
        vm.playback().setCursor(2);
        vm.playback().togglePlay();
        assertTrue(vm.playback().playingProperty().get());
        ticker.tick();
        assertEquals(3, vm.playback().cursorProperty().get());
        ticker.tick();
        assertEquals(4, vm.playback().cursorProperty().get());
        assertFalse(vm.playback().playingProperty().get());
        assertFalse(ticker.running());
        assertEquals(1, lww().counters().lost());
        // play at the end starts over
        vm.playback().play();
        assertEquals(0, vm.playback().cursorProperty().get());
        vm.playback().togglePlay();
        assertFalse(vm.playback().playingProperty().get());
    }

    @Test
    void anEditKeepsTheCursorWhereItWasUnlessItWasAtTheEnd() {
        vm.playback().setCursor(2);
        vm.editing().addClient();
        assertEquals(2, vm.playback().cursorProperty().get());
        vm.playback().setCursor(4);
        vm.editing().addWrite();
        assertEquals(5, vm.playback().cursorProperty().get(), "at the end, the cursor follows the new end");
        vm.document().loadPreset(preset("A stale context"));
        assertEquals(
                vm.playback().stepCountProperty().get(),
                vm.playback().cursorProperty().get(),
                "a preset opens at its end");
    }

    @Test
    void selectingAnOperationShowsItsCausalPastFutureAndConcurrentOperations() {
        vm.selection().select("w2");
        assertEquals("c2", vm.selection().activeClientProperty().get());
        assertEquals(DiagramModel.Role.SELECTED, chip(vm, "w2").role());
        assertEquals(DiagramModel.Role.PAST, chip(vm, "r2").role(), "the read w2 took its context from");
        assertEquals(DiagramModel.Role.CONCURRENT, chip(vm, "w1").role(), "c1's write is concurrent with w2");

        drag("r2", 5); // c2 now reads after a: a is in w2's past
        vm.selection().select("w2");
        assertEquals(DiagramModel.Role.PAST, chip(vm, "w1").role());
        vm.selection().select("w1");
        assertEquals(DiagramModel.Role.FUTURE, chip(vm, "w2").role());
        vm.selection().select(null);
        assertEquals(DiagramModel.Role.NONE, chip(vm, "w2").role());
    }

    @Test
    void saveAndReopenGivesTheSameScenarioAndTrace() throws Exception {
        drag("r2", 5);
        Scenario saved = vm.getScenario();
        Path file = dir.resolve("lesson.json");
        assertTrue(vm.document().save(file));
        assertTrue(Files.size(file) > 0);

        vm.document().loadPreset(preset("Three clients at once"));
        assertEquals("Three clients at once", vm.document().titleProperty().get());

        assertTrue(vm.document().open(file));
        assertEquals(saved, vm.getScenario());
        Simulation expected = Simulator.run(saved);
        assertEquals(expected.vv().steps(), vm.getSimulation().vv().steps());
        assertEquals(expected.lww().steps(), vm.getSimulation().lww().steps());
        assertEquals(1, values(vv()));
        assertEquals(
                "Undo open lesson.json",
                vm.editing().undoCommand().textProperty().get());
    }

    @Test
    void openingABrokenFileReportsItAndKeepsTheScenario() throws Exception {
        Scenario before = vm.getScenario();
        List<Step> stepsBefore = vm.getSimulation().vv().steps();
        Path file = dir.resolve("notes.json");
        Files.writeString(file, "shopping list: milk, eggs");
        assertFalse(vm.document().open(file));
        assertEquals(
                "This file cannot be opened",
                vm.document().problemProperty().get().title());
        assertTrue(
                vm.document()
                        .problemProperty()
                        .get()
                        .message()
                        .contains("notes.json is not a Conflict Explorer scenario"),
                vm.document().problemProperty().get().message());
        assertEquals(before, vm.getScenario());
        assertEquals(stepsBefore, vm.getSimulation().vv().steps());
        assertEquals(2, values(vv()));
        assertFalse(vm.editing().undoCommand().enabledProperty().get(), "a failed open is not an edit");

        Problem first = vm.document().problemProperty().get();
        vm.document().open(file);
        assertTrue(
                vm.document().problemProperty().get().serial() > first.serial(),
                "the same problem twice is two reports");
    }

    /** Opens {@code file} on a cluster scenario with w1 selected: refused with {@code expected}, nothing changes. */
    private void openIsRefused(Path file, String expected) {
        vm.document().loadPreset(preset("Partition, then heal"));
        vm.selection().select("w1");
        Scenario before = vm.getScenario();
        List<Step> stepsBefore = vm.getSimulation().vv().steps();
        assertFalse(vm.document().open(file));
        assertTrue(
                vm.document().problemProperty().get().message().contains(expected),
                vm.document().problemProperty().get().message());
        assertEquals(before, vm.getScenario());
        assertEquals(stepsBefore, vm.getSimulation().vv().steps());
        assertEquals("w1", vm.selection().selectedProperty().get());
        assertEquals("Partition, then heal", vm.document().titleProperty().get());
        assertEquals(1, lww().counters().lost());
        assertEquals(2, values(vv(), "n1"));
    }

    @Test
    void openingAFileFromANewerVersionIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("from-the-future.json");
        Files.writeString(
                file,
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 99, \"clients\": [\"c1\"], "
                        + "\"operations\": [], \"holograms\": true}");
        openIsRefused(file, "from-the-future.json was saved by a newer Conflict Explorer (file version 99)");
    }

    @Test
    void openingAHugeFileIsRefusedWithAClearMessage() throws Exception {
        Path file = dir.resolve("huge.json");
        // a valid start, then far more than any classroom scenario: refused by its size, not parsed
        StringBuilder sb = new StringBuilder(
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 2, \"clients\": [\"c1\"], \"operations\": [");
        String op =
                "{\"id\": \"w%d\", \"type\": \"write\", \"client\": \"c1\", \"time\": %d, \"key\": \"x\", \"value\": \"v\"},";
        for (int i = 0; sb.length() < 3 * 1024 * 1024; i++) {
            sb.append(String.format(op, i, i));
        }
        sb.setLength(sb.length() - 1);
        sb.append("]}");
        Files.writeString(file, sb);
        openIsRefused(file, "huge.json is too large to be a scenario (over 2 MiB)");
    }

    @Test
    void openingAMalformedClusterFileNamesTheProblem() throws Exception {
        Path file = dir.resolve("bad-cluster.json");
        Files.writeString(
                file,
                "{\"format\": \"conflict-explorer-scenario\", \"version\": 2, \"clients\": [\"c1\"], "
                        + "\"operations\": [{\"id\": \"w1\", \"type\": \"write\", \"client\": \"c1\", \"time\": 1, \"key\": \"x\", \"value\": \"a\", \"replica\": \"n9\"}], "
                        + "\"topology\": {\"replicas\": [{\"id\": \"n1\"}, {\"id\": \"n2\"}]}}");
        openIsRefused(file, "n9");
    }

    @Test
    void savingWhereNothingCanBeWrittenIsReported() {
        assertFalse(vm.document().save(dir.resolve("no-such-folder").resolve("lesson.json")));
        assertEquals(
                "The scenario was not saved",
                vm.document().problemProperty().get().title());
    }

    @Test
    void zoomStepsAndClampsAndThePresenterViewZoomsIn() {
        vm.presentation().zoomIn();
        assertEquals(1.25, vm.presentation().zoomProperty().get());
        vm.presentation().zoomOut();
        assertEquals(1.0, vm.presentation().zoomProperty().get());
        for (int i = 0; i < 20; i++) {
            vm.presentation().zoomIn();
        }
        assertEquals(Presentation.MAX_ZOOM, vm.presentation().zoomProperty().get());
        vm.presentation().resetZoom();
        for (int i = 0; i < 20; i++) {
            vm.presentation().zoomOut();
        }
        assertEquals(Presentation.MIN_ZOOM, vm.presentation().zoomProperty().get());
        vm.presentation().setPresenter(true);
        assertTrue(vm.presentation().presenterProperty().get());
        assertEquals(1.5, vm.presentation().zoomProperty().get());
        vm.presentation().setPresenter(false);
        assertEquals(1.0, vm.presentation().zoomProperty().get());
    }

    @Test
    void aRestoreStartsAFreshHistoryAndSaysSo() {
        drag("r2", 5);
        Scenario edited = vm.getScenario();
        ExplorerViewModel next = viewModel();
        next.document().restore(edited, OpenedScenario.Origin.NONE, "Restored your edits");
        assertEquals(edited, next.getScenario());
        assertEquals("Restored your edits", next.document().statusProperty().get());
        assertFalse(next.editing().undoCommand().enabledProperty().get(), "a restore is where the history starts");
        assertEquals(0, next.projected().lwwPanelProperty().get().counters().lost());
    }

    /**
     * A drag whose release never reached its chip (the window re-parented it mid-drag) is still
     * one undo step: undo takes back the move, not the preset switch before it; the window ends
     * every open drag after any release of the pointer ({@link Editing#endGestures()}).
     */
    @Test
    void aDragWhoseReleaseWasLostIsOneUndoStepOfItsOwn() {
        Scenario twoWriters = vm.getScenario();
        vm.document().loadPreset(preset("A stale context"));
        vm.document().loadPreset(preset("Two concurrent writers"));
        vm.editing().beginDrag("r2");
        vm.editing().dragTo(3);
        vm.editing().dragTo(5); // no release
        assertEquals(5, vm.getScenario().operation("r2").time());
        assertTrue(vm.editing().undoCommand().enabledProperty().get());
        assertTrue(
                vm.editing().undoCommand().textProperty().get().startsWith("Undo move"),
                vm.editing().undoCommand().textProperty().get());
        vm.editing().undo();
        assertEquals(twoWriters, vm.getScenario(), "the move is taken back, and only the move");
        vm.editing().redo();
        assertEquals(5, vm.getScenario().operation("r2").time(), "and it can be redone");

        vm.editing().beginDrag("r2");
        vm.editing().dragTo(3); // no release, but the window saw the pointer's release
        vm.editing().endGestures();
        assertEquals(3, vm.getScenario().operation("r2").time());
        vm.editing().undo();
        assertEquals(5, vm.getScenario().operation("r2").time(), "one step for the whole drag");
        vm.editing().undo();
        vm.editing().undo();
        assertEquals("A stale context", vm.getScenario().title(), "then the preset switch");
    }

    /**
     * Found by {@code EditingSessionProperties} (shrunk to these three commands): an undo that takes
     * the selected chip away clears the selection while the new run is being shown, and that redraw
     * used the old run's LWW step table: it threw (JavaFX hands a listener's exception to the
     * thread's handler, so the window printed it and went on).
     */
    @Test
    void undoingTheAdditionOfTheSelectedChipRedrawsWithoutAnException() {
        List<Throwable> thrown = new ArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> thrown.add(e));
        try {
            vm.document().loadPreset(preset("Partition, then heal"));
            vm.editing().addRead("c1", 0); // selected
            vm.editing().undo();
        } finally {
            Thread.currentThread().setUncaughtExceptionHandler(before);
        }
        assertEquals(List.of(), thrown);
        assertNull(vm.selection().selectedProperty().get());
        assertEquals(vm.getSimulation().lww().losses().size(), lww().lost().size(), "the LWW panel of the run shown");
    }
}
