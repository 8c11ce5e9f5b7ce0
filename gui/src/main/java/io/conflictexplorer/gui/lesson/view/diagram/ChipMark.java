package io.conflictexplorer.gui.lesson.view.diagram;

import java.util.Objects;

/**
 * A mark a room of its own puts on one chip of the diagram, keyed by the operation's id in {@link
 * DiagramView#chipMarks()}: the node test marks each chip with whether the student's node answered
 * that operation as the rules do. The chip shows it with a CSS pseudo-class ({@code :node-agrees},
 * {@code :node-differs}, {@code :node-unanswered}, and {@code :node-stale} beside any of them while
 * the mark was made for the scenario before an edit), so each theme colours it, and adds {@code
 * note} to its tooltip. A chip without a mark shows none.
 *
 * @param kind  what the mark says
 * @param stale true when the mark was made for the scenario as it was before an edit
 * @param note  a line for the chip's tooltip, or empty
 */
public record ChipMark(Kind kind, boolean stale, String note) {

    /** What a mark says of its chip. */
    public enum Kind {
        /** The node's reply means what the rules say. */
        AGREES("node-agrees"),
        /** The node's reply differs from the rules' in meaning. */
        DIFFERS("node-differs"),
        /** The node sent no reply: the run stopped before or at this operation. */
        UNANSWERED("node-unanswered");

        private final String pseudoClass;

        Kind(String pseudoClass) {
            this.pseudoClass = pseudoClass;
        }

        /** The CSS pseudo-class the chip takes. */
        public String pseudoClass() {
            return pseudoClass;
        }
    }

    /** The pseudo-class a stale mark adds. */
    public static final String STALE = "node-stale";

    public ChipMark {
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
    }
}
