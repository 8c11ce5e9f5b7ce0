package io.conflictexplorer.gui.projection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The chips a step's lesson is about, which the window keeps in view together: what the class must
 * see to follow the step's story.
 *
 * <p>{@link #core()}: the chips at the time cursor's tick (the step), every write lost by then with
 * the write it lost to (its LOST card names both), and the siblings VV keeps then. {@link
 * #context()}: the reads that gave those writes their context (a write carries what its client
 * last read: "which never saw it" is told by that read), when they are not in the core already.
 * The core must fit one view; the context joins it where there is room. A pure function of what the
 * window shows (no JavaFX), so it is tested without a window.
 *
 * @param core    operation ids that must be in view together
 * @param context operation ids that join them where they fit
 */
public record LessonStory(Set<String> core, Set<String> context) {

    public LessonStory {
        core = Set.copyOf(core);
        context = Set.copyOf(context);
    }

    /** The story of the step {@code diagram} shows, with the panels {@code lww} and {@code vv} beside it. */
    public static LessonStory of(DiagramModel diagram, PanelState lww, PanelState vv) {
        Set<String> core = new LinkedHashSet<>();
        if (diagram == null || diagram.cursorTime() < 0) {
            return new LessonStory(core, Set.of());
        }
        for (DiagramModel.Chip c : diagram.chips()) {
            if (c.time() == diagram.cursorTime() || c.lostInLww()) {
                core.add(c.id());
            }
        }
        for (PanelState panel : new PanelState[] {lww, vv}) {
            if (panel == null) {
                continue;
            }
            List<PanelState.KeyState> keys = new ArrayList<>(panel.keys());
            panel.replicas().forEach(r -> keys.addAll(r.keys()));
            List<PanelState.LostCard> lost = new ArrayList<>(panel.lost());
            for (PanelState.KeyState k : keys) {
                lost.addAll(k.lost());
                if (panel == vv && k.values().size() > 1) {
                    k.values().forEach(card -> core.add(card.operation()));
                }
            }
            for (PanelState.LostCard l : lost) {
                core.add(l.operation());
                if (l.by() != null) {
                    core.add(l.by());
                }
            }
        }
        core.remove(null);
        Set<String> context = new LinkedHashSet<>();
        for (DiagramModel.Arrow a : diagram.arrows()) {
            if (core.contains(a.write()) && !core.contains(a.read())) {
                context.add(a.read());
            }
        }
        return new LessonStory(core, context);
    }
}
