package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * The space-time diagram's layers, bottom to top: the lanes ({@link LaneBackground}), a cluster's
 * partitions and gossip ({@link GossipLayer}), the time cursor, the arrows between chips
 * ({@link ArrowLayer}), the chips ({@link ChipLayer}), the store notes ({@link StoreNotes}), the
 * pinned lane names; and the invisible prototype chip that measures chips ({@link ChipRuler}).
 * While a chip is dragged its columns hold still ({@link DragColumns}).
 *
 * <p>Drawing is in two parts. {@link #plan} lays the whole model out, every chip and note placed
 * but no node made; {@link #draw} makes the nodes for the part of the plan in a window of x (the
 * visible part and a margin), and draws again when the window moves ({@link #covers}). So a model of
 * 8,000 operations costs a plan (a few milliseconds) and the nodes of a screen or three.
 */
public final class DiagramLayers {

    /** The read-from arrows' styles: VV's, those only LWW's one value has, each applied or pending. */
    public static final List<String> READ_FROM_STYLES = ArrowLayer.READ_FROM_STYLES;

    /** The store notes' styles: a loss, a conflict. */
    public static final List<String> STORE_NOTE_STYLES = StoreNotes.STYLES;

    private final LaneBackground background;
    private final GossipLayer gossip;
    private final ArrowLayer arrows = new ArrowLayer();
    private final ChipLayer chips;
    private final StoreNotes notes = new StoreNotes();
    private final Line cursor = new Line();
    private final ChipRuler ruler = new ChipRuler();
    private final EdgeScroll edgeScroll = new EdgeScroll();
    /** The columns a chip drag holds still. */
    private final DragColumns columns;

    /** The zoom and stylesheets the prototypes last took their fonts at. */
    private Object fonts;

    /** The last layout made, and what it was made of: most redraws (a step) can use it again. */
    private ChipLayout lastLayout;

    private Geometry lastBase;
    private List<DiagramModel.Chip> lastChips;
    private int lastFonts;

    private DiagramPlan drawn;
    private String drawnActive;
    private double drawnFrom;
    private double drawnTo;

    /**
     * @param redraw draws the diagram again (a drag's release lays its columns out anew)
     * @param marks  the marks rooms put on chips, by operation id ({@link DiagramView#chipMarks()})
     */
    public DiagramLayers(ExplorerViewModel vm, Runnable redraw, ObservableMap<String, ChipMark> marks) {
        background = new LaneBackground(vm.editing(), vm.selection(), vm.cluster());
        gossip = new GossipLayer(vm);
        columns = new DragColumns(
                () -> drawn == null ? null : drawn.layout(),
                () -> drawn == null ? List.of() : drawn.model().chips(),
                redraw);
        chips = new ChipLayer(vm, edgeScroll, columns, marks);
        cursor.setId("time-cursor");
        cursor.getStyleClass().add("time-cursor");
        cursor.setMouseTransparent(true);
        cursor.setManaged(false);
    }

    /**
     * The layers' nodes, bottom to top. Gossip is drawn over the partition bars (a cut message's X
     * shows on the bar); the cursor stands behind the arrows and chips, so it never hides a clock.
     */
    public List<Node> nodes() {
        return List.of(
                background.node(),
                gossip.partitions(),
                gossip.gossip(),
                cursor,
                arrows.node(),
                chips.node(),
                notes.node(),
                background.labelColumn(),
                ruler);
    }

    /** The lane names, which the diagram keeps at the visible left edge. */
    public Pane labelColumn() {
        return background.labelColumn();
    }

    /** The scroll pane the diagram is shown in: a chip dragged near its edge scrolls it. */
    public void attach(ScrollPane scroll, DoubleProperty scale) {
        edgeScroll.attach(scroll, Geometry.LEFT * scale.get());
        scale.addListener((obs, was, now) -> edgeScroll.attach(scroll, Geometry.LEFT * now.doubleValue()));
    }

    /**
     * Lays {@code m} out at {@code zoom}, in Presenter's lanes or not (there made {@code narrowing}
     * narrower), with the fonts the CSS of {@code scene} (null: none yet) gives.
     */
    public DiagramPlan plan(DiagramModel m, double zoom, boolean presenter, Narrowing narrowing, Scene scene) {
        // Presenter's lanes are lower still: its chips have larger type, not more lines; a line taller
        // where a chip splits a line of two parts, but never taller or lower while a drag holds them
        Geometry.Density held = columns.heldDensity();
        Geometry.Density density = presenter
                ? presenterDensity(m, narrowing.splitLines(), held)
                : m.isCluster() ? Geometry.Density.CLUSTER : Geometry.Density.DESK;
        // the prototypes' fonts change only with the zoom and the stylesheets: their CSS pass (which
        // restyles from the topmost changed parent, the whole diagram mid-drag) runs only then
        Object now = List.of(zoom, scene == null ? List.of() : List.copyOf(scene.getStylesheets()));
        if (!now.equals(fonts)) {
            fonts = now;
            ruler.refresh();
            notes.refresh(scene != null);
        }
        Geometry even = new Geometry(zoom, density);
        // narrower, Presenter's quiet ticks take half a tick; a drag holds the columns it found anyway
        Geometry base = presenter && narrowing.quietTicks() ? even.withStretch(IdleTicks.of(m, even.tick())) : even;
        ChipLayout layout = layout(m.chips(), base);
        Bands bands = Bands.of(m, layout.geometry());
        return new DiagramPlan(m, layout, bands, notes.place(m, layout, bands, scene != null));
    }

    /** Presenter's lanes for {@code m}: a line taller where its lines split, as a held drag found them. */
    private static Geometry.Density presenterDensity(DiagramModel m, boolean split, Geometry.Density held) {
        if (held == Geometry.Density.PRESENTER || held == Geometry.Density.PRESENTER_TALL) {
            return held;
        }
        return split && m.splits() ? Geometry.Density.PRESENTER_TALL : Geometry.Density.PRESENTER;
    }

    /**
     * The layout of {@code chips}: on the columns a drag holds, while one does; else the last one
     * again when the chips are where and as wide as they were (a step, Home or End moves no chip),
     * else a new one.
     */
    private ChipLayout layout(List<DiagramModel.Chip> chips, Geometry base) {
        boolean compact = base.compact();
        boolean split = base.split();
        Geometry held = columns.heldColumns(base);
        if (held != null) {
            return ChipLayout.within(chips, held, ChipLayout.widths(chips, base, c -> ruler.width(c, compact, split)));
        }
        int fontsNow = ruler.generation();
        if (lastLayout != null && base.equals(lastBase) && fontsNow == lastFonts && sameChips(chips, lastChips)) {
            lastChips = chips;
            return lastLayout;
        }
        double[] widths = ChipLayout.widths(chips, base, c -> ruler.width(c, compact, split));
        if (lastLayout == null
                || !base.equals(lastBase)
                || !lastLayout.hasWidths(widths)
                || !samePlaces(chips, lastChips)) {
            lastLayout = ChipLayout.of(chips, base, widths);
        }
        lastBase = base;
        lastChips = chips;
        lastFonts = fontsNow;
        return lastLayout;
    }

    /** True when {@code a} and {@code b} hold the same operations, in order, on the same lanes and ticks. */
    private static boolean samePlaces(List<DiagramModel.Chip> a, List<DiagramModel.Chip> b) {
        if (b == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            DiagramModel.Chip x = a.get(i);
            DiagramModel.Chip y = b.get(i);
            if (x.time() != y.time() || !x.id().equals(y.id()) || !x.client().equals(y.client())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code a} shows what {@code b} showed, where it showed it: the same operations on the
     * same ticks, with the same outcome objects (which a run keeps from step to step) and the same
     * flags their text shows. A step, Home or End: no chip need be measured or placed again.
     */
    private static boolean sameChips(List<DiagramModel.Chip> a, List<DiagramModel.Chip> b) {
        if (!samePlaces(a, b)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            DiagramModel.Chip x = a.get(i);
            DiagramModel.Chip y = b.get(i);
            if (x.outcome() != y.outcome()
                    || x.blind() != y.blind()
                    || x.noContext() != y.noContext()
                    || x.has(DiagramModel.ChipFlag.DOT_DECIDES) != y.has(DiagramModel.ChipFlag.DOT_DECIDES)
                    || !Objects.equals(x.replica(), y.replica())
                    || !x.key().equals(y.key())) {
                return false;
            }
        }
        return true;
    }

    /** Draws {@code plan}'s part in [{@code from}, {@code to}] (diagram x), with {@code active} the active lane. */
    public void draw(DiagramPlan plan, String active, double from, double to) {
        drawn = plan;
        drawnActive = active;
        drawnFrom = from;
        drawnTo = to;
        background.draw(plan, active, from, to);
        chips.draw(plan, from, to);
        arrows.draw(plan, from, to);
        gossip.draw(plan, from, to);
        notes.draw(plan.notes(), from, to);
        Geometry g = plan.geometry();
        double x = plan.cursorX();
        cursor.setStartX(x);
        cursor.setEndX(x);
        cursor.setStartY(g.top());
        cursor.setEndY(
                plan.model().isCluster()
                        ? plan.bands().bottom()
                        : g.laneTop(plan.model().clients().size()) + g.storeLane());
    }

    /** True when the last drawing covers [{@code from}, {@code to}]. */
    public boolean covers(double from, double to) {
        return drawn != null && drawnFrom <= from && drawnTo >= to;
    }

    /** Draws the last plan again in another window (the view scrolled). */
    public void move(double from, double to) {
        if (drawn != null) {
            draw(drawn, drawnActive, from, to);
        }
    }

    /** The chips and notes were measured before the CSS gave them their fonts: measure them at the next plan. */
    public void forgetFonts() {
        fonts = null;
        notes.forget();
    }
}
