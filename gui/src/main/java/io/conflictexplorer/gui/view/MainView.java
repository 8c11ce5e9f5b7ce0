package io.conflictexplorer.gui.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.Assets;
import io.conflictexplorer.gui.FileDialogs;
import io.conflictexplorer.gui.export.ExportActions;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import io.conflictexplorer.gui.model.Preset;
import io.conflictexplorer.gui.model.Problem;
import io.conflictexplorer.gui.model.ViewCommand;
import io.conflictexplorer.gui.view.LectureKeys.Binding;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: toolbar, scenario narration, the diagram above the two result panels,
 * and the time-cursor controls. Controls bind to view-model properties; handlers only call it.
 *
 * <p>Layout rule: the window is laid out at the largest zoom, up to the teacher's (Presenter's a
 * third larger), at which every lane, the narration and both panels fit without scrolling; the
 * diagram then gets the height of its lanes and the panels the rest. Nothing the lesson is about is
 * cut on a small projector: the type shrinks before it is. Presenter draws the diagram's text
 * {@link #DIAGRAM_BOOST} times larger than the rest, on shorter lanes (clocks are what the room
 * reads), and tries a second arrangement: the narration under the diagram and the panels in a
 * column beside both (a wide projector has room across, not down); it keeps the one that fits at
 * the larger zoom.
 */
public final class MainView extends BorderPane {

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

    private final ExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final SplitPane exportArea;
    private final DiagramView diagram;
    private LectureKeys keys;
    private SheetOverlay sheets;
    private final GridPane panels;
    private final ScrollPane panelScroll;
    private final VBox results;
    /** The step's narration: above the panels, or under the diagram when the panels stand beside it. */
    private final Node narration;
    /** The panels with the predict cover over them. */
    private final Node coveredPanels;
    /** The diagram with the narration under it, when the panels stand beside them. */
    private final VBox diagramColumn = new VBox();

    private final ScrollPane diagramScroll;
    private final ToolBar toolbar;
    /** The toolbar and, at its right, the items pinned outside it (undo, redo, Presenter). */
    private HBox toolbarRow;
    /** The zoom the window is laid out at: the teacher's, lowered until everything fits. */
    private double scale = 1;

    private boolean fitQueued;
    /** A fit laid the window out at another zoom than before (the toolbar must re-decide its overflow). */
    private boolean rescaled;

    private boolean fitFromWish;
    /** The narration and panels stand in a column beside the diagram (Presenter on a wide window). */
    private boolean side;

    private final ResultPanel lwwPanel;
    private final ResultPanel vvPanel;
    /** File > Open run... (gui.run's window sets it). */
    private Runnable openRun = () -> {};

    private Consumer<Path> openScenario;

    /** The scenario revision of the last diagram shown. */
    private long followed = -1;

    /** What the menu's Open run... does. */
    public void setOnOpenRun(Runnable openRun) {
        this.openRun = openRun;
    }

    /** What Open (Ctrl+O) does with the scenario file chosen: the app opens a large one in the background. */
    public void setOnOpenScenario(Consumer<Path> openScenario) {
        this.openScenario = openScenario;
    }

