package io.conflictexplorer.core.sim;

import io.conflictexplorer.core.store.Mode;
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
}
