package io.conflictexplorer.gui.run.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Files dropped onto a window open as one run. Only drags that carry files are accepted, so text
 * or images dragged over the window are refused as before.
 */
public final class RunDrop {

    private RunDrop() {}

    /** Makes files dropped on {@code scene} go to {@code open}, all of one drop together. */
    public static void install(Scene scene, Consumer<List<Path>> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean done = false;
            if (e.getDragboard().hasFiles()) {
                List<Path> files =
                        e.getDragboard().getFiles().stream().map(File::toPath).toList();
                open.accept(files);
                done = !files.isEmpty();
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
