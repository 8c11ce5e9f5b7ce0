package io.conflictexplorer.gui.lesson.model;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The time cursor and the player. The cursor counts applied steps: 0 is before anything happened,
 * {@code stepCount} is the end; any value set outside that range is clamped. Playing advances the
 * cursor one step per tick of the injected {@link Ticker} and stops at the end. Only JavaFX
 * properties, no toolkit: the ticker (a Timeline in the app) is the only clock.
 */
public final class Playback {

    /** Calls {@code tick} at a steady pace between {@link #start} and {@link #stop}. */
    public interface Ticker {
        void start(Runnable tick);

        void stop();

        /** Ticks {@code rate} times as fast as its base pace from now on (1 is the base). */
        void setRate(double rate);
    }

    private final IntegerProperty cursor = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(false);
    private final Ticker ticker;

    public Playback(Ticker ticker) {
        this.ticker = ticker;
        cursor.addListener((obs, was, now) -> {
            int clamped = Math.max(0, Math.min(now.intValue(), stepCount.get()));
            if (clamped != now.intValue()) {
                cursor.set(clamped); // fires again with the clamped value
            }
        });
    }

    /** Bound two-way to the slider; out-of-range values are clamped. */
    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /**
     * A new run has {@code steps} steps. The cursor goes to the end when {@code toEnd} or when it was
     * at the end already, else it stays (within range). Returns true when the cursor moved.
     */
    boolean rerun(int steps, boolean toEnd) {
        boolean atEnd = toEnd || cursor.get() >= stepCount.get();
        stepCount.set(steps);
        int c = atEnd ? steps : Math.min(cursor.get(), steps);
        if (c == cursor.get()) {
            return false;
        }
        cursor.set(c);
        return true;
    }

    /** Another scenario's run of {@code steps} steps, the cursor at {@code at} (clamped); true when the cursor moved. */
    boolean rerunAt(int steps, int at) {
        stepCount.set(steps);
        int c = Math.max(0, Math.min(at, steps));
        if (c == cursor.get()) {
            return false;
        }
        cursor.set(c);
        return true;
    }

    public void stepForward() {
        cursor.set(Math.min(cursor.get() + 1, stepCount.get()));
    }

    public void stepBack() {
        cursor.set(Math.max(cursor.get() - 1, 0));
    }

    /** Before the first step. */
    public void first() {
        cursor.set(0);
    }

    /** After the last step. */
    public void last() {
        cursor.set(stepCount.get());
    }

    public void setCursor(int steps) {
        cursor.set(steps);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    /** Plays from the cursor, or from the start when the cursor is already at the end. */
    public void play() {
        if (cursor.get() >= stepCount.get()) {
            cursor.set(0);
        }
        ticker.stop();
        playing.set(true);
        ticker.start(this::advance);
    }

    public void pause() {
        ticker.stop();
        playing.set(false);
    }

    private void advance() {
        if (cursor.get() < stepCount.get()) {
            stepForward();
        }
        if (cursor.get() >= stepCount.get()) {
            pause();
        }
    }
}
