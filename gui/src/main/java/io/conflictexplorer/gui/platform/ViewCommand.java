package io.conflictexplorer.gui.platform;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * An action a button or a key runs, with its own enabled state (and the text its tooltip shows), so
 * a view binds to both instead of knowing when the action makes sense. Running a disabled command
 * does nothing.
 */
public final class ViewCommand {

    private final Runnable action;
    private final BooleanExpression enabled;
    private final StringExpression text;

    public ViewCommand(Runnable action, ObservableBooleanValue enabled, ObservableStringValue text) {
        this.action = action;
        this.enabled = BooleanExpression.booleanExpression(enabled);
        this.text = StringExpression.stringExpression(text);
    }

    public ViewCommand(Runnable action, ObservableBooleanValue enabled) {
        this(action, enabled, Bindings.createStringBinding(() -> ""));
    }

    public void execute() {
        if (enabled.get()) {
            action.run();
        }
    }

    public BooleanExpression enabledProperty() {
        return enabled;
    }

    public StringExpression textProperty() {
        return text;
    }
}
