package io.conflictexplorer.gui.run;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.core.sim.Scenario;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * The run window's content: a toolbar to open a run, jump between divergences, LWW losses and
 * conflicts, filter to a key or some clients and find by {@code msg_id} or line; the
 * {@link RunCanvas} with its time scroll bar; and under it the selected chip's details (the
 * transcript line, each divergence's sentence, LWW and VV side by side) next to the list of
 * divergences, each of which selects its chip.
 */
public final class RunView extends BorderPane {

    private final RunViewModel vm;
    private final RunCanvas canvas = new RunCanvas();
    private final ScrollBar scroll = new ScrollBar();
    private final ComboBox<String> key = new ComboBox<>();
    private final MenuButton clients = new MenuButton("Clients");
    private final ListView<Divergence> divergences = new ListView<>();
    private final Button edit = new Button("Edit as scenario");
    private boolean syncing;

    /**
     * @param openRun asks for files and opens them (File > Open run...)
     * @param editScenario takes a run's scenario into the main window, for editing
     */
    public RunView(RunViewModel vm, Runnable openRun, Consumer<Scenario> editScenario) {
        this.vm = vm;
        setId("run-view");
        getStyleClass().add("run-view");
        canvas.setOnPick(chip -> vm.selectedProperty().set(chip));
        canvas.selectedProperty().bind(vm.selectedProperty());
        canvas.filterProperty().bind(vm.filterProperty());

        scroll.setId("run-scroll");
        scroll.setOrientation(Orientation.HORIZONTAL);
        Runnable syncScroll = () -> {
            syncing = true;
            scroll.setMin(canvas.minFirst());
            scroll.setMax(Math.max(canvas.minFirst() + 0.001, canvas.maxFirst()));
            scroll.setVisibleAmount(canvas.timeWidth() / canvas.scaleProperty().get());
            scroll.setValue(canvas.firstProperty().get());
            scroll.setUnitIncrement(40 / canvas.scaleProperty().get());
            scroll.setBlockIncrement(
                    canvas.timeWidth() * 0.8 / canvas.scaleProperty().get());
            syncing = false;
        };
        canvas.firstProperty().addListener(o -> syncScroll.run());
        canvas.scaleProperty().addListener(o -> syncScroll.run());
        canvas.widthProperty().addListener(o -> syncScroll.run());
        scroll.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                canvas.firstProperty().set(now.doubleValue());
            }
        });

        VBox diagram = new VBox(canvas, scroll);
        VBox.setVgrow(canvas, Priority.ALWAYS);

        SplitPane split = new SplitPane(diagram, details());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        setTop(toolbar(openRun, editScenario));
        setCenter(split);
        Label status = new Label();
        status.setId("run-status");
        status.textProperty().bind(vm.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        status.setWrapText(true);
        Label legend =
                new Label("\u25bc divergence   \u25cf conflict   red dashed: lost under LWW   { } literal context");
        legend.setTooltip(new Tooltip("Zoomed out, each lane is a strip: conflicts above, how many operations in the"
                + " middle, LWW losses below; a divergence is a line across the lanes"));
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setId("run-legend");
        legend.setStyle("-fx-text-fill: #57606a;");
        legend.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(new HBox(status, legend));

        vm.sessionProperty().addListener((o, was, now) -> showSession(now, syncScroll));
        vm.selectedProperty().addListener((o, was, now) -> {
            canvas.reveal(now.intValue());
            RunSession s = vm.getSession();
            if (s != null && now.intValue() >= 0) {
                String id = s.timeline().id(now.intValue());
                s.divergences().stream()
                        .filter(d -> id.equals(d.operationId()))
                        .findFirst()
                        .ifPresent(d -> divergences.getSelectionModel().select(d));
            }
        });
        vm.problemsProperty().addListener((o, was, now) -> showProblems(now));
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) {
                alert(Alert.AlertType.ERROR, now.title(), now.message());
            }
        });
        if (vm.getSession() != null) {
            showSession(vm.getSession(), syncScroll);
        }
    }

    public RunCanvas canvas() {
        return canvas;
    }

    private void showSession(RunSession s, Runnable syncScroll) {
        canvas.timelineProperty().set(s.timeline());
        canvas.markersProperty().set(s.run().markers());
        key.getItems().setAll(s.timeline().keys());
        key.getItems().add(0, "");
        key.setValue("");
        clients.getItems().clear();
        for (int l = 0; l < s.timeline().clientLanes(); l++) {
            CheckMenuItem item = new CheckMenuItem(s.timeline().lanes().get(l));
            item.setOnAction(e -> applyFilter());
            clients.getItems().add(item);
        }
        divergences.setItems(FXCollections.observableArrayList(s.divergences()));
        edit.setDisable(!s.editable());
        edit.setTooltip(new Tooltip(
                s.editable()
                        ? "Take this run into the main window as a scenario, to edit it as a preset"
                        : "Read-only: " + s.timeline().size() + " operations, above the edit limit of "
                                + RunSession.EDIT_LIMIT));
        canvas.applyCss();
        canvas.layout();
        canvas.zoomToFit();
        syncScroll.run();
    }

    private ToolBar toolbar(Runnable openRun, Consumer<Scenario> editScenario) {
        Button open = new Button("Open run...");
        open.setId("run-open");
        open.setOnAction(e -> openRun.run());
        edit.setId("run-edit");
        edit.setDisable(true);
        edit.setOnAction(e -> {
            RunSession s = vm.getSession();
            if (s != null && s.editable()) {
                editScenario.accept(s.run().scenario());
            }
        });
        key.setId("run-key");
        key.setEditable(true);
        key.setPromptText("all keys");
        key.setPrefWidth(110);
        key.valueProperty().addListener(o -> applyFilter());
        clients.setId("run-clients");
        TextField find = new TextField();
        find.setId("run-find");
        find.setPromptText("msg_id, or line N");
        find.setPrefColumnCount(11);
        find.setTooltip(new Tooltip("Find by msg_id (7) or line number (line 9); Enter finds the next"));
        find.setOnAction(e -> vm.find(find.getText()));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                find.clear();
            }
        });
        Button zoomOut = new Button("-");
        zoomOut.setId("run-zoom-out");
        zoomOut.setOnAction(e -> canvas.zoomAt(0.5, canvas.getWidth() / 2));
        Button fit = new Button("Fit");
        fit.setId("run-fit");
        fit.setOnAction(e -> canvas.zoomToFit());
        Button zoomIn = new Button("+");
        zoomIn.setId("run-zoom-in");
        zoomIn.setOnAction(e -> canvas.zoomAt(2, canvas.getWidth() / 2));
        ToolBar bar = new ToolBar(open, new Separator());
        for (Mark m : Mark.values()) {
            Button prev = new Button("\u25c0");
            prev.setId("run-prev-" + m.name().toLowerCase(Locale.ROOT));
            prev.setTooltip(new Tooltip("Previous " + m.label()));
            prev.setOnAction(e -> vm.previous(m));
            Button next = new Button("\u25b6");
            next.setId("run-next-" + m.name().toLowerCase(Locale.ROOT));
            next.setTooltip(new Tooltip("Next " + m.label()));
            next.setOnAction(e -> vm.next(m));
            bar.getItems().addAll(prev, new Label(m.label()), next);
        }
        bar.getItems().addAll(key, clients, find, new Separator(), zoomOut, fit, zoomIn, edit);
        bar.setId("run-toolbar");
        return bar;
    }

    private void applyFilter() {
        Set<String> chosen = new HashSet<>();
        clients.getItems().forEach(i -> {
            if (i instanceof CheckMenuItem c && c.isSelected()) {
                chosen.add(c.getText());
            }
        });
        vm.filterProperty().set(new RunFilter(key.getValue(), chosen));
    }

    private SplitPane details() {
        Label title = new Label();
        title.setId("run-chip-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Label source = new Label();
        source.setId("run-source-line");
        source.setFont(Font.font("Monospaced", 12));
        source.setWrapText(true);
        Label sentences = new Label();
        sentences.setId("run-divergence-text");
        sentences.setWrapText(true);
        sentences.setStyle("-fx-text-fill: #7a3e00; -fx-font-weight: bold;");
        Label lww = new Label();
        lww.setId("run-lww");
        lww.setWrapText(true);
        lww.setStyle("-fx-border-color: #e5a3a3; -fx-padding: 6;");
        Label vvText = new Label();
        vvText.setId("run-vv");
        vvText.setWrapText(true);
        vvText.setStyle("-fx-border-color: #9db7ec; -fx-padding: 6;");
        lww.setMaxWidth(Double.MAX_VALUE);
        vvText.setMaxWidth(Double.MAX_VALUE);
        HBox modes = new HBox(8, lww, vvText);
        HBox.setHgrow(lww, Priority.ALWAYS);
        HBox.setHgrow(vvText, Priority.ALWAYS);
        vm.detailsProperty().addListener((o, was, d) -> {
            title.setText(d.title());
            source.setText(d.sourceLine());
            sentences.setText(String.join("\n", d.divergences()));
            lww.setText(d.lww());
            vvText.setText(d.vv());
            modes.setVisible(!d.lww().isEmpty() || !d.vv().isEmpty());
        });
        title.setText(ChipDetails.NONE.title());
        modes.setVisible(false);
        VBox left = new VBox(6, title, source, sentences, modes);
        left.setPadding(new Insets(8));
        divergences.setId("run-divergences");
        divergences.setPlaceholder(new Label("No divergences"));
        divergences.setCellFactory(l -> new ListCell<>() {
            private final Label sentence = new Label();

            {
                // a sentence wraps at the list's width: cut off with "...", it would lose its explanation
                sentence.setWrapText(true);
                sentence.setMinHeight(Region.USE_PREF_SIZE);
                sentence.textFillProperty().bind(textFillProperty());
                setPrefWidth(0);
                setStyle("-fx-padding: 0.35em 0.5em;");
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(Divergence d, boolean empty) {
                super.updateItem(d, empty);
                boolean none = empty || d == null;
                setText(none ? null : "line " + d.requestLine() + ": " + d.sentence());
                sentence.setText(getText());
                setGraphic(none ? null : sentence);
            }

            /** The theme gives every list cell one height (-fx-cell-size); a wrapped sentence takes its lines. */
            @Override
            protected double computePrefHeight(double width) {
                double fixed = super.computePrefHeight(width);
                if (getGraphic() == null || width <= 0) {
                    return fixed;
                }
                double inner = width - snappedLeftInset() - snappedRightInset();
                return Math.max(fixed, sentence.prefHeight(inner) + snappedTopInset() + snappedBottomInset());
            }
        });
        divergences.getSelectionModel().selectedItemProperty().addListener((o, was, d) -> {
            RunSession s = vm.getSession();
            if (d != null
                    && s != null
                    && (s.chipOf(d) < 0 || s.chipOf(d) != vm.selectedProperty().get())) {
                vm.show(d);
            }
        });
        VBox right = new VBox(4, new Label("Divergences (first first)"), divergences);
        VBox.setVgrow(divergences, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.6);
        return split;
    }

    private void showProblems(List<LineProblem> problems) {
        if (problems == null || problems.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (LineProblem p : problems) {
            text.append(p.file()).append(" line ").append(p.line()).append(": ").append(p.why());
            if (!p.text().isEmpty()) {
                text.append("\n    ").append(p.text());
            }
            text.append('\n');
        }
        TextArea area = new TextArea(text.toString());
        area.setId("run-problems-text");
        area.setEditable(false);
        area.setPrefRowCount(Math.min(16, problems.size() * 2 + 1));
        Alert a = new Alert(Alert.AlertType.WARNING);
        a.setTitle("Some lines were skipped");
        a.setHeaderText(problems.size() + " line" + (problems.size() == 1 ? " was" : "s were")
                + " not taken; the readable lines are open");
        a.getDialogPane().setContent(area);
        a.getDialogPane().setId("run-problems");
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        a.show();
    }

    private void alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message);
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
