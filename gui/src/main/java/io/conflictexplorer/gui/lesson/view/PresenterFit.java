package io.conflictexplorer.gui.lesson.view;

import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import io.conflictexplorer.gui.lesson.view.diagram.Narrowing;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * How Presenter sizes the window for the class: the screen goes to what the lesson is about, and
 * the text the class reads grows into the room there is.
 *
 * <p>Rule. The floor is the window's height over 43: 18 px on a projector of 800 rows, 25 px at
 * 1080. The header (the title) and the transport (the step) are laid out at the floor; the
 * teacher's controls (the toolbar, the cluster bar) a quarter smaller. The regions the class reads
 * get their own type size each; a region's smallest text (0.9 em) is at the floor when the region is
 * at floor / 0.9:
 * <ol>
 *   <li>The diagram, the narration and the panels at one zoom, as the desk view has them (the
 *       diagram's type {@link WindowFit#DIAGRAM_BOOST} times the panels', the narration's {@link
 *       #NARRATION_BOOST} times), the narration and the panels at least {@link #KEPT} of their floor
 *       (less only where even the story's core does not fit so): the largest zoom, up to the
 *       teacher's, at which everything fits and the step's whole story ({@link
 *       DiagramView#storySpan()}: the step, the lost writes with the writes they lost to, the
 *       siblings, the reads that gave them their context) fits one view of the diagram; where that is
 *       below the diagram's floor, the floor if the story's core ({@link DiagramView#lessonSpan()})
 *       fits there, else the largest zoom at which the core fits. Where the whole story fills the
 *       view (the width holds the type down), the same is sought with the diagram narrower ({@link
 *       Narrowing}): its quiet ticks half a tick, where a tenth of them are quiet; and, where a
 *       tenth of the height is left, its chips' lines of two parts on two lines too; a narrower
 *       diagram is kept when its type is more than 1 % larger.</li>
 *   <li>Arranged beside (the panels in a column at the diagram's right, {@link #COLUMN} of the
 *       width or as wide as their cards need, the narration under the diagram) or stacked (narration
 *       and panels under the diagram, which gets the height of its lanes): the one with the larger
 *       diagram, stacked on a tie.</li>
 *   <li>The narration and the panels grow together into the room left, then each alone, up to half
 *       as large again as their floor.</li>
 *   <li>Where that leaves any region below its floor (on a projector of 800 or 1080 rows, every
 *       preset: the panels' captions and LOST sentences), the lesson comes in two pages instead,
 *       shown in turn ({@code Presentation.Page}, V): the diagram with the narration, and the
 *       narration with the panels side by side, each as wide as what it holds needs; a room's
 *       panels (the node test's) on a third page after them, at the panels' floor or larger where
 *       they fit ({@link RoomPageFit}). On
 *       its own page the diagram is sought as in 1. over the whole height, the narration under it at
 *       its floor; the panels start at their floor, smaller where they do not fit their page (down to
 *       {@link #LOWEST} of it, then the page scrolls), which never shrinks the diagram or the
 *       narration; then the narration and the panels grow into the room both pages leave, and the
 *       narration on the diagram's page alone into the room left there. The two
 *       pages win when their smallest region is nearer its floor; the teacher may keep one page
 *       ({@code Presentation.onePageProperty()}, Shift+V).</li>
 * </ol>
 * In two pages every text the class reads is at the floor or above in every preset (the cart's tick
 * labels at 1080 rows a tenth of a pixel under: its story's core fits no larger zoom); on the
 * results page the narration names the losses its LOST cards explain ({@link
 * NarrationBar#lossesNamedProperty()}). LayoutFitTest logs the smallest text of every preset,
 * LAYOUT-LEAST. A fit during the lesson (a card more) only shrinks
 * what no longer fits, the panels and the narration first, so the type does not jump at every step.
 */
final class PresenterFit {

    /** The window's height over this is the least type size, in pixels. */
    static final double FLOOR_DIVISOR = 43;
    /** The smallest text of a region against the region's size. */
    static final double SMALLEST_EM = 0.9;
    /** The narration and the panels grow up to this many times their floor. */
    static final double GROWTH = 1.5;
    /** The teacher's controls against the floor. */
    static final double CONTROLS = 0.75;
    /** The share of the width the panels' column takes beside the diagram, more when its cards need it. */
    static final double COLUMN = 0.36;
    /** The narration's type against the base type at a zoom (the panels' is the base). */
    static final double NARRATION_BOOST = 1.7;
    /** The share of their floor the narration and the panels keep while the diagram's zoom is sought. */
    static final double KEPT = 0.6;
    /** The least zoom: the lesson's core must fit one view even on a small projector. */
    static final double LOWEST_ZOOM = 0.6;
    /** No region's type shrinks below this share of its floor, whatever does not fit. */
    static final double LOWEST = 0.55;
    /** The shares of their floor the narration and the panels keep, tried in turn, on one page. */
    private static final double[] KEEPS = {KEPT, KEPT * 0.75, 0};

    private static final double DIVIDER = 8;

    /** Where the narration and the panels stand against the diagram. */
    enum Arrangement {
        /** Under the diagram, the panels side by side. */
        STACKED,
        /** The panels in a column at the diagram's right, the narration under the diagram. */
        BESIDE,
        /**
         * In turn with the diagram: one page the diagram and the narration, the other the narration
         * and the panels side by side ({@code Presentation.Page}).
         */
        PAGED
    }

    /** The window the sizes are tried on. */
    interface Room {
        double width();

        double height();

        /** Puts the narration and panels under the diagram, beside it, or on a page of their own. */
        void arrange(Arrangement a);

        Arrangement arrangement();

        /** Lays the window out at {@code sizes} (only what changed). */
        void apply(LayoutSizes sizes);

        /** The chrome's height: toolbar, header, cluster bar, transport. */
        double chrome();

        /** The diagram's lanes' height, with a scroll bar when it is wider than {@code width}. */
        double diagramNeed(double width);

        double narrationNeed(double width);

        /** The panels' height at {@code width} (and, stacked or paged, the narration above them). */
        double resultsNeed(double width);

        /** The least width of the panels' column. */
        double panelsMinWidth();

        /** How many times the story ({@code whole}) or its core exceeds the diagram's view at {@code width}. */
        double storyOverflow(double width, boolean whole);

        /** How wide the diagram is drawn (it may be narrower than its room). */
        double diagramWidth();

        /** True when a tenth of the diagram's ticks or more are quiet, which {@link Narrowing} narrows. */
        boolean quietTicks();

        /** True when a chip of the diagram has a line of two parts, which {@link Narrowing} splits. */
        boolean splits();
    }

    private final Room room;

    PresenterFit(Room room) {
        this.room = room;
    }

    /** The floor for a window {@code height} pixels high. */
    static double floor(double height) {
        return height / FLOOR_DIVISOR;
    }

    /**
     * Chooses the arrangement and the sizes afresh (a new window, view, zoom or scenario), the
     * diagram's zoom at most {@code wish}; leaves the room laid out at them.
     */
    LayoutSizes choose(double wish, boolean pagesAllowed) {
        double f = floor(room.height());
        room.arrange(Arrangement.BESIDE);
        LayoutSizes beside = largestZoom(f, wish, KEEPS);
        room.arrange(Arrangement.STACKED);
        LayoutSizes stacked = largestZoom(f, wish, KEEPS);
        boolean besideWins = beside.diagram() > stacked.diagram() * 1.01;
        Arrangement together = besideWins ? Arrangement.BESIDE : Arrangement.STACKED;
        room.arrange(together);
        LayoutSizes s = grow(f, besideWins ? beside : stacked);
        if (least(s, f) >= 1 || !pagesAllowed) {
            return s;
        }
        // the class's type does not fit at once: the diagram and the results in turn, each page at it
        room.arrange(Arrangement.PAGED);
        LayoutSizes paged = growOnDiagramPage(f, grow(f, pagedSizes(f, wish)));
        if (least(paged, f) > least(s, f)) {
            return paged;
        }
        room.arrange(together);
        room.apply(s);
        return s;
    }

    /**
     * Two pages: the diagram as large as its page allows (its story in one view, the narration under
     * it at its floor), the panels at their floor on theirs, or smaller where they do not fit there,
     * down to {@link #LOWEST} of it, then they scroll. What
     * does not fit the results' page never shrinks the diagram or the narration, which stand on the
     * other.
     */
    private LayoutSizes pagedSizes(double f, double wish) {
        LayoutSizes s = largestZoom(f, wish, new double[] {1});
        if (!resultsFit(s)) {
            LayoutSizes base = s;
            s = s.withPanels(largest(base.panels() * LOWEST, base.panels(), p -> resultsFit(base.withPanels(p))));
        }
        room.apply(s);
        return s;
    }

    /** True when the results' page fits at {@code s} (two pages). */
    private boolean resultsFit(LayoutSizes s) {
        room.apply(s);
        return room.panelsMinWidth() <= room.width() && room.resultsNeed(room.width()) <= room.height() - room.chrome();
    }

    /** True when the diagram's page fits at {@code s} (two pages). */
    private boolean diagramPageFits(LayoutSizes s) {
        room.apply(s);
        return room.diagramNeed(room.width()) + room.narrationNeed(room.width()) <= room.height() - room.chrome();
    }

    /**
     * How near the smallest text the class reads is to the floor at {@code s}: the least of the
     * diagram's, the narration's and the panels' against their floor (1 or more: every one at it).
     */
    static double least(LayoutSizes s, double f) {
        double regionFloor = f / SMALLEST_EM;
        return Math.min(Math.min(s.diagram() / regionFloor, s.panels() / regionFloor), s.narration() / f);
    }

    /**
     * The panels and the narration grow together into the room left at {@code s}, then each alone, up
     * to {@link #GROWTH} times their floor; leaves the room laid out at the result.
     */
    private LayoutSizes grow(double f, LayoutSizes s) {
        room.apply(s);
        LayoutSizes base = s;
        double panelsMost = Math.max(s.panels(), f / SMALLEST_EM * GROWTH);
        double narrationMost = Math.max(s.narration(), f * GROWTH);
        double together = largest(
                1,
                Math.min(panelsMost / s.panels(), narrationMost / s.narration()),
                g -> fits(base.withPanels(base.panels() * g).withNarration(base.narration() * g)));
        s = s.withPanels(s.panels() * together).withNarration(s.narration() * together);
        LayoutSizes grown = s;
        s = s.withPanels(largest(s.panels(), panelsMost, p -> fits(grown.withPanels(p))));
        LayoutSizes withPanels = s;
        // the floor first, where it fits: the search need not come near it by chance
        double narrationLeast = s.narration() < f && fits(withPanels.withNarration(f)) ? f : s.narration();
        s = s.withNarration(largest(narrationLeast, narrationMost, n -> fits(withPanels.withNarration(n))));
        room.apply(s);
        return s;
    }

    /**
     * In two pages, the narration on the diagram's page grows alone into the room that page leaves,
     * up to {@link #GROWTH} times its floor: the results page, whose panels hold it down, keeps the
     * size it grew to with them. Leaves the room laid out at the result.
     */
    private LayoutSizes growOnDiagramPage(double f, LayoutSizes s) {
        LayoutSizes base = s;
        double most = Math.max(s.narration(), f * GROWTH);
        s = s.withDiagramPageNarration(
                largest(s.narration(), most, n -> diagramPageFits(base.withDiagramPageNarration(n))));
        room.apply(s);
        return s;
    }

    /**
     * The regions at zoom {@code z}: the diagram {@link WindowFit#DIAGRAM_BOOST} times the base type,
     * the narration {@link #NARRATION_BOOST} times, the panels once, but these two at least {@code
     * kept} of their floor; the column its share, or as wide as the panels' cards need (up to half the
     * width).
     */
    private LayoutSizes zoomed(double f, double z, double kept, Narrowing narrowing) {
        double w = room.width();
        double base = WindowFit.BASE_FONT * z;
        // on a page of their own the narration and the panels start from their floor, not the diagram's zoom
        // (they grow into their page later), so the narration, on both pages, takes no height the panels need
        boolean tied = room.arrangement() != Arrangement.PAGED;
        LayoutSizes s = new LayoutSizes(
                f,
                Math.max(WindowFit.BASE_FONT, f * CONTROLS),
                base * WindowFit.DIAGRAM_BOOST,
                Math.max(tied ? base * NARRATION_BOOST : 0, f * kept),
                Math.max(tied ? base : 0, f / SMALLEST_EM * kept),
                w * COLUMN,
                narrowing);
        room.apply(s);
        return s.withColumn(Math.floor(Math.min(w / 2, Math.max(w * COLUMN, room.panelsMinWidth()))));
    }

    /**
     * The regions at the largest zoom up to {@code wish} at which everything fits with the step's
     * whole story in one view; where that is below the diagram's floor, the floor, if the story's
     * core fits there; else the largest at which the core fits. The narration and the panels keep
     * {@link #KEPT} of their floor meanwhile (the diagram does not take all their height), or less
     * where even the core does not fit at the least zoom so.
     */
    private LayoutSizes largestZoom(double f, double wish, double[] keeps) {
        LayoutSizes best = largestZoom(f, wish, keeps, Narrowing.NONE);
        if (!widthBinds(best)) {
            return best; // a narrower diagram helps only where the width holds the type down
        }
        if (room.quietTicks()) {
            LayoutSizes quiet = largestZoom(f, wish, keeps, Narrowing.QUIET_TICKS);
            best = quiet.diagram() > best.diagram() * 1.01 ? quiet : best;
        }
        if (room.splits() && heightLeft(best)) { // chips of four lines are narrower, their lanes taller
            LayoutSizes split = largestZoom(f, wish, keeps, Narrowing.QUIET_TICKS_AND_SPLIT_LINES);
            best = split.diagram() > best.diagram() * 1.01 ? split : best;
        }
        room.apply(best);
        return best;
    }

    /** True when the step's whole story fills the diagram's view at {@code s} (to within 3 %). */
    private boolean widthBinds(LayoutSizes s) {
        room.apply(s);
        return room.storyOverflow(view(s), true) > 0.97;
    }

    /**
     * True when a tenth of the height is left at {@code s}, which lanes a line taller can take (a big
     * scenario's eight lanes leave none: it is not searched again).
     */
    private boolean heightLeft(LayoutSizes s) {
        room.apply(s);
        double w = room.width();
        double need = switch (room.arrangement()) {
            case BESIDE -> room.diagramNeed(view(s)) + room.narrationNeed(view(s));
            case STACKED -> room.diagramNeed(w) + DIVIDER + room.resultsNeed(w);
            case PAGED -> room.diagramNeed(w) + room.narrationNeed(w);
        };
        return need < (room.height() - room.chrome()) * 0.9;
    }

    /** The diagram's view's width at {@code s}. */
    private double view(LayoutSizes s) {
        double w = room.width();
        return room.arrangement() == Arrangement.BESIDE ? w - s.column() - DIVIDER : w;
    }

    /** As {@link #largestZoom(double, double, double[])}, the diagram made {@code narrowing} narrower. */
    private LayoutSizes largestZoom(double f, double wish, double[] keeps, Narrowing narrowing) {
        double floorZoom = f / SMALLEST_EM / (WindowFit.BASE_FONT * WindowFit.DIAGRAM_BOOST);
        double lowest = LOWEST_ZOOM;
        double hi = Math.max(lowest, wish);
        double kept = 0;
        for (double k : keeps) {
            kept = k;
            if (overflow(f, lowest, k, false, narrowing) <= 1) {
                break;
            }
        }
        double k = kept;
        double whole = largestZoom(lowest, hi, z -> overflow(f, z, k, true, narrowing));
        double z = whole;
        if (whole < floorZoom) {
            // no higher than the floor: the search tries the floor itself first, not a zoom 3 % near it
            z = Math.max(whole, largestZoom(whole, floorZoom, x -> overflow(f, x, k, false, narrowing)));
        }
        return zoomed(f, z, k, narrowing);
    }

    /**
     * The largest zoom in [lo, hi] at which {@code over} is at most 1 (it grows with the zoom); lo
     * when none. What is needed grows nearly in proportion to the zoom, so each try divides by how
     * much is missing, within the bounds found so far, to within 2 %.
     */
    private static double largestZoom(double lo, double hi, DoubleUnaryOperator over) {
        double o = over.applyAsDouble(hi);
        if (o <= 1) {
            return hi;
        }
        double z = Math.max(lo, hi / o);
        for (int i = 0; i < 4 && hi - lo > lo * 0.03; i++) {
            o = over.applyAsDouble(z);
            if (o <= 1) {
                lo = z;
            } else {
                hi = z;
            }
            double guess = z / o;
            z = guess > lo * 1.005 && guess < hi * 0.995 ? guess : (lo + hi) / 2;
        }
        return lo;
    }

    /**
     * How many times what the regions need at zoom {@code z} exceeds the room (at most 1 when all
     * fits and the story ({@code whole}) or its core fits one view of the diagram).
     */
    private double overflow(double f, double z, double kept, boolean whole, Narrowing narrowing) {
        LayoutSizes s = zoomed(f, z, kept, narrowing);
        room.apply(s);
        double w = room.width();
        double height = room.height() - room.chrome();
        return switch (room.arrangement()) {
            case BESIDE -> {
                double diagram = w - s.column() - DIVIDER;
                yield Math.max(
                        Math.max(room.storyOverflow(diagram, whole), room.panelsMinWidth() / s.column()),
                        Math.max(
                                (room.diagramNeed(diagram) + room.narrationNeed(diagram)) / height,
                                room.resultsNeed(s.column()) / height));
            }
            case STACKED ->
                Math.max(
                        Math.max(room.storyOverflow(w, whole), room.panelsMinWidth() / w),
                        (room.diagramNeed(w) + DIVIDER + room.resultsNeed(w)) / height);
            case PAGED -> // the diagram's page: the results' is sized on its own (pagedSizes)
                Math.max(room.storyOverflow(w, whole), (room.diagramNeed(w) + room.narrationNeed(w)) / height);
        };
    }

    /**
     * The lesson went on (a card more, a lane more): shrinks what no longer fits, the panels and the
     * narration first, then the diagram; grows nothing.
     */
    LayoutSizes refit(LayoutSizes was) {
        if (fits(was)) {
            room.apply(was);
            return was;
        }
        double f = floor(room.height());
        if (room.arrangement() == Arrangement.PAGED) { // each page shrinks what is on it
            LayoutSizes s = was;
            if (!resultsFit(s)) {
                s = s.withPanels(largest(
                        Math.min(s.panels(), LOWEST * f / SMALLEST_EM),
                        s.panels(),
                        p -> resultsFit(was.withPanels(p))));
            }
            if (!diagramPageFits(s) && s.diagramPageNarration() > s.narration()) {
                LayoutSizes base = s; // the narration grown into the diagram's page gives its room back first
                s = s.withDiagramPageNarration(largest(
                        s.narration(),
                        s.diagramPageNarration(),
                        n -> diagramPageFits(base.withDiagramPageNarration(n))));
            }
            if (!diagramPageFits(s)) {
                LayoutSizes base = s;
                s = s.withDiagram(largest(
                        Math.min(s.diagram(), LOWEST * f / SMALLEST_EM),
                        s.diagram(),
                        d -> diagramPageFits(base.withDiagram(d))));
            }
            room.apply(s);
            return s;
        }
        double k = largest(Math.min(1, LOWEST * f / was.narration()), 1, g -> fits(scaled(was, g)));
        LayoutSizes s = scaled(was, k);
        if (!fits(s)) {
            LayoutSizes base = s;
            s = s.withDiagram(largest(
                    Math.min(s.diagram(), LOWEST * f / SMALLEST_EM), s.diagram(), d -> fits(base.withDiagram(d))));
        }
        room.apply(s);
        return s;
    }

    private static LayoutSizes scaled(LayoutSizes s, double g) {
        return s.withPanels(s.panels() * g).withNarration(s.narration() * g);
    }

    /** True when everything fits the window at {@code s} as it is arranged (the column as given). */
    private boolean fits(LayoutSizes s) {
        room.apply(s);
        double height = room.height() - room.chrome();
        double w = room.width();
        return switch (room.arrangement()) {
            case BESIDE -> {
                double diagram = w - s.column() - DIVIDER;
                yield room.panelsMinWidth() <= s.column()
                        && room.resultsNeed(s.column()) <= height
                        && room.diagramNeed(diagram) + room.narrationNeed(diagram) <= height;
            }
            case STACKED -> room.panelsMinWidth() <= w && room.diagramNeed(w) + DIVIDER + room.resultsNeed(w) <= height;
            case PAGED -> diagramPageFits(s) && resultsFit(s);
        };
    }

    /**
     * The largest value in [lo, hi] for which {@code ok} holds (it holds below some value), to within
     * 1 % (type sizes: to within a quarter of a pixel at least); lo when none.
     */
    private static double largest(double lo, double hi, DoublePredicate ok) {
        if (hi <= lo || ok.test(hi)) {
            return Math.max(lo, hi);
        }
        double a = lo;
        double b = hi;
        double within = lo >= WindowFit.BASE_FONT / 2 ? Math.max(0.25, lo * 0.01) : lo * 0.01;
        for (int i = 0; i < 6 && b - a > within; i++) {
            double m = (a + b) / 2;
            if (ok.test(m)) {
                a = m;
            } else {
                b = m;
            }
        }
        return a;
    }
}
