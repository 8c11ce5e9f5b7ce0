package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.platform.Preset;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

/** A preset in the drop-down list: its title, and its narration for the teacher. */
final class PresetCell extends ListCell<Preset> {
    private final Document document;
    private final Label title = new Label();
    private final Label narration = new Label();
    private final VBox box = new VBox(title, narration);

    PresetCell(Document document) {
        this.document = document;
        title.setWrapText(true);
        title.setMaxWidth(520);
        title.getStyleClass().add("preset-title");
        narration.getStyleClass().add("preset-narration");
        narration.setWrapText(true);
        narration.setMaxWidth(520);
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
            setGraphic(box);
        }
        setText(null);
    }
}
