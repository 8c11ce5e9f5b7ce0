package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Loss;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.StoreEvent;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The two narration lines shown side by side tell of one event, and a LOST sentence tells things in
 * the order they happened: on the scenarios of the "Partition, then heal" and "A fast clock beats a
 * later write" presets, where the two modes gossip differently.
 */
class NarrationBesideTest {

    /** Preset 6: a partition from t=2 to t=14, a write on each side, a read after the heal. */
    static Scenario partitionThenHeal() {
        Topology topo =
                Topology.cluster(2, 4, 1).withNetwork(List.of(new NetworkEvent.Partition("p1", "n1", "n2", 2, 14)));
        return new Scenario(
                "Partition, then heal",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 5, "x", "a", false, "n1"),
                        new Operation.Write("w2", "c2", 8, "x", "b", false, "n2"),
                        new Operation.Read("r1", "c1", 20, "x", "n1")),
                topo);
    }

    /** Preset 7: n1's clock 50 ticks ahead; c2 reads old at n2 and writes new, which LWW loses. */
    static Scenario fastClock() {
        return new Scenario(
                "A fast clock beats a later write",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Write("w1", "c1", 2, "x", "old", false, "n1"),
                        new Operation.Read("r2", "c2", 7, "x", "n2"),
                        new Operation.Write("w2", "c2", 9, "x", "new", false, "n2"),
                        new Operation.Read("r1", "c1", 14, "x", "n1")),
                Topology.cluster(2, 4, 1).withSkew("n1", 50));
    }

    @Test
    void atEveryStepBothLinesTellOfTheSameEvent() {
        for (Scenario s : List.of(partitionThenHeal(), fastClock())) {
            Simulation sim = Simulator.run(s);
            int[] lwwApplied = sim.lwwStepsApplied();
            for (int applied = 1; applied <= sim.vv().size(); applied++) {
                Step vv = sim.vv().steps().get(applied - 1);
                String lww = Narration.lwwBeside(sim, lwwApplied, applied);
                String where = s.title() + ", step " + applied + ": " + Narration.of(sim.vv(), vv) + " beside " + lww;
                if (vv instanceof Step.Arrival a) {
                    String from = a.message().from();
                    String to = a.message().to();
                    assertTrue(
                            lww.startsWith(to + " receives gossip from " + from)
                                    || lww.startsWith("Under LWW no gossip from " + from + " reaches " + to + " here"),
                            where);
                } else {
                    Step.OfOperation op = (Step.OfOperation) vv;
                    assertTrue(
                            lww.startsWith(
                                    op.operation().client() + " " + (op instanceof Step.Write ? "writes" : "reads")),
                            where);
                    assertEquals(
                            Narration.of(
                                    sim.lww(), sim.lww().stepOf(op.operation().id())),
                            lww.split(" Also under LWW: ")[0],
                            where);
                }
            }
        }
    }

    /** At the last step of both presets the VV trace has an arrival that the LWW trace never sent. */
    @Test
    void gossipOnlyVvSentIsSaidToBeAbsentUnderLww() {
        for (Scenario s : List.of(partitionThenHeal(), fastClock())) {
            Simulation sim = Simulator.run(s);
            int last = sim.vv().size();
            Step.Arrival a = (Step.Arrival) sim.vv().steps().get(last - 1);
            assertEquals(null, sim.counterpart(a, Mode.LWW), s.title());
            assertEquals(
                    "Under LWW no gossip from " + a.message().from() + " reaches "
                            + a.message().to() + " here: " + a.message().from()
                            + " had nothing new for it since its last message.",
                    Narration.lwwBeside(sim, sim.lwwStepsApplied(), last),
                    s.title());
        }
    }

    /** new came after old and saw it, and was dropped when it arrived: not "overwritten by old". */
    @Test
    void aWriteBeatenOnArrivalIsNotSaidToBeOverwrittenByAnOlderOne() {
        Simulation sim = Simulator.run(fastClock());
        List<Loss<String>> losses = sim.lww().losses();
        assertEquals(1, losses.size());
        Loss<String> loss = losses.get(0);
        assertEquals(Loss.How.BEATEN_ON_ARRIVAL, loss.how());
        assertEquals(
                "c2's write new was acknowledged, yet lost on arrival: c1's write old, stored before it, has the"
                        + " higher LWW timestamp (52 against 9)",
                loss.explain());
        assertFalse(Narration.of(sim.lww(), sim.lww().writeOf("w2")).contains("overwritten"));
    }

    @Test
    void naiveCountersSayTheArrivingWriteLooksLikeTheStoredOne() {
        List<Loss<String>> losses = Simulator.run(naiveCounters(), Mode.VV).losses();
        assertEquals(2, losses.size());
        for (Loss<String> l : losses) {
            assertEquals(Loss.How.SAME_CLOCK_ON_ARRIVAL, l.how());
        }
        assertEquals(
                "c1's write milk was acknowledged, yet lost on arrival: c1's write eggs, stored before it, has the"
                        + " same clock {c1: 1}, which client counters take for the same write",
                losses.get(0).explain());
    }

    /**
     * Client counters on two replicas gossiping every 10 ticks: c1 writes milk at n1 and eggs at n2
     * before either hears of the other, both with the clock {c1: 1}; each replica drops the other's
     * write when it arrives.
     */
    static Scenario naiveCounters() {
        return new Scenario(
                "naive",
                "",
                List.of("c1"),
                List.of(
                        new Operation.Write("w1", "c1", 1, "cart", "milk", true, "n1"),
                        new Operation.Write("w2", "c1", 2, "cart", "eggs", true, "n2")),
                Topology.cluster(2, 10, 1).withScheme(ClockScheme.CLIENT_COUNTERS));
    }

    /** Where the LOST cards stand beside the sentence, it names the lost write and leaves the why to them. */
    @Test
    void aLossNamedOnlyIsTheWriteWithoutItsExplanation() {
        Simulation sim = Simulator.run(fastClock());
        Step w2 = sim.lww().writeOf("w2");
        assertEquals(
                "c2 writes x=new at n2 with LWW ts 9. LOST: c2's write new.",
                Narration.of(sim.lww(), w2, Narration.Losses.NAMED));
        assertEquals(
                "c2 writes x=new at n2 with LWW ts 9. LOST: "
                        + sim.lww().losses().get(0).explain() + ".",
                Narration.of(sim.lww(), w2));
    }

    /**
     * On every step of the three scenarios, in both modes and beside each other: a sentence naming its
     * losses is the explaining one with each loss's explanation replaced by the lost write, and names
     * every loss the step caused.
     */
    @Test
    void aSentenceNamingItsLossesDiffersOnlyInTheirExplanations() {
        int named = 0;
        int lost = 0;
        for (Scenario s : List.of(partitionThenHeal(), fastClock(), naiveCounters())) {
            Simulation sim = Simulator.run(s);
            int[] lwwApplied = sim.lwwStepsApplied();
            lost += sim.lww().losses().size() + sim.vv().losses().size();
            for (Trace t : List.of(sim.lww(), sim.vv())) {
                for (Step step : t.steps()) {
                    String explained = Narration.of(t, step);
                    String expected = explained;
                    for (Loss<String> l : lossesOf(step)) {
                        assertTrue(explained.contains("LOST: " + l.explain() + "."), explained);
                        expected = expected.replace("LOST: " + l.explain() + ".", "LOST: " + l.lostWrite() + ".");
                        named++;
                    }
                    assertEquals(expected, Narration.of(t, step, Narration.Losses.NAMED), s.title());
                }
            }
            for (int applied = 1; applied <= sim.vv().size(); applied++) {
                String explained = Narration.lwwBeside(sim, lwwApplied, applied);
                String brief = Narration.lwwBeside(sim, lwwApplied, applied, Narration.Losses.NAMED);
                assertEquals(explained.contains("LOST: "), brief.contains("LOST: "), explained);
                assertTrue(brief.length() <= explained.length(), brief);
            }
        }
        assertEquals(lost, named, "every loss of the traces is told in its step's sentence");
        assertTrue(named >= 4, "the partition's and the fast clock's losses under LWW, the naive counters' under both");
    }

    private static List<Loss<String>> lossesOf(Step step) {
        List<StoreEvent<String>> events =
                step instanceof Step.Write w ? w.events() : step instanceof Step.Arrival a ? a.events() : List.of();
        return events.stream()
                .filter(e -> e instanceof StoreEvent.Lost<String>)
                .map(e -> ((StoreEvent.Lost<String>) e).loss())
                .toList();
    }

    /** Two reads of different clients, neither seeing what the other returned, are concurrent. */
    @Test
    void readsOfDifferentClientsThatSawNothingOfEachOtherAreConcurrent() {
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1", "c2"),
                List.of(
                        new Operation.Read("r1", "c1", 1, "x"),
                        new Operation.Read("r2", "c2", 2, "x"),
                        new Operation.Write("w1", "c1", 4, "x", "a", false),
                        new Operation.Read("r3", "c1", 5, "x")));
        Trace vv = Simulator.run(s, Mode.VV);
        assertEquals(Set.of("r2"), vv.causality("r1").concurrent());
        assertEquals(Set.of("w1", "r3"), vv.causality("r1").future());
        assertEquals(Set.of("r1", "w1", "r3"), vv.causality("r2").concurrent());
        // r3 saw w1, whose context was r1's: both in its past; r1 and r3, one client, are no question
        assertEquals(Set.of("r1", "w1"), vv.causality("r3").past());
    }
}
