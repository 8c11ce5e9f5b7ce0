package io.conflictexplorer.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A seeded, bounded fuzz run through the real launcher: 20,000 lines mixing valid requests with
 * mutated ones (cut short, wrong types, unknown types, missing fields, deep nesting, huge strings
 * over and under the line limit, invalid UTF-8, trailing garbage, empty lines, lines with no sender).
 * The valid requests alone go through a second node process, which is the oracle. Checks:
 * <ul>
 *   <li>the node exits 0 at the end of its input, never earlier, with no internal error;</li>
 *   <li>every valid request gets exactly one reply, the same as the second node gives it (the
 *       node's own msg_id and wall-clock {@code ts} aside);</li>
 *   <li>every malformed request whose sender and msg_id are readable gets exactly one error (code
 *       10 or 12) with that in_reply_to; a line cut short gets at most one, with in_reply_to only if
 *       its msg_id was complete before the cut; a line naming no sender gets none;</li>
 *   <li>the final state (a vv_read and a kv_read of every key, at the end of both streams) is what
 *       the valid requests alone produce.</li>
 * </ul>
 * Malformed lines come from clients named {@code bad-<line>}, which is how their replies are found.
 * Sizes are bounded (about 15 MB of input in all) so that it runs in seconds.
 */
class FuzzIT {

    private static final long SEED = 20_261_125L;
    private static final int LINES = 20_000;
    private static final int MAX_LINE = 256 * 1024;

    private static final String[] KEYS = {
        "\"k0\"",
        "\"k1\"",
        "\"k2\"",
        "\"k3\"",
        "\"k4\"",
        "\"k5\"",
        "\"k6\"",
        "\"k7\"",
        "\"k8\"",
        "\"k9\"",
        "0",
        "1",
        "2",
        "\"\\u00e9t\\u00e9\"",
        "\"a b\""
    };
    private static final String[] HUGE_KEYS = {"\"huge0\"", "\"huge1\"", "\"huge2\""};
    private static final String[] CLIENTS = {"c1", "c2", "c3", "c4", "c5"};

    /** What a line must get back. */
    private enum Expect {
        /** valid: one reply, the oracle's */
        VALID,
        /** malformed, sender and msg_id readable: one error with in_reply_to */
        ERROR,
        /** cut short: at most one error, with in_reply_to only if the msg_id was complete */
        CUT,
        /** no readable sender: nothing */
        NOTHING
    }

    private record Line(byte[] bytes, Expect expect, long msgId, boolean msgIdComplete, String kind) {}

    private final Random rnd = new Random(SEED);
    private long nextMsgId = 1;

    @Test
    void nodeSurvivesTwentyThousandMixedLinesAndEndsInTheStateOfTheValidOnes() throws Exception {
        List<Line> lines = generate();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        ByteArrayOutputStream validOnly = new ByteArrayOutputStream();
        Map<String, Integer> kinds = new HashMap<>();
        for (Line l : lines) {
            all.write(l.bytes);
            all.write('\n');
            if (l.expect == Expect.VALID) {
                validOnly.write(l.bytes);
                validOnly.write('\n');
            }
            kinds.merge(l.kind, 1, Integer::sum);
        }
        assertTrue(lines.size() >= LINES, "lines: " + lines.size());
        List<String> env = List.of("NODE_MAX_LINE_BYTES=" + MAX_LINE);
        NodeProcess.Result fuzz = NodeProcess.run(all.toByteArray(), null, env);
        NodeProcess.Result oracle = NodeProcess.run(validOnly.toByteArray(), null, env);
        assertEquals(0, fuzz.exitCode(), "exit code; stderr tail: " + tail(fuzz.stderr()));
        assertEquals(0, oracle.exitCode(), tail(oracle.stderr()));
        assertFalse(
                fuzz.stderr().contains("internal error") || fuzz.stderr().contains("Exception"), tail(fuzz.stderr()));

        Map<Long, String> oracleReplies = repliesByInReplyTo(oracle.out());
        Map<Long, String> fuzzReplies = new HashMap<>();
        Map<String, List<String>> badReplies = new HashMap<>();
        for (String reply : fuzz.out().split("\n")) {
            Matcher dest = DEST.matcher(reply);
            assertTrue(dest.find(), reply);
            if (dest.group(1).startsWith("bad-")) {
                badReplies
                        .computeIfAbsent(dest.group(1), k -> new ArrayList<>())
                        .add(reply);
            } else {
                Long to = inReplyTo(reply);
                assertNotNull(to, "a reply to a valid request has in_reply_to: " + reply);
                assertFalse(fuzzReplies.containsKey(to), "two replies to msg_id " + to);
                fuzzReplies.put(to, reply);
            }
        }

        int valid = 0;
        int errors = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            List<String> got = badReplies.getOrDefault("bad-" + i, List.of());
            switch (l.expect) {
                case VALID -> {
                    valid++;
                    String expected = oracleReplies.get(l.msgId);
                    assertNotNull(expected, "the oracle answered msg_id " + l.msgId);
                    String actual = fuzzReplies.get(l.msgId);
                    assertNotNull(actual, "no reply to valid line " + i + ": " + text(l));
                    assertEquals(normalise(expected), normalise(actual), "line " + i + ": " + text(l));
                }
                case ERROR -> {
                    assertEquals(
                            1,
                            got.size(),
                            "line " + i + " (" + l.kind + ") wants one error: " + text(l) + " got " + got);
                    assertError(got.get(0), l.msgId, i, l);
                    errors++;
                }
                case CUT -> {
                    assertTrue(got.size() <= 1, "line " + i + ": " + got);
                    if (l.msgIdComplete) {
                        assertEquals(1, got.size(), "line " + i + " was cut after its msg_id: " + text(l));
                        assertError(got.get(0), l.msgId, i, l);
                    } else if (!got.isEmpty()) {
                        assertNull(inReplyTo(got.get(0)), "an incomplete msg_id is not echoed: " + got.get(0));
                        assertTrue(got.get(0).contains("\"type\": \"error\", \"code\": 12"), got.get(0));
                    }
                    errors += got.size();
                }
                case NOTHING -> assertTrue(got.isEmpty(), "line " + i + " names no sender but got " + got);
                default -> fail();
            }
        }
        assertEquals(valid, oracleReplies.size(), "the oracle answered every valid line once");
        assertEquals(valid + errors, fuzz.out().split("\n").length, "no reply to anything else");

        // the final state: the last reads (one vv_read and one kv_read per key) are valid lines,
        // compared above; check them once more as a block, so a failure says what it is about
        List<String> finalFuzz = new ArrayList<>();
        List<String> finalOracle = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind.equals("final-read")) {
                finalFuzz.add(normalise(fuzzReplies.get(l.msgId)));
                finalOracle.add(normalise(oracleReplies.get(l.msgId)));
            }
        }
        assertEquals(2 * (KEYS.length + HUGE_KEYS.length), finalFuzz.size());
        assertEquals(finalOracle, finalFuzz, "final state");
        System.out.println("FuzzIT: " + lines.size() + " lines, " + valid + " valid, " + errors
                + " errors answered, kinds " + kinds);
    }

    private static void assertNull(Object o, String message) {
        assertTrue(o == null, message);
    }

    private static void assertError(String reply, long msgId, int i, Line l) {
        assertTrue(
                reply.contains("\"type\": \"error\", \"code\": 12")
                        || reply.contains("\"type\": \"error\", \"code\": 10"),
                "line " + i + " (" + l.kind + "): " + reply);
        assertEquals(Long.valueOf(msgId), inReplyTo(reply), "line " + i + " (" + l.kind + "): " + reply);
    }

    // ---- replies

    private static final Pattern DEST = Pattern.compile("^\\{\"src\": \"n1\", \"dest\": \"([^\"]*)\", \"body\": \\{");
    private static final Pattern IN_REPLY_TO = Pattern.compile("\"in_reply_to\": (-?\\d+), \"msg_id\": \\d+}}$");

    private static Long inReplyTo(String reply) {
        Matcher m = IN_REPLY_TO.matcher(reply);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static Map<Long, String> repliesByInReplyTo(String out) {
        Map<Long, String> byId = new HashMap<>();
        for (String reply : out.split("\n")) {
            Long to = inReplyTo(reply);
            assertNotNull(to, reply);
            assertFalse(byId.containsKey(to), "two replies to " + to);
            byId.put(to, reply);
        }
        return byId;
    }

    /** Without the node's own msg_id (the fuzz run sends more replies) and the wall-clock ts. */
    private static String normalise(String reply) {
        return reply.replaceAll(", \"msg_id\": \\d+}}$", "}}").replaceAll("\"ts\": [0-9.e+-]+", "\"ts\": T");
    }

    private static String text(Line l) {
        String s = new String(l.bytes, StandardCharsets.UTF_8);
        return s.length() > 300 ? s.substring(0, 300) + "... (" + l.bytes.length + " bytes)" : s;
    }

    private static String tail(String s) {
        return s.length() > 3000 ? s.substring(s.length() - 3000) : s;
    }

    // ---- generation

    private List<Line> generate() {
        List<Line> out = new ArrayList<>();
        out.add(valid(
                "c0",
                "{\"type\":\"init\",\"msg_id\":" + (nextMsgId++) + ",\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}",
                "init"));
        int hugeOver = 0;
        int hugeUnder = 0;
        while (out.size() < LINES - 2 * (KEYS.length + HUGE_KEYS.length)) {
            int i = out.size();
            String bad = "bad-" + i;
            int dice = rnd.nextInt(100);
            if (dice < 55) {
                out.add(validRequest());
            } else if (dice < 63) {
                out.add(wrongType(bad));
            } else if (dice < 67) {
                out.add(unknownType(bad));
            } else if (dice < 72) {
                out.add(missingField(bad));
            } else if (dice < 75) {
                out.add(deep(bad));
            } else if (dice < 77 && hugeOver < 25) {
                hugeOver++;
                out.add(hugeOverLimit(bad));
            } else if (dice < 79 && hugeUnder < 40) {
                hugeUnder++;
                out.add(hugeUnderLimit());
            } else if (dice < 83) {
                out.add(invalidUtf8(bad));
            } else if (dice < 91) {
                out.add(cut(bad));
            } else if (dice < 93) {
                out.add(trailingGarbage(bad));
            } else {
                out.add(noSender(bad));
            }
        }
        for (String key : concat(KEYS, HUGE_KEYS)) {
            out.add(valid(
                    "c1", "{\"type\":\"vv_read\",\"msg_id\":" + (nextMsgId++) + ",\"key\":" + key + "}", "final-read"));
            out.add(valid(
                    "c1", "{\"type\":\"kv_read\",\"msg_id\":" + (nextMsgId++) + ",\"key\":" + key + "}", "final-read"));
        }
        return out;
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = new String[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static String envelope(String src, String body) {
        return "{\"src\":\"" + src + "\",\"dest\":\"n1\",\"body\":" + body + "}";
    }

    private static Line valid(String src, String body, String kind) {
        return new Line(envelope(src, body).getBytes(StandardCharsets.UTF_8), Expect.VALID, msgIdOf(body), true, kind);
    }

    private static long msgIdOf(String body) {
        Matcher m = Pattern.compile("\"msg_id\":(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private Line error(String bad, String body, String kind) {
        return new Line(envelope(bad, body).getBytes(StandardCharsets.UTF_8), Expect.ERROR, msgIdOf(body), true, kind);
    }

    private String key() {
        return KEYS[rnd.nextInt(KEYS.length)];
    }

    private String client() {
        return CLIENTS[rnd.nextInt(CLIENTS.length)];
    }

    /** The body of a valid request, without its closing brace, after type and msg_id. */
    private String validBody() {
        long id = nextMsgId++;
        int op = rnd.nextInt(100);
        String head = ",\"msg_id\":" + id;
        if (op < 35) {
            String ctx = switch (rnd.nextInt(4)) {
                case 0 -> "";
                case 1 -> ",\"context\":{}";
                default -> ",\"context\":" + context();
            };
            return "{\"type\":\"vv_write\"" + head + ",\"key\":" + key() + ",\"value\":" + value(2) + ctx;
        } else if (op < 55) {
            return "{\"type\":\"vv_read\"" + head + ",\"key\":" + key();
        } else if (op < 70) {
            return "{\"type\":\"write\"" + head + ",\"key\":" + key() + ",\"value\":" + value(2);
        } else if (op < 80) {
            return "{\"type\":\"kv_read\"" + head + ",\"key\":" + key();
        } else if (op < 92) {
            StringBuilder e = new StringBuilder("{");
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                // ts far below or far above the wall clock, so that the outcome does not depend on it
                // (any finite number is a ts, kept exactly: integers, sub-microsecond decimals, negatives)
                String ts = switch (rnd.nextInt(4)) {
                    case 0 -> Double.toString(0.5 + rnd.nextInt(200) / 2.0);
                    case 1 -> Double.toString(4.0e9 + rnd.nextInt(1_000_000) / 4.0);
                    case 2 -> "4000000000." + (1_000_000_000 + rnd.nextInt(1_000_000_000));
                    default -> Integer.toString(rnd.nextInt(200) - 100);
                };
                e.append(i > 0 ? "," : "")
                        .append("\"k")
                        .append(rnd.nextInt(10))
                        .append("\":{\"value\":")
                        .append(value(1))
                        .append(",\"ts\":")
                        .append(ts)
                        .append('}');
            }
            return "{\"type\":\"kv_merge\"" + head + ",\"entries\":" + e + "}";
        } else {
            return "{\"type\":\"set_mode\"" + head + ",\"mode\":\"" + (rnd.nextInt(4) == 0 ? "lww" : "vv") + "\"";
        }
    }

    private Line validRequest() {
        return valid(client(), validBody() + "}", "valid");
    }

    private String context() {
        StringBuilder c = new StringBuilder("{");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            c.append(i > 0 ? "," : "")
                    .append('"')
                    .append(client())
                    .append("\":")
                    .append(1 + rnd.nextInt(30));
        }
        return c.append('}').toString();
    }

    private String value(int depth) {
        int kind = rnd.nextInt(depth > 0 ? 10 : 8);
        return switch (kind) {
            case 0, 1, 2 -> jsonString(randomText(rnd.nextInt(12)));
            case 3 -> Long.toString(rnd.nextLong() >> rnd.nextInt(64));
            case 4 ->
                new String[] {"1.5", "-0.0", "1e300", "2.5E-3", "0.1", "123456789012345678901234567890", "-7", "1E+2"}
                        [rnd.nextInt(8)];
            case 5 -> new String[] {"true", "false", "null"}[rnd.nextInt(3)];
            case 6 -> "\"\\ud800x\\u0000\\\"\\\\\\/\"";
            case 7 -> jsonString("v" + rnd.nextInt(1000));
            case 8 -> {
                StringBuilder a = new StringBuilder("[");
                for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
                    a.append(i > 0 ? "," : "").append(value(depth - 1));
                }
                yield a.append(']').toString();
            }
            default -> {
                StringBuilder o = new StringBuilder("{");
                for (int i = 0, n = rnd.nextInt(4); i < n; i++) {
                    o.append(i > 0 ? "," : "")
                            .append(jsonString(randomText(3)))
                            .append(':')
                            .append(value(depth - 1));
                }
                yield o.append('}').toString();
            }
        };
    }

    private static final String ALPHABET = "abcxyzABC019 _-\"\\\n\t\u0001\u00e9\u4e2d\ud83d\ude00";

    private String randomText(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int at = rnd.nextInt(ALPHABET.length() - 1);
            char c = ALPHABET.charAt(at);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A JSON string with raw UTF-8 for non-ASCII, as a client might send it. */
    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    // ---- malformed lines

    private Line wrongType(String bad) {
        long id = nextMsgId++;
        String head = ",\"msg_id\":" + id;
        String[] badKeys = {"[1]", "{\"a\":1}", "1.5", "true", "null", "1e3"};
        String[] badContexts = {
            "[1]", "\"x\"", "{\"c1\":0}", "{\"c1\":-3}", "{\"c1\":\"2\"}", "{\"c1\":1.5}", "null", "{\"c1\":null}"
        };
        String body = switch (rnd.nextInt(8)) {
            case 0 ->
                "{\"type\":\"vv_write\"" + head + ",\"key\":" + badKeys[rnd.nextInt(badKeys.length)] + ",\"value\":1}";
            case 1 ->
                "{\"type\":\"vv_write\"" + head + ",\"key\":" + key() + ",\"value\":1,\"context\":"
                        + badContexts[rnd.nextInt(badContexts.length)] + "}";
            case 2 -> "{\"type\":\"vv_read\"" + head + ",\"key\":" + badKeys[rnd.nextInt(badKeys.length)] + "}";
            case 3 ->
                "{\"type\":\"set_mode\"" + head + ",\"mode\":"
                        + new String[] {"\"crdt\"", "5", "null", "\"VV\""}[rnd.nextInt(4)] + "}";
            case 4 ->
                "{\"type\":\"kv_merge\"" + head + ",\"entries\":"
                        + new String[] {
                                    "[]",
                                    "\"x\"",
                                    "{\"k\":5}",
                                    "{\"k\":{\"value\":1}}",
                                    "{\"k\":{\"value\":1,\"ts\":\"1\"}}",
                                    "{\"k\":{\"value\":1,\"ts\":NaN}}",
                                    "{\"k1\":{\"value\":1,\"ts\":1},\"k2\":{\"ts\":2}}"
                                }
                                [rnd.nextInt(7)]
                        + "}";
            case 5 ->
                "{\"type\":" + new String[] {"7", "null", "[\"vv_read\"]", "{}"}[rnd.nextInt(4)] + head
                        + ",\"key\":\"k1\"}";
            case 6 ->
                "{\"type\":\"write\"" + head + ",\"key\":" + badKeys[rnd.nextInt(badKeys.length)] + ",\"value\":1}";
            default -> "{\"type\":\"kv_read\"" + head + ",\"key\":" + badKeys[rnd.nextInt(badKeys.length)] + "}";
        };
        return error(bad, body, "wrong-type");
    }

    private Line unknownType(String bad) {
        long id = nextMsgId++;
        String type = new String[] {"frobnicate", "VV_WRITE", "", "vv_write ", "read", "echo"}[rnd.nextInt(6)];
        return error(bad, "{\"type\":\"" + type + "\",\"msg_id\":" + id + ",\"key\":\"k1\"}", "unknown-type");
    }

    private Line missingField(String bad) {
        long id = nextMsgId++;
        String head = ",\"msg_id\":" + id;
        String body = switch (rnd.nextInt(7)) {
            case 0 -> "{\"type\":\"vv_write\"" + head + ",\"value\":1}";
            case 1 -> "{\"type\":\"vv_write\"" + head + ",\"key\":\"k1\"}";
            case 2 -> "{\"type\":\"vv_read\"" + head + "}";
            case 3 -> "{\"type\":\"set_mode\"" + head + "}";
            case 4 -> "{\"type\":\"kv_merge\"" + head + "}";
            case 5 -> "{\"msg_id\":" + id + ",\"key\":\"k1\"}";
            default -> "{\"type\":\"write\"" + head + ",\"key\":\"k1\"}";
        };
        return error(bad, body, "missing-field");
    }

    private Line deep(String bad) {
        long id = nextMsgId++;
        int depth = 600 + rnd.nextInt(3000);
        String open = rnd.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String nested = open.repeat(depth) + "1" + close.repeat(depth);
        return error(
                bad,
                "{\"type\":\"vv_write\",\"msg_id\":" + id + ",\"key\":" + key() + ",\"value\":" + nested + "}",
                "deep");
    }

    private Line hugeOverLimit(String bad) {
        long id = nextMsgId++;
        String big = "x".repeat(MAX_LINE + rnd.nextInt(300_000));
        return error(
                bad,
                "{\"type\":\"vv_write\",\"msg_id\":" + id + ",\"key\":" + key() + ",\"value\":\"" + big + "\"}",
                "huge-over-limit");
    }

    private Line hugeUnderLimit() {
        long id = nextMsgId++;
        String big = randomText(20).repeat(1 + rnd.nextInt(MAX_LINE / 200));
        String type = rnd.nextBoolean() ? "vv_write" : "write";
        return valid(
                client(),
                "{\"type\":\"" + type + "\",\"msg_id\":" + id + ",\"key\":" + HUGE_KEYS[rnd.nextInt(HUGE_KEYS.length)]
                        + ",\"value\":" + jsonString(big) + "}",
                "huge-under-limit");
    }

    private Line invalidUtf8(String bad) {
        long id = nextMsgId++;
        byte[][] junk = {
            {(byte) 0xC3, 0x28},
            {(byte) 0xFF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF}
        };
        String head =
                envelope(bad, "{\"type\":\"vv_write\",\"msg_id\":" + id + ",\"key\":" + key() + ",\"value\":\"ab");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8)); // without the envelope's }
        b.writeBytes(junk[rnd.nextInt(junk.length)]);
        b.writeBytes("cd\"}}".getBytes(StandardCharsets.UTF_8));
        return new Line(b.toByteArray(), Expect.ERROR, id, true, "invalid-utf8");
    }

    private Line cut(String bad) {
        String full = envelope(bad, validBody() + "}");
        long id = msgIdOf(full);
        int at = 1 + rnd.nextInt(full.length() - 1);
        String text = full.substring(0, at);
        int complete = full.indexOf("\"msg_id\":" + id + ",") + ("\"msg_id\":" + id + ",").length();
        return new Line(text.getBytes(StandardCharsets.UTF_8), Expect.CUT, id, at >= complete, "cut");
    }

    private Line trailingGarbage(String bad) {
        String full = envelope(bad, validBody() + "}") + new String[] {"}", " x", ",", "{}", " 1"}[rnd.nextInt(5)];
        return new Line(full.getBytes(StandardCharsets.UTF_8), Expect.ERROR, msgIdOf(full), true, "trailing-garbage");
    }

    private Line noSender(String bad) {
        long id = nextMsgId++;
        String text = switch (rnd.nextInt(10)) {
            case 0 -> "";
            case 1 -> "   \t ";
            case 2 -> "not json";
            case 3 -> "[1,2,3]";
            case 4 -> "{}";
            case 5 -> "{\"src\":\"" + bad + "\",\"dest\":\"n1\"}";
            case 6 -> "{\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":" + id + ",\"key\":\"k1\"}}";
            case 7 -> "{\"src\":\"" + bad + "\",\"dest\":\"n1\",\"body\":\"vv_read\"}";
            case 8 -> "[".repeat(50_000);
            default ->
                "{\"src\":7,\"dest\":\"n1\",\"body\":{\"type\":\"vv_read\",\"msg_id\":" + id + ",\"key\":\"k1\"}}";
        };
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(10) == 0) {
            bytes = new byte[] {(byte) 0xFE, (byte) 0xFF, 'x'};
        }
        return new Line(bytes, Expect.NOTHING, id, false, "no-sender");
    }
}
