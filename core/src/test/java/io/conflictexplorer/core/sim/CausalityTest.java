package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.core.store.Mode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link Trace#causality} against its definition, on random scenarios: an operation's future is
 * every operation of its key whose past holds it, its concurrent operations the rest of its key
 * (not in its past or future, one of the two a write or the two of different clients). The view finds the future without making
 * every other operation's past; this makes them all and compares.
 */
class CausalityTest {

    private static void assertAsDefined(Trace t) {
        for (Step step : t.steps()) {
            if (!(step instanceof Step.OfOperation self)) {
                continue;
            }
            String id = self.operation().id();
            CausalView view = t.causality(id);
            Set<String> future = new HashSet<>();
            Set<String> concurrent = new HashSet<>();
            for (Step other : t.steps()) {
                if (!(other instanceof Step.OfOperation o)
                        || o == self
                        || !o.operation().key().equals(self.operation().key())
                        || view.past().contains(o.operation().id())) {
                    continue;
                }
                if (t.causality(o.operation().id()).past().contains(id)) {
                    future.add(o.operation().id());
                } else if (o instanceof Step.Write
                        || self instanceof Step.Write
                        || !o.operation().client().equals(self.operation().client())) {
                    concurrent.add(o.operation().id());
                }
            }
            assertEquals(future, view.future(), "the future of " + id);
            assertEquals(concurrent, view.concurrent(), "the operations concurrent with " + id);
        }
    }

    @Test
    void randomScenariosOnOneStoreAndOnThreeReplicas() {
        for (long seed = 1; seed <= 6; seed++) {
            for (Scenario s : List.of(
                    BigScenario.dense(4, 70, seed),
                    BigScenario.of(3, 90, 2, seed),
                    BigScenario.onThreeReplicas(BigScenario.dense(4, 60, seed), 60))) {
                for (Mode mode : Mode.values()) {
                    assertAsDefined(Simulator.run(s, mode));
                }
            }
        }
    }
}
