package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.compare.ReplyBody;
import io.conflictexplorer.check.compare.ReplyComparison;
import io.conflictexplorer.check.compare.RunRequest;
import io.conflictexplorer.check.transcript.Envelope;
import io.conflictexplorer.check.transcript.ReplyReader;
import io.conflictexplorer.core.clock.VersionVector;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonException;
import io.conflictexplorer.node.json.JsonParser;
import io.conflictexplorer.node.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Plays a scenario's clients against a node in one mode, one request at a time: {@code init} (this
 * node alone in {@code node_ids}), {@code set_mode}, then each operation in the scenario's time
 * order (equal times in scenario order, as the simulator applies them) as a {@code vv_read} or a
 * {@code vv_write} whose value and context come from what the node answered that client before
 * ({@link ClientMemory}), and last a final read of each key the scenario uses, in order of first
 * use, by the test's own client {@code c0}: what the store holds at the end, as the app's panels
 * show it (a read changes nothing, so it changes no other reply). Each request waits for its reply
 * before the next one is sent, so every reply a later request depends on has been read.
 *
 * <p>Rules for a reply: the next line the node prints must be a message (JSON with {@code src},
 * {@code dest} and a {@code body} object) sent to the waiting client with {@code in_reply_to} equal
 * to its {@code msg_id}, and it must come within the time limit. Anything else ends the run at once
 * with a {@link RunEnd} that says what happened; a reply whose body is wrong is only compared later
 * (the comparison's sentence says why), except that a read's client then remembers nothing from it.
 * A node that ends before answering {@code init} could not be started. {@code msg_id}s count from 1
 * over the whole run, as in the task's cases.
 */
final class ScenarioDriver {

    private final NodeChannel node;
    private final Duration limit;
    private final CancelToken cancel;
    private final Runnable answered;
    private final ClientMemory memory = new ClientMemory();
    private final ByteArrayOutputStream requests = new ByteArrayOutputStream();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private final List<SentOperation> sent = new ArrayList<>();
    private int line;
    private int replyLines;
    private long msgId;
    /** The reply the last exchange got, and its line as printed; null when it got none. */
    private Envelope reply;

    private String replyText;

    private ScenarioDriver(NodeChannel node, Duration limit, CancelToken cancel, Runnable answered) {
        this.node = node;
        this.limit = limit;
        this.cancel = cancel;
        this.answered = answered;
    }

    /**
     * Runs {@code scenario}'s operations in {@code mode} against {@code node}, calling
     * {@code answered} after each reply.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancel} was set
     */
    static DrivenRun drive(
            Scenario scenario, Mode mode, NodeChannel node, Duration limit, CancelToken cancel, Runnable answered)
            throws InterruptedException {
        return new ScenarioDriver(node, limit, cancel, answered).run(scenario, mode);
    }

    /** The scenario's operations in the order they reach the store. */
    static List<Operation> inTimeOrder(Scenario scenario) {
        List<Operation> ops = new ArrayList<>(scenario.operations());
        ops.sort(Comparator.comparingLong(Operation::time)); // stable: equal times keep scenario order
        return ops;
    }

    private DrivenRun run(Scenario scenario, Mode mode) throws InterruptedException {
        List<Operation> ops = inTimeOrder(scenario);
        RunEnd end = exchange(RequestLines.init(++msgId), RequestLines.ADMIN, "init", null, null);
        if (end instanceof RunEnd.Exited e) {
            end = new RunEnd.NotStarted(
                    (e.status() == null ? "it closed its output" : "it exited with status " + e.status())
                            + " before it answered init");
        } else if (end instanceof RunEnd.Silent) {
            end = new RunEnd.NotStarted("it did not answer init within " + RunEnd.seconds(limit));
        }
        if (end == null) {
            end = exchange(RequestLines.setMode(++msgId, mode), RequestLines.ADMIN, "set_mode", null, null);
        }
        int next = 0;
        while (end == null && next < ops.size()) {
            end = operation(ops.get(next++));
        }
        for (String key : keys(ops)) {
            if (end != null) {
                break;
            }
            String request = RequestLines.read(RequestLines.ADMIN, ++msgId, key);
            end = exchange(request, RequestLines.ADMIN, "vv_read", key, null);
            sent.add(new SentOperation(
                    null,
                    key,
                    line,
                    request,
                    reply == null ? null : replyText,
                    reply == null ? null : ReplyReader.read(reply.body())));
        }
        if (end == null) {
            end = new RunEnd.Completed();
        }
        return new DrivenRun(
                mode,
                requests.toByteArray(),
                replies.toByteArray(),
                List.copyOf(sent),
                ops.size() - next,
                end,
                node.stderr());
    }

    /** The keys of {@code ops}, in order of first use. */
    static List<String> keys(List<Operation> ops) {
        Set<String> keys = new LinkedHashSet<>();
        for (Operation op : ops) {
            keys.add(op.key());
        }
        return new ArrayList<>(keys);
    }

    /** Sends one operation and reads its reply; null when the run goes on. */
    private RunEnd operation(Operation op) throws InterruptedException {
        String client = op.client();
        String request;
        String type;
        String value = null;
        if (op instanceof Operation.Write w) {
            VersionVector context = memory.contextOf(w);
            value = memory.valueOf(w);
            request = RequestLines.write(client, ++msgId, w.key(), value, context);
            type = "vv_write";
        } else {
            request = RequestLines.read(client, ++msgId, op.key());
            type = "vv_read";
        }
        RunEnd end = exchange(request, client, type, op.key(), value);
        ReplyBody answer = reply == null ? null : ReplyReader.read(reply.body());
        sent.add(new SentOperation(op.id(), op.key(), line, request, reply == null ? null : replyText, answer));
        if (answer instanceof ReplyBody.VvValues v && op instanceof Operation.Read) {
            List<String> values = new ArrayList<>();
            List<VersionVector> clocks = new ArrayList<>();
            for (ReplyBody.ReadValue rv : v.values()) {
                values.add(plain(rv.value()));
                clocks.add(rv.vc());
            }
            memory.read(client, op.key(), values, clocks);
        }
        return end;
    }

    /** A value's JSON text as a client uses it: a string as itself, anything else as its text. */
    private static String plain(String json) {
        try {
            return JsonParser.parse(json, 64) instanceof Json.Str s ? s.value() : json;
        } catch (JsonException e) {
            return json;
        }
    }

    /**
     * Sends {@code request} and reads the next line of the node's output as its reply; null when
     * that is the reply (in {@link #reply}), else how the run ends.
     */
    private RunEnd exchange(String request, String client, String type, String key, String value)
            throws InterruptedException {
        cancel.check();
        reply = null;
        line++;
        requests.writeBytes((request + "\n").getBytes(StandardCharsets.UTF_8));
        String subject = ReplyComparison.subject(new RunRequest(
                line,
                client,
                Long.toString(msgId),
                type,
                key == null ? null : JsonWriter.quote(key),
                value == null ? null : JsonWriter.quote(value),
                null));
        try {
            node.send(request);
        } catch (IOException e) {
            cancel.check();
            NodeOutput out = node.receive(Duration.ofMillis(200)); // the lines it printed before it went
            if (!(out instanceof NodeOutput.Line)) {
                return new RunEnd.Exited(out instanceof NodeOutput.Closed c ? c.status() : null, subject);
            }
            return read((NodeOutput.Line) out, client, subject);
        }
        NodeOutput out = node.receive(limit);
        cancel.check();
        if (out instanceof NodeOutput.Silent) {
            node.kill();
            return new RunEnd.Silent(limit, subject);
        }
        if (out instanceof NodeOutput.Closed c) {
            return new RunEnd.Exited(c.status(), subject);
        }
        return read((NodeOutput.Line) out, client, subject);
    }

    /** Takes {@code out} as the reply to {@code msgId} of {@code client}; null when it is that. */
    private RunEnd read(NodeOutput.Line out, String client, String subject) {
        replyLines++;
        replies.writeBytes(out.bytes());
        replies.write('\n');
        String text = out.text();
        if (out.cut()) {
            return new RunEnd.Garbage(replyLines, text, "longer than " + NodeProcess.MAX_LINE + " bytes");
        }
        Json json;
        try {
            json = JsonParser.parse(out.bytes(), 0, out.bytes().length, 512);
        } catch (JsonException e) {
            return new RunEnd.Garbage(replyLines, text, "not JSON (" + e.getMessage() + ")");
        }
        Envelope env = Envelope.of(json);
        if (env == null || env.dest() == null) {
            return new RunEnd.Garbage(
                    replyLines, text, env == null ? Envelope.whyNot(json) : "not a message: it has no \"dest\" string");
        }
        String want = Long.toString(msgId);
        if (!client.equals(env.dest()) || !want.equals(env.inReplyTo())) {
            String got = env.inReplyTo() == null
                    ? "no request (it has no in_reply_to; it goes to " + env.dest() + ")"
                    : "msg_id " + env.inReplyTo() + " of " + env.dest();
            return new RunEnd.Misaddressed(replyLines, got, subject, msgId);
        }
        answered.run();
        reply = env;
        replyText = text;
        return null;
    }
}
