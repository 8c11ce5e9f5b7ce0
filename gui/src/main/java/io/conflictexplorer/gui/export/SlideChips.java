package io.conflictexplorer.gui.export;

import io.conflictexplorer.gui.projection.ChipText;
import io.conflictexplorer.gui.projection.DiagramModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A chip on a slide: how wide it is on its lane and its lines fitted to it, at a size the back of a
 * room reads.
 */
final class SlideChips {

    /** A chip's widest and narrowest box, and its largest and least text size, in pixels of the slide. */
    static final double WIDEST = 360;

    static final double NARROWEST = 40;
    static final double CHIP_LARGEST = 20;
    static final double CHIP_LEAST = 16;

    private SlideChips() {}

    /**
     * Each chip's width, by operation: up to halfway to the chips next to it on its own lane (so
     * chips of a lane never overlap), at most {@link #WIDEST} and at least {@link #NARROWEST}; a
     * chip with no neighbour on one side takes as much on that side as on the other.
     */
    static Map<String, Double> widths(DiagramModel d, TimeRange r, double px) {
        Map<String, List<DiagramModel.Chip>> lanes = new HashMap<>();
        for (DiagramModel.Chip chip : d.chips()) {
            if (r.contains(chip.time())) {
                lanes.computeIfAbsent(chip.client(), k -> new ArrayList<>()).add(chip);
            }
        }
        Map<String, Double> widths = new HashMap<>();
        for (List<DiagramModel.Chip> lane : lanes.values()) {
            lane.sort((a, b) -> Long.compare(a.time(), b.time()));
            for (int i = 0; i < lane.size(); i++) {
                long t = lane.get(i).time();
                double left = i > 0 ? (t - lane.get(i - 1).time()) * px / 2 - 4 : Double.MAX_VALUE;
                double right = i + 1 < lane.size() ? (lane.get(i + 1).time() - t) * px / 2 - 4 : Double.MAX_VALUE;
                double half = Math.min(left, right);
                widths.put(lane.get(i).id(), Math.max(NARROWEST, Math.min(WIDEST, 2 * half)));
            }
        }
        return widths;
    }

    /**
     * A chip's lines as they fit its box.
     *
     * @param titleLines how many of the lines are its title's (drawn bold, at the size; the rest at
     *                   0.9 of it)
     */
    record Fitted(List<String> lines, int titleLines, double size) {}

    /**
     * Chip {@code chip}'s lines, as the window words them ({@link ChipText}), wrapped to a box
     * {@code width} by {@code height}, at the largest size up to {@link #CHIP_LARGEST} at which they
     * fit it, never below {@link #CHIP_LEAST}: what does not fit then ends in "..." (the panels
     * have it whole).
     */
    static Fitted lines(DiagramModel.Chip chip, double width, double height) {
        // the window's words (ChipText), so a slide and the diagram never tell a chip differently
        ChipText text = ChipText.lines(chip, false, false);
        List<String> lines = new ArrayList<>();
        for (String line : List.of(text.title(), text.clock(), text.stamp())) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        double size = CHIP_LARGEST;
        List<String> wrapped = SlideText.wrapAll(lines, width, size);
        while (size > CHIP_LEAST && wrapped.size() * size * 1.15 > height) {
            size = Math.max(CHIP_LEAST, size - 1);
            wrapped = SlideText.wrapAll(lines, width, size);
        }
        int room = Math.max(1, (int) (height / (size * 1.15)));
        if (wrapped.size() > room) {
            wrapped = new ArrayList<>(wrapped.subList(0, room));
            String last = wrapped.get(room - 1);
            wrapped.set(room - 1, last.endsWith("...") ? last : last + "...");
        }
        int titleLines = Math.min(
                wrapped.size(),
                SlideText.wrapAll(lines.subList(0, 1), width, size).size());
        return new Fitted(wrapped, titleLines, size);
    }
}
