package io.conflictexplorer.gui.lesson.model;

/** A playback ticker the test advances by hand, so playing needs no toolkit and no waiting. */
public final class ManualTicker implements Playback.Ticker {

    private Runnable tick;
    private double rate = 1;

    @Override
    public void start(Runnable onTick) {
        this.tick = onTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    @Override
    public void setRate(double rate) {
        this.rate = rate;
    }

    /** The pace playback asked for (1 is the base). */
    double rate() {
        return rate;
    }

    public boolean running() {
        return tick != null;
    }

    /** One period passes. */
    public void tick() {
        if (tick != null) {
            tick.run();
        }
    }
}
