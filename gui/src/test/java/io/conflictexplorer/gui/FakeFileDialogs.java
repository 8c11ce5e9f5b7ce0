package io.conflictexplorer.gui;

import io.conflictexplorer.gui.platform.FileDialogs;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Answers every file dialog with {@link #next} (null: the user cancelled). */
final class FakeFileDialogs implements FileDialogs {

    Path next;
    int asked;

    @Override
    public Optional<Path> chooseScenarioToOpen(Window owner) {
        asked++;
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> chooseScenarioToSave(Window owner, String suggestedName) {
        asked++;
        return Optional.ofNullable(next);
    }

    @Override
    public Optional<Path> choosePngToExport(Window owner, String suggestedName) {
        asked++;
        return Optional.ofNullable(next);
    }
}
