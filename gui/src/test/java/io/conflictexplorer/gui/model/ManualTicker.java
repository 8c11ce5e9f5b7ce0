package io.conflictexplorer.gui.model;

/** A playback ticker the test advances by hand, so playing needs no toolkit and no waiting. */
final class ManualTicker implements Playback.Ticker {

    private Runnable tick;

    @Override
    public void start(Runnable onTick) {
        this.tick = onTick;
    }

    @Override
    public void stop() {
        tick = null;
    }

    boolean running() {
        return tick != null;
    }

    /** One period passes. */
    void tick() {
        if (tick != null) {
            tick.run();
        }
    }
}
