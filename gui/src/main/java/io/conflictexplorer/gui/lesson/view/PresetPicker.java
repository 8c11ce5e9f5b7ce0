package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.Document;
import io.conflictexplorer.gui.platform.Preset;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;

/**
 * The preset box: picks a ready-made scenario, and names what is open also when it is no preset
 * ("cart.json", "1. Two concurrent writers (edited)"); its drop-down shows each preset's narration.
 */
final class PresetPicker extends ComboBox<Preset> {

    PresetPicker(Document document) {
        super(document.presets());
        setId("preset-picker");
        promptTextProperty().bind(document.opened().labelProperty());
        setTooltip(new Tooltip("Ready-made scenarios for the lesson"));
        setCellFactory(list -> new PresetCell(document));
        setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Preset item, boolean empty) {
                super.updateItem(item, empty);
                setText(
                        empty || item == null
                                ? document.opened().labelProperty().get()
                                : document.presetLabel(item));
                // a long file name is cut in the picker: the tooltip says it whole
                PresetPicker.this.getTooltip().setText(getText() + ": pick a ready-made scenario for the lesson");
            }
        });
        setPrefWidth(250);
        setMaxWidth(250);
        setOnAction(e -> document.loadPreset(getValue()));
        setValue(document.currentPresetProperty().get());
        document.currentPresetProperty().addListener((obs, was, now) -> setValue(now));
    }
}
