package io.conflictexplorer.gui.nodetest.model;

import java.util.Objects;

/**
 * What the node's replies say of one scenario operation, both modes together: what the app marks
 * on the operation's chip.
 *
 * @param operationId the scenario operation's id
 * @param agreement   {@link Agreement#DIFFERS} when either mode's reply differs from the rules in
 *                    meaning; else {@link Agreement#UNANSWERED} when either mode got no reply;
 *                    else {@link Agreement#AGREES}
 * @param note        per mode, what the node answered or where it differs, for the chip's tooltip
 */
public record OperationMark(String operationId, Agreement agreement, String note) {

    public OperationMark {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(note, "note");
    }
}
