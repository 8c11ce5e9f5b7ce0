package io.conflictexplorer.check.run;

import io.conflictexplorer.core.store.Mode;

/**
 * Something in a run that is not an operation of its scenario but belongs on the time axis. One case
 * per kind.
 */
public sealed interface RunMarker {

    /** Where on the scenario's time axis it stands. */
    long time();

    /** What it says, in plain words. */
    String text();

    /**
     * A {@code set_mode} the node accepted: from here on the node's replies follow {@code mode}. The
     * diagram still shows both modes side by side; the marker says which one the node answered in.
     *
     * @param line   the request's line in the case
     * @param client who asked for it
     */
    record ModeChange(long time, int line, String client, Mode mode) implements RunMarker {
        @Override
        public String text() {
            return client + " set the mode to " + mode.wireName() + " (line " + line + ")";
        }
    }
}
