package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.files.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the teacher chose once and expects to find next time: the dark theme and the playback
 * speed. Kept as {@code settings.properties} in the app's folder (the autosave folder, so
 * {@code -Dconflictexplorer.home} moves both), written at each change. A missing or unreadable file
 * means the defaults: a preference is never worth an error dialog.
 */
public final class Settings {

    static final String FILE = "settings.properties";
    private static final String DARK = "theme.dark";
    private static final String SPEED = "playback.speed";

    private final Path file;

    public Settings(Path dir) {
        this.file = dir.resolve(FILE);
    }

    /** In the folder {@link Autosave#inDefaultDirectory()} uses. */
    public static Settings inDefaultDirectory() {
        return new Settings(Autosave.defaultDirectory());
    }

    public Path file() {
        return file;
    }

    /** Applies the saved choices to {@code vm}, then saves every later change of them. */
    public void attach(ExplorerViewModel vm) {
        Properties p = read();
        vm.darkProperty().set(Boolean.parseBoolean(p.getProperty(DARK, "false")));
        try {
            vm.speedProperty().set(Double.parseDouble(p.getProperty(SPEED, "1")));
        } catch (NumberFormatException e) {
            vm.speedProperty().set(1);
        }
        vm.darkProperty().addListener((obs, was, now) -> write(vm));
        vm.speedProperty().addListener((obs, was, now) -> write(vm));
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return new Properties(); // unreadable: the defaults
            }
        }
        return p;
    }

    private void write(ExplorerViewModel vm) {
        Properties p = new Properties();
        p.setProperty(DARK, String.valueOf(vm.darkProperty().get()));
        p.setProperty(SPEED, String.valueOf(vm.speedProperty().get()));
        try {
            Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> p.store(out, "Conflict Explorer settings"));
        } catch (IOException e) {
            // the choice still holds for this session; it is only not remembered
        }
    }
}
