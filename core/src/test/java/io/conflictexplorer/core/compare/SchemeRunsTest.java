package io.conflictexplorer.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Runs of whole scenarios under each scheme, against a model of what really happened: on one
 * store, the DVVSet keeps at every step exactly the writes no other write saw (its writer's read
 * returned them, or returned a value whose writer had seen them; a write without context saw
 * nothing); the merged server clock
 * never loses a write; {@code lww} and {@code client-vv} are today's two modes.
 */
class SchemeRunsTest {

    /** One operation of a random single-store scenario: client, read or write, blind. */
    record Op(int client, boolean read, boolean blind) {}

    @Provide
    Arbitrary<List<Op>> histories() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false, false))
                .as(Op::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(30);
    }

    private static Scenario scenario(List<Op> ops) {
        List<Operation> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op o = ops.get(i);
            String c = "c" + o.client();
            out.add(
                    o.read()
                            ? new Operation.Read("r" + i, c, i, "x")
                            : new Operation.Write("w" + i, c, i, "x", "v" + i, o.blind()));
        }
        return new Scenario("random", "", List.of("c1", "c2", "c3"), out);
    }

    @Property(tries = 300)
    void theDvvSetKeepsExactlyTheWritesNoOtherWriteSaw(@ForAll("histories") List<Op> ops) {
        Trace t = Simulator.run(scenario(ops), Scheme.DVV);
        Map<String, Set<String>> saw = new HashMap<>(); // write id -> the writes its writer had read, transitively
        List<String> written = new ArrayList<>();
        for (Step s : t.steps()) {
            if (s instanceof Step.Write w) {
                Set<String> seen = new LinkedHashSet<>();
                if (w.contextRead() != null) {
                    for (String read : t.observedWrites(w.contextRead())) {
                        seen.add(read);
                        seen.addAll(saw.get(read));
                    }
                }
                saw.put(w.operation().id(), seen);
                written.add(w.operation().id());
                Set<String> model = new LinkedHashSet<>();
                for (String a : written) {
                    if (written.stream().noneMatch(b -> saw.get(b).contains(a))) {
                        model.add(a);
                    }
                }
                Set<String> kept = new LinkedHashSet<>();
                t.stateAt(s.index()).getOrDefault("x", List.of()).forEach(v -> kept.add(t.operationOf(v)));
                assertEquals(model, kept, "after " + w.operation().id());
            }
        }
        assertEquals(0, t.finalCounters().lost());
    }

    @Property(tries = 200)
    void theMergedServerClockLosesNothingAndNeverHasFewerSiblingsThanTheDvvSet(@ForAll("histories") List<Op> ops) {
        Scenario s = scenario(ops);
        Trace merged = Simulator.run(s, Scheme.SERVER_VV_MERGED);
        Trace dvv = Simulator.run(s, Scheme.DVV);
        assertEquals(0, merged.finalCounters().lost());
        for (int i = 0; i < merged.size(); i++) {
            assertTrue(merged.stateAt(i).getOrDefault("x", List.of()).size()
                    >= dvv.stateAt(i).getOrDefault("x", List.of()).size());
        }
    }

    @Property(tries = 100)
    void lwwAndClientVvAreTodaysModes(@ForAll("histories") List<Op> ops) {
        Scenario s = scenario(ops);
        assertEquals(
                Simulator.run(s, Mode.LWW).steps(), Simulator.run(s, Scheme.LWW).steps());
        assertEquals(
                Simulator.run(s, Mode.VV).steps(),
                Simulator.run(s, Scheme.CLIENT_VV).steps());
        assertEquals(Scheme.CLIENT_VV, Simulator.run(s, Mode.VV).scheme());
    }

    /** A replica that loses its data: a step of its own, its state emptied, values no one holds no longer visible. */
    @Test
    void aDataLossEmptiesItsReplicaInEveryScheme() {
        Topology t = Topology.cluster(2, 0, 0).withNetwork(List.of(new NetworkEvent.DataLoss("d1", "n1", 3, false)));
        Scenario s = new Scenario(
                "loss",
                "",
                List.of("c1"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false, "n1"),
                        new Operation.Write("w2", "c1", 5, "y", "b", false, "n1")),
                t);
        for (Scheme scheme : Scheme.values()) {
            Trace trace = Simulator.run(s, scheme);
            Step.DataLoss d = (Step.DataLoss) trace.steps().get(1);
            assertEquals(List.of("x"), d.keys());
            assertEquals(0, d.counters().visible(), scheme.toString());
            assertTrue(trace.replicaStateAt(1, "n1").isEmpty());
            assertEquals(
                    "n1 loses everything it stored (x) and restarts empty, under its old actor id.",
                    Narration.of(trace, d));
            List<Sibling<String>> y = trace.replicaStateAt(2, "n1").get("y");
            assertEquals(List.of("b"), y.stream().map(Sibling::value).toList());
        }
    }

    /** Rows line every trace up: each trace's steps in its order, a scheme's cursor never going back. */
    @Test
    void aComparisonLinesUpTracesThatGossipDifferently() {
        Scenario s = new Scenario(
                "kv679",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "x", "a", false, "n1"),
                        new Operation.Write("w2", "c2", 2, "x", "b", true, "n2"),
                        new Operation.Write("w3", "c1", 6, "x", "c", false, "n2")),
                Topology.cluster(2, 2, 1));
        Comparison c = Comparison.run(s, List.of(Scheme.values()));
        for (int i = 1; i < c.rows().size(); i++) {
            assertTrue(
                    c.rows().get(i - 1).first().time()
                            <= c.rows().get(i).first().time(),
                    "rows in time order");
        }
        for (Scheme scheme : c.schemes()) {
            List<Step> seen = new ArrayList<>();
            for (Comparison.Row r : c.rows()) {
                if (r.step(scheme) != null) {
                    seen.add(r.step(scheme));
                }
            }
            assertEquals(c.trace(scheme).steps(), seen, scheme + " in its own order");
            int before = 0;
            for (int i = 0; i <= c.rows().size(); i++) {
                int now = c.applied(scheme, i);
                assertTrue(now >= before);
                before = now;
            }
            assertEquals(c.trace(scheme).size(), c.applied(scheme, c.rows().size()));
        }
    }

    @Test
    void markdownEscapesPipesAndCsvQuotes() {
        Scenario s = new Scenario(
                "t", "", List.of("c1"), List.of(new Operation.Write("w1", "c1", 1, "x", "a|b, \"c\"", false)));
        StepTable t = StepTable.of(s, List.of(Scheme.LWW));
        assertTrue(StepTableText.markdown(t).contains("\"a\\|b, \"c\"\" (ts 1)"), StepTableText.markdown(t));
        assertTrue(StepTableText.csv(t).contains("\"\"\"a|b, \"\"c\"\"\"\" (ts 1)\""), StepTableText.csv(t));
    }
}
