package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Predict, then reveal on "Two concurrent writers" (4 steps; the 4th is c2's write b, which makes
 * LWW lose a and VV keep two siblings): the step forward names the step but shows the diagram and
 * the panels as they were before it and a question as narration; the next step key reveals, the one
 * after steps again.
 */
class PredictRevealTest {

    private final ExplorerViewModel vm = viewModel(new ManualTicker());

    @Test
    void aStepHidesItsResultUntilRevealedAndTheNextKeyRevealsThenSteps() {
        vm.playback().setCursor(3);
        PanelState lwwBefore = vm.projected().lwwPanelProperty().get();
        PanelState vvBefore = vm.projected().vvPanelProperty().get();
        assertEquals(0, lwwBefore.counters().lost());
        vm.lesson().predictProperty().set(true);

        vm.lesson().stepForward();
        assertEquals(4, vm.playback().cursorProperty().get());
        assertTrue(vm.lesson().resultHiddenProperty().get());
        assertEquals(lwwBefore, vm.projected().lwwPanelProperty().get(), "LWW's loss is not shown yet");
        assertEquals(vvBefore, vm.projected().vvPanelProperty().get());
        assertEquals(
                LessonMode.PREDICT_QUESTION,
                vm.projected().lwwNarrationProperty().get());
        assertTrue(
                vm.projected().stepTextProperty().get().startsWith("step 4 of 4"),
                vm.projected().stepTextProperty().get());
        assertEquals(
                4,
                vm.projected().getDiagram().cursorTime(),
                "the diagram stays before c2's write, whose marks would tell");

        vm.lesson().stepForward(); // the clicker's next reveals, and does not step
        assertEquals(6, vm.projected().getDiagram().cursorTime());
        assertEquals(4, vm.playback().cursorProperty().get());
        assertFalse(vm.lesson().resultHiddenProperty().get());
        assertEquals(1, vm.projected().lwwPanelProperty().get().counters().lost());
        assertTrue(
                vm.projected().lwwNarrationProperty().get().contains("LOST"),
                vm.projected().lwwNarrationProperty().get());
    }

    @Test
    void steppingBackRevealAndTurningTheModeOffShowTheResult() {
        vm.playback().setCursor(1);
        vm.lesson().predictProperty().set(true);
        vm.lesson().stepForward();
        assertTrue(vm.lesson().resultHiddenProperty().get());
        vm.lesson().reveal();
        assertFalse(vm.lesson().resultHiddenProperty().get());
        vm.lesson().stepForward();
        assertTrue(vm.lesson().resultHiddenProperty().get());
        vm.playback().stepBack();
        assertFalse(vm.lesson().resultHiddenProperty().get(), "a step back shows a known state");
        assertEquals(2, vm.playback().cursorProperty().get());
        vm.lesson().stepForward();
        vm.lesson().predictProperty().set(false);
        assertFalse(vm.lesson().resultHiddenProperty().get());
        assertNotEquals(
                LessonMode.PREDICT_QUESTION,
                vm.projected().lwwNarrationProperty().get());
        vm.lesson().stepForward();
        assertFalse(vm.lesson().resultHiddenProperty().get(), "off: steps show their result at once");
        assertEquals(4, vm.playback().cursorProperty().get());
    }

    /**
     * "Three clients at once", predict mode, cursor at the start: c3's read (the last step) returns
     * three siblings under VV and c alone under LWW. While any step before it is predicted, its chip
     * says only "read x" (no got, no context) and no read-from arrow runs into it; no write after
     * the cursor shows its clock or timestamp; no gossip or store note tells. Once the read itself is
     * revealed, its outcome shows.
     */
    @Test
    void noChipAtOrAfterTheUnrevealedStepShowsItsOutcome() {
        vm.document().loadPreset(Models.preset("Three clients at once"));
        vm.lesson().predictProperty().set(true);
        vm.playback().setCursor(0);
        int steps = vm.playback().stepCountProperty().get();
        for (int cursor = 1; cursor <= steps; cursor++) {
            vm.lesson().stepForward();
            assertTrue(vm.lesson().resultHiddenProperty().get());
            assertOnlyAppliedShowOutcomes(cursor - 1);
            vm.lesson().stepForward(); // reveal
            assertFalse(vm.lesson().resultHiddenProperty().get());
            assertOnlyAppliedShowOutcomes(cursor);
        }
        DiagramModel.Chip read = Models.chip(vm, "r1");
        assertTrue(
                read.outcome() instanceof DiagramModel.Outcome.ReadBack r
                        && r.got().size() == 3,
                read.toString());
    }

