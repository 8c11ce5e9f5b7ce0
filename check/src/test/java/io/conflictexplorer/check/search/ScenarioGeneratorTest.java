package io.conflictexplorer.check.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The search's scenarios: the same seed gives the same ones; they stay within their bounds; and
 * among a few hundred there is each thing a node can get wrong: reads, blind writes, writes whose
 * context went stale (another client wrote the key after the read it came from), concurrent
 * siblings, superseded values, derived values, two keys.
 */
class ScenarioGeneratorTest {

    private static List<Scenario> draw(long seed, int clients, int n) {
        ScenarioGenerator g = new ScenarioGenerator(seed, clients);
        List<Scenario> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(g.next());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameScenarios() {
        assertEquals(draw(42, 3, 50), draw(42, 3, 50));
        assertNotEquals(draw(42, 3, 50), draw(43, 3, 50));
    }

    @Test
    void scenariosStayWithinTheirBounds() {
        for (Scenario s : draw(1, 2, 300)) {
            assertTrue(s.operations().size() >= 2 && s.operations().size() <= ScenarioGenerator.MAX_OPERATIONS);
            assertTrue(s.clients().size() <= 2 && !s.clients().isEmpty());
            assertTrue(s.topology().isSingle());
        }
        assertEquals(
                1,
                draw(9, 1, 20).stream().mapToInt(s -> s.clients().size()).max().orElseThrow());
    }

    @Test
    void theyHoldWhatANodeCanGetWrong() {
        Set<String> seen = new HashSet<>();
        for (Scenario s : draw(1, 3, 300)) {
            Trace vv = Simulator.run(s, Mode.VV);
            Set<String> keys = new HashSet<>();
            for (Operation op : s.operations()) {
                keys.add(op.key());
                if (op instanceof Operation.Read) {
                    seen.add("read");
                } else if (op instanceof Operation.Write w) {
                    seen.add(w.blind() ? "blind write" : "write with context");
                    seen.add(w.rule().derived() ? "derived value" : "literal value");
                }
            }
            seen.add(keys.size() + " keys");
            for (Step step : vv.steps()) {
                if (step instanceof Step.Read r && r.read().siblings().size() > 1) {
                    seen.add("siblings");
                }
                if (step instanceof Step.Write w && !w.context().isEmpty()) {
                    VersionVector stored = VersionVector.empty();
                    for (Sibling<String> sib :
                            vv.stateAt(w.index() - 1).getOrDefault(w.operation().key(), List.of())) {
                        stored = stored.merge(sib.clock());
                    }
                    if (!w.context().descends(stored)) {
                        seen.add("stale context"); // the key changed since the read its context came from
                    }
                }
                if (step.events().stream().anyMatch(e -> e instanceof StoreEvent.Superseded)) {
                    seen.add("superseded");
                }
            }
        }
        for (String thing : List.of(
                "read",
                "blind write",
                "write with context",
                "derived value",
                "literal value",
                "1 keys",
                "2 keys",
                "siblings",
                "stale context",
                "superseded")) {
            assertTrue(seen.contains(thing), thing + " in " + seen);
        }
    }
}
