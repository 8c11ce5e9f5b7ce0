package io.conflictexplorer.check.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.check.compare.ReplyBody.ReadValue;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's comparison on worked examples: the case "two concurrent writers" (c1 and c2 write x with
 * an empty context, then c1 reads it) and the rules' replies, against a node that answers right,
 * and against the same replies with one thing changed. Each change gives exactly one divergence of
 * its kind, with its sentence.
 */
class ReplyComparisonTest {

    private static final VersionVector C1 = VersionVector.of("c1", 1);
    private static final VersionVector C2 = VersionVector.of("c2", 1);

    private static final RunRequest WRITE_A = new RunRequest(3, "c1", "3", "vv_write", "\"x\"", "\"a\"", "L3");
    private static final RunRequest WRITE_B = new RunRequest(4, "c2", "4", "vv_write", "\"x\"", "\"b\"", "L4");
    private static final RunRequest READ = new RunRequest(5, "c1", "5", "vv_read", "\"x\"", null, "L5");

    private static final ReplyBody BOTH =
            new ReplyBody.VvValues(List.of(new ReadValue("\"a\"", C1), new ReadValue("\"b\"", C2)), true);

    private static List<Exchange> exchanges() {
        return List.of(
                new Exchange(WRITE_A, new ReplyBody.VvWritten(C1), "w1"),
                new Exchange(WRITE_B, new ReplyBody.VvWritten(C2), "w2"),
                new Exchange(READ, BOTH, "r"));
    }

    private static List<ActualReply> right() {
        List<ActualReply> r = new ArrayList<>();
        r.add(new ActualReply(2, "c1", "3", new ReplyBody.VvWritten(C1), "w1"));
        r.add(new ActualReply(3, "c2", "4", new ReplyBody.VvWritten(C2), "w2"));
        r.add(new ActualReply(4, "c1", "5", BOTH, "r"));
        return r;
    }

    private static List<ActualReply> withRead(ReplyBody read, String text) {
        List<ActualReply> r = right();
        r.set(2, new ActualReply(4, "c1", "5", read, text));
        return r;
    }

    private static Divergence only(List<Divergence> ds) {
        assertEquals(1, ds.size(), ds.toString());
        return ds.get(0);
    }

    @Test
    void theRulesRepliesAgree() {
        assertEquals(List.of(), ReplyComparison.compare(exchanges(), right()));
    }

    @Test
    void aDroppedSiblingIsWrongValuesAndNamesTheWriteThatWasLost() {
        Divergence d = only(ReplyComparison.compare(
                exchanges(), withRead(new ReplyBody.VvValues(List.of(new ReadValue("\"b\"", C2)), true), "r")));
        assertEquals(DivergenceKind.WRONG_VALUES, d.kind());
        assertEquals(5, d.requestLine());
        assertEquals(4, d.replyLine());
        assertEquals("L5", d.operationId());
        assertEquals(
                "c1's read of x at line 5: expected 2 values (a {c1: 1}, b {c2: 1}), conflict true; your node"
                        + " returned b only: it dropped c1's concurrent write a {c1: 1}; conflict true with 1 value:"
                        + " conflict is true exactly when a read returns more than one value",
                d.sentence());
    }

    @Test
    void theClassDocsExampleSaysExactlyThis() {
        Divergence d = only(ReplyComparison.compare(
                exchanges(), withRead(new ReplyBody.VvValues(List.of(new ReadValue("\"b\"", C2)), false), "r")));
        assertEquals(DivergenceKind.WRONG_VALUES, d.kind());
        assertEquals(
                "c1's read of x at line 5: expected 2 values (a {c1: 1}, b {c2: 1}), conflict true; your node"
                        + " returned b only: it dropped c1's concurrent write a {c1: 1}",
                d.sentence());
    }

