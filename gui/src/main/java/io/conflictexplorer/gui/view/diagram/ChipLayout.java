package io.conflictexplorer.gui.view.diagram;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.Arrays;
import java.util.Collections;
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
 * @param geometry the geometry with the widened columns
 * @param placed   each chip's place, by operation id
 */
public record ChipLayout(Geometry geometry, Map<String, Placed> placed) {

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

    /** Lays out {@code chips} on {@code base} (whose own stretch is ignored), every chip {@link Geometry#chipWidth()} wide. */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base) {
        return of(chips, base, c -> 0);
    }

    /**
     * Lays out {@code chips} on {@code base} (whose own stretch is ignored); {@code textWidth} gives
     * the width, in pixels, that a chip's text needs to show whole (padding and border included),
     * or 0 when it is not measured.
     */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        Geometry even = base.withStretch(Map.of());
        int n = chips.size();
        // each lane's chips by tick, chips sharing a tick in the list's order (a sort of indexes:
        // a layout of 8,000 chips runs at every drag tick and every zoom the fit tries)
        Map<String, Integer> laneOf = new HashMap<>();
        int[] lane = new int[n];
        long[] time = new long[n];
        double[] least = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            DiagramModel.Chip c = chips.get(i);
            lane[i] = laneOf.computeIfAbsent(c.client(), k -> laneOf.size());
            time[i] = c.time();
            double text = Math.ceil(textWidth.applyAsDouble(c));
            least[i] = text > 0 ? text : even.chipWidth();
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> lane[a] != lane[b] ? Integer.compare(lane[a], lane[b]) : Long.compare(time[a], time[b]));
        double gap = even.gap();
        double tick = even.tick();
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
                need += pitch(least, order[end - 1], order[end], gap) - (time[order[end]] - t) * tick;
            }
            if (need > 0) {
                stretch.merge(t, need, Math::max);
            }
            start = end;
        }
        Geometry g = even.withStretch(stretch);
        Map<String, Placed> placed = new HashMap<>(n * 2);
        for (int start = 0; start < n; ) {
            int end = sameTick(order, lane, time, start);
            double x = g.x(time[order[start]]);
            for (int k = start; k < end; k++) {
                if (k > start) {
                    x += pitch(least, order[k - 1], order[k], gap);
                }
                placed.put(chips.get(order[k]).id(), new Placed(x, least[order[k]]));
            }
            start = end;
        }
        return new ChipLayout(g, Collections.unmodifiableMap(placed));
    }

    /** The end of the run of chips from {@code start} (in {@code order}) on one lane and tick. */
    private static int sameTick(Integer[] order, int[] lane, long[] time, int start) {
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

    /** Where operation {@code id}'s chip goes, or null. */
    public Placed of(String id) {
        return placed.get(id);
    }
}
