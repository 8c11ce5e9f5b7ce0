package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.node.json.PythonRepr;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The preceding task's rule, over any sequence of local writes and merges with any timestamps
 * (integers, decimals with sub-microsecond differences, exponents, negatives, equal times written
 * differently): {@code kv_read} returns the entry with the greatest {@code ts}, compared exactly as
 * a number, and prints that {@code ts} as Python's {@code json.dumps} prints what {@code json.loads}
 * read ({@link PythonRepr#number}: {@code 5} stays {@code 5}, {@code 5e0} is {@code 5.0}). The model
 * here is independent of the node: the times are compared as {@link BigDecimal}s; a local write's
 * time is the test's clock.
 *
 * <p>Ties (equal times, same node): the greater value's JSON text wins, then the greater ts text as
 * the sender wrote it; otherwise the stored entry stays. Merged entries carry no node, which sorts before any local
 * write's node ({@code n1}).
 */
class KvLastWriterWinsPropertiesTest {

    /** One operation: a local write (ts null) or a kv_merge of one entry with the ts text given. */
    record Op(String key, String value, String ts) {}

    /**
     * What kv_read must print for a key: the winner's value and its ts as it is printed; {@code tsText}
     * is the ts as the sender wrote it, which breaks ties.
     */
    record Entry(BigDecimal seconds, String node, String value, String tsText, String printed) {}

    private static final long START_MICROS = 1_704_067_200_000_000L;

    @Property(tries = 300)
    void kvReadReturnsTheGreatestTsPrintedAsPythonPrintsIt(@ForAll("histories") List<Op> ops) {
        List<String> out = new ArrayList<>();
        long[] micros = {START_MICROS};
        Node node = new Node(NodeConfig.DEFAULTS, line -> out.add(line.toString()), () -> micros[0]);
        node.handleLine(envelope("{\"type\":\"init\",\"msg_id\":0,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}"), 0);
        Map<String, Entry> model = new HashMap<>();
        int msgId = 1;
        for (Op op : ops) {
            Entry incoming;
            if (op.ts() == null) {
                micros[0] += 250; // the clock moves on by 250 microseconds per write
                node.handleLine(
                        envelope("{\"type\":\"write\",\"msg_id\":" + msgId++ + ",\"key\":\"" + op.key()
                                + "\",\"value\":\"" + op.value() + "\"}"),
                        msgId);
                BigDecimal seconds = BigDecimal.valueOf(micros[0], 6);
                incoming = new Entry(seconds, "n1", op.value(), null, pythonRepr(seconds));
            } else {
                node.handleLine(
                        envelope("{\"type\":\"kv_merge\",\"msg_id\":" + msgId++ + ",\"entries\":{\"" + op.key()
                                + "\":{\"value\":\"" + op.value() + "\",\"ts\":" + op.ts() + "}}}"),
                        msgId);
                incoming = new Entry(new BigDecimal(op.ts()), "", op.value(), op.ts(), PythonRepr.number(op.ts()));
            }
            Entry stored = model.get(op.key());
            if (stored == null || beats(incoming, stored)) {
                model.put(op.key(), incoming);
            }
        }
        for (Map.Entry<String, Entry> e : model.entrySet()) {
            node.handleLine(
                    envelope("{\"type\":\"kv_read\",\"msg_id\":" + msgId + ",\"key\":\"" + e.getKey() + "\"}"), msgId);
            String reply = out.get(out.size() - 1);
            assertEquals(
                    "{\"type\": \"kv_read_ok\", \"key\": \"" + e.getKey() + "\", \"value\": \""
                            + e.getValue().value() + "\", \"ts\": "
                            + e.getValue().printed() + ", \"in_reply_to\": "
                            + msgId,
                    reply.substring(
                            reply.indexOf("\"body\": ") + 8, reply.indexOf(", \"msg_id\"", reply.indexOf("\"body\""))),
                    ops.toString());
            msgId++;
        }
    }

    private static boolean beats(Entry a, Entry b) {
        int c = a.seconds().compareTo(b.seconds());
        if (c == 0) {
            c = a.node().compareTo(b.node());
        }
        if (c == 0) {
            c = ("\"" + a.value() + "\"").compareTo("\"" + b.value() + "\"");
        }
        if (c == 0 && !a.node().isEmpty()) {
            return false; // two local writes never have equal times
        }
        if (c == 0) {
            c = a.tsText().compareTo(b.tsText());
        }
        return c > 0;
    }

    /** Python's repr of a time with at most six decimals near the test's start: plain digits, ".0" when whole. */
    private static String pythonRepr(BigDecimal seconds) {
        String s = seconds.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }

    private static String envelope(String body) {
        return "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":" + body + "}";
    }

    @Provide
    Arbitrary<List<Op>> histories() {
        Arbitrary<String> keys = Arbitraries.of("a", "b", "c");
        Arbitrary<String> values = Arbitraries.of("p", "q", "r", "s");
        Arbitrary<String> ts = Arbitraries.oneOf(
                Arbitraries.<String>just(null), // a local write, at the node's clock
                Arbitraries.<String>just(null),
                nearTheClock(),
                Arbitraries.longs().between(1_704_067_199L, 1_704_067_201L).map(n -> Long.toString(n)),
                Arbitraries.of(
                        "5",
                        "5.0",
                        "5e0",
                        "0.5E1",
                        "1e-07",
                        "1e-7",
                        "2e-07",
                        "-5.5",
                        "-5.50000001",
                        "1e13",
                        "9876543210.123457",
                        "9876543210.123455",
                        "1704067200.0005",
                        "1704067200.00050",
                        "1704067200.0005000001",
                        "1704067200.0004999999",
                        "17040672000005e-4",
                        "5E9",
                        "5000000000",
                        "5000000000.0000001",
                        "1e400",
                        "2e400",
                        "-0",
                        "-0.0",
                        "123456789012345678901234567890"));
        return Combinators.combine(keys, values, ts).as(Op::new).list().ofMaxSize(25);
    }

    /** Times within a few local writes of the clock, with up to ten decimals: sub-microsecond apart. */
    private static Arbitrary<String> nearTheClock() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 8_000),
                        Arbitraries.integers().between(0, 9_999))
                .as((micros, fraction) -> BigDecimal.valueOf(START_MICROS + micros, 6)
                        .add(BigDecimal.valueOf(fraction, 10))
                        .stripTrailingZeros()
                        .toPlainString());
    }
}
