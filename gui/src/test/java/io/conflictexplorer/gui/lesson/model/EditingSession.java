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
        return vm.projected().getDiagram();
    }

    PanelState lwwPanel() {
        return vm.projected().lwwPanelProperty().get();
    }

    PanelState vvPanel() {
        return vm.projected().vvPanelProperty().get();
    }

    String lwwNarration() {
        return vm.projected().lwwNarrationProperty().get();
    }

    String vvNarration() {
        return vm.projected().vvNarrationProperty().get();
    }

    String stepText() {
        return vm.projected().stepTextProperty().get();
    }

    int cursor() {
        return vm.playback().cursorProperty().get();
    }

    int stepCount() {
        return vm.playback().stepCountProperty().get();
    }

    boolean resultHidden() {
        return vm.lesson().resultHiddenProperty().get();
    }

    boolean predicting() {
        return vm.lesson().predictProperty().get();
    }

    String selected() {
        return vm.selection().selectedProperty().get();
    }

    String activeClient() {
        return vm.selection().activeClientProperty().get();
    }

    boolean canUndo() {
        return vm.editing().undoCommand().enabledProperty().get();
    }

    boolean canRedo() {
        return vm.editing().redoCommand().enabledProperty().get();
    }

    List<Preset> presets() {
        return vm.document().presets();
    }

    /** The autosave written now, as the quiet spell after a step would write it; its file. */
    Path autosaveNow() {
        autosave.flush();
        return autosave.file();
    }

    // ---- lanes and replicas ------------------------------------------------------------------

    void addClient() {
        vm.editing().addClient();
    }

    void selectLane(String client) {
        vm.selection().selectLane(client);
    }

    boolean removeClient(String client) {
        return vm.editing().removeClient(client);
    }

    void addReplica() {
        vm.cluster().addReplica();
    }

    boolean removeReplica(String replica) {
        return vm.cluster().removeReplica(replica);
    }

    // ---- operations --------------------------------------------------------------------------

    /** The key box above the lanes: what new reads and writes use. */
    void setNewKey(String key) {
        vm.editing().newKeyProperty().set(key);
    }

    /** The Read button: a read on the active lane after everything else. */
    void addRead() {
        vm.editing().addRead();
    }

    /** The Write button. */
    void addWrite() {
        vm.editing().addWrite();
    }

    /** A double click on a lane at tick {@code time}. */
    void addReadAt(String client, long time) {
        vm.editing().addRead(client, time);
    }

    void addWriteAt(String client, long time) {
        vm.editing().addWrite(client, time);
    }

    void select(String id) {
        vm.selection().select(id);
    }

    /** The chip's text edited in place ({@code +flour}, {@code merge}, {@code key=value}); false when refused. */
    boolean editWrite(String id, String text) {
        return vm.editing().editWrite(id, text);
    }

    boolean editReadKey(String id, String key) {
        return vm.editing().editReadKey(id, key);
    }

    /** The Blind button (or B) on the selected write. */
    void toggleBlind() {
        vm.editing().blindCommand().execute();
    }

    /** Delete (the key or the button) on the selected operation. */
    void deleteSelected() {
        vm.editing().deleteCommand().execute();
    }

    /** A chip's context-menu Delete. */
    void deleteOperation(String id) {
        vm.editing().deleteOperation(id);
    }

    /** The arrow keys on the selected chip. */
    boolean nudgeSelected(long ticks) {
        return vm.editing().nudgeSelected(ticks);
    }

    /** A chip pressed with the mouse: the drag begins. */
    void pressChip(String id) {
        vm.editing().beginDrag(id);
    }

    /** The pressed chip is over tick {@code time}. */
    void dragChipTo(long time) {
        vm.editing().dragTo(time);
    }

    /** The mouse is released over the chip. */
    void releaseChip() {
        vm.editing().endDrag();
    }

    /** Escape during a drag. */
    void cancelDrag() {
        vm.editing().cancelDrag();
    }

    /** The pointer released anywhere in the window: every drag still open ends. */
    void releaseAnywhere() {
        vm.editing().endGestures();
    }

    /** A chip's "send to" menu. */
    void sendTo(String id, String replica) {
        vm.cluster().sendTo(id, replica);
    }

    // ---- the cluster -------------------------------------------------------------------------

    void toggleLink(String a, String b, long t) {
        vm.cluster().toggleLink(a, b, t);
    }

    void toggleLinkAtCursor(String a, String b) {
        vm.cluster().toggleLinkAtCursor(a, b);
    }

    /** A partition bar, or one of its ends, dragged {@code ticks}; {@link #releaseAnywhere()} ends it. */
    void dragPartition(String id, Topology.PartitionEdge edge, long ticks) {
        switch (edge) {
            case START -> vm.cluster().dragPartitionStart(id, ticks);
            case END -> vm.cluster().dragPartitionEnd(id, ticks);
            case WHOLE -> vm.cluster().dragPartition(id, ticks);
        }
    }

    void endPartitionDrag() {
        vm.cluster().endTopologyDrag();
    }

    /** The skew slider: {@code changing} while its thumb is held. */
    void setSkew(String replica, long skew, boolean changing) {
        vm.cluster().setSkew(replica, skew, changing);
    }

    void setScheme(ClockScheme scheme) {
        vm.cluster().setScheme(scheme);
    }

    List<String> replicaIds() {
        return vm.projected().replicaIds();
    }

    // ---- time cursor, lesson, presentation ---------------------------------------------------

    void setPredict(boolean on) {
        vm.lesson().predictProperty().set(on);
    }

    void stepForward() {
        vm.lesson().stepForward();
    }

    void stepBack() {
        vm.playback().stepBack();
    }

    void reveal() {
        vm.lesson().reveal();
    }

    void setCursor(int steps) {
        vm.playback().setCursor(steps);
    }

    void firstStep() {
        vm.playback().first();
    }

    void lastStep() {
        vm.playback().last();
    }

    /** Play pressed, {@code ticks} playback periods pass, then pause. */
    void play(int ticks) {
        vm.playback().play();
        for (int i = 0; i < ticks; i++) {
            ticker.tick();
        }
        vm.playback().pause();
    }

    void zoomIn() {
        vm.presentation().zoomIn();
    }

    void zoomOut() {
        vm.presentation().zoomOut();
    }

    void setPresenter(boolean on) {
        vm.presentation().setPresenter(on);
    }

    void toggleBlank() {
        vm.presentation().toggleBlank();
    }

    // ---- whole scenarios and files -----------------------------------------------------------

    void loadPreset(Preset preset) {
        vm.document().loadPreset(preset);
    }

    void newScenario() {
        vm.document().newScenario();
    }

    boolean retitle(String title, String narration) {
        return vm.editing().retitle(title, narration);
    }

    boolean save(Path file) {
        return vm.document().save(file);
    }

    boolean open(Path file) {
        return vm.document().open(file);
    }

    void undo() {
        vm.editing().undoCommand().execute();
    }

    void redo() {
        vm.editing().redoCommand().execute();
    }
}
