package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.model.Preset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The presets load from the classpath (assets/) and tell the stories their narrations promise. */
class PresetsTest {

    private static final List<Preset> PRESETS = Assets.presets();

    private static Simulation run(String file) {
        Map<String, Preset> byFile = PRESETS.stream().collect(Collectors.toMap(Preset::file, p -> p));
        return Simulator.run(byFile.get(file).scenario());
    }

    @Test
    void allFiveLoadInMenuOrderWithANarration() {
        assertEquals(List.of("Two concurrent writers", "A stale context", "Resolving a conflict", "Three clients at once",
                "The shopping cart"), PRESETS.stream().map(Preset::title).toList());
        PRESETS.forEach(p -> assertFalse(p.scenario().narration().isBlank(), p.file()));
    }

    @Test
    void twoConcurrentWritersLwwLosesOneVvKeepsTwo() {
        Simulation s = run("01-two-writers.json");
        assertEquals(1, s.lww().finalCounters().lost());
        assertEquals(List.of("a", "b"), s.vv().valuesAt(s.vv().size() - 1).get("x"));
        assertEquals(0, s.vv().finalCounters().lost());
    }

    @Test
    void staleContextLosesTheNewerWriteUnderLww() {
        Simulation s = run("02-stale-context.json");
        assertEquals(List.of("b", "c"), s.vv().valuesAt(s.vv().size() - 1).get("x"));
        assertEquals(1, s.lww().finalCounters().lost());
        assertEquals("b", s.lww().losses().get(0).lost().value());
    }

    @Test
    void writingWithTheMergedContextResolvesTheConflict() {
        Simulation s = run("03-resolve-conflict.json");
        assertEquals(2, s.vv().stateAt(1).get("x").size(), "two siblings before the merge");
        assertEquals(List.of("a+b"), s.vv().valuesAt(s.vv().size() - 1).get("x"));
        assertEquals(1, s.lww().finalCounters().lost());
    }

    @Test
    void threeClientsGiveThreeSiblings() {
        Simulation s = run("04-three-clients.json");
        assertEquals(3, s.vv().finalCounters().visible());
        assertEquals(2, s.lww().finalCounters().lost());
    }

    @Test
    void theShoppingCartHasFiveWritesEachWithItsClientsOwnLastRead() {
        Simulation s = run("05-shopping-cart.json");
        long writes = s.scenario().operations().stream().filter(o -> o instanceof Operation.Write).count();
        assertEquals(5, writes);
        assertTrue(s.vv().steps().stream().anyMatch(st -> st.state().getOrDefault("cart", List.of()).size() == 2));
        assertEquals(List.of("milk eggs flour ham"), s.vv().valuesAt(s.vv().size() - 1).get("cart"));
        assertEquals(2, s.lww().finalCounters().lost());
        assertEquals(0, s.vv().finalCounters().lost());
    }
}
