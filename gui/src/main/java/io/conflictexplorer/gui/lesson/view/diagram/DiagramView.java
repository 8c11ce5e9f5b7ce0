package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.projection.DiagramModel;
import io.conflictexplorer.gui.projection.LessonStory;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;

/**
 * The space-time diagram: one lane per client and one for the store, time to the right. It draws
 * the {@link DiagramModel} it is given and nothing else, in layers ({@link DiagramLayers}: lanes,
 * gossip, arrows, chips, store notes).
 *
 * <p>It stays as fast with 8,000 operations as with 8: each model is laid out whole ({@link
 * DiagramPlan}, no node), but of a diagram wider than a lesson's only the part in the scroll pane's
 * view, with a margin of half a view on each side, is made into nodes; when a scroll brings the
 * view near the margin's end, that part is drawn again around the new view. A lesson's diagram is
 * drawn whole.
 *
 * <p>Chips of one lane never overlap ({@link ChipLayout}), but while a chip is dragged, when the
 * columns hold still under the pointer. What the window keeps in view ({@link #lessonSpan()},
 * {@link #storySpan()}, {@link #chipSpan}) is found in the plan, which places every chip, drawn or
 * not. The lane names stand in a column that
 * stays at the left edge of the enclosing scroll pane however far the diagram is scrolled, so a
 * lane is always named. The time cursor stands on the tick of the last applied step, behind the
 * chips. Read-from arrows ({@code read-from-arrow}) run from each write a read returned to the
 * read, edge to edge, under the chips; the context arcs ({@code context-arrow}) run above a lane.
 */
public final class DiagramView extends Pane {

    /** A diagram up to this wide (a lesson's is a few thousand pixels at most) is drawn whole. */
    private static final double WHOLE = 9000;

    /** The least margin drawn beyond each side of the view of a wider one, in pixels. */
    private static final double MARGIN = 600;

    /** The view's width taken before the scroll pane has one: a wide screen's. */
    private static final double UNSEEN = 2000;

    /** The read-from arrows' styles the diagram draws (the legend has a row for each). */
    public static final List<String> READ_FROM_STYLES = DiagramLayers.READ_FROM_STYLES;

    /** The store lane's notes' styles: a loss, a conflict. */
    public static final List<String> STORE_MARK_STYLES = DiagramLayers.STORE_NOTE_STYLES;

    private final ExplorerViewModel vm;
    private final DiagramLayers layers;
    /** A redraw was asked for before the diagram was in a scene: it is drawn at its first layout there. */
    private boolean drawnOutsideScene;

    private ScrollPane scroll;
    /** The plan last drawn; its layout, for where the step at the cursor is; its notes' spans. */
    private DiagramPlan shownPlan;

    private ChipLayout shownLayout;
    private List<double[]> noteSpans = List.of();

    private final ObservableMap<String, ChipMark> chipMarks = FXCollections.observableHashMap();

    /**
     * The diagram's one extension point for a room of its own: marks on chips, by operation id. A
     * room puts a {@link ChipMark} for an operation and the chip shows it (a CSS pseudo-class, a
     * tooltip line) for as long as the entry stays, whether the chip is drawn now or scrolls into
     * view later; an id the scenario does not have is ignored. Changing one entry restyles one chip.
     * The node test ({@code gui.nodetest}) marks each chip with whether the student's node agreed.
     */
    public ObservableMap<String, ChipMark> chipMarks() {
        return chipMarks;
    }

    /** The zoom the diagram is drawn at: the main view's choice (the teacher's zoom, lowered until all fits). */
    private final DoubleProperty scale = new SimpleDoubleProperty(1);

    public DoubleProperty scaleProperty() {
        return scale;
    }

    /** How Presenter's diagram makes itself narrower (the fit's choice); the desk's never does. */
    private final ObjectProperty<Narrowing> narrowing = new SimpleObjectProperty<>(Narrowing.NONE);

    public ObjectProperty<Narrowing> narrowingProperty() {
        return narrowing;
    }

