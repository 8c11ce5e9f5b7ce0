package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.run.model.Mark;
import io.conflictexplorer.gui.run.model.RunFilter;
import io.conflictexplorer.gui.run.model.RunProjection;
import io.conflictexplorer.gui.run.model.RunTimeline;
import io.conflictexplorer.gui.run.model.RunViewModel;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The run window's toolbar: open a run; previous and next divergence, LWW loss and conflict; a key
 * filter and a clients filter; find by {@code msg_id} or line; zoom out, fit, zoom in; edit as
 * scenario. Each button is a command of the {@link RunViewModel}.
 */
final class RunToolbar extends ToolBar {

    private final RunViewModel vm;
    private final ComboBox<String> key = new ComboBox<>();
    private final MenuButton clients = new MenuButton("Clients");
    private final Button edit = new Button("Edit as scenario");

    /** @param openRun asks for files and opens them (File > Open run...) */
    RunToolbar(RunViewModel vm, Runnable openRun) {
        this.vm = vm;
        setId("run-toolbar");
        Button open = new Button("Open run...");
        open.setId("run-open");
        open.setOnAction(e -> openRun.run());
        edit.setId("run-edit");
        edit.disableProperty().bind(vm.canEditProperty().not());
        edit.setOnAction(e -> vm.editAsScenario());
        key.setId("run-key");
        key.setEditable(true);
        key.setPromptText("all keys");
        key.setPrefWidth(110);
        key.valueProperty().addListener(o -> applyFilter());
        clients.setId("run-clients");
        TextField find = new TextField();
        find.setId("run-find");
        find.setPromptText("msg_id, or line N");
        find.setPrefColumnCount(11);
        find.setTooltip(new Tooltip("Find by msg_id (7) or line number (line 9); Enter finds the next"));
        find.setOnAction(e -> vm.find(find.getText()));
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                find.clear();
            }
        });
        Button zoomOut = new Button("-");
        zoomOut.setId("run-zoom-out");
        zoomOut.setOnAction(e -> vm.zoomOut());
        Button fit = new Button("Fit");
        fit.setId("run-fit");
        fit.setOnAction(e -> vm.fit());
        Button zoomIn = new Button("+");
        zoomIn.setId("run-zoom-in");
        zoomIn.setOnAction(e -> vm.zoomIn());
        getItems().addAll(open, new Separator());
        for (Mark m : Mark.values()) {
            Button prev = new Button("\u25c0");
            prev.setId("run-prev-" + m.name().toLowerCase(Locale.ROOT));
            prev.setTooltip(new Tooltip("Previous " + m.label()));
            prev.setOnAction(e -> vm.previous(m));
            Button next = new Button("\u25b6");
            next.setId("run-next-" + m.name().toLowerCase(Locale.ROOT));
            next.setTooltip(new Tooltip("Next " + m.label()));
            next.setOnAction(e -> vm.next(m));
            getItems().addAll(prev, new Label(m.label()), next);
        }
        getItems().addAll(key, clients, find, new Separator(), zoomOut, fit, zoomIn, edit);
        vm.runProperty().addListener((o, was, now) -> show(now));
        if (vm.getRun() != null) {
            show(vm.getRun());
        }
    }

    /** The filters offer the keys and clients of {@code r}; nothing filtered. */
    private void show(RunProjection r) {
        RunTimeline t = r.timeline();
        key.getItems().setAll(t.keys());
        key.getItems().add(0, "");
        key.setValue("");
        clients.getItems().clear();
        for (int l = 0; l < t.clientLanes(); l++) {
            CheckMenuItem item = new CheckMenuItem(t.lanes().get(l));
            item.setOnAction(e -> applyFilter());
            clients.getItems().add(item);
        }
        edit.setTooltip(new Tooltip(r.editNote()));
    }

    private void applyFilter() {
        Set<String> chosen = new HashSet<>();
        clients.getItems().forEach(i -> {
            if (i instanceof CheckMenuItem c && c.isSelected()) {
                chosen.add(c.getText());
            }
        });
        vm.filterProperty().set(new RunFilter(key.getValue(), chosen));
    }
}
