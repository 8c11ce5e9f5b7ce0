package io.conflictexplorer.gui.projection;

import static io.conflictexplorer.gui.projection.ProjectionFixtures.chip;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.end;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.message;
import static io.conflictexplorer.gui.projection.ProjectionFixtures.preset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import io.conflictexplorer.core.store.ClockScheme;
import io.conflictexplorer.gui.projection.DiagramModel.ChipFlag;
import io.conflictexplorer.gui.projection.TraceProjection.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the chips, cards and gossip arrows say when the two modes differ: each mode's read result
 * and written value, the dot where it decides, and the arrival that makes VV itself lose a write.
 */
class LessonProjectionTest {

    @Test
    void theCartsChipsShowWhatEachModeReadAndWrote() {
        Frame f = end(preset("05-shopping-cart.json"));
        // r3: VV returns the two sibling carts, LWW only the one that survived
        DiagramModel.Outcome.ReadBack r3 =
                (DiagramModel.Outcome.ReadBack) chip(f, "r3").outcome();
        assertEquals(List.of("milk flour", "milk eggs ham"), r3.got());
        assertEquals(List.of("milk eggs ham"), r3.lwwGot());
        assertTrue(r3.modesDiffer());
        // w5 merges what c1 read: a different cart per mode
        DiagramModel.Outcome.Written w5 =
                (DiagramModel.Outcome.Written) chip(f, "w5").outcome();
        assertEquals("milk flour eggs ham", w5.value());
        assertEquals("milk eggs ham", w5.lwwValue());
        assertEquals(new WriteValue.MergeRead(), w5.rule());
        assertTrue(w5.modesDiffer());
        // w1 adds milk to an empty cart: the same in both modes
        DiagramModel.Outcome.Written w1 =
                (DiagramModel.Outcome.Written) chip(f, "w1").outcome();
        assertFalse(w1.modesDiffer());
        assertEquals("milk", w1.value());
    }

    @Test
    void aReadAfterAFastClockShowsBothAnswers() {
        // c1 reads x on n1 at t=14: VV has new (it descends old), LWW kept old (t=52 beats t=9)
        DiagramModel.Outcome.ReadBack r1 = (DiagramModel.Outcome.ReadBack)
                chip(end(preset("07-clock-skew.json")), "r1").outcome();
        assertEquals(List.of("new"), r1.got());
        assertEquals(List.of("old"), r1.lwwGot());
    }

    @Test
    void naiveCountersMarkTheGossipThatMakesVvLoseAndHideDotsThatDecideNothing() {
        Frame f = end(preset("08-naive-counters.json"));
        // after the heal (t=10), gossip sent at 12 arrives at 13: each replica takes the other's
        // {c1: 1} for the write it has, and drops it
        DiagramModel.Message toN1 = message(f, "g12:n2-n1");
        assertEquals(List.of("eggs"), toN1.vvLost());
        assertTrue(toN1.lossInVv());
        assertTrue(toN1.lossInLww(), "under LWW, eggs (t=4) replaces milk (t=2) at n1");
        DiagramModel.Message toN2 = message(f, "g12:n1-n2");
        assertEquals(List.of("milk"), toN2.vvLost());
        assertFalse(toN2.lossInLww());
        assertFalse(chip(f, "w1").has(ChipFlag.DOT_DECIDES));
        f.vvPanel().replicas().forEach(r -> r.keys().forEach(k -> k.values().forEach(c -> assertNull(c.dot()))));
    }

    @Test
    void dottedClocksShowTheDotOnChipsAndCardsAndLoseNothing() {
        Scenario s = preset("08-naive-counters.json");
        Frame f = end(s.withTopology(s.topology().withScheme(ClockScheme.DOTTED)));
        assertTrue(chip(f, "w1").has(ChipFlag.DOT_DECIDES));
        // the same clock {c1: 1}, told apart by the replica that accepted each write
        assertEquals(
                new Dot("n1", 1), ((DiagramModel.Outcome.Written) chip(f, "w1").outcome()).dot());
        assertEquals(
                new Dot("n2", 1), ((DiagramModel.Outcome.Written) chip(f, "w2").outcome()).dot());
        List<String> n1Dots = f.vvPanel().replicas().get(0).keys().get(0).values().stream()
                .map(PanelState.Card::dot)
                .toList();
        assertEquals(List.of("n1:1", "n2:1"), n1Dots);
        assertTrue(f.diagram().messages().stream().noneMatch(DiagramModel.Message::lossInVv));
    }

    @Test
    void aSingleStoreShowsNoDots() {
        Frame f = end(preset("01-two-writers.json"));
        assertFalse(chip(f, "w1").has(ChipFlag.DOT_DECIDES));
        assertNull(f.vvPanel().keys().get(0).values().get(0).dot());
    }
}
