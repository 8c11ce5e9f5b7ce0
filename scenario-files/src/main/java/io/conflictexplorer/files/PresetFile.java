package io.conflictexplorer.files;

import io.conflictexplorer.core.sim.Scenario;
import java.util.Objects;

/**
 * One preset scenario as {@link Presets} reads it: the name of its file in {@code assets/presets}
 * and the scenario it holds.
 */
public record PresetFile(String file, Scenario scenario) {

    public PresetFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
    }
}
