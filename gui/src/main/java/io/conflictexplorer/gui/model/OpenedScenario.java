package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFileException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the open scenario is to the teacher: the preset or the file it was opened from, whether it
 * was edited since it was opened or saved, and the names that follow from that: the window's title
 * ({@code cart.json * - Conflict Explorer}) and the preset box's label (the preset's number and
 * title; the file's name; either with "(edited)" once edited). It also counts the scenarios opened,
 * so a view can start afresh on each (a new preset, a file, a new scenario, a crash restore) but not
 * on an edit. Plain JavaFX properties, no toolkit.
 */
public final class OpenedScenario {

    /**
     * Where a scenario came from, as a crash restore needs it back: the file it was opened from or
     * saved to (null: none), else the title of the preset it was loaded from (null: none).
     */
    public record Origin(Path file, String preset) {
        public static final Origin NONE = new Origin(null, null);
    }

    private final List<Preset> presets;
    private final String appName;
    private final ReadOnlyObjectWrapper<Preset> currentPreset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper narrationOutdated = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Origin> origin = new ReadOnlyObjectWrapper<>(Origin.NONE);
    private final ReadOnlyIntegerWrapper opened = new ReadOnlyIntegerWrapper(0);

    private Scenario scenario;
    /** The scenario as last saved, opened or loaded: anything else is unsaved work. */
    private Scenario clean;
    /** The scenario as last opened (not saved): what its narration describes. */
    private Scenario loaded;
    /** The preset it was loaded from, edited or not; null for a file or a new scenario. */
    private Preset from;

    OpenedScenario(List<Preset> presets, String appName) {
        this.presets = presets;
        this.appName = appName;
        windowTitle.set(appName);
    }

    /** The preset the scenario is, unedited; null once edited, and for a file (opened or saved to). */
    public ReadOnlyObjectProperty<Preset> currentPresetProperty() {
        return currentPreset.getReadOnlyProperty();
    }

    /** The file the scenario was last saved to or opened from; null for a preset or a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty narrationOutdatedProperty() {
        return narrationOutdated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    /** What the preset box shows: "1. Two concurrent writers", "cart.json (edited)", "New scenario". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** Where the scenario came from, for a crash restore. */
    public ReadOnlyObjectProperty<Origin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** How many scenarios were opened so far: it changes on each, never on an edit. */
    public ReadOnlyIntegerProperty openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** A preset as the picker lists it: its number (as the README counts them) and title. */
    public String presetLabel(Preset preset) {
        int i = presets.indexOf(preset);
        return i < 0 ? preset.title() : (i + 1) + ". " + preset.title();
    }

    /**
     * Another scenario is open: {@code s}, from {@code file} (or none), loaded from {@code preset}
     * (or none); it counts as unsaved when it differs from {@code cleanAs} (what the file or preset
     * holds: the scenario itself, unless it is a crash restore's edited copy).
     */
    void opened(Scenario s, Path fromFile, Preset preset, Scenario cleanAs) {
        scenario = s;
        clean = cleanAs;
        loaded = cleanAs;
        from = preset;
        file.set(fromFile);
        opened.set(opened.get() + 1);
        update();
    }

    /**
     * A crash restore: {@code s}, as opened from {@code from}; unsaved when it differs from what that
     * file holds now (read again; a file that cannot be read counts as different) or that preset.
     */
    void restored(Scenario s, Origin from) {
        Preset preset = from.preset() != null ? presetTitled(from.preset()) : presetOf(s);
        Scenario cleanAs;
        try {
            cleanAs = from.file() != null ? FileCommands.read(from.file()) : preset != null ? preset.scenario() : s;
        } catch (ScenarioFileException e) {
            cleanAs = null;
        }
        opened(s, from.file(), preset, cleanAs);
    }

    /** The scenario was saved to {@code path}: what is open now is clean, and called by that file. */
    void saved(Path path) {
        clean = scenario;
        file.set(path);
        update();
    }

    /** The scenario changed (an edit, undo, redo). */
    void changed(Scenario s) {
        scenario = s;
        update();
    }

    /** The preset {@code s} is exactly, or null. */
    private Preset presetOf(Scenario s) {
        return presets.stream().filter(p -> p.scenario().equals(s)).findFirst().orElse(null);
    }

    /** The preset titled {@code title}, or null. */
    private Preset presetTitled(String title) {
        return presets.stream().filter(p -> p.title().equals(title)).findFirst().orElse(null);
    }

    private void update() {
        Scenario s = scenario;
        Path f = file.get();
        // a file is named as the file, even when it holds a preset's scenario (a preset saved as a file)
        currentPreset.set(s == null || f != null ? null : presetOf(s));
        unsaved.set(s != null && !s.equals(clean));
        narrationOutdated.set(s != null
                && loaded != null
                && !s.equals(loaded)
                && !s.narration().isEmpty()
                && s.narration().equals(loaded.narration()));
        String name = f != null ? f.getFileName().toString() : s == null ? "" : s.title();
        windowTitle.set((name.isEmpty() ? "" : name + (unsaved.get() ? " *" : "") + " - ") + appName);
        String edited = unsaved.get() ? " (edited)" : "";
        if (currentPreset.get() != null) {
            label.set(presetLabel(currentPreset.get()));
        } else if (f != null) {
            label.set(f.getFileName() + edited);
        } else if (from != null) {
            label.set(presetLabel(from) + (s != null && s.equals(from.scenario()) ? "" : " (edited)"));
        } else {
            label.set(s == null || s.title().isEmpty() ? "Untitled scenario" + edited : s.title() + edited);
        }
        origin.set(new Origin(f, f == null && from != null ? from.title() : null));
    }
}
