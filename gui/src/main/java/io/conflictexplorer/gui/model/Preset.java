package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;

/** A ready-made scenario from assets/presets; its narration tells the teacher what to show. */
public record Preset(String file, Scenario scenario) {

    public String title() {
        return scenario.title();
    }

    @Override
    public String toString() {
        return scenario.title();
    }
}
