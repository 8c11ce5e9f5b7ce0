package io.conflictexplorer.gui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditCommandTest {

    private static final Operation.Read R1 = new Operation.Read("r1", "c1", 1, "x");
    private static final Operation.Write W1 = new Operation.Write("w1", "c1", 3, "x", "a", false);
    private static final Operation.Write W2 = new Operation.Write("w2", "c2", 3, "x", "b", false);
    private static final Scenario S = new Scenario("t", "n", List.of("c1", "c2"), List.of(R1, W1, W2));

    private static void roundTrip(EditCommand c) {
        Scenario after = c.apply(S);
        assertNotEquals(S, after, c.description());
        assertEquals(S, c.undo(after), c.description());
    }

    @Test
    void everyCommandUndoesExactly() {
        roundTrip(new EditCommand.MoveOperation("w1", 3, 9));
        roundTrip(new EditCommand.AddOperation(new Operation.Read("r2", "c2", 0, "x")));
        roundTrip(new EditCommand.DeleteOperation(W1, 1)); // back at its index: tie order with w2 survives
        roundTrip(new EditCommand.ReplaceOperation(W1, W1.withValue("z").withBlind(true)));
        roundTrip(new EditCommand.AddClient("c3"));
        roundTrip(new EditCommand.ReplaceScenario(S, Scenario.of("other", List.of("c9")), "load"));
    }

    @Test
    void anEditKeepsTheOperationId() {
        assertThrows(IllegalArgumentException.class, () -> new EditCommand.ReplaceOperation(W1, W2));
    }

    @Test
    void undoStackRedoesAndForgetsRedoOnANewEdit() {
        UndoStack stack = new UndoStack();
        Scenario s1 = stack.execute(new EditCommand.MoveOperation("w1", 3, 5), S);
        Scenario s2 = stack.execute(new EditCommand.AddClient("c3"), s1);
        assertTrue(stack.canUndo());
        assertEquals("Undo add client c3", stack.undoText());
        assertEquals(s1, stack.undo(s2));
        assertEquals(S, stack.undo(s1));
        assertFalse(stack.canUndo());
        assertEquals(s1, stack.redo(S));
        assertTrue(stack.canRedo());
        Scenario other = stack.execute(new EditCommand.DeleteOperation(R1, 0), s1);
        assertFalse(stack.canRedo(), "a new edit clears redo");
        assertEquals(s1, stack.undo(other));
    }

    @Test
    void topologyEditsUndoExactly() {
        Topology single = S.topology();
        Topology two = Topology.cluster(2, 4, 1);
        roundTrip(new EditCommand.EditTopology(single, two, "add replica n2"));
        Scenario cluster = S.withTopology(two).replaceOperation("w2", op -> op.withReplica("n2"));
        Topology cut = two.withNetwork(List.of(new NetworkEvent.Partition("p1", "n1", "n2", 2, 9)));
        for (EditCommand c : List.of(
                new EditCommand.EditTopology(two, cut, "cut"),
                new EditCommand.EditTopology(two, two.withSkew("n1", 50), "skew"),
                new EditCommand.EditTopology(two, two.withScheme(ClockScheme.CLIENT_COUNTERS), "scheme"))) {
            Scenario after = c.apply(cluster);
            assertNotEquals(cluster, after, c.description());
            assertEquals("n2", after.operation("w2").replica(), "operations keep their replica");
            assertEquals(cluster, c.undo(after), c.description());
        }
    }
}
