package io.conflictexplorer.gui.projection;

import static io.conflictexplorer.gui.projection.ProjectionFixtures.chip;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.end;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.message;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.preset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.gui.projection.DiagramModel.ChipFlag;
import io.conflictexplorer.gui.projection.TraceProjection.Frame;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The projection of a simulation into what the window shows, with no window: counters, cards, lost
 * cards, narration and chips, per preset, at the start, a middle step and the end. The expected
 * values are worked out from the scenario (times, who read what), not copied from a run.
 */
class TraceProjectionTest {

    private static List<String> values(PanelState.KeyState k) {
        return k.values().stream().map(PanelState.Card::value).toList();
    }

    /** r1 (c1, t=1) and r2 (c2, t=2) read nothing; w1 writes a at t=4, w2 writes b at t=6, neither seeing the other. */
    @Test
    void twoWritersAtTheStart() {
        Simulation sim = Simulator.run(preset("01-two-writers.json"));
        Frame f = TraceProjection.frame(sim, 0, null);
        assertEquals(Counters.ZERO, f.lwwPanel().counters());
        assertEquals(Counters.ZERO, f.vvPanel().counters());
        assertEquals(List.of(), f.vvPanel().keys());
        assertEquals(TraceProjection.NOTHING_YET, f.vvNarration());
        assertEquals(TraceProjection.NOTHING_YET, f.lwwNarration());
        assertEquals("start, step 0 of 4", f.stepText());
        assertEquals(-1, f.diagram().cursorTime());
        assertEquals(1, f.diagram().nextTime());
        assertTrue(f.diagram().chips().stream().noneMatch(DiagramModel.Chip::applied));
    }

    @Test
    void twoWritersAfterTheFirstWrite() {
        Simulation sim = Simulator.run(preset("01-two-writers.json"));
        Frame f = TraceProjection.frame(sim, 3, null);
        assertEquals(new Counters(1, 1, 0), f.lwwPanel().counters());
        assertEquals(new Counters(1, 1, 0), f.vvPanel().counters());
        assertEquals("c1 writes x=a with LWW ts 4.", f.lwwNarration());
        assertEquals("c1 writes x=a with clock {c1: 1}.", f.vvNarration());
        assertEquals("step 3 of 4, t=4", f.stepText());
        assertEquals(4, f.diagram().cursorTime());
        assertEquals(6, f.diagram().nextTime());
        assertEquals(Set.of(ChipFlag.APPLIED), chip(f, "w1").flags()); // it read x first (r1): it has a context
        assertEquals(Set.of(), chip(f, "w2").flags());
    }

