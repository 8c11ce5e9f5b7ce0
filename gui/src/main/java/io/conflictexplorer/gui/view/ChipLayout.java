package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * @param geometry the geometry with the widened columns
 * @param placed   each chip's place, by operation id
 */
record ChipLayout(Geometry geometry, Map<String, Placed> placed) {

    /**
     * Where a chip goes.
     *
     * @param x     the x of its centre
     * @param width its width
     */
    record Placed(double x, double width) {

        double left() {
            return x - width / 2;
        }

        double right() {
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
        Map<String, TreeMap<Long, List<String>>> lanes = lanes(chips);
        Map<String, Double> least = widths(chips, even, textWidth);
        double gap = even.gap();
        double tick = even.tick();
        Map<Long, Double> stretch = new HashMap<>();
        for (TreeMap<Long, List<String>> lane : lanes.values()) {
            for (Map.Entry<Long, List<String>> e : lane.entrySet()) {
                long t = e.getKey();
                List<String> here = e.getValue();
                // room for the chips sharing t side by side, then room to the next chip of the lane
                double need = 0;
                for (int k = 1; k < here.size(); k++) {
                    need += pitch(least, here.get(k - 1), here.get(k), gap);
                }
                Map.Entry<Long, List<String>> next = lane.higherEntry(t);
                if (next != null) {
                    need += pitch(
                                    least,
                                    here.get(here.size() - 1),
                                    next.getValue().get(0),
                                    gap)
                            - (next.getKey() - t) * tick;
                }
                if (need > 0) {
                    stretch.merge(t, need, Math::max);
                }
            }
        }
        return place(lanes, even.withStretch(stretch), least);
    }

    /**
     * Lays out {@code chips} on the columns of {@code columns} as they are (nothing widens): where
     * a drag holds them (see the class comment).
     */
    static ChipLayout within(
            List<DiagramModel.Chip> chips, Geometry columns, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        return place(lanes(chips), columns, widths(chips, columns, textWidth));
    }

    /** Each lane's chips by tick, in scenario order. */
    private static Map<String, TreeMap<Long, List<String>>> lanes(List<DiagramModel.Chip> chips) {
        Map<String, TreeMap<Long, List<String>>> lanes = new LinkedHashMap<>();
        for (DiagramModel.Chip c : chips) {
            lanes.computeIfAbsent(c.client(), k -> new TreeMap<>())
                    .computeIfAbsent(c.time(), k -> new ArrayList<>())
                    .add(c.id());
        }
        return lanes;
    }

    /** Each chip's width: its measured text, else an unmeasured chip's. */
    private static Map<String, Double> widths(
            List<DiagramModel.Chip> chips, Geometry g, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        Map<String, Double> least = new HashMap<>();
        for (DiagramModel.Chip c : chips) {
            double text = Math.ceil(textWidth.applyAsDouble(c));
            least.put(c.id(), text > 0 ? text : g.chipWidth());
        }
        return least;
    }

    /** Places each lane's chips on {@code g}'s columns; chips sharing a tick side by side. */
    private static ChipLayout place(
            Map<String, TreeMap<Long, List<String>>> lanes, Geometry g, Map<String, Double> least) {
        double gap = g.gap();
        Map<String, Placed> placed = new HashMap<>();
        for (TreeMap<Long, List<String>> lane : lanes.values()) {
            List<String> ids = new ArrayList<>();
            List<Double> xs = new ArrayList<>();
            lane.forEach((t, shared) -> {
                double x = g.x(t);
                for (int k = 0; k < shared.size(); k++) {
                    if (k > 0) {
                        x += pitch(least, shared.get(k - 1), shared.get(k), gap);
                    }
                    ids.add(shared.get(k));
                    xs.add(x);
                }
            });
            for (int i = 0; i < ids.size(); i++) {
                placed.put(ids.get(i), new Placed(xs.get(i), least.get(ids.get(i))));
            }
        }
        return new ChipLayout(g, Map.copyOf(placed));
    }

    /** The least distance between the centres of neighbours {@code a} and {@code b}. */
    private static double pitch(Map<String, Double> least, String a, String b, double gap) {
        return (least.get(a) + least.get(b)) / 2 + gap;
    }

    Placed of(String id) {
        return placed.get(id);
    }
}
