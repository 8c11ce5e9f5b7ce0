package io.conflictexplorer.gui.run.view;

import io.conflictexplorer.gui.run.model.RunFrames;
import io.conflictexplorer.gui.run.model.RunProjection;
import io.conflictexplorer.gui.run.model.RunViewModel;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;

/**
 * The space-time diagram of a long run, on one canvas the size of the region: at most once per
 * pulse, it asks the view model for the frame in view ({@link RunViewModel#frame}) and paints it
 * ({@link RunPainter}). The mouse goes to the view model: the wheel scrolls in time, Ctrl+wheel
 * zooms around the mouse, a drag pans, a click picks the chip under the mouse.
 */
public final class RunCanvas extends Region {

    private final RunViewModel vm;
    private final Canvas canvas = new Canvas();
    private final ObjectProperty<RunPalette> palette = new SimpleObjectProperty<>();
    private double pressX;
    private double pressFirst;
    private boolean dragged;
    private boolean drawQueued;

    RunCanvas(RunViewModel vm, RunPalette palette) {
        this.vm = vm;
        this.palette.set(palette);
        getStyleClass().add("run-canvas");
        setId("run-canvas");
        getChildren().add(canvas);
        setMinSize(200, 80);
        for (Observable p : List.of(
                vm.runProperty(), vm.filterProperty(), vm.selectedProperty(), vm.viewportProperty(), this.palette)) {
            p.addListener(o -> requestDraw());
        }
        addEventHandler(ScrollEvent.SCROLL, e -> {
            vm.wheel(e.getDeltaX(), e.getDeltaY(), e.isControlDown(), e.getX());
            e.consume();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressFirst = vm.viewportProperty().get().first();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (Math.abs(e.getX() - pressX) > 3) {
                dragged = true;
            }
            vm.scrollTo(pressFirst
                    - (e.getX() - pressX) / vm.viewportProperty().get().scale());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                vm.pick(e.getX(), e.getY());
            }
        });
    }

    /** The colours it paints with (the theme's). */
    ObjectProperty<RunPalette> paletteProperty() {
        return palette;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(Math.max(1, getHeight()));
        vm.resize(getWidth()); // a fitted run fits the new width
        draw();
    }

    @Override
    protected double computePrefHeight(double width) {
        RunProjection r = vm.getRun();
        return RunFrames.height(r == null ? 4 : r.timeline().lanes().size());
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    /** Redraws once, at the next pulse's layout, however many properties changed before it. */
    private void requestDraw() {
        if (!drawQueued) {
            drawQueued = true;
            requestLayout();
        }
    }

    /** Paints what is in view now. */
    private void draw() {
        drawQueued = false;
        RunPainter.paint(
                canvas.getGraphicsContext2D(),
                vm.frame(canvas.getHeight()),
                palette.get(),
                canvas.getWidth(),
                canvas.getHeight());
    }
}
