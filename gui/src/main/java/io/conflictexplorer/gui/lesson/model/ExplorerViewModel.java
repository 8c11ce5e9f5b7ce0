package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.gui.edit.ChipDrag;
import io.conflictexplorer.gui.edit.Runs;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.edit.TopologyDrag;
import io.conflictexplorer.gui.lesson.model.Presentation.Page;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.ClusterState;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;

/**
 * The main window's composition root: it builds the small models the views bind to, wires them to
 * one another, and owns the one recompute. Each model is one concern with its own properties and
 * commands:
 *
 * <ul>
 *   <li>{@link #document()}: which scenario is open, its title, saved or not, the status line and
 *       problems; open, save, export;
 *   <li>{@link #presentation()}: zoom, Presenter, dark, blank, playback speed;
 *   <li>{@link #lesson()}: predict, then reveal;
 *   <li>{@link #selection()}: the selected operation and the active lane;
 *   <li>{@link #playback()}: the time cursor;
 *   <li>{@link #editing()} and {@link #cluster()}: the edits, on the {@link ScenarioEditor}'s undo
 *       stack;
 *   <li>{@link #projected()}: what the projection shows at the cursor.
 * </ul>
 *
 * <p>Data flows one way: after every change of the scenario the core {@link Simulator} runs it from
 * scratch, and the projection of the result at the cursor is published as immutable models
 * ({@link DiagramModel}, {@link PanelState}, {@link ClusterState}). Views read only these; they
 * never see core's scenario or topology.
 */
public final class ExplorerViewModel {

    /** How long playback shows each step. */
    private static final Duration PLAYBACK_STEP = Duration.seconds(1.2);

    private final ScenarioEditor editor;
    /** The runs of the scenario: made here, or ahead in the background for a large one. */
    private final Runs runs;

    private final Playback playback;
    private final Selection selection;
    private final LessonMode lesson;
    private final Presentation presentation = new Presentation();
    private final Projected projected = new Projected();
    private final Document document;
    private final Editing editing;
    private final ClusterEditing cluster;

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private Simulation simulation;
    /** For each cursor position (VV steps applied), how many LWW steps are applied. */
    private int[] lwwApplied = {0};
    /** Counts scenario changes, so a view can tell a cursor moved by a new run from one moved by the user. */
    private long revision;

    private long lastRecomputeNanos;

    /**
     * The app's view model: drag ticks batched on the FX thread, playback on a Timeline, a large
     * scenario's drag previews run on a background thread.
     *
     * @param fxThread runs a task on the FX thread, after what is queued there (the app: {@code
     *     Platform::runLater})
     */
    public ExplorerViewModel(List<Preset> presets, Executor fxThread) {
        this(presets, fxThread, new TimelineTicker(PLAYBACK_STEP), new Runs(Opening.backgroundThread(), fxThread));
    }

    /**
     * @param dragScheduler runs a drag's batched preview later (the app: after the queued mouse
     *     events; tests: at once, or when they say)
     * @param ticker        paces playback
     */
    public ExplorerViewModel(List<Preset> presets, Executor dragScheduler, Playback.Ticker ticker) {
        this(presets, dragScheduler, ticker, new Runs(Runnable::run, Runnable::run)); // a large scenario's too, at once
    }