    /** True when a tenth of the shown scenario's ticks or more are quiet ({@link IdleTicks}). */
    public boolean hasQuietTicks() {
        DiagramModel m = vm.projected().diagramProperty().get();
        return m != null && IdleTicks.of(m, 1).size() >= Math.max(1, (m.endTime() + 1) / 10);
    }

    /** True when a chip of the shown scenario has a line of two parts ({@code ChipText.splits}). */
    public boolean splits() {
        DiagramModel m = vm.projected().diagramProperty().get();
        return m != null && m.splits();
    }

    public DiagramView(ExplorerViewModel vm) {
        this.vm = vm;
        this.layers = new DiagramLayers(vm, this::redraw, chipMarks);
        setId("diagram");
        getStyleClass().add("diagram");
        getChildren().addAll(layers.nodes());
        vm.projected().diagramProperty().addListener((obs, was, now) -> redraw());
        scale.addListener((obs, was, now) -> redraw());
        narrowing.addListener((obs, was, now) -> redraw());
        vm.presentation().presenterProperty().addListener((obs, was, now) -> redraw());
        vm.selection().activeClientProperty().addListener((obs, was, now) -> redraw());
        redraw();
    }

    /** Brings the drawing up to date with the view model's current diagram. */
    public void redraw() {
        DiagramModel m = vm.projected().diagramProperty().get();
        if (m == null) {
            return;
        }
        if (getScene() == null) {
            // no CSS yet, so no fonts to measure chips and notes with: drawn once in the scene
            drawnOutsideScene = true;
            return;
        }
        DiagramPlan plan = layers.plan(
                m, scale.get(), vm.presentation().presenterProperty().get(), narrowing.get(), getScene());
        shownPlan = plan;
        shownLayout = plan.layout();
        noteSpans = plan.noteSpans();
        setPrefSize(plan.width(), plan.height());
        setMinSize(plan.width(), plan.height());
        double[] window = window();
        layers.draw(plan, Objects.toString(vm.selection().activeClientProperty().get()), window[0], window[1]);
    }

    /** Where the time cursor is drawn, in the diagram's coordinates. */
    public double cursorX() {
        return shownPlan == null ? 0 : shownPlan.cursorX();
    }

    /** The width of the pinned lane names, which cover the diagram's left edge. */
    public double laneNamesWidth() {
        return shownPlan == null ? 0 : shownPlan.laneNamesWidth();
    }

    /**
     * From where to where, in the diagram's x, the last applied step shows: {@link #lessonSpan()} and
     * the gossip arriving at it, from where it was sent.
     */
    public double[] stepSpan() {
        double[] span = lessonSpan();
        DiagramModel m = vm.projected().diagramProperty().get();
        if (m == null || shownLayout == null || m.cursorTime() < 0) {
            return span;
        }
        for (DiagramModel.Message msg : m.messages()) {
            if (msg.applied() && msg.deliverTime() == m.cursorTime()) {
                withTickLabel(span, msg.sendTime());
            }
        }
        return span;
    }

    /**
     * From where to where, in the diagram's x, what the lesson points at lies: the time cursor, the
     * notes the step left on the store's lanes (a gossip's "LWW lost a" stands right of the cursor),
     * and the chips of the step's story that must be in view together ({@link LessonStory#core()}:
     * the chips at its tick, the writes LWW has lost by then with the writes they lost to, and the
     * siblings VV keeps then).
     */
    public double[] lessonSpan() {
        return span(story().core());
    }

    /**
     * As {@link #lessonSpan()}, with the reads that gave those writes their context ({@link
     * LessonStory#context()}): the whole story, where there is room for it.
     */
    public double[] storySpan() {
        LessonStory story = story();
        Set<String> all = new HashSet<>(story.core());
        all.addAll(story.context());
        return span(all);
    }

    private LessonStory story() {
        return LessonStory.of(
                vm.projected().diagramProperty().get(),
                vm.projected().lwwPanelProperty().get(),
                vm.projected().vvPanelProperty().get());
    }

