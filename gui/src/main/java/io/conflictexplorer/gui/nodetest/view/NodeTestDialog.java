package io.conflictexplorer.gui.nodetest.view;

import io.conflictexplorer.gui.nodetest.model.ExampleCommand;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Test a node on this scenario...": the node's command (as last run), a few examples, and the
 * folder it runs in, chosen by the student. Run starts the test in the background and closes the
 * dialog; the window never waits for the node. Also the command the search uses ({@link
 * NodeSearchDialog}).
 */
final class NodeTestDialog {

    /** The folder typed, or null (the app's own folder) when it is empty or no path. */
    static Path folderOrNull(String typed) {
        try {
            return typed.isBlank() ? null : Path.of(typed.strip());
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** {@code 5}, {@code 0.5}: the limit in seconds as typed. */
    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? String.valueOf(ms / 1000) : String.valueOf(ms / 1000.0);
    }

    /** The limit typed in seconds, or {@code otherwise} when it is not a number above 0. */
    static Duration limitOr(String typed, Duration otherwise) {
        try {
            double s = Double.parseDouble(typed.strip());
            return s > 0 && s < 3600 ? Duration.ofMillis(Math.round(s * 1000)) : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static final ButtonType RUN = new ButtonType("Run", ButtonBar.ButtonData.OK_DONE);

    private NodeTestDialog() {}

    /**
     * Shows the dialog over {@code owner}; Run sets the model's command and folder and calls {@code
     * then}. {@code chooseFolder} asks for a folder, from the one given.
     */
    static Dialog<ButtonType> show(
            Window owner,
            Scene styled,
            NodeTestModel model,
            List<ExampleCommand> examples,
            BiFunction<Window, Path, Optional<Path>> chooseFolder,
            String header,
            Runnable then) {
        TextField command = new TextField(model.commandProperty().get());
        command.setId("node-command");
        command.setPromptText("python3 main.py");
        command.setPrefColumnCount(40);
        TextField folder = new TextField(
                model.folderProperty().get() == null
                        ? ""
                        : model.folderProperty().get().toString());
        folder.setId("node-folder");
        folder.setPromptText("the folder your node runs in (empty: where the app was started)");
        Button choose = new Button("Choose...");
        choose.setId("node-choose-folder");
        choose.setOnAction(e -> chooseFolder
                .apply(choose.getScene().getWindow(), folderOrNull(folder.getText()))
                .ifPresent(p -> folder.setText(p.toString())));
        HBox.setHgrow(folder, Priority.ALWAYS);
        TextField limit = new TextField(seconds(model.replyLimitProperty().get()));
        limit.setId("node-reply-limit");
        limit.setPrefColumnCount(5);
        VBox examplesBox = new VBox(2);
        int i = 0;
        for (ExampleCommand ex : examples) {
            Hyperlink link = new Hyperlink(ex.command());
            link.setId("node-example-" + i++);
            link.setTooltip(new Tooltip(ex.label()));
            link.setOnAction(e -> {
                command.setText(ex.command());
                if (ex.folder() != null) {
                    folder.setText(ex.folder().toString());
                }
                command.requestFocus();
            });
            Label what = new Label(ex.label());
            what.getStyleClass().add("node-example-label");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            examplesBox.getChildren().add(new VBox(link, what));
        }
        Label rules = new Label("Your node is started afresh for each mode (lww, then vv) and gets the task's messages:"
                + " init, set_mode, then each operation of the scenario in time order from its client, each reply"
                + " waited for. A scenario file never carries a command: nothing runs until you press"
                + " Run.");
        rules.setWrapText(true);
        rules.setMaxWidth(580);
        rules.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(
                8,
                new Label("Command (run by /bin/sh -c)"),
                command,
                new Label("Folder it runs in"),
                new HBox(6, folder, choose),
                new HBox(6, new Label("Seconds to wait for each reply"), limit),
                new Label("Examples"),
                examplesBox,
                rules);
        content.setPrefWidth(600);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Conflict Explorer");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(RUN, ButtonType.CANCEL);
        dialog.getDialogPane().setId("node-test-dialog");
        if (styled != null) {
            dialog.getDialogPane().getStylesheets().setAll(styled.getStylesheets());
        }
        Button run = (Button) dialog.getDialogPane().lookupButton(RUN);
        run.setId("node-run");
        run.disableProperty().bind(command.textProperty().isEmpty());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == RUN) {
                model.commandProperty().set(command.getText().strip());
                model.folderProperty().set(folderOrNull(folder.getText()));
                model.replyLimitProperty()
                        .set(limitOr(limit.getText(), model.replyLimitProperty().get()));
                then.run();
            }
        });
        dialog.show(); // not showAndWait: nothing waits on the student
        command.requestFocus();
        return dialog;
    }
}
