package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClusterSimulatorTest {

    private static List<String> values(Trace t, String replica) {
        return t.replicaStateAt(t.size() - 1, replica).getOrDefault("x", List.of()).stream()
                .map(Sibling::value)
                .toList();
    }

    private static List<String> valuesOf(Trace t, String replica) {
        return t.replicaStateAt(t.size() - 1, replica).get("cart").stream()
                .map(Sibling::value)
                .toList();
    }

    /** n1 and n2 partitioned from t=1 to t=20; c1 writes at n1, c2 at n2, both inside the partition. */
    private static Scenario partition() {
        Topology topo =
                Topology.cluster(2, 5, 1).withNetwork(List.of(new NetworkEvent.Partition("p", "n1", "n2", 1, 20)));
        return new Scenario(
                "partition",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 3, "x", "a", false, "n1"),
                        new Operation.Write("w2", "c2", 6, "x", "b", false, "n2")),
                topo);
    }

    @Test
    void partitionedWritersLoseOneSideUnderLwwAndKeepBothUnderVv() {
        Simulation sim = Simulator.run(partition());
        assertEquals(List.of("b"), values(sim.lww(), "n1"));
        assertEquals(List.of("b"), values(sim.lww(), "n2"));
        assertEquals(new Counters(2, 1, 1), sim.lww().finalCounters());
        assertEquals(Set.of("w1"), sim.lww().lostWritesUpTo(sim.lww().size() - 1));

        assertEquals(List.of("a", "b"), values(sim.vv(), "n1"));
        assertEquals(List.of("b", "a"), values(sim.vv(), "n2"));
        assertEquals(new Counters(2, 2, 0), sim.vv().finalCounters());
    }

    @Test
    void noMessageCrossesACutLinkAndGossipResumesAfterTheHeal() {
        Trace t = Simulator.run(partition(), Mode.VV);
        for (Transmission m : t.messages()) {
            boolean cut = m.sendTime() < 20 && m.deliverTime() >= 1 && (m.sendTime() >= 1 || m.deliverTime() < 20);
            assertEquals(cut, m.status() == Transmission.Status.CUT, m.toString());
        }
        assertTrue(t.messages().stream().anyMatch(m -> m.arrived() && m.sendTime() >= 20));
        // during the partition each side sees only its own write
        int mid = t.stepOf("w2").index();
        assertEquals(
                List.of("a"),
                t.replicaStateAt(mid, "n1").get("x").stream()
                        .map(Sibling::value)
                        .toList());
        assertEquals(
                List.of("b"),
                t.replicaStateAt(mid, "n2").get("x").stream()
                        .map(Sibling::value)
                        .toList());
    }

    @Test
    void theWriteCountsAsLostWhenAReplicaSilentlyDropsIt() {
        Trace lww = Simulator.run(partition(), Mode.LWW);
        int drop = -1;
        for (Step s : lww.steps()) {
            if (drop < 0 && s.events().stream().anyMatch(e -> e instanceof StoreEvent.Lost)) {
                drop = s.index();
                assertTrue(
                        s instanceof Step.Arrival,
                        "the loss happens when the partition heals: " + Narration.of(lww, s));
                assertEquals("n1", s.replica());
            }
            assertEquals(drop >= 0 ? 1 : 0, s.counters().lost(), Narration.of(lww, s));
        }
        assertTrue(drop > 0);
    }

    @Test
    void aSlowClockMakesACausallyLaterWriteLoseUnderLww() {
        // n1's clock runs 100 ticks ahead: c1's write at n1 is stamped t=101
        Topology topo = Topology.cluster(2, 2, 1).withSkew("n1", 100);
        Scenario s = new Scenario(
                "skew",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "first", false, "n1"),
                        new Operation.Read("r2", "c2", 5, "x", "n2"),
                        new Operation.Write("w2", "c2", 6, "x", "second", false, "n2")),
                topo);
        Simulation sim = Simulator.run(s);
        Step.Write w2 = sim.lww().writeOf("w2");
        assertEquals("r2", w2.contextRead());
        assertTrue(
                w2.written().clock().descends(sim.lww().writeOf("w1").written().clock()), "w2 saw w1");
        assertEquals(List.of("first"), values(sim.lww(), "n1"));
        assertEquals(List.of("first"), values(sim.lww(), "n2"));
        assertEquals(Set.of("w2"), sim.lww().lostWritesUpTo(sim.lww().size() - 1));
        assertEquals(List.of("second"), values(sim.vv(), "n1"));
        assertEquals(0, sim.vv().finalCounters().lost());

        // without the skew nothing is lost
        Scenario fair = s.withTopology(topo.withSkew("n1", 0));
        assertEquals(0, Simulator.run(fair, Mode.LWW).finalCounters().lost());
    }

    @Test
    void naivePerReplicaCountersLoseAWriteThatDotsKeep() {
        Topology topo = Topology.cluster(2, 10, 1);
        Scenario s = new Scenario(
                "naive",
                "",
                List.of("c1"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "cart", "milk", true, "n1"),
                        new Operation.Write("w2", "c1", 2, "cart", "eggs", true, "n2")),
                topo);
        Trace dotted = Simulator.run(s, Mode.VV);
        Trace naive = Simulator.run(s.withTopology(topo.withScheme(ClockScheme.CLIENT_COUNTERS)), Mode.VV);
        assertEquals(
                dotted.writeOf("w1").written().clock(),
                dotted.writeOf("w2").written().clock());
        assertEquals(new Counters(2, 2, 0), dotted.finalCounters());
        assertEquals(List.of("milk", "eggs"), valuesOf(dotted, "n1"));
        assertEquals(List.of("eggs", "milk"), valuesOf(dotted, "n2"));
        // naive: each replica takes the other's write for its own and drops it; they never agree
        assertEquals(new Counters(2, 2, 2), naive.finalCounters());
        assertEquals(List.of("milk"), valuesOf(naive, "n1"));
        assertEquals(List.of("eggs"), valuesOf(naive, "n2"));
    }

    @Test
    void duplicatedAndDroppedMessagesAreHandled() {
        Topology topo = new Topology(
                List.of(new Topology.ReplicaSpec("n1", 0), new Topology.ReplicaSpec("n2", 0)),
                ClockScheme.DOTTED,
                0,
                0,
                List.of(
                        new NetworkEvent.Message("m1", "n1", "n2", 2, 4, NetworkEvent.Fate.DROP),
                        new NetworkEvent.Message("m2", "n1", "n2", 5, 7, NetworkEvent.Fate.DUPLICATE)));
        Scenario s = new Scenario(
                "", "", List.of("c1"), List.of(new Operation.Write("w1", "c1", 1, "x", "a", false, "n1")), topo);
        Trace t = Simulator.run(s, Mode.VV);
        assertEquals(
                List.of(Transmission.Status.DROPPED, Transmission.Status.DUPLICATED),
                t.messages().stream().map(Transmission::status).toList());
        assertEquals(
                2, t.steps().stream().filter(st -> st instanceof Step.Arrival).count(), "a duplicate arrives twice");
        assertTrue(
                Narration.of(t, t.steps().get(t.size() - 1)).contains("nothing new"),
                "the second copy changes nothing");
        assertEquals(List.of("a"), values(t, "n2"));
    }

    @Test
    void singleStoreScenariosAreUnchanged() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false),
                        new Operation.Write("w2", "c2", 2, "x", "b", false)));
        Trace t = Simulator.run(s, Mode.LWW);
        assertEquals(2, t.size());
        assertTrue(t.messages().isEmpty());
        assertEquals(
                List.of(Topology.SINGLE),
                List.copyOf(t.steps().get(1).replicas().keySet()));
        assertEquals(
                "c2 writes x=b with LWW ts 2. LOST: c1's write a was acknowledged, then overwritten by c2's write b, which never saw it.",
                Narration.of(t, t.steps().get(1)));
    }
}
