package io.conflictexplorer.gui.nodetest.model;

import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeJob;
import io.conflictexplorer.check.drive.NodeTest;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.core.sim.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The node test's view model: the student's node run as the open scenario's clients ({@link
 * NodeTest}, both modes, in the background) and its result as the window shows it: a mark per chip
 * ({@link #marks()}), the "your node" panel at the time cursor ({@link #panelProperty()}), and the
 * divergences one at a time ({@link #divergences()}, {@link #next()}, {@link #previous()}), each
 * moving the time cursor to its step.
 *
 * <p>Rules: a run starts only from the student's command ({@link #run()}); nothing is run when a
 * scenario is opened, and another scenario opened clears the result ({@link #clear()}). An edit or a
 * drag makes the result stale ({@link #staleProperty()}: "run again"); when the last run took less
 * than {@link #AUTO_RERUN_NANOS}, the edit runs the node again by itself, so a student drags and
 * watches their node follow. At most one run is under way: an edit during one runs again once it
 * ends, for the scenario as it is then. The job runs on its own thread ({@link NodeJob}); what it
 * reports comes back through {@code fx}, the only thread that touches these properties.
 */
public final class NodeTestModel {

    /** A run that answered faster than this (1 s) is run again by itself after an edit. */
    public static final long AUTO_RERUN_NANOS = 1_000_000_000L;

    /** Starts a node's test: {@link NodeTest#start} in the app, a scripted job in tests. */
    public interface Runner {
        NodeJob<NodeTestResult> start(Scenario scenario, NodeCommand command, Consumer<Progress> progress);

        /** The real test: the node started as a process ({@link NodeTest#start}). */
        static Runner standard() {
            return NodeTest::start;
        }
    }

    private final ObservableValue<Scenario> scenario;
    private final ObservableIntegerValue cursor;
    private final IntConsumer moveCursor;
    private final Executor fx;
    private final Runner runner;
    private final LongSupplier nanos;
    private final NodeTestSettings settings;

    private final StringProperty command = new SimpleStringProperty("");
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<Duration> replyLimit = new SimpleObjectProperty<>(NodeCommand.DEFAULT_REPLY_TIMEOUT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<NodePanel> panel = new ReadOnlyObjectWrapper<>(NodePanel.EMPTY);
    private final ObservableMap<String, OperationMark> marks = FXCollections.observableHashMap();
    private final ObservableList<DivergenceLine> divergences = FXCollections.observableArrayList();
    // one read-only view each: a view's listeners hang on it, and a wrapper made per call is collected with them
    private final ObservableMap<String, OperationMark> marksView = FXCollections.unmodifiableObservableMap(marks);
    private final ObservableList<DivergenceLine> divergencesView =
            FXCollections.unmodifiableObservableList(divergences);
    private final ReadOnlyIntegerWrapper divergence = new ReadOnlyIntegerWrapper(-1);

    private NodeTestProjection projection;
    /** The run under way (or last) was started by an edit: its result leaves the cursor where it is. */
    private boolean automatic;

    private NodeJob<NodeTestResult> job;
    private long startedAt;
    private long lastRunNanos = Long.MAX_VALUE;
    /** The scenario changed while a run was under way: run again when it ends (an automatic run). */
    private boolean rerunWhenDone;

    /**
     * @param scenario   the open scenario, read only
     * @param cursor     the time cursor, read
     * @param moveCursor moves the time cursor (a divergence shows its step)
     * @param fx         the thread the properties live on ({@code Platform::runLater}; tests: at once)
     * @param runner     starts a test ({@code NodeTest::start})
     * @param nanos      the clock runs are timed with ({@code System::nanoTime})
     * @param settings   where the command is remembered between sessions
     */
    public NodeTestModel(
            ObservableValue<Scenario> scenario,
            ObservableIntegerValue cursor,
            IntConsumer moveCursor,
            Executor fx,
            Runner runner,
            LongSupplier nanos,
            NodeTestSettings settings) {
        this.scenario = scenario;
        this.cursor = cursor;
        this.moveCursor = moveCursor;
        this.fx = fx;
        this.runner = runner;
        this.nanos = nanos;
        this.settings = settings;
        command.set(settings.command());
        folder.set(settings.folder());
        scenario.addListener((obs, was, now) -> scenarioChanged());
        cursor.addListener((obs, was, now) -> showPanel());
    }

    // ---- the command ---------------------------------------------------------------------------

    /** The node's command line, as the student typed it (remembered once run). */
    public StringProperty commandProperty() {
        return command;
    }

    /** The folder the command runs in (remembered once run); null: the app's own folder. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** How long each reply may take before the node is stopped (5 s, the task's limit, unless changed). */
    public ObjectProperty<Duration> replyLimitProperty() {
        return replyLimit;
    }

    /** The command, folder and reply limit as a {@link NodeCommand}; an error names what is wrong (an empty command). */
    public NodeCommand nodeCommand() {
        Path dir = folder.get() == null ? Path.of("").toAbsolutePath() : folder.get();
        return new NodeCommand(command.get().strip(), dir, replyLimit.get());
    }

    // ---- what the window shows ----------------------------------------------------------------

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while a run is under way. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing ({@code vv run: 4 of 9 requests answered}). */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** A line about the last run that is no result: cancelled, or a command that could not be run. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the node test has something to show (a run under way or a result): its panel shows. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** True when the scenario was edited since the result's run: "run again". */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** The "your node" panel at the time cursor. */
    public ReadOnlyObjectProperty<NodePanel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    /** A mark per operation of the tested scenario, by operation id; empty with no result. */
    public ObservableMap<String, OperationMark> marks() {
        return marksView;
    }

    /** The result's divergences, in the order previous and next step through them. */
    public ObservableList<DivergenceLine> divergences() {
        return divergencesView;
    }

    /** The divergence shown, from 0; -1 when none is. */
    public ReadOnlyIntegerProperty divergenceProperty() {
        return divergence.getReadOnlyProperty();
    }

    /** How long the last completed run took, in nanoseconds; {@code Long.MAX_VALUE} before one. */
    public long lastRunNanos() {
        return lastRunNanos;
    }

    // ---- commands ---------------------------------------------------------------------------------

    /**
     * Runs the node on the open scenario (and remembers the command); a run under way is cancelled
     * first. False, with the reason in {@link #statusProperty()}, when the command is empty.
     */
    public boolean run() {
        NodeCommand c;
        try {
            c = nodeCommand();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return false;
        }
        settings.remember(c.command(), folder.get());
        start(c, false);
        return true;
    }

    /** Cancels the run under way: its node is stopped; the last result stays. */
    public void cancel() {
        if (job != null) {
            NodeJob<NodeTestResult> j = job;
            job = null;
            rerunWhenDone = false;
            j.cancel();
            running.set(false);
            status.set("Cancelled: the node was stopped");
            shown.set(projection != null || !status.get().isEmpty());
        }
    }

    /** Shows {@code result}, run elsewhere (the search's), as if it were this model's last run. */
    public void show(NodeTestResult result) {
        cancel();
        automatic = false;
        status.set("");
        shown.set(true);
        showResult(NodeTestProjection.of(result));
    }

    /** Forgets the result and hides the panel (another scenario was opened, or the student closed it). */
    public void clear() {
        if (job != null) {
            NodeJob<NodeTestResult> j = job;
            job = null;
            j.cancel();
        }
        rerunWhenDone = false;
        running.set(false);
        projection = null;
        marks.clear();
        divergences.clear();
        divergence.set(-1);
        panel.set(NodePanel.EMPTY);
        stale.set(false);
        status.set("");
        shown.set(false);
    }

    /** Shows the next divergence (the first after the last) and moves the cursor to its step. */
    public void next() {
        if (!divergences.isEmpty()) {
            showDivergence((divergence.get() + 1) % divergences.size());
        }
    }

    public void previous() {
        if (!divergences.isEmpty()) {
            int i = divergence.get() <= 0 ? divergences.size() - 1 : divergence.get() - 1;
            showDivergence(i);
        }
    }

    /** Shows divergence {@code i} and moves the time cursor to its step. */
    public void showDivergence(int i) {
        divergence.set(i);
        if (divergences.get(i).cursor() != DivergenceLine.NO_STEP) {
            moveCursor.accept(divergences.get(i).cursor());
        }
        showPanel();
    }

    // ---- the run --------------------------------------------------------------------------------

    /** {@code automatic}: started by an edit, so its result leaves the cursor where the student has it. */
    private void start(NodeCommand c, boolean automatic) {
        this.automatic = automatic;
        if (job != null) {
            NodeJob<NodeTestResult> j = job;
            job = null;
            j.cancel();
        }
        rerunWhenDone = false;
        Scenario s = scenario.getValue();
        running.set(true);
        shown.set(true);
        status.set("");
        progress.set(0);
        progressText.set("starting the node");
        startedAt = nanos.getAsLong();
        NodeJob<NodeTestResult> started = runner.start(s, c, p -> fx.execute(() -> progressed(p)));
        job = started;
        started.result()
                .thenApply(NodeTestProjection::of) // the projection runs the scenario: off the FX thread
                .whenComplete((projected, error) -> fx.execute(() -> finished(started, projected, error)));
    }

    private void progressed(Progress p) {
        if (running.get()) {
            progress.set(p.fraction());
            progressText.set(p.what());
        }
    }

    private void finished(NodeJob<NodeTestResult> which, NodeTestProjection projected, Throwable error) {
        if (which != job) {
            return; // cancelled, or overtaken by a newer run
        }
        job = null;
        running.set(false);
        lastRunNanos = nanos.getAsLong() - startedAt;
        Throwable cause = error instanceof CompletionException c && c.getCause() != null ? c.getCause() : error;
        if (cause instanceof CancellationException) {
            status.set("Cancelled: the node was stopped");
        } else if (cause != null) {
            status.set("The node could not be tested: " + Objects.toString(cause.getMessage(), cause.toString()));
        } else {
            showResult(projected);
        }
        if (rerunWhenDone && projection != null && stale.get()) {
            rerunWhenDone = false;
            start(nodeCommand(), true);
        }
    }

    private void showResult(NodeTestProjection p) {
        projection = p;
        Map<String, OperationMark> m = p.marks();
        marks.keySet().retainAll(m.keySet());
        marks.putAll(m);
        divergences.setAll(p.divergences());
        divergence.set(-1);
        stale.set(!sameRun(p.scenario(), scenario.getValue()));
        showPanel();
        if (!divergences.isEmpty() && !stale.get() && !automatic) {
            showDivergence(0); // the first thing wrong, in view
        }
    }

    private void showPanel() {
        panel.set(projection == null ? NodePanel.EMPTY : projection.panel(cursor.get()));
    }

    private void scenarioChanged() {
        if (projection == null && job == null) {
            return;
        }
        Scenario now = scenario.getValue();
        boolean differs = projection != null && !sameRun(projection.scenario(), now);
        stale.set(differs);
        if (!differs || lastRunNanos >= AUTO_RERUN_NANOS) {
            return;
        }
        if (job != null) {
            rerunWhenDone = true; // once the run under way ends, for the scenario as it is then
            return;
        }
        try {
            start(nodeCommand(), true);
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
        }
    }

    /** True when {@code a} and {@code b} send the node the same requests: a title or narration is no edit of the run. */
    static boolean sameRun(Scenario a, Scenario b) {
        return a != null
                && b != null
                && a.clients().equals(b.clients())
                && a.operations().equals(b.operations())
                && a.topology().equals(b.topology());
    }
}
