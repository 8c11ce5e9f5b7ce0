package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A write's given context in scenario files: {@code "context"} (version 4); older files still open. */
class GivenContextFilesTest {

    private static final VersionVector BOTH =
            VersionVector.builder().put("c2", 1).put("c1", 1).build();

    private static Scenario resolved() {
        return new Scenario(
                "from a transcript",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write(
                                "L3", "c1", 3, "x", WriteValue.literal("a"), false, null, VersionVector.empty()),
                        new Operation.Write(
                                "L4", "c2", 4, "x", WriteValue.literal("b"), false, null, VersionVector.empty()),
                        new Operation.Read("L5", "c1", 5, "x"),
                        new Operation.Write("L6", "c1", 6, "x", WriteValue.literal("ab"), false, null, BOTH)));
    }

    @Test
    void aGivenContextRoundTripsAsVersion4InTheClocksOrder() throws Exception {
        String json = ScenarioFiles.toJson(resolved());
        assertTrue(json.contains("\"version\" : 4"), json);
        assertTrue(json.replaceAll("\\s", "").contains("\"context\":{\"c2\":1,\"c1\":1}"), json);
        Scenario back = ScenarioFiles.parse(json, "run.cexp.json");
        assertEquals(resolved(), back);
        assertEquals(
                Simulator.run(resolved()).vv().steps().size(),
                Simulator.run(back).vv().steps().size());
    }

    @Test
    void olderFilesStillOpenWithoutAContextAndAreStillWrittenAsBefore() throws Exception {
        String v1 = "{\"format\":\"conflict-explorer-scenario\",\"version\":1,\"clients\":[\"c1\"],\"operations\":"
                + "[{\"id\":\"w1\",\"type\":\"write\",\"client\":\"c1\",\"time\":1,\"key\":\"x\",\"value\":\"a\"}]}";
        Scenario s = ScenarioFiles.parse(v1, "old.json");
        assertNull(((Operation.Write) s.operations().get(0)).context());
        assertTrue(ScenarioFiles.toJson(s).contains("\"version\" : 1"), "no context: still version 1");
    }

    @Test
    void aBadContextIsRefusedWithAMessage() {
        String head = "{\"format\":\"conflict-explorer-scenario\",\"version\":4,\"clients\":[\"c1\"],\"operations\":"
                + "[{\"id\":\"w1\",\"type\":\"write\",\"client\":\"c1\",\"time\":1,\"key\":\"x\",\"value\":\"a\",";
        ScenarioFileException zero = assertThrows(
                ScenarioFileException.class, () -> ScenarioFiles.parse(head + "\"context\":{\"c1\":0}}]}", "f"));
        assertTrue(zero.getMessage().contains("\"c1\" must be a whole number from 1"), zero.getMessage());
        ScenarioFileException blind = assertThrows(
                ScenarioFileException.class,
                () -> ScenarioFiles.parse(head + "\"blind\":true,\"context\":{\"c1\":1}}]}", "f"));
        assertTrue(blind.getMessage().contains("cannot be blind"), blind.getMessage());
    }
}