    @Test
    void aFlippedConflictFlagIsWrongConflict() {
        ReplyBody flipped =
                new ReplyBody.VvValues(List.of(new ReadValue("\"a\"", C1), new ReadValue("\"b\"", C2)), false);
        Divergence d = only(ReplyComparison.compare(exchanges(), withRead(flipped, "r")));
        assertEquals(DivergenceKind.WRONG_CONFLICT, d.kind());
        assertEquals(
                "c1's read of x at line 5: expected 2 values (a {c1: 1}, b {c2: 1}), conflict true; your node"
                        + " returned the same values with conflict false: conflict is true exactly when a read returns"
                        + " more than one value",
                d.sentence());
    }

    @Test
    void aDroppedReplyIsMissing() {
        List<ActualReply> r = right();
        r.remove(1);
        Divergence d = only(ReplyComparison.compare(exchanges(), r));
        assertEquals(DivergenceKind.MISSING_REPLY, d.kind());
        assertEquals(0, d.replyLine());
        assertEquals("c2's write of b to x at line 4: expected vc {c2: 1}; your node sent no reply", d.sentence());
    }

    @Test
    void anotherErrorCodeIsWrongErrorCodeWhateverTheText() {
        RunRequest kvRead = new RunRequest(7, "c1", "7", "kv_read", "\"k\"", null, null);
        List<Exchange> ex = List.of(new Exchange(kvRead, new ReplyBody.Refused(20, "Key not found"), null));
        assertEquals(
                List.of(),
                ReplyComparison.compare(
                        ex, List.of(new ActualReply(1, "c1", "7", new ReplyBody.Refused(20, "no such key"), "x"))));
        Divergence d = only(ReplyComparison.compare(
                ex, List.of(new ActualReply(1, "c1", "7", new ReplyBody.Refused(12, "Key not found"), "x"))));
        assertEquals(DivergenceKind.WRONG_ERROR_CODE, d.kind());
        assertEquals(
                "c1's kv_read of k at line 7: expected error 20 (key does not exist); your node returned error 12"
                        + " (malformed request)",
                d.sentence());
    }

    @Test
    void aWrongClockOfAWriteIsWrongClock() {
        List<ActualReply> r = right();
        r.set(1, new ActualReply(3, "c2", "4", new ReplyBody.VvWritten(VersionVector.of("c2", 2)), "w2"));
        Divergence d = only(ReplyComparison.compare(exchanges(), r));
        assertEquals(DivergenceKind.WRONG_CLOCK, d.kind());
        assertTrue(
                d.sentence()
                        .startsWith("c2's write of b to x at line 4: expected vc {c2: 1}; your node returned vc"
                                + " {c2: 2}: "),
                d.sentence());
    }

    @Test
    void aKeptSupersededValueIsWrongValuesAndNamesWhatSupersedesIt() {
        VersionVector merged = VersionVector.builder().put("c1", 2).put("c2", 1).build();
        RunRequest read = new RunRequest(9, "c2", "9", "vv_read", "\"x\"", null, null);
        List<Exchange> ex = List.of(
                new Exchange(read, new ReplyBody.VvValues(List.of(new ReadValue("\"ab\"", merged)), false), null));
        ReplyBody kept =
                new ReplyBody.VvValues(List.of(new ReadValue("\"a\"", C1), new ReadValue("\"ab\"", merged)), true);
        Divergence d = only(ReplyComparison.compare(ex, List.of(new ActualReply(1, "c2", "9", kept, "x"))));
        assertEquals(DivergenceKind.WRONG_VALUES, d.kind());
        assertEquals(
                "c2's read of x at line 9: expected 1 value (ab {c1: 2, c2: 1}), conflict false; your node returned"
                        + " 2 values (a {c1: 1}, ab {c1: 2, c2: 1}), conflict true: it kept a {c1: 1}, which ab"
                        + " {c1: 2, c2: 1} supersedes (its clock descends {c1: 1})",
                d.sentence());
    }

    @Test
    void aReplyToNoRequestIsUnexpectedAndComesLast() {
        List<ActualReply> r = right();
        r.add(0, new ActualReply(1, "c9", "99", new ReplyBody.Ack("set_mode_ok"), "x"));
        r.remove(3); // and the read's reply is missing
        List<Divergence> ds = ReplyComparison.compare(exchanges(), r);
        assertEquals(
                List.of(DivergenceKind.MISSING_REPLY, DivergenceKind.UNEXPECTED_REPLY),
                ds.stream().map(Divergence::kind).toList());
        assertEquals(
                "line 1 of your node's output: it sent set_mode_ok to c9 in reply to 99, which answers no request"
                        + " of the case",
                ds.get(1).sentence());
    }

