package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits that keep one bad client from taking the node down: depth, line length, siblings. */
class LimitsTest {

    private final List<String> out = new ArrayList<>();
    private Node node =
            new Node(new NodeConfig(1000, 8, 2, 3), line -> out.add(line.toString()), () -> 1_704_067_200_000_000L);

    private void line(String text) {
        node.handleLine(text, out.size() + 1);
    }

    private String send(String src, String body) {
        int before = out.size();
        line("{\"src\":\"" + src + "\",\"dest\":\"n1\",\"body\":" + body + "}");
        assertEquals(before + 1, out.size(), "one reply");
        return out.get(out.size() - 1);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void tooDeepLineIsAnsweredWithError12AndStoresNothing() {
        send("c1", "{\"type\":\"set_mode\",\"msg_id\":1,\"mode\":\"vv\"}");
        // envelope and body are 2 levels; the value adds 7 more: 9 > 8
        String reply = send("c1", "{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"x\",\"value\":" + nested(7) + "}");
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"error\", \"code\": 12, \"text\": "
                        + "\"not JSON: nesting deeper than 8 levels at column 86\", \"in_reply_to\": 2, \"msg_id\": 1}}",
                reply);
        assertTrue(
                send("c1", "{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"x\"}").contains("\"values\": []"));
        // exactly at the limit is fine
        assertTrue(send("c1", "{\"type\":\"vv_write\",\"msg_id\":4,\"key\":\"x\",\"value\":" + nested(6) + "}")
                .contains("vv_write_ok"));
    }

    @Test
    void tooDeepWithoutAReadableSenderIsOnlyLogged() {
        line(nested(100_000)); // no stack overflow, no reply
        line("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + nested(100_000).substring(1) + "}"); // unbalanced
        assertEquals(0, out.size());
    }

    @Test
    void aDepthLimitAboveWhatTheStackHoldsStillNeverKillsTheNode() {
        node = new Node(new NodeConfig(1 << 24, 10_000_000), line -> out.add(line.toString()), () -> 1L);
        line("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"x\",\"value\":"
                + nested(1_000_000) + "}}");
        assertTrue(
                send("c1", "{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"x\"}").contains("\"values\": []"));
    }

    @Test
    void overlongLineWhoseBeginningNamesTheSenderGetsError12() {
        String prefix =
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":7,\"key\":\"x\",\"value\":\"vvvvvv";
        node.refuseLine(prefix, "longer than 1000 bytes", 1);
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"error\", \"code\": 12, \"text\": "
                        + "\"line longer than 1000 bytes\", \"in_reply_to\": 7, \"msg_id\": 0}}",
                out.get(0));
        // the msg_id after the cut: still an error, without in_reply_to
        node.refuseLine(
                "{\"src\":\"c2\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"value\":[1,2,3",
                "longer than 1000 bytes",
                2);
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c2\", \"body\": {\"type\": \"error\", \"code\": 12, \"text\": "
                        + "\"line longer than 1000 bytes\", \"msg_id\": 1}}",
                out.get(1));
        // a msg_id cut in its digits is not trusted
        node.refuseLine(
                "{\"src\":\"c2\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":12",
                "longer than 1000 bytes",
                3);
        assertTrue(!out.get(2).contains("in_reply_to"), out.get(2));
        // no sender before the cut, or not JSON: nothing to answer
        node.refuseLine(
                "{\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":7,\"value\":\"vvv",
                "longer than 1000 bytes",
                4);
        node.refuseLine("{\"src\":\"c1\",\"dest\":\"n1\",\"bo", "longer than 1000 bytes", 5);
        node.refuseLine("not json at all", "longer than 1000 bytes", 6);
        assertEquals(3, out.size());
    }

    @Test
    void siblingLimitRefusesTheWriteWithError22AndChangesNothing() {
        send("c0", "{\"type\":\"set_mode\",\"msg_id\":1,\"mode\":\"vv\"}");
        for (int c = 1; c <= 3; c++) {
            assertTrue(send(
                            "c" + c,
                            "{\"type\":\"vv_write\",\"msg_id\":" + (c + 1) + ",\"key\":\"x\",\"value\":" + c + "}")
                    .contains("vv_write_ok"));
        }
        String readBefore = send("c0", "{\"type\":\"vv_read\",\"msg_id\":10,\"key\":\"x\"}");
        String refused = send("c4", "{\"type\":\"vv_write\",\"msg_id\":11,\"key\":\"x\",\"value\":4}");
        assertTrue(
                refused.contains(
                        "\"type\": \"error\", \"code\": 22, \"text\": \"write refused: key \\\"x\\\" would have 4 siblings, more than 3"),
                refused);
        assertTrue(refused.contains("\"in_reply_to\": 11"), refused);
        String readAfter = send("c0", "{\"type\":\"vv_read\",\"msg_id\":12,\"key\":\"x\"}");
        assertEquals(
                readBefore.replaceAll("\"in_reply_to\": \\d+, \"msg_id\": \\d+", ""),
                readAfter.replaceAll("\"in_reply_to\": \\d+, \"msg_id\": \\d+", ""));
        // a write that replaces one of them (same client, its own counter) stays within the limit
        assertTrue(send("c1", "{\"type\":\"vv_write\",\"msg_id\":13,\"key\":\"x\",\"value\":5}")
                .contains("vv_write_ok"));
        // and the merged context resolves them all
        assertTrue(send(
                        "c4",
                        "{\"type\":\"vv_write\",\"msg_id\":14,\"key\":\"x\",\"value\":6,\"context\":{\"c1\":2,\"c2\":1,\"c3\":1}}")
                .contains("\"vc\": {\"c1\": 2, \"c2\": 1, \"c3\": 1, \"c4\": 1}"));
        assertTrue(
                send("c0", "{\"type\":\"vv_read\",\"msg_id\":15,\"key\":\"x\"}").contains("\"conflict\": false"));
    }

    @Test
    void lwwModeHasOneValuePerKeySoNoSiblingLimit() {
        for (int c = 1; c <= 10; c++) {
            assertTrue(send("c" + c, "{\"type\":\"vv_write\",\"msg_id\":" + c + ",\"key\":\"x\",\"value\":" + c + "}")
                    .contains("vv_write_ok"));
        }
    }

    @Test
    void limitsComeFromTheEnvironmentAndMustBePositive() {
        assertEquals(25, NodeConfig.DEFAULTS.siblingsWarn());
        assertEquals(100, NodeConfig.DEFAULTS.siblingsMax());
        assertThrows(IllegalArgumentException.class, () -> new NodeConfig(1, 1, 0, 1));
    }
}
