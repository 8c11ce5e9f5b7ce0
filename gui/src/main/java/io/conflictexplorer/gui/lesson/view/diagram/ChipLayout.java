package io.conflictexplorer.gui.lesson.view.diagram;

import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Where each chip is drawn: the rule is that two chips of one lane never overlap, and a chip is
 * exactly as wide as its text (padding and border included), as {@code textWidth} measures it; only
 * without a measurement (a test, no window) is it {@link Geometry#chipWidth()} wide. A chip never
 * grows into free room: a wider box than its text hides the ticks next to it, and on a projector
 * (large ticks) it took 2.5 times its text and pushed the step's lost write off screen. When two
 * chips of a lane stand closer than half their widths plus a gap, the column after the earlier one
 * is widened (for every lane, so the axis stays one axis and an earlier tick stays further left
 * everywhere); operations sharing a tick (the editor never makes them, older files may have them)
 * stand side by side in that tick's widened column, in scenario order.
 *
 * <p>While a chip is dragged the columns hold still ({@link #within}): the chips are placed on the
 * columns the drag began on, so the dragged chip stays under the pointer and its neighbours where
 * they were (it may overlap one while it is held); the release lays the columns out again.
 *
 * <p>A layout of 8,000 chips is made at every drag tick and at each zoom the window's fit tries, so
 * it works on arrays by the chips' positions in the model, and finds the chips in a stretch of x
 * ({@link #chipsIn}) lane by lane, where they stand left to right.
 */
public final class ChipLayout {

    /**
     * Where a chip goes.
     *
     * @param x     the x of its centre
     * @param width its width
     */
    public record Placed(double x, double width) {

        public double left() {
            return x - width / 2;
        }

        public double right() {
            return x + width / 2;
        }
    }

    private final Geometry geometry;
    private final Map<String, Integer> index;
    /** Each chip's centre and width, by its position in the model. */
    private final double[] x;

    private final double[] width;
    /** The chips' positions by lane, then left to right; where each lane's run starts. */
    private final int[] order;

    private final int[] laneStart;

    private ChipLayout(
            Geometry geometry, Map<String, Integer> index, double[] x, double[] width, int[] order, int[] laneStart) {
        this.geometry = geometry;
        this.index = index;
        this.x = x;
        this.width = width;
        this.order = order;
        this.laneStart = laneStart;
    }

    /** The geometry with the widened columns. */
    public Geometry geometry() {
        return geometry;
    }

    /** Where operation {@code id}'s chip goes, or null. */
    public Placed of(String id) {
        Integer i = index.get(id);
        return i == null ? null : new Placed(x[i], width[i]);
    }

    /** The left edge of operation {@code id}'s chip, or NaN when it has none. */
    double left(String id) {
        Integer i = index.get(id);
        return i == null ? Double.NaN : x[i] - width[i] / 2;
    }

    /** The right edge of the rightmost chip, or negative infinity when there is none. */
    double right() {
        double right = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            right = Math.max(right, x[i] + width[i] / 2);
        }
        return right;
    }

    /** The position in the model of operation {@code id}'s chip, or -1. */
    int indexOf(String id) {
        return index.getOrDefault(id, -1);
    }

    /** True when the chips were {@code widths} wide, so a new layout would be this one. */
    boolean hasWidths(double[] widths) {
        return Arrays.equals(width, widths);
    }

    /** The positions in the model of the chips that reach into [{@code from}, {@code to}], in order. */
    int[] chipsIn(double from, double to) {
        List<Integer> found = new ArrayList<>();
        for (int lane = 0; lane + 1 < laneStart.length; lane++) {
            // the first chip of the lane whose right edge reaches from: right edges grow along a lane
            int lo = laneStart[lane];
            int hi = laneStart[lane + 1];
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (x[order[mid]] + width[order[mid]] / 2 < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int k = lo; k < laneStart[lane + 1] && x[order[k]] - width[order[k]] / 2 <= to; k++) {
                found.add(order[k]);
            }
        }
        int[] out = found.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(out);
        return out;
    }

    /** Lays out {@code chips} on {@code base}, every chip {@link Geometry#chipWidth()} wide. */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base) {
        return of(chips, base, c -> 0);
    }

    /**
     * Lays out {@code chips} on {@code base}'s columns; {@code textWidth} gives
     * the width, in pixels, that a chip's text needs to show whole (padding and border included),
     * or 0 when it is not measured.
     */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        return of(chips, base, widths(chips, base, textWidth));
    }

    /** The chips' widths as a layout on {@code base} makes them: measured, else {@link Geometry#chipWidth()}. */
    static double[] widths(
            List<DiagramModel.Chip> chips, Geometry base, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        double[] least = new double[chips.size()];
        for (int i = 0; i < least.length; i++) {
            double text = Math.ceil(textWidth.applyAsDouble(chips.get(i)));
            least[i] = text > 0 ? text : base.chipWidth();
        }
        return least;
    }

    /**
     * Lays out {@code chips}, each as wide as {@code least} says, on {@code base}: its columns as it
     * has them (Presenter's quiet ticks narrower, {@link IdleTicks}), widened where chips need it.
     */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base, double[] least) {
        Lanes lanes = Lanes.of(chips);
        Map<Long, Double> columns = new HashMap<>(base.stretch());
        lanes.stretch(base, least).forEach((t, extra) -> columns.merge(t, extra, Double::sum));
        ChipLayout laid = lanes.place(base.withStretch(columns), least);
        // a wide chip near t=0 on narrow ticks would stand under the lane names: the axis starts later
        double under = base.left() + base.gap() - laid.leftmost();
        if (under > 0) {
            columns.merge(-1L, under, Double::sum);
            laid = lanes.place(base.withStretch(columns), least);
        }
        return laid;
    }

    /** The left edge of the leftmost chip (the geometry's left when there is none). */
    private double leftmost() {
        double least = geometry.left() + geometry.gap();
        for (int i = 0; i < x.length; i++) {
            least = Math.min(least, x[i] - width[i] / 2);
        }
        return least;
    }

    /**
     * Lays out {@code chips}, each as wide as {@code least} says, on the columns of {@code columns}
     * as they are (nothing widens): where a drag holds them (see the class comment).
     */
    static ChipLayout within(List<DiagramModel.Chip> chips, Geometry columns, double[] least) {
        return Lanes.of(chips).place(columns, least);
    }

    /**
     * The chips by lane, then tick: each lane's chips sharing a tick in the list's order.
     *
     * @param index     each chip's position in the model, by operation id
     * @param lane      each chip's lane, by position
     * @param time      each chip's tick, by position
     * @param order     the positions by lane, then left to right
     * @param laneStart where each lane's run starts in {@code order}
     */
    private record Lanes(Map<String, Integer> index, int[] lane, long[] time, int[] order, int[] laneStart) {

        static Lanes of(List<DiagramModel.Chip> chips) {
            int n = chips.size();
            Map<String, Integer> laneOf = new HashMap<>();
            Map<String, Integer> index = new HashMap<>(n * 2);
            int[] lane = new int[n];
            long[] time = new long[n];
            for (int i = 0; i < n; i++) {
                DiagramModel.Chip c = chips.get(i);
                lane[i] = laneOf.computeIfAbsent(c.client(), k -> laneOf.size());
                time[i] = c.time();
                index.put(c.id(), i);
            }
            int[] order = sorted(lane, time);
            int[] laneStart = new int[laneOf.size() + 1];
            int l = 0;
            for (int k = 0; k < n; k++) {
                while (l < lane[order[k]]) {
                    laneStart[++l] = k;
                }
            }
            while (l < laneOf.size()) {
                laneStart[++l] = n;
            }
            return new Lanes(index, lane, time, order, laneStart);
        }

        /** The extra pixels each tick's column needs on {@code even}'s columns for chips {@code least} wide. */
        Map<Long, Double> stretch(Geometry even, double[] least) {
            int n = order.length;
            double gap = even.gap();
            Map<Long, Double> stretch = new HashMap<>();
            for (int start = 0; start < n; ) {
                int end = sameTick(order, lane, time, start);
                long t = time[order[start]];
                // room for the chips sharing t side by side, then room to the next chip of the lane
                double need = 0;
                for (int k = start + 1; k < end; k++) {
                    need += pitch(least, order[k - 1], order[k], gap);
                }
                if (end < n && lane[order[end]] == lane[order[start]]) {
                    need += pitch(least, order[end - 1], order[end], gap) - (even.x(time[order[end]]) - even.x(t));
                }
                if (need > 0) {
                    stretch.merge(t, need, Math::max);
                }
                start = end;
            }
            return stretch;
        }

        /** Places the chips on {@code g}'s columns; chips sharing a tick side by side. */
        ChipLayout place(Geometry g, double[] least) {
            int n = order.length;
            double gap = g.gap();
            double[] x = new double[n];
            for (int start = 0; start < n; ) {
                int end = sameTick(order, lane, time, start);
                double at = g.x(time[order[start]]);
                for (int k = start; k < end; k++) {
                    if (k > start) {
                        at += pitch(least, order[k - 1], order[k], gap);
                    }
                    x[order[k]] = at;
                }
                start = end;
            }
            return new ChipLayout(g, index, x, least.clone(), order, laneStart);
        }
    }

    /**
     * The positions 0..n-1 ordered by lane, then time, then position (a stable order): packed into
     * longs and sorted as numbers when they fit, which is always but for absurd times.
     */
    private static int[] sorted(int[] lane, long[] time) {
        int n = lane.length;
        int[] order = new int[n];
        boolean packs = n < 1 << 21;
        for (int i = 0; i < n && packs; i++) {
            packs = lane[i] < 1 << 10 && time[i] >= 0 && time[i] < 1L << 32;
        }
        if (packs) {
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (long) lane[i] << 53 | time[i] << 21 | i;
            }
            Arrays.sort(keys);
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] & ((1 << 21) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        Arrays.sort(
                boxed,
                (a, b) -> lane[a] != lane[b] ? Integer.compare(lane[a], lane[b]) : Long.compare(time[a], time[b]));
        for (int k = 0; k < n; k++) {
            order[k] = boxed[k];
        }
        return order;
    }

    /** The end of the run of chips from {@code start} (in {@code order}) on one lane and tick. */
    private static int sameTick(int[] order, int[] lane, long[] time, int start) {
        int end = start + 1;
        while (end < order.length && lane[order[end]] == lane[order[start]] && time[order[end]] == time[order[start]]) {
            end++;
        }
        return end;
    }

    /** The least distance between the centres of neighbours {@code a} and {@code b}. */
    private static double pitch(double[] least, int a, int b, double gap) {
        return (least[a] + least[b]) / 2 + gap;
    }
}
