package io.conflictexplorer.gui.view;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
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
 * <p>Rule: the window is laid out at the largest zoom, up to the teacher's (Presenter's a third
 * larger), at which every lane, the narration and both panels fit without scrolling; the diagram then
 * gets the height of its lanes and the panels the rest. Nothing the lesson is about is cut on a
 * small projector: the type shrinks before it is. Presenter draws the diagram's text
 * {@link #DIAGRAM_BOOST} times larger than the rest, on shorter lanes (clocks are what the room
 * reads), and tries a second arrangement: the narration under the diagram and the panels in a column
 * beside both (a wide projector has room across, not down); it keeps the one that fits at the larger
 * zoom.
 *
 * <p>Never under a held pointer: while a drag or a slider is held ({@code held}), a fit waits for
 * the release. A layout mid-gesture moved a slider's track under its thumb, and the re-arrangement
 * of a new scenario moved the diagram to another parent under a dragged chip, which lost the rest
 * of its drag.
 */
final class WindowFit {

    /** The desk view's font size at zoom 1, in pixels. */
    static final double BASE_FONT = 14;
    /** Presenter's zoom (1.5 in the view model) times this: 28 px type at 1080p where it fits. */
    static final double PRESENTER_BOOST = 4.0 / 3;
    /** Below this the desk becomes hard to read; the panels scroll rather than shrink further. */
    static final double MIN_SCALE = 0.7;
    /**
     * Presenter's floor, lower: its diagram type is {@link #DIAGRAM_BOOST} times larger, and the
     * lesson's chips (the step, the lost writes, the siblings) must fit one view even on a 1280 px
     * projector with the cart's long values.
     */
    static final double PRESENTER_MIN_SCALE = 0.6;
    /**
     * Presenter's diagram text against the rest: a chip clock (0.9 em) at the 28 px the back of a
     * room needs while the panels stay at about 20 px, so both fit on a 1080p projector.
     */
    static final double DIAGRAM_BOOST = 1.85;
    /** The share of the window's width the narration and panels get when they stand beside the diagram. */
    static final double SIDE_SHARE = 0.4;

    private static final double DIVIDER = 8;
    private static final double SCROLL_BAR = 16;