    public MainView(ExplorerViewModel vm, FileDialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.openScenario = vm::open;
        setId("main-view");
        getStyleClass().add("main-view");

        diagram = new DiagramView(vm);
        ScrollPane diagramScroll = new ScrollPane(diagram);
        diagramScroll.setId("diagram-scroll");
        diagramScroll.getStyleClass().add("diagram-scroll");

        ResultPanel lww = new ResultPanel(vm, Mode.LWW);
        ResultPanel vvPanel = new ResultPanel(vm, Mode.VV);
        GridPane panels = new GridPane();
        panels.getStyleClass().add("panels");
        this.lwwPanel = lww;
        this.vvPanel = vvPanel;
        GridPane.setVgrow(lww, Priority.ALWAYS);
        GridPane.setVgrow(vvPanel, Priority.ALWAYS);
        ScrollPane panelScroll = new ScrollPane(panels);
        panelScroll.setFitToWidth(true);
        panelScroll.setId("panel-scroll");
        panelScroll.getStyleClass().add("panel-scroll");

        this.panels = panels;
        this.panelScroll = panelScroll;
        arrangePanels();
        // predict, then reveal: a "?" over the panels until the teacher reveals the step's result
        Label cover = new Label("?  Predict, then reveal (R)");
        cover.setId("predict-cover");
        cover.getStyleClass().add("predict-cover");
        cover.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        cover.visibleProperty().bind(vm.resultHiddenProperty());
        cover.setMouseTransparent(true);
        StackPane coveredPanels = new StackPane(panelScroll, cover);
        this.narration = narration();
        this.coveredPanels = coveredPanels;
        VBox results = new VBox(narration, coveredPanels);
        VBox.setVgrow(coveredPanels, Priority.ALWAYS);
        results.getStyleClass().add("results");
        exportArea = new SplitPane(diagramScroll, results);
        exportArea.setOrientation(Orientation.VERTICAL);
        exportArea.setDividerPositions(0.54);
        this.results = results;
        this.diagramScroll = diagramScroll;
        exportArea.setId("export-area");

        // the layout follows the window, the zoom, the lanes and what the panels hold (see fit())
        Runnable refit = () -> requestFit(true);
        widthProperty().addListener((obs, was, now) -> refit.run());
        heightProperty().addListener((obs, was, now) -> refit.run());
        vm.zoomProperty().addListener((obs, was, now) -> refit.run());
        vm.presenterProperty().addListener((obs, was, now) -> refit.run());
        vm.currentPresetProperty().addListener((obs, was, now) -> refit.run());
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
                    requestFit(false);
                }
            });
        }

        toolbar = toolbar();
        setTop(new VBox(toolbarRow, scenarioHeader(), new ClusterBar(vm)));
        // stepping, playing, scrubbing or a reveal keeps the cursor and the step's event in view (a
        // cluster's gossip runs on past the last write); not when the scenario itself changed (a new
        // preset opens at its beginning, a drag scrolls at the edge on its own)
        vm.diagramProperty().addListener((obs, was, now) -> {
            boolean sameScenario = vm.revision() == followed;
            followed = vm.revision();
            if (sameScenario && was != null && now != null && was.cursorTime() != now.cursorTime()) {
                Platform.runLater(this::followStep);
            }
        });
        setCenter(exportArea);
        setBottom(transport());

        applyScale(wish());
        // a preset opens at its beginning, wherever the last one was scrolled to, and as far right as
        // it takes to show the step it opens at (its last: on a projector's wide chips, off to the right)
        vm.currentPresetProperty().addListener((obs, was, now) -> {
            if (now != null && now != was) {
                diagramScroll.setHvalue(0);
                panelScroll.setVvalue(0);
                Platform.runLater(this::followStep);
            }
        });
    }

    /**
     * A stepping key's action, after which the step is brought into view even when the cursor did
     * not move (End on a preset, which opens at its last step scrolled to its beginning).
     */
    private Runnable step(Runnable action) {
        return () -> {
            action.run();
            Platform.runLater(this::followStep);
        };
    }

    /**
     * Scrolls the diagram as little as it takes to show the time cursor and the step's event (a
     * chip, or a gossip arrow from its send to its arrival) right of the pinned lane names; when
     * both do not fit with their margins, the margins shrink; when they do not fit at all, the
     * cursor's end wins.
     */
    private void followStep() {
        diagramScroll.layout();
        double content = diagram.getWidth();
        double viewport = diagramScroll.getViewportBounds().getWidth();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double range = content - viewport;
        double left = diagramScroll.getHvalue() * range;
        double names = diagram.laneNamesWidth();
        double margin = Math.min(viewport * 0.05, 40);
        double[] span = diagram.stepSpan();
        if (span[1] - span[0] + names > viewport) {
            span = diagram.lessonSpan(); // the gossip's start gives way to the chips the panels point at
        }
        double from = span[0] - names - margin; // the least left edge that shows the span's start
        double to = span[1] + margin - viewport; // the least left edge that shows its end
        double target = left;
        if (left > from) {
            target = from;
        }
        if (target < to) {
            // wider than the view with its margins: the margins give way first, then its start
            target = span[1] - span[0] + names <= viewport ? (span[0] - names + span[1] - viewport) / 2 : to;
        }
        if (target != left) {
            diagramScroll.setHvalue(Math.max(0, Math.min(range, target)) / range);
        }
    }

    /** The zoom the teacher asked for: Presenter is a third larger again, for the back of the room. */
    private double wish() {
        return vm.zoomProperty().get() * (vm.presenterProperty().get() ? PRESENTER_BOOST : 1);
    }

    /**
     * Fits once the current events are handled; {@code fromWish} starts again from the teacher's
     * zoom (a new preset, window size or zoom), otherwise the layout only shrinks from where it is.
     */
    private void requestFit(boolean fromWish) {
        fitFromWish |= fromWish;
        if (!fitQueued) {
            fitQueued = true;
            Platform.runLater(this::fit);
        }
    }

    /**
     * Lays the window out at the largest zoom, up to the teacher's, at which the whole diagram, the
     * narration and both panels fit without scrolling, and then gives the diagram exactly the height
     * of its lanes. Nearly every size is in em or scales with the zoom, so the needed size is close to
     * proportional to the zoom: each try divides by how much is missing, and measures again.
     */
    private void fit() {
        fitQueued = false;
        boolean fromWish = fitFromWish;
        fitFromWish = false;
        if (getScene() == null || getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        if (fromWish) {
            // a new window, zoom, view or preset: choose the arrangement again (never mid-lesson)
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
            Platform.runLater(this::followStep);
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
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * z));
        double d = z * (vm.presenterProperty().get() ? DIAGRAM_BOOST : 1);
        diagram.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", BASE_FONT * d));
        diagram.scaleProperty().set(d);
        // new cards get their CSS now, so they are measured at their real size
        applyCss();
        layout();
    }

    /** How many times the content's needed size exceeds the window's (at most 1 when all fits). */
    private double overflow() {
        double width = getWidth();
        double chrome = snappedTopInset()
                + snappedBottomInset()
                + getTop().prefHeight(width)
                + getBottom().prefHeight(width)
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
        return Math.max(Math.max(need / getHeight(), needWidth / resultsWidth), stepOverflow());
    }

    /**
     * How many times the lesson's span (the step's chips, the writes LWW lost and VV's siblings:
     * {@link DiagramView#lessonSpan()}) exceeds the diagram's view right of the lane names:
     * what the lesson points at must fit one view, since scrolling can show only part of what is wider.
     */
    private double stepOverflow() {
        double room = side ? getWidth() - resultsWidth() - DIVIDER : getWidth();
        double viewport = room - diagramScroll.snappedLeftInset() - diagramScroll.snappedRightInset();
        double free = viewport - diagram.laneNamesWidth() - 4; // followStep gives up its margins first
        double[] span = diagram.lessonSpan();
        return free <= 0 ? 1 : (span[1] - span[0]) / free;
    }

    /** The side column's width: its share, more when the panels' cards need it (a cluster's replicas), up to half. */
    private double resultsWidth() {
        double cards = panels.minWidth(-1) + panelScroll.snappedLeftInset() + panelScroll.snappedRightInset();
        return Math.floor(Math.min(getWidth() / 2, Math.max(getWidth() * SIDE_SHARE, cards)));
    }

    /** The diagram's lanes, with the horizontal scroll bar when it is wider than its viewport. */
    private double diagramNeed() {
        double room = side ? getWidth() - resultsWidth() - DIVIDER : getWidth();
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
                exportArea.setDividerPositions((getWidth() - resultsWidth() - DIVIDER / 2) / total);
            }
            return;
        }
        double total = exportArea.getHeight() - exportArea.snappedTopInset() - exportArea.snappedBottomInset();
        if (total <= 0) {
            return;
        }
        double diagramHeight = diagramNeed();
        double resultsHeight = resultsNeed(getWidth());
        // the divider's position is its middle: the diagram gets the position less half the divider
        double share = diagramHeight + resultsHeight + DIVIDER <= total
                ? (diagramHeight + DIVIDER / 2) / total
                : diagramHeight / (diagramHeight + resultsHeight + DIVIDER);
        exportArea.setDividerPositions(Math.max(0.15, Math.min(0.9, share)));
    }

    /** True when the narration and panels stand beside the diagram. */
    public boolean resultsBeside() {
        return side;
    }

    /** The zoom the diagram is drawn at: the window's, Presenter's diagram text larger still. */
    public double diagramScale() {
        return diagram.scaleProperty().get();
    }

    /** The zoom the window is laid out at (the teacher's zoom, or less where it would not fit). */
    public double scale() {
        return scale;
    }

    /** Adds keyboard shortcuts, theme stylesheets and the error dialog to {@code scene}. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Assets.stylesheet("app.css"));
        applyPresenter(scene);
        vm.presenterProperty().addListener((obs, was, now) -> applyPresenter(scene));
        vm.darkProperty().addListener((obs, was, now) -> applyPresenter(scene));
        keys = new LectureKeys(bindings(), new LectureKeys.Blank() {
            @Override
            public boolean blanked() {
                return vm.blankProperty().get();
            }

            @Override
            public void unblank() {
                vm.setBlank(false);
            }
        });
        keys.install(scene);
        sheets = new SheetOverlay(scene, this);
        // blanking swaps the whole content for black, as a slide show's B does
        StackPane blankScreen = new StackPane();
        blankScreen.setId("blank-screen");
        blankScreen.getStyleClass().add("blank-screen");
        vm.blankProperty().addListener((obs, was, now) -> {
            sheets.close(); // the window comes back as it was before the sheet
            scene.setRoot(now ? blankScreen : this);
        });
        WindowChrome.install(scene, vm, this::saveBeforeClosing);
        vm.problemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                showError(scene.getWindow(), now);
            }
        });
    }

    /** The diagram and panels as they are on screen, for slides. */
    public Image snapshot() {
        return exportArea.snapshot(new SnapshotParameters(), null);
    }

    public Node exportArea() {
        return exportArea;
    }

    private List<LectureKeys.Binding> bindings() {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        return List.of(
                Binding.of(
                        "PageDown, Right, Down",
                        "Next step",
                        step(vm::stepForward),
                        key(KeyCode.PAGE_DOWN),
                        key(KeyCode.RIGHT),
                        key(KeyCode.DOWN),
                        key(KeyCode.RIGHT, ctrl)),
                Binding.of(
                        "PageUp, Left, Up",
                        "Previous step",
                        step(vm::stepBack),
                        key(KeyCode.PAGE_UP),
                        key(KeyCode.LEFT),
                        key(KeyCode.UP),
                        key(KeyCode.LEFT, ctrl)),
                Binding.of("Home / End", "First / last step", step(vm::firstStep), key(KeyCode.HOME)),
                Binding.of("", "", step(vm::lastStep), key(KeyCode.END)),
                Binding.of("Space", "Play / pause", vm::togglePlay, key(KeyCode.SPACE)),
                Binding.of(
                        "B or .",
                        "Blank the screen (any key shows it again)",
                        vm::toggleBlank,
                        key(KeyCode.B),
                        key(KeyCode.PERIOD)),
                Binding.of("F11", "Full screen (Esc leaves it)", this::toggleFullScreen, key(KeyCode.F11)),
                Binding.of(
                        "F5 or P",
                        "Presenter view on / off",
                        () -> vm.setPresenter(!vm.presenterProperty().get()),
                        key(KeyCode.F5),
                        key(KeyCode.P)),
                Binding.of(
                        "D",
                        "Dark theme on / off (remembered)",
                        () -> vm.darkProperty().set(!vm.darkProperty().get()),
                        key(KeyCode.D)),
                Binding.of(
                        "Q",
                        "Predict, then reveal on / off (a step hides its result)",
                        () -> vm.predictProperty().set(!vm.predictProperty().get()),
                        key(KeyCode.Q)),
                Binding.of("R", "Reveal the hidden result (so does the next step key)", vm::reveal, key(KeyCode.R)),
                Binding.of(
                        "Alt+Left / Alt+Right",
                        "Move the selected chip one tick earlier / later",
                        () -> vm.nudgeSelected(-1),
                        key(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
                Binding.of("", "", () -> vm.nudgeSelected(1), key(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
                Binding.of("Delete", "Delete the selected chip", vm.deleteCommand()::execute, key(KeyCode.DELETE)),
                Binding.of("Ctrl+Z / Ctrl+Y", "Undo / redo", vm.undoCommand()::execute, key(KeyCode.Z, ctrl)),
                Binding.of("", "", vm.redoCommand()::execute, key(KeyCode.Y, ctrl), key(KeyCode.Z, ctrl, shift)),
                Binding.of(
                        "Ctrl + / Ctrl -",
                        "Larger / smaller",
                        vm::zoomIn,
                        new KeyCodeCombination(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_ANY),
                        new KeyCodeCombination(KeyCode.PLUS, ctrl, KeyCombination.SHIFT_ANY),
                        key(KeyCode.ADD, ctrl)),
                Binding.of("", "", vm::zoomOut, key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl)),
                Binding.of("Ctrl+0", "Normal size", vm::resetZoom, key(KeyCode.DIGIT0, ctrl)),
                Binding.of("Ctrl+N", "New scenario (two empty clients)", vm::newScenario, key(KeyCode.N, ctrl)),
                Binding.of("Ctrl+O", "Open a scenario file", this::openFile, key(KeyCode.O, ctrl)),
                Binding.of("Ctrl+S", "Save (Ctrl+Shift+S: save as)", this::saveFile, key(KeyCode.S, ctrl)),
                Binding.of("", "", this::saveFileAs, key(KeyCode.S, ctrl, shift)),
                Binding.of("L", "The legend: every mark, and how to read a clock", this::showLegend, key(KeyCode.L)),
                Binding.of("F1 or ?", "This list of keys", this::showShortcuts, key(KeyCode.F1))
                        .orTyped("?"));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    private void toggleFullScreen() {
        if (getScene() != null && getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("F11 or Esc leaves full screen");
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void openFile() {
        dialogs.chooseScenarioToOpen(window()).ifPresent(openScenario);
    }

    /** Saves to the file it came from, else asks where; true when it was saved. */
    private boolean saveFile() {
        Path file = vm.fileProperty().get();
        return file != null ? vm.save(file) : saveFileAs();
    }

    private boolean saveFileAs() {
        return dialogs.chooseScenarioToSave(window(), fileName(".json"))
                .map(vm::save)
                .orElse(false);
    }

    /** Asked when the window closes with unsaved edits: true when it may close. */
    private boolean saveBeforeClosing() {
        return switch (WindowChrome.askToSave(window(), vm.titleProperty().get())) {
            case SAVE -> saveFile();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void editTitleAndNarration() {
        ScenarioMenu.editText(window(), vm);
    }

    /** The full legend and the clock explainer (L, or the legend's button). */
    private void showLegend() {
        LegendSheet.show(sheets);
    }

    /** The shortcut sheet (F1 or ?): every key, from the same list that handles them. */
    private void showShortcuts() {
        ShortcutSheet.show(sheets, keys.bindings());
    }

    /** app.css, then presenter.css when on, then dark.css when on (it keeps Presenter's widths, not its colours). */
    private void applyPresenter(Scene scene) {
        String presenter = Assets.stylesheet("presenter.css");
        String dark = Assets.stylesheet("dark.css");
        scene.getStylesheets().removeAll(presenter, dark);
        if (vm.presenterProperty().get()) {
            scene.getStylesheets().add(presenter);
        }
        if (vm.darkProperty().get()) {
            scene.getStylesheets().add(dark);
        }
        // the controls' own theme (buttons, menus, dialogs) follows: AtlantaFX Primer Dark or Light
        Application.setUserAgentStylesheet(
                vm.darkProperty().get()
                        ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
    }

    private void showError(Window owner, Problem problem) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("Conflict Explorer");
        alert.setHeaderText(problem.title());
        alert.setContentText(problem.message());
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(Assets.stylesheet("app.css"));
        alert.show(); // not showAndWait: the window stays as it was and nothing waits on the user
    }

    private ToolBar toolbar() {
        ComboBox<Preset> presets = new ComboBox<>(vm.presets());
        presets.setId("preset-picker");
        presets.setPromptText("Preset scenarios");
        presets.setTooltip(new Tooltip("Ready-made scenarios for the lesson"));
        presets.setCellFactory(list -> new PresetCell(vm)); // the drop-down shows each preset's narration
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Edited scenario" : vm.presetLabel(item));
                // a long title is cut in the picker: the tooltip says it whole
                presets.getTooltip().setText(empty || item == null ? "Ready-made scenarios for the lesson" : getText());
            }
        });
        presets.setPrefWidth(250);
        presets.setMaxWidth(250);
        presets.setOnAction(e -> vm.loadPreset(presets.getValue()));
        presets.setValue(vm.currentPresetProperty().get());
        vm.currentPresetProperty().addListener((obs, was, now) -> presets.setValue(now));

        Button addClient = button("add-client", "mdi2a-account-plus", "Client", "Add a client lane", vm::addClient);
        Button addRead =
                button("add-read", "mdi2b-book-open-variant", "Read", "Add a read on the active lane", vm::addRead);
        Button addReplica = button(
                "add-replica",
                "mdi2s-server-plus",
                null,
                "Add a replica: the store becomes a cluster that gossips; its lanes show under the clients",
                vm::addReplica);
        Button addWrite = button("add-write", "mdi2p-pencil", "Write", "Add a write on the active lane", vm::addWrite);
        ToggleButton blind = new ToggleButton("Blind", new FontIcon("mdi2e-eye-off-outline"));
        blind.setId("toggle-blind");
        blind.setTooltip(new Tooltip("A blind write sends no context: it has not read anything"));
        blind.disableProperty().bind(vm.blindCommand().enabledProperty().not());
        vm.selectedIsBlindProperty().addListener((obs, was, now) -> blind.setSelected(now));
        blind.setOnAction(e -> vm.blindCommand().execute());
        Button delete = button(
                "delete-op", "mdi2d-delete-outline", null, "Delete the selected chip (Delete)", vm.deleteCommand());

        Button undo = button("undo", "mdi2u-undo", null, "Undo (Ctrl+Z)", vm.undoCommand());
        undo.getTooltip().textProperty().bind(Bindings.concat(vm.undoCommand().textProperty(), " (Ctrl+Z)"));
        Button redo = button("redo", "mdi2r-redo", null, "Redo (Ctrl+Y)", vm.redoCommand());
        redo.getTooltip().textProperty().bind(Bindings.concat(vm.redoCommand().textProperty(), " (Ctrl+Y)"));

        Button open = button("open", "mdi2f-folder-open", null, "Open a scenario file (Ctrl+O)", this::openFile);
        Button save =
                button("save", "mdi2c-content-save", null, "Save this scenario as a file (Ctrl+S)", this::saveFileAs);
        Button export = button(
                "export-png",
                "mdi2i-image-outline",
                null,
                "Export this step as a slide (PNG, 1920x1080); SVG, frames, Mermaid and more in the scenario menu",
                () -> dialogs.choosePngToExport(getScene().getWindow(), fileName(".png"))
                        .ifPresent(p -> vm.export(p, ExportActions.picture(vm))));

        Button zoomOut = button("zoom-out", "mdi2m-magnify-minus-outline", null, "Smaller (Ctrl -)", vm::zoomOut);
        Button zoomIn = button("zoom-in", "mdi2m-magnify-plus-outline", null, "Larger (Ctrl +)", vm::zoomIn);
        ToggleButton presenter = new ToggleButton("Presenter", new FontIcon("mdi2p-presentation"));
        presenter.setId("presenter");
        presenter.setTooltip(new Tooltip("High contrast and large type for the projector (F5 or P)"));
        presenter.setSelected(vm.presenterProperty().get());
        vm.presenterProperty().addListener((obs, was, now) -> presenter.setSelected(now));
        presenter.setOnAction(e -> vm.setPresenter(presenter.isSelected()));

        ToolBar bar = new ToolBar(
                presets,
                ScenarioMenu.of(vm, this::editTitleAndNarration, () -> openRun.run()),
                new Separator(),
                addClient,
                addReplica,
                addRead,
                addWrite,
                blind,
                delete,
                new Separator(),
                open,
                save,
                export,
                new Separator(),
                zoomOut,
                zoomIn);
        bar.setId("toolbar");
        bar.setMinWidth(0); // it gives way first: what does not fit goes into its "more" menu
        // what a teacher reaches for mid-lesson stays in sight at any size: never in the "more" menu
        ToolBar pinned = new ToolBar(undo, redo, new Separator(), presenter);
        pinned.setId("toolbar-pinned");
        pinned.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox top = new HBox(bar, pinned);
        top.setId("toolbar-row");
        toolbarRow = top;
        return bar;
    }

    /** A preset in the drop-down list: its title, and its narration for the teacher. */
    private static final class PresetCell extends ListCell<Preset> {
        private final ExplorerViewModel vm;
        private final Label title = new Label();
        private final Label narration = new Label();
        private final VBox box = new VBox(title, narration);

        PresetCell(ExplorerViewModel vm) {
            this.vm = vm;
            title.setWrapText(true);
            title.setMaxWidth(520);
            title.getStyleClass().add("preset-title");
            narration.getStyleClass().add("preset-narration");
            narration.setWrapText(true);
            narration.setMaxWidth(520);
            box.getStyleClass().add("preset-cell");
        }

        @Override
        protected void updateItem(Preset item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                title.setText(vm.presetLabel(item));
                narration.setText(item.narration());
                setGraphic(box);
            }
            setText(null);
        }
    }

    private String fileName(String extension) {
        String title = vm.titleProperty()
                .get()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (title.isEmpty() ? "scenario" : title) + extension;
    }

    private Node scenarioHeader() {
        Label title = new Label();
        title.setId("scenario-title");
        title.getStyleClass().add("scenario-title");
        title.textProperty().bind(vm.titleProperty());
        Label narration = new Label();
        narration.setId("scenario-narration");
        narration.getStyleClass().add("scenario-narration");
        narration.setWrapText(true);
        narration.textProperty().bind(vm.scenarioNarrationProperty());
        // Presenter drops the teacher's script (a row the projector needs for the lanes): the title's tooltip has it
        narration.visibleProperty().bind(vm.presenterProperty().not());
        narration.managedProperty().bind(narration.visibleProperty());
        Tooltip script = new Tooltip();
        script.textProperty().bind(vm.scenarioNarrationProperty());
        script.setWrapText(true);
        script.setMaxWidth(600);
        title.setTooltip(script);
        // after an edit the narration still describes the scenario as it was loaded: say so
        Label edited = new Label("edited since; the text above describes it as loaded");
        edited.setId("scenario-edited");
        edited.getStyleClass().add("scenario-edited");
        edited.visibleProperty().bind(vm.narrationOutdatedProperty());
        edited.managedProperty().bind(edited.visibleProperty());
        VBox text = new VBox(title, narration, edited);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(text);
        header.getStyleClass().add("scenario-header");
        return header;
    }

    private Node legend() {
        HBox legend = new HBox();
        legend.getStyleClass().add("legend");
        legend.setAlignment(Pos.CENTER_RIGHT);
        String[][] items = {
            {"legend-past", "causal past"},
            {"legend-future", "causal future"},
            {"legend-concurrent", "concurrent"},
            {"legend-lost", "lost by LWW"}
        };
        for (String[] item : items) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", item[0]);
            Label label = new Label(item[1], swatch);
            label.getStyleClass().add("legend-item");
            label.setMinWidth(Region.USE_PREF_SIZE);
            legend.getChildren().add(label);
        }
        Button all = button(
                "legend-button",
                "mdi2h-help-circle-outline",
                "Legend",
                "Every mark, and how to read a clock (L)",
                this::showLegend);
        all.setMinWidth(Region.USE_PREF_SIZE);
        legend.getChildren().add(all);
        return legend;
    }

    private Node narration() {
        Label lwwTag = new Label("LWW");
        lwwTag.getStyleClass().addAll("narration-tag", "narration-tag-lww");
        Label lwwText = new Label();
        lwwText.setId("lww-narration");
        lwwText.getStyleClass().add("narration-text");
        lwwText.setWrapText(true);
        lwwText.textProperty().bind(vm.lwwNarrationProperty());
        Label vvTag = new Label("VV");
        vvTag.getStyleClass().addAll("narration-tag", "narration-tag-vv");
        Label vvText = new Label();
        vvText.setId("vv-narration");
        vvText.getStyleClass().add("narration-text");
        vvText.setWrapText(true);
        vvText.textProperty().bind(vm.vvNarrationProperty());
        // a line per mode; HBox gives a wrapping label the height it needs (a GridPane row would cut it to one line)
        VBox lines = new VBox(narrationLine(lwwTag, lwwText), narrationLine(vvTag, vvText));
        lines.getStyleClass().add("narration");
        lines.setMinHeight(Region.USE_PREF_SIZE); // the panels below scroll; the narration is never cut
        // in a cluster, whether each mode's replicas agree leads its narration line (no graphic for a single store)
        ResultPanel.convergedBadge(vm, Mode.LWW, lwwText);
        ResultPanel.convergedBadge(vm, Mode.VV, vvText);
        return lines;
    }

    private static Node narrationLine(Label tag, Label text) {
        // the tag never shrinks (its CSS min width is below its text's): a long narration wraps instead
        StackPane keep = new StackPane(tag);
        keep.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(keep, text);
        line.getStyleClass().add("narration-line");
        line.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
        return line;
    }

    private Node transport() {
        Button back = button("step-back", "mdi2s-step-backward", null, "Back one event (PageUp or Left)", vm::stepBack);
        Button play = button("play", "mdi2p-play", null, "Play / pause (Space)", vm::togglePlay);
        vm.playingProperty()
                .addListener((obs, was, now) ->
                        ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play"));
        Button forward = button(
                "step-forward", "mdi2s-step-forward", null, "Forward one event (PageDown or Right)", vm::stepForward);
        Slider slider = new Slider();
        slider.setId("cursor-slider");
        slider.setMin(0);
        slider.maxProperty().bind(vm.stepCountProperty());
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.valueProperty().bindBidirectional(vm.cursorProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label step = new Label();
        step.setId("step-label");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(vm.stepTextProperty());
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(vm.statusProperty());
        // a long message shrinks to "..." (its tooltip has it all) rather than push the window wider
        status.setMinWidth(0);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(vm.statusProperty());
        status.setTooltip(statusTip);
        Button dismiss = button("dismiss-status", "mdi2c-close", null, "Dismiss this message", () -> vm.setStatus(""));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusBox = new HBox(status, dismiss);
        statusBox.getStyleClass().add("status-box");
        statusBox.setAlignment(Pos.CENTER_LEFT);
        statusBox.setMinWidth(0);
        statusBox.visibleProperty().bind(vm.statusProperty().isNotEmpty());
        statusBox.managedProperty().bind(statusBox.visibleProperty());
        HBox.setHgrow(statusBox, Priority.SOMETIMES);
        // the message is about the scenario it restored: another one (a preset, a file) makes it stale
        vm.currentPresetProperty().addListener((obs, was, now) -> vm.setStatus(""));
        // the slider stays usable however long the message
        slider.setMinWidth(Region.USE_PREF_SIZE);
        slider.setPrefWidth(160);
        HBox bar = new HBox(back, play, forward, slider, step, statusBox, legend());
        bar.setId("transport");
        bar.getStyleClass().add("transport");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button button(String id, String icon, String text, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that runs {@code command} and is disabled while the command is. */
    private static Button button(String id, String icon, String text, String tip, ViewCommand command) {
        Button b = button(id, icon, text, tip, command::execute);
        b.disableProperty().bind(command.enabledProperty().not());
        return b;
    }
}
