package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the step in sight: stepping, playing, scrubbing or a reveal scrolls the diagram as little
 * as it takes to show the time cursor and the step's event (a chip, or a gossip arrow from its
 * send to its arrival) right of the pinned lane names; not when the scenario itself changed (an
 * edit, a drag, which scrolls at the edge on its own). A newly opened scenario starts scrolled to
 * its beginning, then as far right as it takes to show the step it opens at. An edit away from the
 * pointer (undo, redo, a key) shows the step's story again. When a drag that moved a chip is
 * released, the moved chip and the chips next to it on its lane are brought into view: the columns
 * laid out again may have pushed the neighbour past the edge.
 */
final class FollowStep {

    private final ExplorerViewModel vm;
    private final DiagramView diagram;
    private final ScrollPane scroll;
    /** The scenario revision of the last diagram shown. */
    private long followed = -1;
    /** The scenario revision when the pointer was pressed. */
    private long pressed = -1;
    /** The selected chip's tick when the pointer was pressed (a drag moves it). */
    private long pressedTick = -1;

    /** @param held true while the pointer holds a gesture ({@link GestureGuard}) */
    FollowStep(ExplorerViewModel vm, DiagramView diagram, ScrollPane scroll, ObservableBooleanValue held) {
        this.vm = vm;
        this.diagram = diagram;
        this.scroll = scroll;
        // a cluster's gossip runs on past the last write: its steps move the cursor too
        // an edit not under the pointer (undo, redo, a key, a menu) may change the story: show it; a
        // drag's previews are left alone until the release
        vm.projected().diagramProperty().addListener((obs, was, now) -> {
            boolean sameScenario = vm.revision() == followed;
            followed = vm.revision();
            boolean stepped = sameScenario && was != null && now != null && was.cursorTime() != now.cursorTime();
            if (stepped || !sameScenario && !held.get()) {
                later();
            }
        });
        // another scenario opens at its beginning, wherever the last one was scrolled to
        vm.document().opened().openedProperty().addListener((obs, was, now) -> {
            scroll.setHvalue(0);
            later();
        });
        // the release of a drag that moved a chip shows that chip and its lane's neighbours; of any
        // other gesture that changed the scenario (a slider, a partition bar), the step and its story
        held.addListener((obs, was, now) -> {
            if (now) {
                pressed = vm.revision();
                pressedTick = tickOf(vm.selection().selectedProperty().get());
            } else if (vm.revision() != pressed) {
                String moved = vm.selection().selectedProperty().get();
                if (moved != null && tickOf(moved) != pressedTick) {
                    Platform.runLater(() -> reveal(diagram.chipSpan(moved)));
                } else {
                    later();
                }
            }
        });
    }

    /** The tick chip {@code id} stands on, or -1. */
    private long tickOf(String id) {
        if (id == null || vm.projected().getDiagram() == null) {
            return -1;
        }
        return vm.projected().getDiagram().chips().stream()
                .filter(c -> c.id().equals(id))
                .mapToLong(c -> c.time())
                .findFirst()
                .orElse(-1);
    }

    /** Brings the step into view once the current events are handled (and laid out). */
    void later() {
        Platform.runLater(this::now);
    }

    /**
     * Scrolls the diagram as little as it takes to show the time cursor and the step's event; when
     * both do not fit with their margins, the margins shrink. The reads that gave the story's writes
     * their context join where they fit ({@link DiagramView#storySpan()}); when the step does not fit
     * at all, the chips the lesson points at win ({@link DiagramView#lessonSpan()}), and of those the
     * cursor's end.
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
        double[] step = diagram.stepSpan();
        double[] story = diagram.storySpan();
        // the step with its whole story where it fits; else the step; else what the panels point at
        double[] span = {Math.min(step[0], story[0]), Math.max(step[1], story[1])};
        if (span[1] - span[0] + names > viewport) {
            span = step;
        }
        if (span[1] - span[0] + names > viewport) {
            span = diagram.lessonSpan(); // the gossip's start gives way to the chips the panels point at
        }
        scrollTo(span, left, range, viewport, names, margin);
    }

    /** Scrolls as little as it takes to show {@code span} (the diagram's x), when there is one. */
    private void reveal(double[] span) {
        scroll.layout();
        double content = diagram.getWidth();
        double viewport = scroll.getViewportBounds().getWidth();
        if (span == null || content <= viewport || viewport <= 0) {
            return;
        }
        double range = content - viewport;
        scrollTo(
                span,
                scroll.getHvalue() * range,
                range,
                viewport,
                diagram.laneNamesWidth(),
                Math.min(viewport * 0.05, 40));
    }

    /**
     * From the left edge {@code left}, scrolls as little as it takes to show {@code span} right of the
     * lane names; when it does not fit with its margins, the margins shrink, then its start gives way.
     */
    private void scrollTo(double[] span, double left, double range, double viewport, double names, double margin) {
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
