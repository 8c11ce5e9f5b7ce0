package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.files.ScenarioFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * Opens a scenario without holding up the window: the file is read and run through both stores on
 * a background thread, and only then does the view model show it, on the FX thread, with the run
 * made ({@link ExplorerViewModel#open(Path, Simulation)}). While it works {@link
 * #messageProperty()} says what it is doing, for the window to show over its content ({@code
 * OpeningVeil}); it is empty when there is nothing to wait for.
 *
 * <p>Why: opening a scenario of 8,000 operations used to run on the FX thread before the window
 * had drawn anything, so the window stayed blank (and, under a window manager, 200 x 200 pixels)
 * for as long as it took. Requests run one after another in the order made (a crash's autosave
 * restored, then the file given on the command line on top of it, as before).
 */
public final class Opening {

    /** Where a scenario comes from: read on the background thread. */
    public interface Source {
        Scenario read() throws ScenarioFileException;
    }

    private final ExplorerViewModel vm;
    private final Executor background;
    private final Executor fx;
    /** Waits for the window to draw the message before the FX thread is busy showing the run. */
    private final Consumer<Runnable> afterAFrame;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Requests made and not yet shown. */
    private int pending;

    /** The app's: a background thread of its own, and the FX thread. */
    public Opening(ExplorerViewModel vm) {
        this(vm, backgroundThread(), Platform::runLater, Opening::afterAFrame);
    }

    /** A thread of its own that runs scenarios one at a time, and never keeps the app alive. */
    static Executor backgroundThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "scenario-runs");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * @param background reads and runs scenarios, one at a time in order
     * @param fx runs on the FX thread
     * @param afterAFrame runs its argument once the window has drawn what changed (tests: at once)
     */
    Opening(ExplorerViewModel vm, Executor background, Executor fx, Consumer<Runnable> afterAFrame) {
        this.vm = vm;
        this.background = background;
        this.fx = fx;
        this.afterAFrame = afterAFrame;
    }

    /** What is being opened and how far it got; empty when nothing is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Opens scenario file {@code file} as File > Open does; a file that cannot be read is reported as there. */
    public void open(Path file) {
        String name = String.valueOf(file.getFileName());
        load(
                "Opening " + name,
                () -> FileCommands.read(file),
                run -> vm.open(file, run),
                e -> vm.open(file)); // reads it again, to report it exactly as File > Open does
    }

    /**
     * Reads {@code source} and runs it in the background, then gives the run to {@code show} on the
     * FX thread; or, when it cannot be read, the reason to {@code failed}.
     */
    public void load(String what, Source source, Consumer<Simulation> show, Consumer<ScenarioFileException> failed) {
        pending++;
        message.set(what + " ...");
        background.execute(() -> {
            Scenario s;
            try {
                s = source.read();
            } catch (ScenarioFileException e) {
                fx.execute(() -> finish(() -> failed.accept(e)));
                return;
            }
            fx.execute(() -> message.set(what + ": running " + size(s) + " through LWW and VV ..."));
            Simulation run;
            try {
                run = Simulator.run(s);
                OperationFacts.of(run); // what the first frame needs of every operation, made here too
            } catch (RuntimeException e) {
                fx.execute(() -> finish(() -> {
                    throw e; // as when the FX thread ran it itself
                }));
                return;
            }
            fx.execute(() -> {
                message.set(what + ": drawing ...");
                afterAFrame.accept(() -> finish(() -> show.accept(run)));
            });
        });
    }

    private void finish(Runnable step) {
        try {
            step.run();
        } finally {
            if (--pending == 0) {
                message.set("");
            }
        }
    }

    /** "8 clients, 8,000 operations". */
    static String size(Scenario s) {
        int clients = s.clients().size();
        int ops = s.operations().size();
        return String.format(
                Locale.ROOT,
                "%,d client%s, %,d operation%s",
                clients,
                clients == 1 ? "" : "s",
                ops,
                ops == 1 ? "" : "s");
    }

    /** Runs {@code then} on the FX thread after the next frame (two pulses: the message is on screen). */
    private static void afterAFrame(Runnable then) {
        PauseTransition pause = new PauseTransition(Duration.millis(50));
        pause.setOnFinished(e -> then.run());
        pause.play();
    }
}
