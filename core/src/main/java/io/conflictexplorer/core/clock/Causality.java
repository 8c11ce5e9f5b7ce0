package io.conflictexplorer.core.clock;

/**
 * How one clock relates to another in the happens-before order: {@code BEFORE} means the first
 * happened before the second (the second descends it), {@code AFTER} the reverse, {@code EQUAL}
 * the same knowledge, {@code CONCURRENT} neither saw the other.
 */
public enum Causality {
    BEFORE,
    AFTER,
    EQUAL,
    CONCURRENT
}
