package io.conflictexplorer.gui.run.model;

import java.util.List;

/**
 * What the run window says about one chip of a run (made by {@link RunProjection#details}): which
 * operation it is, the transcript line that asked for it, the sentence of each divergence of the
 * node's reply, and what each mode's store answered (LWW and VV side by side, as for presets).
 *
 * @param title       who did what on which key, when
 * @param sourceLine  {@code FILE line N: TEXT}, or empty when the operation came from no line
 * @param divergences the sentences, first first; empty when the node agreed or no replies were compared
 * @param lww         what the LWW store did, or empty (nothing to compare: the two boxes are hidden)
 * @param vv          what the VV store did, or empty
 */
public record ChipDetails(String title, String sourceLine, List<String> divergences, String lww, String vv) {

    /** Nothing selected. */
    public static final ChipDetails NONE = new ChipDetails(
            "Nothing selected: click a chip, or jump to a divergence, loss or conflict.", "", List.of(), "", "");

    public ChipDetails {
        divergences = List.copyOf(divergences);
    }

    /** True when there is a store outcome to show (the LWW and VV boxes). */
    public boolean hasOutcomes() {
        return !lww.isEmpty() || !vv.isEmpty();
    }
}
