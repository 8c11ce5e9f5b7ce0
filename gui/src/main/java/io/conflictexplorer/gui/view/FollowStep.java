package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.ExplorerViewModel;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the step in sight: stepping, playing, scrubbing or a reveal scrolls the diagram as little
 * as it takes to show the time cursor and the step's event (a chip, or a gossip arrow from its
 * send to its arrival) right of the pinned lane names; not when the scenario itself changed (an
 * edit, a drag, which scrolls at the edge on its own). A newly opened scenario starts scrolled to
 * its beginning, then as far right as it takes to show the step it opens at.
 */
final class FollowStep {

    private final ExplorerViewModel vm;
    private final DiagramView diagram;
    private final ScrollPane scroll;
    /** The scenario revision of the last diagram shown. */
    private long followed = -1;

    FollowStep(ExplorerViewModel vm, DiagramView diagram, ScrollPane scroll) {
        this.vm = vm;
        this.diagram = diagram;
        this.scroll = scroll;
        // a cluster's gossip runs on past the last write: its steps move the cursor too
        vm.diagramProperty().addListener((obs, was, now) -> {
            boolean sameScenario = vm.revision() == followed;
            followed = vm.revision();
            if (sameScenario && was != null && now != null && was.cursorTime() != now.cursorTime()) {
                later();
            }
        });
        // another scenario opens at its beginning, wherever the last one was scrolled to
        vm.opened().openedProperty().addListener((obs, was, now) -> {
            scroll.setHvalue(0);
            later();
        });
    }

    /** Brings the step into view once the current events are handled (and laid out). */
    void later() {
        Platform.runLater(this::now);
    }

    /**
     * Scrolls the diagram as little as it takes to show the time cursor and the step's event; when
     * both do not fit with their margins, the margins shrink; when they do not fit at all, the chips
     * the lesson points at win ({@link DiagramView#lessonSpan()}), and of those the cursor's end.
     */
    void now() {
        scroll.layout();
        double content = diagram.getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        double range = content - viewport;
        double left = scroll.getHvalue() * range;
        double names = diagram.laneNamesWidth();
        double margin = Math.min(viewport * 0.05, 40);
        double[] span = diagram.stepSpan();
        if (span[1] - span[0] + names > viewport) {
            span = diagram.lessonSpan(); // the gossip's start gives way to the chips the panels point at
        }
        double from = span[0] - names - margin; // the least left edge that shows the span's start
        double to = span[1] + margin - viewport; // the least left edge that shows its end
        double target = left;
        if (left > from) {
            target = from;
        }
        if (target < to) {
            // wider than the view with its margins: the margins give way first, then its start
            target = span[1] - span[0] + names <= viewport ? (span[0] - names + span[1] - viewport) / 2 : to;
        }
        if (target != left) {
            scroll.setHvalue(Math.max(0, Math.min(range, target)) / range);
        }
    }
}
