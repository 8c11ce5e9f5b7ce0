package io.conflictexplorer.gui.lesson.view.diagram;

/**
 * How Presenter's diagram makes itself narrower where a step's story is wider than the projector
 * (the fit's choice, {@code PresenterFit}): not at all; its quiet ticks take half a tick ({@link
 * IdleTicks}); or that, and its chips put a line of two parts on two lines, in lanes a line taller
 * (which costs height).
 */
public enum Narrowing {
    NONE,
    QUIET_TICKS,
    QUIET_TICKS_AND_SPLIT_LINES;

    boolean quietTicks() {
        return this != NONE;
    }

    boolean splitLines() {
        return this == QUIET_TICKS_AND_SPLIT_LINES;
    }
}
