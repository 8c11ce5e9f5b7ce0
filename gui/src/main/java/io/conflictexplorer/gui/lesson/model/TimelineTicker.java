package io.conflictexplorer.gui.lesson.model;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** The app's {@link Playback.Ticker}: a JavaFX Timeline that ticks every {@code period} on the FX thread. */
public final class TimelineTicker implements Playback.Ticker {

    private final Duration period;
    private Timeline timeline;
    private double rate = 1;

    public TimelineTicker(Duration period) {
        this.period = period;
    }

    @Override
    public void start(Runnable tick) {
        stop();
        timeline = new Timeline(new KeyFrame(period, e -> tick.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.setRate(rate);
        timeline.play();
    }

    @Override
    public void setRate(double rate) {
        this.rate = rate;
        if (timeline != null) {
            timeline.setRate(rate);
        }
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
    }
}
