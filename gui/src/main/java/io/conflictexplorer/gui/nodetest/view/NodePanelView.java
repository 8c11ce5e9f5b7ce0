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

        Label heading = new Label("Your node");
        heading.getStyleClass().add("panel-heading");
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("node-close");
        close.setTooltip(new Tooltip("Close: forget this run and its marks"));
        close.setOnAction(e -> model.clear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox title = new HBox(heading, gap, close);
        title.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("node-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("node-cancel");
        cancel.setOnAction(e -> model.cancel());
        Label what = label("node-progress-text", "node-progress-text");
        what.textProperty().bind(model.progressTextProperty());
        VBox running = new VBox(new HBox(8, bar, cancel), what);
        running.getStyleClass().add("node-running");
        running.setId("node-running");
        showWhen(running, model.runningProperty().get());
        model.runningProperty().addListener((obs, was, now) -> showWhen(running, now));

        Label status = label("node-status", "node-status");
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());

        Label edited = label("node-stale", "node-stale");
        edited.setText("The scenario was edited since this run: the marks are the run's before.");
        Button again = new Button("Run again", new FontIcon("mdi2r-refresh"));
        again.setId("node-run-again");
        again.setTooltip(new Tooltip("Run your node again on the scenario as it is now (Ctrl+T runs it too)"));
        again.setOnAction(e -> model.run());
        VBox staleRow = new VBox(4, edited, again);
        staleRow.setId("node-stale-row");
        Runnable staleShown = () -> showWhen(
                staleRow,
                model.staleProperty().get() && !model.runningProperty().get());
        model.staleProperty().addListener((obs, was, now) -> staleShown.run());
        model.runningProperty().addListener((obs, was, now) -> staleShown.run());
        staleShown.run();

        stderr.setId("node-stderr");
        stderr.setOnAction(e -> showStderr());

        getChildren()
                .addAll(title, running, status, verdict, scope, staleRow, new DivergenceBar(model), columns, stderr);
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
