package io.conflictexplorer.gui.platform;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** Asks the user for a file. Behind an interface so tests can save and open without a native dialog. */
public interface FileDialogs {

    Optional<Path> chooseScenarioToOpen(Window owner);

    Optional<Path> chooseScenarioToSave(Window owner, String suggestedName);

    Optional<Path> choosePngToExport(Window owner, String suggestedName);

    /** A folder (the node test's working folder), starting in {@code start} when it is one. */
    default Optional<Path> chooseFolder(Window owner, Path start) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("The folder your node runs in");
        if (start != null && Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }
}
