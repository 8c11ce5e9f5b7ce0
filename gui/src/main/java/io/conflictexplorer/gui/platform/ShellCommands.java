package io.conflictexplorer.gui.platform;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;

/**
 * Commands the shell ({@code MainWindow}) puts on the main window's scene under a key, which a menu
 * item runs by that key: the menu needs no reference to what the command opens (another window),
 * and the key and the item cannot do different things.
 */
public final class ShellCommands {

    /** Opens the compare window: the scenario under two to four clock schemes side by side. */
    public static final KeyCombination COMPARE_SCHEMES = KeyCombination.keyCombination("Shortcut+K");

    /** Opens the node test's dialog: a student's node run on the scenario. */
    public static final KeyCombination TEST_NODE = KeyCombination.keyCombination("Shortcut+T");

    /** Opens the search for a scenario that breaks a student's node. */
    public static final KeyCombination SEARCH_NODE = KeyCombination.keyCombination("Shortcut+Shift+T");

    private ShellCommands() {}

    /** True when the shell put a command on {@code scene} under {@code key}. */
    public static boolean registered(Scene scene, KeyCombination key) {
        return scene != null && scene.getAccelerators().containsKey(key);
    }

    /** Runs the command the shell put on {@code scene} under {@code key}; nothing if none. */
    public static void run(Scene scene, KeyCombination key) {
        if (registered(scene, key)) {
            scene.getAccelerators().get(key).run();
        }
    }
}
