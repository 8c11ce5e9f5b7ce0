package io.conflictexplorer.gui.lesson.view;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.gui.lesson.view.diagram.DiagramView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The legend names every mark the diagram draws (each gossip arrow class, the chip states, the
 * replica tag, ctx, the two meanings of t, the read-from arrow), and its explainer defines the
 * words a teacher uses for clocks.
 */
class LegendTest {

    private static final Set<String> CLASSES =
            Legend.ENTRIES.stream().flatMap(e -> e.classes().stream()).collect(Collectors.toSet());

    private static final List<String> SAMPLES =
            Legend.ENTRIES.stream().map(Legend.Entry::sample).toList();

    @Test
    void everyArrowAndChipClassOfTheDiagramIsExplained() {
        for (String c : List.of(
                "gossip-quiet",
                "gossip-changed",
                "gossip-loss",
                "gossip-vv-loss",
                "gossip-lost",
                "context-arrow",
                "time-cursor",
                Legend.READ_FROM,
                "chip-blind",
                "chip-no-context",
                "chip-pending",
                "chip-lost",
                "chip-replica",
                "role-selected",
                "role-past",
                "role-future",
                "role-concurrent")) {
            assertTrue(CLASSES.contains(c), "the legend lacks " + c);
        }
    }

    @Test
    void theWordsOnChipsAndBothMeaningsOfTAreExplained() {
        assertTrue(SAMPLES.stream().anyMatch(s -> s.startsWith("ctx ")));
        assertTrue(SAMPLES.stream().anyMatch(s -> s.startsWith("t=")), "t= on the axis");
        assertTrue(SAMPLES.stream().anyMatch(s -> s.startsWith("LWW ts ")), "the LWW timestamp");
        assertTrue(SAMPLES.stream().anyMatch(s -> s.startsWith("dot ")));
        assertTrue(Legend.CLOCKS.contains("descends"));
        assertTrue(Legend.CLOCKS.contains("concurrent"));
        assertTrue(Legend.CLOCKS.contains("{c1: 2, c2: 1}"), "the notation as chips show it");
    }

    /**
     * Every read-from arrow and store note style the diagram draws (pending is the faded state the
     * legend names once, for chips) has a legend entry with all of its classes: the LWW-only arrow
     * is grey, not VV's blue, and needs its own row.
     */
    @Test
    void everyReadFromArrowAndStoreNoteTheDiagramDrawsHasItsOwnRow() {
        List<String> styles = new ArrayList<>(DiagramView.READ_FROM_STYLES);
        styles.addAll(DiagramView.STORE_MARK_STYLES);
        for (String style : styles) {
            List<String> classes = Arrays.stream(style.split(" "))
                    .filter(c -> !c.endsWith("-pending"))
                    .toList();
            assertTrue(
                    Legend.ENTRIES.stream().anyMatch(e -> e.classes().equals(classes)),
                    "the legend has no row for " + classes);
        }
    }
}
