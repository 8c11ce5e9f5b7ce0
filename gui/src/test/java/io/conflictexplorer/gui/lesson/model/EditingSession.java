package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Topology;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import java.nio.file.Path;
import java.util.List;

/**
 * A teacher's session with the editing model, without a window: one method per thing a user can do
 * (what a button, key, menu or drag calls), and what the window would show. Every call into the view
 * model goes through here, so a change of the view model's shape (its split into smaller models)
 * is adapted in this one file; {@code EditingSessionProperties} only speaks to this class.
 *
 * <p>Drag previews run at once, playback advances when {@link #play(int)} says, and the autosave
 * writes only when {@link #autosaveNow()} flushes it (its quiet spell never ends by itself).
 */
final class EditingSession {

    /** The autosave's debounce never fires: the session flushes it when it means to. */
    private static final Autosave.Quiet NEVER = new Autosave.Quiet() {
        @Override
        public void restart(Runnable whenQuiet) {}

        @Override
        public void stop() {}
    };

    private final ManualTicker ticker = new ManualTicker();
    private final ExplorerViewModel vm = Models.viewModel(ticker);
    private final Autosave autosave;

    /** A session as the app starts one: the first preset, the autosave watching from {@code home}. */
    EditingSession(Path home) {
        autosave = new Autosave(home, NEVER);
        autosave.attach(vm);
    }

    // ---- what the window shows ---------------------------------------------------------------

    Scenario scenario() {
        return vm.getScenario();
    }

    Simulation simulation() {
        return vm.getSimulation();
    }

    DiagramModel diagram() {
        return vm.getDiagram();
    }

    PanelState lwwPanel() {
        return vm.lwwPanelProperty().get();
    }

    PanelState vvPanel() {
        return vm.vvPanelProperty().get();
    }

    String lwwNarration() {
        return vm.lwwNarrationProperty().get();
    }

    String vvNarration() {
        return vm.vvNarrationProperty().get();
    }

    String stepText() {
        return vm.stepTextProperty().get();
    }

    int cursor() {
        return vm.cursorProperty().get();
    }

    int stepCount() {
        return vm.stepCountProperty().get();
    }

    boolean resultHidden() {
        return vm.resultHiddenProperty().get();
    }

    boolean predicting() {
        return vm.predictProperty().get();
    }

    String selected() {
        return vm.selectedProperty().get();
    }

    String activeClient() {
        return vm.activeClientProperty().get();
    }

    boolean canUndo() {
        return vm.undoCommand().enabledProperty().get();
    }

    boolean canRedo() {
        return vm.redoCommand().enabledProperty().get();
    }

    List<Preset> presets() {
        return vm.presets();
    }

    /** The autosave written now, as the quiet spell after a step would write it; its file. */
    Path autosaveNow() {
        autosave.flush();
        return autosave.file();
    }

    // ---- lanes and replicas ------------------------------------------------------------------

    void addClient() {
        vm.addClient();
    }

    void selectLane(String client) {
        vm.selectLane(client);
    }

    boolean removeClient(String client) {
        return vm.removeClient(client);
    }

    void addReplica() {
        vm.addReplica();
    }

    boolean removeReplica(String replica) {
        return vm.removeReplica(replica);
    }

    // ---- operations --------------------------------------------------------------------------

    /** The key box above the lanes: what new reads and writes use. */
    void setNewKey(String key) {
        vm.newKeyProperty().set(key);
    }

    /** The Read button: a read on the active lane after everything else. */
    void addRead() {
        vm.addRead();
    }

    /** The Write button. */
    void addWrite() {
        vm.addWrite();
    }

    /** A double click on a lane at tick {@code time}. */
    void addReadAt(String client, long time) {
        vm.addRead(client, time);
    }

    void addWriteAt(String client, long time) {
        vm.addWrite(client, time);
    }

    void select(String id) {
        vm.select(id);
    }

    /** The chip's text edited in place ({@code +flour}, {@code merge}, {@code key=value}); false when refused. */
    boolean editWrite(String id, String text) {
        return vm.editWrite(id, text);
    }

