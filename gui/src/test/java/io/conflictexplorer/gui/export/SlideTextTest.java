package io.conflictexplorer.gui.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.Theme;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A slide is read from the back of a room: no text on it is smaller than 14 px of its 1920 x 1080,
 * at any step of any preset, nor in a scenario with long values a tick apart (a command-line export
 * once shrank such chips' text to 6 or 7 px); and the chips of one lane never overlap.
 */
class SlideTextTest {

    private static final double LEAST = 14;

    @Test
    void noSlideTextIsSmallerThan14PxAndNoTwoChipsOfALaneOverlap() {
        List<String> problems = new ArrayList<>();
        List<Simulation> runs = new ArrayList<>();
        for (Preset p : ExportFixtures.presets()) {
            runs.add(ExportFixtures.run(p));
        }
        runs.add(Simulator.run(dense()));
        for (Simulation sim : runs) {
            for (int step = 0; step <= sim.vv().size(); step++) {
                Figure f = SlideLayout.slide(sim, step, Theme.named("light"));
                List<Figure.Box> chips = new ArrayList<>();
                for (Figure.Mark m : f.marks()) {
                    if (m instanceof Figure.Text t && t.size() < LEAST) {
                        problems.add(
                                sim.scenario().title() + " step " + step + ": \"" + t.text() + "\" at " + t.size());
                    }
                    if (m instanceof Figure.Box b && b.radius() == 8) { // the chips' rounded boxes
                        chips.add(b);
                    }
                }
                for (int i = 0; i < chips.size(); i++) {
                    for (int j = i + 1; j < chips.size(); j++) {
                        Figure.Box a = chips.get(i);
                        Figure.Box b = chips.get(j);
                        boolean sameLane = Math.abs(a.y() - b.y()) < 0.5;
                        if (sameLane && a.x() < b.x() + b.w() && b.x() < a.x() + a.w()) {
                            problems.add(sim.scenario().title() + " step " + step + ": chips overlap at x=" + a.x());
                        }
                    }
                }
            }
        }
        assertTrue(
                problems.isEmpty(),
                () -> problems.size() + " problems, e.g.:\n"
                        + String.join("\n", problems.subList(0, Math.min(12, problems.size()))));
    }

    /** Two clients writing long carts a tick apart, for 24 ticks. */
    private static Scenario dense() {
        List<Operation> ops = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            String client = t % 2 == 0 ? "c1" : "c2";
            ops.add(
                    t % 3 == 0
                            ? new Operation.Read("r" + t, client, t, "cart")
                            : new Operation.Write("w" + t, client, t, "cart", "milk eggs flour ham jam " + t, false));
        }
        return new Scenario("Long carts a tick apart", "", List.of("c1", "c2"), ops);
    }
}
