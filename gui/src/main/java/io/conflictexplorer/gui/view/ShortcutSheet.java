package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.Assets;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The list of keys (F1 or ?), built from the very bindings that handle them, so it cannot promise
 * a key that does nothing. A binding with no keys text continues the row above and is not listed.
 */
final class ShortcutSheet {

    private ShortcutSheet() {}

    static void show(Window owner, List<LectureKeys.Binding> bindings) {
        GridPane rows = new GridPane();
        rows.setId("shortcut-rows");
        rows.getStyleClass().add("shortcut-rows");
        int row = 0;
        for (LectureKeys.Binding b : bindings) {
            if (b.keys().isEmpty()) {
                continue;
            }
            Label keys = new Label(b.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label action = new Label(b.action());
            action.getStyleClass().add("shortcut-action");
            rows.addRow(row++, keys, action);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE); // the lesson goes on beside it: keys still step the window
        alert.setTitle(ExplorerViewModel.APP_NAME + ": keys");
        alert.setHeaderText("Keys (a presentation clicker's PageDown, PageUp, B and F5 work too)."
                + " Not while typing into a chip.");
        alert.getDialogPane().setContent(rows);
        alert.getDialogPane().setId("shortcut-sheet");
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        alert.getDialogPane().getStylesheets().add(Assets.stylesheet("app.css"));
        alert.show();
    }
}
