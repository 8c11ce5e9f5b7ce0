package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
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
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.util.Duration;

/**
 * Keeps the open scenario safe across a crash. After every change of the scenario (debounced, so a
 * drag writes once when it settles) it is written atomically to {@code autosave.json} in the
 * autosave directory, on a thread of its own. While a window is open a marker file {@code
 * session.lock} exists there; a clean exit ({@link #cleanExit()}) removes it. At start, a marker left behind means the last
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
    /**
     * Writes the file: the app's on a thread of its own (a scenario of 8,000 operations is a
     * megabyte, a tenth of a second to write, which the FX thread would spend after every edit),
     * a test's at once; {@code fx} reports its trouble.
     */
    private final Executor writer;

    private final Executor fx;
    private ExplorerViewModel vm;
    private ChangeListener<Scenario> listener;
    private Scenario written;
    private OpenedScenario.Origin writtenOrigin;

    /**
     * The app's: writes on a thread of its own, a debounce on the FX clock.
     *
     * @param fxThread runs a task on the FX thread (the app: {@code Platform::runLater})
     */
    public Autosave(Path dir, Executor fxThread) {
        this(
                dir,
                pause(Duration.millis(DEBOUNCE_MILLIS)),
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "autosave");
                    t.setDaemon(true);
                    return t;
                }),
                fxThread);
    }

    /** Writes at once, on the calling thread, when {@code debounce} says. */
    public Autosave(Path dir, Quiet debounce) {
        this(dir, debounce, Runnable::run, Runnable::run);
    }

    private Autosave(Path dir, Quiet debounce, Executor writer, Executor fx) {
        this.dir = dir;
        this.debounce = debounce;
        this.writer = writer;
        this.fx = fx;
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
    public static Autosave inDefaultDirectory(Executor fxThread) {
        return new Autosave(defaultDirectory(), fxThread);
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
            if (crashed()) {
                Scenario s = ScenarioFiles.read(file());
                OpenedScenario.Origin origin = readOrigin();
                model.document().restore(s, origin, restoredMessage(s, origin));
                written = s;
                writtenOrigin = origin;
                restored = true;
            }
        } catch (ScenarioFileException e) {
            model.document().setStatus(notRestored(e));
        }
        watch(restored);
        return restored;
    }

    /**
     * As {@link #attach(ExplorerViewModel)}, with the autosave read and run by {@code opening}, off
     * the FX thread: the window is up while a large scenario is restored. Returns true when there is
     * an autosave to restore.
     */
    public boolean attach(ExplorerViewModel model, Opening opening) {
        return attach(model, opening, null);
    }

    /**
     * Starts reading and running the autosave of a session that did not exit cleanly, if there is
     * one, from the app's start, before there is a view model ({@link #attach(ExplorerViewModel,
     * Opening, Opening.Early)} shows it); null when there is nothing to restore.
     */
    public Opening.Early restoreAhead() {
        return crashed() ? Opening.ahead(file()) : null;
    }

    /** As {@link #attach(ExplorerViewModel, Opening)}, with the autosave read and run ahead ({@link #restoreAhead}), or not (null). */
    public boolean attach(ExplorerViewModel model, Opening opening, Opening.Early early) {
        this.vm = model;
        if (!crashed()) {
            watch(false);
            return false;
        }
        watch(true);
        OpenedScenario.Origin origin = readOrigin();
        Consumer<Simulation> show = run -> {
            written = run.scenario(); // before the scenario changes: it is not written again
            writtenOrigin = origin;
            model.document().restore(run, origin, restoredMessage(run.scenario(), origin));
        };
        Consumer<ScenarioFileException> failed = e -> {
            model.document().setStatus(notRestored(e));
            flush(); // as when nothing was restored: this session's starting point
        };
        if (early != null) {
            opening.load(RESTORING, early, show, failed);
        } else {
            opening.load(RESTORING, () -> ScenarioFiles.read(file()), show, failed);
        }
        return true;
    }

    private static final String RESTORING = "Restoring the last session";

    /** The last session left its marker and an autosave: it did not exit cleanly. */
    private boolean crashed() {
        return Files.exists(marker()) && Files.isRegularFile(file());
    }

    /** Says what was restored: by its file's name when it came from one, else by its title. */
    private static String restoredMessage(Scenario s, OpenedScenario.Origin origin) {
        return "Restored your edits: the last session did not close cleanly ("
                + (origin.file() != null ? origin.file().getFileName() : s.title()) + ").";
    }

    private static String notRestored(ScenarioFileException e) {
        return "The autosave of the last session could not be restored: " + e.getMessage();
    }

    /** Marks this session as running and writes the scenario after every change; {@code restored}: not now. */
    private void watch(boolean restored) {
        // what a write cut short by the crash left behind
        AtomicFile.removeLeftovers(file());
        AtomicFile.removeLeftovers(originFile());
        try {
            Files.createDirectories(dir);
            AtomicFile.writeString(
                    marker(), String.valueOf(ProcessHandle.current().pid()));
        } catch (IOException e) {
            vm.document().setStatus("Autosave is off: " + dir + " cannot be written (" + e.getMessage() + ").");
            return;
        }
        listener = (obs, was, now) -> debounce.restart(this::flush);
        vm.scenarioProperty().addListener(listener);
        // a save or an open may change where the scenario comes from, not the scenario
        vm.document().opened().originProperty().addListener((obs, was, now) -> debounce.restart(this::flush));
        if (!restored) {
            flush(); // this session's starting point, so a crash before the first edit restores it
        }
    }

    /** Writes the scenario, and where it came from, now if either changed since the last write. */
    public void flush() {
        debounce.stop();
        Scenario s = vm == null ? null : vm.getScenario();
        if (s == null) {
            return;
        }
        OpenedScenario.Origin origin = vm.document().opened().originProperty().get();
        boolean scenario = !s.equals(written);
        boolean from = !origin.equals(writtenOrigin);
        if (!scenario && !from) {
            return;
        }
        // the writes are in order: the files end with the last scenario and origin asked for
        written = s;
        writtenOrigin = origin;
        writer.execute(() -> {
            try {
                if (scenario) {
                    ScenarioFiles.write(s, file()); // a temporary file moved into place: never half written
                }
                if (from) {
                    writeOrigin(origin);
                }
            } catch (IOException e) {
                fx.execute(() -> {
                    if (written == s) {
                        written = null; // written again at the next change
                    }
                    if (writtenOrigin == origin) {
                        writtenOrigin = null;
                    }
                    vm.document().setStatus("Autosave failed: " + e.getMessage());
                });
            }
        });
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
        if (vm == null) {
            return; // never attached (the window closed while starting): the marker is the last session's
        }
        flush();
        if (writer instanceof ExecutorService service) { // the last write must land before the marker goes
            service.shutdown();
            try {
                service.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
