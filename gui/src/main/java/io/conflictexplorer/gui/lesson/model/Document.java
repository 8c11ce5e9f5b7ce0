package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.gui.edit.ChipDrag;
import io.conflictexplorer.gui.edit.Runs;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.platform.Preset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open scenario as a document: which one it is (a preset, a file, a new one; {@link
 * OpenedScenario}), its title and narration, whether it is saved, the window's title, the status
 * line and the latest problem to show; and the commands that open, save and export it ({@link
 * OpenCommands}, {@link FileCommands}). Whatever fails is reported as a {@link Problem} and changes
 * nothing that is open. Plain JavaFX properties, no toolkit.
 */
public final class Document {

    /** The window title's tail, after the scenario's file or title. */
    public static final String APP_NAME = "Conflict Explorer";

    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    private final Supplier<Scenario> scenario;
    private final Problems problems;
    private final FileCommands files;
    private final OpenedScenario opened;
    private final OpenCommands opens;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper narration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    /**
     * @param scenario the scenario on display, which a save writes
     * @param problems where what fails is reported
     */
    Document(
            List<Preset> presets,
            Supplier<Scenario> scenario,
            Problems problems,
            ScenarioEditor editor,
            ChipDrag chipDrag,
            Runs runs,
            Selection selection) {
        this.presets.setAll(presets);
        this.scenario = scenario;
        this.problems = problems;
        files = new FileCommands(problems);
        opened = new OpenedScenario(this.presets, APP_NAME);
        opens = new OpenCommands(editor, chipDrag, runs, files, opened, selection, status);
    }

    // ---- properties ------------------------------------------------------------------------------

    public ObservableList<Preset> presets() {
        return presets;
    }

    /** What the open scenario is and where it came from: the preset box's label, the count of scenarios opened. */
    public OpenedScenario opened() {
        return opened;
    }

    /** The preset the scenario is, unedited; null once edited or for an opened file. */
    public ReadOnlyObjectProperty<Preset> currentPresetProperty() {
        return opened.currentPresetProperty();
    }

    /** A preset as the picker lists it: its number (as the README counts them) and title. */
    public String presetLabel(Preset preset) {
        return opened.presetLabel(preset);
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The scenario's own narration: what the teacher shows with it. */
    public ReadOnlyStringProperty scenarioNarrationProperty() {
        return narration.getReadOnlyProperty();
    }

    /** True when the scenario differs from what was last saved, opened or loaded as a preset. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return opened.unsavedProperty();
    }

    /**
     * True when the scenario was edited since it was loaded, opened or saved while its narration
     * stayed as it was: the header then says the narration describes the scenario as loaded.
     */
    public ReadOnlyBooleanProperty narrationOutdatedProperty() {
        return opened.narrationOutdatedProperty();
    }

    /** The file the scenario was last saved to or opened from; null for a preset or a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return opened.fileProperty();
    }

    /** "cart.json * - Conflict Explorer": the file (else the title), "*" while unsaved, the app. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return opened.windowTitleProperty();
    }

    /** A line for the status bar: autosave restores and the like; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void setStatus(String message) {
        status.set(message == null ? "" : message);
    }

    /** The latest problem to show in an error dialog. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problems.latestProperty();
    }

    // ---- commands --------------------------------------------------------------------------------

    /** Shows {@code s} with a fresh history, at its end (start-up), or before its first step in predict mode. */
    public void show(Scenario s) {
        restore(s, OpenedScenario.Origin.NONE, "");
    }

    /**
     * Shows a scenario recovered after a crash, with a fresh history, as opened from {@code origin}
     * (its file keeps naming the window; unsaved when it differs from that file or preset), and
     * says so in the status line.
     */
    public void restore(Scenario s, OpenedScenario.Origin origin, String message) {
        opens.restore(s, origin, message);
    }

    /** As {@link #restore(Scenario, OpenedScenario.Origin, String)}, with the run made in advance ({@link Opening}). */
    public void restore(Simulation run, OpenedScenario.Origin origin, String message) {
        opens.restore(run, origin, message);
    }

    /** Loads a preset; undo brings back what was shown before. */
    public void loadPreset(Preset preset) {
        opens.loadPreset(preset);
    }

    /** Opens a scenario file; a file that is not a scenario is reported and nothing changes. */
    public boolean open(Path path) {
        return opens.open(path);
    }

    /**
     * Shows the scenario of a file that was read and run in advance, off the FX thread ({@link
     * Opening}): as {@link #open(Path)}, without reading or running it again.
     */
    public void open(Path path, Simulation run) {
        opens.open(path, run);
    }

    /**
     * Shows {@code s} as a new, unsaved scenario from no file (a scenario the node search found);
     * {@code description} names it in the undo tooltip; undo brings back what was shown.
     */
    public void openAsNew(Scenario s, String description) {
        opens.openAsNew(s, description);
    }

    /** A new scenario to build from scratch: two empty client lanes, c1 and c2 (undo brings back the last one). */
    public void newScenario() {
        opens.newScenario();
    }

    /** Saves the scenario to {@code path}; the status line says where, or a problem says why not. */
    public boolean save(Path path) {
        if (!files.save(scenario.get(), path)) {
            return false;
        }
        opened.saved(path);
        status.set(
                "Saved " + path.getFileName() + " in " + path.toAbsolutePath().getParent());
        return true;
    }

    /** Runs an export to {@code file}; the status line says where it went, or a problem says why not. */
    public boolean export(Path file, FileWriting writing) {
        if (!files.export(file, writing)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        status.set("Exported " + file.getFileName() + (folder == null ? "" : " in " + folder));
        return true;
    }

    /** The scenario on display is now {@code s} (an edit, undo, redo, another scenario). */
    void changed(Scenario s) {
        title.set(s.title());
        narration.set(s.narration());
        opened.changed(s);
    }
}
