package io.conflictexplorer.gui.nodetest.model;

import java.util.Objects;

/**
 * One place where the node's run went wrong, as the divergence bar lists it.
 *
 * @param mode        {@code lww} or {@code vv}: the run it is in
 * @param sentence    what differs, in the check's words
 * @param operationId the scenario operation the request was, or null (the run's own final reads,
 *                    {@code init}, {@code set_mode})
 * @param cursor      where the time cursor goes to show it: just after the operation's step, or the
 *                    end for the final reads
 */
public record DivergenceLine(String mode, String sentence, String operationId, int cursor) {

    public DivergenceLine {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(sentence, "sentence");
    }
}
