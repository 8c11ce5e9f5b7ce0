package io.conflictexplorer.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.Mode;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example cluster run in {@code assets/runs/three-node-cluster/} (three real nodes traced with
 * {@code NODE_TRACE}, made by {@code ClusterTraceExampleIT}) opens as three replica lanes with the
 * gossip between them.
 */
class ClusterRunTest {

    private static final Path DIR = Paths.get("..", "assets", "runs", "three-node-cluster");

    private static OpenedRun example() throws RunFileException {
        return RunFiles.open(List.of(DIR.resolve("n1.trace"), DIR.resolve("n2.trace"), DIR.resolve("n3.trace")));
    }

    @Test
    void threeTracesOpenAsThreeReplicaLanesWithTheClientsOperations() throws Exception {
        OpenedRun run = example();
        Topology topology = run.scenario().topology();
        assertEquals(
                List.of("n1", "n2", "n3"),
                topology.replicas().stream().map(Topology.ReplicaSpec::id).toList());
        assertEquals(List.of("c1", "c2", "c3"), run.scenario().clients());
        assertEquals(0, topology.gossipInterval(), "only the traced gossip, no invented rounds");
        assertTrue(run.problems().isEmpty(), run.problems().toString());
        assertFalse(run.hasReplies());
        // c2's write went to n2, with the context it sent
        Operation.Write c2 = run.scenario().operations().stream()
                .filter(op -> op instanceof Operation.Write w && w.client().equals("c2"))
                .map(Operation.Write.class::cast)
                .findFirst()
                .orElseThrow();
        assertEquals("n2", c2.replica());
        assertEquals("c", c2.value());
        assertEquals("{c1: 1}", c2.context().toString());
        RunSource source = run.index().source(c2.id());
        assertEquals("n2.trace", source.file());
        assertTrue(source.text().contains("\"value\": \"c\""), source.text());
    }

    @Test
    void gossipIsDrawnBetweenReplicaLanesMatchedBySenderAndMsgId() throws Exception {
        OpenedRun run = example();
        List<NetworkEvent.Message> messages = run.scenario().topology().network().stream()
                .filter(e -> e instanceof NetworkEvent.Message)
                .map(NetworkEvent.Message.class::cast)
                .toList();
        Set<String> links = messages.stream()
                .filter(m -> m.fate() == NetworkEvent.Fate.DELIVER)
                .map(m -> m.from() + ">" + m.to())
                .collect(Collectors.toSet());
        assertTrue(links.containsAll(Set.of("n1>n2", "n1>n3", "n2>n1", "n2>n3", "n3>n1", "n3>n2")), links.toString());
        // the cut dropped n1's and n2's messages to each other while it lasted
        assertTrue(messages.stream().anyMatch(m -> m.fate() == NetworkEvent.Fate.DROP), "the partition dropped gossip");
        for (NetworkEvent.Message m : messages) {
            assertTrue(m.deliverTime() >= m.sendTime(), m.toString());
            assertNotNull(run.index().source(m.id()), "each message has its sent line");
        }
        // the simulator draws the arrivals, and n3 ends with both of x's concurrent values
        List<Step> vv = Simulator.run(run.scenario(), Mode.VV).steps();
        assertTrue(vv.stream().anyMatch(s -> s instanceof Step.Arrival), "gossip arrivals are steps");
        Step last = vv.get(vv.size() - 1);
        assertEquals(2, last.replicas().get("n3").get("x").size(), "n3 keeps b and c as siblings");
    }
}
