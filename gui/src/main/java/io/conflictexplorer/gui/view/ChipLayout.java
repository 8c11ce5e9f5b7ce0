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
 * Where each chip is drawn: the rule is that two chips of one lane never overlap, and a chip is at
 * least as wide as its text. A chip's least width is the larger of {@link Geometry#chipWidth()}
 * and its text's measured width; when two chips of a lane stand closer than half their least
 * widths plus a gap, the column after the earlier one is widened (for every lane, so the axis stays
 * one axis and an earlier tick stays further left everywhere); operations sharing a tick (the
 * editor never makes them, older files may have them) stand side by side in that tick's widened
 * column, in scenario order. A chip then grows into the free room around it, never into its
 * neighbours': each pair of neighbours shares the room between them, neither below its least width.
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

    /** Lays out {@code chips} on {@code base} (whose own stretch is ignored), every text fitting the even width. */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base) {
        return of(chips, base, c -> 0);
    }

    /**
     * Lays out {@code chips} on {@code base} (whose own stretch is ignored); {@code textWidth} gives
     * the width, in pixels, that a chip's text needs to show whole (padding and border included).
     */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base, ToDoubleFunction<DiagramModel.Chip> textWidth) {
        Geometry even = base.withStretch(Map.of());
        Map<String, TreeMap<Long, List<String>>> lanes = new LinkedHashMap<>();
        Map<String, Double> least = new HashMap<>();
        for (DiagramModel.Chip c : chips) {
            lanes.computeIfAbsent(c.client(), k -> new TreeMap<>())
                    .computeIfAbsent(c.time(), k -> new ArrayList<>())
                    .add(c.id());
            least.put(c.id(), Math.max(even.chipWidth(), Math.ceil(textWidth.applyAsDouble(c))));
        }
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
        Geometry g = even.withStretch(stretch);
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
                double own = least.get(ids.get(i));
                double half = Math.max(own / 2, tick * 1.3); // a lone chip may grow to 2.6 ticks
                if (i > 0) {
                    half = Math.min(half, share(own, least.get(ids.get(i - 1)), xs.get(i) - xs.get(i - 1), gap));
                }
                if (i + 1 < ids.size()) {
                    half = Math.min(half, share(own, least.get(ids.get(i + 1)), xs.get(i + 1) - xs.get(i), gap));
                }
                placed.put(ids.get(i), new Placed(xs.get(i), Math.max(own, 2 * half)));
            }
        }
        return new ChipLayout(g, Map.copyOf(placed));
    }

    /** The least distance between the centres of neighbours {@code a} and {@code b}. */
    private static double pitch(Map<String, Double> least, String a, String b, double gap) {
        return (least.get(a) + least.get(b)) / 2 + gap;
    }

    /**
     * The half width a chip of least width {@code own} may take towards a neighbour of least width
     * {@code other} whose centre is {@code distance} away: half the room between them, less when
     * the neighbour needs more than its half, never below its own least half.
     */
    private static double share(double own, double other, double distance, double gap) {
        double room = distance - gap;
        return Math.max(own / 2, Math.min(room / 2, room - other / 2));
    }

    Placed of(String id) {
        return placed.get(id);
    }
}
