package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.Presentation;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

/**
 * Where the diagram, the narration and the two result panels stand in the window, and at what
 * size: the window's layout and the rule that chooses it.
 *
 * <p>Which sizes: the desk view's rule is {@link DeskFit}'s (one zoom for everything, the type
 * shrinking before anything is cut), Presenter's is {@link PresenterFit}'s (each region the class
 * reads at its own size, from a floor for the screen, the diagram as large as its story allows,
 * the narration and the panels growing into the room left; the panels beside the diagram or under
 * it). Where the parts stand is {@link LessonLayout}'s; this class applies the sizes and
 * measures what the parts need.
 *
 * <p>Never under a held pointer: while a drag or a slider is held ({@code held}), a fit waits for
 * the release. A layout mid-gesture moved a slider's track under its thumb, and the re-arrangement
 * of a new scenario moved the diagram to another parent under a dragged chip, which lost the rest
 * of its drag.
 */
final class WindowFit implements PresenterFit.Room {

    /** The desk view's font size at zoom 1, in pixels. */
    static final double BASE_FONT = 14;
    /** Presenter's zoom (1.5 in the view model) times this: the largest its diagram grows to. */
    static final double PRESENTER_BOOST = 4.0 / 3;
    /** Presenter's diagram text against its panels' at one zoom: clocks are what the room reads. */
    static final double DIAGRAM_BOOST = 1.85;

    private static final double DIVIDER = 8;

    private static final double SCROLL_BAR = 16;
    private final BorderPane root;
    private final ExplorerViewModel vm;
    private final DiagramView diagram;
    private final NarrationBar narration;
    private final ObservableBooleanValue held;

    /** Where the parts stand: the diagram, the narration, the panels, the pages. */
    private final LessonLayout layout;

    private final PresenterFit presenterFit = new PresenterFit(this);
    private final DeskFit deskFit = new DeskFit(this);
    private ToolBar toolbar;
    /** The teacher's controls: the toolbar's row and the cluster bar, which Presenter sets smaller. */
    private Node[] controls = {};
    /** Presenter's sizes as last laid out; null in the desk view. */
    private LayoutSizes sizes;

    private Runnable afterFit = () -> {};

    /** The zoom the window is laid out at: the teacher's, lowered until everything fits. */
    private double scale = 1;

    private boolean fitQueued;
    /** A fit laid the window out at another zoom than before (the toolbar must re-decide its overflow). */
    private boolean rescaled;

    private boolean fitFromWish;

