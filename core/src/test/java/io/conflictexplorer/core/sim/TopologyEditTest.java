package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Topology.PartitionEdge;
import io.conflictexplorer.core.sim.Topology.ReplicaSpec;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The cluster edits the GUI offers, as worked examples: add a replica, cut or heal a link, move a partition. */
class TopologyEditTest {

    private static NetworkEvent.Partition p(String id, long start, long end) {
        return new NetworkEvent.Partition(id, "n1", "n2", start, end);
    }

    private static Topology two(NetworkEvent... network) {
        return Topology.cluster(2, 5, 1).withNetwork(List.of(network));
    }

    @Test
    void removingAReplicaDropsItsLinksAndSendsItsOperationsToTheFirstLeft() {
        Topology three = Topology.cluster(3, 5, 1)
                .withNetwork(List.of(
                        new NetworkEvent.Partition("p1", "n1", "n3", 2, 9),
                        new NetworkEvent.Partition("p2", "n1", "n2", 3, 7)));
        Topology two = three.withoutReplica("n3");
        assertEquals(
                List.of("n1", "n2"),
                two.replicas().stream().map(ReplicaSpec::id).toList());
        assertEquals(List.of("p2"), two.network().stream().map(NetworkEvent::id).toList(), "p1 named n3");
        assertEquals(5, two.gossipInterval());

        Scenario s = new Scenario(
                "s",
                "",
                List.of("c1"),
                List.of(new Operation.Read("r1", "c1", 1, "x", "n2")),
                Topology.cluster(2, 4, 1).withSkew("n1", 7));
        Scenario single = s.withoutReplica("n2");
        assertTrue(single.topology().isSingle(), "one replica left: the single store again");
        assertEquals(7, single.topology().replicas().get(0).skew(), "it keeps the remaining replica's skew");
        assertNull(single.operation("r1").replica(), "n2's read goes to the store");
        Topology store = Topology.single();
        assertSame(store, store.withoutReplica("store"), "a scenario keeps its one store");
    }

    @Test
    void aSingleStoreBecomesTwoGossipingReplicasKeepingItsSkewAndScheme() {
        Topology single =
                new Topology(List.of(new ReplicaSpec("store", 3)), ClockScheme.CLIENT_COUNTERS, 0, 0, List.of());
        Topology grown = single.withReplicaAdded();
        assertEquals(List.of(new ReplicaSpec("n1", 3), new ReplicaSpec("n2", 0)), grown.replicas());
        assertEquals(4, grown.gossipInterval());
        assertEquals(1, grown.gossipDelay());
        assertEquals(ClockScheme.CLIENT_COUNTERS, grown.scheme());
        assertEquals(List.of(), grown.network());
    }

    @Test
    void aClusterGetsTheFirstFreeNameFromItsSizePlusOne() {
        Topology t = Topology.cluster(2, 5, 1).withNetwork(List.of(p("p1", 1, 4)));
        Topology three = t.withReplicaAdded();
        assertEquals(List.of("n1", "n2", "n3"), ids(three));
        assertEquals(0, three.replica("n3").skew());
        assertEquals(t.network(), three.network());
        assertEquals(5, three.gossipInterval());

        // n1, n2, n4: three replicas, so n4 is tried first, taken, then n5
        Topology gap = new Topology(
                List.of(new ReplicaSpec("n1", 0), new ReplicaSpec("n2", 0), new ReplicaSpec("n4", 2)),
                ClockScheme.DOTTED,
                4,
                1,
                List.of());
        assertEquals(List.of("n1", "n2", "n4", "n5"), ids(gap.withReplicaAdded()));
    }

    private static List<String> ids(Topology t) {
        return t.replicas().stream().map(ReplicaSpec::id).toList();
    }

    @Test
    void aNewCutLastsTenTicksPastTheScenarioEnd() {
        Topology cut = two().toggleLink("n1", "n2", 5, 20);
        assertEquals(List.of(p("p1", 5, 30)), cut.network());
        // past the scenario's end, ten ticks past the cut itself
        assertEquals(
                List.of(p("p1", 25, 35)), two().toggleLink("n1", "n2", 25, 20).network());
        // a negative tick is tick 0
        assertEquals(
                List.of(p("p1", 0, 30)), two().toggleLink("n1", "n2", -3, 20).network());
    }

    @Test
    void aNewCutEndsWhereTheLinksNextPartitionStarts() {
        Topology t = two(p("p1", 12, 15));
        assertEquals(
                List.of(p("p1", 12, 15), p("p2", 5, 12)),
                t.toggleLink("n1", "n2", 5, 20).network());
    }