    /** Exactly the chips of the first {@code shown} steps tell what the stores made of them. */
    private void assertOnlyAppliedShowOutcomes(int shown) {
        DiagramModel d = vm.projected().getDiagram();
        assertTrue(d.marks().stream()
                .allMatch(m -> vm.getSimulation().vv().stepOf(m.operation()).index() < shown));
        for (DiagramModel.Chip c : d.chips()) {
            int index = vm.getSimulation().vv().stepOf(c.id()).index();
            boolean unrevealed = c.outcome() instanceof DiagramModel.Outcome.Unrevealed;
            assertEquals(
                    index >= shown,
                    unrevealed,
                    c.id() + " (step " + index + ") with " + shown + " shown: " + c.outcome());
            if (unrevealed) {
                assertTrue(
                        d.readsFrom().stream().noneMatch(r -> r.read().equals(c.id())),
                        "no read-from arrow into " + c.id());
            }
        }
    }

    /**
     * Predict mode holds across scenarios: with Q on, a preset, a file or a new scenario opens
     * before its first step with nothing revealed (no counter, no LOST card, no sibling, no chip's
     * outcome, no store note, a narration that tells nothing), where without it a preset opens at its
     * last step with everything showing.
     */
    @Test
    void aScenarioOpenedInPredictModeStartsBeforeItsFirstStepWithNothingRevealed(@TempDir Path dir) throws Exception {
        vm.lesson().predictProperty().set(true);
        for (Preset p : Models.PRESETS.subList(1, Models.PRESETS.size())) {
            vm.document().loadPreset(p);
            assertNothingRevealed(p.title());
        }
        Path file = dir.resolve("cart.json");
        ScenarioFiles.write(Models.preset("The shopping cart").scenario(), file);
        vm.playback().setCursor(vm.playback().stepCountProperty().get());
        assertTrue(vm.document().open(file));
        assertNothingRevealed("an opened file");
        vm.playback().setCursor(vm.playback().stepCountProperty().get());
        vm.document().newScenario();
        assertEquals(0, vm.playback().cursorProperty().get(), "a new scenario");

        vm.lesson().predictProperty().set(false);
        vm.document().loadPreset(Models.PRESETS.get(0));
        assertEquals(
                vm.playback().stepCountProperty().get(),
                vm.playback().cursorProperty().get(),
                "without Q: at the last step");
        assertEquals(1, vm.projected().lwwPanelProperty().get().counters().lost());
    }

    private void assertNothingRevealed(String what) {
        assertEquals(0, vm.playback().cursorProperty().get(), what + " starts before its first step");
        assertFalse(vm.lesson().resultHiddenProperty().get(), what);
        for (PanelState panel : List.of(
                vm.projected().lwwPanelProperty().get(),
                vm.projected().vvPanelProperty().get())) {
            assertEquals(Counters.ZERO, panel.counters(), what);
            assertTrue(panel.lost().isEmpty(), what);
            assertTrue(
                    panel.keys().stream()
                            .allMatch(k -> k.values().isEmpty() && k.lost().isEmpty()),
                    what);
            assertTrue(
                    panel.replicas().stream()
                            .flatMap(r -> r.keys().stream())
                            .allMatch(k -> k.values().isEmpty()),
                    what);
        }
        assertOnlyAppliedShowOutcomes(0);
        assertTrue(vm.projected().getDiagram().chips().stream().noneMatch(DiagramModel.Chip::lostInLww), what);
        assertTrue(vm.projected().getDiagram().messages().stream().noneMatch(m -> m.changed() || m.lossInLww()), what);
        assertEquals(
                TraceProjection.NOTHING_YET,
                vm.projected().lwwNarrationProperty().get(),
                what);
        assertEquals(
                TraceProjection.NOTHING_YET,
                vm.projected().vvNarrationProperty().get(),
                what);
    }
}