    /**
     * @param root      the window's content: its font size is the zoom, its top and bottom the chrome
     * @param narration the step's narration: above the panels, or under the diagram beside them
     * @param held      true while the pointer holds a gesture ({@link GestureGuard})
     */
    WindowFit(
            BorderPane root,
            ExplorerViewModel vm,
            DiagramView diagram,
            NarrationBar narration,
            ResultPanel lwwPanel,
            ResultPanel vvPanel,
            ObservableBooleanValue held) {
        this.root = root;
        this.vm = vm;
        this.diagram = diagram;
        this.narration = narration;
        this.held = held;
        layout = new LessonLayout(vm.presentation(), vm.lesson(), diagram, narration, lwwPanel, vvPanel);
        // a room's panels (the node test's) stand after LWW's and VV's; the fit follows them
        RoomHooks room = RoomHooks.of(root);
        ObservableList<Node> extraPanels = room.panels();
        ChangeListener<Boolean> shown = (obs, was, now) -> {
            layout.arrangePanels(extraPanels, room.pageName().get());
            request(true);
        };
        extraPanels.addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(n -> n.visibleProperty().removeListener(shown));
                change.getAddedSubList().forEach(n -> n.visibleProperty().addListener(shown));
            }
            layout.arrangePanels(extraPanels, room.pageName().get());
            request(true);
        });
        room.pageName().addListener((obs, was, now) -> layout.arrangePanels(extraPanels, now));

        // the layout follows the window, the zoom, the lanes and what the panels hold (see fit())
        Runnable refit = () -> request(true);
        root.widthProperty().addListener((obs, was, now) -> refit.run());
        root.heightProperty().addListener((obs, was, now) -> refit.run());
        vm.presentation().zoomProperty().addListener((obs, was, now) -> refit.run());
        vm.presentation().presenterProperty().addListener((obs, was, now) -> refit.run());
        vm.presentation().onePageProperty().addListener((obs, was, now) -> refit.run());
        // in two pages the narration has a size on each (LayoutSizes#diagramPageNarration)
        vm.presentation().pageProperty().addListener((obs, was, now) -> {
            if (sizes != null) {
                TypeGrid.restyle(narration, TypeGrid.onGrid(narrationOnPage(sizes), floor()));
            }
        });
        // another scenario (a preset, a file, a new one): never an edit, which keeps the lesson's layout
        vm.document().opened().openedProperty().addListener((obs, was, now) -> refit.run());
        // a lane more or less (a client, a replica) changes the diagram's height
        vm.projected().diagramProperty().addListener((obs, was, now) -> {
            if (was == null
                    || was.clients().size() != now.clients().size()
                    || was.replicas().size() != now.replicas().size()) {
                refit.run();
            }
        });
        // a card more (stepping on, a drag) may no longer fit: shrink then, never grow back mid-lesson;
        // only when what the panels show changed in size (a drag mostly changes neither)
        for (var panel :
                List.of(vm.projected().lwwPanelProperty(), vm.projected().vvPanelProperty())) {
            panel.addListener((obs, was, now) -> {
                if (was == null || now == null || !was.shape().equals(now.shape())) {
                    request(false);
                }
            });
        }
        // what waited for the pointer's release runs now
        held.addListener((obs, was, now) -> {
            if (!now && (fitQueued || fitFromWish)) {
                fitQueued = false;
                request(false);
            }
        });
    }

    /** The diagram's scroll pane (its view follows the step: {@link FollowStep}). */
    ScrollPane diagramScroll() {
        return layout.diagramScroll();
    }

    ScrollPane panelScroll() {
        return layout.panelScroll();
    }

    /** The diagram and the results: what a slide exports. */
    SplitPane exportArea() {
        return layout.exportArea();
    }

    /**
     * The toolbar, whose "more" menu must decide again when the zoom changes, and the teacher's
     * controls (the toolbar's row with the items pinned beside it, the cluster bar), whose type
     * Presenter sets smaller than the class's.
     */
    void setToolbar(ToolBar toolbar, Node... controls) {
        this.toolbar = toolbar;
        this.controls = controls;
    }

    /** Runs after a fit from the teacher's zoom (another zoom, view or window moves the chips). */
    void setAfterFit(Runnable afterFit) {
        this.afterFit = afterFit;
    }

    /** Lays the window out at the teacher's zoom before the first fit. */
    void start() {
        apply(DeskFit.at(wish()));
    }

    /** The zoom the window is laid out at (the teacher's zoom, or less where it would not fit): its root type over 14 px. */
    double scale() {
        return scale;
    }

    /** The zoom the teacher asked for: Presenter is a third larger again, for the back of the room. */
    private double wish() {
        return vm.presentation().zoomProperty().get()
                * (vm.presentation().presenterProperty().get() ? PRESENTER_BOOST : 1);
    }

    /**
     * Fits once the current events are handled, or once the pointer is released; {@code fromWish}
     * starts again from the teacher's zoom (a new scenario, window size or zoom), otherwise the layout
     * only shrinks from where it is.
     */
    void request(boolean fromWish) {
        fitFromWish |= fromWish;
        if (!fitQueued) {
            fitQueued = true;
            if (!held.get()) {
                Platform.runLater(this::fit);
            }
        }
    }

    /**
     * Lays the window out at the largest zoom, up to the teacher's, at which the whole diagram, the
     * narration and both panels fit without scrolling, and then gives the diagram exactly the height
     * of its lanes. Nearly every size is in em or scales with the zoom, so the needed size is close to
     * proportional to the zoom: each try divides by how much is missing, and measures again.
     */
    private void fit() {
        if (held.get()) {
            return; // the release requests it again
        }
        fitQueued = false;
        boolean fromWish = fitFromWish;
        fitFromWish = false;
        if (root.getScene() == null || root.getWidth() <= 0 || root.getHeight() <= 0) {
            return;
        }
        // what changed since the last fit (new cards, lanes) gets its CSS now, so it is measured at its size
        root.applyCss();
        root.layout();
        LayoutSizes before = sizes;
        if (vm.presentation().presenterProperty().get()) {
            sizes = fromWish || sizes == null
                    ? presenterFit.choose(
                            wish(), !vm.presentation().onePageProperty().get())
                    : presenterFit.refit(sizes);
        } else {
            sizes = deskFit.fit(fromWish ? wish() : Math.min(scale, wish()));
        }
        vm.presentation().setPaged(layout.arrangement() == PresenterFit.Arrangement.PAGED);
        // a room's page has the height to itself: from the panels' floor to half as large again
        double panelsFloor = floor() / PresenterFit.SMALLEST_EM;
        layout.fitRoomPage(panelsFloor, panelsFloor * PresenterFit.GROWTH, root.getWidth(), height() - chrome());
        placeDivider();
        // another zoom, view or window moves the chips, and so does a refit that shrank a region (a card
        // more at End: the diagram's view was scrolled to the step before): keep the step in sight
        if (fromWish || !sizes.equals(before)) {
            afterFit.run();
        }
        if (rescaled) { // also when a try at another size laid the toolbar out
            refreshToolbarOverflow();
            rescaled = false;
        }
    }

    /** Puts the narration and panels below the diagram, in a column at its right, or on a page of their own. */
    @Override
    public void arrange(PresenterFit.Arrangement a) {
        rescaled |= layout.arrange(a);
    }

    /**
     * JavaFX's ToolBar decides which items overflow into its "more" menu only when its own width or
     * its items change, not when their font does: re-adding the last item makes it decide again at
     * the new size (otherwise a toolbar shrunk by the fit keeps items in the menu that now fit).
     */
    private void refreshToolbarOverflow() {
        if (toolbar == null) {
            return;
        }
        List<Node> items = toolbar.getItems();
        if (!items.isEmpty()) {
            Node last = items.remove(items.size() - 1);
            items.add(last);
        }
    }

    // ---- the room the rules try their sizes on (DeskFit, PresenterFit) ---------------------------

    @Override
    public double width() {
        return root.getWidth();
    }

    @Override
    public double height() {
        return root.getHeight();
    }

    /** Where the narration and panels stand against the diagram. */
    @Override
    public PresenterFit.Arrangement arrangement() {
        return layout.arrangement();
    }

    @Override
    public void apply(LayoutSizes s) {
        // another column alone needs no new layout (the panels are measured at any width)
        if (sizes != null && s.withColumn(sizes.column()).equals(sizes)) {
            sizes = s;
            return;
        }
        double z = s.root() / BASE_FONT;
        rescaled |= z != scale;
        scale = z;
        // the type on a grid: JavaFX keeps every inline style it parsed, so sizes found by search (a new
        // one at each fit) grew the heap over a long session; the floor itself is on it, so the grid
        // never takes a region below its floor
        double f = floor();
        double regionFloor = f / PresenterFit.SMALLEST_EM;
        double diagramPx = TypeGrid.onGrid(s.diagram(), regionFloor);
        // a style that did not change is not set again: a new one runs CSS for its whole region (the
        // diagram: every chip)
        TypeGrid.restyle(root, TypeGrid.onGrid(s.root(), f));
        for (Node c : controls) {
            TypeGrid.restyle(c, TypeGrid.onGrid(s.controls(), 0));
        }
        TypeGrid.restyle(diagram, diagramPx);
        diagram.narrowingProperty().set(s.narrowing());
        diagram.scaleProperty().set(diagramPx / BASE_FONT);
        TypeGrid.restyle(narration, TypeGrid.onGrid(narrationOnPage(s), f));
        TypeGrid.restyle(layout.panels(), TypeGrid.onGrid(s.panels(), regionFloor));
        sizes = s;
        root.applyCss();
        // the results page's columns as the panels need them at these sizes (a search's last measure
        // may have been at others)
        layout.balancePanels(panelsWidth(root.getWidth()));
        root.layout();
    }

    /** Presenter's floor for this window (type sizes on the grid stay at it or above); 0 at the desk. */
    private double floor() {
        return vm.presentation().presenterProperty().get() ? PresenterFit.floor(root.getHeight()) : 0;
    }

    /** The narration's size at {@code s} on the page shown: in two pages the diagram's has its own. */
    private double narrationOnPage(LayoutSizes s) {
        boolean diagramPage = layout.arrangement() == PresenterFit.Arrangement.PAGED
                && vm.presentation().pageProperty().get() == Presentation.Page.DIAGRAM;
        return diagramPage ? s.diagramPageNarration() : s.narration();
    }

    /**
     * The narration's height at {@code width} as a page has it, whichever page is shown: its losses
     * named ({@code named}) or explained, its type {@code px}.
     */
    private double narrationHeight(double width, boolean named, double px) {
        String style = TypeGrid.font(TypeGrid.onGrid(px, floor()));
        String now = narration.getStyle();
        boolean other = !style.equals(now);
        if (other) {
            narration.setStyle(style);
            narration.applyCss();
        }
        double h = narration.prefHeight(width, named);
        if (other) {
            narration.setStyle(now);
            narration.applyCss();
        }
        return h;
    }

    @Override
    public double chrome() {
        double width = root.getWidth();
        return root.snappedTopInset()
                + root.snappedBottomInset()
                + root.getTop().prefHeight(width)
                + root.getBottom().prefHeight(width)
                + layout.exportArea().snappedTopInset()
                + layout.exportArea().snappedBottomInset();
    }

    @Override
    public double narrationNeed(double width) {
        // under the diagram or beside it, the narration explains each loss, at the diagram's page's size
        return sizes == null
                ? narration.prefHeight(width, false)
                : narrationHeight(width, false, sizes.diagramPageNarration());
    }

    @Override
    public double panelsMinWidth() {
        return layout.panels().minWidth(-1)
                + layout.panelScroll().snappedLeftInset()
                + layout.panelScroll().snappedRightInset();
    }

    @Override
    public double storyOverflow(double width, boolean whole) {
        double free = width
                - layout.diagramScroll().snappedLeftInset()
                - layout.diagramScroll().snappedRightInset()
                - diagram.laneNamesWidth()
                - 4; // FollowStep gives up its margins first
        double[] span = whole ? diagram.storySpan() : diagram.lessonSpan();
        if (whole) { // as FollowStep shows it where it fits: the story and the step's gossip
            double[] step = diagram.stepSpan();
            span = new double[] {Math.min(span[0], step[0]), Math.max(span[1], step[1])};
        }
        return free <= 0 ? 1 : (span[1] - span[0]) / free;
    }

    @Override
    public double diagramWidth() {
        return diagram.prefWidth(-1)
                + layout.diagramScroll().snappedLeftInset()
                + layout.diagramScroll().snappedRightInset();
    }

    @Override
    public boolean quietTicks() {
        return diagram.hasQuietTicks();
    }

    @Override
    public boolean splits() {
        return diagram.splits();
    }

    /** The diagram's lanes in a room {@code width} wide, with the horizontal scroll bar when it is wider. */
    @Override
    public double diagramNeed(double width) {
        double viewport = width
                - layout.diagramScroll().snappedLeftInset()
                - layout.diagramScroll().snappedRightInset();
        double bar = diagram.prefWidth(-1) > viewport - SCROLL_BAR ? SCROLL_BAR : 0;
        // + a few pixels: the split pane rounds the divider's position, and a pixel short shows a scroll bar
        return diagram.prefHeight(-1)
                + 6
                + layout.diagramScroll().snappedTopInset()
                + layout.diagramScroll().snappedBottomInset()
                + bar;
    }

    /** The panels at {@code width} and, when they stand under the diagram, the narration above them. */
    @Override
    public double resultsNeed(double width) {
        double inner = panelsWidth(width);
        layout.balancePanels(inner);
        double above = layout.arrangement() == PresenterFit.Arrangement.BESIDE
                ? 0
                : sizes == null
                        ? narration.prefHeight(width, layout.namesLossesAbovePanels())
                        : narrationHeight(width, layout.namesLossesAbovePanels(), sizes.narration());
        return above
                + layout.panels().prefHeight(inner)
                + layout.panelScroll().snappedTopInset()
                + layout.panelScroll().snappedBottomInset();
    }

    /** The panels' width inside their scroll pane, in a room {@code width} wide. */
    private double panelsWidth(double width) {
        return width
                - layout.panelScroll().snappedLeftInset()
                - layout.panelScroll().snappedRightInset();
    }

    /**
     * Stacked: the diagram gets the height of its lanes and the panels the rest; when nothing fits,
     * in proportion. Beside: the column gets the width Presenter chose.
     */
    private void placeDivider() {
        if (layout.arrangement() == PresenterFit.Arrangement.PAGED) {
            return; // one page, no divider
        }
        if (layout.arrangement() == PresenterFit.Arrangement.BESIDE) {
            double total = layout.exportArea().getWidth()
                    - layout.exportArea().snappedLeftInset()
                    - layout.exportArea().snappedRightInset();
            if (total > 0 && sizes != null) {
                layout.exportArea().setDividerPositions((root.getWidth() - sizes.column() - DIVIDER / 2) / total);
            }
            return;
        }
        double total = layout.exportArea().getHeight()
                - layout.exportArea().snappedTopInset()
                - layout.exportArea().snappedBottomInset();
        if (total <= 0) {
            return;
        }
        double diagramHeight = diagramNeed(root.getWidth());
        double resultsHeight = resultsNeed(root.getWidth());
        // the divider's position is its middle: the diagram gets the position less half the divider
        double share = diagramHeight + resultsHeight + DIVIDER <= total
                ? (diagramHeight + DIVIDER / 2) / total
                : diagramHeight / (diagramHeight + resultsHeight + DIVIDER);
        layout.exportArea().setDividerPositions(Math.max(0.15, Math.min(0.9, share)));
    }
}
