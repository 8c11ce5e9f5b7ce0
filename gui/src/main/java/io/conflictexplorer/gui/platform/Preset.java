package io.conflictexplorer.gui.platform;

import io.conflictexplorer.core.scheme.Scheme;
import io.conflictexplorer.core.sim.Scenario;
import java.util.List;

/**
 * A ready-made scenario from assets/presets; its narration tells the teacher what to show. A preset
 * of the gallery of published cases names the clock schemes its story is about ({@code schemes}),
 * which the compare window shows for it; the other presets name none.
 */
public record Preset(String file, Scenario scenario, List<Scheme> schemes) {

    public Preset {
        schemes = List.copyOf(schemes);
    }

    /** A preset that names no schemes: LWW against the client version vectors, as the main window shows. */
    public Preset(String file, Scenario scenario) {
        this(file, scenario, List.of());
    }

    public String title() {
        return scenario.title();
    }

    /** What the teacher shows with it (the preset list shows it under the title). */
    public String narration() {
        return scenario.narration();
    }

    /** True for a case of the gallery (assets/presets/gallery.txt): it names the schemes its story is about. */
    public boolean gallery() {
        return !schemes.isEmpty();
    }

    /** The names of {@link #schemes()}: {@code lww}, {@code dvv}, ... */
    public List<String> schemeNames() {
        return schemes.stream().map(Scheme::wireName).toList();
    }

    @Override
    public String toString() {
        return scenario.title();
    }
}
