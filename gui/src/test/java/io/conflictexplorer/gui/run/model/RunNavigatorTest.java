package io.conflictexplorer.gui.run.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The timeline's marks come from the traces, and navigation walks them in time order within the
 * filter: c1 and c2 write x blind at t=1 and t=2 (LWW loses c1's write, VV keeps both), c1 reads x
 * at 3 (two siblings: a conflict), c2 writes y at 4, c3 reads y at 5.
 */
class RunNavigatorTest {

    static final Scenario SCENARIO = new Scenario(
            "marks",
            "",
            List.of("c1", "c2", "c3"),
            List.of(
                    new Operation.Write("w1", "c1", 1, "x", "a", true),
                    new Operation.Write("w2", "c2", 2, "x", "b", true),
                    new Operation.Read("r1", "c1", 3, "x"),
                    new Operation.Write("w3", "c2", 4, "y", "c", true),
                    new Operation.Read("r2", "c3", 5, "y")));

    private final RunTimeline timeline = RunTimeline.of(Simulator.run(SCENARIO), Set.of("w3"));
    private final RunNavigator nav = new RunNavigator(timeline);

    @Test
    void marksComeFromTheTracesAndTheDivergentOperations() {
        assertEquals(List.of("w1", "w2", "r1", "w3", "r2"), ids());
        assertTrue(timeline.has(0, Mark.LOSS), "LWW lost c1's a");
        assertFalse(timeline.has(1, Mark.LOSS));
        assertTrue(timeline.has(1, Mark.CONFLICT), "w2 left two siblings under VV");
        assertTrue(timeline.has(2, Mark.CONFLICT), "r1 read two siblings");
        assertFalse(timeline.has(4, Mark.CONFLICT));
        assertTrue(timeline.has(3, Mark.DIVERGENCE));
        assertEquals(1, timeline.count(Mark.DIVERGENCE));
        assertEquals(List.of("x", "y"), timeline.keys());
    }

    @Test
    void nextAndPreviousWalkTheMarksInTimeOrder() {
        assertEquals(1, nav.next(Mark.CONFLICT, -1, RunFilter.ALL));
        assertEquals(2, nav.next(Mark.CONFLICT, 1, RunFilter.ALL));
        assertEquals(-1, nav.next(Mark.CONFLICT, 2, RunFilter.ALL));
        assertEquals(2, nav.previous(Mark.CONFLICT, -1, RunFilter.ALL), "nothing selected: from the end");
        assertEquals(1, nav.previous(Mark.CONFLICT, 2, RunFilter.ALL));
        assertEquals(0, nav.next(Mark.LOSS, -1, RunFilter.ALL));
        assertEquals(3, nav.previous(Mark.DIVERGENCE, 5, RunFilter.ALL));
    }

    @Test
    void theFilterKeepsNavigationToOneKeyOrSomeClients() {
        assertEquals(-1, nav.next(Mark.CONFLICT, -1, new RunFilter("y", Set.of())), "no conflict on y");
        assertEquals(2, nav.next(Mark.CONFLICT, -1, new RunFilter(null, Set.of("c1"))), "c1's conflict is its read");
        assertEquals(3, nav.next(Mark.DIVERGENCE, -1, new RunFilter("y", Set.of("c2", "c3"))));
        assertEquals(-1, nav.next(Mark.DIVERGENCE, -1, new RunFilter("y", Set.of("c3"))));
        assertTrue(new RunFilter(" ", Set.of()).isAll(), "a blank key is no filter");
    }

    @Test
    void chipsAreFoundByTime() {
        assertEquals(0, timeline.firstAtOrAfter(0));
        assertEquals(2, timeline.firstAtOrAfter(3));
        assertEquals(5, timeline.firstAtOrAfter(6));
        assertEquals(3, timeline.chipOf("w3"));
        assertEquals(-1, timeline.chipOf("nope"));
    }

    private List<String> ids() {
        return IntStream.range(0, timeline.size()).mapToObj(timeline::id).toList();
    }
}
