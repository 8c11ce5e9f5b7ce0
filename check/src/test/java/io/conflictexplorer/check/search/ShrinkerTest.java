package io.conflictexplorer.check.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shrinking against a known cause, without a node: a scenario "fails" when a client reads a key
 * after another client wrote it (the two operations that show a bug of that kind). From every large
 * generated scenario that has them, the shrinker finds exactly those two, named and timed simply;
 * it never spends more runs than its budget, and the same scenario shrinks the same way.
 */
class ShrinkerTest {

    /** A write of a key followed by another client's read of it. */
    static boolean writeThenOthersRead(Scenario s) {
        List<Operation> ops = s.operations().stream()
                .sorted((a, b) -> Long.compare(a.time(), b.time()))
                .toList();
        for (int i = 0; i < ops.size(); i++) {
            for (int j = i + 1; j < ops.size(); j++) {
                if (ops.get(i) instanceof Operation.Write w
                        && ops.get(j) instanceof Operation.Read r
                        && w.key().equals(r.key())
                        && !w.client().equals(r.client())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aCauseOfTwoOperationsShrinksToThoseTwoOperations() throws Exception {
        ScenarioGenerator generator = new ScenarioGenerator(3, 3);
        int shrunk = 0;
        for (int i = 0; i < 200; i++) {
            Scenario s = generator.next();
            if (!writeThenOthersRead(s) || s.operations().size() < 6) {
                continue;
            }
            Shrinker shrinker = new Shrinker(ShrinkerTest::writeThenOthersRead, 500);
            Scenario small = shrinker.shrink(s);
            assertTrue(writeThenOthersRead(small), "still fails");
            assertEquals(2, small.operations().size(), s + " -> " + small);
            assertEquals(List.of("c1", "c2"), small.clients());
            Operation.Write w = (Operation.Write) small.operations().get(0);
            assertEquals("w1", w.id());
            assertEquals(1, w.time());
            assertEquals("c1", w.client());
            assertEquals(WriteValue.literal("a"), w.rule(), "a derived value made literal, and shortened");
            assertEquals(false, w.blind());
            Operation r = small.operations().get(1);
            assertEquals("x", w.key());
            assertEquals(List.of("r2", "c2", 2L, "x"), List.of(r.id(), r.client(), r.time(), r.key()));
            assertTrue(shrinker.runs() <= 500);
            assertEquals(small, new Shrinker(ShrinkerTest::writeThenOthersRead, 500).shrink(s), "deterministic");
            shrunk++;
        }
        assertTrue(shrunk >= 50, "enough scenarios had the cause: " + shrunk);
    }

    @Test
    void itNeverSpendsMoreRunsThanItsBudget() throws Exception {
        Scenario s = new ScenarioGenerator(5, 3).next();
        for (int budget : new int[] {0, 1, 5}) {
            int[] runs = {0};
            Shrinker shrinker = new Shrinker(
                    c -> {
                        runs[0]++;
                        return true;
                    },
                    budget);
            shrinker.shrink(s);
            assertTrue(runs[0] <= budget, runs[0] + " runs for a budget of " + budget);
            assertEquals(runs[0], shrinker.runs());
        }
    }
}
