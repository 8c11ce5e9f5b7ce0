package io.conflictexplorer.check.drive;

import java.time.Duration;
import java.util.Objects;

/**
 * How a node's run ended: it answered every request, or the clients had to stop. Every case but
 * {@link Completed} is the node's fault and says so in one sentence; a request it left unanswered
 * is also a missing reply among the divergences. (A run the user cancels ends with no result: its
 * job completes with a {@link java.util.concurrent.CancellationException}.)
 */
public sealed interface RunEnd {

    /** The sentence for the user, or an empty one for a run that completed. */
    String sentence();

    /** True when the node was at fault: it could not be started, exited, hung or wrote garbage. */
    default boolean nodeFailed() {
        return !(this instanceof Completed);
    }

    /** Every request was sent and answered. */
    record Completed() implements RunEnd {
        @Override
        public String sentence() {
            return "";
        }
    }

    /**
     * The node never answered {@code init}: it could not be started, exited before its first
     * reply, or said nothing within the time limit.
     *
     * @param why for example {@code it exited with status 127 before it answered init}
     */
    record NotStarted(String why) implements RunEnd {
        public NotStarted {
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String sentence() {
            return "your node could not be started: " + why;
        }
    }

    /**
     * The node's stdout ended while a request waited for its reply.
     *
     * @param status  its exit status, or null when it closed its stdout without exiting
     * @param request the request that waited, as sentences name it ({@code c1's read of x at line 5})
     */
    record Exited(Integer status, String request) implements RunEnd {
        @Override
        public String sentence() {
            return (status == null ? "your node closed its output" : "your node exited with status " + status)
                    + " while " + request + " waited for its reply";
        }
    }

    /** No reply to {@code request} within {@code limit}; the node was stopped. */
    record Silent(Duration limit, String request) implements RunEnd {
        @Override
        public String sentence() {
            return "your node sent no reply to " + request + " within " + seconds(limit)
                    + "; it was stopped (a node answers every request, and flushes its stdout after each line)";
        }
    }

    /**
     * A line of the node's output that is not a message: not JSON, or JSON without
     * {@code src}, {@code dest} and a {@code body} object.
     *
     * @param replyLine the line in the node's output, from 1
     * @param text      the line as printed (its start, for a long one)
     * @param why       what it is instead ({@code not JSON: ...})
     */
    record Garbage(int replyLine, String text, String why) implements RunEnd {
        @Override
        public String sentence() {
            return "line " + replyLine + " of your node's output is " + why + ": `" + excerpt(text)
                    + "`; a node writes only messages on stdout, one JSON object a line (logs go to stderr)";
        }
    }

    /**
     * A message that is not the reply the waiting client expects: another {@code in_reply_to}, or
     * sent to someone else.
     *
     * @param replyLine the line in the node's output, from 1
     * @param got       what it answers, in words ({@code msg_id 4 of c1}, {@code no request})
     * @param request   the request that waited ({@code c1's read of x at line 5})
     * @param msgId     that request's {@code msg_id}
     */
    record Misaddressed(int replyLine, String got, String request, long msgId) implements RunEnd {
        @Override
        public String sentence() {
            return "line " + replyLine + " of your node's output answers " + got + ", but " + request
                    + " (msg_id " + msgId + ") waited for its reply: a reply goes to the request's src, with"
                    + " in_reply_to set to its msg_id";
        }
    }

    /** {@code 5 s}, {@code 0.5 s}. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms / 1000.0 + " s";
    }

    private static String excerpt(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
