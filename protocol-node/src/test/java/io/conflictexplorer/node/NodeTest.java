package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The node in-process, with a clock the test controls, for what a real clock makes unpredictable. */
class NodeTest {

    private final List<String> out = new ArrayList<>();
    private long micros = 1_704_067_200_123_000L;
    private final Node node = new Node(NodeConfig.DEFAULTS, line -> out.add(line.toString()), () -> micros);

    private String send(String body) {
        node.handleLine("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + body + "}", out.size() + 1);
        return out.get(out.size() - 1);
    }

    private String bodyOf(String line) {
        return line.substring(line.indexOf("\"body\": ") + 8, line.length() - 1);
    }

    @Test
    void writeStampsPythonStyleSecondsAndReadReturnsThem() {
        send("{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}");
        assertEquals(
                "{\"type\": \"write_ok\", \"ts\": 1704067200.123, \"in_reply_to\": 2, \"msg_id\": 1}",
                bodyOf(send("{\"type\":\"write\",\"msg_id\":2,\"key\":\"x\",\"value\":\"hi\"}")));
        // the clock stands still: the next write still gets a later timestamp (one microsecond on)
        assertEquals(
                "{\"type\": \"write_ok\", \"ts\": 1704067200.123001, \"in_reply_to\": 3, \"msg_id\": 2}",
                bodyOf(send("{\"type\":\"write\",\"msg_id\":3,\"key\":\"x\",\"value\":\"again\"}")));
        assertEquals(
                "{\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": \"again\", \"ts\": 1704067200.123001, \"in_reply_to\": 4, \"msg_id\": 3}",
                bodyOf(send("{\"type\":\"kv_read\",\"msg_id\":4,\"key\":\"x\"}")));
    }

    @Test
    void kvMergeKeepsTheLaterTimestampAndCountsWhatChanged() {
        send("{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}");
        send("{\"type\":\"write\",\"msg_id\":2,\"key\":\"x\",\"value\":\"local\"}");
        assertTrue(
                send("{\"type\":\"kv_merge\",\"msg_id\":3,\"entries\":{\"x\":{\"value\":\"older\",\"ts\":1704067100.0},"
                                + "\"y\":{\"value\":\"new key\",\"ts\":1.5}}}")
                        .contains("\"updated\": 1"));
        assertTrue(send("{\"type\":\"kv_read\",\"msg_id\":4,\"key\":\"x\"}").contains("\"value\": \"local\""));
        assertTrue(
                send("{\"type\":\"kv_merge\",\"msg_id\":5,\"entries\":{\"x\":{\"value\":\"newer\",\"ts\":1704067300.5}}}")
                        .contains("\"updated\": 1"));
        assertEquals(
                "{\"type\": \"kv_read_ok\", \"key\": \"x\", \"value\": \"newer\", \"ts\": 1704067300.5, \"in_reply_to\": 6, \"msg_id\": 5}",
                bodyOf(send("{\"type\":\"kv_read\",\"msg_id\":6,\"key\":\"x\"}")));
    }

    @Test
    void kvMergeTieIsBrokenByValueWhateverTheOrderOfArrival() {
        Node other = new Node(NodeConfig.DEFAULTS, line -> out.add(line.toString()), () -> micros);
        String a = "{\"type\":\"kv_merge\",\"msg_id\":2,\"entries\":{\"k\":{\"value\":\"apple\",\"ts\":7.0}}}";
        String b = "{\"type\":\"kv_merge\",\"msg_id\":3,\"entries\":{\"k\":{\"value\":\"banana\",\"ts\":7.0}}}";
        send(a);
        send(b);
        String read = "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"kv_read\",\"msg_id\":9,\"key\":\"k\"}}";
        node.handleLine(read, 9);
        String first = bodyOf(out.get(out.size() - 1));
        other.handleLine("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + b + "}", 1);
        other.handleLine("{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + a + "}", 2);
        other.handleLine(read, 3);
        assertEquals(first, bodyOf(out.get(out.size() - 1)));
        assertTrue(first.contains("\"banana\""), first);
    }

    @Test
    void aRequestWithoutMsgIdIsAnsweredWithoutInReplyTo() {
        assertEquals(
                "{\"type\": \"vv_read_ok\", \"values\": [], \"conflict\": false, \"msg_id\": 0}",
                bodyOf(send("{\"type\":\"vv_read\",\"key\":\"x\"}")));
    }

    @Test
    void reInitWithAnotherIdIsRefusedAndTheIdStays() {
        send("{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}");
        assertTrue(send("{\"type\":\"init\",\"msg_id\":2,\"node_id\":\"n2\",\"node_ids\":[\"n2\"]}")
                .contains("\"code\": 12"));
        assertEquals("n1", node.nodeId());
        assertTrue(out.get(out.size() - 1).startsWith("{\"src\": \"n1\""));
    }

    @Test
    void counterOverflowIsAMalformedRequestAndKeepsTheStoredValue() {
        send("{\"type\":\"set_mode\",\"msg_id\":1,\"mode\":\"vv\"}");
        send("{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"x\",\"value\":1,\"context\":{\"c1\":9223372036854775806}}");
        assertTrue(send("{\"type\":\"vv_write\",\"msg_id\":3,\"key\":\"x\",\"value\":2}")
                .contains("\"code\": 12"));
        assertTrue(
                send("{\"type\":\"vv_write\",\"msg_id\":4,\"key\":\"x\",\"value\":2,\"context\":{\"c1\":9223372036854775808}}")
                        .contains("\"code\": 12"));
        assertTrue(send("{\"type\":\"vv_read\",\"msg_id\":5,\"key\":\"x\"}")
                .contains("\"values\": [{\"value\": 1, \"vc\": {\"c1\": 9223372036854775807}}]"));
    }
}
