package io.conflictexplorer.bench;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;

/**
 * Our version vectors for the benchmark, built from a {@link VvDraw}: actor {@code i} is the string
 * {@code node-i}. {@link PekkoVvInputs} builds Pekko's from the same draw.
 */
public final class VvInputs {

    public final VersionVector base;
    public final VersionVector later;
    public final VersionVector concurrent;

    public VvInputs(int actors) {
        this(VvDraw.of(actors));
    }

    VvInputs(VvDraw draw) {
        base = build(draw.order(), draw.base());
        later = build(draw.shuffled(), draw.later());
        concurrent = build(draw.shuffled(), draw.concurrent());
    }

    public static String actor(int i) {
        return "node-" + i;
    }

    private static VersionVector build(List<Integer> order, long[] counters) {
        VersionVector.Builder b = VersionVector.builder();
        for (int i : order) {
            b.put(actor(i), counters[i]);
        }
        return b.build();
    }
}
