package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.gui.files.ScenarioFileException;
import io.conflictexplorer.gui.files.ScenarioFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.image.Image;

/**
 * Scenario files and picture exports. Whatever fails is reported to {@link Problems} in words a
 * teacher can act on, and never changes the open scenario: a file that is not a scenario, too
 * large, or from a newer version is refused whole.
 */
final class FileCommands {

    private final Problems problems;

    FileCommands(Problems problems) {
        this.problems = problems;
    }

    /** The scenario in {@code file}, or empty (and a problem reported) when it is not one. */
    Optional<Scenario> open(Path file) {
        try {
            return Optional.of(ScenarioFiles.read(file));
        } catch (ScenarioFileException e) {
            problems.report("This file cannot be opened", e.getMessage());
            return Optional.empty();
        }
    }

    boolean save(Scenario scenario, Path file) {
        try {
            ScenarioFiles.write(scenario, file);
            return true;
        } catch (IOException e) {
            problems.report(
                    "The scenario was not saved", file.getFileName() + " could not be written: " + e.getMessage());
            return false;
        }
    }

    /** Writes the image {@code snapshot} gives as a PNG. */
    boolean exportPng(Path file, Supplier<Image> snapshot) {
        try {
            PngExport.write(snapshot.get(), file);
            return true;
        } catch (IOException e) {
            problems.report(
                    "The picture was not saved", file.getFileName() + " could not be written: " + e.getMessage());
            return false;
        }
    }
}
