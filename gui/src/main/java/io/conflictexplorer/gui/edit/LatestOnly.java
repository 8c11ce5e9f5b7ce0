package io.conflictexplorer.gui.edit;

import java.util.concurrent.Executor;

/**
 * Runs only the latest action it was given, once its scheduler gets to it: actions given in between
 * are dropped. A drag sends one preview per mouse event, and a preview (a full recompute) can take
 * longer than the events come; through this a fast drag skips the positions it has left behind
 * instead of lagging. In the app the scheduler is {@code Platform::runLater}, so the latest preview
 * runs after the mouse events already queued.
 */
final class LatestOnly {

    private final Executor scheduler;
    private Runnable pending;
    private boolean scheduled;

    LatestOnly(Executor scheduler) {
        this.scheduler = scheduler;
    }

    /** {@code action} replaces whatever is waiting, and runs when the scheduler runs. */
    void submit(Runnable action) {
        pending = action;
        if (!scheduled) {
            scheduled = true;
            scheduler.execute(this::flush);
        }
    }

    /** Runs what is waiting now (a release does not wait for the scheduler). */
    void flush() {
        scheduled = false;
        Runnable action = pending;
        pending = null;
        if (action != null) {
            action.run();
        }
    }

    /** Forgets what is waiting. */
    void drop() {
        pending = null;
    }
}
