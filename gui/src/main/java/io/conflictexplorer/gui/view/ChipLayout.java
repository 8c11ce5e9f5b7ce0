package io.conflictexplorer.gui.view;

import io.conflictexplorer.gui.model.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each chip is drawn: the rule is that two chips of one lane never overlap. A chip is about
 * two ticks wide, so when two operations of a lane are closer than {@link Geometry#pitch()} the
 * column after the earlier one is widened (for every lane, so the axis stays one axis and an
 * earlier tick stays further left everywhere); operations sharing a tick (the editor never makes
 * them, older files may have them) stand side by side in that tick's widened column, in scenario
 * order. A chip then grows into the free room around it, never into its neighbours'.
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

    /** Lays out {@code chips} on {@code base} (whose own stretch is ignored). */
    static ChipLayout of(List<DiagramModel.Chip> chips, Geometry base) {
        Geometry even = base.withStretch(Map.of());
        Map<String, TreeMap<Long, List<String>>> lanes = new LinkedHashMap<>();
        for (DiagramModel.Chip c : chips) {
            lanes.computeIfAbsent(c.client(), k -> new TreeMap<>())
                    .computeIfAbsent(c.time(), k -> new ArrayList<>())
                    .add(c.id());
        }
        double pitch = even.pitch();
        double tick = even.tick();
        Map<Long, Double> stretch = new HashMap<>();
        for (TreeMap<Long, List<String>> lane : lanes.values()) {
            for (Map.Entry<Long, List<String>> e : lane.entrySet()) {
                long t = e.getKey();
                Long next = lane.higherKey(t);
                // room for the chips sharing t side by side, then a pitch to the next chip
                double need = (e.getValue().size() - 1) * pitch + (next == null ? 0 : pitch - (next - t) * tick);
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
                for (int k = 0; k < shared.size(); k++) {
                    ids.add(shared.get(k));
                    xs.add(g.x(t) + k * pitch);
                }
            });
            for (int i = 0; i < ids.size(); i++) {
                double free = tick * 4; // a lone chip has room to spare
                if (i > 0) {
                    free = Math.min(free, xs.get(i) - xs.get(i - 1));
                }
                if (i + 1 < ids.size()) {
                    free = Math.min(free, xs.get(i + 1) - xs.get(i));
                }
                placed.put(ids.get(i), new Placed(xs.get(i), g.chipWidth(free)));
            }
        }
        return new ChipLayout(g, Map.copyOf(placed));
    }

    Placed of(String id) {
        return placed.get(id);
    }
}
