package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.edit.ChipDrag;
import io.conflictexplorer.gui.edit.Runs;
import io.conflictexplorer.gui.edit.ScenarioEditor;
import io.conflictexplorer.gui.edit.TopologyDrag;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.ViewCommand;
import io.conflictexplorer.gui.projection.ClusterState;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * What the window binds to: properties first, then the commands its controls call. A thin facade
 * over the parts that do the work: the {@link ScenarioEditor} (every edit, and drags as gestures on
 * its undo stack), {@link Playback} (the time cursor), {@link FileCommands} (open, save, export) and
 * {@link TraceProjection} (what a simulation shows at the cursor).
 *
 * <p>Data flows one way: after every change of the scenario the core {@link Simulator} runs it from
 * scratch, and the projection of the result at the cursor is published as immutable models
 * ({@link DiagramModel}, {@link PanelState}, {@link ClusterState}). Views read only these; they
 * never see core's scenario or topology.
 */
public final class ExplorerViewModel {

    /** Shortest and longest zoom factors; 1 is the desk view. */
    public static final double MIN_ZOOM = 0.75;

    public static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 0.25;
    /** How long playback shows each step. */
    private static final Duration PLAYBACK_STEP = Duration.seconds(1.2);
    /** The playback speeds offered, slowest first. */
    public static final List<Double> SPEEDS = List.of(0.5, 1.0, 1.5, 2.0, 3.0);

    /** What the narration asks while a step's result is hidden. */
    public static final String PREDICT_QUESTION = LessonMode.PREDICT_QUESTION;
    /** The window title's tail, after the scenario's file or title. */
    public static final String APP_NAME = "Conflict Explorer";

    private final ScenarioEditor editor;
    /** The runs of the scenario: made here, or ahead in the background for a large one. */
    private final Runs runs;

    private final ChipDrag chipDrag;
    private final TopologyDrag topologyDrag;
    private final Playback playback;
    private final Problems problems = new Problems();
    private final FileCommands files = new FileCommands(problems);

    private final ObservableList<Preset> presets = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scenarioNarration = new ReadOnlyStringWrapper("");
    private final OpenedScenario opened;
    private final OpenCommands opens;
    private final LessonMode lesson = new LessonMode(this::redraw);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper activeClient = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<DiagramModel> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelState> lwwPanel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelState> vvPanel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lwwNarration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vvNarration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper selectedIsWrite = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper selectedIsBlind = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ClusterState> clusterState = new ReadOnlyObjectWrapper<>(ClusterState.SINGLE);
    private final ReadOnlyBooleanWrapper cluster = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty zoom = new BoundedDoubleProperty(1.0, MIN_ZOOM, MAX_ZOOM);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty speed = new BoundedDoubleProperty(1.0, SPEEDS.get(0), SPEEDS.get(SPEEDS.size() - 1));
    private final BooleanProperty dark = new SimpleBooleanProperty(false);
    private final StringProperty newKey = new SimpleStringProperty("");

    private final ViewCommand undoCommand;
    private final ViewCommand redoCommand;
    private final ViewCommand deleteCommand;
    private final ViewCommand blindCommand;

    private Simulation simulation;
    /** For each cursor position (VV steps applied), how many LWW steps are applied. */
    private int[] lwwApplied = {0};
    /** Counts scenario changes, so a view can tell a cursor moved by a new run from one moved by the user. */
    private long revision;

    private long lastRecomputeNanos;

    /**
     * The app's view model: drag ticks batched on the FX thread, playback on a Timeline, a large
     * scenario's drag previews run on a background thread.
     */
    public ExplorerViewModel(List<Preset> presets) {
        this(
                presets,
                Platform::runLater,
                new TimelineTicker(PLAYBACK_STEP),
                new Runs(Opening.backgroundThread(), Platform::runLater));
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
        this.presets.setAll(presets);
        opened = new OpenedScenario(this.presets, APP_NAME);
        Scenario first = presets.isEmpty()
                ? Scenario.of("Empty", List.of("c1", "c2"))
                : presets.get(0).scenario();
        editor = new ScenarioEditor(first);
        this.runs = runs;
        chipDrag = new ChipDrag(editor, dragScheduler, runs);
        topologyDrag = new TopologyDrag(editor, dragScheduler);
        opens = new OpenCommands(editor, chipDrag, runs, files, opened, selected, status);
        playback = new Playback(ticker);
        playback.cursorProperty().addListener((obs, was, now) -> {
            lesson.cursorMoved(); // stepForward hides again after the move; anything else shows it
            redraw();
        });
        speed.addListener((obs, was, now) -> ticker.setRate(now.doubleValue()));
        selected.addListener((obs, was, now) -> redraw());
        undoCommand = new ViewCommand(this::undo, canUndo, undoText);
        redoCommand = new ViewCommand(this::redo, canRedo, redoText);
        deleteCommand = new ViewCommand(this::deleteSelected, selected.isNotNull());
        blindCommand = new ViewCommand(this::toggleBlindOfSelected, selectedIsWrite);
        editor.setListener(this::scenarioChanged);
        show(first);
    }

