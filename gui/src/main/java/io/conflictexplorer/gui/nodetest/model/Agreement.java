package io.conflictexplorer.gui.nodetest.model;

/** Whether a node's reply means what the rules say. */
public enum Agreement {
    /** It does. */
    AGREES,
    /** It differs in meaning (values, clocks, the conflict flag, the type or error code). */
    DIFFERS,
    /** The node sent no reply: its run stopped before or at the request. */
    UNANSWERED
}
