package io.conflictexplorer.gui.nodetest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The projection of a node's test into the window's records, on real runs: a wrong node's chip
 * marks and divergence, the "your node" panel at the cursor, a node that never starts.
 */
class NodeTestProjectionTest {

    @Test
    void aNodeThatKeepsSiblingsInLwwIsMarkedOnTheReadThatShowsIt() throws Exception {
        Scenario s = NodeRuns.twoBlindWritesThenARead();
        NodeTestProjection p = NodeTestProjection.of(NodeRuns.run(s, NodeRuns.wrongNode("keeps-siblings-in-lww")));

        Map<String, OperationMark> marks = p.marks();
        assertEquals(Agreement.AGREES, marks.get("w1").agreement());
        assertEquals(Agreement.AGREES, marks.get("w2").agreement());
        assertEquals(Agreement.DIFFERS, marks.get("r1").agreement());
        assertTrue(
                marks.get("r1").note().contains("your node, lww: "),
                marks.get("r1").note());
        assertTrue(
                marks.get("r1").note().contains("your node, vv: a {c1: 1}, b {c2: 1}, conflict, as the rules say"),
                marks.get("r1").note());

        DivergenceLine first = p.divergences().get(0);
        assertEquals("lww", first.mode());
        assertEquals("r1", first.operationId());
        assertEquals(3, first.cursor(), "the cursor just after the read's step");
        assertTrue(first.sentence().contains("in lww mode a write replaces every value of the key"), first.sentence());
        assertTrue(
                p.divergences().stream().allMatch(d -> d.mode().equals("lww")),
                p.divergences().toString());

        NodePanel atRead = p.panel(3);
        NodePanel.Column lww = atRead.columns().get(0);
        assertEquals("lww", lww.mode());
        assertEquals(Agreement.DIFFERS, lww.atCursor().agreement());
        assertEquals("c1's read of x", lww.atCursor().request());
        NodePanel.Holding x = lww.keys().get(0);
        assertEquals("a {c1: 1}, b {c2: 1}", x.values());
        assertEquals("c1's read at step 3", x.from());
        assertEquals(Agreement.DIFFERS, x.agreement());
        assertTrue(atRead.columns().get(1).agrees());
        assertTrue(atRead.verdict().startsWith("Your node differs from the rules"), atRead.verdict());

        NodePanel before = p.panel(1);
        assertEquals("not read yet", before.columns().get(0).keys().get(0).values());
        assertEquals("c1's write of x", before.columns().get(0).atCursor().request());
        assertEquals(Agreement.AGREES, before.columns().get(0).atCursor().agreement());
    }

    @Test
    void theEndShowsTheRunsFinalRead() throws Exception {
        Scenario s = NodeRuns.twoBlindWritesThenARead();
        NodeTestProjection p = NodeTestProjection.of(NodeRuns.run(s, NodeRuns.wrongNode("student-node")));
        assertTrue(p.divergences().isEmpty(), p.divergences().toString());
        assertTrue(p.marks().values().stream().allMatch(m -> m.agreement() == Agreement.AGREES));
        NodePanel end = p.panel(p.steps());
        assertEquals("Your node agrees with the rules in both modes", end.verdict());
        assertEquals("b {c2: 1}", end.columns().get(0).keys().get(0).values());
        assertEquals("the final read", end.columns().get(0).keys().get(0).from());
        assertEquals("a {c1: 1}, b {c2: 1}", end.columns().get(1).keys().get(0).values());
        assertTrue(end.columns().get(1).keys().get(0).conflict());
    }

    @Test
    void aNodeThatNeverStartsMarksNothingAndSaysWhy() throws Exception {
        NodeTestResult r = NodeRuns.run(NodeRuns.twoBlindWritesThenARead(), NodeCommand.of("echo broken >&2; exit 3"));
        NodeTestProjection p = NodeTestProjection.of(r);
        assertTrue(p.marks().isEmpty());
        List<DivergenceLine> lines = p.divergences();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(
                lines.get(0).sentence().startsWith("your node could not be started"),
                lines.get(0).sentence());
        assertNull(lines.get(0).operationId());
        assertEquals(DivergenceLine.NO_STEP, lines.get(0).cursor(), "no step shows it: the cursor stays");
        NodePanel panel = p.panel(0);
        assertTrue(panel.verdict().startsWith("your node could not be started"), panel.verdict());
        assertTrue(panel.columns().isEmpty());
        assertTrue(panel.stderr().contains("broken"), panel.stderr());
    }
}
