package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Where the diagram, the narration and the two result panels stand in the window, and at what
 * size: the window's layout and the rule that chooses it.
 *
 * <p>Which sizes: the desk view's rule is {@link DeskFit}'s (one zoom for everything, the type
 * shrinking before anything is cut), Presenter's is {@link PresenterFit}'s (each region the class
 * reads at its own size, from a floor for the screen, the diagram as large as its story allows,
 * the narration and the panels growing into the room left; the panels beside the diagram or under
 * it). This class arranges the parts, applies sizes and measures what they need.
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
    /** A room's panel's width against LWW's or VV's, side by side under the diagram. */
    private static final double EXTRA_SHARE = 1.5;

    private static final double SCROLL_BAR = 16;

    private final BorderPane root;
    private final ExplorerViewModel vm;
    private final DiagramView diagram;
    private final Node narration;
    private final ResultPanel lwwPanel;
    private final ResultPanel vvPanel;
    private final ObservableBooleanValue held;
    /** Panels a room adds after LWW's and VV's ({@link RoomHooks#panels()}). */
    private final ObservableList<Node> extraPanels;

    private final ScrollPane diagramScroll;
    private final GridPane panels = new GridPane();
    private final ScrollPane panelScroll;
    /** The panels with the predict cover over them. */
    private final StackPane coveredPanels;
    /** The narration and the panels: below the diagram, or the panels alone beside it. */
    private final VBox results;
    /** The diagram with the narration under it, when the panels stand beside them. */
    private final VBox diagramColumn = new VBox();

    private final SplitPane exportArea;
    private final PresenterFit presenterFit = new PresenterFit(this);
    private final DeskFit deskFit = new DeskFit(this);
    private ToolBar toolbar;
    /** The teacher's controls: the toolbar's row and the cluster bar, which Presenter sets smaller. */
    private Node[] controls = {};
    /** Presenter's sizes as last laid out; null in the desk view. */
    private PresenterFit.Sizes sizes;

    private Runnable afterFit = () -> {};

    /** The zoom the window is laid out at: the teacher's, lowered until everything fits. */
    private double scale = 1;

    private boolean fitQueued;
    /** A fit laid the window out at another zoom than before (the toolbar must re-decide its overflow). */
    private boolean rescaled;

    private boolean fitFromWish;
    /** The narration and panels stand in a column beside the diagram (Presenter on a wide window). */
    private boolean side;

    /**
     * @param root      the window's content: its font size is the zoom, its top and bottom the chrome
     * @param narration the step's narration: above the panels, or under the diagram beside them
     * @param held      true while the pointer holds a gesture ({@link GestureGuard})
     */
    WindowFit(
            BorderPane root,
            ExplorerViewModel vm,
            DiagramView diagram,
            Node narration,
            ResultPanel lwwPanel,
            ResultPanel vvPanel,
            ObservableBooleanValue held) {
        this.root = root;
        this.vm = vm;
        this.diagram = diagram;
        this.narration = narration;
        this.lwwPanel = lwwPanel;
        this.vvPanel = vvPanel;
        this.held = held;

        diagramScroll = new ScrollPane(diagram);
        diagramScroll.setId("diagram-scroll");
        diagramScroll.getStyleClass().add("diagram-scroll");
        panels.getStyleClass().add("panels");
        GridPane.setVgrow(lwwPanel, Priority.ALWAYS);
        GridPane.setVgrow(vvPanel, Priority.ALWAYS);
        // a room's panels (the node test's) stand after LWW's and VV's; the fit follows them
        RoomHooks hooks = RoomHooks.of(root);
        extraPanels = hooks.panels();
        ChangeListener<Boolean> shown = (obs, was, now) -> {
            arrangePanels();
            request(true);
        };
        extraPanels.addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(n -> n.visibleProperty().removeListener(shown));
                change.getAddedSubList().forEach(n -> n.visibleProperty().addListener(shown));
            }
            arrangePanels();
            request(true);
        });
        panelScroll = new ScrollPane(panels);
        panelScroll.setFitToWidth(true);
        panelScroll.setId("panel-scroll");
        panelScroll.getStyleClass().add("panel-scroll");
        arrangePanels();
        // predict, then reveal: a "?" over the panels until the teacher reveals the step's result
        Label cover = new Label("?  Predict, then reveal (R)");
        cover.setId("predict-cover");
        cover.getStyleClass().add("predict-cover");
        cover.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cover.visibleProperty().bind(vm.lesson().resultHiddenProperty());
        cover.setMouseTransparent(true);
        coveredPanels = new StackPane(panelScroll, cover);
        results = new VBox(narration, coveredPanels);
        VBox.setVgrow(coveredPanels, Priority.ALWAYS);
        results.getStyleClass().add("results");
        exportArea = new SplitPane(diagramScroll, results);
        exportArea.setOrientation(Orientation.VERTICAL);
        exportArea.setDividerPositions(0.54);
        exportArea.setId("export-area");

        // the layout follows the window, the zoom, the lanes and what the panels hold (see fit())
        Runnable refit = () -> request(true);
        root.widthProperty().addListener((obs, was, now) -> refit.run());
        root.heightProperty().addListener((obs, was, now) -> refit.run());
        vm.presentation().zoomProperty().addListener((obs, was, now) -> refit.run());
        vm.presentation().presenterProperty().addListener((obs, was, now) -> refit.run());
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
        return diagramScroll;
    }

    ScrollPane panelScroll() {
        return panelScroll;
    }

    /** The diagram and the results: what a slide exports. */
    SplitPane exportArea() {
        return exportArea;
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
        if (vm.presentation().presenterProperty().get()) {
            sizes = fromWish || sizes == null ? presenterFit.choose(wish()) : presenterFit.refit(sizes);
        } else {
            sizes = deskFit.fit(fromWish ? wish() : Math.min(scale, wish()));
        }
        placeDivider();
        if (fromWish) { // another zoom, view or window moves the chips: keep the step in sight
            afterFit.run();
        }
        if (rescaled) { // also when a try at another size laid the toolbar out
            refreshToolbarOverflow();
            rescaled = false;
        }
    }

    /** Puts the narration and panels below the diagram, or ({@code beside}) in a column at its right. */
    @Override
    public void arrange(boolean beside) {
        if (beside == side) {
            return;
        }
        side = beside;
        if (beside) {
            results.getChildren().setAll(coveredPanels);
            diagramColumn.getChildren().setAll(diagramScroll, narration);
            VBox.setVgrow(diagramScroll, Priority.ALWAYS);
            exportArea.getItems().setAll(diagramColumn, results);
        } else {
            diagramColumn.getChildren().clear();
            results.getChildren().setAll(narration, coveredPanels);
            exportArea.getItems().setAll(diagramScroll, results);
        }
        exportArea.setOrientation(beside ? Orientation.HORIZONTAL : Orientation.VERTICAL);
        arrangePanels();
        rescaled = true;
    }

    /**
     * The two panels side by side under the diagram, one above the other in the side column; a
     * room's shown panels after them.
     */
    private void arrangePanels() {
        panels.getChildren().clear();
        panels.getColumnConstraints().clear();
        List<Node> all = new ArrayList<>(List.of(lwwPanel, vvPanel));
        extraPanels.stream().filter(Node::isVisible).forEach(all::add);
        int columns = side ? 1 : all.size();
        for (Node n : all) {
            GridPane.setVgrow(n, Priority.ALWAYS);
        }
        if (side) {
            panels.addColumn(0, all.toArray(Node[]::new));
        } else {
            panels.addRow(0, all.toArray(Node[]::new));
        }
        // a room's panel (sentences, not cards) gets half as much again as LWW's and VV's, so it wraps less
        double total = side ? 1 : 2 + (columns - 2) * EXTRA_SHARE;
        for (int i = 0; i < columns; i++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 * (side || i < 2 ? 1 : EXTRA_SHARE) / total);
            share.setHgrow(Priority.ALWAYS);
            panels.getColumnConstraints().add(share);
        }
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

    /** True when the narration and panels stand beside the diagram. */
    @Override
    public boolean beside() {
        return side;
    }

    @Override
    public void apply(PresenterFit.Sizes s) {
        // another column alone needs no new layout (the panels are measured at any width)
        if (sizes != null && s.withColumn(sizes.column()).equals(sizes)) {
            sizes = s;
            return;
        }
        double z = s.root() / BASE_FONT;
        rescaled |= z != scale;
        scale = z;
        // a style that did not change is not set again: a new one runs CSS for its whole region (the
        // diagram: every chip)
        restyle(root, s.root());
        for (Node c : controls) {
            restyle(c, s.controls());
        }
        restyle(diagram, s.diagram());
        diagram.scaleProperty().set(s.diagram() / BASE_FONT);
        restyle(narration, s.narration());
        restyle(panels, s.panels());
        sizes = s;
        root.applyCss();
        root.layout();
    }

    private static void restyle(Node n, double px) {
        String style = font(px);
        if (!style.equals(n.getStyle())) {
            n.setStyle(style);
        }
    }

    private static String font(double px) {
        return String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px);
    }

    @Override
    public double chrome() {
        double width = root.getWidth();
        return root.snappedTopInset()
                + root.snappedBottomInset()
                + root.getTop().prefHeight(width)
                + root.getBottom().prefHeight(width)
                + exportArea.snappedTopInset()
                + exportArea.snappedBottomInset();
    }

    @Override
    public double narrationNeed(double width) {
        return narration.prefHeight(width);
    }

    @Override
    public double panelsMinWidth() {
        return panels.minWidth(-1) + panelScroll.snappedLeftInset() + panelScroll.snappedRightInset();
    }

    @Override
    public double storyOverflow(double width, boolean whole) {
        double free = width
                - diagramScroll.snappedLeftInset()
                - diagramScroll.snappedRightInset()
                - diagram.laneNamesWidth()
                - 4; // FollowStep gives up its margins first
        double[] span = whole ? diagram.storySpan() : diagram.lessonSpan();
        return free <= 0 ? 1 : (span[1] - span[0]) / free;
    }

    @Override
    public double diagramWidth() {
        return diagram.prefWidth(-1) + diagramScroll.snappedLeftInset() + diagramScroll.snappedRightInset();
    }

    /** The diagram's lanes in a room {@code width} wide, with the horizontal scroll bar when it is wider. */
    @Override
    public double diagramNeed(double width) {
        double viewport = width - diagramScroll.snappedLeftInset() - diagramScroll.snappedRightInset();
        double bar = diagram.prefWidth(-1) > viewport - SCROLL_BAR ? SCROLL_BAR : 0;
        // + a few pixels: the split pane rounds the divider's position, and a pixel short shows a scroll bar
        return diagram.prefHeight(-1) + 6 + diagramScroll.snappedTopInset() + diagramScroll.snappedBottomInset() + bar;
    }

    /** The panels at {@code width} and, when they stand under the diagram, the narration above them. */
    @Override
    public double resultsNeed(double width) {
        double inner = width - panelScroll.snappedLeftInset() - panelScroll.snappedRightInset();
        double above = side ? 0 : narration.prefHeight(width);
        return above + panels.prefHeight(inner) + panelScroll.snappedTopInset() + panelScroll.snappedBottomInset();
    }

    /**
     * Stacked: the diagram gets the height of its lanes and the panels the rest; when nothing fits,
     * in proportion. Beside: the column gets the width Presenter chose.
     */
    private void placeDivider() {
        if (side) {
            double total = exportArea.getWidth() - exportArea.snappedLeftInset() - exportArea.snappedRightInset();
            if (total > 0 && sizes != null) {
                exportArea.setDividerPositions((root.getWidth() - sizes.column() - DIVIDER / 2) / total);
            }
            return;
        }
        double total = exportArea.getHeight() - exportArea.snappedTopInset() - exportArea.snappedBottomInset();
        if (total <= 0) {
            return;
        }
        double diagramHeight = diagramNeed(root.getWidth());
        double resultsHeight = resultsNeed(root.getWidth());
        // the divider's position is its middle: the diagram gets the position less half the divider
        double share = diagramHeight + resultsHeight + DIVIDER <= total
                ? (diagramHeight + DIVIDER / 2) / total
                : diagramHeight / (diagramHeight + resultsHeight + DIVIDER);
        exportArea.setDividerPositions(Math.max(0.15, Math.min(0.9, share)));
    }
}
