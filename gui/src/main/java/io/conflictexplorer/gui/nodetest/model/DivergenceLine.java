package io.conflictexplorer.gui.nodetest.model;

import java.util.Objects;

/**
 * One place where the node's run went wrong, as the divergence bar lists it.
 *
 * @param mode        {@code lww} or {@code vv}: the run it is in
 * @param sentence    what differs, in the check's words
 * @param operationId the scenario operation the request was, or null (the run's own final reads,
 *                    {@code init}, {@code set_mode})
 * @param cursor      where the time cursor goes to show it: just after the operation's step, the end
 *                    for the final reads, {@link #NO_STEP} for a node that never started
 */
public record DivergenceLine(String mode, String sentence, String operationId, int cursor) {

    /** The cursor of a line no step shows (the node never answered {@code init}): it stays where it is. */
    public static final int NO_STEP = -1;

    public DivergenceLine {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sentence, "sentence");
    }
}
