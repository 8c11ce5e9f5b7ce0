package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.Mode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One scenario run through a store in each mode, side by side. */
public record Simulation(Scenario scenario, Trace lww, Trace vv) {

    public Simulation {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(lww, "lww");
        Objects.requireNonNull(vv, "vv");
    }

    public Trace trace(Mode mode) {
        return mode == Mode.LWW ? lww : vv;
    }

    /**
     * Lines the LWW trace up with the VV trace, so that one time cursor can show both. Client
     * operations happen in both traces; gossip arrivals may differ (a replica sends only when it has
     * something new, and the two modes store different things). Both traces are in the simulator's
     * order: by time, arrivals before operations, operations in scenario order; so an LWW step is
     * applied once a VV step at or after its place is.
     *
     * @return for each count {@code i} of applied VV steps ({@code 0..vv.size()}), how many LWW steps
     *         are applied then; at the end of the VV trace, all of them
     */
    public int[] lwwStepsApplied() {
        Map<String, Integer> opIndex = new HashMap<>();
        List<Operation> ops = scenario.operations();
        for (int i = 0; i < ops.size(); i++) {
            opIndex.put(ops.get(i).id(), i);
        }
        long[][] vk = orderKeys(vv, opIndex);
        long[][] lk = orderKeys(lww, opIndex);
        int[] out = new int[vv.size() + 1];
        int j = 0;
        for (int i = 1; i <= vv.size(); i++) {
            while (j < lk.length && Arrays.compare(lk[j], vk[i - 1]) <= 0) {
                j++;
            }
            out[i] = j;
        }
        out[vv.size()] = lww.size();
        return out;
    }

    /** Per step: time, kind (0 arrival, 1 operation), then the operation's scenario index or the arrival's rank at that time. */
    private static long[][] orderKeys(Trace t, Map<String, Integer> opIndex) {
        long[][] out = new long[t.size()][];
        long lastTime = Long.MIN_VALUE;
        int rank = 0;
        for (int i = 0; i < t.size(); i++) {
            Step s = t.steps().get(i);
            long time = s.time();
            if (time != lastTime) {
                rank = 0;
                lastTime = time;
            }
            out[i] = s.isGossip()
                    ? new long[] {time, 0, rank++}
                    : new long[] {time, 1, opIndex.getOrDefault(s.operation().id(), 0)};
        }
        return out;
    }
}
