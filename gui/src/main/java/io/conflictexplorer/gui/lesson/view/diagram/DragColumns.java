package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseEvent;

/**
 * Holds the diagram's columns still while a chip is dragged, and steers the drag past the chips of
 * its lane.
 *
 * <p>Held: the chips are placed on the columns the drag began on ({@link ChipLayout#within}), so
 * the dragged chip stays under the pointer, whose position maps to ticks on those same columns, and
 * its neighbours stay where they were; a chip next to another no longer widens their column under
 * the pointer, pushing the neighbour out of view and the ticks away from the pointer. The release
 * lays the columns out again (then the chips of a lane never overlap).
 *
 * <p>Steered: the dragged chip does not jump past another chip of its lane while the pointer is
 * still over that chip; it passes it only once the pointer is past the chip's far edge. A
 * projector's chips are wider than a tick, so a tick past the neighbour's is still under it.
 *
 * <p>A release that never reaches the chip (the window laid out anew under the pointer, the grab
 * lost) still ends the hold: any event of the scene with the button up does, and the chip is told
 * ({@code dropped}), so it stops standing under a pointer that left it.
 */
final class DragColumns {

    private final Supplier<ChipLayout> shown;
    private final Supplier<List<DiagramModel.Chip>> chips;
    private final Runnable released;
    private ChipLayout held;
    /** The dragged chip, and the other chips of its lane as the drag found them. */
    private DiagramModel.Chip self;

    private final List<DiagramModel.Chip> lane = new ArrayList<>();
    private Node node;
    private Runnable dropped = () -> {};
    private Scene scene;
    /** Releases the columns when the pointer's release never reached the chip. */
    private final EventHandler<MouseEvent> lostRelease = e -> {
        boolean ownRelease = e.getEventType() == MouseEvent.MOUSE_RELEASED && within(e.getTarget());
        if (!e.isPrimaryButtonDown() && !ownRelease) {
            release();
        }
    };

    /**
     * @param shown    the layout the diagram shows now (every chip's, drawn or not)
     * @param chips    the chips it shows now
     * @param released draws the diagram again (on freshly laid out columns)
     */
    DragColumns(Supplier<ChipLayout> shown, Supplier<List<DiagramModel.Chip>> chips, Runnable released) {
        this.shown = shown;
        this.chips = chips;
        this.released = released;
    }

    /**
     * Chip {@code id}, shown by {@code chipNode}, begins a drag in {@code in}: the columns hold still
     * from now until it ends; {@code whenDropped} runs when it ends, however its release came.
     */
    void hold(Scene in, String id, Node chipNode, Runnable whenDropped) {
        release();
        held = shown.get();
        self = null;
        lane.clear();
        List<DiagramModel.Chip> all = chips.get();
        for (DiagramModel.Chip c : all) {
            if (c.id().equals(id)) {
                self = c;
            }
        }
        for (DiagramModel.Chip c : all) {
            if (self != null && c != self && c.client().equals(self.client())) {
                lane.add(c);
            }
        }
        node = chipNode;
        dropped = whenDropped;
        scene = in;
        if (scene != null) {
            scene.addEventFilter(MouseEvent.ANY, lostRelease);
        }
    }

    /** The drag ended: the chip is told, and the columns are laid out again. */
    void release() {
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.ANY, lostRelease);
            scene = null;
        }
        Runnable drop = dropped;
        dropped = () -> {};
        node = null;
        drop.run();
        if (held != null) {
            held = null;
            self = null;
            lane.clear();
            released.run();
        }
    }

    /** The lanes' density a drag holds (their height stays while it does), or null when none does. */
    Geometry.Density heldDensity() {
        return held == null ? null : held.geometry().density();
    }

    /**
     * The columns to lay the chips out on at {@code base}'s zoom and density while a drag holds
     * them; null when none does (or the zoom changed: the held columns would not fit it).
     */
    Geometry heldColumns(Geometry base) {
        if (held != null
                && held.geometry().zoom() == base.zoom()
                && held.geometry().density() == base.density()) {
            return held.geometry();
        }
        return null;
    }

    /**
     * Where the held chip, dragged with the pointer at {@code pointerX} (the diagram's x), goes when
     * the pointer asks for tick {@code wanted}: there, unless that is past another chip of its lane
     * that the pointer is not past yet; then in front of that chip.
     */
    long steer(long wanted, double pointerX) {
        if (held == null || self == null) {
            return wanted;
        }
        long t = wanted;
        for (DiagramModel.Chip c : lane) {
            ChipLayout.Placed at = held.of(c.id());
            if (at == null) {
                continue;
            }
            if (c.time() > self.time() && t >= c.time() && pointerX < at.right()) {
                t = c.time() - 1; // not over it yet: in front of it
            } else if (c.time() < self.time() && t <= c.time() && pointerX > at.left()) {
                t = c.time() + 1;
            }
        }
        return t;
    }

    /** True when {@code target} is the held chip or inside it. */
    private boolean within(EventTarget target) {
        for (Node n = target instanceof Node t ? t : null; n != null; n = n.getParent()) {
            if (n == node) {
                return true;
            }
        }
        return false;
    }
}
