package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import io.conflictexplorer.gui.files.PictureFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Scenario files and exports. Whatever fails is reported to {@link Problems} in words a
 * teacher can act on, and never changes the open scenario: a file that is not a scenario, too
 * large, or from a newer version is refused whole.
 */
final class FileCommands {

    private final Problems problems;

    FileCommands(Problems problems) {
        this.problems = problems;
    }

    /**
     * The scenario in {@code file}, or empty (and a problem reported) when it is not one. An SVG or
     * PNG exported by the app carries its scenario and opens like a scenario file.
     */
    Optional<Scenario> open(Path file) {
        try {
            return Optional.of(read(file));
        } catch (ScenarioFileException e) {
            problems.report("This file cannot be opened", e.getMessage());
            return Optional.empty();
        }
    }

    /** The scenario in {@code file}: a scenario file, or a picture exported by the app. */
    static Scenario read(Path file) throws ScenarioFileException {
        return PictureFiles.isPicture(file) ? PictureFiles.read(file) : ScenarioFiles.read(file);
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

    /** Runs the export {@code writing} to {@code file}; a failure is reported. */
    boolean export(Path file, FileWriting writing) {
        try {
            writing.to(file);
            return true;
        } catch (IOException | RuntimeException e) {
            problems.report(
                    "The export was not saved", file.getFileName() + " could not be written: " + e.getMessage());
            return false;
        }
    }
}
