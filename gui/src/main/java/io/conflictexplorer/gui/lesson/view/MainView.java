package io.conflictexplorer.gui.lesson.view;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.gui.export.ExportActions;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.Problem;
import io.conflictexplorer.gui.lesson.view.LectureKeys.Binding;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.platform.Assets;
import io.conflictexplorer.gui.platform.FileDialogs;
import io.conflictexplorer.gui.platform.Preset;
import io.conflictexplorer.gui.platform.ViewCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: toolbar, scenario header, the diagram above the two result panels,
 * and the time-cursor controls. Controls bind to view-model properties; handlers only call it.
 * Where the parts stand and at what size is {@link WindowFit}'s; keeping the step in sight is
 * {@link FollowStep}'s; {@link GestureGuard} holds both off while the pointer holds a gesture.
 */
public final class MainView extends BorderPane {

    private final ExplorerViewModel vm;
    private final FileDialogs dialogs;
    private final DiagramView diagram;
    private final GestureGuard guard;
    private final WindowFit fit;
    private final FollowStep follow;
    private LectureKeys keys;
    private SheetOverlay sheets;
    private final ToolBar toolbar;
    /** The toolbar and, at its right, the items pinned outside it (undo, redo, Presenter). */
    private HBox toolbarRow;
    /** File > Open run... (gui.run's window sets it). */
    private Runnable openRun = () -> {};

    private Consumer<Path> openScenario;

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
        this.openScenario = vm.document()::open;
        setId("main-view");
        getStyleClass().add("main-view");

