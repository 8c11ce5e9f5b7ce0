package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.event.EventHandler;
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
 */
final class DragColumns {

    private final Supplier<ChipLayout> shown;
    private final Supplier<List<DiagramModel.Chip>> chips;
    private final Runnable released;
    private ChipLayout held;
    private List<DiagramModel.Chip> heldChips;
    private Scene scene;
    /** Releases the columns when the pointer's release never reached the chip. */
    private final EventHandler<MouseEvent> lostRelease = e -> {
        if (e.getEventType() == MouseEvent.MOUSE_RELEASED || !e.isPrimaryButtonDown()) {
            release();
        }
    };

    /**
     * @param shown    the layout the diagram shows now
     * @param chips    the chips it shows now
     * @param released draws the diagram again (on freshly laid out columns)
     */
    DragColumns(Supplier<ChipLayout> shown, Supplier<List<DiagramModel.Chip>> chips, Runnable released) {
        this.shown = shown;
        this.chips = chips;
        this.released = released;
    }

    /** A chip drag begins in {@code scene}: the columns hold still from now until it ends. */
    void hold(Scene in) {
        release();
        held = shown.get();
        heldChips = chips.get();
        scene = in;
        if (scene != null) {
            scene.addEventFilter(MouseEvent.ANY, lostRelease);
        }
    }

    /** The drag ended: the columns are laid out again. */
    void release() {
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.ANY, lostRelease);
            scene = null;
        }
        if (held != null) {
            held = null;
            heldChips = null;
            released.run();
        }
    }

    /** The layout of {@code chips} on {@code base}'s zoom: on the held columns while a drag holds them. */
    ChipLayout layout(List<DiagramModel.Chip> chips, Geometry base, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        if (held != null
                && held.geometry().zoom() == base.zoom()
                && held.geometry().density() == base.density()) {
            return ChipLayout.within(chips, held.geometry(), textWidth);
        }
        return ChipLayout.of(chips, base, textWidth);
    }

    /**
     * Where chip {@code id}, dragged with the pointer at {@code pointerX} (the diagram's x), goes
     * when the pointer asks for tick {@code wanted}: there, unless that is past another chip of its
     * lane that the pointer is not past yet; then in front of that chip.
     */
    long steer(String id, long wanted, double pointerX) {
        if (held == null) {
            return wanted;
        }
        DiagramModel.Chip self = null;
        for (DiagramModel.Chip c : heldChips) {
            if (c.id().equals(id)) {
                self = c;
            }
        }
        if (self == null) {
            return wanted;
        }
        long t = wanted;
        for (DiagramModel.Chip c : heldChips) {
            ChipLayout.Placed at = held.of(c.id());
            if (c == self || !c.client().equals(self.client()) || at == null) {
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
}
