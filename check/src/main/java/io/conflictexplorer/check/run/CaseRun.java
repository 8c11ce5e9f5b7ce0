package io.conflictexplorer.check.run;

import io.conflictexplorer.check.compare.ActualReply;
import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.Exchange;
import io.conflictexplorer.check.compare.ReplyBody;
import io.conflictexplorer.check.compare.ReplyComparison;
import io.conflictexplorer.check.compare.RunRequest;
import io.conflictexplorer.check.transcript.Envelope;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.check.transcript.ReplyReader;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.check.transcript.TranscriptFile;
import io.conflictexplorer.check.transcript.TranscriptFile.Line;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case (its requests), and optionally a node's replies to it, opened as a run: the rules' replies
 * from {@link ReferenceRun}, the scenario the requests make, and the comparison ({@code check.compare}).
 *
 * <p>The scenario: one lane per client ({@code src}), in order of its first operation; one tick per
 * line of the case (an operation's time is its line number, so the line of any chip is its time). A
 * request becomes an operation only when the rules accept it (a refused request changes nothing; a
 * {@code kv_read} answered with error 20 is a read that found nothing):
 * {@code vv_write} a write with its context as given ({@code {}} or absent: the empty clock),
 * {@code vv_read} a read, the preceding task's {@code write} a blind write and {@code kv_read} a
 * read of the key-value store, whose keys are shown as {@code kv/KEY} because that store is apart
 * from the {@code vv_*} store, and {@code kv_merge} one blind write per entry. An accepted
 * {@code set_mode} is a {@link RunMarker.ModeChange}. A key is shown as its string (its JSON text
 * when that could be read as another key: empty, or starting with a digit, {@code -} or a quote),
 * an integer key as its digits; a string value as it is, any other value as its JSON text.
 */
final class CaseRun {

    /** The request types the rules know. */
    private static final Set<String> KNOWN =
            Set.of("init", "set_mode", "vv_write", "vv_read", "write", "kv_read", "kv_merge", "vv_gossip");

    /** The key-value store's keys on the diagram: apart from the vv_* store's. */
    static final String KV_PREFIX = "kv/";

    private CaseRun() {}

    /**
     * Opens {@code kase}, compared with {@code replies} when not null.
     *
     * @throws RunFileException when no line of the case is a message: there is nothing to draw
     */
    static OpenedRun open(TranscriptFile kase, TranscriptFile replies) throws RunFileException {
        List<LineProblem> problems = new ArrayList<>();
        List<ActualReply> sent = replies == null ? List.of() : sent(replies, problems);
        // the node's first reply to each request, in the order core matches them: its time for a
        // write, and its text, shared with the rules' reply when they are the same bytes
        Map<String, ArrayDeque<ActualReply>> byRequest = new HashMap<>();
        for (ActualReply r : sent) {
            String key = r.dest() + '\u0000' + r.inReplyTo();
            ArrayDeque<ActualReply> queue = byRequest.get(key);
            if (queue == null) { // not computeIfAbsent: a lambda's first use costs start-up
                queue = new ArrayDeque<>();
                byRequest.put(key, queue);
            }
            queue.add(r);
        }
        Set<String> peers = new HashSet<>();
        Map<String, String> refToActualTs = new HashMap<>();
        ReferenceRun reference = new ReferenceRun();
        String file = kase.name();
        RunIndex.Builder index = RunIndex.builder();
        List<Operation> operations = new ArrayList<>();
        Set<String> clients = new LinkedHashSet<>();
        List<RunMarker> markers = new ArrayList<>();
        List<Exchange> exchanges = new ArrayList<>();
        int messages = 0;
        Mode mode = Mode.LWW; // the node's mode before any set_mode
        for (Line line : kase.lines()) {
            Json json = kase.json(line);
            Envelope env = json == null ? null : Envelope.of(json);
            if (json == null) {
                problems.add(kase.problem(line, kase.why(line)));
            } else if (env == null) {
                problems.add(kase.problem(line, Envelope.whyNot(json)));
            } else if (env.type() == null) {
                problems.add(kase.problem(line, "not a request: its body has no \"type\" string"));
            } else if (!env.isReply() && !KNOWN.contains(env.type())) {
                problems.add(kase.problem(line, "a request the rules do not know: type \"" + env.type() + "\""));
            } else if ("init".equals(env.type()) && env.body().get("node_ids") instanceof Json.Arr ids) {
                for (Json id : ids.items()) {
                    if (id instanceof Json.Str s && !s.value().equals(env.dest())) {
                        peers.add(s.value());
                    }
                }
            }
            messages += env == null ? 0 : 1;
            ActualReply actual = null;
            if (env != null && !env.isReply()) {
                ArrayDeque<ActualReply> q = byRequest.get(env.src() + '\u0000' + env.msgId());
                actual = q == null ? null : q.poll();
            }
            String actualTs =
                    actual != null && "write".equals(env.type()) && actual.body() instanceof ReplyBody.KvWritten w
                            ? w.ts()
                            : null;
            Envelope reply = null;
            String replyText = null;
            for (String out : reference.feed(kase, line, actualTs == null ? null : micros(actualTs))) {
                Envelope o = parse(out);
                if (o != null && answers(o, env)) {
                    reply = o;
                    replyText = out;
                    break;
                }
            }
            if (reply == null) {
                continue; // the rules give no reply (gossip, a reply, a line with no sender)
            }
            ReplyBody expected = ReplyReader.read(reply.body());
            if (expected instanceof ReplyBody.KvWritten w && actualTs != null) {
                refToActualTs.put(w.ts(), actualTs);
                replyText = replaceTs(replyText, w.ts(), actualTs);
                expected = new ReplyBody.KvWritten(actualTs);
            } else if (expected instanceof ReplyBody.KvValue v && refToActualTs.containsKey(v.ts())) {
                String ts = refToActualTs.get(v.ts());
                replyText = replaceTs(replyText, v.ts(), ts);
                expected = new ReplyBody.KvValue(v.key(), v.value(), ts);
            }
            if (actual != null && actual.text().equals(replyText)) {
                replyText = actual.text(); // one string for both: a long run keeps each reply's text once
            }
            String operationId = null;
            if (env != null && accepted(env, expected) && !env.src().isBlank()) {
                RunSource source = new RunSource(file, line.number(), env.msgId(), kase.text(line));
                operationId = operations(env, "L" + line.number(), line.number(), null, source, operations, index);
                if (operationId != null) {
                    clients.add(env.src());
                }
                if ("set_mode".equals(env.type()) && env.body().get("mode") instanceof Json.Str m) {
                    markers.add(
                            new RunMarker.ModeChange(line.number(), line.number(), env.src(), Mode.parse(m.value())));
                }
            }
            RunRequest request = env != null
                    ? new RunRequest(
                            line.number(),
                            env.src(),
                            env.msgId(),
                            env.type() == null ? "request" : env.type(),
                            env.text("key"),
                            env.text("value"),
                            operationId,
                            mode)
                    : new RunRequest(
                            line.number(), reply.dest(), reply.inReplyTo(), "unreadable request", null, null, null);
            exchanges.add(new Exchange(request, expected, replyText));
            if (env != null
                    && "set_mode".equals(env.type())
                    && accepted(env, expected)
                    && env.body().get("mode") instanceof Json.Str m) {
                mode = Mode.parse(m.value()); // later requests come to the node in this mode
            }
        }
        if (messages == 0) {
            throw new RunFileException("nothing in " + file + " is a message: "
                    + (problems.isEmpty() ? "it has no line" : problems.get(0).toString()));
        }
        List<ActualReply> actual = new ArrayList<>(sent.size());
        for (ActualReply r : sent) {
            if (r.inReplyTo() != null || !peers.contains(r.dest())) {
                actual.add(r); // the rest is the node's own gossip to a peer: not a reply
            }
        }
        List<Divergence> divergences = replies == null ? List.of() : ReplyComparison.compare(exchanges, actual);
        String title = replies == null ? file : file + " with " + replies.name();
        Scenario scenario =
                new Scenario(title, narration(replies != null, divergences), new ArrayList<>(clients), operations);
        return new OpenedRun(title, scenario, index.build(), divergences, problems, markers, replies != null);
    }

    /** Every message in a node's output that has a {@code dest}, in output order. */
    private static List<ActualReply> sent(TranscriptFile replies, List<LineProblem> problems) {
        List<ActualReply> out = new ArrayList<>(replies.lines().size());
        for (Line line : replies.lines()) {
            Json json = replies.json(line);
            if (json == null) {
                problems.add(replies.problem(line, replies.why(line)));
                continue;
            }
            Envelope env = Envelope.of(json);
            if (env == null || env.dest() == null) {
                problems.add(replies.problem(
                        line, env == null ? Envelope.whyNot(json) : "not a message: it has no \"dest\" string"));
                continue;
            }
            out.add(new ActualReply(
                    line.number(), env.dest(), env.inReplyTo(), ReplyReader.read(env.body()), replies.text(line)));
        }
        return out;
    }

    /**
     * True when the rules took the request: any reply but an error, and a kv_read answered "key does
     * not exist" (error 20), which is a read that found nothing.
     */
    static boolean accepted(Envelope env, ReplyBody expected) {
        return !(expected instanceof ReplyBody.Refused r) || r.code() == 20 && "kv_read".equals(env.type());
    }

    private static String narration(boolean compared, List<Divergence> divergences) {
        if (!compared) {
            return "A test case's requests, run through core's rules.";
        }
        int wrong = 0;
        for (Divergence d : divergences) {
            wrong += d.kind().semantic() ? 1 : 0;
        }
        return wrong == 0
                ? "The node's replies agree with core's rules."
                : "The node's replies differ from core's rules in " + wrong + (wrong == 1 ? " place." : " places.");
    }

    /**
     * Adds the operations {@code env} (a request the rules accepted) makes, as {@code id} at
     * {@code time} on {@code replica} (null: the only store), and returns the id of the first, or
     * null when it makes none. A kv_merge's entries are {@code id.1}, {@code id.2}, ...
     */
    static String operations(
            Envelope env,
            String id,
            long time,
            String replica,
            RunSource source,
            List<Operation> operations,
            RunIndex.Builder index) {
        Operation op;
        switch (env.type()) {
            case "vv_write": {
                Json ctx = env.body().get("context");
                VersionVector context = ctx == null ? VersionVector.empty() : ReplyReader.clock(ctx);
                if (context == null) {
                    return null;
                }
                WriteValue value = WriteValue.literal(value(env.body().get("value")));
                op = new Operation.Write(
                        id, env.src(), time, key(env.body().get("key")), value, false, replica, context);
                break;
            }
            case "vv_read":
                op = new Operation.Read(id, env.src(), time, key(env.body().get("key")), replica);
                break;
            case "write":
                op = new Operation.Write(
                        id,
                        env.src(),
                        time,
                        KV_PREFIX + key(env.body().get("key")),
                        value(env.body().get("value")),
                        true,
                        replica);
                break;
            case "kv_read":
                op = new Operation.Read(
                        id, env.src(), time, KV_PREFIX + key(env.body().get("key")), replica);
                break;
            case "kv_merge": {
                if (!(env.body().get("entries") instanceof Json.Obj entries)
                        || entries.members().isEmpty()) {
                    return null;
                }
                boolean integerKeys = env.body().get("integer_keys") instanceof Json.Bool b && b.value();
                int n = 0;
                for (Map.Entry<String, Json> e : entries.members().entrySet()) {
                    Json value = e.getValue() instanceof Json.Obj o ? o.get("value") : null;
                    String entryId = id + "." + ++n;
                    String key = integerKeys ? e.getKey() : key(new Json.Str(e.getKey()));
                    operations.add(new Operation.Write(
                            entryId, env.src(), time, KV_PREFIX + key, value(value), true, replica));
                    index.add(entryId, source);
                }
                return id + ".1";
            }
            default:
                return null;
        }
        operations.add(op);
        index.add(id, source);
        return id;
    }

    /** A key as the diagram shows it (see the class rules). */
    static String key(Json key) {
        if (key instanceof Json.Str s) {
            String v = s.value();
            boolean ambiguous = v.isEmpty()
                    || v.charAt(0) == '"'
                    || v.charAt(0) == '-'
                    || (v.charAt(0) >= '0' && v.charAt(0) <= '9');
            return ambiguous ? JsonWriter.write(key) : v;
        }
        return key == null ? "?" : JsonWriter.write(key);
    }

    /** A value as the diagram shows it: a string as it is (its JSON text when empty), else its JSON text. */
    static String value(Json value) {
        if (value instanceof Json.Str s && !s.value().isEmpty()) {
            return s.value();
        }
        return value == null ? "null" : JsonWriter.write(value);
    }

    /** True when {@code out} (printed by the reference) is the reply to the case line {@code env}. */
    private static boolean answers(Envelope out, Envelope env) {
        if (env == null) {
            return "error".equals(out.type()); // a line with a readable sender: error 12
        }
        String inReplyTo = out.inReplyTo();
        return env.src().equals(out.dest())
                && (inReplyTo == null
                        ? env.msgId() == null && !"vv_gossip".equals(out.type()) && !"kv_merge".equals(out.type())
                        : inReplyTo.equals(env.msgId()));
    }

    private static Envelope parse(String line) {
        try {
            return Envelope.of(JsonParser.parse(line, Integer.MAX_VALUE));
        } catch (JsonException e) {
            return null;
        }
    }

    /** {@code ts} seconds (JSON number text) in microseconds, or null when it is not a number. */
    static Long micros(String ts) {
        try {
            // scaleByPowerOfTen, and the magnitude checked before rounding: a ts of 2e9999999 or
            // 5e-9999999 is otherwise written out in ten million digits (minutes for one reply)
            BigDecimal us = new BigDecimal(ts).scaleByPowerOfTen(6);
            int digits = us.precision() - us.scale(); // before the decimal point
            if (digits > 19) {
                return null;
            }
            if (digits <= 0) { // below 1: 0, or 1 when above one half (half-even)
                return us.abs().compareTo(new BigDecimal("0.5")) > 0 ? (long) us.signum() : 0L;
            }
            return us.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** {@code text} with its {@code "ts": FROM} made {@code "ts": TO}. */
    private static String replaceTs(String text, String from, String to) {
        return text.replace("\"ts\": " + from + ",", "\"ts\": " + to + ",");
    }
}
