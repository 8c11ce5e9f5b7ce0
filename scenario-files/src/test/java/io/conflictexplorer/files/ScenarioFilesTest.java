package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioFilesTest {

    private static final Scenario SCENARIO = new Scenario(
            "Two writers",
            "c1 and c2 \"both\" write x.",
            List.of("c1", "c2"),
            List.of(
                    new Operation.Read("r1", "c1", 1, "x"),
                    new Operation.Write("w1", "c1", 3, "x", "a", false),
                    new Operation.Write("w2", "c2", 3, "x", "b", true),
                    new Operation.Read("r2", "c2", 0, "x"),
                    new Operation.Write("w3", "c2", 7, "y", "", false)));

    @Test
    void roundTripGivesAnEqualScenarioAndTheSameTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        ScenarioFiles.write(SCENARIO, file);
        Scenario back = ScenarioFiles.read(file);
        assertEquals(SCENARIO, back);
        Simulation a = Simulator.run(SCENARIO);
        Simulation b = Simulator.run(back);
        assertEquals(a.lww().steps(), b.lww().steps());
        assertEquals(a.vv().steps(), b.vv().steps());
    }

    @Test
    void writesTheDocumentedFields() {
        String json = ScenarioFiles.toJson(SCENARIO);
        assertTrue(json.contains("\"format\" : \"conflict-explorer-scenario\""), json);
        assertTrue(json.contains("\"version\" : 1"), json);
        assertTrue(json.contains("\"type\" : \"read\""), json);
        assertTrue(json.contains("\"blind\" : true"), json);
    }

    @Test
    void readsFromAStreamAndDefaultsOptionalFields() throws Exception {
        String json = "{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"clients\":[\"c1\"],"
                + "\"operations\":[{\"id\":\"w1\",\"type\":\"write\",\"client\":\"c1\",\"time\":2,\"key\":\"x\",\"value\":\"a\",\"extra\":1}]}";
        Scenario s = ScenarioFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "in");
        assertEquals("", s.title());
        assertEquals(
                new Operation.Write("w1", "c1", 2, "x", "a", false),
                s.operations().get(0));
    }

    private static String valid(String operations) {
        return "{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"title\":\"t\",\"clients\":[\"c1\",\"c2\"],"
                + "\"operations\":[" + operations + "]}";
    }

    private static String refused(String text) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.parse(text, "f.json"))
                .getMessage();
    }

    @Test
    void refusesWhatIsNotAScenarioWithAMessageForPeople() {
        assertTrue(refused("hello, world").contains("not valid JSON"));
        assertTrue(refused("[1,2]").contains("not a JSON object"));
        assertTrue(refused("").contains("not a Conflict Explorer scenario"));
        assertTrue(refused("null").contains("not a JSON object"));
        assertTrue(refused(
                        "{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"clients\":[],\"operations\":[]} trailing")
                .contains("not valid JSON"));
        assertTrue(refused("{\"format\":\"something-else\",\"version\":1}").contains("\"format\""));
        assertTrue(refused("{\"format\":\"conflict-explorer-scenario\",\"version\":" + (ScenarioFiles.VERSION + 1)
                        + ",\"clients\":[],\"operations\":[]}")
                .contains("newer Conflict Explorer"));
        assertTrue(refused("{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"operations\":[]}")
                .contains("missing \"clients\""));
        assertTrue(refused(valid("{\"id\":\"w1\",\"type\":\"write\",\"client\":\"c1\",\"time\":1,\"key\":\"x\"}"))
                .contains("operation w1 is missing \"value\""));
        assertTrue(refused(valid("{\"id\":\"w1\",\"type\":\"read\",\"client\":\"c9\",\"time\":1,\"key\":\"x\"}"))
                .contains("belongs to client c9, which is not one of the clients (c1, c2)"));
        assertTrue(refused(valid("{\"id\":\"a\",\"type\":\"read\",\"client\":\"c1\",\"time\":1,\"key\":\"x\"},"
                        + "{\"id\":\"a\",\"type\":\"read\",\"client\":\"c2\",\"time\":2,\"key\":\"x\"}"))
                .contains("appears twice"));
        assertTrue(refused(valid("{\"id\":\"a\",\"type\":\"read\",\"client\":\"c1\",\"time\":-1,\"key\":\"x\"}"))
                .contains("negative time -1"));
        assertTrue(refused(valid("{\"id\":\"a\",\"type\":\"read\",\"client\":\"c1\",\"time\":1.5,\"key\":\"x\"}"))
                .contains("whole number"));
        assertTrue(refused(valid("{\"id\":\"a\",\"type\":\"delete\",\"client\":\"c1\",\"time\":1,\"key\":\"x\"}"))
                .contains("\"read\" or \"write\""));
        assertTrue(refused(
                        "{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"clients\":[\"c1\",\"c1\"],\"operations\":[]}")
                .contains("appears twice"));
    }

    @Test
    void refusesHugeFilesAndMissingFiles(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.json");
        Files.write(huge, new byte[(int) ScenarioFiles.MAX_BYTES + 1]);
        assertTrue(assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(huge))
                .getMessage()
                .contains("too large"));
        assertTrue(assertThrows(ScenarioFileException.class, () -> ScenarioFiles.read(dir.resolve("nope.json")))
                .getMessage()
                .contains("nope.json"));
    }

    private static Scenario cluster() {
        Topology topo = new Topology(
                List.of(new Topology.ReplicaSpec("n1", 0), new Topology.ReplicaSpec("n2", 25)),
                ClockScheme.CLIENT_COUNTERS,
                4,
                1,
                List.of(
                        new NetworkEvent.Partition("p1", "n1", "n2", 2, 12),
                        new NetworkEvent.Message("m1", "n2", "n1", 3, 5, NetworkEvent.Fate.DUPLICATE)));
        return new Scenario(
                "cluster",
                "two sides",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 3, "x", "a", false, "n1"),
                        new Operation.Read("r2", "c2", 4, "x", "n2"),
                        new Operation.Write("w2", "c2", 6, "x", "b", true)),
                topo);
    }

    @Test
    void clusterScenariosRoundTripAsVersion2(@TempDir Path dir) throws Exception {
        Scenario s = cluster();
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.contains("\"version\" : 2"), json);
        Path f = dir.resolve("cluster.json");
        ScenarioFiles.write(s, f);
        Scenario back = ScenarioFiles.read(f);
        assertEquals(s, back);
        Trace a = Simulator.run(s, Mode.LWW);
        Trace b = Simulator.run(back, Mode.LWW);
        assertEquals(a.finalCounters(), b.finalCounters());
        assertEquals(a.messages(), b.messages());
    }

    @Test
    void refusesABrokenTopologyWithAMessageForPeople() {
        String head = "{\"format\":\"conflict-explorer-scenario\",\"version\":2,\"clients\":[\"c1\"],";
        assertTrue(refused(head
                        + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"network\":[{\"id\":\"p\",\"type\":\"partition\","
                        + "\"a\":\"n1\",\"b\":\"n9\",\"start\":1,\"end\":2}]},\"operations\":[]}")
                .contains("unknown replica n9"));
        assertTrue(
                refused(head + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"scheme\":\"magic\"},\"operations\":[]}")
                        .contains("\"scheme\" must be"));
        assertTrue(refused(head + "\"topology\":{\"replicas\":[]},\"operations\":[]}")
                .contains("at least one replica"));
        assertTrue(refused(head
                        + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}]},\"operations\":[{\"id\":\"r\",\"type\":\"read\","
                        + "\"client\":\"c1\",\"time\":1,\"key\":\"x\",\"replica\":\"n2\"}]}")
                .contains("replica n2, which the topology does not have"));
        assertTrue(refused(
                        head
                                + "\"topology\":{\"replicas\":[{\"id\":\"n1\"},{\"id\":\"n2\"}],\"network\":[{\"id\":\"m\",\"type\":\"message\","
                                + "\"from\":\"n1\",\"to\":\"n2\",\"send\":5,\"deliver\":2,\"fate\":\"drop\"}]},\"operations\":[]}")
                .contains("arrive after it is sent"));
    }
}
