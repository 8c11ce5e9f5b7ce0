package io.conflictexplorer.gui.view;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.model.DiagramModel;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.model.LessonStory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.text.Text;

/**
 * The space-time diagram: one lane per client and one for the store, time to the right. It draws
 * the {@link DiagramModel} it is given and nothing else. To stay smooth with hundreds of
 * operations it keeps chips by operation id (a dragged chip stays the same node under the mouse),
 * rebuilds the lanes only when clients, length or zoom change, and draws the grid and the context
 * arrows as a few paths rather than a node per line.
 *
 * <p>Chips of one lane never overlap ({@link ChipLayout}). The lane names stand in a column that
 * stays at the left edge of the enclosing scroll pane however far the diagram is scrolled, so a
 * lane is always named. The time cursor stands on the tick of the last applied step, behind the
 * chips. Read-from arrows ({@code read-from-arrow}) run from each write a read returned to the
 * read, edge to edge, under the chips; the context arcs ({@code context-arrow}) run above a lane.
 */
public final class DiagramView extends Pane {

    private final ExplorerViewModel vm;
    private final Pane background = new Pane();
    private final Pane arrows = new Pane();
    private final Pane chipsLayer = new Pane();
    private final Pane marksLayer = new Pane();
    /** The lane names, pinned to the visible left edge. */
    private final Pane labelColumn = new Pane();

    private final EdgeScroll edgeScroll = new EdgeScroll();
    /** The columns a chip drag holds still (see {@link DragColumns}). */
    private final DragColumns columns = new DragColumns(this::shownLayout, this::shownChips, this::redraw);

    private final ChipRuler ruler = new ChipRuler();
    /** The zoom and stylesheets the ruler last took its fonts at. */
    private Object rulerFonts;
    /** A redraw happened before the diagram was in a scene, so with no CSS: text measured in the wrong font. */
    private boolean drawnOutsideScene;

    private ScrollPane scroll;
    private final Line cursor = new Line();
    private final Path arcPath = path("context-arrow");
    private final Path headPath = path("context-arrow-head");
    private final Path pendingArcPath = path("context-arrow", "context-arrow-pending");
    private final Path pendingHeadPath = path("context-arrow-head", "context-arrow-pending");
    /** Read-from arrows by style: VV's (applied, pending), then those only LWW's one value has. */
    private final Map<String, Path> readFromPaths = new HashMap<>();

    /** The read-from arrows' styles: VV's, those only LWW's one value has, each applied or pending. */
    static final List<String> READ_FROM_STYLES = List.of(
            "read-from-arrow",
            "read-from-arrow read-from-arrow-pending",
            "read-from-arrow read-from-arrow-lww-only",
            "read-from-arrow read-from-arrow-lww-only read-from-arrow-pending");

    /** The store lane's notes: a loss, a conflict (see {@link #drawMarks}). */
    static final List<String> STORE_MARK_STYLES =
            List.of("store-mark store-mark-loss", "store-mark store-mark-conflict");

    private final Map<String, ChipNode> chips = new HashMap<>();
    private final Pane gossipLayer = new Pane();
    private final Pane partitionLayer = new Pane();
    private final Map<String, Path> gossipPaths = new HashMap<>();
    private final Map<String, PartitionNode> partitions = new HashMap<>();
    private final ContextMenu laneMenu = new ContextMenu();
    private Object backgroundKey;
    /** The background's and label column's nodes as last drawn, by {@link #kept}'s key. */
    private Map<String, Node> backgroundNodes = new HashMap<>();
    /** Those the background drawing under way keeps or makes. */
    private Map<String, Node> nextBackgroundNodes = new HashMap<>();
    /** The tick labels drawn so far, by tick: the background is redrawn whenever a column widens (every drag tick). */
    private final Map<Long, Text> tickLabels = new HashMap<>();

    private Object shownMarks;
    /** The layout last drawn, for where the step at the cursor is. */
    private ChipLayout shownLayout;

    private Geometry shownGeometry;
    private final List<Label> markPool = new ArrayList<>();
    /** Each note's width and height by style and text, at {@link #markSizesZoom}. */
    private final Map<String, double[]> markSizes = new HashMap<>();

    private Double markSizesZoom;
    /** Where the notes drawn end, and each note's time, left and right: a step brings its notes into view. */
    private double notesEnd;

    private final List<double[]> noteSpans = new ArrayList<>();

    /** The zoom the diagram is drawn at: the main view's choice (the teacher's zoom, lowered until all fits). */
    private final DoubleProperty scale = new SimpleDoubleProperty(1);

    public DoubleProperty scaleProperty() {
        return scale;
    }

