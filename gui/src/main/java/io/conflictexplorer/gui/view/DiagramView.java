package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.QuadCurve;

/**
 * The space-time diagram: one lane per client and one for the store, time to the right. It draws
 * the {@link DiagramModel} it is given and nothing else; chips are kept by operation id between
 * redraws so a chip being dragged stays the same node under the mouse.
 */
public final class DiagramView extends Pane {

    private final ExplorerViewModel vm;
    private final Pane background = new Pane();
    private final Pane arrows = new Pane();
    private final Pane chipsLayer = new Pane();
    private final Pane overlay = new Pane();
    private final Map<String, ChipNode> chips = new HashMap<>();
    private final ContextMenu laneMenu = new ContextMenu();

    public DiagramView(ExplorerViewModel vm) {
        this.vm = vm;
        setId("diagram");
        getStyleClass().add("diagram");
        for (Pane p : List.of(background, arrows, overlay)) {
            p.setMouseTransparent(p != background);
            p.setPickOnBounds(p == background);
        }
        chipsLayer.setPickOnBounds(false);
        getChildren().addAll(background, arrows, chipsLayer, overlay);
        vm.diagramProperty().addListener((obs, was, now) -> redraw());
        vm.zoomProperty().addListener((obs, was, now) -> redraw());
        vm.activeClientProperty().addListener((obs, was, now) -> redraw());
        redraw();
    }

    /** Rebuilds lanes, arrows and marks; updates chips in place. */
    public void redraw() {
        DiagramModel m = vm.diagramProperty().get();
        if (m == null) {
            return;
        }
        Geometry g = new Geometry(vm.zoomProperty().get());
        double width = g.width(m.endTime());
        double height = g.height(m.clients().size());
        setPrefSize(width, height);
        setMinSize(width, height);

        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < m.clients().size(); i++) {
            laneOf.put(m.clients().get(i), i);
        }
        drawBackground(m, g, width, laneOf.size());

