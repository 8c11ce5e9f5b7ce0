package io.conflictexplorer.gui.run.model;

import static java.util.Collections.unmodifiableList;

import io.conflictexplorer.gui.projection.ArrowHead;
import io.conflictexplorer.gui.run.model.RunFrame.Arrow;
import io.conflictexplorer.gui.run.model.RunFrame.AxisTick;
import io.conflictexplorer.gui.run.model.RunFrame.Band;
import io.conflictexplorer.gui.run.model.RunFrame.BandKind;
import io.conflictexplorer.gui.run.model.RunFrame.Box;
import io.conflictexplorer.gui.run.model.RunFrame.Chip;
import io.conflictexplorer.gui.run.model.RunFrame.DivergenceColumn;
import io.conflictexplorer.gui.run.model.RunFrame.Lane;
import io.conflictexplorer.gui.run.model.RunFrame.LaneKind;
import io.conflictexplorer.gui.run.model.RunFrame.Line;
import io.conflictexplorer.gui.run.model.RunFrame.ModeLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out what of a run is in a {@link RunViewport} as a {@link RunFrame}, and finds the chip
 * under the mouse. Only the ticks in view are looked at (found by binary search in the {@link
 * RunTimeline}), so a frame costs what is visible and not what the run holds. Zoomed in (at least
 * {@link RunViewport#DETAIL_PX} pixels per tick) each chip is a box with its key, marks and context
 * arrow; zoomed out, each lane becomes a density strip (how many operations fall on each pixel
 * column) with every LWW loss, conflict and divergence still drawn on top, so none of them
 * disappears at any zoom. Neighbouring columns that look the same are one {@link Band}, so a frame
 * holds at most a few thousand shapes however many chips are in view. Pure: no JavaFX.
 */
public final class RunFrames {

    /** The height of the time axis above the lanes. */
    public static final double AXIS = 22;

    /** The height of a lane. */
    public static final double LANE = 30;

    /** Darkness levels of a density strip: few, so equal neighbours merge into one band. */
    public static final int LEVELS = 8;

    private RunFrames() {}

    /** The height the canvas wants for {@code lanes} lanes. */
    public static double height(int lanes) {
        return AXIS + LANE * lanes + 4;
    }

    /**
     * What of {@code run} is in {@code view} on a canvas {@code height} pixels high, with the chips
     * {@code filter} passes and {@code selected} (or -1) selected.
     */
    public static RunFrame of(RunProjection run, RunViewport view, RunFilter filter, int selected, double height) {
        double w = view.width();
        if (run == null) {
            return RunFrame.empty(w, height);
        }
        RunTimeline t = run.timeline();
        List<Lane> lanes = new ArrayList<>(t.lanes().size());
        for (int l = 0; l < t.lanes().size(); l++) {
            boolean replica = l >= t.clientLanes();
            lanes.add(new Lane(
                    AXIS + l * LANE,
                    LANE,
                    replica ? LaneKind.STORE : l % 2 == 0 ? LaneKind.EVEN : LaneKind.ODD,
                    (replica ? "\u25a4 " : "") + t.lanes().get(l)));
        }
        long fromTick = view.fromTick();
        long toTick = view.toTick();
        int from = t.firstAtOrAfter(fromTick);
        int to = t.firstAtOrAfter(toTick + 1);
        List<ModeLine> modes = new ArrayList<>();
        for (ModeMark m : run.modeMarks()) {
            double x = view.x(m.time() - 0.5);
            if (x >= RunViewport.GUTTER && x < w) {
                modes.add(new ModeLine(x, AXIS, height, m.label()));
            }
        }
        Builder b = new Builder(t, view, filter, selected);
        if (view.detailed()) {
            b.gossip(fromTick, toTick);
            b.chips(from, to);
        } else {
            b.density(from, to);
        }
        return new RunFrame(
                w,
                height,
                List.copyOf(lanes),
                ticks(view),
                unmodifiableList(b.gossip),
                unmodifiableList(b.contextArrows),
                unmodifiableList(b.replicaLinks),
                unmodifiableList(b.chips),
                unmodifiableList(b.bands),
                unmodifiableList(b.divergences),
                unmodifiableList(b.gossipTicks),
                b.selection,
                List.copyOf(modes));
    }

    /** A label every 100 px or so, on a round number of ticks: 1, 2, 5, 10, 20, 50, ... */
    static List<AxisTick> ticks(RunViewport view) {
        long step = 1;
        for (int i = 0; step * view.scale() < 100; i++) {
            step *= i % 3 == 1 ? 5 : 2;
            step = i % 3 == 1 ? step / 2 : step;
        }
        List<AxisTick> out = new ArrayList<>();
        long start = (long) Math.floor(view.first() / step) * step;
        for (long k = start; view.x(k) < view.width(); k += step) {
            out.add(new AxisTick(view.x(k), String.valueOf(k)));
        }
        return out;
    }

    /** The chip nearest to {@code x} on the lane at {@code y} that passes {@code filter}, within reach, or -1. */
    public static int chipAt(RunTimeline t, RunViewport view, RunFilter filter, double x, double y) {
        if (t == null || x < RunViewport.GUTTER || y < AXIS) {
            return -1;
        }
        int lane = (int) ((y - AXIS) / LANE);
        double tick = view.tickAt(x);
        double reach = Math.max(0.5, 8 / view.scale());
        int from = t.firstAtOrAfter((long) Math.floor(tick - reach));
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = from; i < t.size() && t.time(i) <= tick + reach; i++) {
            if (t.lane(i) == lane && t.accepts(filter, i)) {
                double d = Math.abs(t.time(i) - tick);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
        }
        return best;
    }

    /** The time area's contents of one frame, zoomed in or out. */
    private static final class Builder {
        final RunTimeline t;
        final RunViewport view;
        final RunFilter filter;
        final int selected;
        final List<Arrow> gossip = new ArrayList<>();
        final List<Line> contextArrows = new ArrayList<>();
        final List<Line> replicaLinks = new ArrayList<>();
        final List<Chip> chips = new ArrayList<>();
        final List<Band> bands = new ArrayList<>();
        final List<DivergenceColumn> divergences = new ArrayList<>();
        final List<Box> gossipTicks = new ArrayList<>();
        Box selection;

        Builder(RunTimeline t, RunViewport view, RunFilter filter, int selected) {
            this.t = t;
            this.view = view;
            this.filter = filter;
            this.selected = selected;
        }

        double laneMiddle(int lane) {
            return AXIS + lane * LANE + LANE / 2;
        }

        void gossip(long fromTick, long toTick) {
            for (Gossip m : t.gossip()) {
                if (m.deliverTime() < fromTick || m.sendTime() > toTick || m.fromLane() < 0 || m.toLane() < 0) {
                    continue;
                }
                double x0 = view.x(m.sendTime());
                double y0 = laneMiddle(m.fromLane());
                double x1 = view.x(m.deliverTime());
                double y1 = laneMiddle(m.toLane());
                // sides 8 long, 0.4 rad off the line: the shared head's length and spread
                ArrowHead head = ArrowHead.onLine(x0, y0, x1, y1, 8 * Math.cos(0.4), Math.tan(0.4));
                gossip.add(new Arrow(
                        new Line(x0, y0, x1, y1),
                        !m.arrived(),
                        head.leftX(),
                        head.leftY(),
                        head.rightX(),
                        head.rightY()));
            }
        }

        void chips(int from, int to) {
            double cw = Math.min(view.scale() * 0.8, 56);
            double ch = LANE - 10;
            for (int i = from; i < to; i++) {
                int c = t.contextFrom(i);
                if (c >= 0 && t.accepts(filter, i) && t.accepts(filter, c)) {
                    contextArrows.add(new Line(
                            view.x(t.time(c)),
                            laneMiddle(t.lane(c)),
                            view.x(t.time(i)) - cw / 2,
                            laneMiddle(t.lane(i))));
                }
            }
            for (int i = from; i < to; i++) {
                int r = t.replicaLaneOf(i);
                if (r >= 0 && t.accepts(filter, i)) {
                    double x = view.x(t.time(i));
                    replicaLinks.add(new Line(x, AXIS + t.lane(i) * LANE + LANE - 5, x, laneMiddle(r)));
                }
            }
            for (int i = from; i < to; i++) {
                if (!t.accepts(filter, i)) {
                    continue;
                }
                String label = cw < 20 ? "" : cw >= 40 ? (t.isWrite(i) ? "W " : "R ") + t.key(i) : t.key(i);
                chips.add(new Chip(
                        view.x(t.time(i)),
                        AXIS + t.lane(i) * LANE + 5,
                        cw,
                        ch,
                        label,
                        t.isWrite(i),
                        t.has(i, Mark.LOSS),
                        t.has(i, Mark.CONFLICT),
                        t.literalContext(i) && cw >= 20,
                        t.has(i, Mark.DIVERGENCE),
                        i == selected));
            }
        }

        /**
         * One pass over the chips in view fills a count and a set of marks per lane and pixel
         * column; then per lane, three bands: conflicts on top, the density in the middle, LWW
         * losses below; then the divergences over everything.
         */
        void density(int from, int to) {
            double w = view.width();
            double first = view.first();
            double s = view.scale();
            boolean all = filter.isAll();
            int lanes = t.lanes().size();
            int columns = (int) Math.ceil(w - RunViewport.GUTTER) + 1;
            int[] counts = new int[lanes * columns];
            byte[] marked = new byte[lanes * columns];
            int max = 1;
            for (int i = from; i < to; i++) {
                if (!all && !t.accepts(filter, i)) {
                    continue;
                }
                int col = (int) ((t.time(i) - first) * s);
                if (col >= 0 && col < columns) {
                    int k = t.lane(i) * columns + col;
                    max = Math.max(max, ++counts[k]);
                    marked[k] |= t.marks(i);
                }
            }
            for (int l = 0; l < lanes; l++) {
                int base = l * columns;
                double top = AXIS + l * LANE;
                marks(marked, base, columns, Mark.CONFLICT, BandKind.CONFLICT, top + 3, 5);
                strip(counts, base, columns, max, top + 9, LANE - 18);
                marks(marked, base, columns, Mark.LOSS, BandKind.LOSS, top + LANE - 8, 5);
            }
            for (int l = 0; l < lanes; l++) {
                for (int c = 0; c < columns; c++) {
                    if ((marked[l * columns + c] & Mark.DIVERGENCE.bit()) != 0) {
                        divergences.add(new DivergenceColumn(
                                RunViewport.GUTTER + c + 0.5,
                                AXIS,
                                AXIS + lanes * LANE,
                                RunViewport.GUTTER + c - 7,
                                AXIS + l * LANE));
                    }
                }
            }
            // gossip too dense to draw as arrows: a tick on the receiving replica's lane
            for (Gossip m : t.gossip()) {
                double x = view.x(m.deliverTime());
                if (m.toLane() >= 0 && x >= RunViewport.GUTTER && x < w) {
                    gossipTicks.add(new Box(x, AXIS + m.toLane() * LANE + 3, 1, 4));
                }
            }
            if (selected >= from && selected < to) {
                double x = view.x(t.time(selected));
                selection = new Box(x - 4, AXIS + t.lane(selected) * LANE + 1, 8, LANE - 2);
            }
        }

        /** One lane's density: runs of columns at the same level as one band each. */
        void strip(int[] counts, int base, int columns, int max, double y, double h) {
            int c = 0;
            while (c < columns) {
                int n = counts[base + c];
                if (n == 0) {
                    c++;
                    continue;
                }
                int level = level(n, max);
                int end = c + 1;
                while (end < columns && counts[base + end] > 0 && level(counts[base + end], max) == level) {
                    end++;
                }
                bands.add(new Band(BandKind.DENSITY, level, RunViewport.GUTTER + c, y, end - c, h));
                c = end;
            }
        }

        static int level(int count, int max) {
            return Math.min(LEVELS - 1, (int) ((long) count * LEVELS / (max + 1)));
        }

        /** One lane's columns carrying {@code mark}: runs of them as one band each, 2 px at least. */
        void marks(byte[] marked, int base, int columns, Mark mark, BandKind kind, double y, double h) {
            int c = 0;
            while (c < columns) {
                if ((marked[base + c] & mark.bit()) == 0) {
                    c++;
                    continue;
                }
                int end = c + 1;
                while (end < columns && (marked[base + end] & mark.bit()) != 0) {
                    end++;
                }
                bands.add(new Band(kind, 0, RunViewport.GUTTER + c - 1, y, Math.max(2, end - c), h));
                c = end;
            }
        }
    }
}
