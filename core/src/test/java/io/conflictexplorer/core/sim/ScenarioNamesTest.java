package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names the editor gives new clients and new values: the first free one, so they stay short. */
class ScenarioNamesTest {

    private static Scenario writing(String... values) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            ops.add(new Operation.Write("w" + i, "c1", i, "x", values[i], false));
        }
        return new Scenario("s", "", List.of("c1"), ops);
    }

    @Test
    void aNewClientTakesTheFirstFreeNumber() {
        assertEquals("c1", Scenario.of("s", List.of()).freshClientId());
        assertEquals("c1", Scenario.of("s", List.of("alice", "c2")).freshClientId());
        assertEquals("c2", Scenario.of("s", List.of("c1", "c3")).freshClientId());
        assertEquals("c4", Scenario.of("s", List.of("c3", "c2", "c1")).freshClientId());
    }

    @Test
    void aNewValueTakesTheFirstLetterNoWriteUses() {
        assertEquals("a", writing().freshValue());
        assertEquals("c", writing("a", "b").freshValue());
        assertEquals("a", writing("b", "x1").freshValue());
    }

    @Test
    void readsDoNotUseUpValues() {
        Scenario s = writing("a").withOperation(new Operation.Read("b", "c1", 5, "b"));
        assertEquals("b", s.freshValue());
    }

    @Test
    void afterTheAlphabetValuesAreNumbered() {
        List<String> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(String.valueOf(c));
        }
        assertEquals("v1", writing(letters.toArray(String[]::new)).freshValue());
        letters.add("v1");
        letters.add("v3");
        assertEquals("v2", writing(letters.toArray(String[]::new)).freshValue());
    }
}
