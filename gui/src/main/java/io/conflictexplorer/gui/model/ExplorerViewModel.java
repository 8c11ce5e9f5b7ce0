package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.NetworkEvent;
import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.ScenarioFileException;
import io.conflictexplorer.core.sim.ScenarioFiles;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.core.store.Mode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import javafx.util.Duration;

/**
 * The whole window's state. Data flows one way: the {@link Scenario} (edited only through
 * {@link EditCommand}s) is run by the core {@link Simulator}; everything the views show is read off
 * the two resulting traces into immutable models ({@link DiagramModel}, {@link PanelState}) exposed
 * as properties. Nothing here decides a store rule: clocks, siblings, losses and causality all come
 * from the traces.
 *
 * <p>The time cursor counts applied steps: 0 is before anything happened, {@code stepCount} is the end.
 */
public final class ExplorerViewModel {

    /** Shortest and longest zoom factors; 1 is the desk view. */
    public static final double MIN_ZOOM = 0.75;

    public static final double MAX_ZOOM = 2.5;
    private static final double ZOOM_STEP = 0.25;

    /** A message for an error dialog; {@code serial} makes two equal messages two events. */
    public record Problem(long serial, String title, String message) {}

    private final UndoStack undo = new UndoStack();
    private final ObservableList<Preset> presets = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<Scenario> scenario = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Simulation> simulation = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty cursor = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(0);
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
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final BooleanProperty presenter = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Preset> currentPreset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cluster = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Timeline player;

    private String dragId;
    /** The tick a drag has reached and not yet recomputed, or -1. */
    private long pendingDragTime = -1;

    private boolean dragScheduled;
    /** The topology before a slider or partition drag began, or null: the drag becomes one undo step. */
    private Topology topologyDragFrom;

    private String topologyDragWhat;
    /** For each cursor position (VV steps applied), how many LWW steps are applied. */
    private int[] lwwApplied = {0};

    private long dragFrom;
    private long problems;
    private long lastRecomputeNanos;

