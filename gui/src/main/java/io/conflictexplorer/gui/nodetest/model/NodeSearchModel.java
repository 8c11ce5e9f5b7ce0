package io.conflictexplorer.gui.nodetest.model;

import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeJob;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.check.search.Failure;
import io.conflictexplorer.check.search.NodeSearch;
import io.conflictexplorer.check.search.SearchOptions;
import io.conflictexplorer.check.search.SearchResult;
import io.conflictexplorer.core.sim.Scenario;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * "Find a scenario that breaks my node": {@link NodeSearch} in the background, with its progress
 * and a cancel; when it finds one, the shrunk scenario is handed to {@code found} (the shell opens
 * it as a new, unsaved scenario, so undo brings back what was shown, and the node test shows its
 * result on it); else the result says "no divergence in N scenarios". The seed makes every search
 * reproducible, as on the command line ({@code check-node --search --seed S}).
 */
public final class NodeSearchModel {

    /** Starts a search: {@link NodeSearch#start} in the app, a scripted job in tests. */
    public interface Searcher {
        NodeJob<SearchResult> start(NodeCommand command, SearchOptions options, Consumer<Progress> progress);

        /** The real search ({@link NodeSearch#start}). */
        static Searcher standard() {
            return NodeSearch::start;
        }
    }

    /**
     * What a search found, ready to open.
     *
     * @param scenario the shrunk scenario, titled and narrated with what it breaks
     * @param result   the node's test on it, both modes
     */
    public record Found(Scenario scenario, NodeTestResult result) {}

    private final Executor fx;
    private final Searcher searcher;
    private final Consumer<Found> found;

    private final LongProperty seed = new SimpleLongProperty(SearchOptions.DEFAULT_SEED);
    private final IntegerProperty tries = new SimpleIntegerProperty(SearchOptions.DEFAULT_TRIES);
    private final IntegerProperty clients = new SimpleIntegerProperty(SearchOptions.DEFAULT_CLIENTS);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");

    private NodeJob<SearchResult> job;

    /**
     * @param fx       the thread the properties live on
     * @param searcher starts a search ({@code NodeSearch::start})
     * @param found    opens what a search found (on {@code fx})
     */
    public NodeSearchModel(Executor fx, Searcher searcher, Consumer<Found> found) {
        this.fx = fx;
        this.searcher = searcher;
        this.found = found;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public IntegerProperty triesProperty() {
        return tries;
    }

    public IntegerProperty clientsProperty() {
        return clients;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** What the last search came to, in a sentence or two; empty before one. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** Starts searching with {@code command}; a search under way is cancelled first. False (and why) on bad options. */
    public boolean start(NodeCommand command) {
        SearchOptions options;
        try {
            options = new SearchOptions(seed.get(), tries.get(), clients.get(), SearchOptions.DEFAULT_SHRINK_RUNS);
        } catch (IllegalArgumentException e) {
            outcome.set(e.getMessage());
            return false;
        }
        cancel();
        outcome.set("");
        running.set(true);
        progress.set(0);
        progressText.set("starting");
        NodeJob<SearchResult> started = searcher.start(
                command,
                options,
                p -> fx.execute(() -> {
                    if (running.get()) {
                        progress.set(p.fraction());
                        progressText.set(p.what());
                    }
                }));
        job = started;
        started.result().whenComplete((r, e) -> fx.execute(() -> finished(started, r, e)));
        return true;
    }

    /** Stops the search under way and its node. */
    public void cancel() {
        if (job != null) {
            NodeJob<SearchResult> j = job;
            job = null;
            j.cancel();
            running.set(false);
            outcome.set("Cancelled: the search was stopped.");
        }
    }

    private void finished(NodeJob<SearchResult> which, SearchResult r, Throwable error) {
        if (which != job) {
            return;
        }
        job = null;
        running.set(false);
        progress.set(1);
        Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
        if (cause instanceof CancellationException) {
            outcome.set("Cancelled: the search was stopped.");
        } else if (cause != null) {
            outcome.set("The search failed: " + Objects.toString(cause.getMessage(), cause.toString()));
        } else if (r.notStarted() != null) {
            outcome.set(r.notStarted().modes().get(0).end().sentence());
        } else if (!r.found()) {
            outcome.set("No divergence in " + r.tried() + " scenarios (seed "
                    + r.options().seed() + ", up to " + r.options().clients() + " clients).");
        } else {
            Failure f = r.failure();
            Scenario named = named(f, r.options());
            outcome.set("Found a scenario that breaks your node: scenario " + f.trial() + " of seed "
                    + r.options().seed() + ", " + f.found().operations().size() + " operations, shrunk to "
                    + f.shrunk().operations().size() + " in " + f.shrinkRuns() + " runs. It is open now as a new"
                    + " scenario (Undo brings back the one before), your node's replies marked on it; its"
                    + " narration says what your node did.");
            found.accept(new Found(named, f.result()));
        }
    }

    /** The shrunk scenario, titled and narrated as the command line writes it. */
    static Scenario named(Failure f, SearchOptions options) {
        ModeResult failing = f.result().firstFailing();
        return new Scenario(
                "Breaks my node (seed " + options.seed() + ")",
                (failing == null
                                ? ""
                                : "In the " + failing.mode().wireName() + " run: " + failing.firstProblem() + ". ")
                        + "Found by the search with seed " + options.seed() + " (scenario " + f.trial()
                        + ", shrunk from " + f.found().operations().size() + " to "
                        + f.shrunk().operations().size() + " operations).",
                f.shrunk().clients(),
                f.shrunk().operations(),
                f.shrunk().topology());
    }
}
