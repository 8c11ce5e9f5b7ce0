package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.export.ExportMenu;
import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.platform.Assets;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
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

    static MenuButton of(ExplorerViewModel vm, Runnable editText, Runnable openRun) {
        MenuButton menu = new MenuButton(null, new FontIcon("mdi2f-file-document-edit-outline"));
        menu.setTooltip(
                new Tooltip(
                        "Scenario and view: new, title and narration, the key for new operations, remove a client or a replica, playback speed, predict then reveal, dark theme"));
        menu.setId("scenario-menu");
        menu.setOnShowing(e -> fill(menu, vm, editText, openRun));
        fill(menu, vm, editText, openRun); // also when it is never opened: tests and accessibility see the items
        return menu;
    }

    private static void fill(MenuButton menu, ExplorerViewModel vm, Runnable editText, Runnable openRun) {
        MenuItem run = new MenuItem("Open run... (Ctrl+Shift+O): a case, a node's replies, or cluster traces");
        run.setId("open-run");
        run.setOnAction(e -> openRun.run());
        MenuItem fresh = new MenuItem("New scenario (Ctrl+N)");
        fresh.setOnAction(e -> vm.newScenario());
        MenuItem text = new MenuItem("Title and narration...");
        text.setId("edit-title");
        text.setOnAction(e -> editText.run());

        Menu removeClient = new Menu("Remove client");
        removeClient.setId("remove-client");
        for (String c : vm.getDiagram().clients()) {
            MenuItem item = new MenuItem(c + " and its operations");
            item.setOnAction(e -> vm.removeClient(c));
            item.setDisable(vm.getDiagram().clients().size() < 2);
            removeClient.getItems().add(item);
        }
        Menu removeReplica = new Menu("Remove replica");
        removeReplica.setId("remove-replica");
        for (String r : vm.replicaIds()) {
            MenuItem item = new MenuItem(r + " (its operations go to the first replica left)");
            item.setOnAction(e -> vm.removeReplica(r));
            removeReplica.getItems().add(item);
        }
        removeReplica.setDisable(vm.replicaIds().isEmpty());

        Menu speed = new Menu("Playback speed");
        speed.setId("playback-speed");
        ToggleGroup speeds = new ToggleGroup();
        for (double s : ExplorerViewModel.SPEEDS) {
            RadioMenuItem item = new RadioMenuItem(String.format(Locale.ROOT, "%sx", trim(s)));
            item.setToggleGroup(speeds);
            item.setSelected(s == vm.speedProperty().get());
            item.setOnAction(e -> vm.speedProperty().set(s));
            speed.getItems().add(item);
        }
        TextField key = new TextField(vm.newKeyProperty().get());
        key.setId("new-key");
        key.setPromptText("key");
        key.setPrefColumnCount(6);
        key.textProperty().addListener((obs, was, now) -> vm.newKeyProperty().set(now));
        CustomMenuItem keyItem = new CustomMenuItem(new HBox(8, new Label("Key for new reads and writes"), key), false);
        keyItem.setId("new-key-item");

        CheckMenuItem dark = new CheckMenuItem("Dark theme (D)");
        dark.setId("dark-theme");
        dark.setSelected(vm.darkProperty().get());
        dark.setOnAction(e -> vm.darkProperty().set(dark.isSelected()));
        CheckMenuItem predict = new CheckMenuItem("Predict, then reveal (Q; R reveals)");
        predict.setId("predict");
        predict.setSelected(vm.predictProperty().get());
        predict.setOnAction(e -> vm.predictProperty().set(predict.isSelected()));

        Menu export = ExportMenu.of(vm, () -> menu.getScene().getWindow());

        menu.getItems()
                .setAll(
                        fresh,
                        run,
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

    /** Asks for the scenario's title and narration; OK applies them as one undoable edit. */
    static void editText(Window owner, ExplorerViewModel vm) {
        TextField title = new TextField(vm.titleProperty().get());
        title.setId("title-field");
        TextArea narration = new TextArea(vm.scenarioNarrationProperty().get());
        narration.setId("narration-field");
        narration.setWrapText(true);
        narration.setPrefRowCount(5);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ExplorerViewModel.APP_NAME);
        dialog.setHeaderText("The scenario's title and the narration shown under it");
        dialog.getDialogPane().setContent(new VBox(8, new Label("Title"), title, new Label("Narration"), narration));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("title-dialog");
        dialog.getDialogPane().getStylesheets().add(Assets.stylesheet("app.css"));
        dialog.showAndWait()
                .filter(b -> b == ButtonType.OK)
                .ifPresent(b -> vm.retitle(title.getText(), narration.getText()));
    }
}
