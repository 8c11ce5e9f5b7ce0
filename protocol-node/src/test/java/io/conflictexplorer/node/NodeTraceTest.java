package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import io.conflictexplorer.node.wire.Output;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** NODE_TRACE's recorder: every line in and out, wrapped unmodified, with the time; nothing when off. */
class NodeTraceTest {

    private static final String INIT =
            "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}";

    @Test
    void offItWrapsNothing() {
        InputStream in = new ByteArrayInputStream(new byte[0]);
        Output out = line -> {};
        assertSame(in, NodeTrace.received(null, in));
        assertSame(out, NodeTrace.sent(null, out));
    }

    @Test
    void everyReceivedAndSentLineIsOneJsonObjectWrappingTheUnmodifiedMessage() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        NodeTrace trace = NodeTrace.to(file, NodeConfig.DEFAULTS);
        List<String> sent = new ArrayList<>();
        Main.LineOutput out = new Main.LineOutput(new ByteArrayOutputStream());
        Output traced = NodeTrace.sent(trace, new Output() {
            @Override
            public void line(CharSequence line) {
                sent.add(line.toString());
                out.line(line);
            }
        });
        Node node = new Node(NodeConfig.DEFAULTS, traced, () -> 1_000_000L);
        String input = INIT
                + "\r\nnot json\n\n{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":2,\"key\":\"x\"}}";
        long before = System.currentTimeMillis() * 1000;
        Main.run(
                NodeTrace.received(trace, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                node,
                NodeConfig.DEFAULTS,
                out);
        traced.flush();
        NodeTrace.close(trace);

        String[] lines = file.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(5, lines.length, file.toString(StandardCharsets.UTF_8)); // 3 received (blank skipped), 2 sent
        assertTrue(lines[0].endsWith("\"dir\": \"recv\", \"msg\": " + INIT + "}"), lines[0]);
        assertTrue(lines[1].endsWith("\"dir\": \"recv\", \"raw\": \"not json\"}"), lines[1]);
        Json.Obj first = (Json.Obj) JsonParser.parse(lines[0], 64);
        long t = ((Json.Num) first.get("time_us")).asLong();
        assertTrue(t >= before && t <= System.currentTimeMillis() * 1000 + 1000, "the node's own clock, in µs: " + t);
        int s = 0;
        for (String line : lines) {
            Json.Obj o = (Json.Obj) JsonParser.parse(line, 64);
            if (o.get("dir").equals(new Json.Str("sent"))) {
                assertEquals(sent.get(s++), JsonWriter.write(o.get("msg")), "exactly the line the node wrote");
            }
        }
        assertEquals(2, s, "init_ok and vv_read_ok");
    }
}