    @Test
    void twoWritersAtTheEndLwwLosesAVvKeepsBoth() {
        Frame f = end(preset("01-two-writers.json"), null);
        assertEquals(new Counters(2, 1, 1), f.lwwPanel().counters());
        assertEquals(new Counters(2, 2, 0), f.vvPanel().counters());

        PanelState.KeyState lww = f.lwwPanel().keys().get(0);
        assertEquals("x", lww.key());
        assertEquals(List.of(new PanelState.Card("w2", "b", "{c2: 1}", "c2", 6, null)), lww.values());
        assertEquals(1, lww.lost().size());
        PanelState.LostCard lost = lww.lost().get(0);
        assertEquals("w1", lost.operation());
        assertEquals("a", lost.value());
        assertEquals(
                "c1's write a was acknowledged, then overwritten by c2's write b, which never saw it",
                lost.explanation());
        assertFalse(lww.conflict());

        PanelState.KeyState vv = f.vvPanel().keys().get(0);
        assertEquals(List.of("a", "b"), values(vv));
        assertEquals(List.of(), vv.lost());
        assertTrue(vv.conflict());

        assertEquals(
                "c2 writes x=b with LWW ts 6. LOST: c1's write a was acknowledged, then overwritten by c2's write b,"
                        + " which never saw it.",
                f.lwwNarration());
        assertEquals(
                "c2 writes x=b with clock {c2: 1}. Conflict on x: 2 siblings kept (a, b), nothing lost.",
                f.vvNarration());
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.LOST_IN_LWW), chip(f, "w1").flags());
        assertEquals(Set.of(ChipFlag.APPLIED), chip(f, "w2").flags());
        DiagramModel.Outcome.Written w1 =
                (DiagramModel.Outcome.Written) chip(f, "w1").outcome();
        assertEquals(
                new DiagramModel.Outcome.Written(
                        "a", "a", new WriteValue.Literal("a"), VersionVector.of("c1", 1), 4, new Dot("store", 1)),
                w1);
        assertEquals(
                List.of(new DiagramModel.Arrow("r1", "w1"), new DiagramModel.Arrow("r2", "w2")),
                f.diagram().arrows());
    }

    /** Dragging w1 to t=8, after w2: now w1's later timestamp wins and w2 is the one LWW loses. */
    @Test
    void movingTheFirstWriteAfterTheSecondMovesTheLoss() {
        Scenario moved = preset("01-two-writers.json").replaceOperation("w1", op -> op.withTime(8));
        Frame f = end(moved, null);
        assertEquals(Set.of(ChipFlag.APPLIED), chip(f, "w1").flags());
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.LOST_IN_LWW), chip(f, "w2").flags());
        assertEquals(8, chip(f, "w1").time());
        assertEquals(8, ((DiagramModel.Outcome.Written) chip(f, "w1").outcome()).lwwTimestamp());
        assertEquals(
                "c1 writes x=a with clock {c1: 1}. Conflict on x: 2 siblings kept (b, a), nothing lost.",
                f.vvNarration());

        // with the cursor after w2 (step 3 of r1, r2, w2, w1), w1 is not applied and nothing is lost yet
        Simulation sim = Simulator.run(moved);
        Frame mid = TraceProjection.frame(sim, 3, null);
        assertEquals(Set.of(), chip(mid, "w1").flags());
        assertEquals(Set.of(ChipFlag.APPLIED), chip(mid, "w2").flags());
    }

    @Test
    void aBlindWriteCarriesNoContextAndSaysSo() {
        Scenario s = preset("01-two-writers.json").replaceOperation("w2", op -> ((Operation.Write) op).withBlind(true));
        Frame f = end(s, "w2");
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.BLIND, ChipFlag.NO_CONTEXT),
                chip(f, "w2").flags());
        assertEquals(List.of(new DiagramModel.Arrow("r1", "w1")), f.diagram().arrows());
        assertTrue(f.selectedIsWrite());
        assertTrue(f.selectedIsBlind());
        assertEquals(DiagramModel.Role.SELECTED, chip(f, "w2").role());
        assertEquals(DiagramModel.Role.CONCURRENT, chip(f, "w1").role());
    }

    /** Three clients write a, b, c at t=2, 3, 4 without reading; c3 reads at t=6. */
    @Test
    void threeClientsGiveThreeSiblingsAndTheReadSeesThemAll() {
        Frame f = end(preset("04-three-clients.json"), "r1");
        assertEquals(new Counters(3, 1, 2), f.lwwPanel().counters());
        assertEquals(new Counters(3, 3, 0), f.vvPanel().counters());
        assertEquals(List.of("c"), values(f.lwwPanel().keys().get(0)));
        assertEquals(
                List.of("w1", "w2"),
                f.lwwPanel().keys().get(0).lost().stream()
                        .map(PanelState.LostCard::operation)
                        .toList());
        assertEquals(List.of("a", "b", "c"), values(f.vvPanel().keys().get(0)));
        DiagramModel.Outcome.ReadBack read =
                (DiagramModel.Outcome.ReadBack) chip(f, "r1").outcome();
        assertEquals(List.of("a", "b", "c"), read.got());
        assertEquals(
                VersionVector.builder().put("c1", 1).put("c2", 1).put("c3", 1).build(), read.context());
        assertFalse(f.selectedIsWrite());
        assertEquals(Set.of(ChipFlag.APPLIED), chip(f, "r1").flags());
        assertEquals(DiagramModel.Role.PAST, chip(f, "w1").role()); // r1's context descends every write
        assertEquals(
                "c3 reads x and gets 3 siblings (a, b, c): a conflict; its context is now " + read.context() + ".",
                f.vvNarration());
    }

    /**
     * n1 and n2 are cut over [2, 14); w1 writes a at n1 at t=5, w2 writes b at n2 at t=8; gossip
     * every 4 ticks with a delay of 1, so the first messages through are sent at 16 and arrive at 17,
     * n1's first. Under LWW, b (t=8) beats a (t=5) at n1: a is lost.
     */
    @Test
    void partitionThenHealInTheCluster() {
        Simulation sim = Simulator.run(preset("06-partition-heal.json"));
        int afterW2 = sim.vv().stepOf("w2").index() + 1;
        Frame mid = TraceProjection.frame(sim, afterW2, null);
        assertFalse(mid.vvPanel().converged(), "n1 has a, n2 has b");
        assertEquals(new Counters(2, 2, 0), mid.vvPanel().counters());
        assertEquals("n1", mid.vvPanel().replicas().get(0).replica());
        assertEquals(List.of("a"), values(mid.vvPanel().replicas().get(0).keys().get(0)));
        assertEquals(List.of("b"), values(mid.vvPanel().replicas().get(1).keys().get(0)));
        assertEquals("c2 writes x=b at n2 with clock {c2: 1}.", mid.vvNarration());
        assertEquals("n2", chip(mid, "w2").replica());

        Frame f = TraceProjection.frame(sim, sim.vv().size(), null);
        assertTrue(f.vvPanel().converged());
        assertTrue(f.lwwPanel().converged());
        assertEquals(new Counters(2, 2, 0), f.vvPanel().counters());
        assertEquals(new Counters(2, 1, 1), f.lwwPanel().counters());
        assertEquals(
                List.of("w1"),
                f.lwwPanel().lost().stream().map(PanelState.LostCard::operation).toList());
        assertEquals(List.of(), f.vvPanel().lost());
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.NO_CONTEXT, ChipFlag.LOST_IN_LWW, ChipFlag.DOT_DECIDES),
                chip(f, "w1").flags());
        assertEquals(
                List.of("a", "b"),
                ((DiagramModel.Outcome.ReadBack) chip(f, "r1").outcome()).got());
        // after 17 both VV replicas changed and send again at 20: the last arrival (n1's, from n2) is nothing new
        assertEquals("n1 receives gossip from n2 (2 values): nothing new.", f.vvNarration());
        // both lines tell of that arrival: under LWW n2 had nothing new for n1, so none came
        assertEquals(
                "Under LWW no gossip from n2 reaches n1 here: n2 had nothing new for it since its last message.",
                f.lwwNarration());

        DiagramModel.Message toN1 = message(f, "g16:n2-n1");
        assertTrue(toN1.changed());
        assertTrue(toN1.lossInLww());
        DiagramModel.Message toN2 = message(f, "g16:n1-n2");
        assertTrue(toN2.changed(), "under VV, n2 learns a");
        assertFalse(toN2.lossInLww(), "under LWW, a is older than b: nothing happens at n2");
        assertFalse(message(f, "g12:n1-n2").changed(), "cut");
        assertEquals(
                List.of(new DiagramModel.PartitionBar("p1", "n1", "n2", 2, 14)),
                f.diagram().partitions());
    }

    /** Blind writes of c1 at n1 (t=2) and n2 (t=4), cut until 10: both get clock {c1: 1}. */
    @Test
    void naiveCountersLoseBothWritesAndTheReplicasNeverAgree() {
        Frame f = end(preset("08-naive-counters.json"), null);
        assertEquals(new Counters(2, 2, 2), f.vvPanel().counters());
        assertFalse(f.vvPanel().converged());
        assertEquals(new Counters(2, 1, 1), f.lwwPanel().counters());
        assertTrue(f.lwwPanel().converged());
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.BLIND, ChipFlag.NO_CONTEXT),
                chip(f, "w2").flags());
        assertEquals(
                Set.of(ChipFlag.APPLIED, ChipFlag.BLIND, ChipFlag.NO_CONTEXT, ChipFlag.LOST_IN_LWW),
                chip(f, "w1").flags());
    }

    @Test
    void theSameInputsGiveEqualFrames() {
        Simulation sim = Simulator.run(preset("05-shopping-cart.json"));
        for (int c = 0; c <= sim.vv().size(); c++) {
            assertEquals(
                    TraceProjection.frame(sim, c, "w3"), TraceProjection.frame(Simulator.run(sim.scenario()), c, "w3"));
        }
    }

    /**
     * "Resolving a conflict": w1 (c1, a, t=1) and w2 (c2, b, t=2) are concurrent; r1 (c1, t=4)
     * reads x. VV returns both siblings, so r1 read from w1 and from w2; LWW kept only b.
     */
    @Test
    void aReadHasAReadFromEdgeFromEachWriteItReturned() {
        Simulation sim = Simulator.run(preset("03-resolve-conflict.json"));
        Frame f = TraceProjection.frame(sim, sim.vv().size(), null);
        assertEquals(
                List.of(
                        new DiagramModel.ReadFrom("w1", "r1", true, false, true),
                        new DiagramModel.ReadFrom("w2", "r1", true, true, true)),
                f.diagram().readsFrom());
        // before the read is applied the edges are there, pending, like its chip
        int beforeRead = sim.vv().stepOf("r1").index();
        assertTrue(TraceProjection.frame(sim, beforeRead, null).diagram().readsFrom().stream()
                .noneMatch(DiagramModel.ReadFrom::applied));
    }

    /** "Two concurrent writers": both reads come before any write, so nothing was read from. */
    @Test
    void readsOfAnEmptyStoreHaveNoReadFromEdge() {
        assertEquals(
                List.of(), end(preset("01-two-writers.json"), null).diagram().readsFrom());
    }

    /** The cursor stands on the tick of the last applied step, the one the step line names. */
    @Test
    void theCursorTimeIsTheTimeOfTheStepTheStepLineNames() {
        Simulation sim = Simulator.run(preset("06-partition-heal.json"));
        for (int c = 1; c <= sim.vv().size(); c++) {
            Frame f = TraceProjection.frame(sim, c, null);
            assertTrue(
                    f.stepText().contains(", t=" + f.diagram().cursorTime()),
                    f.stepText() + " vs " + f.diagram().cursorTime());
            assertEquals(sim.vv().steps().get(c - 1).time(), f.diagram().cursorTime());
        }
    }
}
