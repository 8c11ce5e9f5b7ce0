package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Derived write values in scenario files: {@code "add"} and {@code "derive"} (version 3). */
class DerivedValueFilesTest {

    private static final String HEAD = "{\"format\":\"conflict-explorer-scenario\",\"version\":3,\"clients\":[\"c1\"],";

    private static String file(String write) {
        return HEAD + "\"operations\":[{\"id\":\"r1\",\"type\":\"read\",\"client\":\"c1\",\"time\":1,\"key\":\"cart\"},"
                + "{\"id\":\"w1\",\"type\":\"write\",\"client\":\"c1\",\"time\":2,\"key\":\"cart\"" + write + "}]}";
    }

    private static WriteValue valueOf(String json) throws ScenarioFileException {
        return ((Operation.Write) ScenarioFiles.parse(json, "f.json").operation("w1")).rule();
    }

    private static String refused(String json) {
        return assertThrows(ScenarioFileException.class, () -> ScenarioFiles.parse(json, "f.json"))
                .getMessage();
    }

    @Test
    void addAndDeriveAreRead() throws Exception {
        assertEquals(new WriteValue.AddItem("flour"), valueOf(file(",\"add\":\"flour\"")));
        assertEquals(new WriteValue.MergeRead(), valueOf(file(",\"derive\":\"merge\"")));
        assertEquals(new WriteValue.Literal("merge"), valueOf(file(",\"value\":\"merge\"")));
    }

    @Test
    void aDerivedScenarioRoundTripsAsVersion3AndALiteralOneStaysVersion1() throws Exception {
        Scenario s = new Scenario(
                "t",
                "",
                List.of("c1"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "cart", new WriteValue.AddItem("milk"), false),
                        new Operation.Write("w2", "c1", 2, "cart", new WriteValue.MergeRead(), true),
                        new Operation.Write("w3", "c1", 3, "cart", "merge", false)));
        String json = ScenarioFiles.toJson(s);
        assertTrue(json.contains("\"version\" : 3"), json);
        assertTrue(json.contains("\"add\" : \"milk\""), json);
        assertTrue(json.contains("\"derive\" : \"merge\""), json);
        assertEquals(s, ScenarioFiles.parse(json, "f.json"));

        Scenario literal = s.withoutOperation("w1").withoutOperation("w2");
        assertTrue(ScenarioFiles.toJson(literal).contains("\"version\" : 1"));
    }

    @Test
    void aBadCombinationNamesTheOperation() {
        assertTrue(refused(file(",\"value\":\"a\",\"add\":\"b\""))
                .contains("operation w1 has both \"value\" and \"add\""));
        assertTrue(refused(file(",\"add\":\"milk eggs\""))
                .contains("operation w1: \"add\" must be one item without spaces"));
        assertTrue(refused(file(",\"add\":\"\"")).contains("operation w1: \"add\" must be non-empty text"));
        assertTrue(refused(file(",\"derive\":\"sum\"")).contains("operation w1: \"derive\" must be \"merge\""));
        assertTrue(refused(file("")).contains("operation w1 is missing \"value\""));
    }
}
