package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ClusterEditing;
import io.conflictexplorer.gui.lesson.model.Editing;
import io.conflictexplorer.gui.lesson.model.Selection;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

/**
 * What the diagram is drawn on: a lane per client and one for the store (or a cluster's replica
 * lanes and link strips, {@link ClusterBackground}), each with its axis, the tick grid and the tick
 * labels, and the lane names in a column the diagram keeps at the visible left edge. A click on a
 * lane selects it, a secondary click offers to add a read or a write there.
 *
 * <p>The lanes are drawn again only when what they show changes (clients, length, columns, the
 * active lane), from nodes kept by what they show ({@link NodeCache}): a drag widens a column at
 * nearly every tick. The grid and the tick labels are drawn for the drawn window only, on labels
 * reused as it moves: a scenario of 8,000 ticks had a label per tick.
 */
final class LaneBackground {

    /** A tick's label starts this many ticks left of its tick ... */
    static final double TICK_LABEL_LEFT = 0.22;
    /** ... and ends within this many right of it (up to "t=999" at the diagram's type). */
    static final double TICK_LABEL_RIGHT = 0.78;

    private final Editing editing;
    private final Selection selection;
    private final ClusterEditing cluster;
    private final Pane pane = new Pane();
    /** The lane names, pinned to the visible left edge. */
    private final Pane labelColumn = new Pane();
    /** The tick labels and the grid, between the lanes and their axes. */
    private final Pane ticks = new Pane();

    private final ContextMenu laneMenu = new ContextMenu();
    private final NodeCache cache = new NodeCache();
    private final Path grid = new Path();
    /** The tick labels drawn, by tick, and those free for other ticks. */
    private final Map<Long, Text> tickLabels = new HashMap<>();

    private final Deque<Text> spareLabels = new ArrayDeque<>();
    private Object shownKey;

    LaneBackground(Editing editing, Selection selection, ClusterEditing cluster) {
        this.editing = editing;
        this.selection = selection;
        this.cluster = cluster;
        labelColumn.setMouseTransparent(true);
        labelColumn.setId("lane-label-column");
        grid.getStyleClass().add("tick-line");
        grid.setMouseTransparent(true); // a click on a tick line is a click on the lane under it
        ticks.setMouseTransparent(true);
    }

    Node node() {
        return pane;
    }

    Pane labelColumn() {
        return labelColumn;
    }

    /** Draws the lanes of {@code plan} when they changed, and the ticks in [{@code from}, {@code to}]. */
    void draw(DiagramPlan plan, String activeClient, double from, double to) {
        DiagramModel m = plan.model();
        Object key = List.of(m.clients(), m.endTime(), plan.geometry(), activeClient, m.replicas(), plan.lanesWidth());
        if (!key.equals(shownKey)) {
            shownKey = key;
            drawLanes(plan);
        }
        drawTicks(plan, from, to);
    }

    private void drawLanes(DiagramPlan plan) {
        DiagramModel m = plan.model();
        Geometry g = plan.geometry();
        double width = plan.lanesWidth();
        int lanes = m.clients().size();
        cache.begin();
        List<Node> nodes = new ArrayList<>();
        List<Node> column = new ArrayList<>();
        // the column's own background: the paper above the lanes, each lane's colour beside it
        Region top = cache.kept("column-top", () -> {
            Region r = new Region();
            r.getStyleClass().add("label-column-top");
            return r;
        });
        top.setPrefSize(g.left(), g.top());
        top.setMinSize(g.left(), g.top());
        column.add(top);
        for (int i = 0; i <= lanes; i++) {
            boolean store = i == lanes;
            if (store && m.isCluster()) {
                break; // the replica lanes take the store's place
            }
            String client = store ? null : m.clients().get(i);
            String named = store ? "store" : "client " + client; // a client may be called "store"
            List<String> classes =
                    new ArrayList<>(List.of("lane", store ? "store-lane" : i % 2 == 0 ? "lane-even" : "lane-odd"));
            if (!store && client.equals(selection.activeClientProperty().get())) {
                classes.add("lane-active");
            }
            Region lane = cache.kept("lane " + named + " " + classes, () -> {
                Region r = new Region();
                r.getStyleClass().setAll(classes);
                if (client != null) {
                    r.setId("lane-area-" + client);
                }
                return r;
            });
            double h = store ? g.storeLane() : g.lane();
            lane.setPrefSize(width, h);
            lane.setMinSize(width, h);
            lane.relocate(0, g.laneTop(i));
            nodes.add(lane);
            column.add(columnCell("lane " + named, lane.getStyleClass(), 0, g.laneTop(i), g.left(), h));
            if (!store) {
                // a secondary click opens the menu too: not every platform (Monocle) sends a context-menu event
                lane.setOnMouseClicked(e -> {
                    if (e.getButton() == MouseButton.SECONDARY) {
                        showLaneMenu(lane, client, g.time(e.getX()), e.getScreenX(), e.getScreenY());
                    } else {
                        selection.select(null);
                        selection.selectLane(client);
                    }
                });
                lane.setOnContextMenuRequested(e -> {
                    showLaneMenu(lane, client, g.time(e.getX()), e.getScreenX(), e.getScreenY());
                    e.consume();
                });
            }
        }
        nodes.add(ticks);
        if (m.isCluster()) {
            ClusterBackground.lanes(cluster, m, g, width, plan.bands(), cache, nodes);
        }
        for (int i = 0; i <= lanes; i++) {
            boolean store = i == lanes;
            if (store && m.isCluster()) {
                break;
            }
            double h = store ? g.storeLane() : g.lane();
            double y = g.laneTop(i) + h / 2 + (store ? 0 : g.arcRoom() / 2);
            String client = store ? null : m.clients().get(i);
            String named = store ? "store" : "client " + client;
            Line axis = cache.kept("axis " + named, () -> {
                Line l = new Line();
                l.setMouseTransparent(true);
                l.getStyleClass().add(store ? "store-axis" : "lane-axis");
                return l;
            });
            place(axis, g.left(), y, width, y);
            nodes.add(axis);
            Label name = cache.kept("name " + named, () -> {
                Label l = new Label(store ? "store" : client);
                l.getStyleClass().addAll("lane-label", store ? "store-label" : "client-label");
                l.setId(store ? "lane-store" : "lane-" + client);
                l.setMouseTransparent(true);
                return l;
            });
            name.relocate(8 * g.zoom(), g.laneTop(i) + h / 2 - 14 * g.zoom());
            column.add(name);
        }
        if (m.isCluster()) {
            ClusterBackground.labels(m, g, plan.bands(), cache, column);
        }
        NodeCache.replaceChildren(pane.getChildren(), nodes);
        NodeCache.replaceChildren(labelColumn.getChildren(), column);
        cache.end();
    }

