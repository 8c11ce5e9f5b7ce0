package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.gui.projection.OperationFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.util.Duration;

/**
 * Opens a scenario without holding up the window: the file is read and run through both stores on
 * a background thread, and only then does the view model show it, on the FX thread, with the run
 * made ({@link Document#open(Path, Simulation)}). While it works {@link
 * #messageProperty()} says what it is doing, for the window to show (the starting window's line;
 * later {@code OpeningVeil}, over the content); it is empty when there is nothing to wait for.
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

    /**
     * A file read and run from the moment the app starts, before there is a view model or a window
     * to show it in ({@link #ahead}); {@link #open(Path, Early)} shows it when both are there.
     */
    public static final class Early {
        private final CompletableFuture<Scenario> scenario = new CompletableFuture<>();
        private final CompletableFuture<Simulation> run = new CompletableFuture<>();
    }

    /** Starts reading and running {@code file} at once, on a thread of its own. */
    public static Early ahead(Path file) {
        Early early = new Early();
        Thread reader = new Thread(
                () -> {
                    try {
                        Scenario s = FileCommands.read(file);
                        early.scenario.complete(s);
                        Simulation sim = Simulator.run(s);
                        OperationFacts.of(sim);
                        early.run.complete(sim);
                    } catch (ScenarioFileException | RuntimeException e) {
                        early.scenario.completeExceptionally(e);
                        early.run.completeExceptionally(e);
                    }
                },
                "scenario-ahead");
        reader.setDaemon(true); // never keeps the app alive
        reader.start();
        return early;
    }

    private final ExplorerViewModel vm;
    private final Executor background;
    private final Executor fx;
    /** Waits for the window to draw the message before the FX thread is busy showing the run. */
    private final Consumer<Runnable> afterAFrame;

    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Requests made and not yet shown. */
    private int pending;
    /** What waits for every request to be shown ({@link #whenIdle}). */
    private final List<Runnable> idle = new ArrayList<>();

    /**
     * The app's: a background thread of its own, and the FX thread.
     *
     * @param fxThread runs a task on the FX thread (the app: {@code Platform::runLater})
     */
    public Opening(ExplorerViewModel vm, Executor fxThread) {
        this(vm, backgroundThread(), fxThread, Opening::afterAFrame);
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

    /**
     * A file from here on is opened in the background (with {@link #open(Path)}) when chosen: a
     * lesson's scenario is a few kilobytes, one of thousands of operations hundreds.
     */
    static final long LARGE_FILE = 64 * 1024;

    /**
     * Opens the scenario file the teacher chose: a large one ({@link #LARGE_FILE}) in the
     * background, as {@link #open(Path)}; a lesson's at once, as it always was.
     */
    public void openChosen(Path file) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0; // File > Open says what is wrong with it
        }
        if (bytes > LARGE_FILE) {
            open(file);
        } else {
            vm.document().open(file);
        }
    }

    /** Opens scenario file {@code file} as File > Open does; a file that cannot be read is reported as there. */
    public void open(Path file) {
        load("Opening " + file.getFileName(), (what, progress) -> run(what, FileCommands.read(file), progress), file);
    }

    /** As {@link #open(Path)}, with the file read and run {@link #ahead} already. */
    public void open(Path file, Early early) {
        load("Opening " + file.getFileName(), running(early), file);
    }

    /** As {@link #load(String, Source, Consumer, Consumer)}, with the scenario read and run {@link #ahead}. */
    public void load(String what, Early early, Consumer<Simulation> show, Consumer<ScenarioFileException> failed) {
        load(what, running(early), show, failed);
    }

    private static Running running(Early early) {
        return (what, progress) -> {
            progress.accept(what + ": running " + size(joined(early.scenario)) + " through LWW and VV ...");
            return joined(early.run);
        };
    }

    private void load(String what, Running source, Path file) {
        load(
                what,
                source,
                run -> vm.document().open(file, run),
                // once what is queued is shown (the window may be made only then), File > Open reports it
                e -> whenIdle(() -> vm.document().open(file)));
    }

    /** Runs {@code then} on the FX thread once every request made is shown: at once when none waits. */
    public void whenIdle(Runnable then) {
        if (pending == 0) {
            then.run();
        } else {
            idle.add(then);
        }
    }

    /** What a future holds, or the exception it failed with, as the file was read and run. */
    private static <T> T joined(CompletableFuture<T> f) throws ScenarioFileException {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ScenarioFileException s) {
                throw s;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Reads a scenario and runs it, saying so to {@code progress}: on the background thread. */
    private interface Running {
        Simulation run(String what, Consumer<String> progress) throws ScenarioFileException;
    }

    private static Simulation run(String what, Scenario s, Consumer<String> progress) {
        progress.accept(what + ": running " + size(s) + " through LWW and VV ...");
        Simulation sim = Simulator.run(s);
        OperationFacts.of(sim); // what the first frame needs of every operation, made here too
        return sim;
    }

    /**
     * Reads {@code source} and runs it in the background, then gives the run to {@code show} on the
     * FX thread; or, when it cannot be read, the reason to {@code failed}.
     */
    public void load(String what, Source source, Consumer<Simulation> show, Consumer<ScenarioFileException> failed) {
        load(what, (w, progress) -> run(w, source.read(), progress), show, failed);
    }

    private void load(String what, Running source, Consumer<Simulation> show, Consumer<ScenarioFileException> failed) {
        pending++;
        message.set(what + " ...");
        background.execute(() -> {
            Simulation run;
            try {
                run = source.run(what, m -> fx.execute(() -> message.set(m)));
            } catch (ScenarioFileException e) {
                fx.execute(() -> finish(() -> failed.accept(e)));
                return;
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
                List<Runnable> then = new ArrayList<>(idle);
                idle.clear();
                then.forEach(Runnable::run);
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
