package io.conflictexplorer.gui.platform;

import io.conflictexplorer.core.sim.Scenario;

/** A ready-made scenario from assets/presets; its narration tells the teacher what to show. */
public record Preset(String file, Scenario scenario) {

    public String title() {
        return scenario.title();
    }

    /** What the teacher shows with it (the preset list shows it under the title). */
    public String narration() {
        return scenario.narration();
    }

    @Override
    public String toString() {
        return scenario.title();
    }
}
