package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.scheme.VclockPruning;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Version 5 of the scenario file: a replica's data loss ({@code data-loss}) and clock pruning
 * ({@code pruning}) round-trip, older files still read without them, and a broken one is refused
 * with a message for people.
 */
class SchemeSettingsFilesTest {

    private static final String HEAD = "{\"format\":\"conflict-explorer-scenario\",\"version\":5,\"clients\":[\"c1\"],";

    private static Scenario withBoth() {
        Topology t = new Topology(
                List.of(new Topology.ReplicaSpec("n1", 0), new Topology.ReplicaSpec("n2", 0)),
                ClockScheme.DOTTED,
                0,
                0,
                List.of(
                        new NetworkEvent.Message("m1", "n1", "n2", 2, 3, NetworkEvent.Fate.DELIVER),
                        new NetworkEvent.DataLoss("d1", "n1", 4, true)),
                new VclockPruning(10, 12, 3, 20));
        return new Scenario(
                "t", "n", List.of("c1"), List.of(new Operation.Write("w1", "c1", 1, "x", "a", false, "n1")), t);
    }

    @Test
    void dataLossAndPruningRoundTripAsVersion5() throws Exception {
        Scenario s = withBoth();
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.contains("\"version\" : 5"), json);
        assertTrue(json.contains("\"type\" : \"data-loss\""), json);
        assertEquals(s, ScenarioFiles.parse(json, "f.json"));
    }

    @Test
    void aSingleStoreWithPruningKeepsItsTopologyAndNoOldAgeMeansNone() throws Exception {
        Scenario s = new Scenario(
                "t", "", List.of("c1"), List.of(), Topology.single().withPruning(VclockPruning.dynamo(10)));
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.contains("\"pruning\""), json);
        Scenario back = ScenarioFiles.parse(json, "f.json");
        assertEquals(s, back);
        assertEquals(Long.MAX_VALUE, back.topology().pruning().old());
    }

    @Test
    void olderFilesHaveNeitherAndStayBelowVersion5() throws Exception {
        Scenario s = ScenarioFiles.parse(
                HEAD.replace("5", "2") + "\"topology\":{\"replicas\":[{\"id\":\"n1\"},{\"id\":\"n2\"}]},"
                        + "\"operations\":[]}",
                "old.json");
        assertNull(s.topology().pruning());
        assertTrue(ScenarioFiles.toJson(s).contains("\"version\" : 2"));
    }

    @Test
    void refusesBrokenSettingsWithAMessageForPeople() {
        assertTrue(refused(HEAD
                        + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"network\":[{\"id\":\"d\",\"type\":\"data-loss\","
                        + "\"replica\":\"n9\",\"time\":1}]},\"operations\":[]}")
                .contains("unknown replica n9"));
        assertTrue(refused(HEAD
                        + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"network\":[{\"id\":\"d\",\"type\":\"data-loss\","
                        + "\"replica\":\"n1\",\"time\":1,\"newActor\":\"yes\"}]},\"operations\":[]}")
                .contains("\"newActor\" must be true or false"));
        assertTrue(refused(HEAD + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"pruning\":{\"small\":5,\"big\":2}},"
                        + "\"operations\":[]}")
                .contains("small <= big"));
        assertTrue(refused(HEAD + "\"topology\":{\"replicas\":[{\"id\":\"n1\"}],\"pruning\":3},\"operations\":[]}")
                .contains("must be an object"));
    }

    private static String refused(String text) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.parse(text, "f.json"))
                .getMessage();
    }
}