    // ---- properties: the scenario ------------------------------------------------------------

    public ObservableList<Preset> presets() {
        return presets;
    }

    /** The preset the scenario is, unedited; null once edited or for an opened file. */
    public ReadOnlyObjectProperty<Preset> currentPresetProperty() {
        return opened.currentPresetProperty();
    }

    /** What the open scenario is and where it came from: the preset box's label, the count of scenarios opened. */
    public OpenedScenario opened() {
        return opened;
    }

    /** The scenario, for what saves it (autosave); views show the models below instead. */
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

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The scenario's own narration: what the teacher shows with it. */
    public ReadOnlyStringProperty scenarioNarrationProperty() {
        return scenarioNarration.getReadOnlyProperty();
    }

    /** Increases with every change of the scenario. */
    public long revision() {
        return revision;
    }

    // ---- properties: what the projection shows -----------------------------------------------

    public DiagramModel getDiagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<DiagramModel> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PanelState> lwwPanelProperty() {
        return lwwPanel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PanelState> vvPanelProperty() {
        return vvPanel.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PanelState> panelProperty(Mode mode) {
        return mode == Mode.LWW ? lwwPanelProperty() : vvPanelProperty();
    }

    public ReadOnlyStringProperty lwwNarrationProperty() {
        return lwwNarration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty vvNarrationProperty() {
        return vvNarration.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepTextProperty() {
        return stepText.getReadOnlyProperty();
    }

    /** The replicas, their skews and scheme, and which links are cut at the cursor. */
    public ReadOnlyObjectProperty<ClusterState> clusterStateProperty() {
        return clusterState.getReadOnlyProperty();
    }

    /** True when the scenario runs on several replicas (the cluster controls and lanes show). */
    public ReadOnlyBooleanProperty clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    // ---- properties: selection, time cursor, presentation ------------------------------------

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activeClientProperty() {
        return activeClient.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedIsWriteProperty() {
        return selectedIsWrite.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty selectedIsBlindProperty() {
        return selectedIsBlind.getReadOnlyProperty();
    }

    /** Bound two-way to the slider; out-of-range values are clamped. */
    public IntegerProperty cursorProperty() {
        return playback.cursorProperty();
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return playback.stepCountProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playback.playingProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** A line for the status bar: autosave restores and the like; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while the screen is blanked (a clicker's B or "."): the class looks at the teacher. */
    public ReadOnlyBooleanProperty blankProperty() {
        return blank.getReadOnlyProperty();
    }

    /**
     * Predict, then reveal: while on, a step forward moves the cursor and names the step, but the
     * diagram, panels and narration keep showing the state before it ({@link #resultHiddenProperty()}) until
     * the teacher reveals it, so the class commits to an answer first.
     */
    public BooleanProperty predictProperty() {
        return lesson.predictProperty();
    }

    /** The dark theme for a dim room (remembered by {@link Settings}). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** How fast playback steps: 1 is one step every 1.2 s; clamped to {@link #SPEEDS}' range. */
    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * The key new reads and writes use; blank: the selected operation's key, else the scenario's
     * first (as before there was a choice).
     */
    public StringProperty newKeyProperty() {
        return newKey;
    }

    /** True while the result of the step at the cursor is hidden (the panels show "?"). */
    public ReadOnlyBooleanProperty resultHiddenProperty() {
        return lesson.resultHiddenProperty();
    }

    /** True when the scenario differs from what was last saved, opened or loaded as a preset. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return opened.unsavedProperty();
    }

    /**
     * True when the scenario was edited since it was loaded, opened or saved while its narration
     * stayed as it was: the header then says the narration describes the scenario as loaded.
     */
    public ReadOnlyBooleanProperty narrationOutdatedProperty() {
        return opened.narrationOutdatedProperty();
    }

    /** A preset as the picker lists it: its number (as the README counts them) and title. */
    public String presetLabel(Preset preset) {
        return opened.presetLabel(preset);
    }

    /** The file the scenario was last saved to or opened from; null for a preset or a new one. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return opened.fileProperty();
    }

    /** "cart.json * - Conflict Explorer": the file (else the title), "*" while unsaved, the app. */
    public ReadOnlyStringProperty windowTitleProperty() {
        return opened.windowTitleProperty();
    }

    /** The latest problem to show in an error dialog. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problems.latestProperty();
    }

    /** Wall time of the last from-scratch recompute and model rebuild (not the redraw), for measurements. */
    public long lastRecomputeNanos() {
        return lastRecomputeNanos;
    }

    // ---- commands with an enabled state ------------------------------------------------------

    /** Undo the last edit; its text says which ("Undo move r2 to t=5"). */
    public ViewCommand undoCommand() {
        return undoCommand;
    }

    public ViewCommand redoCommand() {
        return redoCommand;
    }

    /** Delete the selected operation; enabled while one is selected. */
    public ViewCommand deleteCommand() {
        return deleteCommand;
    }

    /** Mark the selected write blind or not; enabled while a write is selected. */
    public ViewCommand blindCommand() {
        return blindCommand;
    }

    // ---- commands: whole scenarios and files -------------------------------------------------

    /** Shows {@code s} with a fresh history, at its end (start-up), or before its first step in predict mode. */
    public void show(Scenario s) {
        restore(s, OpenedScenario.Origin.NONE, "");
    }

    /**
     * Shows a scenario recovered after a crash, with a fresh history, as opened from {@code origin}
     * (its file keeps naming the window; unsaved when it differs from that file or preset), and
     * says so in the status line.
     */
    public void restore(Scenario s, OpenedScenario.Origin origin, String message) {
        opens.restore(s, origin, message);
    }

    public void setStatus(String message) {
        status.set(message == null ? "" : message);
    }

    /** Loads a preset; undo brings back what was shown before. */
    public void loadPreset(Preset preset) {
        opens.loadPreset(preset);
    }

    /** Opens a scenario file; a file that is not a scenario is reported and nothing changes. */
    public boolean open(Path path) {
        return opens.open(path);
    }

    /**
     * Shows the scenario of a file that was read and run in advance, off the FX thread ({@link
     * Opening}): as {@link #open(Path)}, without reading or running it again.
     */
    public void open(Path path, Simulation run) {
        opens.open(path, run);
    }

    /** As {@link #restore(Scenario, OpenedScenario.Origin, String)}, with the run made in advance ({@link Opening}). */
    public void restore(Simulation run, OpenedScenario.Origin origin, String message) {
        opens.restore(run, origin, message);
    }

    /** Saves the scenario to {@code path}; the status line says where, or a problem says why not. */
    public boolean save(Path path) {
        if (!files.save(scenario.get(), path)) {
            return false;
        }
        opened.saved(path);
        status.set(
                "Saved " + path.getFileName() + " in " + path.toAbsolutePath().getParent());
        return true;
    }

    /** A new scenario to build from scratch: two empty client lanes, c1 and c2 (undo brings back the last one). */
    public void newScenario() {
        opens.newScenario();
    }

    /** Runs an export to {@code file}; the status line says where it went, or a problem says why not. */
    public boolean export(Path file, FileWriting writing) {
        if (!files.export(file, writing)) {
            return false;
        }
        Path folder = file.toAbsolutePath().getParent();
        status.set("Exported " + file.getFileName() + (folder == null ? "" : " in " + folder));
        return true;
    }

    // ---- commands: edits ---------------------------------------------------------------------

    /** Undoes the last edit; a drag still open (its release lost) is that edit: it is recorded, then undone. */
    public void undo() {
        endGestures();
        editor.undo();
    }

    public void redo() {
        endGestures();
        editor.redo();
    }

    /**
     * Ends every drag still open, each as one undo step: the window calls it after any release of the
     * pointer, so a drag whose own release never reached its chip or slider is still recorded.
     */
    public void endGestures() {
        chipDrag.end();
        topologyDrag.end();
    }

    /** Adds a client lane with the first free name and makes it the active lane. */
    public void addClient() {
        activeClient.set(editor.addClient());
    }

    /** Adds a read on the active lane after everything else. */
    public void addRead() {
        addRead(targetClient(), scenario.get().endTime() + 2);
    }

    /** Adds a write on the active lane after everything else. */
    public void addWrite() {
        addWrite(targetClient(), scenario.get().endTime() + 2);
    }

    public void addRead(String client, long time) {
        selected.set(editor.addRead(client, time, keyForNew()));
    }

    public void addWrite(String client, long time) {
        selected.set(editor.addWrite(client, time, keyForNew()));
    }

    private String keyForNew() {
        String k = newKey.get() == null ? "" : newKey.get().strip();
        return k.isEmpty() || k.contains(" ") || k.contains("=") ? editor.keyFor(selected.get()) : k;
    }

    /** Removes {@code client}'s lane and its operations (undoable); the last client stays. */
    public boolean removeClient(String client) {
        return editor.removeClient(client);
    }

    /** Removes the active lane's client (see {@link #removeClient}). */
    public boolean removeActiveClient() {
        return activeClient.get() != null && removeClient(activeClient.get());
    }

    /** Removes a replica (undoable); its operations go to the first replica left, and two become one store. */
    public boolean removeReplica(String replica) {
        return editor.removeReplica(replica);
    }

    /** Sets the scenario's title and narration (undoable). */
    public boolean retitle(String newTitle, String newNarration) {
        return editor.retitle(newTitle, newNarration);
    }

    public void deleteOperation(String id) {
        if (id.equals(selected.get())) {
            selected.set(null);
        }
        editor.delete(id);
    }

    public void deleteSelected() {
        if (selected.get() != null) {
            deleteOperation(selected.get());
        }
    }

    /**
     * Edits a write in place from its text ({@link ScenarioEditor#editWrite}). Returns false, and
     * reports a problem, when the text is not usable.
     */
    public boolean editWrite(String id, String text) {
        ScenarioEditor.TextEdit result = editor.editWrite(id, text);
        if (result instanceof ScenarioEditor.TextEdit.Refused refused) {
            problems.report("Cannot edit this write", refused.reason());
        }
        return result instanceof ScenarioEditor.TextEdit.Applied;
    }

    /** Edits a read's key in place. */
    public boolean editReadKey(String id, String key) {
        return editor.editReadKey(id, key);
    }

    public void setBlind(String id, boolean blind) {
        editor.setBlind(id, blind);
    }

    public void toggleBlindOfSelected() {
        if (selected.get() != null) {
            editor.toggleBlind(selected.get());
        }
    }

    /** A chip drag starts: the scenario follows it tick by tick; {@link #endDrag()} records one move. */
    public void beginDrag(String id) {
        if (chipDrag.begin(id)) {
            selected.set(id);
        }
    }

    /** The dragged chip is over tick {@code time}; previewed in batches (see {@link ChipDrag}). */
    public void dragTo(long time) {
        chipDrag.to(time);
    }

    public void endDrag() {
        chipDrag.end();
    }

    /**
     * True when a chip's drag previews are run in the background (a scenario of thousands of
     * operations): the dragged chip then follows the pointer on its own until its preview is shown.
     */
    public boolean dragRunsAhead() {
        return chipDrag.runsAhead();
    }

    /** Puts a half-dragged chip back where it was. */
    public void cancelDrag() {
        chipDrag.cancel();
    }

    // ---- commands: the cluster ---------------------------------------------------------------

    /** Sends operation {@code id} to {@code replica} (one undoable edit). */
    public void sendTo(String id, String replica) {
        editor.sendTo(id, replica);
    }

    /** The replicas an operation can be sent to, in order (empty for a single store). */
    public List<String> replicaIds() {
        return clusterState.get().replicaIds();
    }

    /**
     * Adds a replica: a single store becomes two replicas n1 and n2 gossiping every 4 ticks (its
     * operations stay on n1); a cluster gets one more, n3, n4, ...
     */
    public void addReplica() {
        editor.addReplica();
    }

    public void setScheme(ClockScheme scheme) {
        editor.setScheme(scheme);
    }

    /** Dotted clocks (safe) when {@code dotted}, else the naive per-client counters. */
    public void useDottedClocks(boolean dotted) {
        setScheme(dotted ? ClockScheme.DOTTED : ClockScheme.CLIENT_COUNTERS);
    }

    /**
     * Sets {@code replica}'s clock skew. While {@code changing} (a slider drag) the scenario follows
     * without an undo step; the value it ends on is recorded as one edit.
     */
    public void setSkew(String replica, long skew, boolean changing) {
        topologyDrag.skew(replica, skew, changing);
    }

    /** Cuts the link between {@code a} and {@code b} at tick {@code t}, or heals it there. */
    public void toggleLink(String a, String b, long t) {
        topologyDrag.end();
        editor.toggleLink(a, b, t);
    }

    /** Cuts or heals the link at the time cursor: the tick of the last applied event. */
    public void toggleLinkAtCursor(String a, String b) {
        toggleLink(a, b, cursorTick());
    }

    /**
     * The tick the time cursor stands on: the tick of the last applied event (0 before the first),
     * where the diagram draws the cursor and the step line says the step happened.
     */
    public long cursorTick() {
        DiagramModel d = diagram.get();
        return d == null || d.cursorTime() < 0 ? 0 : d.cursorTime();
    }

    /** Partition {@code id}'s start is dragged {@code ticks} from where it was; {@link #endTopologyDrag()} records it. */
    public void dragPartitionStart(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.START, ticks);
    }

    /** Partition {@code id}'s end is dragged {@code ticks} from where it was. */
    public void dragPartitionEnd(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.END, ticks);
    }

    /** Partition {@code id} is dragged whole, {@code ticks} from where it was. */
    public void dragPartition(String id, long ticks) {
        topologyDrag.partition(id, Topology.PartitionEdge.WHOLE, ticks);
    }

    /** Ends a skew-slider or partition drag: what it changed becomes one undoable edit. */
    public void endTopologyDrag() {
        topologyDrag.end();
    }

    // ---- commands: time cursor, selection, presentation --------------------------------------

    /**
     * One step forward. In predict mode a clicker's next alternates: the step (its result hidden),
     * then the reveal.
     */
    public void stepForward() {
        if (lesson.reveal()) {
            redraw();
            return;
        }
        int before = playback.cursorProperty().get();
        playback.stepForward();
        if (lesson.steppedForward(before, playback.cursorProperty().get())) {
            redraw();
        }
    }

    /** Shows the hidden result of the step at the cursor. */
    public void reveal() {
        if (lesson.reveal()) {
            redraw();
        }
    }

    public void stepBack() {
        playback.stepBack();
    }

    public void setCursor(int steps) {
        playback.setCursor(steps);
    }

    public void togglePlay() {
        playback.togglePlay();
    }

    /** Plays from the cursor, or from the start when the cursor is already at the end. */
    public void play() {
        playback.play();
    }

    public void pause() {
        playback.pause();
    }

    /** Selects operation {@code id} (null clears); its causal past, future and concurrent operations light up. */
    public void select(String id) {
        selected.set(id != null && scenario.get().operation(id) != null ? id : null);
        if (selected.get() != null) {
            activeClient.set(scenario.get().operation(id).client());
        }
    }

    public void selectLane(String client) {
        if (scenario.get().clients().contains(client)) {
            activeClient.set(client);
        }
    }

    /** Before the first step. */
    public void firstStep() {
        playback.first();
    }

    /** After the last step. */
    public void lastStep() {
        playback.last();
    }

    /** Blanks the screen, or shows it again. */
    public void toggleBlank() {
        blank.set(!blank.get());
    }

    public void setBlank(boolean on) {
        blank.set(on);
    }

    /**
     * Moves the selected chip {@code ticks} along its lane (one undo step each); false when nothing
     * is selected or it is already at t=0.
     */
    public boolean nudgeSelected(long ticks) {
        return selected.get() != null && editor.nudge(selected.get(), ticks);
    }

    public void zoomIn() {
        zoom.set(zoom.get() + ZOOM_STEP);
    }

    public void zoomOut() {
        zoom.set(zoom.get() - ZOOM_STEP);
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** Presenter view: the high-contrast theme and a zoom readable from the back of a room. */
    public void setPresenter(boolean on) {
        presenter.set(on);
        zoom.set(on ? Math.max(zoom.get(), 1.5) : 1.0);
    }

    // ---- recomputation -----------------------------------------------------------------------

    /** The editor changed the scenario or its history: rerun from scratch when the scenario is new. */
    private void scenarioChanged(Scenario s, boolean replaced) {
        canUndo.set(editor.canUndo());
        canRedo.set(editor.canRedo());
        undoText.set(editor.undoText());
        redoText.set(editor.redoText());
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
        title.set(s.title());
        scenarioNarration.set(s.narration());
        opened.changed(s);
        if (selected.get() != null && s.operation(selected.get()) == null) {
            selected.set(null);
        }
        if (activeClient.get() == null || !s.clients().contains(activeClient.get())) {
            activeClient.set(s.clients().isEmpty() ? null : s.clients().get(0));
        }
        cluster.set(!s.topology().isSingle());
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
        TraceProjection.Frame f =
                lesson.frame(simulation, lwwApplied, playback.cursorProperty().get(), selected.get());
        selectedIsWrite.set(f.selectedIsWrite());
        selectedIsBlind.set(f.selectedIsBlind());
        diagram.set(f.diagram());
        clusterState.set(ClusterState.of(scenario.get().topology(), cursorTick()));
        lwwPanel.set(f.lwwPanel());
        vvPanel.set(f.vvPanel());
        lwwNarration.set(f.lwwNarration());
        vvNarration.set(f.vvNarration());
        stepText.set(f.stepText());
    }

    private String targetClient() {
        String c = activeClient.get();
        return c != null ? c : scenario.get().clients().get(0);
    }
}
