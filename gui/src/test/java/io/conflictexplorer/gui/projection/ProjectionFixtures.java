package io.conflictexplorer.gui.projection;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.projection.TraceProjection.Frame;

/** What the projection tests share: a preset by file name, its frame at the end, a chip or message by id. */
public final class ProjectionFixtures {

    private ProjectionFixtures() {}

    public static Scenario preset(String file) {
        return Assets.presets().stream()
                .filter(p -> p.file().equals(file))
                .findFirst()
                .orElseThrow()
                .scenario();
    }

    /** The frame with every step applied and {@code selected} (or nothing) selected. */
    public static Frame end(Scenario s, String selected) {
        Simulation sim = Simulator.run(s);
        return TraceProjection.frame(sim, sim.vv().size(), selected);
    }

    public static Frame end(Scenario s) {
        return end(s, null);
    }

    public static DiagramModel.Chip chip(Frame f, String id) {
        return f.diagram().chips().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    public static DiagramModel.Message message(Frame f, String id) {
        return f.diagram().messages().stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
