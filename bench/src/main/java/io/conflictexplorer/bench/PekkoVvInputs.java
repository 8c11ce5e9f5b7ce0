package io.conflictexplorer.bench;

import java.util.List;
import org.apache.pekko.actor.Address;
import org.apache.pekko.cluster.UniqueAddress;
import org.apache.pekko.cluster.ddata.VersionVector;

/**
 * Apache Pekko's version vectors for the benchmark, built from the same {@link VvDraw} as ours:
 * actor {@code i} is a {@link UniqueAddress} with host {@code node-i} and uid {@code i}. They are
 * built from explicit entries, by merging one-entry vectors, because Pekko's {@code increment}
 * uses a JVM-wide counter. (A class of its own because both libraries name their type
 * {@code VersionVector}.)
 */
public final class PekkoVvInputs {

    public final VersionVector base;
    public final VersionVector later;
    public final VersionVector concurrent;

    public PekkoVvInputs(int actors) {
        this(VvDraw.of(actors));
    }

    PekkoVvInputs(VvDraw draw) {
        base = build(draw.order(), draw.base());
        later = build(draw.shuffled(), draw.later());
        concurrent = build(draw.shuffled(), draw.concurrent());
    }

    public static UniqueAddress actor(int i) {
        return UniqueAddress.apply(Address.apply("pekko", "bench", VvInputs.actor(i), 7355), (long) i);
    }

    /** Pekko has no descends: it is compareTo giving After or Same, one pass. */
    public static boolean descends(VersionVector a, VersionVector b) {
        Object o = a.compareTo(b);
        return o == VersionVector.AfterInstance() || o == VersionVector.SameInstance();
    }

    private static VersionVector build(List<Integer> order, long[] counters) {
        VersionVector v = VersionVector.empty();
        for (int i : order) {
            v = v.merge(VersionVector.apply(actor(i), counters[i]));
        }
        return v;
    }
}
