package io.conflictexplorer.bench;

import io.conflictexplorer.core.clock.VersionVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.pekko.actor.Address;
import org.apache.pekko.cluster.UniqueAddress;

/**
 * The same version vectors for both implementations. Actor {@code i} is the string {@code node-i}
 * in ours and a {@link UniqueAddress} with host {@code node-i} (uid {@code i}) in Pekko's; counters
 * are drawn from a fixed seed. Pekko's vectors are built from explicit entries (its
 * {@code increment} uses a JVM-wide counter), by merging one-entry vectors.
 *
 * <ul>
 *   <li>{@code base}: every actor, counters 1..1000, inserted in actor order;</li>
 *   <li>{@code later}: {@code base} with the middle actor one higher, inserted in a shuffled order
 *       ({@code base} is BEFORE it, and {@code later} descends {@code base}: no early exit);</li>
 *   <li>{@code concurrent}: {@code base} with the first actor one higher and the last one lower
 *       (or, with one actor, a new actor): CONCURRENT, so merge must build a new vector.</li>
 * </ul>
 */
public final class VvInputs {

    public final VersionVector base;
    public final VersionVector later;
    public final VersionVector concurrent;
    public final org.apache.pekko.cluster.ddata.VersionVector pekkoBase;
    public final org.apache.pekko.cluster.ddata.VersionVector pekkoLater;
    public final org.apache.pekko.cluster.ddata.VersionVector pekkoConcurrent;

    public VvInputs(int actors) {
        Random rnd = new Random(42 + actors);
        long[] counters = new long[actors];
        for (int i = 0; i < actors; i++) {
            counters[i] = 2 + rnd.nextInt(999);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            order.add(i);
        }
        long[] later = counters.clone();
        later[actors / 2]++;
        long[] concurrent = counters.clone();
        concurrent[0]++;
        concurrent[actors - 1]--;

        List<Integer> shuffled = new ArrayList<>(order);
        Collections.shuffle(shuffled, rnd);
        base = ours(order, counters);
        this.later = ours(shuffled, later);
        this.concurrent = ours(shuffled, concurrent);
        pekkoBase = pekko(order, counters);
        pekkoLater = pekko(shuffled, later);
        pekkoConcurrent = pekko(shuffled, concurrent);
    }

    public static String actor(int i) {
        return "node-" + i;
    }

    public static UniqueAddress pekkoActor(int i) {
        return UniqueAddress.apply(Address.apply("pekko", "bench", actor(i), 7355), (long) i);
    }

    private static VersionVector ours(List<Integer> order, long[] counters) {
        VersionVector.Builder b = VersionVector.builder();
        for (int i : order) {
            b.put(actor(i), counters[i]);
        }
        return b.build();
    }

    private static org.apache.pekko.cluster.ddata.VersionVector pekko(List<Integer> order, long[] counters) {
        org.apache.pekko.cluster.ddata.VersionVector v = org.apache.pekko.cluster.ddata.VersionVector.empty();
        for (int i : order) {
            v = v.merge(org.apache.pekko.cluster.ddata.VersionVector.apply(pekkoActor(i), counters[i]));
        }
        return v;
    }
}
