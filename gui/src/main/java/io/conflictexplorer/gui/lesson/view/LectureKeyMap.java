package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.LectureKeys.Binding;
import io.conflictexplorer.gui.platform.ShellCommands;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's key table: every shortcut a lecturer has, with the words the shortcut sheet
 * shows (F1). A new key is one {@link Binding} here, running a command of the model it belongs to;
 * {@link LectureKeys} decides when a key press reaches it.
 */
final class LectureKeyMap {

    /**
     * What only the window can do: bring the step into view after a stepping key ({@code step}
     * wraps such a key's action), full screen, the two sheets, and run a command the shell put on
     * the scene under a key ({@code shell}: another window, a room's dialog), so the F1 sheet lists
     * those keys too.
     */
    record WindowActions(
            UnaryOperator<Runnable> step,
            Runnable fullScreen,
            Runnable legend,
            Runnable shortcuts,
            Consumer<KeyCombination> shell) {}

    private LectureKeyMap() {}

    /**
     * The keys, in the order the shortcut sheet lists them; each runs a command of the model it
     * belongs to, or one of the window's own {@code actions}.
     */
    static List<Binding> of(ExplorerViewModel vm, FileActions files, WindowActions actions) {
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        KeyCombination.Modifier shift = KeyCombination.SHIFT_DOWN;
        return List.of(
                Binding.of(
                        "PageDown, Right, Down",
                        "Next step",
                        actions.step().apply(vm.lesson()::stepForward),
                        key(KeyCode.PAGE_DOWN),
                        key(KeyCode.RIGHT),
                        key(KeyCode.DOWN),
                        key(KeyCode.RIGHT, ctrl)),
                Binding.of(
                        "PageUp, Left, Up",
                        "Previous step",
                        actions.step().apply(vm.playback()::stepBack),
                        key(KeyCode.PAGE_UP),
                        key(KeyCode.LEFT),
                        key(KeyCode.UP),
                        key(KeyCode.LEFT, ctrl)),
                Binding.of(
                        "Home / End",
                        "First / last step",
                        actions.step().apply(vm.playback()::first),
                        key(KeyCode.HOME)),
                Binding.of("", "", actions.step().apply(vm.playback()::last), key(KeyCode.END)),
                Binding.of("Space", "Play / pause", vm.playback()::togglePlay, key(KeyCode.SPACE)),
                Binding.of(
                        "B or .",
                        "Blank the screen (any key shows it again)",
                        vm.presentation()::toggleBlank,
                        key(KeyCode.B),
                        key(KeyCode.PERIOD)),
                Binding.of("F11", "Full screen (Esc leaves it)", actions.fullScreen(), key(KeyCode.F11)),
                Binding.of(
                        "F5 or P",
                        "Presenter view on / off",
                        () -> vm.presentation()
                                .setPresenter(
                                        !vm.presentation().presenterProperty().get()),
                        key(KeyCode.F5),
                        key(KeyCode.P)),
                Binding.of(
                        "V",
                        "Presenter in pages: the results, the node test's page (if shown), or the diagram again",
                        vm.presentation().flipPageCommand()::execute,
                        key(KeyCode.V)),
                Binding.of(
                        "Shift+V",
                        "Presenter on one page, smaller type / in two pages again (remembered)",
                        () -> vm.presentation()
                                .onePageProperty()
                                .set(!vm.presentation().onePageProperty().get()),
                        key(KeyCode.V, shift)),
                Binding.of(
                        "D",
                        "Dark theme on / off (remembered)",
                        () -> vm.presentation()
                                .darkProperty()
                                .set(!vm.presentation().darkProperty().get()),
                        key(KeyCode.D)),
                Binding.of(
                        "Q",
                        "Predict, then reveal on / off (a step hides its result)",
                        () -> vm.lesson()
                                .predictProperty()
                                .set(!vm.lesson().predictProperty().get()),
                        key(KeyCode.Q)),
                Binding.of(
                        "R",
                        "Reveal the hidden result (so does the next step key)",
                        vm.lesson()::reveal,
                        key(KeyCode.R)),
                Binding.of(
                        "Alt+Left / Alt+Right",
                        "Move the selected chip one tick earlier / later",
                        () -> vm.editing().nudgeSelected(-1),
                        key(KeyCode.LEFT, KeyCombination.ALT_DOWN)),
                Binding.of("", "", () -> vm.editing().nudgeSelected(1), key(KeyCode.RIGHT, KeyCombination.ALT_DOWN)),
                Binding.of(
                        "Delete",
                        "Delete the selected chip",
                        vm.editing().deleteCommand()::execute,
                        key(KeyCode.DELETE)),
                Binding.of("Ctrl+Z / Ctrl+Y", "Undo / redo", vm.editing().undoCommand()::execute, key(KeyCode.Z, ctrl)),
                Binding.of(
                        "", "", vm.editing().redoCommand()::execute, key(KeyCode.Y, ctrl), key(KeyCode.Z, ctrl, shift)),
                Binding.of(
                        "Ctrl + / Ctrl -",
                        "Larger / smaller",
                        vm.presentation()::zoomIn,
                        new KeyCodeCombination(KeyCode.EQUALS, ctrl, KeyCombination.SHIFT_ANY),
                        new KeyCodeCombination(KeyCode.PLUS, ctrl, KeyCombination.SHIFT_ANY),
                        key(KeyCode.ADD, ctrl)),
                Binding.of("", "", vm.presentation()::zoomOut, key(KeyCode.MINUS, ctrl), key(KeyCode.SUBTRACT, ctrl)),
                Binding.of("Ctrl+0", "Normal size", vm.presentation()::resetZoom, key(KeyCode.DIGIT0, ctrl)),
                Binding.of(
                        "Ctrl+N", "New scenario (two empty clients)", vm.document()::newScenario, key(KeyCode.N, ctrl)),
                Binding.of("Ctrl+O", "Open a scenario file", files::open, key(KeyCode.O, ctrl)),
                Binding.of("Ctrl+S", "Save (Ctrl+Shift+S: save as)", files::save, key(KeyCode.S, ctrl)),
                Binding.of("", "", files::saveAs, key(KeyCode.S, ctrl, shift)),
                Binding.of(
                        "Ctrl+K",
                        "Compare clock schemes, two to four side by side",
                        () -> actions.shell().accept(ShellCommands.COMPARE_SCHEMES),
                        ShellCommands.COMPARE_SCHEMES),
                Binding.of(
                        "Ctrl+T / Ctrl+Shift+T",
                        "Test a node on this scenario / find a scenario that breaks it",
                        () -> actions.shell().accept(ShellCommands.TEST_NODE),
                        ShellCommands.TEST_NODE),
                Binding.of("", "", () -> actions.shell().accept(ShellCommands.SEARCH_NODE), ShellCommands.SEARCH_NODE),
                Binding.of("L", "The legend: every mark, and how to read a clock", actions.legend(), key(KeyCode.L)),
                Binding.of("F1 or ?", "This list of keys", actions.shortcuts(), key(KeyCode.F1))
                        .orTyped("?"));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
