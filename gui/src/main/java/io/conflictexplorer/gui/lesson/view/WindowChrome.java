package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window's title follows the view model's ("cart.json * - Conflict Explorer": the file, a star
 * while unsaved), and closing it with unsaved edits asks first: Save, Discard or Cancel. The stage
 * is only known once the scene is shown in one, so both attach when it is.
 */
final class WindowChrome {

    /** What the teacher answered when closing with unsaved edits. */
    enum Answer {
        SAVE,
        DISCARD,
        CANCEL
    }

    private WindowChrome() {}

    /** {@code saveBeforeClosing} asks and saves; it returns true when the window may close. */
    static void install(Scene scene, ExplorerViewModel vm, BooleanSupplier saveBeforeClosing) {
        scene.windowProperty().addListener((obs, was, now) -> {
            if (now instanceof Stage stage) {
                // set, not bound: whoever shows the stage sets a first title after the scene (App,
                // the tests); so the view model's is set again once that is done
                vm.document().windowTitleProperty().addListener((o, w, n) -> stage.setTitle(n));
                Platform.runLater(
                        () -> stage.setTitle(vm.document().windowTitleProperty().get()));
                // replaces the handler of an earlier view shown in the same stage (tests reuse one)
                stage.setOnCloseRequest(e -> {
                    if (vm.document().unsavedProperty().get() && !saveBeforeClosing.getAsBoolean()) {
                        e.consume();
                    }
                });
            }
        });
    }

    /** Asks whether to save {@code title}'s unsaved edits before the window closes. */
    static Answer askToSave(Window owner, String title) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(Document.APP_NAME);
        alert.setHeaderText("Save the changes to \"" + title + "\"?");
        alert.setContentText("Your edits are also autosaved (autosave.json in the app's folder), but after a"
                + " normal close the next start opens the first preset, not them.");
        alert.getDialogPane().setId("save-changes-dialog");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(Assets.stylesheet("app.css"));
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? Answer.SAVE : answer == discard ? Answer.DISCARD : Answer.CANCEL;
    }
}
