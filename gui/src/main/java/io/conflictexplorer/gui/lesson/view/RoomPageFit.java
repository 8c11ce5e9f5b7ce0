package io.conflictexplorer.gui.lesson.view;

import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/**
 * The type of a room's page in Presenter's pages ({@code Presentation.Page.ROOM}): the largest, from
 * the panels' floor up to a most, at which the room's panels fit the page without scrolling; at the
 * floor, scrolling, where they are longer. It fits again when what the panels hold changes height (a
 * node's verdict arriving after its run), once the current events are handled.
 */
final class RoomPageFit {

    private final ScrollPane page;
    private final Region content;
    /** The room's page is in the window (Presenter's pages, a room's panel shown). */
    private boolean on;

    private double least;
    private double most;
    private double width;
    private double height;
    private boolean queued;

    RoomPageFit(ScrollPane page, Region content) {
        this.page = page;
        this.content = content;
        content.heightProperty().addListener((obs, was, now) -> later());
    }

    /**
     * Fits the page {@code width} x {@code height} at a type from {@code least} to {@code most}
     * pixels, or leaves it ({@code on} false: no room's page in the window).
     */
    void fit(boolean on, double least, double most, double width, double height) {
        this.on = on;
        this.least = least;
        this.most = Math.max(least, most);
        this.width = width;
        this.height = height;
        fit();
    }

    private void later() {
        if (on && !queued) {
            queued = true;
            Platform.runLater(() -> {
                queued = false;
                fit();
            });
        }
    }

    private void fit() {
        if (!on || width <= 0 || height <= 0) {
            return;
        }
        double lo = least;
        double hi = most;
        if (fits(hi)) {
            lo = hi;
        } else {
            for (int i = 0; i < 6 && hi - lo > 0.25; i++) {
                double m = (lo + hi) / 2;
                if (fits(m)) {
                    lo = m;
                } else {
                    hi = m;
                }
            }
        }
        TypeGrid.restyle(page, TypeGrid.onGrid(lo, least));
    }

    /** True when the room's panels at {@code px} fit the page without scrolling. */
    private boolean fits(double px) {
        TypeGrid.restyle(page, TypeGrid.onGrid(px, least));
        page.applyCss();
        double insets = page.snappedLeftInset() + page.snappedRightInset();
        return content.prefHeight(width - insets) + page.snappedTopInset() + page.snappedBottomInset() <= height;
    }
}
