package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.platform.Theme;
import io.conflictexplorer.gui.run.model.ChipDetails;
import io.conflictexplorer.gui.run.model.DivergenceEntry;
import io.conflictexplorer.gui.run.model.RunViewModel;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;

/**
 * Under the run's diagram: on the left the selected chip's {@link ChipDetails} (the transcript
 * line, each divergence's sentence, LWW and VV side by side), on the right the list of divergences,
 * first first, each of which selects its chip.
 */
final class RunDetails extends SplitPane {

    private final ListView<DivergenceEntry> divergences = new ListView<>();
    private final Label sentences = new Label();
    private final Label lww = outcome("run-lww");
    private final Label vv = outcome("run-vv");

    RunDetails(RunViewModel vm) {
        Label title = new Label(ChipDetails.NONE.title());
        title.setId("run-chip-title");
        title.setStyle("-fx-font-weight: bold;");
        title.setWrapText(true);
        Label source = new Label();
        source.setId("run-source-line");
        source.setFont(Font.font("Monospaced", 12));
        source.setWrapText(true);
        sentences.setId("run-divergence-text");
        sentences.setWrapText(true);
        HBox modes = new HBox(8, lww, vv);
        HBox.setHgrow(lww, Priority.ALWAYS);
        HBox.setHgrow(vv, Priority.ALWAYS);
        modes.setVisible(false);
        vm.detailsProperty().addListener((o, was, d) -> {
            title.setText(d.title());
            source.setText(d.sourceLine());
            sentences.setText(String.join("\n", d.divergences()));
            lww.setText(d.lww());
            vv.setText(d.vv());
            modes.setVisible(d.hasOutcomes());
        });
        VBox left = new VBox(6, title, source, sentences, modes);
        left.setPadding(new Insets(8));

        divergences.setId("run-divergences");
        divergences.setPlaceholder(new Label("No divergences"));
        divergences.setCellFactory(l -> new SentenceCell());
        vm.runProperty()
                .addListener(
                        (o, was, now) -> divergences.setItems(FXCollections.observableArrayList(now.divergences())));
        vm.selectedDivergenceProperty().addListener((o, was, now) -> {
            if (now != null) {
                divergences.getSelectionModel().select(now);
            }
        });
        divergences.getSelectionModel().selectedItemProperty().addListener((o, was, d) -> vm.show(d));
        VBox right = new VBox(4, new Label("Divergences (first first)"), divergences);
        VBox.setVgrow(divergences, Priority.ALWAYS);
        right.setPadding(new Insets(8));
        getItems().addAll(left, right);
        setDividerPositions(0.6);
    }

    /** The sentences in the divergence colour, each mode's outcome in a box of that mode's colour. */
    void applyTheme(Theme theme) {
        sentences.setStyle("-fx-text-fill: " + theme.colour("run-divergence-text") + "; -fx-font-weight: bold;");
        lww.setStyle("-fx-border-color: " + theme.colour("run-lww-border") + "; -fx-padding: 6;");
        vv.setStyle("-fx-border-color: " + theme.colour("run-vv-border") + "; -fx-padding: 6;");
    }

    /** What one mode's store did. */
    private static Label outcome(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** A divergence's line and sentence, wrapped at the list's width: cut off with "...", it would lose its explanation. */
    private static final class SentenceCell extends ListCell<DivergenceEntry> {
        private final Label sentence = new Label();

        SentenceCell() {
            sentence.setWrapText(true);
            sentence.setMinHeight(Region.USE_PREF_SIZE);
            sentence.textFillProperty().bind(textFillProperty());
            setPrefWidth(0);
            setStyle("-fx-padding: 0.35em 0.5em;");
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DivergenceEntry d, boolean empty) {
            super.updateItem(d, empty);
            boolean none = empty || d == null;
            setText(none ? null : d.text());
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
    }
}