    @Test
    void healingAtTheStartRemovesThePartitionAndLaterEndsIt() {
        Topology t = two(p("p1", 5, 30));
        assertEquals(List.of(), t.toggleLink("n1", "n2", 5, 20).network());
        assertEquals(List.of(p("p1", 5, 12)), t.toggleLink("n2", "n1", 12, 20).network());
        // at its end the link is whole again: toggling there cuts anew (until 10 past the scenario)
        assertEquals(
                List.of(p("p1", 5, 30), p("p2", 30, 40)),
                t.toggleLink("n1", "n2", 30, 20).network());
    }

    @Test
    void toggleLinkLeavesASingleStoreUnknownReplicasAndSelfLinksAlone() {
        Topology single = Topology.single();
        assertSame(single, single.toggleLink("store", "n2", 3, 10));
        Topology t = two();
        assertSame(t, t.toggleLink("n1", "n1", 3, 10));
        assertSame(t, t.toggleLink("n1", "n9", 3, 10));
    }

    /** Cuts and heals at random ticks on a two-replica link, each toggle flipping one tick's cut. */
    @Property
    void everyToggleFlipsWhetherTheLinkIsCutAtThatTick(@ForAll("toggles") List<Long> ticks) {
        Topology t = two();
        for (long tick : ticks) {
            boolean before = t.cut("n1", "n2", tick);
            t = t.toggleLink("n1", "n2", tick, 20);
            assertNotEquals(before, t.cut("n1", "n2", tick), "toggle at " + tick + " of " + t.network());
        }
        // and the partitions never overlap, so each tick is cut by at most one
        List<NetworkEvent.Partition> ps = new ArrayList<>();
        t.network().forEach(e -> ps.add((NetworkEvent.Partition) e));
        for (NetworkEvent.Partition a : ps) {
            for (NetworkEvent.Partition b : ps) {
                assertTrue(a == b || a.end() <= b.start() || b.end() <= a.start(), ps.toString());
            }
        }
    }

    @Provide
    Arbitrary<List<Long>> toggles() {
        return Arbitraries.longs().between(0, 40).list().ofMaxSize(12);
    }

    @Test
    void movingAnEdgeKeepsThePartitionAtLeastOneTickLong() {
        Topology t = two(p("p1", 5, 10));
        assertEquals(
                p("p1", 8, 10),
                t.movePartition("p1", PartitionEdge.START, 3).partition("p1").orElseThrow());
        assertEquals(
                p("p1", 9, 10),
                t.movePartition("p1", PartitionEdge.START, 10).partition("p1").orElseThrow());
        assertEquals(
                p("p1", 0, 10),
                t.movePartition("p1", PartitionEdge.START, -10).partition("p1").orElseThrow());
        assertEquals(
                p("p1", 5, 14),
                t.movePartition("p1", PartitionEdge.END, 4).partition("p1").orElseThrow());
        assertEquals(
                p("p1", 5, 6),
                t.movePartition("p1", PartitionEdge.END, -10).partition("p1").orElseThrow());
    }

    @Test
    void movingTheWholePartitionKeepsItsLengthAndStopsAtTickZero() {
        Topology t = two(p("p1", 5, 10), p("p2", 20, 22));
        Topology moved = t.movePartition("p1", PartitionEdge.WHOLE, 2);
        assertEquals(List.of(p("p1", 7, 12), p("p2", 20, 22)), moved.network());
        assertEquals(
                p("p1", 0, 5),
                t.movePartition("p1", PartitionEdge.WHOLE, -10).partition("p1").orElseThrow());
    }

    @Test
    void anUnknownPartitionIsEmptyAndMovesNothing() {
        Topology t = two(p("p1", 5, 10));
        assertEquals(Optional.empty(), t.partition("p9"));
        assertSame(t, t.movePartition("p9", PartitionEdge.WHOLE, 3));
        Topology withMessage = Topology.cluster(2, 5, 1)
                .withNetwork(List.of(new NetworkEvent.Message("m1", "n1", "n2", 1, 2, NetworkEvent.Fate.DELIVER)));
        assertEquals(Optional.empty(), withMessage.partition("m1")); // a message is not a partition
    }

    @Property
    void aMovedPartitionStaysValid(
            @ForAll("edges") PartitionEdge edge, @ForAll("shifts") long ticks, @ForAll("starts") long start) {
        Topology t = two(p("p1", start, start + 3));
        NetworkEvent.Partition moved =
                t.movePartition("p1", edge, ticks).partition("p1").orElseThrow();
        assertTrue(moved.start() >= 0 && moved.end() > moved.start(), moved.toString());
        if (edge == PartitionEdge.WHOLE) {
            assertEquals(3, moved.end() - moved.start());
        }
    }

    @Provide
    Arbitrary<PartitionEdge> edges() {
        return Arbitraries.of(PartitionEdge.class);
    }

    @Provide
    Arbitrary<Long> shifts() {
        return Arbitraries.longs().between(-50, 50);
    }

    @Provide
    Arbitrary<Long> starts() {
        return Arbitraries.longs().between(0, 30);
    }
}
