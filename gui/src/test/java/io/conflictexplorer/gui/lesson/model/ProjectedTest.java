package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.Mode;
import org.junit.jupiter.api.Test;

/** What the projection shows follows the time cursor; the cursor's tick is 0 before the first step. */
class ProjectedTest {

    private final ExplorerViewModel vm = viewModel();
    private final Projected projected = vm.projected();

    @Test
    void eachModesPanelIsItsOwnProperty() {
        assertSame(projected.lwwPanelProperty(), projected.panelProperty(Mode.LWW));
        assertSame(projected.vvPanelProperty(), projected.panelProperty(Mode.VV));
    }

    @Test
    void theCursorTickIsWhereTheLastAppliedStepHappened() {
        vm.playback().first();
        assertEquals(0, projected.cursorTick(), "before the first step");
        assertTrue(projected.replicaIds().isEmpty(), "a single store has no replicas to send to");
        vm.playback().last();
        assertEquals(projected.getDiagram().cursorTime(), projected.cursorTick());
        assertTrue(projected.cursorTick() > 0);
    }

    @Test
    void aNewFrameReplacesEveryModelWhole() {
        var before = projected.getDiagram();
        var panel = projected.vvPanelProperty().get();
        vm.playback().stepBack();
        assertTrue(before != projected.getDiagram()
                && panel != projected.vvPanelProperty().get());
        assertEquals(projected.diagramProperty().get(), projected.getDiagram());
    }
}
