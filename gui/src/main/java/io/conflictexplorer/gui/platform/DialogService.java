package io.conflictexplorer.gui.platform;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Every dialog the main window shows goes through here: the file choosers ({@link FileDialogs},
 * which tests replace), the error report, the question before closing with unsaved edits, and the
 * scenario's title and narration. Views ask it and act on the answer; each dialog carries the
 * app's title, stylesheet and an id a test can find.
 */
public final class DialogService {

    /** The title every dialog carries. */
    public static final String APP_NAME = "Conflict Explorer";

    /** What the teacher answered when closing with unsaved edits. */
    public enum SaveAnswer {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** A scenario's title and narration as the teacher typed them. */
    public record TitleAndNarration(String title, String narration) {}

    private final FileDialogs files;

    public DialogService(FileDialogs files) {
        this.files = files;
    }

    public Optional<Path> chooseScenarioToOpen(Window owner) {
        return files.chooseScenarioToOpen(owner);
    }

    public Optional<Path> chooseScenarioToSave(Window owner, String suggestedName) {
        return files.chooseScenarioToSave(owner, suggestedName);
    }

    public Optional<Path> choosePngToExport(Window owner, String suggestedName) {
        return files.choosePngToExport(owner, suggestedName);
    }

    /** Reports a problem; not modal-waiting: the window stays as it was and nothing waits on the user. */
    public void showError(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.setContentText(message);
        dress(alert.getDialogPane(), alert, "error-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // a long message is never cut
        alert.show();
    }

    /** Asks whether to save {@code title}'s unsaved edits before the window closes. */
    public SaveAnswer askToSave(Window owner, String title) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setHeaderText("Save the changes to \"" + title + "\"?");
        alert.setContentText("Your edits are also autosaved (autosave.json in the app's folder), but after a"
                + " normal close the next start opens the first preset, not them.");
        dress(alert.getDialogPane(), alert, "save-changes-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveAnswer.SAVE : answer == discard ? SaveAnswer.DISCARD : SaveAnswer.CANCEL;
    }

    /** Asks for a scenario's title and narration, starting from {@code current}; empty when cancelled. */
    public Optional<TitleAndNarration> askTitleAndNarration(Window owner, TitleAndNarration current) {
        TextField title = new TextField(current.title());
        title.setId("title-field");
        TextArea narration = new TextArea(current.narration());
        narration.setId("narration-field");
        narration.setWrapText(true);
        narration.setPrefRowCount(5);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setHeaderText("The scenario's title and the narration shown under it");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Title"), title, new Label("Narration"), narration));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dress(dialog.getDialogPane(), dialog, "title-dialog");
        return dialog.showAndWait()
                .filter(b -> b == ButtonType.OK)
                .map(b -> new TitleAndNarration(title.getText(), narration.getText()));
    }

    private static void dress(DialogPane pane, Dialog<?> dialog, String id) {
        dialog.setTitle(APP_NAME);
        pane.setId(id);
        pane.getStylesheets().add(Assets.stylesheet("app.css"));
    }
}
