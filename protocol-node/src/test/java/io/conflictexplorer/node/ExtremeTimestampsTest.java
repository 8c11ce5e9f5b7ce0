package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A {@code kv_merge} whose {@code ts} has an exponent of millions is a number like any other: it is
 * compared exactly and answered at once. (Found by the checker's hostile run files: {@code "ts":
 * 2e9999999} held the node for minutes, as every one of its ten million digits was written out;
 * {@code 5e-9999999} took seconds; {@code 1e-999999999} was answered with error 13.) The {@code ts}
 * is written back as Python's {@code json} writes the float it reads: {@code Infinity}, {@code 0.0}.
 */
class ExtremeTimestampsTest {

    private final List<String> out = new ArrayList<>();
    private final Node node =
            new Node(NodeConfig.DEFAULTS, line -> out.add(line.toString()), () -> 1_704_067_200_000_000L);

    private String send(String body) {
        node.handleLine("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + body + "}", out.size() + 1);
        String line = out.get(out.size() - 1);
        return line.substring(line.indexOf("\"body\": ") + 8, line.length() - 1);
    }

    private String merge(int msgId, String value, String ts) {
        return send("{\"type\":\"kv_merge\",\"msg_id\":" + msgId + ",\"entries\":{\"x\":{\"value\":\"" + value
                + "\",\"ts\":" + ts + "}}}");
    }

    @Test
    void hugeExponentsAreComparedExactly() {
        send("{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}");
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 1, \"in_reply_to\": 2, \"msg_id\": 1}",
                merge(2, "far", "2e9999999"));
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 0, \"in_reply_to\": 3, \"msg_id\": 2}",
                merge(3, "nearer", "1e9999999"));
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 1, \"in_reply_to\": 4, \"msg_id\": 3}",
                merge(4, "farther", "3e9999999"));
        assertEquals(
                "{\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": \"farther\", \"ts\": Infinity, \"in_reply_to\": 5,"
                        + " \"msg_id\": 4}",
                send("{\"type\":\"kv_read\",\"msg_id\":5,\"key\":\"x\"}"));
    }

    @Test
    void tinyExponentsAreComparedExactly() {
        send("{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}");
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 1, \"in_reply_to\": 2, \"msg_id\": 1}",
                merge(2, "tiny", "1e-999999999"));
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 1, \"in_reply_to\": 3, \"msg_id\": 2}",
                merge(3, "less tiny", "5e-9999999"));
        assertEquals(
                "{\"type\": \"kv_merge_ok\", \"updated\": 0, \"in_reply_to\": 4, \"msg_id\": 3}",
                merge(4, "negative", "-5e-9999999"));
        assertEquals(
                "{\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": \"less tiny\", \"ts\": 0.0, \"in_reply_to\": 5,"
                        + " \"msg_id\": 4}",
                send("{\"type\":\"kv_read\",\"msg_id\":5,\"key\":\"x\"}"));
    }
}
