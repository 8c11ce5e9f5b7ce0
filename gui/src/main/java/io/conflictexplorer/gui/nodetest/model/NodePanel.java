package io.conflictexplorer.gui.nodetest.model;

import java.util.List;

/**
 * The "your node" panel beside LWW and VV: per mode, what the node's replies say the store holds
 * at the time cursor.
 *
 * @param verdict the test in a line ({@code your node agrees with the rules}, {@code your node
 *                differs from the rules in 2 replies}, {@code your node could not be started: ...})
 * @param scope   what of the scenario the run could not test, or empty ({@code tested as one
 *                store: ...})
 * @param columns one per mode that ran, {@code lww} first
 * @param stderr  the end of the node's stderr, both runs, or empty
 */
public record NodePanel(String verdict, String scope, List<Column> columns, String stderr) {

    public NodePanel {
        columns = List.copyOf(columns);
    }

    /** Nothing to show: no node was tested on this scenario. */
    public static final NodePanel EMPTY = new NodePanel("", "", List.of(), "");

    /**
     * One mode's run at the cursor.
     *
     * @param mode     {@code lww} or {@code vv}
     * @param verdict  the run in a line ({@code agrees with the rules}, {@code 1 reply differs},
     *                 the failure's sentence)
     * @param agrees   true when the run agrees
     * @param atCursor what the node answered to the operation at the cursor, or empty
     * @param keys     per key, what the node's last read reply up to the cursor said it holds
     */
    public record Column(String mode, String verdict, boolean agrees, Reply atCursor, List<Holding> keys) {
        public Column {
            keys = List.copyOf(keys);
        }
    }

    /**
     * The node's reply to one request.
     *
     * @param request   the request in words ({@code c2's read of x})
     * @param answer    the reply's meaning in words ({@code a {c1: 1}, b {c2: 1}, conflict}), or
     *                  {@code no reply}
     * @param agreement whether it means what the rules say
     * @param why       where it differs, or empty
     */
    public record Reply(String request, String answer, Agreement agreement, String why) {}

    /**
     * What the node said it holds for a key.
     *
     * @param key       the key
     * @param values    its values with their clocks ({@code a {c1: 1}, b {c2: 1}}), {@code nothing},
     *                  or {@code not read yet}
     * @param conflict  the reply's conflict flag
     * @param from      which reply said it ({@code c2's read at step 4}, {@code the final read})
     * @param agreement whether that reply agreed with the rules
     */
    public record Holding(String key, String values, boolean conflict, String from, Agreement agreement) {}
}
