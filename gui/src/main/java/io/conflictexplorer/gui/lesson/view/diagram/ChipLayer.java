package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * The chips: a {@link ChipNode} for each operation whose chip lies in the window the diagram draws
 * (the visible part and a margin), none for the others. A node stays with its operation while the
 * chip stays in the window (so a dragged chip is the same node under the mouse, and an unchanged
 * chip costs nothing); a node whose chip left the window is taken off the scene and given to the
 * next chip that enters it. A chip dragged or edited is kept wherever it is.
 *
 * <p>Why: a scenario of 8,000 operations made 8,000 chips of four controls each, whose CSS passes
 * and layout took most of the 40 s the window took to open, and most of its memory.
 */
final class ChipLayer {

    /** Nodes kept off the scene for chips that enter the window: about what a screen or two shows. */
    private static final int SPARE = 200;

    private final ExplorerViewModel vm;
    private final EdgeScroll edgeScroll;
    private final DragColumns columns;
    private final Pane pane = new Pane();
    private final Map<String, ChipNode> shown = new HashMap<>();
    private final Deque<ChipNode> spare = new ArrayDeque<>();
    /** The marks rooms put on chips, by operation id ({@link DiagramView#chipMarks()}). */
    private final ObservableMap<String, ChipMark> marks;

    ChipLayer(ExplorerViewModel vm, EdgeScroll edgeScroll, DragColumns columns, ObservableMap<String, ChipMark> marks) {
        this.vm = vm;
        this.edgeScroll = edgeScroll;
        this.columns = columns;
        this.marks = marks;
        pane.setPickOnBounds(false);
        // a mark changed: only the chip it names, when it is drawn, restyles
        marks.addListener((MapChangeListener<String, ChipMark>) change -> {
            ChipNode n = shown.get(change.getKey());
            if (n != null) {
                n.mark(marks.get(change.getKey()));
            }
        });
    }

    Node node() {
        return pane;
    }

    /** Shows the chips of {@code plan} in [{@code from}, {@code to}], and the busy ones. */
    void draw(DiagramPlan plan, double from, double to) {
        Map<String, DiagramModel.Chip> wanted =
                new LinkedHashMap<>(); // in the model's order, as they were added before
        for (DiagramModel.Chip c : plan.chipsIn(from, to)) {
            wanted.put(c.id(), c);
        }
        for (ChipNode n : shown.values()) {
            if (n.busy() && !wanted.containsKey(n.operation())) {
                DiagramModel.Chip c = plan.chip(n.operation());
                if (c != null) {
                    wanted.put(c.id(), c);
                }
            }
        }
        // release first, so the nodes of chips that left can show the chips that came
        List<Node> gone = new ArrayList<>();
        shown.entrySet().removeIf(e -> {
            if (wanted.containsKey(e.getKey())) {
                return false;
            }
            gone.add(e.getValue());
            if (spare.size() < SPARE) {
                spare.push(e.getValue());
            }
            return true;
        });
        // add and remove only what changed: re-adding a node would run CSS for it again
        pane.getChildren().removeAll(gone);
        List<Node> added = new ArrayList<>();
        Geometry g = plan.geometry();
        for (DiagramModel.Chip c : wanted.values()) {
            ChipNode node = shown.get(c.id());
            if (node == null) {
                node = spare.isEmpty() ? new ChipNode(vm, edgeScroll, columns) : spare.pop();
                shown.put(c.id(), node);
                added.add(node);
            }
            node.update(c, g, plan.lane(c.client()), plan.layout().of(c.id()));
            node.mark(marks.get(c.id()));
        }
        pane.getChildren().addAll(added);
    }
}
