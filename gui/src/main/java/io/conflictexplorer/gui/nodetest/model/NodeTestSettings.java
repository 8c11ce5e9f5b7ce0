package io.conflictexplorer.gui.nodetest.model;

import io.conflictexplorer.gui.platform.PreferenceFile;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The node command and its working folder as the student last ran them, kept for the next session
 * as {@code node-test.properties} in the app's folder (beside the theme and speed of {@code
 * gui.lesson.model.Settings}, in a file of its own so neither rewrites the other's). Only what was
 * typed and run is kept: the command is never run by itself, on start or on opening a scenario, and
 * a scenario file never carries one. A missing or unreadable file means no command yet.
 */
public final class NodeTestSettings {

    static final String FILE = "node-test.properties";
    private static final String COMMAND = "node.command";
    private static final String FOLDER = "node.folder";

    private final Path file;

    public NodeTestSettings(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** The command last run, or empty. */
    public String command() {
        return read().getProperty(COMMAND, "");
    }

    /** The folder it was last run in, or null. */
    public Path folder() {
        String f = read().getProperty(FOLDER, "");
        try {
            return f.isEmpty() ? null : Path.of(f);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Keeps {@code command} run in {@code folder} for the next session; a file that cannot be written is let be. */
    public void remember(String command, Path folder) {
        Properties p = new Properties();
        p.setProperty(COMMAND, command);
        p.setProperty(FOLDER, folder == null ? "" : folder.toString());
        new PreferenceFile(file).write(p, "Conflict Explorer: the node last tested");
    }

    private Properties read() {
        return new PreferenceFile(file).read();
    }
}
