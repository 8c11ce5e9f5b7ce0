package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.FileWriting;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.stage.Window;

/**
 * What the main window offers of the exports, which are a room of their own (gui.export): the shell
 * that builds the window supplies them, so a view never reaches into the exporters.
 *
 * @param picture writes the slide at the cursor (SVG or PNG, by the file's extension)
 * @param menu    the scenario menu's Export submenu, for the window its dialogs belong to
 */
public record Exports(Supplier<FileWriting> picture, Function<Supplier<Window>, Menu> menu) {}
