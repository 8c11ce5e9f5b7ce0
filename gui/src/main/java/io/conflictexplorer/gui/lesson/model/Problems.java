package io.conflictexplorer.gui.lesson.model;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Where the model reports what went wrong; the window shows each report once, as an error dialog. */
public final class Problems {

    private final ReadOnlyObjectWrapper<Problem> latest = new ReadOnlyObjectWrapper<>();
    private long serial;

    public void report(String title, String message) {
        latest.set(new Problem(++serial, title, message));
    }

    /** The latest report (a new one is always a change, even with the same text). */
    public ReadOnlyObjectProperty<Problem> latestProperty() {
        return latest.getReadOnlyProperty();
    }
}
