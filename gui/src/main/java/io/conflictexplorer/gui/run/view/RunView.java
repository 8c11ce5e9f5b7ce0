package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.run.model.RunViewModel;
import io.conflictexplorer.gui.run.model.RunViewport;
import io.conflictexplorer.gui.run.model.SkippedLines;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run window's content: the {@link RunToolbar}; the {@link RunCanvas} with its time scroll bar;
 * under it the {@link RunDetails}; the status line and the legend at the bottom. Its own colours
 * (the canvas's, the legend's, the details') come from the theme's stylesheets, light or dark as
 * {@link #darkProperty()} says, switched live; the controls follow the base theme, which the main
 * window switches for the whole app.
 */
public final class RunView extends BorderPane {

    private final RunViewModel vm;
    private final RunCanvas canvas;
    private final ScrollBar scroll = new ScrollBar();
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final Label legend =
            new Label("\u25bc divergence   \u25cf conflict   red dashed: lost under LWW   { } literal context");
    private final RunDetails details;
    private boolean syncing;

    /** @param openRun asks for files and opens them (File > Open run...) */
    public RunView(RunViewModel vm, Runnable openRun) {
        this.vm = vm;
        this.canvas = new RunCanvas(vm, RunPalette.of(Theme.LIGHT));
        this.details = new RunDetails(vm);
        setId("run-view");
        getStyleClass().add("run-view");
        applyTheme();
        dark.addListener(o -> applyTheme());

        scroll.setId("run-scroll");
        scroll.setOrientation(Orientation.HORIZONTAL);
        vm.viewportProperty().addListener((o, was, now) -> syncScroll(now));
        scroll.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.scrollTo(now.doubleValue());
            }
        });
        VBox diagram = new VBox(canvas, scroll);
        VBox.setVgrow(canvas, Priority.ALWAYS);

        SplitPane split = new SplitPane(diagram, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(new RunToolbar(vm, openRun));
        setCenter(split);
        Label status = new Label();
        status.setId("run-status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        status.setWrapText(true);
        legend.setTooltip(new Tooltip("Zoomed out, each lane is a strip: conflicts above, how many operations in the"
                + " middle, LWW losses below; a divergence is a line across the lanes"));
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setId("run-legend");
        legend.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(new HBox(status, legend));

        vm.skippedProperty().addListener((o, was, now) -> showSkipped(now));
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                alert(now.title(), now.message());
            }
        });
        syncScroll(vm.viewportProperty().get());
    }

    /** True for the dark theme (the main window's, remembered in the settings). */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /**
     * The theme's colours on the canvas and the few labels that have their own (inline, so the
     * window's controls keep the base theme's fonts and sizes).
     */
    private void applyTheme() {
        Theme theme = dark.get() ? Theme.DARK : Theme.LIGHT;
        canvas.paletteProperty().set(RunPalette.of(theme));
        legend.setStyle("-fx-text-fill: " + theme.colour("run-muted") + ";");
        details.applyTheme(theme);
    }

    /** The scroll bar spans the run, its thumb the part in view. */
    private void syncScroll(RunViewport v) {
        syncing = true;
        scroll.setMin(v.minFirst());
        scroll.setMax(Math.max(v.minFirst() + 0.001, v.maxFirst()));
        scroll.setVisibleAmount(v.timeWidth() / v.scale());
        scroll.setValue(v.first());
        scroll.setUnitIncrement(40 / v.scale());
        scroll.setBlockIncrement(v.timeWidth() * 0.8 / v.scale());
        syncing = false;
    }

    private void showSkipped(SkippedLines skipped) {
        if (skipped == null) {
            return;
        }
        TextArea area = new TextArea(skipped.text());
        area.setId("run-problems-text");
        area.setEditable(false);
        area.setPrefRowCount(Math.min(16, skipped.count() * 2 + 1));
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.setTitle("Some lines were skipped");
        a.setHeaderText(skipped.header());
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("run-problems");
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }

    private void alert(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("run-failure");
        if (getScene() != null
                && getScene().getWindow() != null
                && getScene().getWindow().isShowing()) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }
}
