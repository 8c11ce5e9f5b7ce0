package io.conflictexplorer.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.scheme.StoredKey;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Sibling;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each scheme's narration names the rule that decided the step, worked on the DVVSet README's
 * false conflict (C1 writes v1 and reads; C2 writes v2 blind; C1 writes v3 with its read's
 * context), and a folded stored key names only the values asked for.
 */
class SchemeNarrationTest {

    /** The DVVSet README's "Client-Server Example" on one store {@code A}. */
    static Scenario falseConflict() {
        Topology a = Topology.single().withReplicas(List.of(new Topology.ReplicaSpec("A", 0)));
        return new Scenario(
                        "false conflict",
                        "",
                        List.of("c1", "c2"),
                        List.of(
                                new Operation.Write("w1", "c1", 1, "x", "v1", false),
                                new Operation.Read("r1", "c1", 2, "x"),
                                new Operation.Write("w2", "c2", 3, "x", "v2", true),
                                new Operation.Write("w3", "c1", 4, "x", "v3", false)))
                .withTopology(a);
    }

    private static String lastLine(Scheme scheme) {
        Trace t = Simulator.run(falseConflict(), scheme);
        return SchemeNarration.of(t, t.steps().get(t.size() - 1));
    }

    @Test
    void theWriteThatLosesV2UnderServerVvNamesThatRule() {
        String line = lastLine(Scheme.SERVER_VV);
        assertTrue(line.contains("LOST: c2's write v2"), line);
        assertTrue(
                line.endsWith("Rule of server-vv: the write's clock is its context with A's counter one higher;"
                        + " every stored value whose clock it strictly descends goes, even one its writer never"
                        + " saw (two writes from one context get equal clocks)."),
                line);
    }

    @Test
    void eachSchemeSaysWhatItKeptAndWhy() {
        String merged = lastLine(Scheme.SERVER_VV_MERGED);
        assertTrue(merged.contains("3 siblings kept (v1, v2, v3)"), merged);
        assertTrue(
                merged.contains("Rule of server-vv-merged: a write whose context descends the key's one clock"),
                merged);
        String dvv = lastLine(Scheme.DVV);
        assertTrue(dvv.contains("replacing v1"), dvv);
        assertTrue(dvv.contains("2 siblings kept (v3, v2)"), dvv);
        assertTrue(
                dvv.endsWith("Rule of dvv: a write drops exactly the values whose dots its context knows and"
                        + " takes A's next dot."),
                dvv);
        String client = lastLine(Scheme.CLIENT_VV);
        assertTrue(client.contains("Rule of client-vv: the write's clock is its context with c1's counter one higher"));
        String lww = lastLine(Scheme.LWW);
        assertTrue(lww.contains("LOST: c2's write v2"), lww);
        assertTrue(lww.contains("Rule of lww: the write gets a timestamp from A's clock"), lww);
    }

    @Test
    void everyStepOfEverySchemeIsItsNarrationThenItsRule() {
        Scenario cluster = falseConflict()
                .withTopology(Topology.cluster(2, 2, 1)
                        .withNetwork(List.of(new NetworkEvent.DataLoss("loss1", "n1", 5, false))));
        for (Scenario s : List.of(falseConflict(), SiblingExplosion.scenario(5), cluster)) {
            for (Scheme scheme : Scheme.values()) {
                Trace t = Simulator.run(s, scheme);
                for (Step step : t.steps()) {
                    String rule = SchemeNarration.rule(t, step);
                    assertTrue(rule.startsWith("Rule of " + scheme.wireName() + ": "), rule);
                    assertEquals(Narration.of(t, step) + " " + rule, SchemeNarration.of(t, step));
                    String kind = step instanceof Step.Write
                            ? "write"
                            : step instanceof Step.Read ? "read" : step instanceof Step.Arrival ? "" : "restart";
                    if (kind.equals("read")) {
                        assertTrue(rule.contains("a read returns"), rule);
                    }
                }
            }
        }
    }

    @Test
    void aDataLossSaysWhatTheRestartDoesToEachSchemesClocks() {
        Scenario s = falseConflict()
                .withTopology(Topology.cluster(2, 2, 1)
                        .withNetwork(List.of(new NetworkEvent.DataLoss("loss1", "n1", 5, false))));
        Trace dvv = Simulator.run(s, Scheme.DVV);
        Step loss = dvv.steps().stream()
                .filter(x -> x instanceof Step.DataLoss)
                .findFirst()
                .orElseThrow();
        assertTrue(SchemeNarration.rule(dvv, loss).contains("n1 counts its events from 1 again under its old id"));
        Trace client = Simulator.run(s, Scheme.CLIENT_VV);
        Step same = client.steps().stream()
                .filter(x -> x instanceof Step.DataLoss)
                .findFirst()
                .orElseThrow();
        assertTrue(SchemeNarration.rule(client, same).contains("entries name clients, not replicas"));
    }

    @Test
    void aFoldedNarrationAndReadNameTheFirstValuesAndCountTheRest() {
        Trace t = Simulator.run(SiblingExplosion.scenario(101), Scheme.SERVER_VV_MERGED);
        Step last = t.steps().get(t.size() - 1);
        String folded = SchemeNarration.of(t, last, 4);
        assertTrue(
                folded.startsWith("c1 reads x and gets 101 siblings (v1, v2, v3, v4, \u2026 97 more): a conflict;"),
                folded);
        assertEquals(SchemeNarration.of(t, last), SchemeNarration.of(t, last, Integer.MAX_VALUE));
        Step.Read read = (Step.Read) last;
        assertTrue(StepTable.read(Scheme.SERVER_VV_MERGED, read.read(), 4)
                .startsWith("v1, v2, v3, v4, \u2026 97 more ctx "));
        assertEquals("a, b, c, d, e", Narration.listed(List.of("a", "b", "c", "d", "e"), 4));
        assertEquals("a, b, c, d, \u2026 2 more", Narration.listed(List.of("a", "b", "c", "d", "e", "f"), 4));
    }

    @Test
    void aFoldedKeyNamesTheFirstValuesAndKeepsEveryCount() {
        Trace t = Simulator.run(SiblingExplosion.scenario(101), Scheme.SERVER_VV_MERGED);
        List<Sibling<String>> stored = t.replicaStateAt(t.size() - 1, "A").get("x");
        StoredKey whole = StoredKey.of(Scheme.SERVER_VV_MERGED, stored);
        StoredKey folded = StoredKey.of(Scheme.SERVER_VV_MERGED, stored, 4);
        assertEquals(101, folded.siblings());
        assertEquals(whole.clockEntries(), folded.clockEntries());
        String clock = whole.text().substring(whole.text().indexOf("} ") + 2);
        assertEquals("{v1,v2,v3,v4,\u2026} " + clock, folded.text());
        // asking for as many as there are, or more, is the whole key
        assertEquals(whole, StoredKey.of(Scheme.SERVER_VV_MERGED, stored, 101));
        for (Scheme scheme : Scheme.values()) {
            Trace each = Simulator.run(SiblingExplosion.scenario(9), scheme);
            List<Sibling<String>> s = each.replicaStateAt(each.size() - 1, "A").get("x");
            StoredKey one = StoredKey.of(scheme, s, 1);
            assertEquals(StoredKey.of(scheme, s).siblings(), one.siblings());
            assertEquals(StoredKey.of(scheme, s).clockEntries(), one.clockEntries());
            assertEquals(s.size() > 1, one.text().contains("\u2026"), scheme + ": " + one.text());
        }
    }
}
