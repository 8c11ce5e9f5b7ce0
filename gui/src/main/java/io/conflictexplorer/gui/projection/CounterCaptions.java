package io.conflictexplorer.gui.projection;

/**
 * The words under a panel's counters, in the number the counter shows: "1 write lost", "2 writes
 * lost", "1 value visible now". A projected "1 writes lost" is the one line the whole class reads.
 */
public final class CounterCaptions {

    private CounterCaptions() {}

    public static String acknowledged(int n) {
        return noun(n, "write", "writes") + "\nacknowledged";
    }

    public static String visible(int n) {
        return noun(n, "value", "values") + "\nvisible now";
    }

    public static String lost(int n) {
        return noun(n, "write", "writes") + "\nlost";
    }

    private static String noun(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
