package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.AtomicFile;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * Keeps the open scenario safe across a crash. After every change of the scenario (debounced, so a
 * drag writes once when it settles) it is written atomically to {@code autosave.json} in the
 * autosave directory. While a window is open a marker file {@code session.lock} exists there; a
 * clean exit ({@link #cleanExit()}) removes it. At start, a marker left behind means the last
 * session did not exit cleanly: its autosave is restored and the status line says so. Beside it,
 * {@code autosave.origin} names the file the scenario was opened from or saved to, or the preset it
 * was loaded from, so the restored window still says which file it is, and whether it was edited.
 *
 * <p>The directory is {@code ~/.conflict-explorer}, or the system property
 * {@value #DIR_PROPERTY} (tests use a temporary one).
 */
public final class Autosave {

    public static final String DIR_PROPERTY = "conflictexplorer.home";
    static final String FILE = "autosave.json";
    static final String MARKER = "session.lock";
    static final String ORIGIN = "autosave.origin";
    /** How long the scenario must stay unchanged before it is written. */
    static final long DEBOUNCE_MILLIS = 400;

    /**
     * Waits for a quiet spell: {@link #restart} (re)starts the wait, and {@code whenQuiet} runs when
     * it ends undisturbed. The app waits {@value #DEBOUNCE_MILLIS} ms on the FX clock; a test may
     * never end it and flush by hand.
     */
    public interface Quiet {
        void restart(Runnable whenQuiet);

        void stop();
    }

    private final Path dir;
    private final Quiet debounce;
    private ExplorerViewModel vm;
    private ChangeListener<Scenario> listener;
    private Scenario written;
    private OpenedScenario.Origin writtenOrigin;

    public Autosave(Path dir) {
        this(dir, pause(Duration.millis(DEBOUNCE_MILLIS)));
    }

    public Autosave(Path dir, Quiet debounce) {
        this.dir = dir;
        this.debounce = debounce;
    }

    /** A {@link Quiet} on a PauseTransition (it needs the JavaFX toolkit). */
    private static Quiet pause(Duration spell) {
        PauseTransition pause = new PauseTransition(spell);
        return new Quiet() {
            @Override
            public void restart(Runnable whenQuiet) {
                pause.setOnFinished(e -> whenQuiet.run());
                pause.playFromStart();
            }

            @Override
            public void stop() {
                pause.stop();
            }
        };
    }

    /** The directory the system property names, or ~/.conflict-explorer. */
    public static Autosave inDefaultDirectory() {
        return new Autosave(defaultDirectory());
    }

    /** The app's folder: {@value #DIR_PROPERTY} when set, else {@code ~/.conflict-explorer}. */
    public static Path defaultDirectory() {
        String configured = System.getProperty(DIR_PROPERTY);
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".conflict-explorer");
    }

    public Path file() {
        return dir.resolve(FILE);
    }

    public Path marker() {
        return dir.resolve(MARKER);
    }

    /** Where the autosaved scenario came from (see the class comment). */
    public Path originFile() {
        return dir.resolve(ORIGIN);
    }

    /**
     * Starts looking after {@code vm}'s scenario: restores the autosave of a session that did not
     * exit cleanly, then marks this session as running. Returns true when something was restored.
     * Autosave trouble (an unwritable directory, a damaged file) is reported in the status line and
     * never stops the app.
     */
    public boolean attach(ExplorerViewModel model) {
        this.vm = model;
        boolean restored = false;
        try {
            if (Files.exists(marker()) && Files.isRegularFile(file())) {
                Scenario s = ScenarioFiles.read(file());
                OpenedScenario.Origin origin = readOrigin();
                model.restore(
                        s,
                        origin,
                        "Restored your edits: the last session did not close cleanly ("
                                + (origin.file() != null ? origin.file().getFileName() : s.title()) + ").");
                written = s;
                writtenOrigin = origin;
                restored = true;
            }
        } catch (ScenarioFileException e) {
            model.setStatus("The autosave of the last session could not be restored: " + e.getMessage());
        }
        // what a write cut short by the crash left behind
        AtomicFile.removeLeftovers(file());
        AtomicFile.removeLeftovers(originFile());
        try {
            Files.createDirectories(dir);
            AtomicFile.writeString(
                    marker(), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            model.setStatus("Autosave is off: " + dir + " cannot be written (" + e.getMessage() + ").");
            return restored;
        }
        listener = (obs, was, now) -> debounce.restart(this::flush);
        model.scenarioProperty().addListener(listener);
        // a save or an open may change where the scenario comes from, not the scenario
        model.opened().originProperty().addListener((obs, was, now) -> debounce.restart(this::flush));
        if (!restored) {
            flush(); // this session's starting point, so a crash before the first edit restores it
        }
        return restored;
    }

    /** Writes the scenario now if it changed since the last write. */
    public void flush() {
        debounce.stop();
        Scenario s = vm == null ? null : vm.getScenario();
        if (s == null) {
            return;
        }
        OpenedScenario.Origin origin = vm.opened().originProperty().get();
        try {
            if (!s.equals(written)) {
                ScenarioFiles.write(s, file()); // atomic: a crash while writing keeps the last autosave
                written = s;
            }
            if (!origin.equals(writtenOrigin)) {
                writeOrigin(origin);
                writtenOrigin = origin;
            }
        } catch (IOException e) {
            vm.setStatus("Autosave failed: " + e.getMessage());
        }
    }

    /** The origin as two lines, "file=" and "preset=" (either empty), written whole or not at all. */
    private void writeOrigin(OpenedScenario.Origin origin) throws IOException {
        Properties p = new Properties();
        p.setProperty(
                "file",
                origin.file() == null ? "" : origin.file().toAbsolutePath().toString());
        p.setProperty("preset", origin.preset() == null ? "" : origin.preset());
        StringWriter text = new StringWriter();
        p.store(text, "where autosave.json came from");
        AtomicFile.writeString(originFile(), text.toString()); // UTF-8, as readOrigin reads it
    }

    /** The origin written beside the autosave; none when there is none or it cannot be read. */
    private OpenedScenario.Origin readOrigin() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(originFile(), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            return OpenedScenario.Origin.NONE;
        }
        String file = p.getProperty("file", "");
        String preset = p.getProperty("preset", "");
        return new OpenedScenario.Origin(file.isEmpty() ? null : Path.of(file), preset.isEmpty() ? null : preset);
    }

    /** The window closes normally: save a last time and remove the marker, so the next start opens fresh. */
    public void cleanExit() {
        flush();
        if (vm != null && listener != null) {
            vm.scenarioProperty().removeListener(listener);
        }
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            // nothing left to tell: the window is closing
        }
    }
}
