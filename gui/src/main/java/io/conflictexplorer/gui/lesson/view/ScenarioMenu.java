package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.model.Presentation;
import io.conflictexplorer.gui.platform.ShellCommands;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The toolbar's scenario and view menu: for building a lesson from scratch New, the title and
 * narration, the key new reads and writes use, removing a client or a replica; the exports; for the lecture the
 * playback speed, predict then reveal, and the dark theme. Its items are filled when it opens, so
 * the client and replica lists are always the scenario's own. A room's items ({@link RoomHooks},
 * the node test's "Test a node on this scenario...") come last.
 */
final class ScenarioMenu {

    private ScenarioMenu() {}

    static MenuButton of(ExplorerViewModel vm, Exports exports, Runnable editText, Runnable openRun) {
        MenuButton menu = new MenuButton(null, new FontIcon("mdi2f-file-document-edit-outline"));
        menu.setTooltip(
                new Tooltip(
                        "Scenario and view: new, title and narration, the key for new operations, remove a client or a replica, playback speed, predict then reveal, dark theme"));
        menu.setId("scenario-menu");
        menu.setOnShowing(e -> fill(menu, vm, exports, editText, openRun));
        fill(
                menu, vm, exports, editText,
                openRun); // also when it is never opened: tests and accessibility see the items
        return menu;
    }

    private static void fill(
            MenuButton menu, ExplorerViewModel vm, Exports exports, Runnable editText, Runnable openRun) {
        MenuItem run = new MenuItem("Open run... (Ctrl+Shift+O): a case, a node's replies, or cluster traces");
        run.setId("open-run");
        run.setOnAction(e -> openRun.run());
        MenuItem compare = new MenuItem("Compare clock schemes... (Ctrl+K): two to four side by side");
        compare.setId("compare-schemes");
        compare.setOnAction(e -> ShellCommands.run(menu.getScene(), ShellCommands.COMPARE_SCHEMES));
        compare.setDisable(!ShellCommands.registered(menu.getScene(), ShellCommands.COMPARE_SCHEMES));
        MenuItem fresh = new MenuItem("New scenario (Ctrl+N)");
        fresh.setOnAction(e -> vm.document().newScenario());
        MenuItem text = new MenuItem("Title and narration...");
        text.setId("edit-title");
        text.setOnAction(e -> editText.run());

        Menu removeClient = new Menu("Remove client");
        removeClient.setId("remove-client");
        for (String c : vm.projected().getDiagram().clients()) {
            MenuItem item = new MenuItem(c + " and its operations");
            item.setOnAction(e -> vm.editing().removeClient(c));
            item.setDisable(vm.projected().getDiagram().clients().size() < 2);
            removeClient.getItems().add(item);
        }
        Menu removeReplica = new Menu("Remove replica");
        removeReplica.setId("remove-replica");
        for (String r : vm.projected().replicaIds()) {
            MenuItem item = new MenuItem(r + " (its operations go to the first replica left)");
            item.setOnAction(e -> vm.cluster().removeReplica(r));
            removeReplica.getItems().add(item);
        }
        removeReplica.setDisable(vm.projected().replicaIds().isEmpty());

        Menu speed = new Menu("Playback speed");
        speed.setId("playback-speed");
        ToggleGroup speeds = new ToggleGroup();
        for (double s : Presentation.SPEEDS) {
            RadioMenuItem item = new RadioMenuItem(String.format(Locale.ROOT, "%sx", trim(s)));
            item.setToggleGroup(speeds);
            item.setSelected(s == vm.presentation().speedProperty().get());
            item.setOnAction(e -> vm.presentation().speedProperty().set(s));
            speed.getItems().add(item);
        }
        TextField key = new TextField(vm.editing().newKeyProperty().get());
        key.setId("new-key");
        key.setPromptText("key");
        key.setPrefColumnCount(6);
        key.textProperty()
                .addListener((obs, was, now) -> vm.editing().newKeyProperty().set(now));
        CustomMenuItem keyItem = new CustomMenuItem(new HBox(8, new Label("Key for new reads and writes"), key), false);
        keyItem.setId("new-key-item");

        CheckMenuItem dark = new CheckMenuItem("Dark theme (D)");
        dark.setId("dark-theme");
        dark.setSelected(vm.presentation().darkProperty().get());
        dark.setOnAction(e -> vm.presentation().darkProperty().set(dark.isSelected()));
        CheckMenuItem predict = new CheckMenuItem("Predict, then reveal (Q; R reveals)");
        predict.setId("predict");
        predict.setSelected(vm.lesson().predictProperty().get());
        predict.setOnAction(e -> vm.lesson().predictProperty().set(predict.isSelected()));

        Menu export = exports.menu().apply(() -> menu.getScene().getWindow());

        menu.getItems()
                .setAll(
                        fresh,
                        run,
                        compare,
                        text,
                        keyItem,
                        new SeparatorMenuItem(),
                        export,
                        new SeparatorMenuItem(),
                        removeClient,
                        removeReplica,
                        new SeparatorMenuItem(),
                        speed,
                        predict,
                        dark);
        // a room's items (the node test's), once the menu stands in the main view
        RoomHooks hooks = RoomHooks.around(menu);
        if (hooks != null && !hooks.menuItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
            menu.getItems().addAll(hooks.menuItems());
        }
    }

    private static String trim(double s) {
        return s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s);
    }
}
