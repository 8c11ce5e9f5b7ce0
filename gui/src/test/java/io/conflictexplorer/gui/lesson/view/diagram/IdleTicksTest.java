package io.conflictexplorer.gui.lesson.view.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Presenter's quiet ticks, on every preset: exactly the ticks where nothing is drawn. */
class IdleTicksTest {

    @Test
    void aTickIsQuietExactlyWhenNoOperationGossipOrPartitionIsAtIt() {
        int quietInAll = 0;
        for (Preset p : Assets.presets()) {
            Simulation sim = Simulator.run(p.scenario());
            DiagramModel m = TraceProjection.frame(sim, sim.vv().size(), null).diagram();
            Set<Long> busy = new HashSet<>();
            m.chips().forEach(c -> busy.add(c.time()));
            m.messages().forEach(msg -> {
                busy.add(msg.sendTime());
                busy.add(msg.deliverTime());
            });
            m.partitions().forEach(bar -> {
                busy.add(bar.start());
                busy.add(bar.end());
            });
            Map<Long, Double> quiet = IdleTicks.of(m, 40);
            for (long t = 0; t <= m.endTime(); t++) {
                assertEquals(!busy.contains(t), quiet.containsKey(t), p.title() + ", t=" + t);
            }
            quiet.values().forEach(v -> assertEquals(-IdleTicks.NARROWER * 40, v, 1e-9));
            quietInAll += quiet.size();
            // the step the cursor stands on is never quiet: stepping does not move a column
            for (int step = 1; step <= sim.vv().size(); step++) {
                long at = TraceProjection.frame(sim, step, null).diagram().cursorTime();
                assertTrue(!quiet.containsKey(at), p.title() + ": the cursor's tick " + at + " is quiet");
            }
        }
        assertTrue(quietInAll > 10, "quiet ticks in the presets: " + quietInAll);
    }
}