    private ExplorerViewModel(List<Preset> presets, Executor dragScheduler, Playback.Ticker ticker, Runs runs) {
        Scenario first = presets.isEmpty()
                ? Scenario.of("Empty", List.of("c1", "c2"))
                : presets.get(0).scenario();
        editor = new ScenarioEditor(first);
        this.runs = runs;
        ChipDrag chipDrag = new ChipDrag(editor, dragScheduler, runs);
        TopologyDrag topologyDrag = new TopologyDrag(editor, dragScheduler);
        Problems problems = new Problems();
        selection = new Selection(scenario::get);
        document = new Document(presets, scenario::get, problems, editor, chipDrag, runs, selection);
        editing = new Editing(editor, chipDrag, topologyDrag, selection, scenario::get, problems);
        cluster = new ClusterEditing(editor, topologyDrag, projected::cursorTick);
        playback = new Playback(ticker);
        lesson = new LessonMode(playback, this::redraw);
        playback.cursorProperty().addListener((obs, was, now) -> {
            lesson.cursorMoved(); // a step forward hides again after the move; anything else shows it
            redraw();
        });
        presentation.speedProperty().addListener((obs, was, now) -> ticker.setRate(now.doubleValue()));
        selection.selectedProperty().addListener((obs, was, now) -> redraw());
        editor.setListener(this::scenarioChanged);
        // another scenario starts where the class sees it happen: at the diagram, not at its results
        document.opened().openedProperty().addListener((obs, was, now) -> presentation.showPage(Page.DIAGRAM));
        document.show(first);
    }

    // ---- the models ------------------------------------------------------------------------------

    /** The open scenario as a document: file, title, unsaved, status, problems; open, save, export. */
    public Document document() {
        return document;
    }

    /** Zoom, Presenter, dark, blank and playback speed. */
    public Presentation presentation() {
        return presentation;
    }

    /** Predict, then reveal; and the step forward that honours it. */
    public LessonMode lesson() {
        return lesson;
    }

    /** The selected operation and the active client lane. */
    public Selection selection() {
        return selection;
    }

    /** The time cursor: where it stands, how many steps there are, playing or not. */
    public Playback playback() {
        return playback;
    }

    /** The edits of operations and lanes, and undo and redo. */
    public Editing editing() {
        return editing;
    }

    /** The edits of replicas, clocks, skews and links. */
    public ClusterEditing cluster() {
        return cluster;
    }

    /** What the projection shows at the cursor: diagram, panels, narration, step line, cluster. */
    public Projected projected() {
        return projected;
    }

    // ---- the scenario and its run ----------------------------------------------------------------

    /** The scenario, for what saves or exports it (autosave, the exports); views show the models above instead. */
    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    /** The run of the scenario on display (both modes). */
    public Simulation getSimulation() {
        return simulation;
    }

    /** Increases with every change of the scenario. */
    public long revision() {
        return revision;
    }

    /** Wall time of the last from-scratch recompute and model rebuild (not the redraw), for measurements. */
    public long lastRecomputeNanos() {
        return lastRecomputeNanos;
    }

    // ---- recomputation ---------------------------------------------------------------------------

    /** The editor changed the scenario or its history: rerun from scratch when the scenario is new. */
    private void scenarioChanged(Scenario s, boolean replaced) {
        editing.historyChanged();
        if (s != scenario.get() || replaced) {
            recompute(s, replaced);
        }
    }

    /** The only place the trace is recomputed: from scratch, for the whole scenario. */
    private void recompute(Scenario s, boolean replaced) {
        long t0 = System.nanoTime();
        Simulation sim = runs.run(s);
        revision++;
        // the run and its step table change together, before any listener can redraw (the selection's, below)
        simulation = sim;
        lwwApplied = sim.lwwStepsApplied();
        scenario.set(s);
        document.changed(s);
        selection.scenarioChanged(s);
        projected.setCluster(!s.topology().isSingle());
        int steps = sim.vv().size();
        // another scenario opens at its end, or before its first step in predict mode; an edit keeps the cursor
        if (!(replaced ? playback.rerunAt(steps, lesson.openingCursor(steps)) : playback.rerun(steps, false))) {
            redraw(); // else the cursor moved and its listener redrew
        }
        lastRecomputeNanos = System.nanoTime() - t0;
    }

    private void redraw() {
        if (simulation == null) {
            return;
        }
        TraceProjection.Frame f = lesson.frame(
                simulation,
                lwwApplied,
                playback.cursorProperty().get(),
                selection.selectedProperty().get());
        selection.projected(f.selectedIsWrite(), f.selectedIsBlind());
        projected.show(f, tick -> ClusterState.of(scenario.get().topology(), tick));
    }
}
