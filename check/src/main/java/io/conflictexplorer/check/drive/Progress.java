package io.conflictexplorer.check.drive;

/**
 * How far a run or a search has come, for a progress bar: {@code done} of {@code total} steps, and
 * what it is doing in words ({@code vv run: 12 of 20 requests answered}).
 */
public record Progress(String what, long done, long total) {

    /** From 0 to 1; 0 when the total is not known. */
    public double fraction() {
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }
}
