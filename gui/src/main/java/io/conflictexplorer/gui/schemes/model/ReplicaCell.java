package io.conflictexplorer.gui.schemes.model;

import java.util.List;

/**
 * One replica under one scheme: its keys (only those it stores something for), and their sibling
 * count and clock size added up, as the step table's cells ({@code core.compare.StepTable}).
 */
public record ReplicaCell(String replica, List<KeyCell> keys, int siblings, int clockSize) {

    public ReplicaCell {
        keys = List.copyOf(keys);
    }
}
