package io.conflictexplorer.check.drive;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

/**
 * A node for the driver's tests, in-process: the rules' node answers each request, and a script may
 * replace the answer to request {@code n} (1-based) with other output, nothing (silence), or the end
 * of the output.
 */
final class ScriptedNode implements NodeChannel {

    /** What request {@code n} gets instead of the rules' reply: lines, or null to keep it. */
    private final Function<Integer, List<String>> script;

    private final ReferenceChannel rules = new ReferenceChannel();
    private final Deque<NodeOutput> out = new ArrayDeque<>();
    final List<String> received = new ArrayList<>();
    private boolean ended;

    /** Silence: no line, the run waits until its time limit. */
    static final List<String> SILENT = List.of("<silent>");

    /** The end of the output, as when the node exits. */
    static final List<String> EXIT = List.of("<exit>");

    ScriptedNode(Function<Integer, List<String>> script) {
        this.script = script;
    }

    @Override
    public void send(String line) {
        received.add(line);
        rules.send(line);
        List<String> instead = script.apply(received.size());
        NodeOutput reply = rules.receive(Duration.ZERO);
        if (instead == null) {
            out.add(reply);
        } else if (instead == EXIT) {
            ended = true;
            out.add(new NodeOutput.Closed(3));
        } else if (instead != SILENT) {
            for (String l : instead) {
                out.add(new NodeOutput.Line(l.getBytes(StandardCharsets.UTF_8), false));
            }
        }
    }

    @Override
    public NodeOutput receive(Duration limit) {
        NodeOutput next = out.poll();
        if (next == null) {
            return ended ? new NodeOutput.Closed(3) : new NodeOutput.Silent();
        }
        return next;
    }

    @Override
    public String stderr() {
        return "";
    }

    @Override
    public void close() {}

    @Override
    public void kill() {}
}
