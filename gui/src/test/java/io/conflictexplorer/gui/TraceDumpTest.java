package io.conflictexplorer.gui;

import io.conflictexplorer.core.sim.BigScenario;
import io.conflictexplorer.core.sim.Narration;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Step;
import io.conflictexplorer.core.sim.Trace;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.ChipText;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Writes every preset's LWW and VV traces, and those of seeded random scenarios, step by step
 * (events, counters, every replica's state, narration), and the projection the window shows at
 * every cursor position and selection (panels, narration, diagram model, chip words) to one text
 * file, so that a change to core or a restructuring of the GUI can be checked to leave today's
 * behaviour byte-identical: dump before, dump after, compare.
 *
 * <pre>
 * ./mvnw -q -pl gui -am verify -Pgenerators -Dtest=TraceDumpTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DskipITs -Ddump.out=/tmp/traces.txt
 * </pre>
 */
@Tag("generator")
class TraceDumpTest {

    @Test
    void dump() throws IOException {
        StringBuilder out = new StringBuilder();
        for (Preset p : Assets.presets()) {
            dump(out, p.file(), p.scenario(), true);
        }
        for (int seed = 1; seed <= 300; seed++) {
            dump(out, "random " + seed, BigScenario.varied(seed), false);
        }
        Path file = Path.of(System.getProperty("dump.out", "target/traces.txt"));
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void dump(StringBuilder out, String name, Scenario scenario, boolean everySelection) {
        Simulation sim = Simulator.run(scenario);
        frames(out, name, sim, everySelection);
        for (Trace t : List.of(sim.lww(), sim.vv())) {
            out.append("== ").append(name).append(' ').append(t).append('\n');
            for (Step s : t.steps()) {
                out.append(s.index())
                        .append(' ')
                        .append(s.order())
                        .append(' ')
                        .append(s.getClass().getSimpleName())
                        .append(" @")
                        .append(s.replica())
                        .append('\n');
                out.append("  events ").append(s.events()).append('\n');
                if (s instanceof Step.Read r) {
                    out.append("  read ").append(r.read()).append('\n');
                }
                if (s instanceof Step.Write w) {
                    out.append("  context ")
                            .append(w.context())
                            .append(" from ")
                            .append(w.contextRead())
                            .append('\n');
                }
                out.append("  counters ").append(s.counters()).append('\n');
                out.append("  replicas ").append(s.replicas()).append('\n');
                out.append("  says ").append(Narration.of(t, s)).append('\n');
                out.append("  converged ").append(t.convergedAt(s.index())).append('\n');
            }
            out.append("  messages ").append(t.messages()).append('\n');
            out.append("  lost ").append(t.lostWritesUpTo(t.size() - 1)).append('\n');
        }
    }

    /**
     * The projection the window shows: every frame at every cursor position (with nothing selected,
     * and with each operation selected where {@code everySelection}, else at the last step only), in
     * plain and in predict mode, and the words on every chip.
     */
    private static void frames(StringBuilder out, String name, Simulation sim, boolean everySelection) {
        int[] lwwApplied = sim.lwwStepsApplied();
        List<String> ids = new ArrayList<>();
        for (Operation o : sim.vv().scenario().operations()) {
            ids.add(o.id());
        }
        for (int cursor = 0; cursor <= sim.vv().size(); cursor++) {
            List<String> selections = new ArrayList<>();
            selections.add(null);
            if (everySelection || cursor == sim.vv().size()) {
                selections.addAll(ids);
            }
            for (String selected : selections) {
                for (boolean unrevealed : new boolean[] {false, true}) {
                    TraceProjection.Frame f = TraceProjection.frame(sim, lwwApplied, cursor, selected, unrevealed);
                    out.append("-- ")
                            .append(name)
                            .append(" at ")
                            .append(cursor)
                            .append(" selected ")
                            .append(selected)
                            .append(unrevealed ? " unrevealed" : "")
                            .append('\n')
                            .append(f)
                            .append('\n');
                    for (DiagramModel.Chip c : f.diagram().chips()) {
                        out.append("  chip ")
                                .append(ChipText.of(c, false))
                                .append(' ')
                                .append(ChipText.of(c, true))
                                .append('\n');
                    }
                }
            }
        }
    }
}
