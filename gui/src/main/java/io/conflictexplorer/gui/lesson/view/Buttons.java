package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.platform.ViewCommand;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window's buttons: an icon, maybe a word, a tooltip, and an action or a command. */
final class Buttons {

    private Buttons() {}

    static Button button(String id, String icon, String text, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A button that runs {@code command} and is disabled while the command is. */
    static Button button(String id, String icon, String text, String tip, ViewCommand command) {
        Button b = button(id, icon, text, tip, command::execute);
        b.disableProperty().bind(command.enabledProperty().not());
        return b;
    }
}
