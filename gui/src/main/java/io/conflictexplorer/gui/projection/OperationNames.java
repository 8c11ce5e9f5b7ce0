package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.sim.Operation;

/**
 * How tooltips, undo texts and dialogs name an operation: by its client and key ("c2's read of x",
 * "c1's write of x"), never by its internal id ({@code r2}, {@code w1}), which the window shows
 * nowhere a teacher could look it up.
 */
public final class OperationNames {

    private OperationNames() {}

    public static String name(Operation op) {
        return op.client() + "'s " + (op instanceof Operation.Write ? "write" : "read") + " of " + op.key();
    }

    /** The name and when it happens on the time axis: "c2's read of x at t=4". */
    public static String nameAt(Operation op) {
        return name(op) + " at t=" + op.time();
    }
}
