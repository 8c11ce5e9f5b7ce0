package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Predict, then reveal, on a bare time cursor of five steps: which moves hide the step's result,
 * which show it, and when what the window shows must be projected again.
 */
class LessonModeTest {

    private final Playback playback = new Playback(new ManualTicker());
    private int redraws;
    private final LessonMode lesson = new LessonMode(playback, () -> redraws++);

    LessonModeTest() {
        playback.rerunAt(5, 0);
        playback.cursorProperty().addListener((obs, was, now) -> lesson.cursorMoved());
    }

    @Test
    void withoutPredictAStepForwardJustSteps() {
        lesson.stepForward();
        assertEquals(1, playback.cursorProperty().get());
        assertFalse(lesson.resultHiddenProperty().get());
        assertEquals(0, redraws, "the cursor's own listener redraws a plain step");
        assertEquals(5, lesson.openingCursor(5), "a scenario opens at its end");
    }

    @Test
    void inPredictModeAStepHidesItsResultAndTheNextStepRevealsIt() {
        lesson.predictProperty().set(true);
        assertEquals(0, lesson.openingCursor(5), "a scenario opens before its first step");
        lesson.stepForward();
        assertEquals(1, playback.cursorProperty().get());
        assertTrue(lesson.resultHiddenProperty().get());
        assertEquals(1, redraws);
        lesson.stepForward();
        assertEquals(1, playback.cursorProperty().get(), "the second press reveals, it does not step");
        assertFalse(lesson.resultHiddenProperty().get());
        assertEquals(2, redraws);
    }

    @Test
    void anyOtherMoveOrTurningPredictOffShowsTheResult() {
        lesson.predictProperty().set(true);
        lesson.stepForward();
        playback.stepBack();
        assertFalse(lesson.resultHiddenProperty().get(), "a step back shows what is there");
        lesson.stepForward();
        assertTrue(lesson.resultHiddenProperty().get());
        lesson.predictProperty().set(false);
        assertFalse(lesson.resultHiddenProperty().get(), "nothing stays hidden behind a mode that is off");
        int before = redraws;
        lesson.reveal();
        assertEquals(before, redraws, "revealing what is not hidden projects nothing again");
    }

    @Test
    void aStepAtTheEndHidesNothing() {
        lesson.predictProperty().set(true);
        playback.last();
        lesson.stepForward();
        assertFalse(lesson.resultHiddenProperty().get());
        assertEquals(0, redraws);
    }
}
