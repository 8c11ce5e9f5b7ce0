package io.conflictexplorer.gui.lesson.model;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.projection.ClusterState;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.PanelState;
import io.conflictexplorer.gui.projection.TraceProjection;
import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the projection of the run shows at the time cursor, as the views bind it: the diagram, each
 * mode's panel and narration, the step line and the cluster. Each value is an immutable model
 * ({@link DiagramModel}, {@link PanelState}, {@link ClusterState}) replaced whole on every
 * recompute or move of the cursor; a view only ever reads them.
 */
public final class Projected {

    private final ReadOnlyObjectWrapper<DiagramModel> diagram = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelState> lwwPanel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PanelState> vvPanel = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lwwNarration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vvNarration = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lwwNamedLosses = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper vvNamedLosses = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper stepText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ClusterState> clusterState = new ReadOnlyObjectWrapper<>(ClusterState.SINGLE);
    private final ReadOnlyBooleanWrapper cluster = new ReadOnlyBooleanWrapper(false);

    Projected() {}

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

    /** LWW's narration naming each lost write only, for above the LOST cards that explain it. */
    public ReadOnlyStringProperty lwwNamedLossesProperty() {
        return lwwNamedLosses.getReadOnlyProperty();
    }

    /** VV's narration naming each lost write only, for above the LOST cards that explain it. */
    public ReadOnlyStringProperty vvNamedLossesProperty() {
        return vvNamedLosses.getReadOnlyProperty();
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

    /** The replicas an operation can be sent to, in order (empty for a single store). */
    public List<String> replicaIds() {
        return clusterState.get().replicaIds();
    }

    /**
     * The tick the time cursor stands on: the tick of the last applied event (0 before the first),
     * where the diagram draws the cursor and the step line says the step happened.
     */
    public long cursorTick() {
        DiagramModel d = diagram.get();
        return d == null || d.cursorTime() < 0 ? 0 : d.cursorTime();
    }

    void setCluster(boolean on) {
        cluster.set(on);
    }

    /** Shows frame {@code f}, and the cluster {@code cluster} makes of the topology at its cursor. */
    void show(TraceProjection.Frame f, LongFunction<ClusterState> cluster) {
        diagram.set(f.diagram());
        clusterState.set(cluster.apply(cursorTick()));
        lwwPanel.set(f.lwwPanel());
        vvPanel.set(f.vvPanel());
        lwwNarration.set(f.lwwNarration());
        vvNarration.set(f.vvNarration());
        lwwNamedLosses.set(f.lwwNamedLosses());
        vvNamedLosses.set(f.vvNamedLosses());
        stepText.set(f.stepText());
    }
}
