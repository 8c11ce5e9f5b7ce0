package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.Mode;
import java.util.List;
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
     * order ({@link StepOrder}, stamped on each step): by time, arrivals before operations,
     * operations in scenario order; so an LWW step is applied once a VV step at or after its place is.
     *
     * @return for each count {@code i} of applied VV steps ({@code 0..vv.size()}), how many LWW steps
     *         are applied then; at the end of the VV trace, all of them
     */
    public int[] lwwStepsApplied() {
        List<Step> v = vv.steps();
        List<Step> l = lww.steps();
        int[] out = new int[v.size() + 1];
        int j = 0;
        for (int i = 1; i <= v.size(); i++) {
            while (j < l.size() && l.get(j).order().compareTo(v.get(i - 1).order()) <= 0) {
                j++;
            }
            out[i] = j;
        }
        out[v.size()] = l.size();
        return out;
    }

    /**
     * The step of {@code mode}'s trace that is the same event as {@code step} of the other trace:
     * the same client operation, or the same arrival of the same gossip message (the first or the
     * second of a duplicated one); null when that trace has no such event (a replica gossips only
     * when it has something new, and the two modes store different things).
     */
    public Step counterpart(Step step, Mode mode) {
        Trace in = trace(mode);
        if (step instanceof Step.OfOperation op) {
            return in.stepOf(op.operation().id());
        }
        Step.Arrival a = (Step.Arrival) step; // the only other case
        String id = a.message().id();
        int nth = trace(mode == Mode.LWW ? Mode.VV : Mode.LWW).arrivals(id).indexOf(a);
        List<Step.Arrival> there = in.arrivals(id);
        return nth >= 0 && nth < there.size() ? there.get(nth) : null;
    }
}
