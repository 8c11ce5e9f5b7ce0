package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.PanelState;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;

/** The presets load from the classpath (assets/) and tell the stories their narrations promise. */
class PresetsTest {

    private static final List<Preset> PRESETS = Assets.presets();

    private static Simulation run(String file) {
        Map<String, Preset> byFile = PRESETS.stream().collect(Collectors.toMap(Preset::file, p -> p));
        return Simulator.run(byFile.get(file).scenario());
    }

    @Test
    void allEightLoadInMenuOrderWithANarration() {
        assertEquals(
                List.of(
                        "Two concurrent writers",
                        "A stale context",
                        "Resolving a conflict",
                        "Three clients at once",
                        "The shopping cart",
                        "Partition, then heal",
                        "A fast clock beats a later write",
                        "Per-replica counters lose a write"),
                PRESETS.stream().map(Preset::title).toList());
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
        assertEquals(List.of("a b"), s.vv().valuesAt(s.vv().size() - 1).get("x"));
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
        long writes = s.scenario().operations().stream()
                .filter(o -> o instanceof Operation.Write)
                .count();
        assertEquals(5, writes);
        assertTrue(s.vv().steps().stream()
                .anyMatch(st -> st.state().getOrDefault("cart", List.of()).size() == 2));
        assertEquals(
                List.of("milk flour eggs ham"),
                s.vv().valuesAt(s.vv().size() - 1).get("cart"));
        assertEquals(2, s.lww().finalCounters().lost());
        assertEquals(0, s.vv().finalCounters().lost());
    }

    private static Scenario scenario(String file) {
        return PRESETS.stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .orElseThrow()
                .scenario();
    }

    private static List<String> values(Trace t, int step, String replica, String key) {
        return t.replicaStateAt(step, replica).getOrDefault(key, List.of()).stream()
                .map(Sibling::value)
                .toList();
    }

    /** The values the panel shows for {@code replica}'s {@code key}. */
    private static List<String> shown(PanelState panel, String replica, String key) {
        return panel.replicas().stream()
                .filter(r -> r.replica().equals(replica))
                .findFirst()
                .orElseThrow()
                .keys()
                .stream()
                .filter(k -> k.key().equals(key))
                .flatMap(k -> k.values().stream())
                .map(PanelState.Card::value)
                .toList();
    }

    @Test
    void partitionHealDivergesDuringTheCutAndConvergesAfterIt() {
        Simulation s = run("06-partition-heal.json");
        int afterW2 = s.vv().stepOf("w2").index();
        assertEquals(List.of("a"), values(s.vv(), afterW2, "n1", "x"), "each side has only its own write");
        assertEquals(List.of("b"), values(s.vv(), afterW2, "n2", "x"));
        assertEquals(List.of("a", "b"), values(s.vv(), s.vv().size() - 1, "n1", "x"));
        assertEquals(List.of("b", "a"), values(s.vv(), s.vv().size() - 1, "n2", "x"), "siblings in order of arrival");
        assertEquals(1, s.lww().finalCounters().lost());

        // what the panels show, through the view model (no window needed for the models)
        ExplorerViewModel vm = new ExplorerViewModel(PRESETS, Platform::runLater);
        vm.document().show(scenario("06-partition-heal.json"));
        assertEquals(List.of("a", "b"), shown(vm.projected().vvPanelProperty().get(), "n1", "x"));
        assertEquals(List.of("b"), shown(vm.projected().lwwPanelProperty().get(), "n1", "x"));
        assertTrue(vm.projected().vvPanelProperty().get().converged());
        assertEquals(1, vm.projected().lwwPanelProperty().get().lost().size());
        vm.playback().setCursor(afterW2 + 1);
        assertFalse(vm.projected().vvPanelProperty().get().converged());
        assertEquals(List.of("b"), shown(vm.projected().vvPanelProperty().get(), "n2", "x"));
    }

    @Test
    void clockSkewLosesTheLaterWriteUnderLwwUntilTheSkewIsGone() {
        Scenario s = scenario("07-clock-skew.json");
        Simulation sim = Simulator.run(s);
        assertEquals(1, sim.lww().finalCounters().lost());
        assertEquals("new", sim.lww().losses().get(0).lost().value());
        assertEquals(List.of("new"), values(sim.vv(), sim.vv().size() - 1, "n1", "x"));
        assertEquals(
                0,
                Simulator.run(s.withTopology(s.topology().withSkew("n1", 0)))
                        .lww()
                        .finalCounters()
                        .lost());
    }

    @Test
    void naiveCountersLoseWhatDotsKeep() {
        Scenario s = scenario("08-naive-counters.json");
        assertEquals(ClockScheme.CLIENT_COUNTERS, s.topology().scheme());
        Simulation naive = Simulator.run(s);
        assertEquals(2, naive.vv().finalCounters().lost());
        Simulation dotted = Simulator.run(s.withTopology(s.topology().withScheme(ClockScheme.DOTTED)));
        assertEquals(0, dotted.vv().finalCounters().lost());
        assertEquals(List.of("milk", "eggs"), values(dotted.vv(), dotted.vv().size() - 1, "n1", "cart"));
        assertEquals(List.of("eggs", "milk"), values(dotted.vv(), dotted.vv().size() - 1, "n2", "cart"));
    }
}
