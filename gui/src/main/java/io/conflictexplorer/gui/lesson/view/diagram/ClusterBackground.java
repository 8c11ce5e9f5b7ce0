package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ClusterEditing;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

/**
 * A cluster's part of the lanes ({@link LaneBackground}): a lane per replica with its name and
 * clock skew, and between them the link strips, which a click cuts from that tick on (or heals).
 */
final class ClusterBackground {

    private ClusterBackground() {}

    /** The replica lanes (first, under everything) and their axes, then the clickable link strips. */
    static void lanes(
            ClusterEditing cluster,
            DiagramModel m,
            Geometry g,
            double width,
            Bands bands,
            NodeCache cache,
            List<Node> nodes) {
        for (DiagramModel.ReplicaLane r : m.replicas()) {
            double top = bands.replicaTop().get(r.id());
            Region lane = cache.kept("replica-lane " + r.id(), () -> {
                Region l = new Region();
                l.getStyleClass().addAll("lane", "store-lane", "replica-lane");
                l.setId("replica-area-" + r.id());
                l.setMouseTransparent(true);
                return l;
            });
            lane.setPrefSize(width, g.replicaLane());
            lane.setMinSize(width, g.replicaLane());
            lane.relocate(0, top);
            nodes.add(0, lane);
            Line axis = cache.kept("replica-axis " + r.id(), () -> {
                Line l = new Line();
                l.getStyleClass().add("store-axis");
                l.setMouseTransparent(true);
                return l;
            });
            LaneBackground.place(axis, g.left(), top + g.replicaLane() / 2, width, top + g.replicaLane() / 2);
            nodes.add(axis);
        }
        for (String[] link : bands.links()) {
            String a = link[0];
            String b = link[1];
            double top = bands.linkTop(a, b);
            Region strip = cache.kept("link-strip " + a + "-" + b, () -> {
                Region s = new Region();
                s.getStyleClass().add("link-strip");
                s.setId("link-" + a + "-" + b);
                Tooltip.install(
                        s,
                        new Tooltip("The link " + a + "-" + b
                                + ": click to cut it from that tick on; click a cut tick to heal it there."));
                return s;
            });
            strip.setPrefSize(width, g.link());
            strip.setMinSize(width, g.link());
            strip.relocate(0, top);
            strip.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    cluster.toggleLink(a, b, g.time(e.getX()));
                    e.consume();
                }
            });
            nodes.add(strip);
        }
    }

    /** The replica and link names, with the skew of each replica, for the pinned label column. */
    static void labels(DiagramModel m, Geometry g, Bands bands, NodeCache cache, List<Node> nodes) {
        for (DiagramModel.ReplicaLane r : m.replicas()) {
            double top = bands.replicaTop().get(r.id());
            nodes.add(LaneBackground.columnCell(
                    cache, "replica " + r.id(), List.of("store-lane"), 0, top, g.left(), g.replicaLane()));
            Label name = cache.kept("replica-name " + r.id(), () -> {
                Label l = new Label(r.id());
                l.getStyleClass().addAll("lane-label", "store-label", "replica-label");
                l.setId("replica-" + r.id());
                l.setMouseTransparent(true);
                return l;
            });
            name.relocate(8 * g.zoom(), top + 4 * g.zoom());
            nodes.add(name);
            String text = r.skew() == 0 ? "clock ok" : "clock " + (r.skew() > 0 ? "+" : "") + r.skew();
            Label skew = cache.kept("replica-skew " + r.id() + " " + text, () -> {
                Label l = new Label(text);
                l.getStyleClass().addAll("replica-skew", r.skew() == 0 ? "replica-skew-zero" : "replica-skew-off");
                l.setId("replica-" + r.id() + "-skew");
                l.setMouseTransparent(true);
                return l;
            });
            skew.relocate(8 * g.zoom(), top + g.replicaLane() / 2 + 4 * g.zoom());
            nodes.add(skew);
        }
        for (String[] link : bands.links()) {
            String a = link[0];
            String b = link[1];
            double top = bands.linkTop(a, b);
            nodes.add(LaneBackground.columnCell(
                    cache, "link " + a + "-" + b, List.of("link-strip"), 0, top, g.left(), g.link()));
            Label name = cache.kept("link-name " + a + "-" + b, () -> {
                Label l = new Label(a + "-" + b);
                l.getStyleClass().add("link-label");
                l.setMouseTransparent(true);
                return l;
            });
            name.relocate(8 * g.zoom(), top + 4 * g.zoom());
            nodes.add(name);
        }
    }
}
