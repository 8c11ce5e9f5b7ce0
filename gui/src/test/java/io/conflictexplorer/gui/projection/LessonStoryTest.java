package io.conflictexplorer.gui.projection;

import static io.conflictexplorer.gui.lesson.model.Models.preset;
import static io.conflictexplorer.gui.lesson.model.Models.viewModel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conflictexplorer.gui.lesson.model.ExplorerViewModel;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The chips a step's story names, at the last step of three presets: the lost write with the write
 * it lost to (the LOST card names both), the siblings, the step's own chips; and, to show where
 * they fit, the reads that gave those writes their context ("which never saw it" is told by them).
 */
class LessonStoryTest {

    private final ExplorerViewModel vm = viewModel();

    private LessonStory story(String title) {
        vm.document().loadPreset(preset(title));
        vm.playback().last();
        return LessonStory.of(
                vm.projected().getDiagram(),
                vm.projected().lwwPanelProperty().get(),
                vm.projected().vvPanelProperty().get());
    }

    @Test
    void twoConcurrentWritersLosesAToBAndTheirReadsTellWhyNeitherSawTheOther() {
        LessonStory s = story("Two concurrent writers");
        assertEquals(Set.of("w1", "w2"), s.core(), "b (the step) and a, which it overwrote; both siblings");
        assertEquals(Set.of("r1", "r2"), s.context(), "the reads each write took its context from");
    }

    @Test
    void aStaleContextNamesTheStaleReadThatGaveCItsContext() {
        LessonStory s = story("A stale context");
        assertEquals(Set.of("w2", "w3"), s.core(), "c (the step) overwrote b; VV keeps both");
        assertEquals(Set.of("r1", "r2"), s.context(), "c2's read with ctx {c1: 1}, and c1's before b");
    }

    @Test
    void aFastClockNamesTheOlderWriteThatBeatTheLaterOne() {
        LessonStory s = story("A fast clock beats a later write");
        assertEquals(Set.of("w1", "w2"), s.core(), "new was lost to old (LWW ts 52), at a gossip step");
        assertEquals(Set.of("r2"), s.context(), "c2's read of old, which new's context came from");
    }

    @Test
    void beforeTheFirstStepThereIsNoStory() {
        vm.playback().first();
        LessonStory s = LessonStory.of(
                vm.projected().getDiagram(),
                vm.projected().lwwPanelProperty().get(),
                vm.projected().vvPanelProperty().get());
        assertEquals(Set.of(), s.core());
        assertEquals(Set.of(), s.context());
    }
}