        Set<String> live = new HashSet<>();
        List<Node> order = new ArrayList<>(m.chips().size());
        Map<String, DiagramModel.Chip> byId = new HashMap<>();
        Map<String, java.util.TreeSet<Long>> laneTimes = new HashMap<>();
        for (DiagramModel.Chip c : m.chips()) {
            laneTimes.computeIfAbsent(c.client(), k -> new java.util.TreeSet<>()).add(c.time());
        }
        for (DiagramModel.Chip c : m.chips()) {
            ChipNode node = chips.computeIfAbsent(c.id(), id -> new ChipNode(vm, id));
            node.update(c, g, laneOf.get(c.client()), ticksFree(laneTimes.get(c.client()), c.time()));
            live.add(c.id());
            order.add(node);
            byId.put(c.id(), c);
        }
        chips.keySet().retainAll(live);
        if (!chipsLayer.getChildren().equals(order)) {
            chipsLayer.getChildren().setAll(order);
        }
        drawArrows(m, g, byId, laneOf);
        drawOverlay(m, g, laneOf.size());
    }

    /** Ticks to the nearest other operation time on the same lane (a lone chip has room to spare). */
    private static long ticksFree(java.util.TreeSet<Long> times, long time) {
        Long before = times.lower(time);
        Long after = times.higher(time);
        long free = 4;
        if (before != null) {
            free = Math.min(free, time - before);
        }
        if (after != null) {
            free = Math.min(free, after - time);
        }
        return free;
    }

    private void drawBackground(DiagramModel m, Geometry g, double width, int lanes) {
        List<Node> nodes = new ArrayList<>();
        // tick grid and time axis
        long step = Math.max(1, Math.round(40 / g.tick())); // label density stays readable when zoomed out
        for (long t = 0; t <= m.endTime() + 1; t++) {
            Line grid = new Line(g.x(t), g.top(), g.x(t), g.laneTop(lanes) + g.storeLane());
            grid.getStyleClass().add("tick-line");
            nodes.add(grid);
            if (t % step == 0) {
                Label label = new Label("t=" + t);
                label.getStyleClass().add("tick-label");
                label.relocate(g.x(t) - g.tick() * 0.3, 4 * g.zoom());
                nodes.add(label);
            }
        }
        for (int i = 0; i <= lanes; i++) {
            boolean store = i == lanes;
            String client = store ? null : m.clients().get(i);
            Region lane = new Region();
            lane.getStyleClass().addAll("lane", store ? "store-lane" : i % 2 == 0 ? "lane-even" : "lane-odd");
            if (!store && client.equals(vm.activeClientProperty().get())) {
                lane.getStyleClass().add("lane-active");
            }
            double h = store ? g.storeLane() : g.lane();
            lane.resizeRelocate(0, g.laneTop(i), width, h);
            lane.setPrefSize(width, h);
            lane.setMinSize(width, h);
            lane.setLayoutX(0);
            lane.setLayoutY(g.laneTop(i));
            nodes.add(0, lane);
            Line axis = new Line(g.left(), g.laneTop(i) + h / 2 + (store ? 0 : g.arcRoom() / 2), width,
                    g.laneTop(i) + h / 2 + (store ? 0 : g.arcRoom() / 2));
            axis.getStyleClass().add(store ? "store-axis" : "lane-axis");
            nodes.add(axis);
            Label name = new Label(store ? "store" : client);
            name.getStyleClass().addAll("lane-label", store ? "store-label" : "client-label");
            name.setId(store ? "lane-store" : "lane-" + client);
            name.relocate(8 * g.zoom(), g.laneTop(i) + h / 2 - 14 * g.zoom());
            nodes.add(name);
            if (!store) {
                lane.setId("lane-area-" + client);
                lane.setOnMouseClicked(e -> {
                    vm.select(null);
                    vm.selectLane(client);
                });
                lane.setOnContextMenuRequested(e -> {
                    long t = g.time(e.getX());
                    MenuItem read = new MenuItem("Add read here (t=" + t + ")");
                    read.setOnAction(a -> vm.addRead(client, t));
                    MenuItem write = new MenuItem("Add write here (t=" + t + ")");
                    write.setOnAction(a -> vm.addWrite(client, t));
                    laneMenu.getItems().setAll(read, write);
                    laneMenu.show(lane, e.getScreenX(), e.getScreenY());
                    e.consume();
                });
            }
        }
        background.getChildren().setAll(nodes);
    }

    /** Context arcs from a read to the write that carried its context, over the chips of the lane. */
    private void drawArrows(DiagramModel m, Geometry g, Map<String, DiagramModel.Chip> byId, Map<String, Integer> laneOf) {
        List<Node> nodes = new ArrayList<>();
        for (DiagramModel.Arrow a : m.arrows()) {
            DiagramModel.Chip from = byId.get(a.read());
            DiagramModel.Chip to = byId.get(a.write());
            if (from == null || to == null) {
                continue;
            }
            double y = g.laneTop(laneOf.get(to.client())) + g.arcRoom() + 2 * g.zoom();
            double x1 = g.x(from.time());
            double x2 = g.x(to.time());
            if (x1 == x2) {
                x2 += g.tick() * 0.2; // same tick: still show a small hook
            }
            double cx = (x1 + x2) / 2;
            double cy = y - g.arcRoom() * 1.7;
            QuadCurve arc = new QuadCurve(x1, y, cx, cy, x2, y);
            arc.getStyleClass().add("context-arrow");
            if (!to.applied()) {
                arc.getStyleClass().add("context-arrow-pending");
            }
            nodes.add(arc);
            // arrow head along the curve's end tangent (control point to end point)
            double dx = x2 - cx;
            double dy = y - cy;
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            double s = 9 * g.zoom();
            Polygon head = new Polygon(x2, y, x2 - ux * s - uy * s * 0.6, y - uy * s + ux * s * 0.6,
                    x2 - ux * s + uy * s * 0.6, y - uy * s - ux * s * 0.6);
            head.getStyleClass().add("context-arrow-head");
            nodes.add(head);
        }
        arrows.getChildren().setAll(nodes);
    }

    /** Store-lane notes and the time cursor. */
    private void drawOverlay(DiagramModel m, Geometry g, int lanes) {
        List<Node> nodes = new ArrayList<>();
        double storeTop = g.laneTop(lanes);
        Map<String, Integer> stacked = new HashMap<>();
        for (DiagramModel.StoreMark mark : m.marks()) {
            int n = stacked.merge(mark.operation(), 1, Integer::sum) - 1;
            Label label = new Label(mark.text());
            label.getStyleClass().addAll("store-mark", mark.loss() ? "store-mark-loss" : "store-mark-conflict");
            label.setMaxWidth(g.chipWidth());
            label.setWrapText(true);
            label.relocate(g.x(mark.time()) - g.chipWidth() / 2, storeTop + 4 * g.zoom() + n * 28 * g.zoom());
            nodes.add(label);
        }
        double x = m.cursorTime() < 0 ? g.left() + g.tick() * 0.5 : g.x(m.cursorTime()) + g.tick() * 0.5;
        Line cursor = new Line(x, g.top(), x, storeTop + g.storeLane());
        cursor.setId("time-cursor");
        cursor.getStyleClass().add("time-cursor");
        nodes.add(cursor);
        overlay.getChildren().setAll(nodes);
    }
}
