package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The window's title follows the view model's ("cart.json * - Conflict Explorer": the file, a star
 * while unsaved), and closing it with unsaved edits asks first: Save, Discard or Cancel. The stage
 * is only known once the scene is shown in one, so both attach when it is.
 */
final class WindowChrome {

    private WindowChrome() {}

    /** {@code saveBeforeClosing} asks and saves; it returns true when the window may close. */
    static void install(Scene scene, Document document, BooleanSupplier saveBeforeClosing) {
        scene.windowProperty().addListener((obs, was, now) -> {
            if (now instanceof Stage stage) {
                // set, not bound: whoever shows the stage sets a first title after the scene (App,
                // the tests); so the view model's is set again once that is done
                document.windowTitleProperty().addListener((o, w, n) -> stage.setTitle(n));
                Platform.runLater(
                        () -> stage.setTitle(document.windowTitleProperty().get()));
                // replaces the handler of an earlier view shown in the same stage (tests reuse one)
                stage.setOnCloseRequest(e -> {
                    if (document.unsavedProperty().get() && !saveBeforeClosing.getAsBoolean()) {
                        e.consume();
                    }
                });
            }
        });
    }
}