    /** The time cursor and the chips {@code ids}, in the diagram's x (the plan's places: drawn or not). */
    private double[] span(Set<String> ids) {
        double x = cursorX();
        double[] span = {x, x};
        DiagramModel m = vm.projected().diagramProperty().get();
        if (m == null || shownLayout == null || m.cursorTime() < 0) {
            return span;
        }
        withTickLabel(span, m.cursorTime());
        for (double[] note : noteSpans) {
            if (note[0] == m.cursorTime()) {
                span[0] = Math.min(span[0], note[1]);
                span[1] = Math.max(span[1], note[2]);
            }
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
     * Widens {@code span} to tick {@code t}'s label on the time axis ("t=21" starts a little left of
     * its tick and reaches right of it): the step's ticks are read by their labels.
     */
    private void withTickLabel(double[] span, long t) {
        Geometry g = shownLayout.geometry();
        span[0] = Math.min(span[0], g.x(t) - g.tick() * LaneBackground.TICK_LABEL_LEFT);
        span[1] = Math.max(span[1], g.x(t) + g.tick() * LaneBackground.TICK_LABEL_RIGHT);
    }

    /**
     * From where to where, in the diagram's x, chip {@code id} and the chips next to it on its lane
     * lie (what a drag moved and what it moved it next to); null when there is no such chip.
     */
    public double[] chipSpan(String id) {
        DiagramModel m = vm.projected().diagramProperty().get();
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
            drawnOutsideScene = false;
            layers.forgetFonts();
            redraw();
        }
    }

    /** Finds the scroll pane the diagram is shown in, to pin the labels, draw what it shows and scroll at a drag's edge. */
    private void attachToScrollPane() {
        for (Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                scroll = sp;
                layers.attach(sp, scale);
                sp.hvalueProperty().addListener((obs, was, now) -> viewMoved());
                sp.viewportBoundsProperty().addListener((obs, was, now) -> viewMoved());
                widthProperty().addListener((obs, was, now) -> viewMoved());
                viewMoved();
                return;
            }
        }
    }

    /** The view scrolled or changed size: the labels follow, and the layers draw around the view when they must. */
    private void viewMoved() {
        pinLabels();
        double[] view = view();
        double margin = margin();
        // drawn again only once the view comes within half a margin of the drawn part's end
        if (shownPlan != null && !layers.covers(view[0] - margin / 2, view[1] + margin / 2)) {
            layers.move(view[0] - margin, view[1] + margin);
        }
    }

    /** Keeps the label column at the visible left edge: it moves right by what is scrolled out on the left. */
    private void pinLabels() {
        layers.labelColumn().setTranslateX(Math.round(view()[0]));
    }

    /**
     * The part of the diagram the scroll pane shows, in the diagram's x; before there is one (or a
     * view), its start, as wide as a screen: the scroll pane is found at the first layout, and the
     * part it shows is drawn then.
     */
    private double[] view() {
        if (scroll == null || scroll.getViewportBounds().getWidth() <= 0) {
            return new double[] {0, Math.min(Math.max(getWidth(), getPrefWidth()), UNSEEN)};
        }
        double viewport = scroll.getViewportBounds().getWidth();
        double hidden = Math.max(0, getWidth() - viewport);
        double range = scroll.getHmax() - scroll.getHmin();
        double fraction = range <= 0 ? 0 : (scroll.getHvalue() - scroll.getHmin()) / range;
        double left = hidden * fraction;
        return new double[] {left, left + viewport};
    }

    /**
     * How far beyond each side of the view the layers draw: all of a lesson's diagram (up to {@link
     * #WHOLE} wide), half a view of a wider one (each jump, Home or End, makes the nodes of a window
     * anew, and their CSS pass is most of its cost).
     */
    private double margin() {
        double[] view = view();
        double width = Math.max(getWidth(), getPrefWidth());
        return width <= WHOLE ? WHOLE : Math.max(MARGIN, (view[1] - view[0]) / 2);
    }

    /** The part the layers draw: the view and a margin each side. */
    private double[] window() {
        double[] view = view();
        double margin = margin();
        return new double[] {view[0] - margin, view[1] + margin};
    }
}
