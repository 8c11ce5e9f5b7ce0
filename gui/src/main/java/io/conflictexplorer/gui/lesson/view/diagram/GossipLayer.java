package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.projection.ArrowHead;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;

/**
 * A cluster's network: gossip as arrows from the sender's lane at the send tick to the receiver's
 * at the arrival tick, and the partitions that cut a link, as bars on its strip. Gossip is one path
 * per kind, with the messages that cross the drawn window; the partitions (a few) are nodes kept by
 * id, so a dragged bar stays the node under the mouse.
 */
final class GossipLayer {

    private final ExplorerViewModel vm;
    private final Pane gossipPane = new Pane();
    private final Pane partitionPane = new Pane();
    private final Map<String, Path> gossipPaths = new HashMap<>();
    private final Map<String, PartitionNode> partitions = new HashMap<>();

    GossipLayer(ExplorerViewModel vm) {
        this.vm = vm;
        gossipPane.setMouseTransparent(true);
        partitionPane.setPickOnBounds(false);
    }

    /** Drawn over the partition bars (a cut message's X shows on the bar), but lets the mouse through. */
    Node gossip() {
        return gossipPane;
    }

    Node partitions() {
        return partitionPane;
    }

    void draw(DiagramPlan plan, double from, double to) {
        drawGossip(plan, from, to);
        drawPartitions(plan);
    }

    /**
     * Thin and muted when the arrival changed nothing, strong when it did, red when it made LWW
     * drop a write, red with long dashes when it made VV itself drop one (the receiver's lane says
     * "VV lost ..."); a message the network lost is dashed and crossed out.
     */
    private void drawGossip(DiagramPlan plan, double from, double to) {
        Geometry g = plan.geometry();
        Bands bands = plan.bands();
        Map<String, List<PathElement>> byKind = new HashMap<>();
        for (String k : gossipPaths.keySet()) {
            byKind.put(k, new ArrayList<>());
        }
        for (DiagramModel.Message msg : plan.model().messages()) {
            double x1 = g.x(msg.sendTime());
            double x2 = g.x(msg.deliverTime());
            if (Math.max(x1, x2) < from || Math.min(x1, x2) > to) {
                continue;
            }
            String kind = !msg.arrived()
                    ? "gossip-lost"
                    : msg.lossInVv()
                            ? "gossip-vv-loss" // VV itself dropped a write (naive clocks): its own mark
                            : msg.lossInLww() ? "gossip-loss" : msg.changed() ? "gossip-changed" : "gossip-quiet";
            String state = msg.applied() ? "" : " gossip-pending";
            List<PathElement> line = byKind.computeIfAbsent(kind + state, k -> new ArrayList<>());
            double y1 = bands.replicaMid(msg.from(), g);
            double y2 = bands.replicaMid(msg.to(), g);
            if (!msg.arrived()) {
                // stops halfway, where the network lost it, with an X
                double mx = (x1 + x2) / 2;
                double my = (y1 + y2) / 2;
                line.add(new MoveTo(x1, y1));
                line.add(new LineTo(mx, my));
                double s = 7 * g.zoom();
                List<PathElement> cross = byKind.computeIfAbsent("gossip-x" + state, k -> new ArrayList<>());
                cross.add(new MoveTo(mx - s, my - s));
                cross.add(new LineTo(mx + s, my + s));
                cross.add(new MoveTo(mx - s, my + s));
                cross.add(new LineTo(mx + s, my - s));
                continue;
            }
            line.add(new MoveTo(x1, y1));
            line.add(new LineTo(x2, y2));
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len = Math.hypot(dx, dy);
            double s = (msg.changed() ? 11 : 8) * g.zoom();
            List<PathElement> head = byKind.computeIfAbsent(kind + "-head" + state, k -> new ArrayList<>());
            PathElements.add(head, ArrowHead.at(x2, y2, dx / len, dy / len, s, 0.5));
        }
        for (Map.Entry<String, List<PathElement>> e : byKind.entrySet()) {
            Path path = gossipPaths.computeIfAbsent(e.getKey(), k -> {
                Path p = ArrowLayer.path(("gossip " + k).split(" "));
                gossipPane.getChildren().add(p);
                return p;
            });
            PathElements.update(path, e.getValue());
        }
        // the muted ones first, so the arrows that matter are drawn on top
        List<Node> order = new ArrayList<>(gossipPane.getChildren());
        order.sort(Comparator.comparingInt(n -> rank(n.getStyleClass())));
        if (!order.equals(gossipPane.getChildren())) {
            gossipPane.getChildren().setAll(order); // never sort a scene-graph list in place
        }
    }

    private static int rank(List<String> classes) {
        int pending = classes.contains("gossip-pending") ? 0 : 10;
        if (classes.contains("gossip-quiet") || classes.contains("gossip-quiet-head")) {
            return pending;
        }
        if (classes.contains("gossip-lost") || classes.contains("gossip-x")) {
            return pending + 1;
        }
        if (classes.contains("gossip-changed") || classes.contains("gossip-changed-head")) {
            return pending + 2;
        }
        return pending + 3;
    }

    private void drawPartitions(DiagramPlan plan) {
        Set<String> live = new HashSet<>();
        for (DiagramModel.PartitionBar p : plan.model().partitions()) {
            PartitionNode node = partitions.get(p.id());
            if (node == null) {
                node = new PartitionNode(vm.cluster(), p.id());
                partitions.put(p.id(), node);
                partitionPane.getChildren().add(node);
            }
            node.update(p, plan.geometry(), plan.bands().linkTop(p.a(), p.b()));
            live.add(p.id());
        }
        partitions.entrySet().removeIf(e -> {
            if (!live.contains(e.getKey())) {
                partitionPane.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }
}
