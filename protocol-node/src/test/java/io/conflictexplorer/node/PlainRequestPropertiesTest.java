package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.node.handlers.Gossip;
import io.conflictexplorer.node.wire.MessageType;
import io.conflictexplorer.node.wire.PlainRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The plain path ({@link PlainRequest}: a request answered from slices of its line) answers every
 * line byte for byte as the general path (the line parsed into a JSON tree) does. Two nodes with the
 * same clock take the same lines, one with the plain path and one without; their outputs must be
 * equal. The lines mix the plain form with every way of leaving it: whitespace, escapes, non-ASCII
 * text, {@code -0}, floats, objects as values, repeated or extra members, replies, missing fields,
 * bad contexts, and lines before {@code init}.
 */
class PlainRequestPropertiesTest {

    @Property(tries = 400)
    void thePlainPathAnswersAsTheGeneralPath(@ForAll("sessions") List<String> lines) {
        List<String> plain = run(lines, true);
        List<String> general = run(lines, false);
        assertEquals(general, plain);
    }

    /** The property is not vacuous: plain lines do take the plain path, the others do not. */
    @Test
    void plainLinesAreRecognisedAndOthersAreNot() {
        PlainRequest p = new PlainRequest();
        assertTrue(scan(
                p,
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":3,"
                        + "\"key\":\"k1\",\"value\":\"v\",\"context\":{\"c1\":2}}}"));
        assertTrue(scan(p, " { \"body\" : { \"key\" : 7 , \"type\" : \"vv_read\" } , \"src\" : \"c1\" } "));
        assertEquals(MessageType.VV_READ, p.type());
        assertEquals("7", p.key());
        for (String notPlain : List.of(
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k\\u0031\"}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_read\",\"key\":-0}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_write\",\"key\":\"k\",\"value\":1.5}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_write\",\"key\":\"k\"}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k\",\"key\":\"j\"}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k\",\"in_reply_to\":1}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"write\",\"key\":\"k\",\"value\":1}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_write\",\"key\":\"k\",\"value\":1,\"context\":{\"a\":0}}}",
                "{\"src\":\"c1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k\"}} x")) {
            assertNotEquals(true, scan(p, notPlain), notPlain);
        }
    }

    /** A fault inside core (here the clock) is answered with error 13 on both paths alike, not a dead node. */
    @Test
    void aFaultIsAnsweredWithError13OnBothPaths() {
        List<String> lines = List.of(
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\"}}",
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_write\",\"msg_id\":2,\"key\":\"k\",\"value\":1}}",
                "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":3,\"key\":\"k\"}}");
        List<List<String>> outputs = new ArrayList<>();
        for (boolean plainPath : new boolean[] {true, false}) {
            List<String> out = new ArrayList<>();
            Node node = new Node(
                    NodeConfig.DEFAULTS,
                    line -> out.add(line.toString()),
                    () -> {
                        throw new IllegalStateException("clock broken");
                    },
                    Gossip.Timer.NONE,
                    plainPath);
            for (int i = 0; i < lines.size(); i++) {
                node.handleLine(lines.get(i), i + 1);
            }
            outputs.add(out);
        }
        assertEquals(outputs.get(1), outputs.get(0));
        assertEquals(
                "{\"src\": \"n1\", \"dest\": \"c1\", \"body\": {\"type\": \"error\", \"code\": 13, \"text\": "
                        + "\"internal error: clock broken\", \"in_reply_to\": 2, \"msg_id\": 1}}",
                outputs.get(0).get(1));
        assertTrue(
                outputs.get(0).get(2).contains("\"values\": []"), outputs.get(0).get(2));
    }

    /** The node's msg_id counts on across both paths, past every power of ten on the way. */
    @Test
    void msgIdsCountOnAcrossBothPaths() {
        List<String> lines = new ArrayList<>();
        lines.add("{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\"}}");
        for (int i = 1; i <= 1_005; i++) {
            lines.add(
                    i % 7 == 0 // now and then a line the general path answers
                            ? "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k\\u0031\"}}"
                            : "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"key\":\"k1\"}}");
        }
        List<String> out = run(lines, true);
        assertEquals(lines.size(), out.size());
        for (int i = 0; i < out.size(); i++) {
            assertTrue(out.get(i).endsWith("\"msg_id\": " + i + "}}"), out.get(i));
        }
    }

    private static boolean scan(PlainRequest p, String line) {
        byte[] b = ("xx" + line).getBytes(StandardCharsets.UTF_8);
        return p.scan(b, 2, b.length - 2);
    }

    private static List<String> run(List<String> lines, boolean plainPath) {
        List<String> out = new ArrayList<>();
        long[] micros = {1_704_067_200_000_000L};
        Node node = new Node(
                NodeConfig.DEFAULTS,
                line -> out.add(line.toString()),
                () -> micros[0] += 7,
                Gossip.Timer.NONE,
                plainPath);
        long n = 0;
        for (String line : lines) {
            node.handleLine(line, ++n);
        }
        return out;
    }

