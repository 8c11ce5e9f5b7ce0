package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.gui.edit.ChipDrag;
import io.conflictexplorer.gui.edit.Runs;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.platform.Preset;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.StringProperty;

/**
 * The commands that put another scenario in the window: a preset, a scenario file (read here, or
 * read and run ahead by {@link Opening}), a new scenario, a crash restore. Each cancels a half-done
 * drag and the selection, tells {@link OpenedScenario} what is open now and where it came from, and
 * says in the status line what there is to say (nothing, or that edits were restored). A preset, a
 * file or a new scenario replaces the scenario as one undo step; a restore starts a fresh history.
 */
final class OpenCommands {

    private final ScenarioEditor editor;
    private final ChipDrag chipDrag;
    private final Runs runs;
    private final FileCommands files;
    private final OpenedScenario opened;
    private final Selection selection;
    private final StringProperty status;

    OpenCommands(
            ScenarioEditor editor,
            ChipDrag chipDrag,
            Runs runs,
            FileCommands files,
            OpenedScenario opened,
            Selection selection,
            StringProperty status) {
        this.editor = editor;
        this.chipDrag = chipDrag;
        this.runs = runs;
        this.files = files;
        this.opened = opened;
        this.selection = selection;
        this.status = status;
    }

    /** {@code s} with a fresh history, as opened from {@code origin}, {@code message} in the status line. */
    void restore(Scenario s, OpenedScenario.Origin origin, String message) {
        selection.set(null);
        editor.reset(s);
        opened.restored(s, origin);
        status.set(message);
    }

    /** As {@link #restore(Scenario, OpenedScenario.Origin, String)}, with its run made in advance. */
    void restore(Simulation run, OpenedScenario.Origin origin, String message) {
        runs.keep(run);
        restore(run.scenario(), origin, message);
    }

    void loadPreset(Preset preset) {
        if (preset != null && !preset.scenario().equals(editor.scenario())) {
            replace(preset.scenario(), "load " + preset.title());
            opened.opened(preset.scenario(), null, preset, preset.scenario());
            status.set(""); // a message about the scenario before (a restore) is stale now
        }
    }

    /** Opens scenario file {@code path}; false (and a problem reported) when it is not one. */
    boolean open(Path path) {
        return files.open(path)
                .map(s -> {
                    opened(path, s);
                    return true;
                })
                .orElse(false);
    }

    /** As {@link #open(Path)}, with the file read and run in advance. */
    void open(Path path, Simulation run) {
        runs.keep(run);
        opened(path, run.scenario());
    }

    void newScenario() {
        Scenario s = Scenario.of("New scenario", List.of("c1", "c2"));
        replace(s, "new scenario");
        opened.opened(s, null, null, s);
        status.set("");
    }

    /** {@code s} as a new scenario, unsaved and from no file; undo brings back what was shown. */
    void openAsNew(Scenario s, String description) {
        replace(s, description);
        opened.opened(s, null, null, null);
        status.set("");
    }

    private void opened(Path path, Scenario s) {
        replace(s, "open " + path.getFileName());
        opened.opened(s, path, null, s);
        status.set("");
    }

    private void replace(Scenario next, String description) {
        chipDrag.cancel();
        selection.set(null);
        editor.replace(next, description);
    }
}
