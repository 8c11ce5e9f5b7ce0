package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conflictexplorer.core.store.ClockScheme;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The names scenario files give clock schemes and message fates: exact, lower case, round-tripping. */
class WireNamesTest {

    @Test
    void clockSchemesAreNamedAsScenarioFilesSpellThem() {
        assertEquals("dotted", ClockScheme.DOTTED.wireName());
        assertEquals("client-counters", ClockScheme.CLIENT_COUNTERS.wireName());
        for (ClockScheme s : ClockScheme.values()) {
            assertEquals(s, ClockScheme.parse(s.wireName()));
        }
    }

    @Test
    void fatesAreNamedAsScenarioFilesSpellThem() {
        assertEquals(
                List.of("deliver", "drop", "duplicate"),
                Arrays.stream(NetworkEvent.Fate.values())
                        .map(NetworkEvent.Fate::wireName)
                        .toList());
        for (NetworkEvent.Fate f : NetworkEvent.Fate.values()) {
            assertEquals(f, NetworkEvent.Fate.parse(f.wireName()));
        }
    }

    @Test
    void onlyTheExactNamesParse() {
        for (String bad : Arrays.asList("Dotted", "DOTTED", "client_counters", "", " dotted", null)) {
            assertThrows(IllegalArgumentException.class, () -> ClockScheme.parse(bad), String.valueOf(bad));
        }
        for (String bad : Arrays.asList("DROP", "Deliver", "lose", "", null)) {
            assertThrows(IllegalArgumentException.class, () -> NetworkEvent.Fate.parse(bad), String.valueOf(bad));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClockScheme.parse("nope"));
        assertEquals("scheme must be \"dotted\" or \"client-counters\", was \"nope\"", e.getMessage());
    }
}
