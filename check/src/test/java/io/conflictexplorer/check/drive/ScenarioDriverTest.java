package io.conflictexplorer.check.drive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The driver against scripted nodes: the requests it sends (the task's format, each write's context
 * from its client's own read of this node), and the verdict for each way a node can fail a client:
 * no reply, the end of its output, a line that is not JSON or not a message, a reply to another
 * request. In-process and instant; {@code NodeTestIT} does the same with real processes.
 */
class ScenarioDriverTest {

    /** c1 reads x, c2 writes x=b, c1 writes x=a with the context of its read, c2 reads x. */
    static final Scenario STALE = new Scenario(
            "stale",
            "",
            List.of("c1", "c2"),
            List.of(
                    new Operation.Read("r1", "c1", 1, "x"),
                    new Operation.Write("w2", "c2", 2, "x", "b", false),
                    new Operation.Write("w3", "c1", 3, "x", "a", false),
                    new Operation.Read("r4", "c2", 4, "x")));

    private static ModeResult drive(Scenario s, Function<Integer, List<String>> script) throws Exception {
        DrivenRun run = ScenarioDriver.drive(
                s, Mode.VV, new ScriptedNode(script), Duration.ofMillis(50), new CancelToken(), () -> {});
        return RulesCheck.of(run);
    }

    @Test
    void theRequestsAreTheTasksAndAWriteCarriesItsClientsOwnRead() throws Exception {
        ModeResult m = drive(STALE, n -> null);
        assertEquals(
                String.join(
                        "\n",
                        "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}",
                        "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"set_mode\",\"msg_id\":2,\"mode\":\"vv\"}}",
                        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"x\"}}",
                        "{\"src\":\"c2\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":4,\"key\":\"x\",\"value\":\"b\",\"context\":{}}}",
                        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":5,\"key\":\"x\",\"value\":\"a\",\"context\":{}}}",
                        "{\"src\":\"c2\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":6,\"key\":\"x\"}}",
                        "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":7,\"key\":\"x\"}}",
                        ""),
                m.requests());
        assertInstanceOf(RunEnd.Completed.class, m.end());
        assertEquals(List.of(), m.divergences());
        assertEquals(m.expected(), m.replies(), "the rules' node agrees with itself");
        assertEquals(
                List.of("r1", "w2", "w3", "r4"),
                m.operations().stream().map(OperationReply::operationId).toList());
    }

    @Test
    void aReadTheNodeGotWrongGivesTheNextWriteTheNodesContextAndTheRulesJudgeThatRequest() throws Exception {
        // the node says c1's read of x found b {c2: 1} (it was empty): c1's write then sends that clock
        Scenario s = new Scenario(
                "",
                "",
                List.of("c1"),
                List.of(new Operation.Read("r1", "c1", 1, "x"), new Operation.Write("w2", "c1", 2, "x", "a", false)));
        ModeResult m = drive(
                s,
                n -> n == 3
                        ? List.of("{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"vv_read_ok\", \"values\":"
                                + " [{\"value\": \"b\", \"vc\": {\"c2\": 1}}], \"conflict\": false, \"in_reply_to\": 3,"
                                + " \"msg_id\": 2}}")
                        : null);
        assertEquals(
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":4,\"key\":\"x\",\"value\":\"a\",\"context\":{\"c2\":1}}}",
                m.requests().split("\n")[3]);
        assertEquals(1, m.semanticDivergences().size(), m.divergences().toString());
        assertEquals(3, m.semanticDivergences().get(0).requestLine());
        assertEquals("r1", m.semanticDivergences().get(0).operationId(), "the scenario's operation, for its chip");
        assertEquals(DivergenceKind.WRONG_VALUES, m.semanticDivergences().get(0).kind());
        assertEquals("r1", m.operations().get(0).operationId());
        assertEquals(false, m.operations().get(0).agrees());
        assertEquals(true, m.operations().get(1).agrees(), "the write is judged on the context it really sent");
    }

    @Test
    void noReplyWithinTheLimitEndsTheRunSayingWhich() throws Exception {
        ModeResult m = drive(STALE, n -> n == 5 ? ScriptedNode.SILENT : null);
        RunEnd.Silent end = assertInstanceOf(RunEnd.Silent.class, m.end());
        assertEquals(
                "your node sent no reply to c1's write of a to x at line 5 within 0.05 s; it was stopped (a node"
                        + " answers every request, and flushes its stdout after each line)",
                end.sentence());
        assertEquals(1, m.notRun(), "r4 was never sent");
        assertEquals(List.of(), m.finalReads(), "nor the final read");
        assertEquals(end.sentence(), m.firstProblem());
        assertEquals(
                DivergenceKind.MISSING_REPLY, m.semanticDivergences().get(0).kind());
    }

    @Test
    void theEndOfTheOutputBeforeInitIsANodeThatCouldNotBeStarted() throws Exception {
        ModeResult m = drive(STALE, n -> ScriptedNode.EXIT);
        assertEquals(
                "your node could not be started: it exited with status 3 before it answered init",
                assertInstanceOf(RunEnd.NotStarted.class, m.end()).sentence());
        ModeResult silent = drive(STALE, n -> ScriptedNode.SILENT);
        assertEquals(
                "your node could not be started: it did not answer init within 0.05 s",
                silent.end().sentence());
    }

    @Test
    void theEndOfTheOutputLaterSaysWhichRequestWaited() throws Exception {
        ModeResult m = drive(STALE, n -> n == 4 ? ScriptedNode.EXIT : null);
        assertEquals(
                "your node exited with status 3 while c2's write of b to x at line 4 waited for its reply",
                m.end().sentence());
    }

    @Test
    void aLineThatIsNotJsonOrNotAMessageIsGarbage() throws Exception {
        ModeResult log = drive(STALE, n -> n == 3 ? List.of("got vv_read") : null);
        assertEquals(
                "line 3 of your node's output is not JSON (unexpected character 'g' at column 1): `got vv_read`; a node"
                        + " writes only messages on stdout, one JSON object a line (logs go to stderr)",
                assertInstanceOf(RunEnd.Garbage.class, log.end()).sentence());
        ModeResult array = drive(STALE, n -> n == 3 ? List.of("[1, 2]") : null);
        assertEquals(
                "line 3 of your node's output is not a message: a message is a JSON object: `[1, 2]`; a node writes"
                        + " only messages on stdout, one JSON object a line (logs go to stderr)",
                array.end().sentence());
    }

    @Test
    void aReplyOfTheWrongShapeIsADivergenceSayingWhyAndItsClientRemembersNothing() throws Exception {
        ModeResult m = drive(
                STALE,
                n -> n == 3
                        ? List.of("{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"vv_read_ok\", \"values\":"
                                + " {\"x\": 1}, \"conflict\": false, \"in_reply_to\": 3, \"msg_id\": 2}}")
                        : null);
        assertInstanceOf(RunEnd.Completed.class, m.end(), "the clients go on");
        assertEquals(
                "c1's read of x at line 3: expected no value, conflict false; your node returned vv_read_ok: its"
                        + " \"values\" is not an array",
                m.firstProblem());
        assertEquals(1, m.semanticDivergences().size(), m.divergences().toString());
        ModeResult noDest = drive(STALE, n -> n == 3 ? List.of("{\"src\": \"n1\", \"body\": {}}") : null);
        assertEquals(
                "line 3 of your node's output is not a message: it has no \"dest\" string: `{\"src\": \"n1\","
                        + " \"body\": {}}`; a node writes only messages on stdout, one JSON object a line (logs go to"
                        + " stderr)",
                noDest.end().sentence());
    }

    @Test
    void aReplyToAnotherRequestIsMisaddressed() throws Exception {
        ModeResult m = drive(
                STALE,
                n -> n == 4
                        ? List.of(
                                "{\"src\": \"n1\", \"dest\": \"c2\", \"body\": {\"type\": \"vv_write_ok\", \"vc\": {\"c2\": 1},"
                                        + " \"in_reply_to\": 3, \"msg_id\": 3}}")
                        : null);
        assertEquals(
                "line 4 of your node's output answers msg_id 3 of c2, but c2's write of b to x at line 4 (msg_id 4)"
                        + " waited for its reply: a reply goes to the request's src, with in_reply_to set to its msg_id",
                assertInstanceOf(RunEnd.Misaddressed.class, m.end()).sentence());
    }

    @Test
    void aCancelledRunStopsBeforeItsNextRequest() {
        CancelToken cancel = new CancelToken();
        ScriptedNode node = new ScriptedNode(n -> {
            if (n == 3) {
                cancel.cancel();
            }
            return null;
        });
        assertThrows(
                CancellationException.class,
                () -> ScenarioDriver.drive(STALE, Mode.VV, node, Duration.ofMillis(50), cancel, () -> {}));
        assertEquals(3, node.received.size(), "nothing after the request during which it was cancelled");
    }
}
