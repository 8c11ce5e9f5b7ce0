package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.lesson.view.diagram.Narrowing;

/**
 * How the desk view sizes the window: one zoom for everything, the narration and the panels under
 * the diagram.
 *
 * <p>Rule: the window is laid out at the largest zoom, up to the teacher's, at which every lane of
 * the diagram, the narration and both panels fit without scrolling and the step's story's core
 * ({@link DiagramView#lessonSpan()}) fits one view of the diagram; the diagram then gets the height of
 * its lanes and the panels the rest. Nothing the lesson is about is cut on a small screen: the type
 * shrinks before it is, down to {@link #MIN_SCALE}, below which the panels scroll instead. Nearly every
 * size is in em or scales with the zoom, so the needed size is close to proportional to the zoom:
 * each try divides by how much is missing, and measures again.
 */
final class DeskFit {

    /** Below this the desk becomes hard to read; the panels scroll rather than shrink further. */
    static final double MIN_SCALE = 0.7;

    private static final double DIVIDER = 8;

    private final PresenterFit.Room room;

    DeskFit(PresenterFit.Room room) {
        this.room = room;
    }

    /** Every region at zoom {@code z}: the type of the desk view's 14 px times it. */
    static LayoutSizes at(double z) {
        double px = WindowFit.BASE_FONT * z;
        return new LayoutSizes(px, px, px, px, px, 0, Narrowing.NONE);
    }

    /** Lays the window out at the largest zoom up to {@code hi} at which it fits; returns its sizes. */
    LayoutSizes fit(double hi) {
        room.arrange(PresenterFit.Arrangement.STACKED);
        room.apply(at(hi));
        double over = overflow();
        double lo = MIN_SCALE;
        double z = hi;
        if (over > 1 && hi > lo) {
            // the largest zoom that fits lies in [lo, hi): guess it from the proportion, then narrow down
            z = Math.max(lo, hi / over);
            for (int i = 0; i < 6 && hi - lo > 0.02; i++) {
                room.apply(at(z));
                over = overflow();
                if (over <= 1) {
                    lo = z;
                } else {
                    hi = z;
                }
                double guess = z / over;
                z = guess > lo + 0.005 && guess < hi - 0.005 ? guess : (lo + hi) / 2;
            }
            z = lo;
        }
        LayoutSizes s = at(z);
        room.apply(s);
        return s;
    }

    /** How many times the content's needed size exceeds the window's (at most 1 when all fits). */
    private double overflow() {
        double w = room.width();
        double need = room.chrome() + room.diagramNeed(w) + DIVIDER + room.resultsNeed(w);
        return Math.max(Math.max(need / room.height(), room.panelsMinWidth() / w), room.storyOverflow(w, false));
    }
}
