package io.conflictexplorer.gui.run.model;

/**
 * Jumps through a long run: the next or previous chip carrying a {@link Mark}, among the chips a
 * {@link RunFilter} lets through, in time order. With no chip selected, "next" starts before the
 * first chip and "previous" after the last, so both find something when anything is marked.
 */
public final class RunNavigator {

    private final RunTimeline timeline;

    public RunNavigator(RunTimeline timeline) {
        this.timeline = timeline;
    }

    /** The first chip after {@code from} (-1: before the first) with {@code mark} passing {@code filter}, or -1. */
    public int next(Mark mark, int from, RunFilter filter) {
        for (int i = Math.max(-1, from) + 1; i < timeline.size(); i++) {
            if (timeline.has(i, mark) && timeline.accepts(filter, i)) {
                return i;
            }
        }
        return -1;
    }

    /** The last chip before {@code from} (-1: after the last) with {@code mark} passing {@code filter}, or -1. */
    public int previous(Mark mark, int from, RunFilter filter) {
        int start = from < 0 || from > timeline.size() ? timeline.size() : from;
        for (int i = start - 1; i >= 0; i--) {
            if (timeline.has(i, mark) && timeline.accepts(filter, i)) {
                return i;
            }
        }
        return -1;
    }
}