    public DiagramView(ExplorerViewModel vm) {
        this.vm = vm;
        setId("diagram");
        getStyleClass().add("diagram");
        arrows.setMouseTransparent(true);
        marksLayer.setMouseTransparent(true);
        chipsLayer.setPickOnBounds(false);
        cursor.setId("time-cursor");
        cursor.getStyleClass().add("time-cursor");
        cursor.setMouseTransparent(true);
        cursor.setManaged(false);
        arrows.getChildren().addAll(arcPath, headPath, pendingArcPath, pendingHeadPath);
        for (String style : READ_FROM_STYLES) {
            for (String part : List.of("", "-head")) {
                // the line has the style's classes, the head the same with read-from-arrow-head first
                Path p = path(("read-from-arrow" + part + style.substring("read-from-arrow".length())).split(" "));
                readFromPaths.put(style + part, p);
                arrows.getChildren().add(p);
            }
        }
        gossipLayer.setMouseTransparent(true);
        partitionLayer.setPickOnBounds(false);
        labelColumn.setMouseTransparent(true);
        labelColumn.setId("lane-label-column");
        // gossip is drawn over the partition bars (a cut message's X shows on the bar) but lets the mouse
        // through; the cursor stands behind the arrows and chips, so it never hides a clock
        getChildren()
                .addAll(
                        background,
                        partitionLayer,
                        gossipLayer,
                        cursor,
                        arrows,
                        chipsLayer,
                        marksLayer,
                        labelColumn,
                        ruler);
        vm.diagramProperty().addListener((obs, was, now) -> redraw());
        scale.addListener((obs, was, now) -> redraw());
        vm.presenterProperty().addListener((obs, was, now) -> redraw());
        vm.activeClientProperty().addListener((obs, was, now) -> redraw());
        redraw();
    }

    /** Brings the drawing up to date with the view model's current diagram. */
    public void redraw() {
        DiagramModel m = vm.diagramProperty().get();
        if (m == null) {
            return;
        }
        drawnOutsideScene |= getScene() == null;
        // Presenter's lanes are lower still: its chips have larger type, not more lines
        Geometry.Density density = vm.presenterProperty().get()
                ? Geometry.Density.PRESENTER
                : m.isCluster() ? Geometry.Density.CLUSTER : Geometry.Density.DESK;
        boolean compact = density != Geometry.Density.DESK;
        // the ruler's fonts change only with the zoom and the stylesheets: its CSS pass (which restyles
        // from the topmost changed parent, the whole diagram mid-drag) runs only then
        Object fonts = List.of(
                scale.get(),
                getScene() == null ? List.of() : List.copyOf(getScene().getStylesheets()));
        if (!fonts.equals(rulerFonts)) {
            rulerFonts = fonts;
            ruler.refresh();
        }
        ChipLayout layout = columns.layout(m.chips(), new Geometry(scale.get(), density), c -> ruler.width(c, compact));
        Geometry g = layout.geometry();
        shownLayout = layout;
        shownGeometry = g;
        Bands bands = Bands.of(m, g);
        double width = g.width(m.endTime());
        for (ChipLayout.Placed p : layout.placed().values()) {
            width = Math.max(width, p.right() + g.gap()); // a chip wider than the ticks after it shows whole
        }
        double height = m.isCluster()
                ? bands.bottom() + 8 * g.zoom()
                : g.height(m.clients().size());
        setPrefSize(width, height);
        setMinSize(width, height);

        Map<String, Integer> laneOf = new HashMap<>();
        for (int i = 0; i < m.clients().size(); i++) {
            laneOf.put(m.clients().get(i), i);
        }
        Object key = List.of(
                m.clients(),
                m.endTime(),
                g,
                Objects.toString(vm.activeClientProperty().get()),
                m.replicas());
        if (!key.equals(backgroundKey)) {
            backgroundKey = key;
            drawBackground(m, g, width, laneOf.size(), bands);
        }

        Set<String> live = new HashSet<>();
        List<Node> added = new ArrayList<>();
        Map<String, DiagramModel.Chip> byId = new HashMap<>();
        for (DiagramModel.Chip c : m.chips()) {
            ChipNode node = chips.get(c.id());
            if (node == null) {
                node = new ChipNode(vm, c.id(), edgeScroll, columns);
                chips.put(c.id(), node);
                added.add(node);
            }
            node.update(c, g, laneOf.get(c.client()), layout.of(c.id()));
            live.add(c.id());
            byId.put(c.id(), c);
        }
        // add and remove only what changed: re-adding a node would run CSS for it again
        List<Node> dead = new ArrayList<>();
        chips.entrySet().removeIf(e -> {
            if (!live.contains(e.getKey())) {
                dead.add(e.getValue());
                return true;
            }
            return false;
        });
        chipsLayer.getChildren().removeAll(dead);
        chipsLayer.getChildren().addAll(added);
        drawArrows(m, g, layout, byId, laneOf);
        drawReadsFrom(m, g, layout, byId, laneOf);
        drawGossip(m, g, bands);
        drawPartitions(m, g, bands);
        double notesRight = drawMarks(m, g, laneOf.size(), bands);
        if (notesRight + g.gap() > width) { // a note at the last tick may reach past the axis: widen to show it whole
            setPrefWidth(notesRight + g.gap());
            setMinWidth(notesRight + g.gap());
        }
        // the cursor stands where the last applied step happened (before the first: left of tick 0)
        double x = m.cursorTime() < 0 ? g.x(0) - g.tick() * 0.6 : g.x(m.cursorTime());
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(g.top());
        cursor.setEndY(m.isCluster() ? bands.bottom() : g.laneTop(laneOf.size()) + g.storeLane());
    }

