package io.conflictexplorer.gui.nodetest.view;

import io.conflictexplorer.gui.nodetest.model.Agreement;
import io.conflictexplorer.gui.nodetest.model.NodePanel;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The "your node" panel beside LWW and VV: the run's progress and cancel while it runs; then the
 * verdict, what the run could not test, "run again" once the scenario was edited, the divergences
 * ({@link DivergenceBar}) and, per mode, what the node answered at the time cursor and what its
 * last read of each key said it holds. Shown only while the node test has something to show.
 */
final class NodePanelView extends VBox {

    private final NodeTestModel model;
    private final VBox columns = new VBox();
    private final Label verdict = label("node-verdict", "node-verdict");
    private final Label scope = label("node-scope", "node-scope");
    private final Button stderr = new Button("Its stderr...");

    NodePanelView(NodeTestModel model) {
        this.model = model;
        setId("node-panel");
        getStyleClass().addAll("result-panel", "node-panel");

        // Rows never come and go while the panel shows (a run starts, ends, an edit makes it stale):
        // a drag's edit changes them, and a layout under a held chip cut its drag short in a real
        // window. The title row keeps room for the progress, Cancel and Run again, shown in turn; one
        // line under it says what the run is doing, why it stopped, or that the scenario was edited.
        Label heading = new Label("Your node");
        heading.getStyleClass().add("panel-heading");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("node-close");
        close.setTooltip(new Tooltip("Close: forget this run and its marks"));
        close.setOnAction(e -> model.clear());

        ProgressBar bar = new ProgressBar();
        bar.setId("node-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setMinWidth(0);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("node-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> model.cancel());
        HBox running = new HBox(8, bar, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.getStyleClass().add("node-running");
        running.setId("node-running");
        HBox.setHgrow(running, Priority.ALWAYS);

        Button again = new Button("Run again", new FontIcon("mdi2r-refresh"));
        again.setId("node-run-again");
        again.setMinWidth(Region.USE_PREF_SIZE);
        again.setTooltip(new Tooltip("Run your node again on the scenario as it is now (Ctrl+T runs it too)"));
        again.setOnAction(e -> model.run());
        HBox title = new HBox(8, heading, running, again, close);
        title.setAlignment(Pos.CENTER_LEFT);

        Label line = label("node-progress-text", "node-progress-text");
        line.getStyleClass().add("node-line");
        Runnable shown = () -> {
            boolean busy = model.runningProperty().get();
            boolean stale = model.staleProperty().get() && !busy;
            running.setVisible(busy);
            again.setVisible(stale);
            line.setText(
                    busy
                            ? model.progressTextProperty().get()
                            : !model.statusProperty().get().isEmpty()
                                    ? model.statusProperty().get()
                                    : stale
                                            ? "The scenario was edited since this run: the marks are the run's before."
                                            : "");
            showWhen(line, !line.getText().isEmpty()); // an empty line took a line's height under the title
        };
        model.runningProperty().addListener((obs, was, now) -> shown.run());
        model.staleProperty().addListener((obs, was, now) -> shown.run());
        model.progressTextProperty().addListener((obs, was, now) -> shown.run());
        model.statusProperty().addListener((obs, was, now) -> shown.run());
        shown.run();

        stderr.setId("node-stderr");
        stderr.setOnAction(e -> showStderr());

        getChildren().addAll(title, line, verdict, scope, new DivergenceBar(model), columns, stderr);
        model.panelProperty().addListener((obs, was, now) -> show(now));
        show(model.panelProperty().get());
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
    }

    private void show(NodePanel p) {
        verdict.setText(p.verdict());
        boolean agrees = p.columns().stream().allMatch(NodePanel.Column::agrees)
                && !p.columns().isEmpty();
        verdict.getStyleClass().removeAll("node-agrees", "node-differs");
        if (!p.verdict().isEmpty()) {
            verdict.getStyleClass().add(agrees ? "node-agrees" : "node-differs");
        }
        showWhen(verdict, !p.verdict().isEmpty());
        scope.setText(p.scope());
        showWhen(scope, !p.scope().isEmpty());
        showWhen(stderr, !p.stderr().isEmpty());
        columns.getChildren()
                .setAll(p.columns().stream().map(NodePanelView::column).toList());
    }

    private static Node column(NodePanel.Column c) {
        Label mode = new Label(c.mode().toUpperCase(Locale.ROOT));
        mode.getStyleClass().addAll("narration-tag", "narration-tag-" + c.mode());
        Label verdict = label("node-" + c.mode() + "-verdict", "node-mode-verdict");
        verdict.setText(c.verdict());
        verdict.getStyleClass().add(c.agrees() ? "node-agrees" : "node-differs");
        HBox head = new HBox(6, mode, verdict);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(verdict, Priority.ALWAYS);
        VBox box = new VBox(4, head);
        box.setId("node-" + c.mode());
        box.getStyleClass().add("node-mode");
        if (c.atCursor() != null) {
            NodePanel.Reply r = c.atCursor();
            Label here = label(null, "node-reply");
            // where it differs is the divergence bar's and the chip's tooltip: here, what it answered
            here.setText("At the cursor, " + r.request() + ": " + r.answer());
            here.getStyleClass().add(css(r.agreement()));
            box.getChildren().add(here);
        }
        for (NodePanel.Holding h : c.keys()) {
            Label key = label(null, "node-holding");
            key.setText(h.key() + " = " + h.values() + (h.conflict() ? "  (conflict)" : "")
                    + (h.from().isEmpty() ? "" : "   as " + h.from() + " said"));
            key.getStyleClass().add(css(h.agreement()));
            box.getChildren().add(key);
        }
        return box;
    }

    private static String css(Agreement a) {
        return switch (a) {
            case AGREES -> "node-agrees";
            case DIFFERS -> "node-differs";
            case UNANSWERED -> "node-unanswered";
        };
    }

    private void showStderr() {
        TextArea text = new TextArea(model.panelProperty().get().stderr());
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(16);
        text.setPrefColumnCount(80);
        text.getStyleClass().add("node-stderr-text");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle("Your node's stderr");
        alert.setHeaderText("The end of what your node wrote on stderr");
        alert.getDialogPane().setContent(text);
        if (getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        alert.show();
    }

    private static void showWhen(Node n, boolean shown) {
        n.setVisible(shown);
        n.setManaged(shown);
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(style);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