    /** The tick grid as one path over [from, to], and a label per tick there (fewer when zoomed out). */
    private void drawTicks(DiagramPlan plan, double from, double to) {
        DiagramModel m = plan.model();
        Geometry g = plan.geometry();
        long every = Math.max(1, Math.round(40 / g.tick()));
        double bottom =
                m.isCluster() ? plan.bands().bottom() : g.laneTop(m.clients().size()) + g.storeLane();
        long first = Math.max(0, g.time(from) - 1);
        long last = Math.min(m.endTime() + 1, g.time(to) + 1);
        List<PathElement> lines = new ArrayList<>();
        Map<Long, Text> wanted = new HashMap<>();
        for (long t = first; t <= last; t++) {
            lines.add(new MoveTo(g.x(t), g.top()));
            lines.add(new LineTo(g.x(t), bottom));
            // a label where it fits before the next one (fewer zoomed out, on Presenter's narrow ticks
            // past t=99 and its quiet ones)
            if (t % every == 0 && g.x(t + every) - g.x(t) >= labelWidth(t, g)) {
                Text label = tickLabels.remove(t);
                wanted.put(t, label);
            }
        }
        List<Node> nodes = new ArrayList<>();
        spareLabels.addAll(tickLabels.values()); // the ticks that left the window free their labels
        tickLabels.clear();
        for (long t = first; t <= last; t++) {
            if (!wanted.containsKey(t)) {
                continue;
            }
            Text label = wanted.get(t);
            if (label == null) {
                label = spareLabels.isEmpty() ? tickLabel() : spareLabels.pop();
                label.setText("t=" + t);
            }
            label.relocate(g.x(t) - g.tick() * TICK_LABEL_LEFT, 6 * g.zoom());
            tickLabels.put(t, label);
            nodes.add(label);
        }
        nodes.add(grid);
        PathElements.update(grid, lines);
        NodeCache.replaceChildren(ticks.getChildren(), nodes);
    }

    /**
     * The room tick {@code t}'s label takes, a gap included: "t=" and the digits at 0.9 em of the
     * diagram's type (14 px at zoom 1), in DejaVu Sans's advances (t= 1.23 em, a digit 0.64 em), and
     * half an em before the next label.
     */
    static double labelWidth(long t, Geometry g) {
        int digits = Long.toString(Math.max(0, t)).length();
        return (1.23 + 0.64 * digits + 0.5) * 0.9 * 14 * g.zoom();
    }

    /** A tick's label on the time axis; reused for other ticks as the window moves. */
    private static Text tickLabel() {
        Text label = new Text();
        label.setMouseTransparent(true);
        label.getStyleClass().add("tick-label");
        return label;
    }

    /** A piece of the label column's background with the style of the lane or strip ({@code name}) beside it. */
    private Region columnCell(String name, List<String> styleClasses, double x, double y, double w, double h) {
        return columnCell(cache, name, styleClasses, x, y, w, h);
    }

    static Region columnCell(
            NodeCache cache, String name, List<String> styleClasses, double x, double y, double w, double h) {
        List<String> classes = new ArrayList<>(styleClasses);
        classes.add("label-column-cell");
        Region cell = cache.kept("cell " + name + " " + classes, () -> {
            Region r = new Region();
            r.getStyleClass().setAll(classes);
            return r;
        });
        cell.setPrefSize(w, h);
        cell.setMinSize(w, h);
        cell.relocate(x, y);
        return cell;
    }

    static void place(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    private void showLaneMenu(Node lane, String client, long t, double screenX, double screenY) {
        MenuItem read = new MenuItem("Add read here (t=" + t + ")");
        read.setOnAction(a -> editing.addRead(client, t));
        MenuItem write = new MenuItem("Add write here (t=" + t + ")");
        write.setOnAction(a -> editing.addWrite(client, t));
        laneMenu.getItems().setAll(read, write);
        laneMenu.show(lane, screenX, screenY);
    }
}
