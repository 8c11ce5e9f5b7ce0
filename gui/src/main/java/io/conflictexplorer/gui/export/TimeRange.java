package io.conflictexplorer.gui.export;

/**
 * The ticks a figure shows: {@code from} (included) to {@code to} (excluded). A figure over a
 * range leaves out what happens outside it, so a slide can zoom on the part a lesson is about.
 */
public record TimeRange(long from, long to) {

    public TimeRange {
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("a time range needs 0 <= from < to, not " + from + " to " + to);
        }
    }

    public boolean contains(long t) {
        return t >= from && t < to;
    }
}
