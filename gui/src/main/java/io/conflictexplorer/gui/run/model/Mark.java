package io.conflictexplorer.gui.run.model;

/**
 * What a chip of a run can be marked for, and what navigation jumps between: a reply of the node
 * that differs from core's rules, a write LWW silently lost, or a conflict VV kept as siblings.
 */
public enum Mark {
    DIVERGENCE("divergence"),
    LOSS("LWW loss"),
    CONFLICT("conflict");

    private final String label;

    Mark(String label) {
        this.label = label;
    }

    /** The words the window uses for it. */
    public String label() {
        return label;
    }

    /** Its bit in {@link RunTimeline#marks(int)}. */
    int bit() {
        return 1 << ordinal();
    }
}
