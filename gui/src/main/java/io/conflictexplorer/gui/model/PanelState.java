package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.core.store.Mode;
import java.util.List;

/** One result panel (LWW or VV) at the time cursor: counters and, per key, stored and lost values. */
public record PanelState(Mode mode, Counters counters, List<KeyState> keys) {

    /** A key's stored values; {@code conflict} when the store keeps more than one. */
    public record KeyState(String key, List<Card> values, List<LostCard> lost, boolean conflict) {
    }

    /** A stored value as the store stamped it. */
    public record Card(String operation, String value, String clock, String writer, long time) {
    }

    /** An acknowledged write the store silently lost, with Loss.explain(). */
    public record LostCard(String operation, String value, String clock, String writer, String explanation) {
    }
}
