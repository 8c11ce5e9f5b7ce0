package io.conflictexplorer.gui.run.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The run projection on the hand-made run of {@link RunFixtures} (whose every mark is known) and on
 * the three-node cluster trace of assets/runs: what the status line, the divergence list, the
 * details of a chip, the time axis and the skipped lines say, found without a window.
 */
class RunProjectionTest {

    private final RunProjection p = RunFixtures.projection();

    @Test
    void theStatusLineCountsWhatTheRunHolds() {
        assertEquals(
                "5 operations, 3 clients, 2 keys; 2 divergences; 1 format difference; 1 LWW loss, 2 conflicts;"
                        + " 1 line skipped",
                p.summary());
        assertEquals("Run: marks - Conflict Explorer", p.windowTitle());
        assertTrue(p.editable());
    }

    @Test
    void theDivergenceListHasTheMeaningfulOnesFirstFirstEachWithItsChip() {
        List<DivergenceEntry> list = p.divergences();
        assertEquals(2, list.size(), "the FORMAT difference is counted apart: " + list);
        assertEquals("line 5: " + RunFixtures.W3_SENTENCE, list.get(0).text());
        assertEquals(3, list.get(0).chip(), "c2's write of y");
        assertEquals("line 7: " + RunFixtures.ERROR_SENTENCE, list.get(1).text());
        assertEquals(-1, list.get(1).chip(), "an error to no read or write has no chip");
        assertEquals(
                new ChipDetails(
                        "Line 7 of the case, line 6 of the replies: no operation on the diagram",
                        "",
                        List.of(RunFixtures.ERROR_SENTENCE),
                        "",
                        ""),
                list.get(1).details());
        assertEquals(list.get(0), p.divergenceOf(3).orElseThrow());
        assertTrue(p.divergenceOf(4).isEmpty(), "a FORMAT difference marks no chip");
        assertTrue(p.timeline().has(3, Mark.DIVERGENCE));
        assertFalse(p.timeline().has(4, Mark.DIVERGENCE));
    }

    @Test
    void aChipsDetailsSayWhoDidWhatTheLineAndWhatEachModeDid() {
        ChipDetails read = p.details(2);
        assertEquals("c1 reads x at t=3 (operation r1)", read.title());
        assertEquals("case.in line 4:  {\"msg_id\":2,\"type\":\"vv_read\"}", read.sourceLine());
        assertEquals(List.of(), read.divergences());
        assertTrue(read.vv().startsWith("VV: returned a "), read.vv());
        assertTrue(read.vv().endsWith("(conflict: 2 siblings)"), read.vv());
        assertTrue(read.lww().startsWith("LWW: returned b "), read.lww());
        assertFalse(read.lww().contains("conflict"), read.lww());

        ChipDetails lost = p.details(0);
        assertEquals("c1 writes x at t=1 (operation w1)", lost.title());
        assertTrue(lost.lww().contains("; blind (no context); this write was lost later"), lost.lww());
        assertFalse(lost.vv().contains("lost"), "VV kept it: " + lost.vv());

        assertEquals(List.of(RunFixtures.W3_SENTENCE), p.details(3).divergences());
        assertEquals(ChipDetails.NONE, p.details(-1));
        assertEquals(ChipDetails.NONE, p.details(5));
    }

    @Test
    void modeChangesSkippedLinesAndLookUpsByLineAndMsgId() {
        assertEquals(List.of(new ModeMark(1, "vv")), p.modeMarks());
        SkippedLines skipped = p.skipped().orElseThrow();
        assertEquals(1, skipped.count());
        assertEquals("1 line was not taken; the readable lines are open", skipped.header());
        assertEquals("case.in line 8: not JSON\n    this is not json\n", skipped.text());
        assertEquals(2, p.chipAtLine(4));
        assertEquals(-1, p.chipAtLine(99));
        assertEquals(List.of(0, 1), p.chipsWithMsgId("1"), "msg_ids repeat across clients");
        assertEquals(List.of(4), p.chipsWithMsgId("a"), "a string msg_id without its quotes");
        assertEquals(List.of(4), p.chipsWithMsgId("\"a\""));
        assertEquals(List.of(), p.chipsWithMsgId("9"));
    }

    @Test
    void theSameSessionGivesEqualValues() {
        RunSession s = RunSession.of(RunFixtures.opened());
        RunProjection a = RunProjection.of(s);
        RunProjection b = RunProjection.of(s);
        assertEquals(a.summary(), b.summary());
        assertEquals(a.divergences(), b.divergences());
        for (int chip = 0; chip < a.timeline().size(); chip++) {
            assertEquals(a.details(chip), b.details(chip));
        }
    }

    @Test
    void aClusterTraceHasReplicaLanesAndGossipBetweenThem() throws RunSession.CannotOpen {
        Path dir = Path.of("..", "assets", "runs", "three-node-cluster");
        RunProjection c = RunProjection.of(
                RunSession.open(List.of(dir.resolve("n1.trace"), dir.resolve("n2.trace"), dir.resolve("n3.trace"))));
        RunTimeline t = c.timeline();
        assertEquals(List.of("c1", "c2", "c3", "n1", "n2", "n3"), t.lanes());
        assertEquals(3, t.clientLanes());
        assertFalse(t.gossip().isEmpty());
        for (Gossip g : t.gossip()) {
            assertTrue(g.fromLane() >= 3 && g.toLane() >= 3 && g.fromLane() != g.toLane(), g.toString());
            assertTrue(g.sendTime() <= g.deliverTime() && g.deliverTime() <= t.endTime(), g.toString());
        }
        for (int chip = 0; chip < t.size(); chip++) {
            assertTrue(t.replicaLaneOf(chip) >= 3, "each operation went to a replica");
        }
    }
}
