package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.platform.Preset;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/**
 * A preset in the drop-down list: its title, and its narration for the teacher; a case of the
 * gallery of published cases says so above its title, with the schemes its story is about (the
 * compare window, Ctrl+K, shows them).
 */
final class PresetCell extends ListCell<Preset> {
    private final Document document;
    private final Label title = new Label();
    private final Label narration = new Label();
    private final Label gallery = new Label();
    private final VBox box = new VBox(gallery, title, narration);

    PresetCell(Document document) {
        this.document = document;
        title.setWrapText(true);
        title.setMaxWidth(520);
        title.getStyleClass().add("preset-title");
        narration.getStyleClass().add("preset-narration");
        narration.setWrapText(true);
        narration.setMaxWidth(520);
        gallery.getStyleClass().add("preset-gallery");
        gallery.managedProperty().bind(gallery.visibleProperty());
        box.getStyleClass().add("preset-cell");
    }

    @Override
    protected void updateItem(Preset item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
        } else {
            title.setText(document.presetLabel(item));
            narration.setText(item.narration());
            gallery.setVisible(item.gallery());
            gallery.setText(
                    item.gallery()
                            ? "GALLERY, a published case: compare " + String.join(", ", item.schemeNames())
                                    + " (Ctrl+K)"
                            : "");
            setGraphic(box);
        }
        setText(null);
    }
}
