package io.conflictexplorer.check.drive;

import java.nio.charset.StandardCharsets;

/** What a node did next on its stdout, as a client waiting for a reply sees it. */
sealed interface NodeOutput {

    /** One line it printed, without its line break ({@code cut}: longer than a client reads, cut). */
    record Line(byte[] bytes, boolean cut) implements NodeOutput {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Nothing within the time limit. */
    record Silent() implements NodeOutput {}

    /** Its stdout ended: it exited (with {@code status}, or null when it has not exited yet). */
    record Closed(Integer status) implements NodeOutput {}
}
