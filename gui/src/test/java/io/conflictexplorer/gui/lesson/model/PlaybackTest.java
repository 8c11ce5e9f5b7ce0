package io.conflictexplorer.gui.lesson.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The time cursor: clamped, kept or moved to the end on a new run, and advanced by the player's ticks. */
class PlaybackTest {

    private final ManualTicker ticker = new ManualTicker();
    private final Playback playback = new Playback(ticker);

    @Test
    void aNewRunKeepsTheCursorUnlessItWasAtTheEnd() {
        assertTrue(playback.rerun(5, true));
        assertEquals(5, playback.cursorProperty().get());
        assertTrue(playback.rerun(7, false), "at the end, it follows the end");
        assertEquals(7, playback.cursorProperty().get());
        playback.setCursor(3);
        assertFalse(playback.rerun(9, false));
        assertEquals(3, playback.cursorProperty().get());
        assertTrue(playback.rerun(2, false), "a shorter run pulls it in");
        assertEquals(2, playback.cursorProperty().get());
    }

    @Test
    void theCursorIsClampedToTheRun() {
        playback.rerun(4, false);
        playback.setCursor(10);
        assertEquals(4, playback.cursorProperty().get());
        playback.stepForward();
        assertEquals(4, playback.cursorProperty().get());
        playback.setCursor(-1);
        assertEquals(0, playback.cursorProperty().get());
        playback.stepBack();
        assertEquals(0, playback.cursorProperty().get());
    }

    @Test
    void playingStepsOncePerTickAndStopsAtTheEnd() {
        playback.rerun(2, true);
        playback.play(); // from the end: starts over
        assertEquals(0, playback.cursorProperty().get());
        assertTrue(playback.playingProperty().get());
        ticker.tick();
        assertEquals(1, playback.cursorProperty().get());
        playback.togglePlay();
        assertFalse(playback.playingProperty().get());
        ticker.tick();
        assertEquals(1, playback.cursorProperty().get(), "paused: ticks do nothing");
        playback.togglePlay();
        ticker.tick();
        assertEquals(2, playback.cursorProperty().get());
        assertFalse(playback.playingProperty().get());
        assertFalse(ticker.running());
    }
}
