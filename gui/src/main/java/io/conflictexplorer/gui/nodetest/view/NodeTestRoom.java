package io.conflictexplorer.gui.nodetest.view;

import io.conflictexplorer.gui.lesson.view.RoomHooks;
import io.conflictexplorer.gui.lesson.view.diagram.ChipMark;
import io.conflictexplorer.gui.nodetest.model.ExampleCommand;
import io.conflictexplorer.gui.nodetest.model.NodeSearchModel;
import io.conflictexplorer.gui.nodetest.model.NodeTestModel;
import io.conflictexplorer.gui.nodetest.model.OperationMark;
import io.conflictexplorer.gui.platform.ShellCommands;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The node test's room in the main window, wired in by the shell: the "your node" panel after LWW
 * and VV ({@link RoomHooks#panels()}), the scenario menu's "Test a node on this scenario..." (Ctrl+T)
 * and "Find a scenario that breaks my node..." (Ctrl+Shift+T), and each operation's mark on its chip
 * ({@link #marks}: the model's {@link OperationMark}s as the diagram's {@link ChipMark}s, stale
 * while the scenario was edited since the run).
 */
public final class NodeTestRoom {

    /** Ctrl+T: the node test's dialog. */
    public static final KeyCombination TEST_KEY = ShellCommands.TEST_NODE;
    /** Ctrl+Shift+T: the search's dialog. */
    public static final KeyCombination SEARCH_KEY = ShellCommands.SEARCH_NODE;

    private final Node mainView;
    private final NodeTestModel test;
    private final NodeSearchModel search;
    private final List<ExampleCommand> examples;
    private final BiFunction<Window, Path, Optional<Path>> chooseFolder;

    private NodeTestRoom(
            Node mainView,
            NodeTestModel test,
            NodeSearchModel search,
            List<ExampleCommand> examples,
            BiFunction<Window, Path, Optional<Path>> chooseFolder) {
        this.mainView = mainView;
        this.test = test;
        this.search = search;
        this.examples = examples;
        this.chooseFolder = chooseFolder;
    }

    /**
     * Puts the room into {@code mainView} (the main window's content, in {@code scene}), its chip
     * marks into {@code chipMarks} (the diagram's).
     */
    public static NodeTestRoom install(
            Node mainView,
            Scene scene,
            ObservableMap<String, ChipMark> chipMarks,
            NodeTestModel test,
            NodeSearchModel search,
            List<ExampleCommand> examples,
            BiFunction<Window, Path, Optional<Path>> chooseFolder) {
        NodeTestRoom room = new NodeTestRoom(mainView, test, search, examples, chooseFolder);
        RoomHooks hooks = RoomHooks.of(mainView);
        hooks.pageName().set("Your node");
        hooks.panels().add(new NodePanelView(test));
        MenuItem run = new MenuItem("Test a node on this scenario... (Ctrl+T)");
        run.setId("node-test");
        run.setOnAction(e -> room.showTestDialog());
        MenuItem find = new MenuItem("Find a scenario that breaks my node... (Ctrl+Shift+T)");
        find.setId("node-search");
        find.setOnAction(e -> room.showSearchDialog());
        hooks.menuItems().addAll(run, find);
        scene.getAccelerators().put(TEST_KEY, room::showTestDialog);
        scene.getAccelerators().put(SEARCH_KEY, room::showSearchDialog);
        marks(test, chipMarks);
        return room;
    }

    /** The dialog that asks for the command, then runs the node on the open scenario. */
    public void showTestDialog() {
        NodeTestDialog.show(
                window(), mainView.getScene(), test, examples, chooseFolder, "Test a node on this scenario", test::run);
    }

    /** Asks for the command when there is none yet, then the search's dialog. */
    public void showSearchDialog() {
        if (test.commandProperty().get().isBlank()) {
            NodeTestDialog.show(
                    window(),
                    mainView.getScene(),
                    test,
                    examples,
                    chooseFolder,
                    "Which node should the search break?",
                    this::openSearch);
        } else {
            openSearch();
        }
    }

    private void openSearch() {
        NodeSearchDialog.show(window(), mainView.getScene(), search, test);
    }

    private Window window() {
        return mainView.getScene() == null ? null : mainView.getScene().getWindow();
    }

    /** Keeps {@code chipMarks} the model's marks, each stale while the scenario differs from the run's. */
    static void marks(NodeTestModel test, ObservableMap<String, ChipMark> chipMarks) {
        Runnable all = () -> {
            chipMarks.clear();
            test.marks()
                    .values()
                    .forEach(m -> chipMarks.put(
                            m.operationId(), chipMark(m, test.staleProperty().get())));
        };
        test.marks().addListener((MapChangeListener<String, OperationMark>) c -> {
            if (c.wasRemoved() && !c.wasAdded()) {
                chipMarks.remove(c.getKey());
            }
            if (c.wasAdded()) {
                chipMarks.put(
                        c.getKey(),
                        chipMark(c.getValueAdded(), test.staleProperty().get()));
            }
        });
        test.staleProperty().addListener((obs, was, now) -> all.run());
        all.run();
    }

    private static ChipMark chipMark(OperationMark m, boolean stale) {
        ChipMark.Kind kind = switch (m.agreement()) {
            case AGREES -> ChipMark.Kind.AGREES;
            case DIFFERS -> ChipMark.Kind.DIFFERS;
            case UNANSWERED -> ChipMark.Kind.UNANSWERED;
        };
        return new ChipMark(kind, stale, m.note());
    }
}
