package io.conflictexplorer.gui;

import javafx.application.Application;

/**
 * Starts the app from a plain class path (an IDE's run button): Java refuses to launch a main class
 * that extends Application unless JavaFX is on the module path, as javafx:run puts it.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
