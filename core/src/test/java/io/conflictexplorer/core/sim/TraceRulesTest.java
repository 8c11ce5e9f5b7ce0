package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The facts the views read off a trace: whether a step changed its store, whether a gossip message's
 * arrival changed or lost anything, whether the replicas have converged. Worked on one cluster: n1
 * and n2 are partitioned over [1, 20); c1 writes a at n1 at t=3, c2 writes b at n2 at t=6; gossip
 * every 5 ticks with a delay of 1. Every message sent at 5, 10 or 15 is cut; at 20 the link is whole
 * again and both replicas send (n1 first), arriving at 21.
 */
class TraceRulesTest {

    private static Scenario partition() {
        Topology topo =
                Topology.cluster(2, 5, 1).withNetwork(List.of(new NetworkEvent.Partition("p", "n1", "n2", 1, 20)));
        return new Scenario(
                "partition",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 3, "x", "a", false, "n1"),
                        new Operation.Read("r1", "c2", 4, "x", "n2"),
                        new Operation.Write("w2", "c2", 6, "x", "b", false, "n2")),
                topo);
    }

    private static final Simulation SIM = Simulator.run(partition());

    @Test
    void writesChangeTheStoreAndReadsDoNot() {
        Trace vv = SIM.vv();
        assertTrue(vv.stepOf("w1").changedStore());
        assertFalse(vv.stepOf("r1").changedStore());
        assertTrue(vv.stepOf("w2").changedStore());
    }

    @Test
    void underLwwTheLaterTimestampArrivingAtN1LosesA() {
        Trace lww = SIM.lww();
        // at n2, a (t=3) is older than b (t=6): merged in as nothing new, nothing lost there
        assertFalse(lww.arrivalChangedReceiver("g20:n1-n2"));
        assertFalse(lww.arrivalCausedLoss("g20:n1-n2"));
        // at n1, b beats a, which n2 never saw: a silent loss
        assertTrue(lww.arrivalChangedReceiver("g20:n2-n1"));
        assertTrue(lww.arrivalCausedLoss("g20:n2-n1"));
        Step arrival = lww.arrivals("g20:n2-n1").get(0);
        assertEquals(21, arrival.time());
        assertEquals("n1", arrival.replica());
        List<Loss<String>> losses = arrival.losses();
        assertEquals(1, losses.size());
        assertEquals("a", losses.get(0).lost().value());
        assertEquals("b", losses.get(0).by().value());
        assertEquals(Optional.empty(), arrival.lastConflict());
    }

    @Test
    void underVvBothArrivalsAddASiblingAndLoseNothing() {
        Trace vv = SIM.vv();
        for (String id : List.of("g20:n1-n2", "g20:n2-n1")) {
            assertTrue(vv.arrivalChangedReceiver(id), id);
            assertFalse(vv.arrivalCausedLoss(id), id);
            Step arrival = vv.arrivals(id).get(0);
            assertEquals(2, arrival.lastConflict().orElseThrow().siblings().size(), id);
        }
    }

    @Test
    void cutMessagesNeverArriveAndTheNextRoundHasNothingNew() {
        Trace vv = SIM.vv();
        assertEquals(List.of(), vv.arrivals("g5:n1-n2"));
        assertFalse(vv.arrivalChangedReceiver("g5:n1-n2"));
        // both changed at 21, so both send again at 25; each already has what the other sends
        assertEquals(1, vv.arrivals("g25:n1-n2").size());
        assertFalse(vv.arrivalChangedReceiver("g25:n1-n2"));
        assertFalse(vv.arrivalChangedReceiver("g25:n2-n1"));
    }

    @Test
    void theReplicasConvergeOnceBothArrivalsAreIn() {
        Trace vv = SIM.vv();
        int first = vv.arrivals("g20:n1-n2").get(0).index();
        int second = vv.arrivals("g20:n2-n1").get(0).index();
        assertEquals(first + 1, second);
        assertTrue(vv.convergedAt(-1)); // nothing stored anywhere
        assertFalse(vv.convergedAt(vv.stepOf("w1").index())); // a at n1 only
        assertFalse(vv.convergedAt(first)); // n2 has a and b, n1 only a
        assertTrue(vv.convergedAt(second));
        // converged although the replicas list the siblings in a different order
        List<String> n1 = vv.replicaStateAt(second, "n1").get("x").stream()
                .map(Sibling::value)
                .toList();
        List<String> n2 = vv.replicaStateAt(second, "n2").get("x").stream()
                .map(Sibling::value)
                .toList();
        assertEquals(List.of("a", "b"), n1);
        assertEquals(List.of("b", "a"), n2);
        assertTrue(vv.convergedAt(vv.size() - 1));
    }

    @Test
    void underLwwTheReplicasConvergeOnB() {
        Trace lww = SIM.lww();
        int second = lww.arrivals("g20:n2-n1").get(0).index();
        assertFalse(lww.convergedAt(second - 1));
        assertTrue(lww.convergedAt(second));
    }

    @Test
    void theSimulatorStampsEachStepWithItsPlaceInTheOrder() {
        for (Trace t : List.of(SIM.lww(), SIM.vv())) {
            for (int i = 1; i < t.size(); i++) {
                assertTrue(
                        t.steps().get(i - 1).order().compareTo(t.steps().get(i).order()) < 0, t.mode() + " " + i);
            }
        }
        // an operation stands at the same place in both modes: its time, after arrivals, its scenario index
        assertEquals(new StepOrder(6, false, 2), SIM.lww().stepOf("w2").order());
        assertEquals(new StepOrder(6, false, 2), SIM.vv().stepOf("w2").order());
        // the two arrivals at 21, n1's message first
        assertEquals(
                new StepOrder(21, true, 0),
                SIM.vv().arrivals("g20:n1-n2").get(0).order());
        assertEquals(
                new StepOrder(21, true, 1),
                SIM.vv().arrivals("g20:n2-n1").get(0).order());
        assertTrue(new StepOrder(21, true, 5).compareTo(new StepOrder(21, false, 0)) < 0, "arrivals come first");
    }

    @Test
    void aSingleStoreIsAlwaysConverged() {
        Scenario s = new Scenario("s", "", List.of("c1"), List.of(new Operation.Write("w1", "c1", 1, "x", "a", false)));
        Trace t = Simulator.run(s).vv();
        assertTrue(t.convergedAt(-1));
        assertTrue(t.convergedAt(0));
    }

    @Test
    void onlyAddedSupersededAndLostValuesChangeAStore() {
        Sibling<String> a = new Sibling<>("a", VersionVector.empty(), "c1", new Timestamp(1, "n1"), new Dot("n1", 1));
        Sibling<String> b = new Sibling<>("b", VersionVector.empty(), "c2", new Timestamp(2, "n1"), new Dot("n1", 2));
        assertTrue(new StoreEvent.SiblingAdded<>("x", a, 1).changesStore());
        assertTrue(new StoreEvent.Superseded<>("x", a, b).changesStore());
        assertTrue(new StoreEvent.Lost<>("x", new Loss<>("x", a, b)).changesStore());
        assertFalse(new StoreEvent.WriteAccepted<>("x", a, VersionVector.empty()).changesStore());
        assertFalse(new StoreEvent.ConflictDetected<>("x", List.of(a, b)).changesStore());
        assertFalse(new StoreEvent.GossipMerged<>("x", a, true).changesStore());
    }
}
