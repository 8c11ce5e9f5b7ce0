package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Zoom, Presenter, blank, speed and pages: each stays in its range, Presenter zooms in and back out,
 * and the page turns only while the lesson is in two pages.
 */
class PresentationTest {

    private final Presentation shown = new Presentation();

    @Test
    void opensAtTheDeskView() {
        assertEquals(1.0, shown.zoomProperty().get());
        assertFalse(shown.presenterProperty().get());
        assertFalse(shown.darkProperty().get());
        assertFalse(shown.blankProperty().get());
        assertEquals(1.0, shown.speedProperty().get());
    }

    @Test
    void presenterKeepsALargerZoomAndLeavingItResetsTheZoom() {
        shown.zoomProperty().set(2.0);
        shown.setPresenter(true);
        assertEquals(2.0, shown.zoomProperty().get(), "a zoom already past Presenter's is kept");
        shown.setPresenter(false);
        assertFalse(shown.presenterProperty().get());
        assertEquals(1.0, shown.zoomProperty().get());
    }

    @Test
    void aZoomSetOutOfRangeIsClamped() {
        shown.zoomProperty().set(10);
        assertEquals(Presentation.MAX_ZOOM, shown.zoomProperty().get());
        shown.zoomProperty().set(0);
        assertEquals(Presentation.MIN_ZOOM, shown.zoomProperty().get());
    }

    @Test
    void blankTogglesAndIsSetDirectly() {
        shown.toggleBlank();
        assertTrue(shown.blankProperty().get());
        shown.toggleBlank();
        assertFalse(shown.blankProperty().get());
        shown.setBlank(true);
        shown.setBlank(true);
        assertTrue(shown.blankProperty().get(), "setting it twice does not toggle");
    }

    @Test
    void theSpeedStaysWithinTheSpeedsOffered() {
        shown.speedProperty().set(100);
        assertEquals(
                Presentation.SPEEDS.get(Presentation.SPEEDS.size() - 1),
                shown.speedProperty().get());
        shown.speedProperty().set(0);
        assertEquals(Presentation.SPEEDS.get(0), shown.speedProperty().get());
    }

    @Test
    void thePageTurnsOnlyWhileTheLessonIsInTwoPages() {
        assertEquals(Presentation.Page.DIAGRAM, shown.pageProperty().get());
        assertFalse(shown.flipPageCommand().enabledProperty().get(), "one page: nothing to turn to");
        shown.flipPageCommand().execute();
        assertEquals(Presentation.Page.DIAGRAM, shown.pageProperty().get());

        shown.setPaged(true);
        assertTrue(shown.flipPageCommand().enabledProperty().get());
        shown.flipPageCommand().execute();
        assertEquals(Presentation.Page.RESULTS, shown.pageProperty().get());
        shown.flipPageCommand().execute();
        assertEquals(Presentation.Page.DIAGRAM, shown.pageProperty().get(), "and back");

        shown.flipPageCommand().execute();
        shown.setPaged(false);
        assertFalse(shown.flipPageCommand().enabledProperty().get());
    }

    @Test
    void anotherScenarioStartsAtTheDiagram() {
        ExplorerViewModel vm = Models.viewModel();
        vm.presentation().setPaged(true);
        vm.presentation().flipPageCommand().execute();
        assertEquals(Presentation.Page.RESULTS, vm.presentation().pageProperty().get());
        vm.playback().last();
        assertEquals(Presentation.Page.RESULTS, vm.presentation().pageProperty().get(), "stepping keeps it");
        vm.document().loadPreset(Models.preset("A stale context"));
        assertEquals(Presentation.Page.DIAGRAM, vm.presentation().pageProperty().get());
    }
}