    private ChipLayout shownLayout() {
        return shownLayout;
    }

    private List<DiagramModel.Chip> shownChips() {
        return vm.diagramProperty().get().chips();
    }

    /** Where the time cursor is drawn, in the diagram's coordinates. */
    public double cursorX() {
        return cursor.getStartX();
    }

    /** The width of the pinned lane names, which cover the diagram's left edge. */
    double laneNamesWidth() {
        return shownGeometry == null ? 0 : shownGeometry.left();
    }

    /**
     * From where to where, in the diagram's x, the last applied step shows: {@link #lessonSpan()},
     * the gossip arriving at it, from where it was sent, and the notes it left.
     */
    double[] stepSpan() {
        double[] span = lessonSpan();
        DiagramModel m = vm.diagramProperty().get();
        if (m == null || shownLayout == null || m.cursorTime() < 0) {
            return span;
        }
        for (DiagramModel.Message msg : m.messages()) {
            if (msg.applied() && msg.deliverTime() == m.cursorTime()) {
                span[0] = Math.min(span[0], shownLayout.geometry().x(msg.sendTime()));
            }
        }
        for (double[] note : noteSpans) {
            if (note[0] == m.cursorTime()) {
                span[0] = Math.min(span[0], note[1]);
                span[1] = Math.max(span[1], note[2]);
            }
        }
        return span;
    }

    /**
     * From where to where, in the diagram's x, what the lesson points at lies: the time cursor and
     * the chips of the step's story that must be in view together ({@link LessonStory#core()}: the
     * chips at its tick, the writes LWW has lost by then with the writes they lost to, and the
     * siblings VV keeps then).
     */
    double[] lessonSpan() {
        return span(story().core());
    }

    /**
     * As {@link #lessonSpan()}, with the reads that gave those writes their context ({@link
     * LessonStory#context()}): the whole story, where there is room for it.
     */
    double[] storySpan() {
        LessonStory story = story();
        Set<String> all = new HashSet<>(story.core());
        all.addAll(story.context());
        return span(all);
    }

    private LessonStory story() {
        return LessonStory.of(
                vm.diagramProperty().get(),
                vm.panelProperty(Mode.LWW).get(),
                vm.panelProperty(Mode.VV).get());
    }

    /** The time cursor and the chips {@code ids}, in the diagram's x. */
    private double[] span(Set<String> ids) {
        double x = cursorX();
        double[] span = {x, x};
        DiagramModel m = vm.diagramProperty().get();
        if (m == null || shownLayout == null || m.cursorTime() < 0) {
            return span;
        }
        for (String id : ids) {
            ChipLayout.Placed p = shownLayout.of(id);
            if (p != null) {
                span[0] = Math.min(span[0], p.left());
                span[1] = Math.max(span[1], p.right());
            }
        }
        return span;
    }

    /**
     * From where to where, in the diagram's x, chip {@code id} and the chips next to it on its lane
     * lie (what a drag moved and what it moved it next to); null when there is no such chip.
     */
    double[] chipSpan(String id) {
        DiagramModel m = vm.diagramProperty().get();
        ChipLayout.Placed self = shownLayout == null ? null : shownLayout.of(id);
        if (m == null || self == null) {
            return null;
        }
        DiagramModel.Chip chip =
                m.chips().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
        double[] span = {self.left(), self.right()};
        DiagramModel.Chip before = null;
        DiagramModel.Chip after = null;
        for (DiagramModel.Chip c : m.chips()) {
            if (chip != null && c != chip && c.client().equals(chip.client())) {
                if (c.time() <= chip.time() && (before == null || c.time() > before.time())) {
                    before = c;
                } else if (c.time() > chip.time() && (after == null || c.time() < after.time())) {
                    after = c;
                }
            }
        }
        for (DiagramModel.Chip c : new DiagramModel.Chip[] {before, after}) {
            ChipLayout.Placed p = c == null ? null : shownLayout.of(c.id());
            if (p != null) {
                span[0] = Math.min(span[0], p.left());
                span[1] = Math.max(span[1], p.right());
            }
        }
        return span;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (scroll == null) {
            attachToScrollPane();
        }
        if (drawnOutsideScene && getScene() != null) {
            // chips and notes were measured before the CSS gave them their fonts: measure them again
            drawnOutsideScene = false;
            shownMarks = null;
            redraw();
        }
    }

