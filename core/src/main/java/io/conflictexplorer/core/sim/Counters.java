package io.conflictexplorer.core.sim;

/**
 * The demo's headline numbers at one point of a trace: writes the store acknowledged, values a read
 * could return now (all keys, all siblings), and acknowledged writes silently lost.
 */
public record Counters(int acknowledged, int visible, int lost) {

    public static final Counters ZERO = new Counters(0, 0, 0);
}
