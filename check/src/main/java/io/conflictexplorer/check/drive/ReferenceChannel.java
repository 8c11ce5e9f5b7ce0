package io.conflictexplorer.check.drive;

import io.conflictexplorer.check.run.ReferenceRun;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The rules' node in-process ({@link ReferenceRun}: this project's node, which holds no rule of its
 * own, only core's store) behind the same channel as a started node: what a grader case's
 * {@code .out} is made from. Every line it prints is there at once; it never waits.
 */
final class ReferenceChannel implements NodeChannel {

    private final ReferenceRun reference = new ReferenceRun();
    private final Deque<String> printed = new ArrayDeque<>();
    private long lines;

    @Override
    public void send(String line) {
        printed.addAll(reference.feed(line, ++lines));
    }

    @Override
    public NodeOutput receive(Duration limit) {
        String next = printed.poll();
        return next == null
                ? new NodeOutput.Silent()
                : new NodeOutput.Line(next.getBytes(StandardCharsets.UTF_8), false);
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