    boolean editReadKey(String id, String key) {
        return vm.editReadKey(id, key);
    }

    /** The Blind button (or B) on the selected write. */
    void toggleBlind() {
        vm.blindCommand().execute();
    }

    /** Delete (the key or the button) on the selected operation. */
    void deleteSelected() {
        vm.deleteCommand().execute();
    }

    /** A chip's context-menu Delete. */
    void deleteOperation(String id) {
        vm.deleteOperation(id);
    }

    /** The arrow keys on the selected chip. */
    boolean nudgeSelected(long ticks) {
        return vm.nudgeSelected(ticks);
    }

    /** A chip pressed with the mouse: the drag begins. */
    void pressChip(String id) {
        vm.beginDrag(id);
    }

    /** The pressed chip is over tick {@code time}. */
    void dragChipTo(long time) {
        vm.dragTo(time);
    }

    /** The mouse is released over the chip. */
    void releaseChip() {
        vm.endDrag();
    }

    /** Escape during a drag. */
    void cancelDrag() {
        vm.cancelDrag();
    }

    /** The pointer released anywhere in the window: every drag still open ends. */
    void releaseAnywhere() {
        vm.endGestures();
    }

    /** A chip's "send to" menu. */
    void sendTo(String id, String replica) {
        vm.sendTo(id, replica);
    }

    // ---- the cluster -------------------------------------------------------------------------

    void toggleLink(String a, String b, long t) {
        vm.toggleLink(a, b, t);
    }

    void toggleLinkAtCursor(String a, String b) {
        vm.toggleLinkAtCursor(a, b);
    }

    /** A partition bar, or one of its ends, dragged {@code ticks}; {@link #releaseAnywhere()} ends it. */
    void dragPartition(String id, Topology.PartitionEdge edge, long ticks) {
        switch (edge) {
            case START -> vm.dragPartitionStart(id, ticks);
            case END -> vm.dragPartitionEnd(id, ticks);
            case WHOLE -> vm.dragPartition(id, ticks);
        }
    }

    void endPartitionDrag() {
        vm.endTopologyDrag();
    }

    /** The skew slider: {@code changing} while its thumb is held. */
    void setSkew(String replica, long skew, boolean changing) {
        vm.setSkew(replica, skew, changing);
    }

    void setScheme(ClockScheme scheme) {
        vm.setScheme(scheme);
    }

    List<String> replicaIds() {
        return vm.replicaIds();
    }

    // ---- time cursor, lesson, presentation ---------------------------------------------------

    void setPredict(boolean on) {
        vm.predictProperty().set(on);
    }

    void stepForward() {
        vm.stepForward();
    }

    void stepBack() {
        vm.stepBack();
    }

    void reveal() {
        vm.reveal();
    }

    void setCursor(int steps) {
        vm.setCursor(steps);
    }

    void firstStep() {
        vm.firstStep();
    }

    void lastStep() {
        vm.lastStep();
    }

    /** Play pressed, {@code ticks} playback periods pass, then pause. */
    void play(int ticks) {
        vm.play();
        for (int i = 0; i < ticks; i++) {
            ticker.tick();
        }
        vm.pause();
    }

    void zoomIn() {
        vm.zoomIn();
    }

    void zoomOut() {
        vm.zoomOut();
    }

    void setPresenter(boolean on) {
        vm.setPresenter(on);
    }

    void toggleBlank() {
        vm.toggleBlank();
    }

    // ---- whole scenarios and files -----------------------------------------------------------

    void loadPreset(Preset preset) {
        vm.loadPreset(preset);
    }

    void newScenario() {
        vm.newScenario();
    }

    boolean retitle(String title, String narration) {
        return vm.retitle(title, narration);
    }

    boolean save(Path file) {
        return vm.save(file);
    }

    boolean open(Path file) {
        return vm.open(file);
    }

    void undo() {
        vm.undoCommand().execute();
    }

    void redo() {
        vm.redoCommand().execute();
    }
}
