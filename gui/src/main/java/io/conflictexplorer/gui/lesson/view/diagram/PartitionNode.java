package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ClusterEditing;
import io.conflictexplorer.gui.projection.DiagramModel;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * A cut link over [start, end): a red bar in the link's strip. Dragging an end handle moves that
 * end, dragging the bar moves the whole partition; every gesture ends in a view-model call.
 */
final class PartitionNode extends Pane {

    private final ClusterEditing cluster;
    private final String id;
    private final Label bar = new Label();
    private final Region startHandle = new Region();
    private final Region endHandle = new Region();
    private final Tooltip tooltip = new Tooltip();
    private Geometry geometry;
    private DiagramModel.PartitionBar shown;
    private double pressX;
    /** What the held part does with the ticks dragged, or null when nothing is held. */
    private Mover held;

    /** A part of the bar: moves partition {@code id} by {@code ticks} from where the drag began. */
    private interface Mover {
        void move(String id, long ticks);
    }

    PartitionNode(ClusterEditing cluster, String id) {
        this.cluster = cluster;
        this.id = id;
        setId("partition-" + id);
        getStyleClass().add("partition");
        bar.getStyleClass().add("partition-bar");
        bar.setMinWidth(0);
        startHandle.setId("partition-" + id + "-start");
        endHandle.setId("partition-" + id + "-end");
        startHandle.getStyleClass().addAll("partition-handle", "partition-handle-start");
        endHandle.getStyleClass().addAll("partition-handle", "partition-handle-end");
        bar.setManaged(false);
        startHandle.setManaged(false);
        endHandle.setManaged(false);
        getChildren().addAll(bar, startHandle, endHandle);
        Tooltip.install(bar, tooltip);
        press(bar, cluster::dragPartition);
        press(startHandle, cluster::dragPartitionStart);
        press(endHandle, cluster::dragPartitionEnd);
    }

    private void press(Region r, Mover mover) {
        r.setOnMousePressed(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                pressX = e.getSceneX();
                held = mover;
                e.consume();
            }
        });
        r.setOnMouseDragged(e -> {
            if (held != null) {
                held.move(id, Math.round((e.getSceneX() - pressX) / geometry.tick()));
                e.consume();
            }
        });
        r.setOnMouseReleased(this::release);
        r.setOnMouseClicked(e -> {
            // a click (no drag) on the bar heals the link at that tick, as a click on the strip cuts it
            if (r == bar && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                cluster.toggleLink(shown.a(), shown.b(), geometry.time(getLayoutX() + e.getX()));
            }
            e.consume();
        });
    }

    private void release(MouseEvent e) {
        if (held != null) {
            held = null;
            cluster.endTopologyDrag();
            e.consume();
        }
    }

    /** Lays the bar out over its ticks, {@code y} the top of its link strip. */
    void update(DiagramModel.PartitionBar p, Geometry g, double y) {
        if (p.equals(shown) && g.equals(geometry) && y == getLayoutY()) {
            return;
        }
        shown = p;
        geometry = g;
        double x0 = g.x(p.start()) - g.tick() / 2;
        double x1 = g.x(p.end()) - g.tick() / 2;
        double h = g.link() - 6 * g.zoom();
        double hw = 12 * g.zoom();
        bar.setText("cut " + p.a() + " | " + p.b() + "  t=" + p.start() + ".." + p.end());
        tooltip.setText(
                "The link " + p.a() + "-" + p.b() + " is cut from t=" + p.start() + " until it heals at t=" + p.end()
                        + ".\nClick the bar to heal the link at that tick; drag an end to move it, or the bar to move the whole cut.");
        bar.resizeRelocate(0, 0, x1 - x0, h);
        startHandle.resizeRelocate(-hw / 2, -2 * g.zoom(), hw, h + 4 * g.zoom());
        endHandle.resizeRelocate(x1 - x0 - hw / 2, -2 * g.zoom(), hw, h + 4 * g.zoom());
        setPrefSize(x1 - x0, h);
        relocate(x0, y + 3 * g.zoom());
    }
}
