package io.conflictexplorer.check.drive;

/** A node's test on a scenario, in one word. */
public enum Verdict {
    /** Both modes ran to the end and every reply means what the rules say. */
    AGREES,
    /** A reply differs from the rules, or the node crashed, hung or wrote garbage on the way. */
    DIVERGES,
    /** The node never answered {@code init}: nothing was tested. */
    NOT_STARTED
}
