package io.conflictexplorer.gui.view.diagram;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.util.Duration;

/**
 * Scrolls the diagram sideways while a drag holds the pointer near the left or right edge of what
 * is visible, and tells the drag again after each scroll step, so a chip can be dragged beyond the
 * visible ticks without letting go. The left edge is the inner side of the pinned label column.
 * Without an enclosing scroll pane it does nothing.
 */
final class EdgeScroll {

    /** How near an edge (in pixels) the pointer must be, and how far one step scrolls. */
    private static final double ZONE = 48;

    private static final double STEP = 24;

    private final Timeline timeline = new Timeline(new KeyFrame(Duration.millis(40), e -> step()));
    private ScrollPane scroll;
    private double labelColumn;
    private double sceneX;
    private Runnable again = () -> {};

    EdgeScroll() {
        timeline.setCycleCount(Timeline.INDEFINITE);
    }

    /** The scroll pane the diagram is in, and the width its pinned label column covers. */
    void attach(ScrollPane scroll, double labelColumn) {
        this.scroll = scroll;
        this.labelColumn = labelColumn;
    }

    /** The dragged pointer is at {@code sceneX}; {@code again} repeats the drag after a scroll step. */
    void follow(double sceneX, Runnable again) {
        this.sceneX = sceneX;
        this.again = again;
        if (direction() != 0) {
            if (timeline.getStatus() != Timeline.Status.RUNNING) {
                timeline.play();
            }
        } else {
            timeline.stop();
        }
    }

    void stop() {
        timeline.stop();
        again = () -> {};
    }

    /** -1 near the left edge, 1 near the right edge, 0 elsewhere or when there is nothing to scroll. */
    private int direction() {
        if (scroll == null || scroll.getContent() == null) {
            return 0;
        }
        Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        double left = view.getMinX() + labelColumn;
        double right = view.getMinX() + scroll.getViewportBounds().getWidth();
        if (sceneX < left + ZONE && scroll.getHvalue() > scroll.getHmin()) {
            return -1;
        }
        if (sceneX > right - ZONE && scroll.getHvalue() < scroll.getHmax()) {
            return 1;
        }
        return 0;
    }

    private void step() {
        int d = direction();
        double hidden = scroll == null
                ? 0
                : scroll.getContent().getLayoutBounds().getWidth()
                        - scroll.getViewportBounds().getWidth();
        if (d == 0 || hidden <= 0) {
            timeline.stop();
            return;
        }
        double h = scroll.getHvalue() + d * STEP / hidden * (scroll.getHmax() - scroll.getHmin());
        scroll.setHvalue(Math.max(scroll.getHmin(), Math.min(scroll.getHmax(), h)));
        again.run();
    }
}
