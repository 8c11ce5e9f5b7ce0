package io.conflictexplorer.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The numbers behind the benchmark's version vectors, drawn once from a fixed seed so that both
 * implementations ({@link VvInputs}, {@link PekkoVvInputs}) are built from exactly the same ones.
 * Actor {@code i} has counter {@code base[i]} (2..1000).
 *
 * <ul>
 *   <li>{@code base}: every actor, inserted in actor order ({@code order});
 *   <li>{@code later}: {@code base} with the middle actor one higher, inserted in a shuffled order
 *       ({@code base} is BEFORE it, and {@code later} descends {@code base}: no early exit);
 *   <li>{@code concurrent}: {@code base} with the first actor one higher and the last one lower:
 *       CONCURRENT, so merge must build a new vector.
 * </ul>
 */
record VvDraw(long[] base, long[] later, long[] concurrent, List<Integer> order, List<Integer> shuffled) {

    static VvDraw of(int actors) {
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
        return new VvDraw(counters, later, concurrent, List.copyOf(order), List.copyOf(shuffled));
    }
}
