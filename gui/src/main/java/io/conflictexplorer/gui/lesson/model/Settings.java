package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.gui.platform.PreferenceFile;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the teacher chose once and expects to find next time: the dark theme, the playback speed
 * and Presenter on one page (Shift+V). Kept as {@code settings.properties} in the app's folder (the autosave folder, so
 * {@code -Dconflictexplorer.home} moves both), written at each change. A missing or unreadable file
 * means the defaults: a preference is never worth an error dialog.
 */
public final class Settings {

    static final String FILE = "settings.properties";
    private static final String DARK = "theme.dark";
    private static final String SPEED = "playback.speed";
    private static final String ONE_PAGE = "presenter.onePage";

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

    /** Applies the saved choices to {@code shown}, then saves every later change of them. */
    public void attach(Presentation shown) {
        Properties p = read();
        shown.darkProperty().set(Boolean.parseBoolean(p.getProperty(DARK, "false")));
        try {
            shown.speedProperty().set(Double.parseDouble(p.getProperty(SPEED, "1")));
        } catch (NumberFormatException e) {
            shown.speedProperty().set(1);
        }
        shown.onePageProperty().set(Boolean.parseBoolean(p.getProperty(ONE_PAGE, "false")));
        shown.darkProperty().addListener((obs, was, now) -> write(shown));
        shown.speedProperty().addListener((obs, was, now) -> write(shown));
        shown.onePageProperty().addListener((obs, was, now) -> write(shown));
    }

    private Properties read() {
        return new PreferenceFile(file).read();
    }

    private void write(Presentation shown) {
        Properties p = new Properties();
        p.setProperty(DARK, String.valueOf(shown.darkProperty().get()));
        p.setProperty(SPEED, String.valueOf(shown.speedProperty().get()));
        p.setProperty(ONE_PAGE, String.valueOf(shown.onePageProperty().get()));
        new PreferenceFile(file).write(p, "Conflict Explorer settings");
    }
}
