package io.conflictexplorer.check.compare;

import io.conflictexplorer.check.compare.ReplyBody.ReadValue;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.store.Mode;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a node's replies with the replies core's rules give, and says each difference in plain
 * words ({@link Divergence}).
 *
 * <p>Rules. A reply answers the request whose sender it goes to and whose {@code msg_id} is its
 * {@code in_reply_to} (a request without {@code msg_id}: a reply without {@code in_reply_to});
 * several requests with the same sender and {@code msg_id} take such replies in order. A request
 * the rules answer and the node did not is {@link DivergenceKind#MISSING_REPLY}; a reply left over
 * is {@link DivergenceKind#UNEXPECTED_REPLY}. A matched reply is compared where the task fixes the
 * meaning: its type, an error's code (not its text), a {@code vc} as a map, the siblings of a read
 * as a multiset of (value, clock) and its {@code conflict} flag, a {@code kv_read}'s key, value
 * and {@code ts} (as numbers), a {@code kv_merge}'s {@code updated}. A {@code write_ok}'s
 * {@code ts} is the node's own time and is only required to be a number. One divergence per reply,
 * of the first kind that applies in the order values, clock, conflict; its sentence says all of
 * it. A reply that means the same in other bytes (key order, spacing, sibling order,
 * {@code msg_id}) is {@link DivergenceKind#FORMAT}, as a byte-exact grader would see it.
 *
 * <p>Order: by the request's line in the case, then the reply's line; replies that answer no
 * request last, by their line in the output. So the first divergence printed is the first request
 * the node got wrong.
 *
 * <p>Worked example: c1 and c2 each wrote {@code x} with an empty context ({@code a {c1: 1}},
 * {@code b {c2: 1}}); c1's {@code vv_read} of {@code x} at line 5 expects both values and
 * {@code conflict: true}. A node that answers {@code [b {c2: 1}]} with {@code conflict: false} gets
 * one {@link DivergenceKind#WRONG_VALUES}: "c1's read of x at line 5: expected 2 values (a {c1: 1},
 * b {c2: 1}), conflict true; your node returned b only: it dropped c1's concurrent write a
 * {c1: 1}".
 */
public final class ReplyComparison {

    private ReplyComparison() {}

    /**
     * Every difference between {@code replies} (what the node sent to clients, in output order) and
     * {@code exchanges} (the case's requests, in case order, with the rules' replies), ordered as
     * the class says.
     */
    public static List<Divergence> compare(List<Exchange> exchanges, List<ActualReply> replies) {
        Map<String, ArrayDeque<ActualReply>> byRequest = new HashMap<>();
        Map<String, Boolean> answerable = new HashMap<>();
        // loops, get and put, and StringBuilder, not lambdas and string "+": on the path of every
        // check, and their first use costs the check-node launcher's start-up (invokedynamic)
        for (ActualReply r : replies) {
            String key = replyKey(r.dest(), r.inReplyTo());
            ArrayDeque<ActualReply> queue = byRequest.get(key);
            if (queue == null) {
                queue = new ArrayDeque<>();
                byRequest.put(key, queue);
            }
            queue.add(r);
        }
        Writers writers = new Writers(exchanges);
        List<Divergence> out = new ArrayList<>();
        for (Exchange e : exchanges) {
            if (e.expected() == null) {
                continue;
            }
            RunRequest q = e.request();
            String key = replyKey(q.client(), q.msgId());
            answerable.put(key, Boolean.TRUE);
            ArrayDeque<ActualReply> queue = byRequest.get(key);
            ActualReply actual = queue == null ? null : queue.poll();
            if (actual == null) {
                out.add(new Divergence(
                        DivergenceKind.MISSING_REPLY,
                        q.line(),
                        0,
                        q.operationId(),
                        subject(q) + ": expected " + describe(e.expected()) + "; your node sent no reply"));
                continue;
            }
            Divergence d = compare(e, actual, writers);
            if (d != null) {
                out.add(d);
            }
        }
        for (ActualReply r : replies) {
            ArrayDeque<ActualReply> left = byRequest.get(replyKey(r.dest(), r.inReplyTo()));
            if (left != null && left.remove(r)) {
                boolean answered = answerable.containsKey(replyKey(r.dest(), r.inReplyTo()));
                out.add(new Divergence(
                        DivergenceKind.UNEXPECTED_REPLY,
                        0,
                        r.line(),
                        null,
                        "line " + r.line() + " of your node's output: it sent "
                                + r.body().type() + " to "
                                + r.dest() + (r.inReplyTo() == null ? "" : " in reply to " + r.inReplyTo())
                                + (answered
                                        ? ", but that request was answered already"
                                        : ", which answers no request of the case")));
            }
        }
        if (out.size() > 1) {
            out.sort(
                    Comparator.comparingInt((Divergence d) -> d.requestLine() > 0 ? d.requestLine() : Integer.MAX_VALUE)
                            .thenComparingInt(Divergence::replyLine));
        }
        return out;
    }

    private static String replyKey(String client, String msgId) {
        return new StringBuilder(client)
                .append('\u0000')
                .append(msgId == null ? "" : msgId)
                .toString();
    }

    /** One reply against the rules' reply for its request: a divergence, or null when they agree. */
    private static Divergence compare(Exchange e, ActualReply actual, Writers writers) {
        RunRequest q = e.request();
        ReplyBody want = e.expected();
        ReplyBody got = actual.body();
        Mismatch m = mismatch(q, want, got, writers);
        if (m != null) {
            return new Divergence(
                    m.kind,
                    q.line(),
                    actual.line(),
                    q.operationId(),
                    subject(q) + ": expected " + m.expected + "; " + m.got);
        }
        if (e.expectedText() != null && !e.expectedText().equals(actual.text())) {
            return new Divergence(
                    DivergenceKind.FORMAT,
                    q.line(),
                    actual.line(),
                    q.operationId(),
                    subject(q) + ": the reply means the same but its bytes differ "
                            + bytesDiffer(e.expectedText(), actual.text()));
        }
        return null;
    }

    /** What differs in meaning, with the sentence's two halves. */
    private record Mismatch(DivergenceKind kind, String expected, String got) {}

    private static Mismatch mismatch(RunRequest q, ReplyBody want, ReplyBody got, Writers writers) {
        if (!want.type().equals(got.type())) {
            return new Mismatch(DivergenceKind.WRONG_TYPE, describe(want), "your node returned " + describe(got));
        }
        if (got instanceof ReplyBody.Unreadable u) {
            return new Mismatch(
                    DivergenceKind.WRONG_VALUES, describe(want), "your node returned " + u.type() + ": " + u.why());
        }
        if (want instanceof ReplyBody.Refused w && got instanceof ReplyBody.Refused g) {
            return w.code() == g.code()
                    ? null
                    : new Mismatch(
                            DivergenceKind.WRONG_ERROR_CODE, describe(want), "your node returned " + describe(got));
        }
        if (want instanceof ReplyBody.VvWritten w && got instanceof ReplyBody.VvWritten g) {
            return w.vc().equals(g.vc())
                    ? null
                    : new Mismatch(
                            DivergenceKind.WRONG_CLOCK,
                            "vc " + w.vc(),
                            "your node returned vc " + g.vc() + ": the clock of a write is its context with "
                                    + q.client() + "'s counter one above the highest " + q.client()
                                    + " has in the context or in any value stored for the key");
        }
        if (want instanceof ReplyBody.VvValues w && got instanceof ReplyBody.VvValues g) {
            return readMismatch(q, w, g, writers);
        }
        if (want instanceof ReplyBody.KvValue w && got instanceof ReplyBody.KvValue g) {
            List<String> wrong = new ArrayList<>();
            if (!Objects.equals(w.key(), g.key())) {
                wrong.add("key " + show(g.key()) + " instead of " + show(w.key()));
            }
            if (!Objects.equals(w.value(), g.value())) {
                wrong.add("value " + show(g.value()) + " instead of " + show(w.value()));
            }
            if (!sameNumber(w.ts(), g.ts())) {
                wrong.add("ts " + g.ts() + " instead of " + w.ts());
            }
            return wrong.isEmpty()
                    ? null
                    : new Mismatch(
                            DivergenceKind.WRONG_VALUES,
                            describe(want),
                            "your node returned " + String.join(", ", wrong));
        }
        if (want instanceof ReplyBody.KvMerged w && got instanceof ReplyBody.KvMerged g) {
            return w.updated() == g.updated()
                    ? null
                    : new Mismatch(
                            DivergenceKind.WRONG_VALUES,
                            describe(want),
                            "your node returned updated " + g.updated()
                                    + ": updated counts the entries whose ts is greater than the stored one's");
        }
        return null; // Ack, KvWritten: the type is the whole meaning (a write_ok's ts is the node's time)
    }

    private static Mismatch readMismatch(
            RunRequest q, ReplyBody.VvValues want, ReplyBody.VvValues got, Writers writers) {
        List<ReadValue> missing = new ArrayList<>(want.values());
        List<ReadValue> extra = new ArrayList<>();
        for (ReadValue v : got.values()) {
            if (!missing.remove(v)) {
                extra.add(v);
            }
        }
        if (missing.isEmpty() && extra.isEmpty()) {
            if (want.conflict() == got.conflict()) {
                return null;
            }
            return new Mismatch(
                    DivergenceKind.WRONG_CONFLICT,
                    describe(want),
                    "your node returned the same values with conflict " + got.conflict()
                            + ": conflict is true exactly when" + " a read returns more than one value");
        }
        List<String> missingValues = new ArrayList<>();
        List<String> extraValues = new ArrayList<>();
        missing.forEach(v -> missingValues.add(v.value()));
        extra.forEach(v -> extraValues.add(v.value()));
        List<String> sortedMissing = new ArrayList<>(missingValues);
        List<String> sortedExtra = new ArrayList<>(extraValues);
        sortedMissing.sort(null);
        sortedExtra.sort(null);
        DivergenceKind kind =
                sortedMissing.equals(sortedExtra) ? DivergenceKind.WRONG_CLOCK : DivergenceKind.WRONG_VALUES;
        List<String> why = new ArrayList<>();
        for (ReadValue m : missing) {
            ReadValue sameValue = firstWithValue(extra, m.value());
            if (sameValue != null) {
                why.add(show(m.value()) + " has vc " + sameValue.vc() + " instead of " + m.vc());
                continue;
            }
            String writer = writers.of(q.key(), m.vc());
            boolean concurrent = want.values().stream().anyMatch(o -> o != m && o.vc().concurrentWith(m.vc()));
            why.add("it dropped " + (writer == null ? "the" : writer + "'s") + (concurrent ? " concurrent" : "")
                    + " write " + show(m.value()) + " " + m.vc());
        }
        for (ReadValue x : extra) {
            if (firstWithValue(missing, x.value()) != null) {
                continue; // said above, as a wrong clock
            }
            ReadValue newer = null;
            for (ReadValue w : want.values()) {
                if (w.vc().descends(x.vc()) && !w.vc().equals(x.vc())) {
                    newer = w;
                    break;
                }
            }
            if (newer != null) {
                why.add("it kept " + show(x.value()) + " " + x.vc() + ", which " + show(newer.value()) + " "
                        + newer.vc() + " supersedes (its clock descends " + x.vc() + ")");
            } else if (q.mode() == Mode.LWW && want.values().size() == 1) {
                ReadValue last = want.values().get(0);
                why.add("it kept " + show(x.value()) + " " + x.vc() + " beside " + show(last.value()) + " "
                        + last.vc() + ": in lww mode a write replaces every value of the key, so a read returns"
                        + " only the last one written");
            } else {
                why.add("it returned " + show(x.value()) + " " + x.vc() + ", which the rules do not keep");
            }
        }
        if (got.conflict() != (got.values().size() > 1)) {
            why.add("conflict " + got.conflict() + " with " + count(got.values().size())
                    + ": conflict is true exactly when a read returns more than one value");
        }
        String returned = extra.isEmpty() && !got.values().isEmpty() ? names(got.values()) + " only" : describe(got);
        return new Mismatch(kind, describe(want), "your node returned " + returned + ": " + String.join("; ", why));
    }

    private static ReadValue firstWithValue(List<ReadValue> values, String value) {
        for (ReadValue v : values) {
            if (v.value().equals(value)) {
                return v;
            }
        }
        return null;
    }

    /**
     * The writer of each value a vv_write's reply stamped, by key and clock: to name it in a
     * sentence. Made on first use, so a run that agrees never builds it.
     */
    private static final class Writers {
        private final List<Exchange> exchanges;
        private Map<String, String> byKeyAndClock;

        Writers(List<Exchange> exchanges) {
            this.exchanges = exchanges;
        }

        String of(String key, VersionVector vc) {
            if (byKeyAndClock == null) {
                byKeyAndClock = new HashMap<>();
                for (Exchange e : exchanges) {
                    if (e.expected() instanceof ReplyBody.VvWritten w) {
                        byKeyAndClock.putIfAbsent(
                                e.request().key() + '\u0000' + w.vc(),
                                e.request().client());
                    }
                }
            }
            return byKeyAndClock.get(key + '\u0000' + vc);
        }
    }

    /** {@code c2's read of x at line 9}: how every sentence names its request. */
    public static String subject(RunRequest q) {
        String what = switch (q.type()) {
            case "vv_read" -> "read of " + show(q.key());
            case "vv_write" -> "write of " + show(q.value()) + " to " + show(q.key());
            case "kv_read" -> "kv_read of " + show(q.key());
            case "write" -> "kv write of " + show(q.value()) + " to " + show(q.key());
            default -> q.type();
        };
        return q.client() + "'s " + what + " at line " + q.line();
    }

    /** A reply in words: {@code 2 values (a {c1: 1}, b {c2: 1}), conflict true}, {@code vc {c1: 1}}, ... */
    static String describe(ReplyBody body) {
        if (body instanceof ReplyBody.VvWritten w) {
            return "vc " + w.vc();
        }
        if (body instanceof ReplyBody.VvValues v) {
            return v.values().isEmpty()
                    ? "no value, conflict " + v.conflict()
                    : count(v.values().size()) + " (" + valuesWithClocks(v.values()) + "), conflict " + v.conflict();
        }
        if (body instanceof ReplyBody.KvValue v) {
            return "value " + show(v.value()) + " with ts " + v.ts();
        }
        if (body instanceof ReplyBody.KvMerged m) {
            return "updated " + m.updated();
        }
        if (body instanceof ReplyBody.Refused r) {
            return "error " + r.code() + codeName(r.code());
        }
        if (body instanceof ReplyBody.Unreadable u) {
            return u.type() + " (" + u.why() + ")";
        }
        return body.type(); // Ack, KvWritten: the type says it all
    }

    private static String count(int n) {
        return n == 1 ? "1 value" : n + " values";
    }

    private static String valuesWithClocks(List<ReadValue> values) {
        StringBuilder sb = new StringBuilder();
        for (ReadValue v : values) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(show(v.value())).append(' ').append(v.vc());
        }
        return sb.toString();
    }

    private static String names(List<ReadValue> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(show(v.value())));
        return out.size() <= 1
                ? String.join("", out)
                : String.join(", ", out.subList(0, out.size() - 1)) + " and " + out.get(out.size() - 1);
    }

    /** Maelstrom's name of an error code, in brackets, or nothing for a code it does not name. */
    static String codeName(int code) {
        String name = switch (code) {
            case 0 -> "timeout";
            case 1 -> "node not found";
            case 10 -> "not supported";
            case 11 -> "temporarily unavailable";
            case 12 -> "malformed request";
            case 13 -> "crash";
            case 14 -> "abort";
            case 20 -> "key does not exist";
            case 21 -> "key already exists";
            case 22 -> "precondition failed";
            case 30 -> "transaction conflict";
            default -> null;
        };
        return name == null ? "" : " (" + name + ")";
    }

    /**
     * JSON text as a sentence shows it: a string without escapes bare ({@code a}), anything else as
     * its JSON text ({@code 7}, {@code [1, 2]}); null as {@code nothing}.
     */
    static String show(String json) {
        if (json == null) {
            return "nothing";
        }
        if (json.length() >= 2
                && json.charAt(0) == '"'
                && json.charAt(json.length() - 1) == '"'
                && json.indexOf('\\') < 0) {
            String inner = json.substring(1, json.length() - 1);
            return inner.isEmpty() || inner.indexOf(' ') >= 0 && inner.length() > 20 ? json : inner;
        }
        return json;
    }

    /**
     * True when two JSON number texts are the same number to Python, whose reference defines a
     * {@code ts}: what {@code json.loads} reads from them compares equal. An integer (no fraction, no
     * exponent) is read exactly, anything else as the double it rounds to, and an integer equals a
     * double of the same exact value ({@code 7} and {@code 7.0}; {@code 5E9} and
     * {@code 5000000000.0}; {@code 1704067201.1234570001} and {@code 1704067201.123457}).
     */
    static boolean sameNumber(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        try {
            boolean intA = integral(a);
            boolean intB = integral(b);
            if (intA && intB) {
                return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
            }
            if (!intA && !intB) {
                return Double.parseDouble(a) == Double.parseDouble(b);
            }
            double d = Double.parseDouble(intA ? b : a);
            return Double.isFinite(d) && new BigDecimal(d).compareTo(new BigDecimal(intA ? a : b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean integral(String number) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c != '-' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Where two lines first differ: the column and a few characters of each from there. */
    static String bytesDiffer(String expected, String actual) {
        int i = 0;
        int n = Math.min(expected.length(), actual.length());
        while (i < n && expected.charAt(i) == actual.charAt(i)) {
            i++;
        }
        return "from column " + (i + 1) + ": expected " + excerpt(expected, i) + ", your node printed "
                + excerpt(actual, i);
    }

    private static String excerpt(String s, int from) {
        if (from >= s.length()) {
            return "the end of the line";
        }
        int end = Math.min(s.length(), from + 30);
        return "`" + s.substring(from, end) + (end < s.length() ? "..." : "") + "`";
    }
}
