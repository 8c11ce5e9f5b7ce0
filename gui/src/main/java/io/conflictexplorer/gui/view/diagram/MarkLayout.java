package io.conflictexplorer.gui.view.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the notes on a store or replica lane go ("LWW lost a", "VV 2 siblings"): the rule is that
 * two notes of one lane never overlap. The notes of one event (one write or gossip arrival) stack
 * top to bottom in their given order, starting at the event's x; a later event's stack that would
 * reach into the one before it on the lane moves right, just past it. Stacks never grow beyond the
 * notes of one event (a lane is only so tall), so the room is taken across, not down.
 */
final class MarkLayout {

    private MarkLayout() {}

    /**
     * A note to place.
     *
     * @param lane   the lane it belongs on
     * @param event  the write or arrival it tells about: notes of one event stack
     * @param anchor the x it would start at (its event's)
     * @param width  its width
     * @param height its height
     */
    record Note(String lane, String event, double anchor, double width, double height) {}

    /** Where a note's top-left corner goes: {@code y} is below the lane's top. */
    record Spot(double x, double y) {}

    /** The spots of {@code notes}, in their order; {@code gap} is the least room between two notes. */
    static List<Spot> place(List<Note> notes, double gap) {
        Map<List<String>, List<Integer>> byEvent = new LinkedHashMap<>();
        for (int i = 0; i < notes.size(); i++) {
            Note n = notes.get(i);
            byEvent.computeIfAbsent(List.of(n.lane(), n.event()), k -> new ArrayList<>())
                    .add(i);
        }
        List<List<Integer>> stacks = new ArrayList<>(byEvent.values());
        // left to right on each lane; a stack's anchor is its first note's
        stacks.sort(Comparator.comparingDouble(s -> notes.get(s.get(0)).anchor()));
        Spot[] spots = new Spot[notes.size()];
        Map<String, Double> laneEnd = new LinkedHashMap<>();
        for (List<Integer> stack : stacks) {
            Note first = notes.get(stack.get(0));
            Double end = laneEnd.get(first.lane());
            double x = end == null ? first.anchor() : Math.max(first.anchor(), end + gap);
            double y = 0;
            double right = x;
            for (int i : stack) {
                Note n = notes.get(i);
                spots[i] = new Spot(x, y);
                y += n.height() + gap;
                right = Math.max(right, x + n.width());
            }
            laneEnd.put(first.lane(), right);
        }
        return List.of(spots);
    }
}