    @Test
    void repliesAreMatchedBySenderAndMsgIdNotByOrder() {
        List<ActualReply> r = right();
        ActualReply first = r.remove(0);
        r.add(first); // c1's write_ok printed last
        List<Exchange> ex = new ArrayList<>(exchanges());
        ex.set(
                1,
                new Exchange(
                        new RunRequest(4, "c2", "3", "vv_write", "\"x\"", "\"b\"", "L4"), // c2 also uses 3
                        new ReplyBody.VvWritten(C2),
                        "w2"));
        r.set(0, new ActualReply(3, "c2", "3", new ReplyBody.VvWritten(C2), "w2"));
        assertEquals(List.of(), ReplyComparison.compare(ex, r));
    }

    @Test
    void otherSiblingOrderOrOtherBytesAreFormatOnly() {
        ReplyBody swapped =
                new ReplyBody.VvValues(List.of(new ReadValue("\"b\"", C2), new ReadValue("\"a\"", C1)), true);
        Divergence d = only(ReplyComparison.compare(exchanges(), withRead(swapped, "r but swapped")));
        assertEquals(DivergenceKind.FORMAT, d.kind());
        assertTrue(
                d.sentence()
                        .startsWith("c1's read of x at line 5: the reply means the same but its bytes differ"
                                + " from column 2: "),
                d.sentence());
    }

    @Test
    void timestampsCompareAsNumbers() {
        RunRequest kvRead = new RunRequest(2, "c1", "2", "kv_read", "\"k\"", null, null);
        List<Exchange> ex = List.of(new Exchange(kvRead, new ReplyBody.KvValue("\"k\"", "1", "5.0"), null));
        assertEquals(
                List.of(),
                ReplyComparison.compare(
                        ex, List.of(new ActualReply(1, "c1", "2", new ReplyBody.KvValue("\"k\"", "1", "5"), "x"))));
        Divergence d = only(ReplyComparison.compare(
                ex, List.of(new ActualReply(1, "c1", "2", new ReplyBody.KvValue("\"k\"", "1", "5.5"), "x"))));
        assertEquals(
                "c1's kv_read of k at line 2: expected value 1 with ts 5.0; your node returned ts 5.5 instead"
                        + " of 5.0",
                d.sentence());
    }

    /** A ts is the number Python reads from it: an int exactly, anything else as a double. */
    @Test
    void timestampsAreTheNumbersPythonReads() {
        assertTrue(ReplyComparison.sameNumber("5E9", "5000000000.0"));
        assertTrue(ReplyComparison.sameNumber("5000000000", "5E9")); // an int equal to a float
        assertTrue(ReplyComparison.sameNumber("1704067201.1234570001", "1704067201.123457")); // one double
        assertTrue(ReplyComparison.sameNumber("-0.0", "0"));
        assertTrue(ReplyComparison.sameNumber("1e400", "Infinity"));
        assertFalse(ReplyComparison.sameNumber("9007199254740993", "9007199254740993.0")); // the float is ...992
        assertFalse(ReplyComparison.sameNumber("123456789012345678901", "123456789012345678902"));
        assertFalse(ReplyComparison.sameNumber("1e400", "-Infinity"));
        assertFalse(ReplyComparison.sameNumber("5", "five"));
    }

    @Test
    void aReplyOfAnotherTypeIsWrongType() {
        Divergence d =
                only(ReplyComparison.compare(exchanges(), withRead(new ReplyBody.Refused(10, "unsupported"), "r")));
        assertEquals(DivergenceKind.WRONG_TYPE, d.kind());
        assertEquals(
                "c1's read of x at line 5: expected 2 values (a {c1: 1}, b {c2: 1}), conflict true; your node returned"
                        + " error 10 (not supported)",
                d.sentence());
    }
}