        diagram = new DiagramView(vm);
        guard = new GestureGuard(vm.editing()::endGestures);
        fit = new WindowFit(
                this,
                vm,
                diagram,
                narration(),
                new ResultPanel(vm, Mode.LWW),
                new ResultPanel(vm, Mode.VV),
                guard.heldProperty());
        follow = new FollowStep(vm, diagram, fit.diagramScroll(), guard.heldProperty());
        fit.setAfterFit(follow::later);
        // another scenario's panels start at their top
        vm.document()
                .opened()
                .openedProperty()
                .addListener((obs, was, now) -> fit.panelScroll().setVvalue(0));
        toolbar = toolbar();
        ClusterBar clusterBar = new ClusterBar(vm);
        fit.setToolbar(toolbar, toolbarRow, clusterBar);
        setTop(new VBox(toolbarRow, scenarioHeader(), clusterBar));
        setCenter(fit.exportArea());
        setBottom(transport());
        fit.start();
    }

    /**
     * A stepping key's action, after which the step is brought into view even when the cursor did
     * not move (End on a preset, which opens at its last step scrolled to its beginning).
     */
    private Runnable step(Runnable action) {
        return () -> {
            action.run();
            follow.later();
        };
    }

    /** True when the narration and panels stand beside the diagram. */
    public boolean resultsBeside() {
        return fit.beside();
    }

    /** The zoom the diagram is drawn at: the window's, Presenter's diagram text larger still. */
    public double diagramScale() {
        return diagram.scaleProperty().get();
    }

    /** The zoom the window is laid out at (the teacher's zoom, or less where it would not fit). */
    public double scale() {
        return fit.scale();
    }

    /** Adds keyboard shortcuts, theme stylesheets and the error dialog to {@code scene}. */
    public void install(Scene scene) {
        scene.getStylesheets().add(Assets.stylesheet("app.css"));
        applyPresenter(scene);
        vm.presentation().presenterProperty().addListener((obs, was, now) -> applyPresenter(scene));
        vm.presentation().darkProperty().addListener((obs, was, now) -> applyPresenter(scene));
        keys = new LectureKeys(bindings(), new LectureKeys.Blank() {
            @Override
            public boolean blanked() {
                return vm.presentation().blankProperty().get();
            }

            @Override
            public void unblank() {
                vm.presentation().setBlank(false);
            }
        });
        keys.install(scene);
        guard.attach(scene);
        sheets = new SheetOverlay(scene, this);
        // blanking swaps the whole content for black, as a slide show's B does
        StackPane blankScreen = new StackPane();
        blankScreen.setId("blank-screen");
        blankScreen.getStyleClass().add("blank-screen");
        vm.presentation().blankProperty().addListener((obs, was, now) -> {
            sheets.close(); // the window comes back as it was before the sheet
            scene.setRoot(now ? blankScreen : this);
        });
        WindowChrome.install(scene, vm, this::saveBeforeClosing);
        vm.document().problemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                showError(scene.getWindow(), now);
            }
        });
    }

    /** The diagram and panels as they are on screen, for slides. */
    public Image snapshot() {
        return fit.exportArea().snapshot(new SnapshotParameters(), null);
    }

    public Node exportArea() {
        return fit.exportArea();
    }

    private List<LectureKeys.Binding> bindings() {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        return List.of(
                Binding.of(
                        "PageDown, Right, Down",
                        "Next step",
                        step(vm.lesson()::stepForward),
                        key(KeyCode.PAGE_DOWN),
                        key(KeyCode.RIGHT),
                        key(KeyCode.DOWN),
                        key(KeyCode.RIGHT, ctrl)),
                Binding.of(
                        "PageUp, Left, Up",
                        "Previous step",
                        step(vm.playback()::stepBack),
                        key(KeyCode.PAGE_UP),
                        key(KeyCode.LEFT),
                        key(KeyCode.UP),
                        key(KeyCode.LEFT, ctrl)),
                Binding.of("Home / End", "First / last step", step(vm.playback()::first), key(KeyCode.HOME)),
                Binding.of("", "", step(vm.playback()::last), key(KeyCode.END)),
                Binding.of("Space", "Play / pause", vm.playback()::togglePlay, key(KeyCode.SPACE)),
                Binding.of(
                        "B or .",
                        "Blank the screen (any key shows it again)",
                        vm.presentation()::toggleBlank,
                        key(KeyCode.B),
                        key(KeyCode.PERIOD)),
                Binding.of("F11", "Full screen (Esc leaves it)", this::toggleFullScreen, key(KeyCode.F11)),
                Binding.of(
                        "F5 or P",
                        "Presenter view on / off",
                        () -> vm.presentation()
                                .setPresenter(
                                        !vm.presentation().presenterProperty().get()),
                        key(KeyCode.F5),
                        key(KeyCode.P)),
                Binding.of(
                        "D",
                        "Dark theme on / off (remembered)",
                        () -> vm.presentation()
                                .darkProperty()
                                .set(!vm.presentation().darkProperty().get()),
                        key(KeyCode.D)),
                Binding.of(
                        "Q",
                        "Predict, then reveal on / off (a step hides its result)",
                        () -> vm.lesson()
                                .predictProperty()
                                .set(!vm.lesson().predictProperty().get()),
                        key(KeyCode.Q)),
                Binding.of(
                        "R",
                        "Reveal the hidden result (so does the next step key)",
                        vm.lesson()::reveal,
                        key(KeyCode.R)),
                Binding.of(
                        "Alt+Left / Alt+Right",
                        "Move the selected chip one tick earlier / later",
                        () -> vm.editing().nudgeSelected(-1),
                        key(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
                Binding.of("", "", () -> vm.editing().nudgeSelected(1), key(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
                Binding.of(
                        "Delete",
                        "Delete the selected chip",
                        vm.editing().deleteCommand()::execute,
                        key(KeyCode.DELETE)),
                Binding.of("Ctrl+Z / Ctrl+Y", "Undo / redo", vm.editing().undoCommand()::execute, key(KeyCode.Z, ctrl)),
                Binding.of(
                        "", "", vm.editing().redoCommand()::execute, key(KeyCode.Y, ctrl), key(KeyCode.Z, ctrl, shift)),
                Binding.of(
                        "Ctrl + / Ctrl -",
                        "Larger / smaller",
                        vm.presentation()::zoomIn,
                        new KeyCodeCombination(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_ANY),
                        new KeyCodeCombination(KeyCode.PLUS, ctrl, KeyCombination.SHIFT_ANY),
                        key(KeyCode.ADD, ctrl)),
                Binding.of("", "", vm.presentation()::zoomOut, key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl)),
                Binding.of("Ctrl+0", "Normal size", vm.presentation()::resetZoom, key(KeyCode.DIGIT0, ctrl)),
                Binding.of(
                        "Ctrl+N", "New scenario (two empty clients)", vm.document()::newScenario, key(KeyCode.N, ctrl)),
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
        Path file = vm.document().fileProperty().get();
        return file != null ? vm.document().save(file) : saveFileAs();
    }

    private boolean saveFileAs() {
        return dialogs.chooseScenarioToSave(window(), fileName(".json"))
                .map(vm.document()::save)
                .orElse(false);
    }

    /** Asked when the window closes with unsaved edits: true when it may close. */
    private boolean saveBeforeClosing() {
        return switch (WindowChrome.askToSave(
                window(), vm.document().titleProperty().get())) {
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
        if (vm.presentation().presenterProperty().get()) {
            scene.getStylesheets().add(presenter);
        }
        if (vm.presentation().darkProperty().get()) {
            scene.getStylesheets().add(dark);
        }
        // the controls' own theme (buttons, menus, dialogs) follows: AtlantaFX Primer Dark or Light
        Application.setUserAgentStylesheet(
                vm.presentation().darkProperty().get()
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
        ComboBox<Preset> presets = new ComboBox<>(vm.document().presets());
        presets.setId("preset-picker");
        // what is open, also when it is no preset: "cart.json", "1. Two concurrent writers (edited)"
        presets.promptTextProperty().bind(vm.document().opened().labelProperty());
        presets.setTooltip(new Tooltip("Ready-made scenarios for the lesson"));
        presets.setCellFactory(list -> new PresetCell(vm)); // the drop-down shows each preset's narration
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? vm.document().opened().labelProperty().get()
                                : vm.document().presetLabel(item));
                // a long file name is cut in the picker: the tooltip says it whole
                presets.getTooltip().setText(getText() + ": pick a ready-made scenario for the lesson");
            }
        });
        presets.setPrefWidth(250);
        presets.setMaxWidth(250);
        presets.setOnAction(e -> vm.document().loadPreset(presets.getValue()));
        presets.setValue(vm.document().currentPresetProperty().get());
        vm.document().currentPresetProperty().addListener((obs, was, now) -> presets.setValue(now));

        Button addClient =
                button("add-client", "mdi2a-account-plus", "Client", "Add a client lane", vm.editing()::addClient);
        Button addRead = button(
                "add-read", "mdi2b-book-open-variant", "Read", "Add a read on the active lane", vm.editing()::addRead);
        Button addReplica = button(
                "add-replica",
                "mdi2s-server-plus",
                null,
                "Add a replica: the store becomes a cluster that gossips; its lanes show under the clients",
                vm.cluster()::addReplica);
        Button addWrite =
                button("add-write", "mdi2p-pencil", "Write", "Add a write on the active lane", vm.editing()::addWrite);
        ToggleButton blind = new ToggleButton("Blind", new FontIcon("mdi2e-eye-off-outline"));
        blind.setId("toggle-blind");
        blind.setTooltip(new Tooltip("A blind write sends no context: it has not read anything"));
        blind.disableProperty()
                .bind(vm.editing().blindCommand().enabledProperty().not());
        vm.selection().selectedIsBlindProperty().addListener((obs, was, now) -> blind.setSelected(now));
        blind.setOnAction(e -> vm.editing().blindCommand().execute());
        Button delete = button(
                "delete-op",
                "mdi2d-delete-outline",
                null,
                "Delete the selected chip (Delete)",
                vm.editing().deleteCommand());

        Button undo =
                button("undo", "mdi2u-undo", null, "Undo (Ctrl+Z)", vm.editing().undoCommand());
        undo.getTooltip()
                .textProperty()
                .bind(Bindings.concat(vm.editing().undoCommand().textProperty(), " (Ctrl+Z)"));
        Button redo =
                button("redo", "mdi2r-redo", null, "Redo (Ctrl+Y)", vm.editing().redoCommand());
        redo.getTooltip()
                .textProperty()
                .bind(Bindings.concat(vm.editing().redoCommand().textProperty(), " (Ctrl+Y)"));

        Button open = button("open", "mdi2f-folder-open", null, "Open a scenario file (Ctrl+O)", this::openFile);
        Button save =
                button("save", "mdi2c-content-save", null, "Save this scenario as a file (Ctrl+S)", this::saveFileAs);
        Button export = button(
                "export-png",
                "mdi2i-image-outline",
                null,
                "Export this step as a slide (PNG, 1920x1080); SVG, frames, Mermaid and more in the scenario menu",
                () -> dialogs.choosePngToExport(getScene().getWindow(), fileName(".png"))
                        .ifPresent(p -> vm.document().export(p, ExportActions.picture(vm))));

        Button zoomOut =
                button("zoom-out", "mdi2m-magnify-minus-outline", null, "Smaller (Ctrl -)", vm.presentation()::zoomOut);
        Button zoomIn =
                button("zoom-in", "mdi2m-magnify-plus-outline", null, "Larger (Ctrl +)", vm.presentation()::zoomIn);
        ToggleButton presenter = new ToggleButton("Presenter", new FontIcon("mdi2p-presentation"));
        presenter.setId("presenter");
        presenter.setTooltip(new Tooltip("High contrast and large type for the projector (F5 or P)"));
        presenter.setSelected(vm.presentation().presenterProperty().get());
        vm.presentation().presenterProperty().addListener((obs, was, now) -> presenter.setSelected(now));
        presenter.setOnAction(e -> vm.presentation().setPresenter(presenter.isSelected()));

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

    private String fileName(String extension) {
        String title = vm.document()
                .titleProperty()
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
        title.textProperty().bind(vm.document().titleProperty());
        Label narration = new Label();
        narration.setId("scenario-narration");
        narration.getStyleClass().add("scenario-narration");
        narration.setWrapText(true);
        narration.textProperty().bind(vm.document().scenarioNarrationProperty());
        // Presenter drops the teacher's script (a row the projector needs for the lanes): the title's tooltip has it
        narration.visibleProperty().bind(vm.presentation().presenterProperty().not());
        narration.managedProperty().bind(narration.visibleProperty());
        Tooltip script = new Tooltip();
        script.textProperty().bind(vm.document().scenarioNarrationProperty());
        script.setWrapText(true);
        script.setMaxWidth(600);
        title.setTooltip(script);
        // after an edit the narration still describes the scenario as it was loaded: say so
        // beside the title, not below it: the header keeps its height, so the first edit (a drag) moves
        // nothing under the pointer
        Label edited = new Label("edited since: the narration describes it as loaded");
        edited.setId("scenario-edited");
        edited.getStyleClass().add("scenario-edited");
        edited.visibleProperty().bind(vm.document().narrationOutdatedProperty());
        edited.setMinWidth(0);
        HBox titleRow = new HBox(title, edited);
        titleRow.getStyleClass().add("scenario-title-row");
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox text = new VBox(titleRow, narration);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox header = new HBox(text);
        header.getStyleClass().add("scenario-header");
        return header;
    }

    private Node legend() {
        return new LegendStrip(button(
                "legend-button",
                "mdi2h-help-circle-outline",
                "Legend",
                "Every mark, and how to read a clock (L)",
                this::showLegend));
    }

    private Node narration() {
        Label lwwTag = new Label("LWW");
        lwwTag.getStyleClass().addAll("narration-tag", "narration-tag-lww");
        Label lwwText = new Label();
        lwwText.setId("lww-narration");
        lwwText.getStyleClass().add("narration-text");
        lwwText.setWrapText(true);
        lwwText.textProperty().bind(vm.projected().lwwNarrationProperty());
        Label vvTag = new Label("VV");
        vvTag.getStyleClass().addAll("narration-tag", "narration-tag-vv");
        Label vvText = new Label();
        vvText.setId("vv-narration");
        vvText.getStyleClass().add("narration-text");
        vvText.setWrapText(true);
        vvText.textProperty().bind(vm.projected().vvNarrationProperty());
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
        Button back = button(
                "step-back", "mdi2s-step-backward", null, "Back one event (PageUp or Left)", vm.playback()::stepBack);
        Button play = button("play", "mdi2p-play", null, "Play / pause (Space)", vm.playback()::togglePlay);
        vm.playback()
                .playingProperty()
                .addListener((obs, was, now) ->
                        ((FontIcon) play.getGraphic()).setIconLiteral(now ? "mdi2p-pause" : "mdi2p-play"));
        Button forward = button(
                "step-forward",
                "mdi2s-step-forward",
                null,
                "Forward one event (PageDown or Right)",
                vm.lesson()::stepForward);
        Slider slider = new Slider();
        slider.setId("cursor-slider");
        slider.setMin(0);
        slider.maxProperty().bind(vm.playback().stepCountProperty());
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.valueProperty().bindBidirectional(vm.playback().cursorProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        Label step = new Label();
        step.setId("step-label");
        step.getStyleClass().add("step-label");
        step.textProperty().bind(vm.projected().stepTextProperty());
        step.setMinWidth(Region.USE_PREF_SIZE); // the class reads it whole: the legend's swatches give way first
        Label status = new Label();
        status.setId("status-line");
        status.getStyleClass().add("status-line");
        status.textProperty().bind(vm.document().statusProperty());
        // a long message shrinks to "..." (its tooltip has it all) rather than push the window wider
        status.setMinWidth(0);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(vm.document().statusProperty());
        status.setTooltip(statusTip);
        Button dismiss = button(
                "dismiss-status",
                "mdi2c-close",
                null,
                "Dismiss this message",
                () -> vm.document().setStatus(""));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        HBox statusBox = new HBox(status, dismiss);
        statusBox.getStyleClass().add("status-box");
        statusBox.setAlignment(Pos.CENTER_LEFT);
        statusBox.setMinWidth(0);
        statusBox.visibleProperty().bind(vm.document().statusProperty().isNotEmpty());
        statusBox.managedProperty().bind(statusBox.visibleProperty());
        HBox.setHgrow(statusBox, Priority.SOMETIMES);
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
