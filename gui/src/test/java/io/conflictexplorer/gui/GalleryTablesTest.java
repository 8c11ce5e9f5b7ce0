package io.conflictexplorer.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.compare.Comparison;
import io.conflictexplorer.core.compare.SiblingExplosion;
import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.scheme.SchemeState;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each gallery preset's step table against its published one, cell by cell, with the source's table
 * written down as the source prints it (its notation parsed here, so the comparison is exact). The
 * sources and any ambiguity are in docs/concepts/clock-schemes.md.
 */
class GalleryTablesTest {

    private static final List<Scheme> ALL = List.of(Scheme.values());

    private static Scenario gallery(String file) {
        return Assets.gallery().stream()
                .filter(p -> p.file().equals(file))
                .map(Preset::scenario)
                .findFirst()
                .orElseThrow();
    }

    /** {@code (A,1),(Sy,2)} or {@code (A,1)}: a version vector as the sources print it. */
    private static VersionVector clock(String text) {
        VersionVector.Builder b = VersionVector.builder();
        Matcher m = Pattern.compile("\\(([^,()]+),(\\d+)\\)").matcher(text);
        while (m.find()) {
            b.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return b.build();
    }

    /** {@code "v1 ~ (A,1)"} per value: each value's own clock (a per-value scheme's stored state). */
    private static Map<String, VersionVector> perValue(String... cells) {
        Map<String, VersionVector> out = new LinkedHashMap<>();
        for (String c : cells) {
            String[] parts = c.split(" ~ ");
            out.put(parts[0], clock(parts[1]));
        }
        return out;
    }

    /** What replica {@code replica} stores for {@code key} after the step of operation {@code op}. */
    private static List<Sibling<String>> after(Trace t, String op, String replica, String key) {
        Step s = t.stepOf(op);
        return t.replicaStateAt(s.index(), replica).getOrDefault(key, List.of());
    }

    private static Map<String, VersionVector> clocks(List<Sibling<String>> stored) {
        Map<String, VersionVector> out = new LinkedHashMap<>();
        stored.forEach(s -> out.put(s.value(), s.clock()));
        return out;
    }

    private static String dvv(List<Sibling<String>> stored) {
        return SchemeState.decode(Scheme.DVV, stored)
                .render(d -> stored.stream()
                        .filter(s -> s.dot().equals(d))
                        .findFirst()
                        .orElseThrow()
                        .value());
    }

    /**
     * DVVSet README (github.com/ricardobcl/Dotted-Version-Vectors, README.md, "Client-Server
     * Example"), the store's row after each PUT: VV1.png (client ids) v1 ~ (C1,1) | v1 ~ (C1,1),
     * v2 ~ (C2,1) | v3 ~ (C1,2), v2 ~ (C2,1); VV2.png (server ids, a clock per value) v1 ~ (A,1) |
     * v1 ~ (A,1), v2 ~ (A,1) | v3 ~ (A,3)?? ; VV3.png (server ids, merged) v1 ~ (A,1) | {v1,v2} ~
     * (A,2) | {v1,v2,v3} ~ (A,3); DVVSet1.png (A,1,v1) | (A,2,[v2,v1]) | (A,3,[v3,v2]).
     */
    @Test
    void dvvsetFalseConflict() {
        Comparison c = Comparison.run(gallery("09-dvvset-false-conflict.json"), ALL);
        String[] writes = {"w1", "w2", "w3"};
        List<Map<String, VersionVector>> clientIds = List.of(
                perValue("v1 ~ (c1,1)"),
                perValue("v1 ~ (c1,1)", "v2 ~ (c2,1)"),
                perValue("v3 ~ (c1,2)", "v2 ~ (c2,1)"));
        List<Map<String, VersionVector>> serverIds =
                List.of(perValue("v1 ~ (A,1)"), perValue("v1 ~ (A,1)", "v2 ~ (A,1)"));
        List<String> merged = List.of("{v1} ~ (A,1)", "{v1,v2} ~ (A,2)", "{v1,v2,v3} ~ (A,3)");
        List<String> dvvset = List.of("(A,1,[v1])", "(A,2,[v2,v1])", "(A,3,[v3,v2])"); // (A,1,v1) in the figure
        for (int i = 0; i < 3; i++) {
            assertEquals(clientIds.get(i), clocks(after(c.trace(Scheme.CLIENT_VV), writes[i], "A", "x")));
            if (i < 2) {
                assertEquals(serverIds.get(i), clocks(after(c.trace(Scheme.SERVER_VV), writes[i], "A", "x")));
            }
            List<Sibling<String>> m = after(c.trace(Scheme.SERVER_VV_MERGED), writes[i], "A", "x");
            String[] parts = merged.get(i).split(" ~ ");
            assertEquals(
                    List.of(parts[0].replaceAll("[{}]", "").split(",")),
                    m.stream().map(Sibling::value).toList());
            m.forEach(s -> assertEquals(clock(parts[1]), s.clock(), "the key's one clock"));
            assertEquals(dvvset.get(i), dvv(after(c.trace(Scheme.DVV), writes[i], "A", "x")));
        }
        // "(A,3)??": the figure leaves the third clock undefined; the README's text: v3 "overwrites both v1 and v2"
        assertEquals(
                List.of("v3"),
                after(c.trace(Scheme.SERVER_VV), "w3", "A", "x").stream()
                        .map(Sibling::value)
                        .toList());
        assertEquals(1, c.trace(Scheme.SERVER_VV).finalCounters().lost(), "v2 is silently lost");
        assertEquals(0, c.trace(Scheme.SERVER_VV_MERGED).finalCounters().lost());
        assertEquals(0, c.trace(Scheme.DVV).finalCounters().lost());
        assertEquals(1, c.trace(Scheme.LWW).finalCounters().visible());
    }

    /**
     * DVVSet README, "Real World with Riak", scenario 2: VV5.png (store after each PUT: v1 ~ (A,1),
     * {v1,v2} ~ (A,2), {v1,v2,v3} ~ (A,3), {v1,v2,v3,v4} ~ (A,4), {v1,...,v5} ~ (A,5); the GETs
     * return the same) and DVVSet3.png ((A,1,v1), (A,2,[v2,v1]), (A,3,[v3,v2]), (A,4,[v4,v3]),
     * (A,5,[v5,v4]); GETs {v1,v2} ~ (A,2), {v2,v3} ~ (A,3), {v3,v4} ~ (A,4), {v4,v5} ~ (A,5)); the
     * README's run {@code sib:run2(101)}: "Siblings: 101" with vector clocks, "Siblings: 2 Values:
     * v101 v100" with DVVSet; riak_test tests/sibling_explosion.erl: "there should now be only two
     * siblings".
     */
    @Test
    void siblingExplosion() {
        Scenario preset = gallery("10-sibling-explosion.json");
        assertEquals(SiblingExplosion.scenario(101).operations(), preset.operations());
        assertEquals(SiblingExplosion.scenario(101).topology(), preset.topology());
        Comparison c = Comparison.run(preset, ALL);
        Trace merged = c.trace(Scheme.SERVER_VV_MERGED);
        Trace dvv = c.trace(Scheme.DVV);
        List<String> dvvRows =
                List.of("(A,1,[v1])", "(A,2,[v2,v1])", "(A,3,[v3,v2])", "(A,4,[v4,v3])", "(A,5,[v5,v4])");
        for (int i = 1; i <= 5; i++) {
            List<Sibling<String>> m = after(merged, "w" + i, "A", "x");
            List<String> expected = new ArrayList<>();
            for (int j = 1; j <= i; j++) {
                expected.add("v" + j);
            }
            assertEquals(expected, m.stream().map(Sibling::value).toList());
            assertEquals(clock("(A," + i + ")"), m.get(0).clock());
            assertEquals(dvvRows.get(i - 1), dvv(after(dvv, "w" + i, "A", "x")));
        }
        List<String> gets = List.of("{v1,v2} ~ (A,2)", "{v2,v3} ~ (A,3)", "{v3,v4} ~ (A,4)", "{v4,v5} ~ (A,5)");
        for (int i = 2; i <= 5; i++) {
            Step.Read r = dvv.readOf("r" + i);
            String[] parts = gets.get(i - 2).split(" ~ ");
            assertEquals(
                    List.of(parts[0].replaceAll("[{}]", "").split(",")),
                    r.read().siblings().stream().map(Sibling::value).sorted().toList());
            assertEquals(clock(parts[1]), r.read().context());
        }
        assertEquals(101, after(merged, "w101", "A", "x").size());
        assertEquals(
                List.of("v101", "v100"),
                dvv.readOf("r101").read().siblings().stream()
                        .map(Sibling::value)
                        .toList());
        assertEquals(2, after(c.trace(Scheme.CLIENT_VV), "w101", "A", "x").size());
        assertEquals(1, after(c.trace(Scheme.LWW), "w101", "A", "x").size());
        assertEquals(100, c.trace(Scheme.LWW).finalCounters().lost(), "LWW silently drops N-1 writes");
    }

    /** N adjustable: merged server clocks keep N siblings, the DVVSet at most 2, LWW drops N-1. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 50})
    void siblingExplosionOfNWrites(int n) {
        Comparison c =
                Comparison.run(SiblingExplosion.scenario(n), List.of(Scheme.LWW, Scheme.SERVER_VV_MERGED, Scheme.DVV));
        StepTable t = StepTable.of(c);
        StepTable.Row last = t.rows().get(t.rows().size() - 1);
        assertEquals(
                n, last.cells(Scheme.SERVER_VV_MERGED, t.schemes()).replica("A").siblings());
        assertEquals(
                Math.min(n, 2), last.cells(Scheme.DVV, t.schemes()).replica("A").siblings());
        assertEquals(1, last.cells(Scheme.DVV, t.schemes()).replica("A").clockSize());
        assertEquals(n - 1, c.trace(Scheme.LWW).finalCounters().lost());
    }

    /**
     * Kleppmann, Designing Data-Intensive Applications (2017), chapter 5, figure 5-13 and its text
     * ("Capturing the happens-before relationship"): the server's values after each write, with
     * their version numbers: 1: [milk] v1 | 2: [milk] v1, [eggs] v2 | 3: [eggs] v2, [milk, flour] v3 |
     * 4: [milk, flour] v3, [eggs, milk, ham] v4 | 5: [eggs, milk, ham] v4, [milk, flour, eggs,
     * bacon] v5. The DVVSet's dots are the version numbers.
     */
    @Test
    void ddiaShoppingCart() {
        Trace dvv = Comparison.run(gallery("11-ddia-shopping-cart.json"), List.of(Scheme.DVV))
                .trace(Scheme.DVV);
        List<Map<String, Long>> book = List.of(
                Map.of("milk", 1L),
                Map.of("milk", 1L, "eggs", 2L),
                Map.of("eggs", 2L, "milk flour", 3L),
                Map.of("milk flour", 3L, "eggs milk ham", 4L),
                Map.of("eggs milk ham", 4L, "milk flour eggs bacon", 5L));
        for (int i = 1; i <= 5; i++) {
            List<Sibling<String>> stored = after(dvv, "w" + i, "store", "cart");
            Map<String, Long> versions = new LinkedHashMap<>();
            long top = stored.get(0).clock().get("store"); // the set's counter: the newest version
            long dot = top;
            for (Sibling<String> s : stored) { // newest first: versions top, top-1, ...
                versions.put(s.value(), dot--);
            }
            assertEquals(book.get(i - 1), versions, "after write " + i);
            assertEquals(i, top, "the version after write " + i);
        }
    }

    /**
     * DeCandia et al., Dynamo (SOSP 2007), figure 3: D1 ([Sx,1]), D2 ([Sx,2]), D3 ([Sx,2],[Sy,1]),
     * D4 ([Sx,2],[Sz,1]), D5 ([Sx,3],[Sy,1],[Sz,1]), and Sx holding D3 and D4 before D5.
     */
    @Test
    void dynamoFigure3() {
        Comparison c = Comparison.run(gallery("12-dynamo-figure-3.json"), ALL);
        Map<String, String> paper = new LinkedHashMap<>();
        paper.put("w1", "(Sx,1)");
        paper.put("w2", "(Sx,2)");
        paper.put("w3", "(Sx,2),(Sy,1)");
        paper.put("w4", "(Sx,2),(Sz,1)");
        paper.put("w5", "(Sx,3),(Sy,1),(Sz,1)");
        for (Scheme s : List.of(Scheme.SERVER_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV)) {
            Trace t = c.trace(s);
            paper.forEach((w, clock) -> {
                Step.Write step = t.writeOf(w);
                assertEquals(clock(clock), step.written().clock(), s + " " + w);
            });
            assertEquals(
                    List.of("D3", "D4"),
                    t.readOf("r4").read().siblings().stream()
                            .map(Sibling::value)
                            .toList());
            assertEquals(
                    List.of("D5"),
                    after(t, "w5", "Sx", "x").stream().map(Sibling::value).toList());
        }
    }

    /**
     * Actor explosion: DVVSet README ("If 1000 different clients write to a key/value, its VV will
     * have 1000 (client_id, counter) entries"): after write i of 12 chained clients, the client
     * clock has i entries; a server-keyed clock, 1.
     */
    @Test
    void actorExplosion() {
        StepTable t = StepTable.of(gallery("13-actor-explosion.json"), ALL);
        int writes = 0;
        for (StepTable.Row r : t.rows()) {
            if (r.event().startsWith("w")) {
                writes++;
                assertEquals(
                        writes,
                        r.cells(Scheme.CLIENT_VV, t.schemes()).replica("store").clockSize());
                assertEquals(
                        1, r.cells(Scheme.DVV, t.schemes()).replica("store").clockSize());
                assertEquals(
                        1,
                        r.cells(Scheme.SERVER_VV_MERGED, t.schemes())
                                .replica("store")
                                .siblings());
            }
        }
        assertEquals(12, writes);
    }

    /**
     * Dynamo's threshold of 10 (section 4.4) on the client clocks: v11's pruned clock forgets c1,
     * so at n2 it no longer descends v10 and v10 stays as a false sibling (the README: pruning
     * "would introduce false conflict problems"); gossip brings it back to n1. No write is lost.
     */
    @Test
    void pruningBreaksDescent() {
        Comparison c = Comparison.run(gallery("14-pruned-clocks.json"), List.of(Scheme.CLIENT_VV, Scheme.DVV));
        Trace vv = c.trace(Scheme.CLIENT_VV);
        assertEquals(10, vv.writeOf("w11").written().clock().size());
        assertEquals(0, vv.writeOf("w11").written().clock().get("c1"));
        Step.Read last = vv.readOf("r13");
        assertEquals(
                List.of("v12", "v10", "v11"),
                last.read().siblings().stream().map(Sibling::value).toList());
        assertEquals(0, vv.finalCounters().lost());
        assertEquals(
                List.of("v12"),
                c.trace(Scheme.DVV).readOf("r13").read().siblings().stream()
                        .map(Sibling::value)
                        .toList());
    }

    /**
     * basho/riak_kv issue 679: the coordinating replica loses its data; "the vector clock created
     * could have a stale number for this vnode actor id"; "the vector clock is subsumed by the other
     * replicas when sent out, so this write will lose and will eventually be read repaired
     * completely out of existence". The fix (riak_kv pull 1094, per-key actor epochs): a new actor
     * id, and both writes stay.
     */
    @Test
    void kv679AndItsFix() {
        Comparison bug = Comparison.run(gallery("15-kv679.json"), ALL);
        for (Scheme s : List.of(Scheme.SERVER_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV)) {
            Trace t = bug.trace(s);
            assertEquals(clock("(n1,1)"), t.writeOf("w3").written().clock(), s + ": the reused event");
            assertEquals(
                    List.of("v2"),
                    t.readOf("r2").read().siblings().stream()
                            .map(Sibling::value)
                            .toList(),
                    s.toString());
            assertEquals(
                    List.of("v2"),
                    t.readOf("r3").read().siblings().stream()
                            .map(Sibling::value)
                            .toList(),
                    s.toString());
            assertEquals(1, t.finalCounters().lost(), s + ": v3 silently lost");
        }
        assertEquals(0, bug.trace(Scheme.CLIENT_VV).finalCounters().lost(), "client ids reuse nothing");
        Comparison fixed = Comparison.run(gallery("16-kv679-fixed.json"), ALL);
        for (Scheme s : List.of(Scheme.SERVER_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV)) {
            Trace t = fixed.trace(s);
            assertEquals(clock("(n1#2,1)"), t.writeOf("w3").written().clock(), s + ": a new actor");
            assertEquals(0, t.finalCounters().lost(), s.toString());
            assertEquals(2, t.readOf("r3").read().siblings().size(), s.toString());
        }
        assertEquals("(n1,2,[v2]) (n1#2,1,[v3])", dvv(after(fixed.trace(Scheme.DVV), "r3", "n2", "x")));
    }

    /**
     * Kleppmann, DDIA chapter 8, figure 8-3: x = 1 stamped 42.004 s on node 1, x = 2 stamped 42.003 s
     * on node 3 although written after it; node 2 keeps x = 1 and client B's increment is lost.
     */
    @Test
    void ddiaClockSkew() {
        Comparison c = Comparison.run(gallery("17-ddia-clock-skew.json"), ALL);
        Trace lww = c.trace(Scheme.LWW);
        assertEquals(42004, lww.writeOf("w1").written().timestamp().time());
        assertEquals(42003, lww.writeOf("w2").written().timestamp().time());
        assertEquals(
                List.of("1"),
                lww.replicaStateAt(lww.size() - 1, "node2").get("x").stream()
                        .map(Sibling::value)
                        .toList());
        assertEquals(List.of("w2"), List.copyOf(lww.lostWritesUpTo(lww.size() - 1)));
        for (Scheme s : List.of(Scheme.CLIENT_VV, Scheme.SERVER_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV)) {
            Trace t = c.trace(s);
            assertEquals(
                    List.of("2"),
                    t.replicaStateAt(t.size() - 1, "node2").get("x").stream()
                            .map(Sibling::value)
                            .toList(),
                    s.toString());
            assertEquals(0, t.finalCounters().lost(), s.toString());
        }
    }

    @Test
    void everyGalleryPresetCitesItsSourceAndSaysWhatToDrag() {
        List<Preset> gallery = Assets.gallery();
        assertEquals(9, gallery.size());
        for (Preset p : gallery) {
            String n = p.scenario().narration();
            assertTrue(n.matches("(?s).*(Drag|drag|Set ).*"), p.file() + " says what to drag or set");
        }
        assertEquals(17, Assets.numbered().size());
    }
}
