package io.conflictexplorer.gui.lesson.view;

import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A sheet (the keys, the legend) shown over the window itself rather than in a second window: on a
 * projector it is as large as the lesson and in the theme in use, and nothing can hide it behind
 * the main window. Esc or its Close button puts the window back as it was.
 */
final class SheetOverlay {

    private final Scene scene;
    private final Parent main;
    private StackPane holder;
    private EventHandler<KeyEvent> escape;

    SheetOverlay(Scene scene, Parent main) {
        this.scene = scene;
        this.main = main;
    }

    boolean isOpen() {
        return holder != null;
    }

    /** Shows {@code content} under {@code title}; one already open is replaced. */
    void show(String id, String title, Node content) {
        close();
        Label heading = new Label(title);
        heading.getStyleClass().add("sheet-title");
        heading.setWrapText(true);
        Button close = new Button("Close (Esc)");
        close.setId(id + "-close");
        close.setOnAction(e -> close());
        close.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, heading, close);
        HBox.setHgrow(heading, Priority.ALWAYS);
        heading.setMaxWidth(Double.MAX_VALUE);
        top.setAlignment(Pos.CENTER_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("sheet-scroll");
        BorderPane sheet = new BorderPane(scroll, top, null, null, null);
        sheet.setId(id);
        sheet.getStyleClass().add("sheet");
        sheet.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        sheet.setPrefWidth(Math.min(860, scene.getWidth() - 40));
        sheet.setPrefHeight(Math.min(720, scene.getHeight() - 40));
        StackPane backdrop = new StackPane(sheet);
        backdrop.getStyleClass().add("sheet-backdrop");
        holder = new StackPane();
        scene.setRoot(holder);
        holder.getChildren().addAll(main, backdrop);
        escape = e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
    }

    void close() {
        if (holder == null) {
            return;
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        holder.getChildren().clear();
        holder = null;
        scene.setRoot(main);
    }
}
