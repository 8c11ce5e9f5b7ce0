package io.conflictexplorer.gui.lesson.view;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * The list of keys (F1 or ?), over the window ({@link SheetOverlay}), built from the very bindings that handle them, so it cannot promise
 * a key that does nothing. A binding with no keys text continues the row above and is not listed.
 */
final class ShortcutSheet {

    private ShortcutSheet() {}

    static void show(SheetOverlay overlay, List<LectureKeys.Binding> bindings) {
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
        overlay.show(
                "shortcut-sheet",
                "Keys: a clicker's PageDown, PageUp, B and F5 work too; none acts while you type into a chip",
                rows);
    }
}
