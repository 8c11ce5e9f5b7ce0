package io.conflictexplorer.gui.nodetest.view;

import io.conflictexplorer.gui.nodetest.model.NodeSearchModel;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.converter.IntegerStringConverter;
import javafx.util.converter.LongStringConverter;

/**
 * "Find a scenario that breaks my node...": the seed, the tries and the clients, a progress bar and
 * a cancel button while the search runs in the background, then what it came to. When it finds a
 * scenario the window opens it at once (as a new, unsaved scenario; undo brings back the one
 * before) with the node's marks on it; the dialog says so. Its command is the node test's.
 */
final class NodeSearchDialog {

    private NodeSearchDialog() {}

    static Dialog<ButtonType> show(Window owner, Scene styled, NodeSearchModel search, NodeTestModel test) {
        Label command = new Label();
        command.setId("search-command");
        command.getStyleClass().add("search-command");
        command.textProperty().bind(test.commandProperty());
        TextField seed = number(
                "search-seed",
                new TextFormatter<>(
                        new LongStringConverter(), search.seedProperty().get()));
        @SuppressWarnings("unchecked")
        TextFormatter<Long> seedValue = (TextFormatter<Long>) seed.getTextFormatter();
        TextField tries = number(
                "search-tries",
                new TextFormatter<>(
                        new IntegerStringConverter(), search.triesProperty().get()));
        @SuppressWarnings("unchecked")
        TextFormatter<Integer> triesValue = (TextFormatter<Integer>) tries.getTextFormatter();
        TextField clients = number(
                "search-clients",
                new TextFormatter<>(
                        new IntegerStringConverter(), search.clientsProperty().get()));
        @SuppressWarnings("unchecked")
        TextFormatter<Integer> clientsValue = (TextFormatter<Integer>) clients.getTextFormatter();
        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        options.addRow(0, new Label("Seed (the same seed, the same search)"), seed);
        options.addRow(1, new Label("Scenarios to try at most"), tries);
        options.addRow(2, new Label("Clients per scenario at most"), clients);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("search-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(search.progressProperty());
        Label what = new Label();
        what.setId("search-progress-text");
        what.textProperty().bind(search.progressTextProperty());
        Button start = new Button("Search");
        start.setId("search-start");
        start.setDefaultButton(true);
        start.disableProperty()
                .bind(search.runningProperty().or(test.commandProperty().isEmpty()));
        Button cancel = new Button("Cancel");
        cancel.setId("search-cancel");
        cancel.disableProperty().bind(search.runningProperty().not());
        cancel.setOnAction(e -> search.cancel());
        start.setOnAction(e -> {
            search.seedProperty().set(valueOr(seedValue.getValue(), 1L));
            search.triesProperty().set(valueOr(triesValue.getValue(), 200));
            search.clientsProperty().set(valueOr(clientsValue.getValue(), 3));
            search.start(test.nodeCommand());
        });
        Label outcome = new Label();
        outcome.setId("search-outcome");
        outcome.setWrapText(true);
        outcome.setMaxWidth(560);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(search.outcomeProperty());
        Label intro = new Label("Runs your node on seeded random scenarios (both modes each) until one breaks it, then"
                + " shrinks that one to the fewest operations that still break it the same way.");
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        Label yours = new Label("Your node:");
        yours.setMinWidth(Region.USE_PREF_SIZE);
        command.setWrapText(true);
        command.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(
                10, intro, new HBox(6, yours, command), options, new HBox(8, start, cancel), bar, what, outcome);
        content.setPrefWidth(600);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle("Conflict Explorer");
        dialog.setHeaderText("Find a scenario that breaks your node");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setId("node-search-dialog");
        if (styled != null) {
            dialog.getDialogPane().getStylesheets().setAll(styled.getStylesheets());
        }
        dialog.setOnHidden(e -> search.cancel()); // closing it stops the search and its node
        // the outcome's lines come after it is shown: the window grows to hold them
        search.outcomeProperty().addListener((obs, was, now) -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.show();
        return dialog;
    }

    private static <T> T valueOr(T value, T otherwise) {
        return value == null ? otherwise : value;
    }

    private static TextField number(String id, TextFormatter<?> formatter) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        f.setTextFormatter(formatter);
        return f;
    }
}