    public ExplorerViewModel(List<Preset> presets) {
        this.presets.setAll(presets);
        cursor.addListener((obs, was, now) -> {
            int clamped = Math.max(0, Math.min(now.intValue(), stepCount.get()));
            if (clamped != now.intValue()) {
                cursor.set(clamped); // fires again with the clamped value
            } else {
                redraw();
            }
        });
        selected.addListener((obs, was, now) -> redraw());
        zoom.addListener((obs, was, now) -> {
            double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, now.doubleValue()));
            if (z != now.doubleValue()) {
                zoom.set(z);
            }
        });
        player = new Timeline(new KeyFrame(Duration.seconds(1.2), e -> advancePlayback()));
        player.setCycleCount(Animation.INDEFINITE);
        player.statusProperty().addListener((obs, was, now) -> playing.set(now == Animation.Status.RUNNING));
        show(
                presets.isEmpty()
                        ? Scenario.of("Empty", List.of("c1", "c2"))
                        : presets.get(0).scenario());
    }

    // ---- scenario and edits ------------------------------------------------------------------

    /** Shows {@code s} with a fresh history and the cursor at the end (start-up). */
    public void show(Scenario s) {
        undo.clear();
        selected.set(null);
        setScenario(s, true);
    }

    /** Loads a preset; undo brings back what was shown before. */
    public void loadPreset(Preset preset) {
        if (preset != null && !preset.scenario().equals(scenario.get())) {
            replaceScenario(preset.scenario(), "load " + preset.title());
        }
    }

    /** Applies one edit and remembers it for undo. */
    public void execute(EditCommand command) {
        setScenario(undo.execute(command, scenario.get()), false);
    }

    public void undo() {
        cancelDrag();
        endTopologyDrag();
        setScenario(undo.undo(scenario.get()), false);
    }

    public void redo() {
        cancelDrag();
        endTopologyDrag();
        setScenario(undo.redo(scenario.get()), false);
    }

    /** A drag starts: the scenario follows the chip tick by tick; {@link #endDrag()} records one move. */
    public void beginDrag(String id) {
        Operation op = scenario.get().operation(id);
        if (op != null) {
            dragId = id;
            dragFrom = op.time();
            selected.set(id);
        }
    }

    /**
     * The dragged chip is over tick {@code time}: recompute with it there (not yet an undo step).
     * The recompute runs once the mouse events already queued are handled, so a fast drag over a
     * big cluster (a recompute can take tens of milliseconds) skips the ticks it has left behind
     * instead of lagging; {@link #endDrag()} applies the last one at once.
     */
    public void dragTo(long time) {
        if (dragId == null) {
            return;
        }
        pendingDragTime = Math.max(0, time);
        if (!dragScheduled) {
            dragScheduled = true;
            javafx.application.Platform.runLater(this::applyPendingDrag);
        }
    }

    private void applyPendingDrag() {
        dragScheduled = false;
        if (dragId == null || pendingDragTime < 0) {
            return;
        }
        long t = pendingDragTime;
        pendingDragTime = -1;
        if (scenario.get().operation(dragId).time() != t) {
            String id = dragId;
            setScenario(scenario.get().replaceOperation(id, op -> op.withTime(t)), false);
        }
    }

    public void endDrag() {
        applyPendingDrag();
        if (dragId == null) {
            return;
        }
        long to = scenario.get().operation(dragId).time();
        if (to != dragFrom) {
            undo.record(new EditCommand.MoveOperation(dragId, dragFrom, to));
        }
        dragId = null;
    }

    /** Puts a half-dragged chip back where it was. */
    public void cancelDrag() {
        pendingDragTime = -1;
        if (dragId != null) {
            String id = dragId;
            long from = dragFrom;
            dragId = null;
            if (scenario.get().operation(id) != null
                    && scenario.get().operation(id).time() != from) {
                setScenario(scenario.get().replaceOperation(id, op -> op.withTime(from)), false);
            }
        }
    }

    /** Moves operation {@code id} to tick {@code time} in one undoable step. */
    public void moveOperation(String id, long time) {
        Operation op = scenario.get().operation(id);
        if (op != null && op.time() != Math.max(0, time)) {
            execute(new EditCommand.MoveOperation(id, op.time(), Math.max(0, time)));
        }
    }

    /** Adds a client lane named c1, c2, ... (the first free name) and makes it the active lane. */
    public void addClient() {
        Set<String> used = new HashSet<>(scenario.get().clients());
        int i = 1;
        while (used.contains("c" + i)) {
            i++;
        }
        execute(new EditCommand.AddClient("c" + i));
        activeClient.set("c" + i);
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
        Scenario s = scenario.get();
        Operation op = new Operation.Read(s.freshId("r"), client, Math.max(0, time), defaultKey());
        execute(new EditCommand.AddOperation(op));
        selected.set(op.id());
    }

    public void addWrite(String client, long time) {
        Scenario s = scenario.get();
        String key = defaultKey();
        Operation op = new Operation.Write(s.freshId("w"), client, Math.max(0, time), key, freshValue(), false);
        execute(new EditCommand.AddOperation(op));
        selected.set(op.id());
    }

    public void deleteOperation(String id) {
        Scenario s = scenario.get();
        Operation op = s.operation(id);
        if (op != null) {
            if (id.equals(selected.get())) {
                selected.set(null);
            }
            execute(new EditCommand.DeleteOperation(op, s.operations().indexOf(op)));
        }
    }

    public void deleteSelected() {
        if (selected.get() != null) {
            deleteOperation(selected.get());
        }
    }

    /**
     * Edits a write in place from text {@code key=value} (or just {@code value}, keeping the key).
     * Returns false, and reports a problem, when the text is not usable.
     */
    public boolean editWrite(String id, String text) {
        if (!(scenario.get().operation(id) instanceof Operation.Write w) || text == null) {
            return false;
        }
        String key = w.key();
        String value = text.strip();
        int eq = text.indexOf('=');
        if (eq >= 0) {
            key = text.substring(0, eq).strip();
            value = text.substring(eq + 1).strip();
        }
        if (key.isEmpty()) {
            report("Cannot edit " + id, "A write needs a key: type it as key=value, for example x=a.");
            return false;
        }
        Operation.Write after = w.withKey(key).withValue(value);
        if (!after.equals(w)) {
            execute(new EditCommand.ReplaceOperation(w, after));
        }
        return true;
    }

    /** Edits a read's key in place. */
    public boolean editReadKey(String id, String key) {
        if (!(scenario.get().operation(id) instanceof Operation.Read r)
                || key == null
                || key.strip().isEmpty()) {
            return false;
        }
        Operation.Read after = new Operation.Read(r.id(), r.client(), r.time(), key.strip());
        if (!after.equals(r)) {
            execute(new EditCommand.ReplaceOperation(r, after));
        }
        return true;
    }

    public void setBlind(String id, boolean blind) {
        if (scenario.get().operation(id) instanceof Operation.Write w && w.blind() != blind) {
            execute(new EditCommand.ReplaceOperation(w, w.withBlind(blind)));
        }
    }

    public void toggleBlindOfSelected() {
        if (selected.get() != null && scenario.get().operation(selected.get()) instanceof Operation.Write w) {
            setBlind(w.id(), !w.blind());
        }
    }

    // ---- the cluster: replicas, clocks, links ------------------------------------------------

    /** Which end of a partition bar a drag holds. */
    public enum PartitionEdge {
        START,
        END,
        WHOLE
    }

    /** Sends operation {@code id} to {@code replica} (one undoable edit). */
    public void sendTo(String id, String replica) {
        Scenario s = scenario.get();
        Operation op = s.operation(id);
        if (op != null && s.topology().hasReplica(replica) && !replica.equals(s.replicaOf(op))) {
            // the first replica is named explicitly too, so a saved file says where each operation goes
            execute(new EditCommand.ReplaceOperation(op, op.withReplica(replica)));
        }
    }

    /** The replicas an operation can be sent to, in order (empty for a single store). */
    public List<String> replicaIds() {
        Topology t = scenario.get().topology();
        return t.isSingle()
                ? List.of()
                : t.replicas().stream().map(Topology.ReplicaSpec::id).toList();
    }

    /**
     * Adds a replica: a single store becomes two replicas n1 and n2 gossiping every 4 ticks (its
     * operations stay on n1); a cluster gets one more, n3, n4, ...
     */
    public void addReplica() {
        Topology before = scenario.get().topology();
        Topology after;
        if (before.isSingle()) {
            after = new Topology(
                    List.of(
                            new Topology.ReplicaSpec(
                                    "n1", before.replicas().get(0).skew()),
                            new Topology.ReplicaSpec("n2", 0)),
                    before.scheme(),
                    4,
                    1,
                    List.of());
        } else {
            int i = before.replicas().size() + 1;
            while (before.hasReplica("n" + i)) {
                i++;
            }
            List<Topology.ReplicaSpec> rs = new ArrayList<>(before.replicas());
            rs.add(new Topology.ReplicaSpec("n" + i, 0));
            after = before.withReplicas(rs);
        }
        execute(new EditCommand.EditTopology(
                before,
                after,
                "add replica "
                        + after.replicas().get(after.replicas().size() - 1).id()));
    }

    public void setScheme(ClockScheme scheme) {
        Topology before = scenario.get().topology();
        if (!before.isSingle() && before.scheme() != scheme) {
            endTopologyDrag();
            execute(new EditCommand.EditTopology(
                    before,
                    before.withScheme(scheme),
                    scheme == ClockScheme.DOTTED ? "use dotted clocks" : "use naive client counters"));
        }
    }

    /**
     * Sets {@code replica}'s clock skew. While {@code changing} (a slider drag) the scenario follows
     * without an undo step; the value it ends on is recorded as one edit.
     */
    public void setSkew(String replica, long skew, boolean changing) {
        Topology t = scenario.get().topology();
        if (!t.hasReplica(replica) || t.isSingle()) {
            return;
        }
        if (t.replica(replica).skew() != skew) {
            if (changing && topologyDragFrom == null) {
                topologyDragFrom = t;
            }
            Topology after = t.withSkew(replica, skew);
            if (changing || topologyDragFrom != null) {
                setScenario(scenario.get().withTopology(after), false);
            } else {
                execute(new EditCommand.EditTopology(t, after, "set " + replica + "'s skew to " + skew));
            }
        }
        topologyDragWhat = "set " + replica + "'s skew to " + skew;
        if (!changing) {
            endTopologyDrag();
        }
    }

    /**
     * Cuts the link between {@code a} and {@code b} at tick {@code t}, or heals it there when it is
     * cut at {@code t}: a partition that has not started by then is removed, one under way ends at
     * {@code t}. A new cut lasts until the link's next partition, or 10 ticks past the scenario's end.
     */
    public void toggleLink(String a, String b, long t) {
        Topology before = scenario.get().topology();
        if (a.equals(b) || !before.hasReplica(a) || !before.hasReplica(b) || before.isSingle()) {
            return;
        }
        long time = Math.max(0, t);
        endTopologyDrag();
        List<NetworkEvent> network = new ArrayList<>(before.network());
        for (int i = 0; i < network.size(); i++) {
            if (network.get(i) instanceof NetworkEvent.Partition p
                    && p.separates(a, b)
                    && time >= p.start()
                    && time < p.end()) {
                if (time <= p.start()) {
                    network.remove(i);
                } else {
                    network.set(i, p.withEnd(time));
                }
                execute(new EditCommand.EditTopology(
                        before, before.withNetwork(network), "heal " + a + "-" + b + " at t=" + time));
                return;
            }
        }
        long end = Math.max(scenario.get().endTime(), time) + 10;
        for (NetworkEvent e : network) {
            if (e instanceof NetworkEvent.Partition p && p.separates(a, b) && p.start() > time) {
                end = Math.min(end, p.start());
            }
        }
        Set<String> ids = new HashSet<>();
        network.forEach(e -> ids.add(e.id()));
        int n = 1;
        while (ids.contains("p" + n)) {
            n++;
        }
        network.add(new NetworkEvent.Partition("p" + n, a, b, time, end));
        execute(new EditCommand.EditTopology(
                before, before.withNetwork(network), "cut " + a + "-" + b + " at t=" + time));
    }

    /** Cuts or heals the link at the time cursor: just after the last applied event. */
    public void toggleLinkAtCursor(String a, String b) {
        toggleLink(a, b, cursorTick());
    }

    /** True when the link between {@code a} and {@code b} is cut at the time cursor. */
    public boolean linkCutAtCursor(String a, String b) {
        return scenario.get().topology().cut(a, b, cursorTick());
    }

    /** The tick the time cursor stands on: one after the last applied event (0 before the first). */
    public long cursorTick() {
        DiagramModel d = diagram.get();
        return d == null || d.cursorTime() < 0 ? 0 : d.cursorTime() + 1;
    }

    /**
     * Moves partition {@code id} while it is dragged: {@code edge} moves by {@code ticks} from where
     * the partition was when the drag began. {@link #endTopologyDrag()} records one edit.
     */
    public void dragPartition(String id, PartitionEdge edge, long ticks) {
        Topology t = scenario.get().topology();
        Topology from = topologyDragFrom != null ? topologyDragFrom : t;
        NetworkEvent.Partition p = partition(from, id);
        if (p == null) {
            return;
        }
        long start = p.start();
        long end = p.end();
        switch (edge) {
            case START -> start = Math.max(0, Math.min(p.start() + ticks, p.end() - 1));
            case END -> end = Math.max(p.start() + 1, p.end() + ticks);
            case WHOLE -> {
                long d = Math.max(-p.start(), ticks);
                start = p.start() + d;
                end = p.end() + d;
            }
        }
        NetworkEvent.Partition moved = new NetworkEvent.Partition(p.id(), p.a(), p.b(), start, end);
        List<NetworkEvent> network = new ArrayList<>();
        for (NetworkEvent e : from.network()) {
            network.add(e.id().equals(id) ? moved : e);
        }
        Topology after = from.withNetwork(network);
        if (!after.equals(t)) {
            if (topologyDragFrom == null) {
                topologyDragFrom = t;
            }
            topologyDragWhat = "move " + id + " to t=" + start + ".." + end;
            setScenario(scenario.get().withTopology(after), false);
        }
    }

    /** Ends a skew-slider or partition drag: what it changed becomes one undoable edit. */
    public void endTopologyDrag() {
        Topology from = topologyDragFrom;
        topologyDragFrom = null;
        if (from != null && !from.equals(scenario.get().topology())) {
            undo.record(new EditCommand.EditTopology(
                    from, scenario.get().topology(), topologyDragWhat == null ? "edit the cluster" : topologyDragWhat));
        }
    }

    private static NetworkEvent.Partition partition(Topology t, String id) {
        for (NetworkEvent e : t.network()) {
            if (e instanceof NetworkEvent.Partition p && p.id().equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Shows a scenario recovered after a crash, with a fresh history, and says so in the status line. */
    public void restore(Scenario s, String message) {
        show(s);
        status.set(message);
    }

    public void setStatus(String message) {
        status.set(message == null ? "" : message);
    }

    // ---- files -------------------------------------------------------------------------------

    /** Opens a scenario file; a file that is not a scenario is reported and nothing changes. */
    public boolean open(Path file) {
        try {
            Scenario s = ScenarioFiles.read(file);
            replaceScenario(s, "open " + file.getFileName());
            return true;
        } catch (ScenarioFileException e) {
            report("This file cannot be opened", e.getMessage());
            return false;
        }
    }

    public boolean save(Path file) {
        try {
            ScenarioFiles.write(scenario.get(), file);
            return true;
        } catch (IOException e) {
            report("The scenario was not saved", file.getFileName() + " could not be written: " + e.getMessage());
            return false;
        }
    }

    /** Writes the image {@code snapshot} gives as a PNG. */
    public boolean exportPng(Path file, Supplier<Image> snapshot) {
        try {
            PngExport.write(snapshot.get(), file);
            return true;
        } catch (IOException e) {
            report("The picture was not saved", file.getFileName() + " could not be written: " + e.getMessage());
            return false;
        }
    }

    // ---- time cursor, selection, presenter -----------------------------------------------------

    public void stepForward() {
        cursor.set(Math.min(cursor.get() + 1, stepCount.get()));
    }

    public void stepBack() {
        cursor.set(Math.max(cursor.get() - 1, 0));
    }

    public void setCursor(int steps) {
        cursor.set(steps);
    }

    public void togglePlay() {
        if (player.getStatus() == Animation.Status.RUNNING) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the cursor, or from the start when the cursor is already at the end. */
    public void play() {
        if (cursor.get() >= stepCount.get()) {
            cursor.set(0);
        }
        player.playFromStart();
    }

    public void pause() {
        player.stop();
    }

    private void advancePlayback() {
        if (cursor.get() < stepCount.get()) {
            stepForward();
        }
        if (cursor.get() >= stepCount.get()) {
            pause();
        }
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

    private void replaceScenario(Scenario next, String description) {
        cancelDrag();
        selected.set(null);
        Scenario before = scenario.get();
        setScenario(undo.execute(new EditCommand.ReplaceScenario(before, next, description), before), true);
    }

    /** The only place the trace is recomputed: from scratch, for the whole scenario. */
    private void setScenario(Scenario s, boolean cursorToEnd) {
        long t0 = System.nanoTime();
        boolean atEnd = cursorToEnd || cursor.get() >= stepCount.get();
        Simulation sim = Simulator.run(s);
        scenario.set(s);
        simulation.set(sim);
        currentPreset.set(
                presets.stream().filter(p -> p.scenario().equals(s)).findFirst().orElse(null));
        if (selected.get() != null && s.operation(selected.get()) == null) {
            selected.set(null);
        }
        if (activeClient.get() == null || !s.clients().contains(activeClient.get())) {
            activeClient.set(s.clients().isEmpty() ? null : s.clients().get(0));
        }
        cluster.set(!s.topology().isSingle());
        lwwApplied = sim.lwwStepsApplied();
        stepCount.set(sim.vv().size());
        int c = atEnd ? stepCount.get() : Math.min(cursor.get(), stepCount.get());
        if (c != cursor.get()) {
            cursor.set(c); // redraws
        } else {
            redraw();
        }
        lastRecomputeNanos = System.nanoTime() - t0;
    }

    private void redraw() {
        Simulation sim = simulation.get();
        if (sim == null) {
            return;
        }
        TraceProjection.Frame f = TraceProjection.frame(sim, lwwApplied, cursor.get(), selected.get());
        selectedIsWrite.set(f.selectedIsWrite());
        selectedIsBlind.set(f.selectedIsBlind());
        diagram.set(f.diagram());
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

    private String defaultKey() {
        Operation sel = selected.get() == null ? null : scenario.get().operation(selected.get());
        if (sel != null) {
            return sel.key();
        }
        return scenario.get().operations().isEmpty()
                ? "x"
                : scenario.get().operations().get(0).key();
    }

    /** The first letter not yet written as a value, so new writes are easy to tell apart. */
    private String freshValue() {
        Set<String> used = new HashSet<>();
        for (Operation op : scenario.get().operations()) {
            if (op instanceof Operation.Write w) {
                used.add(w.value());
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        for (int i = 1; ; i++) {
            if (!used.contains("v" + i)) {
                return "v" + i;
            }
        }
    }

    private void report(String title, String message) {
        problem.set(new Problem(++problems, title, message));
    }

    // ---- properties --------------------------------------------------------------------------

    public ObservableList<Preset> presets() {
        return presets;
    }

    /** The preset the scenario is, unedited; null once edited or for an opened file. */
    public ReadOnlyObjectProperty<Preset> currentPresetProperty() {
        return currentPreset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Scenario> scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public Scenario getScenario() {
        return scenario.get();
    }

    public ReadOnlyObjectProperty<Simulation> simulationProperty() {
        return simulation.getReadOnlyProperty();
    }

    public Simulation getSimulation() {
        return simulation.get();
    }

    /** Bound two-way to the slider; out-of-range values are clamped. */
    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

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

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    /** True when the scenario runs on several replicas (the cluster controls and lanes show). */
    public ReadOnlyBooleanProperty clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    /** A line for the status bar: autosave restores and the like; empty when there is nothing to say. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public UndoStack undoStack() {
        return undo;
    }

    /** Wall time of the last from-scratch recompute and model rebuild (not the redraw), for measurements. */
    public long lastRecomputeNanos() {
        return lastRecomputeNanos;
    }
}
