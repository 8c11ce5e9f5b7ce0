package io.conflictexplorer.gui.schemes.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.compare.StepTable;
import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prediction equals effect: at every cursor of every gallery preset (and the lesson presets), each
 * column's replicas hold exactly the step table's cells of the row the cursor stands on (sibling
 * count and clock size), its counters are its trace's, and a read shows the table's read cell.
 */
class CompareProjectionTest {

    private static final List<Scheme> ALL = List.of(Scheme.values());

    static Stream<Preset> presets() {
        return Assets.numbered().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyColumnAtEveryCursorIsTheStepTablesRow(Preset preset) {
        CompareProjection p = CompareProjection.run(preset.scenario());
        StepTable table = StepTable.of(p.comparison());
        Trace vv = Simulator.run(preset.scenario(), Scheme.CLIENT_VV);
        assertEquals(vv.size(), p.steps(), "the cursor counts the main window's VV steps");
        for (int k = 0; k <= p.steps(); k++) {
            CompareFrame f = p.frame(k, ALL.subList(0, 4), EnumSet.allOf(Scheme.class), List.of());
            CompareFrame five = p.frame(k, List.of(Scheme.values()), EnumSet.allOf(Scheme.class), List.of());
            int rows = p.rowsApplied(k);
            for (SchemeColumn c : five.columns()) {
                Scheme s = Scheme.parse(c.scheme());
                Trace t = p.comparison().trace(s);
                int at = p.comparison().applied(s, rows) - 1;
                assertEquals(t.countersAt(at).acknowledged(), c.acknowledged());
                assertEquals(t.countersAt(at).visible(), c.visible());
                assertEquals(t.countersAt(at).lost(), c.lost());
                int clock = 0;
                int siblings = 0;
                for (ReplicaCell r : c.replicas()) {
                    int expectSiblings = rows == 0
                            ? 0
                            : table.rows()
                                    .get(rows - 1)
                                    .cells(s, table.schemes())
                                    .replica(r.replica())
                                    .siblings();
                    int expectClock = rows == 0
                            ? 0
                            : table.rows()
                                    .get(rows - 1)
                                    .cells(s, table.schemes())
                                    .replica(r.replica())
                                    .clockSize();
                    String where = preset.file() + " cursor " + k + " " + s.wireName() + " " + r.replica();
                    assertEquals(expectSiblings, r.siblings(), where);
                    assertEquals(expectClock, r.clockSize(), where);
                    assertEquals(
                            expectSiblings,
                            r.keys().stream().mapToInt(KeyCell::siblings).sum(),
                            where);
                    assertEquals(
                            expectClock,
                            r.keys().stream().mapToInt(KeyCell::clockSize).sum(),
                            where);
                    r.keys().forEach(key -> assertEquals(0, key.hidden(), where + ": expanded hides nothing"));
                    clock = Math.max(clock, expectClock);
                    siblings = Math.max(siblings, expectSiblings);
                }
                assertEquals(clock, c.clockSize());
                assertEquals(siblings, c.siblings());
                if (rows > 0) {
                    String read =
                            table.rows().get(rows - 1).cells(s, table.schemes()).read();
                    assertEquals(read == null ? "" : read, c.read());
                    assertTrue(!c.narration().isEmpty());
                }
            }
            assertEquals(five.columns().subList(0, 4), f.columns());
        }
    }

    @Test
    void theSiblingExplosionFoldsIntoACountAndExpandsToEveryValue() {
        Preset explosion = preset("10-sibling-explosion.json");
        CompareProjection p = CompareProjection.run(explosion.scenario());
        List<Scheme> four = explosion.schemes();
        assertEquals(List.of(Scheme.LWW, Scheme.CLIENT_VV, Scheme.SERVER_VV_MERGED, Scheme.DVV), four);
        CompareFrame end = p.frame(p.steps(), four, Set.of(), List.of());
        SchemeColumn lww = end.columns().get(0);
        SchemeColumn merged = end.columns().get(2);
        SchemeColumn dvv = end.columns().get(3);
        assertEquals(
                List.of(1, 2, 101, 2),
                end.columns().stream().map(SchemeColumn::siblings).toList());
        assertEquals(100, lww.lost());
        assertEquals(0, merged.lost());
        KeyCell x = merged.replicas().get(0).keys().get(0);
        assertEquals(101, x.siblings());
        assertEquals(97, x.hidden());
        assertTrue(x.stored().startsWith("{v1,v2,v3,v4,\u2026} "), x.stored());
        assertTrue(merged.folded());
        assertEquals("(A,101,[v101,v100])", dvv.replicas().get(0).keys().get(0).stored());
        assertTrue(!dvv.folded());

        CompareFrame open = p.frame(p.steps(), four, Set.of(Scheme.SERVER_VV_MERGED), List.of());
        KeyCell all = open.columns().get(2).replicas().get(0).keys().get(0);
        assertEquals(0, all.hidden());
        assertTrue(all.stored().contains("v57,"), all.stored());
        assertTrue(open.columns().get(2).expanded());
        assertEquals(x.clockSize(), all.clockSize());
    }

    @Test
    void aReadShowsWhatEachSchemeReturnedAndTheNarrationNamesItsRule() {
        Preset falseConflict = preset("09-dvvset-false-conflict.json");
        CompareProjection p = CompareProjection.run(falseConflict.scenario());
        // step 2 is c1's read of v1
        CompareFrame read = p.frame(2, List.of(Scheme.LWW, Scheme.DVV), Set.of(), List.of());
        assertEquals("Step 2 of 4: r1: c1 reads x", read.step());
        assertEquals("v1", read.columns().get(0).read());
        assertTrue(
                read.columns().get(1).read().startsWith("v1 ctx "),
                read.columns().get(1).read());
        assertTrue(read.columns().get(1).narration().contains("Rule of dvv: a read returns"));
        // step 4, v3: server-vv loses v2
        CompareFrame last = p.frame(4, falseConflict.schemes(), Set.of(), List.of());
        SchemeColumn serverVv = last.columns().get(1);
        assertEquals("server-vv", serverVv.scheme());
        assertTrue(serverVv.lostNow());
        assertEquals(1, serverVv.lost());
        assertTrue(serverVv.narration().contains("Rule of server-vv: "), serverVv.narration());
        assertEquals("", serverVv.read());
        assertEquals(
                List.of(2, 1, 3, 2),
                last.columns().stream().map(SchemeColumn::siblings).toList());
    }

    @Test
    void anEventOnlyAnotherSchemeHadIsNarratedAsNotHappeningHere() {
        // the cluster presets gossip differently under schemes that store different things
        for (Preset preset : Assets.numbered()) {
            CompareProjection p = CompareProjection.run(preset.scenario());
            for (int k = 1; k <= p.steps(); k++) {
                for (SchemeColumn c : p.frame(k, ALL, Set.of(), List.of()).columns()) {
                    Scheme s = Scheme.parse(c.scheme());
                    Step here = p.comparison().rows().get(p.rowsApplied(k) - 1).step(s);
                    int since = p.comparison().applied(s, p.rowsApplied(k))
                            - p.comparison().applied(s, p.rowsApplied(k - 1));
                    if (here == null && since == 0) {
                        assertTrue(c.narration().startsWith("Under " + s.wireName() + " "), c.narration());
                    } else {
                        assertTrue(c.narration().contains("Rule of " + s.wireName() + ": "), c.narration());
                    }
                }
            }
        }
    }

    static Preset preset(String file) {
        return Assets.numbered().stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .orElseThrow();
    }
}