    /** Finds the scroll pane the diagram is shown in, to pin the labels and scroll at a drag's edge. */
    private void attachToScrollPane() {
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                scroll = sp;
                edgeScroll.attach(sp, Geometry.LEFT * scale.get());
                scale.addListener((obs, was, now) -> edgeScroll.attach(sp, Geometry.LEFT * now.doubleValue()));
                sp.hvalueProperty().addListener((obs, was, now) -> pinLabels());
                sp.viewportBoundsProperty().addListener((obs, was, now) -> pinLabels());
                widthProperty().addListener((obs, was, now) -> pinLabels());
                pinLabels();
                return;
            }
        }
    }

    /** Keeps the label column at the visible left edge: it moves right by what is scrolled out on the left. */
    private void pinLabels() {
        double hidden = Math.max(0, getWidth() - scroll.getViewportBounds().getWidth());
        double range = scroll.getHmax() - scroll.getHmin();
        double fraction = range <= 0 ? 0 : (scroll.getHvalue() - scroll.getHmin()) / range;
        labelColumn.setTranslateX(Math.round(hidden * fraction));
    }

    private void drawBackground(DiagramModel m, Geometry g, double width, int lanes, Bands bands) {
        nextBackgroundNodes = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        List<Node> column = new ArrayList<>();
        // the column's own background: the paper above the lanes, each lane's colour beside it
        Region top = kept("column-top", () -> {
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
            if (!store && client.equals(vm.activeClientProperty().get())) {
                classes.add("lane-active");
            }
            Region lane = kept("lane " + named + " " + classes, () -> {
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
                        vm.select(null);
                        vm.selectLane(client);
                    }
                });
                lane.setOnContextMenuRequested(e -> {
                    showLaneMenu(lane, client, g.time(e.getX()), e.getScreenX(), e.getScreenY());
                    e.consume();
                });
            }
        }
        // the tick grid as one path, and a label per tick (fewer when zoomed out)
        List<PathElement> grid = new ArrayList<>();
        long every = Math.max(1, Math.round(40 / g.tick()));
        double bottom = m.isCluster() ? bands.bottom() : g.laneTop(lanes) + g.storeLane();
        for (long t = 0; t <= m.endTime() + 1; t++) {
            grid.add(new MoveTo(g.x(t), g.top()));
            grid.add(new LineTo(g.x(t), bottom));
            if (t % every == 0) {
                Text label = tickLabels.computeIfAbsent(t, DiagramView::tickLabel);
                label.relocate(g.x(t) - g.tick() * 0.22, 6 * g.zoom());
                nodes.add(label);
            }
        }
        Path gridPath = kept("grid", () -> {
            Path p = new Path();
            p.getStyleClass().add("tick-line");
            p.setMouseTransparent(true); // a click on a tick line is a click on the lane under it
            return p;
        });
        PathElements.update(gridPath, grid);
        nodes.add(gridPath);
        if (m.isCluster()) {
            clusterBackground(m, g, width, bands, nodes);
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
            Line axis = kept("axis " + named, () -> {
                Line l = new Line();
                l.setMouseTransparent(true);
                l.getStyleClass().add(store ? "store-axis" : "lane-axis");
                return l;
            });
            place(axis, g.left(), y, width, y);
            nodes.add(axis);
            Label name = kept("name " + named, () -> {
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
            clusterLabels(m, g, bands, column);
        }
        replaceChildren(background.getChildren(), nodes);
        replaceChildren(labelColumn.getChildren(), column);
        backgroundNodes = nextBackgroundNodes;
    }

    /**
     * The node the last background drawing made under {@code key}, else a new one from {@code make}.
     * The key names all a node shows but its place and size (its text, style classes and id): a drag
     * widens a column at nearly every tick, redrawing the background, and a new region or label costs
     * a CSS pass (a label also its skin) in the next pulse, where a kept one only moves.
     */
    @SuppressWarnings("unchecked") // a key is always made by the same supplier, so holds its type
    private <T extends Node> T kept(String key, Supplier<T> make) {
        if (nextBackgroundNodes.containsKey(key)) {
            throw new IllegalStateException("two background nodes under one key: " + key);
        }
        Node n = backgroundNodes.get(key);
        if (n == null) {
            n = make.get();
        }
        nextBackgroundNodes.put(key, n);
        return (T) n;
    }

    private static void place(Line line, double x1, double y1, double x2, double y2) {
        line.setStartX(x1);
        line.setStartY(y1);
        line.setEndX(x2);
        line.setEndY(y2);
    }

    /**
     * Makes {@code children} equal to {@code wanted}, leaving in place the nodes both hold (the tick
     * labels): removing and re-adding hundreds of nodes costs more than the whole rest of a drag tick.
     * Falls back to replacing them all when the kept nodes changed their order.
     */
    private static void replaceChildren(ObservableList<Node> children, List<Node> wanted) {
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        List<Node> keptInOrder = new ArrayList<>();
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(children);
        for (Node n : wanted) {
            if (present.contains(n)) {
                keptInOrder.add(n);
            }
        }
        if (!sameNodes(keptInOrder, children)) {
            children.setAll(wanted);
            return;
        }
        // insert each run of new nodes where it belongs
        int i = 0;
        while (i < wanted.size()) {
            if (i < children.size() && children.get(i) == wanted.get(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < wanted.size() && !present.contains(wanted.get(end))) {
                end++;
            }
            children.addAll(i, wanted.subList(i, end));
            i = end;
        }
    }

    private static boolean sameNodes(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Tick {@code t}'s label on the time axis; kept, since a drag redraws the background at every tick. */
    private static Text tickLabel(long t) {
        Text label = new Text("t=" + t);
        label.setMouseTransparent(true);
        label.getStyleClass().add("tick-label");
        return label;
    }

    /** A piece of the label column's background with the style of the lane or strip ({@code name}) beside it. */
    private Region columnCell(String name, List<String> styleClasses, double x, double y, double w, double h) {
        List<String> classes = new ArrayList<>(styleClasses);
        classes.add("label-column-cell");
        Region cell = kept("cell " + name + " " + classes, () -> {
            Region r = new Region();
            r.getStyleClass().setAll(classes);
            return r;
        });
        cell.setPrefSize(w, h);
        cell.setMinSize(w, h);
        cell.relocate(x, y);
        return cell;
    }

    /** Where the replica lanes and the link strips are, top to bottom. */
    record Bands(Map<String, Double> replicaTop, Map<String, Double> linkTop, List<String[]> links, double bottom) {

        static Bands of(DiagramModel m, Geometry g) {
            Map<String, Double> replicaTop = new HashMap<>();
            Map<String, Double> linkTop = new HashMap<>();
            List<String[]> links = new ArrayList<>();
            double y = g.laneTop(m.clients().size());
            List<DiagramModel.ReplicaLane> rs = m.replicas();
            for (int i = 0; i < rs.size(); i++) {
                replicaTop.put(rs.get(i).id(), y);
                y += g.replicaLane();
                if (i + 1 < rs.size()) { // the link to the next replica sits between their lanes
                    String[] pair = {rs.get(i).id(), rs.get(i + 1).id()};
                    links.add(pair);
                    linkTop.put(linkKey(pair[0], pair[1]), y);
                    y += g.link();
                }
            }
            for (int i = 0; i < rs.size(); i++) { // links between lanes that are not neighbours go below
                for (int j = i + 2; j < rs.size(); j++) {
                    String[] pair = {rs.get(i).id(), rs.get(j).id()};
                    links.add(pair);
                    linkTop.put(linkKey(pair[0], pair[1]), y);
                    y += g.link();
                }
            }
            return new Bands(replicaTop, linkTop, links, y);
        }

        double linkTop(String a, String b) {
            Double y = linkTop.get(linkKey(a, b));
            return y != null ? y : linkTop.getOrDefault(linkKey(b, a), 0.0);
        }

        double replicaMid(String r, Geometry g) {
            return replicaTop.getOrDefault(r, 0.0) + g.replicaLane() / 2;
        }

        private static String linkKey(String a, String b) {
            return a + "|" + b;
        }
    }

    /** Replica lanes (name and clock skew) and, between them, the clickable link strips. */
    private void clusterBackground(DiagramModel m, Geometry g, double width, Bands bands, List<Node> nodes) {
        for (DiagramModel.ReplicaLane r : m.replicas()) {
            double top = bands.replicaTop().get(r.id());
            Region lane = kept("replica-lane " + r.id(), () -> {
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
            Line axis = kept("replica-axis " + r.id(), () -> {
                Line l = new Line();
                l.getStyleClass().add("store-axis");
                l.setMouseTransparent(true);
                return l;
            });
            place(axis, g.left(), top + g.replicaLane() / 2, width, top + g.replicaLane() / 2);
            nodes.add(axis);
        }
        for (String[] link : bands.links()) {
            String a = link[0];
            String b = link[1];
            double top = bands.linkTop(a, b);
            Region strip = kept("link-strip " + a + "-" + b, () -> {
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
                    vm.toggleLink(a, b, g.time(e.getX()));
                    e.consume();
                }
            });
            nodes.add(strip);
        }
    }

    /** The replica and link names, with the skew of each replica, for the pinned label column. */
    private void clusterLabels(DiagramModel m, Geometry g, Bands bands, List<Node> nodes) {
        for (DiagramModel.ReplicaLane r : m.replicas()) {
            double top = bands.replicaTop().get(r.id());
            nodes.add(columnCell("replica " + r.id(), List.of("store-lane"), 0, top, g.left(), g.replicaLane()));
            Label name = kept("replica-name " + r.id(), () -> {
                Label l = new Label(r.id());
                l.getStyleClass().addAll("lane-label", "store-label", "replica-label");
                l.setId("replica-" + r.id());
                l.setMouseTransparent(true);
                return l;
            });
            name.relocate(8 * g.zoom(), top + 4 * g.zoom());
            nodes.add(name);
            String text = r.skew() == 0 ? "clock ok" : "clock " + (r.skew() > 0 ? "+" : "") + r.skew();
            Label skew = kept("replica-skew " + r.id() + " " + text, () -> {
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
            nodes.add(columnCell("link " + a + "-" + b, List.of("link-strip"), 0, top, g.left(), g.link()));
            Label name = kept("link-name " + a + "-" + b, () -> {
                Label l = new Label(a + "-" + b);
                l.getStyleClass().add("link-label");
                l.setMouseTransparent(true);
                return l;
            });
            name.relocate(8 * g.zoom(), top + 4 * g.zoom());
            nodes.add(name);
        }
    }

    /**
     * Gossip as arrows from the sender's lane at the send tick to the receiver's at the arrival
     * tick: thin and muted when the arrival changed nothing, strong when it did, red when it made
     * LWW drop a write, red with long dashes when it made VV itself drop one (the receiver's lane
     * says "VV lost ..."); a message the network lost is dashed and crossed out. One path per kind.
     */
    private void drawGossip(DiagramModel m, Geometry g, Bands bands) {
        Map<String, List<PathElement>> byKind = new HashMap<>();
        for (String k : gossipPaths.keySet()) {
            byKind.put(k, new ArrayList<>());
        }
        for (DiagramModel.Message msg : m.messages()) {
            String kind = !msg.arrived()
                    ? "gossip-lost"
                    : msg.lossInVv()
                            ? "gossip-vv-loss" // VV itself dropped a write (naive clocks): its own mark
                            : msg.lossInLww() ? "gossip-loss" : msg.changed() ? "gossip-changed" : "gossip-quiet";
            String state = msg.applied() ? "" : " gossip-pending";
            List<PathElement> line = byKind.computeIfAbsent(kind + state, k -> new ArrayList<>());
            double x1 = g.x(msg.sendTime());
            double x2 = g.x(msg.deliverTime());
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
            double ux = dx / len;
            double uy = dy / len;
            double s = (msg.changed() ? 11 : 8) * g.zoom();
            List<PathElement> head = byKind.computeIfAbsent(kind + "-head" + state, k -> new ArrayList<>());
            head.add(new MoveTo(x2, y2));
            head.add(new LineTo(x2 - ux * s - uy * s * 0.5, y2 - uy * s + ux * s * 0.5));
            head.add(new LineTo(x2 - ux * s + uy * s * 0.5, y2 - uy * s - ux * s * 0.5));
            head.add(new ClosePath());
        }
        for (Map.Entry<String, List<PathElement>> e : byKind.entrySet()) {
            Path path = gossipPaths.computeIfAbsent(e.getKey(), k -> {
                Path p = path(("gossip " + k).split(" "));
                gossipLayer.getChildren().add(p);
                return p;
            });
            PathElements.update(path, e.getValue());
        }
        // the muted ones first, so the arrows that matter are drawn on top
        List<Node> order = new ArrayList<>(gossipLayer.getChildren());
        order.sort(Comparator.comparingInt(n -> gossipRank(n.getStyleClass())));
        if (!order.equals(gossipLayer.getChildren())) {
            gossipLayer.getChildren().setAll(order); // never sort a scene-graph list in place
        }
    }

    private static int gossipRank(List<String> classes) {
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

    /** The partitions, kept by id so a dragged bar stays the node under the mouse. */
    private void drawPartitions(DiagramModel m, Geometry g, Bands bands) {
        Set<String> live = new HashSet<>();
        for (DiagramModel.PartitionBar p : m.partitions()) {
            PartitionNode node = partitions.get(p.id());
            if (node == null) {
                node = new PartitionNode(vm, p.id());
                partitions.put(p.id(), node);
                partitionLayer.getChildren().add(node);
            }
            node.update(p, g, bands.linkTop(p.a(), p.b()));
            live.add(p.id());
        }
        partitions.entrySet().removeIf(e -> {
            if (!live.contains(e.getKey())) {
                partitionLayer.getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
    }

    private void showLaneMenu(Node lane, String client, long t, double screenX, double screenY) {
        MenuItem read = new MenuItem("Add read here (t=" + t + ")");
        read.setOnAction(a -> vm.addRead(client, t));
        MenuItem write = new MenuItem("Add write here (t=" + t + ")");
        write.setOnAction(a -> vm.addWrite(client, t));
        laneMenu.getItems().setAll(read, write);
        laneMenu.show(lane, screenX, screenY);
    }

    /** Context arcs from a read to the write that carried its context, over the chips of the lane. */
    private void drawArrows(
            DiagramModel m,
            Geometry g,
            ChipLayout layout,
            Map<String, DiagramModel.Chip> byId,
            Map<String, Integer> laneOf) {
        List<PathElement> arcs = new ArrayList<>();
        List<PathElement> heads = new ArrayList<>();
        List<PathElement> pendingArcs = new ArrayList<>();
        List<PathElement> pendingHeads = new ArrayList<>();
        for (DiagramModel.Arrow a : m.arrows()) {
            DiagramModel.Chip from = byId.get(a.read());
            DiagramModel.Chip to = byId.get(a.write());
            if (from == null || to == null) {
                continue;
            }
            double y = g.laneTop(laneOf.get(to.client())) + g.arcRoom() + 2 * g.zoom();
            double x1 = layout.of(from.id()).x();
            double x2 = layout.of(to.id()).x();
            if (x1 == x2) {
                x2 += g.tick() * 0.2; // same tick: still show a small hook
            }
            double cx = (x1 + x2) / 2;
            double cy = y - g.arcRoom() * 1.7;
            List<PathElement> arc = to.applied() ? arcs : pendingArcs;
            arc.add(new MoveTo(x1, y));
            arc.add(new QuadCurveTo(cx, cy, x2, y));
            // arrow head along the curve's end tangent (control point to end point)
            double dx = x2 - cx;
            double dy = y - cy;
            double len = Math.hypot(dx, dy);
            double ux = dx / len;
            double uy = dy / len;
            double s = 9 * g.zoom();
            List<PathElement> head = to.applied() ? heads : pendingHeads;
            head.add(new MoveTo(x2, y));
            head.add(new LineTo(x2 - ux * s - uy * s * 0.6, y - uy * s + ux * s * 0.6));
            head.add(new LineTo(x2 - ux * s + uy * s * 0.6, y - uy * s - ux * s * 0.6));
            head.add(new ClosePath());
        }
        // the four paths stay; only their elements change (new nodes would need CSS again)
        PathElements.update(arcPath, arcs);
        PathElements.update(headPath, heads);
        PathElements.update(pendingArcPath, pendingArcs);
        PathElements.update(pendingHeadPath, pendingHeads);
    }

    /**
     * Read-from arrows: from the write whose value a read returned to that read, a straight line
     * from the write chip's edge to the read chip's edge, so it is never drawn under a chip.
     */
    private void drawReadsFrom(
            DiagramModel m,
            Geometry g,
            ChipLayout layout,
            Map<String, DiagramModel.Chip> byId,
            Map<String, Integer> laneOf) {
        Map<String, List<PathElement>> byStyle = new HashMap<>();
        readFromPaths.keySet().forEach(k -> byStyle.put(k, new ArrayList<>()));
        double hh = g.chipHeight() / 2;
        for (DiagramModel.ReadFrom r : m.readsFrom()) {
            DiagramModel.Chip w = byId.get(r.write());
            DiagramModel.Chip rd = byId.get(r.read());
            if (w == null || rd == null) {
                continue;
            }
            ChipLayout.Placed pw = layout.of(w.id());
            ChipLayout.Placed pr = layout.of(rd.id());
            double x1 = pw.x();
            double y1 = g.laneTop(laneOf.get(w.client())) + g.arcRoom() + hh;
            double x2 = pr.x();
            double y2 = g.laneTop(laneOf.get(rd.client())) + g.arcRoom() + hh;
            double dx = x2 - x1;
            double dy = y2 - y1;
            // the fractions of the centre-to-centre line inside each chip
            double out = exit(pw.width() / 2, hh, dx, dy);
            double in = exit(pr.width() / 2, hh, dx, dy);
            if (out + in >= 1) {
                continue; // the chips touch: no room for a line
            }
            double sx = x1 + dx * out;
            double sy = y1 + dy * out;
            double ex = x2 - dx * in;
            double ey = y2 - dy * in;
            String style = "read-from-arrow" + (r.inVv() ? "" : " read-from-arrow-lww-only")
                    + (r.applied() ? "" : " read-from-arrow-pending");
            List<PathElement> line = byStyle.get(style);
            line.add(new MoveTo(sx, sy));
            line.add(new LineTo(ex, ey));
            double len = Math.hypot(ex - sx, ey - sy);
            double ux = (ex - sx) / len;
            double uy = (ey - sy) / len;
            double s = 10 * g.zoom();
            List<PathElement> head = byStyle.get(style + "-head");
            head.add(new MoveTo(ex, ey));
            head.add(new LineTo(ex - ux * s - uy * s * 0.5, ey - uy * s + ux * s * 0.5));
            head.add(new LineTo(ex - ux * s + uy * s * 0.5, ey - uy * s - ux * s * 0.5));
            head.add(new ClosePath());
        }
        byStyle.forEach((k, elements) -> PathElements.update(readFromPaths.get(k), elements));
    }

    /** The fraction of a line (dx, dy) from a box's centre at which it leaves the box (half sizes hw, hh). */
    private static double exit(double hw, double hh, double dx, double dy) {
        double fx = dx == 0 ? Double.MAX_VALUE : hw / Math.abs(dx);
        double fy = dy == 0 ? Double.MAX_VALUE : hh / Math.abs(dy);
        return Math.min(fx, fy);
    }

    private static Path path(String... styleClasses) {
        Path p = new Path();
        p.getStyleClass().addAll(styleClasses);
        return p;
    }

    /**
     * Store-lane notes: what each applied write did to the store, per mode. They are measured and
     * placed by {@link MarkLayout}, so the notes of close events never cover each other.
     */
    private double drawMarks(DiagramModel m, Geometry g, int lanes, Bands bands) {
        Object key = List.of(m.marks(), m.clients(), g, m.replicas());
        if (key.equals(shownMarks)) {
            return notesEnd; // unchanged: keep the labels
        }
        shownMarks = key;
        double storeTop = g.laneTop(lanes);
        List<DiagramModel.StoreMark> marks = m.marks();
        while (markPool.size() < marks.size()) {
            Label label = new Label();
            label.setMinWidth(Region.USE_PREF_SIZE); // a note is placed as wide as its text, never cut
            markPool.add(label);
            marksLayer.getChildren().add(label);
        }
        for (int i = 0; i < marks.size(); i++) {
            // labels are reused: a new Label costs a skin and a CSS pass, too slow for hundreds per drag tick
            DiagramModel.StoreMark mark = marks.get(i);
            Label label = markPool.get(i);
            label.setText(mark.text());
            List<String> classes = new ArrayList<>(List.of("label"));
            classes.addAll(List.of(STORE_MARK_STYLES.get(mark.loss() ? 0 : 1).split(" ")));
            if (!label.getStyleClass().equals(classes)) {
                label.getStyleClass().setAll(classes);
            }
            label.setVisible(true);
            label.setManaged(true);
        }
        for (int i = marks.size(); i < markPool.size(); i++) {
            // spare labels are hidden, not removed, so they keep their CSS
            markPool.get(i).setVisible(false);
            markPool.get(i).setManaged(false);
        }
        if (!Objects.equals(markSizesZoom, g.zoom())) {
            markSizes.clear();
            markSizesZoom = g.zoom();
        }
        List<MarkLayout.Note> notes = new ArrayList<>(marks.size());
        for (int i = 0; i < marks.size(); i++) {
            DiagramModel.StoreMark mark = marks.get(i);
            Label label = markPool.get(i);
            // measured once per text and zoom: a drag lays the notes out again at every tick
            String sizeKey = (mark.loss() ? "loss " : "conflict ") + mark.text();
            double[] size = markSizes.get(sizeKey);
            if (size == null) {
                label.applyCss();
                size = new double[] {Math.ceil(label.prefWidth(-1)), Math.ceil(label.prefHeight(-1))};
                if (getScene() != null) { // else no CSS yet: measured again once shown
                    markSizes.put(sizeKey, size);
                }
            }
            // in a replica lane a note starts just right of its tick, so the gossip arrow's head stays visible
            // on the store a note starts below its write's chip (as wide as its text), else where an even chip would
            ChipLayout.Placed chip = shownLayout == null ? null : shownLayout.of(mark.operation());
            double x = mark.replica() != null
                    ? g.x(mark.time()) + 6 * g.zoom()
                    : chip != null ? chip.left() : g.x(mark.time()) - g.chipWidth() / 2;
            notes.add(new MarkLayout.Note(Objects.toString(mark.replica()), mark.operation(), x, size[0], size[1]));
        }
        List<MarkLayout.Spot> spots = MarkLayout.place(notes, 3 * g.zoom());
        for (int i = 0; i < marks.size(); i++) {
            DiagramModel.StoreMark mark = marks.get(i);
            double top = mark.replica() == null ? storeTop : bands.replicaTop().getOrDefault(mark.replica(), storeTop);
            markPool.get(i)
                    .relocate(
                            spots.get(i).x(), top + 3 * g.zoom() + spots.get(i).y());
        }
        notesEnd = 0;
        noteSpans.clear();
        for (int i = 0; i < marks.size(); i++) {
            double right = spots.get(i).x() + notes.get(i).width();
            notesEnd = Math.max(notesEnd, right);
            noteSpans.add(new double[] {marks.get(i).time(), spots.get(i).x(), right});
        }
        return notesEnd;
    }
}
