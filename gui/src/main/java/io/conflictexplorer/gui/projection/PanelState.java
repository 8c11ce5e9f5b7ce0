package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.sim.Counters;
import io.conflictexplorer.core.store.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * One result panel (LWW or VV) at the time cursor: counters and, per key, stored and lost values.
 *
 * <p>A single-store scenario fills {@code keys} (stored and lost values per key) and leaves
 * {@code replicas} empty. A cluster fills {@code replicas} (each replica's stored values, so the two
 * sides of a partition can be seen to diverge and converge) and {@code lost} (the cluster's silent
 * losses, which happen at one replica but are gone for good); {@code keys} is then empty.
 *
 * @param converged in a cluster, true when every replica stores the same writes for every key
 */
public record PanelState(
        Mode mode,
        Counters counters,
        List<KeyState> keys,
        List<ReplicaState> replicas,
        List<LostCard> lost,
        boolean converged) {

    /** A single store's panel. */
    public PanelState(Mode mode, Counters counters, List<KeyState> keys) {
        this(mode, counters, keys, List.of(), List.of(), true);
    }

    public boolean isCluster() {
        return !replicas.isEmpty();
    }

    /** Writes the store acknowledged so far (the first counter). */
    public int acknowledgedCount() {
        return counters.acknowledged();
    }

    /** Values a read would return now. */
    public int visibleCount() {
        return counters.visible();
    }

    /** Acknowledged writes silently lost: the demo's headline number. */
    public int lostCount() {
        return counters.lost();
    }

    /**
     * In a cluster, whether the replicas agree, as its badge says it: nothing stored yet, the
     * replicas agree, or they differ (gossip has not brought every replica the same writes yet);
     * null for a single store, which has nothing to agree on.
     */
    public Badge badge() {
        if (!isCluster()) {
            return null;
        }
        boolean empty = replicas.stream().allMatch(r -> r.keys().isEmpty());
        String tooltip = converged
                ? "Every replica stores the same writes"
                : "Gossip has not brought every replica the same writes yet";
        if (empty) {
            return new Badge("nothing stored", "empty-badge", tooltip);
        }
        return converged
                ? new Badge("replicas agree", "converged-badge", tooltip)
                : new Badge("replicas differ", "diverged-badge", tooltip);
    }

    /**
     * What the panel's size depends on: every text it shows, in order, with each counter as its
     * number of digits (and whether it is 1) and no operation ids. Two states of one shape take the same room, so the
     * window is laid out again only when the shape changes (a drag mostly changes none of it).
     */
    public List<Object> shape() {
        List<Object> out = new ArrayList<>();
        for (long n : new long[] {counters.acknowledged(), counters.visible(), counters.lost()}) {
            out.add(List.of(Long.toString(n).length(), n == 1)); // the caption's plural follows the count
        }
        out.add(converged);
        keys.forEach(k -> addShape(k, out));
        for (ReplicaState r : replicas) {
            out.add(r.replica());
            r.keys().forEach(k -> addShape(k, out));
        }
        lost.forEach(l -> addShape(l, out));
        return out;
    }

    private static void addShape(KeyState k, List<Object> out) {
        out.add(List.of(k.key(), k.conflict(), k.values().size(), k.lost().size()));
        for (Card c : k.values()) {
            out.add(List.of(c.value(), c.clock(), c.writer(), c.time(), String.valueOf(c.dot())));
        }
        k.lost().forEach(l -> addShape(l, out));
    }

    private static void addShape(LostCard l, List<Object> out) {
        out.add(List.of(l.value(), l.clock(), l.writer(), l.explanation()));
    }

    /** A cluster's badge: its words, its style class, and the sentence its tooltip says. */
    public record Badge(String text, String style, String tooltip) {}

    /** A key's stored values; {@code conflict} when the store keeps more than one. */
    public record KeyState(String key, List<Card> values, List<LostCard> lost, boolean conflict) {}

    /** One replica's stored values, per key (lost values are in the panel's {@code lost}). */
    public record ReplicaState(String replica, List<KeyState> keys) {}

    /**
     * A stored value as the store stamped it.
     *
     * @param dot the write's dot (as {@code n1:3}) where it decides the write's identity (the VV
     *     panel of a cluster on dotted clocks), else null
     */
    public record Card(String operation, String value, String clock, String writer, long time, String dot) {}

    /**
     * An acknowledged write the store silently lost, with Loss.explain().
     *
     * @param operation the lost write
     * @param by        the write it lost to (null when not known)
     */
    public record LostCard(
            String operation, String value, String clock, String writer, String explanation, String by) {}
}
