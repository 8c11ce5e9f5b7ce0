package io.conflictexplorer.gui.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.core.store.Mode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a panel and a chip say as plain values, so the views only show them: the counters, the
 * cluster's badge (nothing stored, replicas agree, replicas differ; none for a single store) and the
 * text a chip's in-place edit starts from.
 */
class PanelStateTest {

    private static final PanelState.Card A = new PanelState.Card("w1", "a", "{c1:1}", "c1", 4, null);
    private static final PanelState.KeyState X = new PanelState.KeyState("x", List.of(A), List.of(), false);

    private static PanelState cluster(boolean converged, List<PanelState.KeyState> n1Keys) {
        return new PanelState(
                Mode.VV,
                new Counters(3, 2, 1),
                List.of(),
                List.of(new PanelState.ReplicaState("n1", n1Keys), new PanelState.ReplicaState("n2", List.of())),
                List.of(),
                converged);
    }

    @Test
    void theCountersArePlainNumbers() {
        PanelState p = new PanelState(Mode.LWW, new Counters(3, 2, 1), List.of(X));
        assertEquals(3, p.acknowledgedCount());
        assertEquals(2, p.visibleCount());
        assertEquals(1, p.lostCount());
    }

    @Test
    void aSingleStoreHasNoBadge() {
        assertNull(new PanelState(Mode.VV, new Counters(1, 1, 0), List.of(X)).badge());
    }

    @Test
    void aClustersBadgeSaysWhetherItsReplicasAgree() {
        assertEquals(
                new PanelState.Badge("replicas agree", "converged-badge", "Every replica stores the same writes"),
                cluster(true, List.of(X)).badge());
        assertEquals(
                new PanelState.Badge(
                        "replicas differ",
                        "diverged-badge",
                        "Gossip has not brought every replica the same writes yet"),
                cluster(false, List.of(X)).badge());
        assertEquals(
                new PanelState.Badge("nothing stored", "empty-badge", "Every replica stores the same writes"),
                cluster(true, List.of()).badge(),
                "before any write, there is nothing to agree on");
    }

    @Test
    void aChipsEditStartsFromTheOperationAsTyped() {
        DiagramModel.Chip read = chip(new DiagramModel.Outcome.Unrevealed(false, null));
        DiagramModel.Chip write = chip(new DiagramModel.Outcome.Unrevealed(true, new WriteValue.Literal("a")));
        assertEquals("x", read.editText());
        assertEquals("x=a", write.editText());
    }

    private static DiagramModel.Chip chip(DiagramModel.Outcome outcome) {
        return new DiagramModel.Chip("w1", "c1", 4, "x", outcome, Set.of(), DiagramModel.Role.NONE, null);
    }
}
