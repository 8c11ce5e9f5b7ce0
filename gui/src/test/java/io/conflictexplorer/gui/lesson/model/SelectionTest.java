package io.conflictexplorer.gui.lesson.model;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The selection on "Two concurrent writers" (c1: r1, w1; c2: r2, w2): it only ever names what the
 * scenario holds, and the active lane follows the selected operation.
 */
class SelectionTest {

    private Scenario scenario = preset("Two concurrent writers").scenario();
    private final Selection selection = new Selection(() -> scenario);

    @Test
    void selectingAnOperationMakesItsLaneActive() {
        selection.select("w2");
        assertEquals("w2", selection.selectedProperty().get());
        assertEquals("c2", selection.activeClientProperty().get());
        selection.select(null);
        assertNull(selection.selectedProperty().get());
        assertEquals("c2", selection.activeClientProperty().get(), "clearing keeps the lane");
    }

    @Test
    void anOperationOrLaneNotInTheScenarioIsNotSelected() {
        selection.select("w1");
        selection.select("nope");
        assertNull(selection.selectedProperty().get());
        assertEquals("c1", selection.activeClientProperty().get());
        selection.selectLane("c9");
        assertEquals("c1", selection.activeClientProperty().get());
        selection.selectLane("c2");
        assertEquals("c2", selection.activeClientProperty().get());
    }

    @Test
    void whatAnEditRemovedIsNoLongerSelectedAndTheLaneFallsBackToTheFirst() {
        selection.select("w2");
        scenario = Scenario.of("Other", List.of("a", "b"));
        selection.scenarioChanged(scenario);
        assertNull(selection.selectedProperty().get());
        assertEquals("a", selection.activeClientProperty().get());
        assertEquals("a", selection.targetClient());
    }
}
