package io.conflictexplorer.gui.platform;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a file. Behind an interface so tests can save and open without a native dialog. */
public interface FileDialogs {

    Optional<Path> chooseScenarioToOpen(Window owner);

    Optional<Path> chooseScenarioToSave(Window owner, String suggestedName);

    Optional<Path> choosePngToExport(Window owner, String suggestedName);
}
