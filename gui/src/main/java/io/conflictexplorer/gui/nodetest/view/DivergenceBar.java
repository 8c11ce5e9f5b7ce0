package io.conflictexplorer.gui.nodetest.view;

import io.conflictexplorer.gui.nodetest.model.DivergenceLine;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The node's divergences one at a time: previous and next (each moves the time cursor to the
 * divergence's step), "2 of 5", the mode and the sentence. Hidden when the run has none.
 */
final class DivergenceBar extends VBox {

    DivergenceBar(NodeTestModel model) {
        getStyleClass().add("divergence-bar");
        setId("node-divergence-bar");
        Button previous = new Button(null, new FontIcon("mdi2c-chevron-left"));
        previous.setId("node-divergence-previous");
        previous.setTooltip(new Tooltip("The previous divergence: the time cursor goes to its step"));
        previous.setOnAction(e -> model.previous());
        Button next = new Button(null, new FontIcon("mdi2c-chevron-right"));
        next.setId("node-divergence-next");
        next.setTooltip(new Tooltip("The next divergence: the time cursor goes to its step"));
        next.setOnAction(e -> model.next());
        Label count = new Label();
        count.setId("node-divergence-count");
        count.getStyleClass().add("divergence-count");
        Label mode = new Label();
        mode.setId("node-divergence-mode");
        mode.getStyleClass().add("divergence-mode");
        Label sentence = new Label();
        sentence.setId("node-divergence");
        sentence.getStyleClass().add("divergence-sentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        sentence.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            int n = model.divergences().size();
            int i = model.divergenceProperty().get();
            count.setText(n == 0 ? "" : (i < 0 ? "-" : String.valueOf(i + 1)) + " of " + n);
            DivergenceLine line = i < 0 || i >= n ? null : model.divergences().get(i);
            mode.setText(line == null ? "" : line.mode());
            mode.setVisible(line != null);
            sentence.setText(line == null ? (n == 0 ? "" : "Next shows the first divergence") : line.sentence());
        };
        model.divergenceProperty().addListener((obs, was, now) -> show.run());
        model.divergences().addListener((ListChangeListener<DivergenceLine>) c -> show.run());
        show.run();
        HBox row = new HBox(previous, count, next, mode);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("divergence-row");
        HBox.setHgrow(mode, Priority.NEVER);
        getChildren().addAll(row, sentence);
        visibleProperty().bind(Bindings.isNotEmpty(model.divergences()));
        managedProperty().bind(visibleProperty());
    }
}
