package io.conflictexplorer.gui.schemes.model;

import java.util.List;

/**
 * Everything the compare window shows at one time cursor: immutable, remade on every change.
 *
 * @param title    the scenario's title
 * @param step     the step at the cursor in words ("Step 3 of 8: w3: c1 writes x=v3"), the same for
 *                 every scheme
 * @param cursor   client version vector steps applied: the main window's time cursor
 * @param steps    how many steps the main window's cursor counts
 * @param options  every scheme, shown or not, in a fixed order
 * @param columns  the shown schemes' columns, in that order
 * @param cluster  true when the scenario has more than one replica (columns name replicas)
 * @param status   what the window is doing ("Running 5 schemes ...") or an error; empty when idle
 */
public record CompareFrame(
        String title,
        String step,
        int cursor,
        int steps,
        List<SchemeOption> options,
        List<SchemeColumn> columns,
        boolean cluster,
        String status) {

    public CompareFrame {
        options = List.copyOf(options);
        columns = List.copyOf(columns);
    }

    /** Nothing run yet. */
    public static final CompareFrame EMPTY = new CompareFrame("", "", 0, 0, List.of(), List.of(), false, "");
}