    @Provide
    Arbitrary<List<String>> sessions() {
        Arbitrary<String> init = Arbitraries.of(
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}",
                "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n\\u00e9\\\"\",\"node_ids\":[]}}");
        Arbitrary<String> setMode = Arbitraries.of("vv", "lww")
                .map(m -> "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"set_mode\",\"msg_id\":2,\"mode\":\"" + m
                        + "\"}}");
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(8, request()), Tuple.of(1, setMode));
        return Combinators.combine(
                        Arbitraries.integers().between(0, 2), init, line.list().ofMaxSize(40))
                .as((before, first, rest) -> {
                    List<String> all = new ArrayList<>();
                    // a few lines may come before init: the plain path waits for the node's id
                    all.addAll(rest.subList(0, Math.min(before, rest.size())));
                    all.add(first);
                    all.addAll(rest);
                    return all;
                });
    }

    private Arbitrary<String> request() {
        Arbitrary<String> src = Arbitraries.of("\"c1\"", "\"c2\"", "\"c3\"", "\"c\\u00e9\"", "\"c\\\"q\"", "7");
        Arbitrary<String> type = Arbitraries.of(
                "\"vv_write\"", "\"vv_write\"", "\"vv_read\"", "\"vv_read\"", "\"write\"", "\"vv_\\u0072ead\"", "3");
        Arbitrary<String> key = Arbitraries.of(
                "\"k1\"",
                "\"k2\"",
                "\"k3\"",
                "1",
                "-1",
                "0",
                "-0",
                "123456789012345678901234",
                "\"k\\u0031\"",
                "\"k\u00e9\"",
                "\"\"",
                "1.0",
                "null",
                "[1]");
        Arbitrary<String> value = Arbitraries.of(
                "\"v\"",
                "\"w\"",
                "\"\"",
                "0",
                "-0",
                "42",
                "-12345678901234567890",
                "true",
                "false",
                "null",
                "1.5",
                "1e3",
                "\"a\\nb\"",
                "\"\u00fc\"",
                "{\"a\": 1}",
                "[1, 2]",
                "\"\\u007f\"",
                "01",
                "tru");
        Arbitrary<String> context = Arbitraries.of(
                "{}",
                "{ }",
                "{\"c1\":1}",
                "{\"c1\":2,\"c2\":1}",
                "{\"c2\":3,\"c1\":1}",
                "{\"c1\":0}",
                "{\"c1\":-1}",
                "{\"c1\":1.0}",
                "{\"c1\":1,\"c1\":2}",
                "{\"c\\u0031\":1}",
                "{\"c1\":9223372036854775807}",
                "{\"c1\":999999999999999999}",
                "[]",
                "null",
                "\"x\"");
        Arbitrary<String> msgId = Arbitraries.of("5", "0", "-3", "-0", "7.5", "\"m\"", "123456789012345678901234");
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", " \r ");
        Arbitrary<List<String>> members = Combinators.combine(type, key, value, context, msgId)
                .as((t, k, v, c, m) -> List.of(
                        "\"type\":" + t,
                        "\"key\":" + k,
                        "\"value\":" + v,
                        "\"context\":" + c,
                        "\"msg_id\":" + m,
                        "\"in_reply_to\":1",
                        "\"extra\":[]",
                        "\"key\":\"k2\""))
                .flatMap(all -> Arbitraries.integers()
                        .between(0, 40)
                        .list()
                        .ofMaxSize(6)
                        .map(picks -> {
                            List<String> chosen = new ArrayList<>();
                            chosen.add(all.get(0)); // a type, mostly, and mostly the common members
                            for (int p : picks) {
                                chosen.add(all.get(p < 30 ? 1 + p % 4 : p % 8));
                            }
                            return chosen;
                        }));
        return Combinators.combine(src, members, space, Arbitraries.integers().between(0, 9))
                .as((s, ms, w, shape) -> {
                    String body = "{" + w + String.join("," + w, ms) + w + "}";
                    return switch (shape) {
                        case 0 -> "{\"body\":" + body + ",\"src\":" + s + "}";
                        case 1 -> "{\"src\":" + s + "," + w + "\"dest\":\"n1\",\"body\":" + body + "}" + w;
                        case 2 -> "{\"src\":" + s + ",\"dest\":\"n1\",\"body\":" + body + ",\"x\":1}";
                        case 3 -> "{\"src\":" + s + ",\"dest\":\"n1\",\"body\":" + body;
                        default -> "{\"src\":" + s + ",\"dest\":\"n1\",\"body\":" + body + "}";
                    };
                });
    }
}