    private final BorderPane root;
    private final ExplorerViewModel vm;
    private final DiagramView diagram;
    private final Node narration;
    private final ResultPanel lwwPanel;
    private final ResultPanel vvPanel;
    private final ObservableBooleanValue held;

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
    private ToolBar toolbar;
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
        cover.visibleProperty().bind(vm.resultHiddenProperty());
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
        vm.zoomProperty().addListener((obs, was, now) -> refit.run());
        vm.presenterProperty().addListener((obs, was, now) -> refit.run());
        // another scenario (a preset, a file, a new one): never an edit, which keeps the lesson's layout
        vm.opened().openedProperty().addListener((obs, was, now) -> refit.run());
        // a lane more or less (a client, a replica) changes the diagram's height
        vm.diagramProperty().addListener((obs, was, now) -> {
            if (was == null
                    || was.clients().size() != now.clients().size()
                    || was.replicas().size() != now.replicas().size()) {
                refit.run();
            }
        });
        // a card more (stepping on, a drag) may no longer fit: shrink then, never grow back mid-lesson;
        // only when what the panels show changed in size (a drag mostly changes neither)
        for (Mode mode : Mode.values()) {
            vm.panelProperty(mode).addListener((obs, was, now) -> {
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

    /** The toolbar, whose "more" menu must decide again when the zoom changes. */
    void setToolbar(ToolBar toolbar) {
        this.toolbar = toolbar;
    }

    /** Runs after a fit from the teacher's zoom (another zoom, view or window moves the chips). */
    void setAfterFit(Runnable afterFit) {
        this.afterFit = afterFit;
    }

    /** Lays the window out at the teacher's zoom before the first fit. */
    void start() {
        applyScale(wish());
    }

    /** True when the narration and panels stand beside the diagram. */
    boolean beside() {
        return side;
    }

    /** The zoom the window is laid out at (the teacher's zoom, or less where it would not fit). */
    double scale() {
        return scale;
    }

    /** The zoom the teacher asked for: Presenter is a third larger again, for the back of the room. */
    private double wish() {
        return vm.zoomProperty().get() * (vm.presenterProperty().get() ? PRESENTER_BOOST : 1);
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
        if (fromWish) {
            // a new window, zoom, view or scenario: choose the arrangement again (never mid-lesson)
            arrange(false);
            double stacked = fitScale(wish());
            if (vm.presenterProperty().get()) {
                arrange(true);
                double beside = fitScale(wish());
                if (beside <= stacked + 0.01) {
                    arrange(false);
                    fitScale(stacked);
                }
            }
        } else {
            fitScale(Math.min(scale, wish()));
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

    /**
     * Applies the largest zoom up to {@code hi} at which the window's content fits in the current
     * arrangement, and returns it.
     */
    private double fitScale(double hi) {
        applyScale(hi);
        double over = overflow();
        double floor = vm.presenterProperty().get() ? PRESENTER_MIN_SCALE : MIN_SCALE;
        if (over > 1 && hi > floor) {
            // the largest zoom that fits lies in [lo, hi): guess it from the proportion, then narrow down
            double lo = floor;
            double z = Math.max(lo, hi / over);
            for (int i = 0; i < 6 && hi - lo > 0.02; i++) {
                applyScale(z);
                over = overflow();
                if (over <= 1) {
                    lo = z;
                } else {
                    hi = z;
                }
                double guess = z / over;
                z = guess > lo + 0.005 && guess < hi - 0.005 ? guess : (lo + hi) / 2;
            }
            if (scale != lo) {
                applyScale(lo);
            }
        }
        return scale;
    }

    /** Puts the narration and panels below the diagram, or ({@code beside}) in a column at its right. */
    private void arrange(boolean beside) {
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

    /** The two panels side by side under the diagram, one above the other in the side column. */
    private void arrangePanels() {
        panels.getChildren().clear();
        panels.getColumnConstraints().clear();
        int columns = side ? 1 : 2;
        if (side) {
            panels.addColumn(0, lwwPanel, vvPanel);
        } else {
            panels.addRow(0, lwwPanel, vvPanel);
        }
        for (int i = 0; i < columns; i++) {
            ColumnConstraints share = new ColumnConstraints();
            share.setPercentWidth(100.0 / columns);
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

    private void applyScale(double z) {
        rescaled |= z != scale;
        scale = z;
        // one font size at the root: every em (text, paddings, cards) and the diagram scale together
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * z));
        double d = z * (vm.presenterProperty().get() ? DIAGRAM_BOOST : 1);
        diagram.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * d));
        diagram.scaleProperty().set(d);
        // new cards get their CSS now, so they are measured at their real size
        root.applyCss();
        root.layout();
    }

    /** How many times the content's needed size exceeds the window's (at most 1 when all fits). */
    private double overflow() {
        double width = root.getWidth();
        double chrome = root.snappedTopInset()
                + root.snappedBottomInset()
                + root.getTop().prefHeight(width)
                + root.getBottom().prefHeight(width)
                + exportArea.snappedTopInset()
                + exportArea.snappedBottomInset();
        double resultsWidth = side ? resultsWidth() : width;
        double need = side
                ? chrome
                        + Math.max(
                                diagramNeed() + narration.prefHeight(width - resultsWidth - DIVIDER),
                                resultsNeed(resultsWidth))
                : chrome + diagramNeed() + DIVIDER + resultsNeed(width);
        double needWidth = panels.minWidth(-1) + panelScroll.snappedLeftInset() + panelScroll.snappedRightInset();
        return Math.max(Math.max(need / root.getHeight(), needWidth / resultsWidth), stepOverflow());
    }

    /**
     * How many times the lesson's span (the step's chips, the writes LWW lost and VV's siblings:
     * {@link DiagramView#lessonSpan()}) exceeds the diagram's view right of the lane names:
     * what the lesson points at must fit one view, since scrolling can show only part of what is wider.
     */
    private double stepOverflow() {
        double room = side ? root.getWidth() - resultsWidth() - DIVIDER : root.getWidth();
        double viewport = room - diagramScroll.snappedLeftInset() - diagramScroll.snappedRightInset();
        double free = viewport - diagram.laneNamesWidth() - 4; // FollowStep gives up its margins first
        double[] span = diagram.lessonSpan();
        return free <= 0 ? 1 : (span[1] - span[0]) / free;
    }

    /** The side column's width: its share, more when the panels' cards need it (a cluster's replicas), up to half. */
    private double resultsWidth() {
        double cards = panels.minWidth(-1) + panelScroll.snappedLeftInset() + panelScroll.snappedRightInset();
        return Math.floor(Math.min(root.getWidth() / 2, Math.max(root.getWidth() * SIDE_SHARE, cards)));
    }

    /** The diagram's lanes, with the horizontal scroll bar when it is wider than its viewport. */
    private double diagramNeed() {
        double room = side ? root.getWidth() - resultsWidth() - DIVIDER : root.getWidth();
        double viewport = room - diagramScroll.snappedLeftInset() - diagramScroll.snappedRightInset();
        double bar = diagram.prefWidth(-1) > viewport - SCROLL_BAR ? SCROLL_BAR : 0;
        // + a few pixels: the split pane rounds the divider's position, and a pixel short shows a scroll bar
        return diagram.prefHeight(-1) + 6 + diagramScroll.snappedTopInset() + diagramScroll.snappedBottomInset() + bar;
    }

    private double resultsNeed(double width) {
        double inner = width - panelScroll.snappedLeftInset() - panelScroll.snappedRightInset();
        double above = side ? 0 : narration.prefHeight(width);
        return above + panels.prefHeight(inner) + panelScroll.snappedTopInset() + panelScroll.snappedBottomInset();
    }

    /**
     * Stacked: the diagram gets the height of its lanes and the panels the rest; when nothing fits,
     * in proportion. Beside: the column gets its share of the width.
     */
    private void placeDivider() {
        if (side) {
            double total = exportArea.getWidth() - exportArea.snappedLeftInset() - exportArea.snappedRightInset();
            if (total > 0) {
                exportArea.setDividerPositions((root.getWidth() - resultsWidth() - DIVIDER / 2) / total);
            }
            return;
        }
        double total = exportArea.getHeight() - exportArea.snappedTopInset() - exportArea.snappedBottomInset();
        if (total <= 0) {
            return;
        }
        double diagramHeight = diagramNeed();
        double resultsHeight = resultsNeed(root.getWidth());
        // the divider's position is its middle: the diagram gets the position less half the divider
        double share = diagramHeight + resultsHeight + DIVIDER <= total
                ? (diagramHeight + DIVIDER / 2) / total
                : diagramHeight / (diagramHeight + resultsHeight + DIVIDER);
        exportArea.setDividerPositions(Math.max(0.15, Math.min(0.9, share)));
    }
}
