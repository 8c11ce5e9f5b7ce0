package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import io.conflictexplorer.gui.model.ExplorerViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * One operation on its lane. Pressing and moving drags it along the lane (snapped to ticks), a
 * click selects it, a double click edits it in place. Every gesture ends in a view-model call.
 */
final class ChipNode extends VBox {

    private final ExplorerViewModel vm;
    private final Label title = new Label();
    private final Label clock = new Label();
    private final Label stamp = new Label();
    private final Label replicaTag = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final CheckMenuItem blindItem = new CheckMenuItem("Blind write (send no context)");
    private final MenuItem editItem = new MenuItem("Edit in place");
    private DiagramModel.Chip chip;
    private Geometry geometry;
    private int shownLane = -1;
    private long shownTicksFree = -1;
    private double pressX;
    private long pressTime;
    private boolean dragging;
    private TextField editor;
    private ContextMenu menu;
    private final MenuItem deleteItem;

    ChipNode(ExplorerViewModel vm, String id) {
        this.vm = vm;
        setId("chip-" + id);
        getStyleClass().add("chip");
        title.getStyleClass().add("chip-title");
        clock.getStyleClass().add("chip-clock");
        stamp.getStyleClass().add("chip-stamp");
        replicaTag.getStyleClass().add("chip-replica");
        title.setWrapText(true);
        clock.setWrapText(true);
        getChildren().addAll(title, clock, stamp);
        Tooltip.install(this, tooltip);

        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> vm.deleteOperation(chip.id()));
        editItem.setOnAction(e -> startEditing());
        blindItem.setOnAction(e -> vm.setBlind(chip.id(), blindItem.isSelected()));
        this.deleteItem = delete;
        setOnContextMenuRequested(e -> {
            showMenu(e.getScreenX(), e.getScreenY());
            e.consume();
        });

        setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            pressX = e.getSceneX();
            pressTime = chip.time();
            dragging = false;
            e.consume();
        });
        setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            double dx = e.getSceneX() - pressX;
            if (!dragging && Math.abs(dx) >= 4) {
                dragging = true;
                vm.beginDrag(chip.id());
            }
            if (dragging) {
                vm.dragTo(pressTime + Math.round(dx / geometry.tick()));
            }
            e.consume();
        });
        setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY || editor != null) {
                return;
            }
            if (dragging) {
                dragging = false;
                vm.endDrag();
            }
            e.consume();
        });
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.SECONDARY) { // Monocle sends no context-menu event
                showMenu(e.getScreenX(), e.getScreenY());
                e.consume();
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || editor != null) {
                return;
            }
            if (e.getClickCount() >= 2) {
                startEditing();
            } else {
                vm.select(chip.id().equals(vm.selectedProperty().get()) ? null : chip.id());
            }
            e.consume();
        });
    }

    private void showMenu(double screenX, double screenY) {
        vm.select(chip.id());
        if (menu == null) { // made on first use: a big scenario has hundreds of chips
            menu = new ContextMenu();
        }
        List<MenuItem> items = new ArrayList<>(List.of(editItem, blindItem));
        List<String> replicas = vm.replicaIds();
        if (!replicas.isEmpty()) {
            items.add(new SeparatorMenuItem());
            for (String r : replicas) {
                MenuItem send = new MenuItem("Send to " + r);
                send.setDisable(r.equals(chip.replica()));
                send.setOnAction(e -> vm.sendTo(chip.id(), r));
                items.add(send);
            }
        }
        items.add(new SeparatorMenuItem());
        items.add(deleteItem);
        menu.getItems().setAll(items);
        menu.show(this, screenX, screenY);
    }

    /** Lays the chip out for {@code c}; does nothing when nothing it shows changed (most chips, during a drag). */
    void update(DiagramModel.Chip c, Geometry g, int lane, long ticksFree) {
        if (c.equals(chip) && g.equals(geometry) && lane == shownLane && ticksFree == shownTicksFree) {
            return;
        }
        this.chip = c;
        this.geometry = g;
        this.shownLane = lane;
        this.shownTicksFree = ticksFree;
        String clockText;
        String stampText;
        String detail;
        if (c.outcome() instanceof DiagramModel.Outcome.Written w) {
            title.setText("write " + c.key() + "=" + w.value());
            clockText = w.clock().toString();
            stampText = "t=" + w.lwwTimestamp();
            stamp.setText(stampText + (c.blind() ? "  blind" : c.noContext() ? "  no context" : ""));
            detail = "VV clock " + clockText + ", LWW timestamp " + w.lwwTimestamp();
        } else {
            DiagramModel.Outcome.ReadBack r = (DiagramModel.Outcome.ReadBack) c.outcome();
            title.setText("read " + c.key());
            clockText = r.got().isEmpty() ? "got nothing" : "got " + String.join(" | ", r.got());
            stampText = r.context().isEmpty() ? "" : "ctx " + r.context();
            stamp.setText(stampText);
            detail = clockText + " " + stampText;
        }
        title.setWrapText(!g.compact()); // a cluster's lower lanes leave room for one title line
        clock.setText(clockText);
        if (c.replica() != null) {
            replicaTag.setText("\u2192 " + c.replica()); // the replica it is sent to
            stamp.setGraphic(replicaTag);
        } else {
            stamp.setGraphic(null);
        }
        stamp.setManaged(!stamp.getText().isEmpty() || c.replica() != null);
        blindItem.setSelected(c.blind());
        blindItem.setVisible(c.write());
        editItem.setText(c.write() ? "Edit key and value" : "Edit key");
        tooltip.setText(
                c.id() + " by " + c.client() + " at t=" + c.time() + (c.replica() != null ? " on " + c.replica() : "")
                        + "\n" + detail
                        + (c.lostInLww() ? "\nLOST under LWW" : "")
                        + "\nDrag to move it in time; double-click to edit.");

        List<String> classes = new ArrayList<>(List.of("chip", c.write() ? "chip-write" : "chip-read"));
        if (c.blind()) {
            classes.add("chip-blind");
        } else if (c.noContext()) {
            classes.add("chip-no-context");
        }
        if (!c.applied()) {
            classes.add("chip-pending");
        }
        if (c.lostInLww()) {
            classes.add("chip-lost");
        }
        if (c.role() != DiagramModel.Role.NONE) {
            classes.add("role-" + c.role().name().toLowerCase(Locale.ROOT));
        }
        if (!getStyleClass().equals(classes)) {
            getStyleClass().setAll(classes); // only then does CSS run again for this chip
        }
        double w = g.chipWidth(ticksFree);
        setPrefWidth(w);
        setMinWidth(w);
        setMaxWidth(w);
        // a fixed height: a content-sized VBox loses the second line of a wrapped title
        setPrefHeight(g.chipHeight());
        setMinHeight(g.chipHeight());
        setMaxHeight(g.chipHeight());
        relocate(g.x(c.time()) - w / 2, g.laneTop(lane) + g.arcRoom());
    }

    private void startEditing() {
        if (editor != null) {
            return;
        }
        editor = new TextField(chip.write() ? chip.key() + "=" + chip.value() : chip.key());
        editor.setId("chip-editor");
        editor.getStyleClass().add("chip-editor");
        getChildren().set(0, editor);
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                String text = editor.getText();
                stopEditing();
                if (chip.write()) {
                    vm.editWrite(chip.id(), text);
                } else {
                    vm.editReadKey(chip.id(), text);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                stopEditing();
                e.consume();
            }
        });
        editor.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                stopEditing();
            }
        });
        editor.requestFocus();
        editor.selectAll();
    }

    private void stopEditing() {
        if (editor != null) {
            editor = null;
            getChildren().set(0, title);
        }
    }
}
