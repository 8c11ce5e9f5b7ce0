package io.conflictexplorer.files;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import java.util.List;
import java.util.Objects;

/**
 * One preset scenario as {@link Presets} reads it: the name of its file in {@code assets/presets},
 * the scenario it holds, and the clock schemes its story is about (the gallery's; none for the
 * presets that compare LWW and the client version vectors only).
 */
public record PresetFile(String file, Scenario scenario, List<Scheme> schemes) {

    public PresetFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scenario, "scenario");
        schemes = List.copyOf(schemes);
    }

    /** A preset whose list names no schemes. */
    public PresetFile(String file, Scenario scenario) {
        this(file, scenario, List.of());
    }
}
