package io.conflictexplorer.gui.model;

import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.Simulation;
import io.conflictexplorer.core.sim.Simulator;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Where the view model's simulations come from. A lesson's scenario is run on the spot, on the FX
 * thread, as it always was. A large one ({@link #large}: thousands of operations, a tenth of a
 * second or more per run) is run ahead, on a background thread, where the FX thread need not wait:
 * a file opened ({@link Opening}), the positions a dragged chip passes ({@link ChipDrag}). A run made
 * ahead is kept until the view model asks for the run of that scenario ({@link #run}).
 *
 * <p>Ahead, the background thread takes the latest request each time: one made while another runs
 * replaces any still waiting, so a fast drag skips the positions it has left instead of lagging
 * behind them. A result is delivered unless a later one was, or {@link #drop} came after its
 * request.
 */
final class Runs {

    /** From this many operations on, a scenario is large. */
    static final int LARGE_FROM = 2_000;

    private final Executor background;
    private final Executor fx;
    /** The run kept for the view model: made ahead, for the scenario it is about to show. */
    private Simulation prepared;
    /** The last run the background thread made, delivered or not: a release may want it. */
    private volatile Simulation made;
    /** Counts requests ahead; results of requests up to {@code dropped} are not delivered, nor older ones than the last delivered. */
    private long ticket;

    private long dropped;
    private long delivered;

    private final Object lock = new Object();
    /** The request waiting for the background thread, if any; and whether the thread is busy. */
    private Runnable waiting;

    private boolean running;

    /**
     * @param background runs scenarios, one at a time
     * @param fx the FX thread, where results are delivered
     */
    Runs(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    /** True for a scenario whose runs go ahead, in the background, where a gesture can do without them. */
    static boolean large(Scenario s) {
        return s.operations().size() >= LARGE_FROM;
    }

    /** The run of {@code s}: the one kept for it, or the background thread's last, or one made now. */
    Simulation run(Scenario s) {
        Simulation p = prepared;
        prepared = null;
        for (Simulation ready : new Simulation[] {p, made}) {
            if (ready != null && (ready.scenario() == s || ready.scenario().equals(s))) {
                return ready;
            }
        }
        return Simulator.run(s);
    }

    /** Keeps {@code run} for the view model's next {@link #run} of its scenario. */
    void keep(Simulation run) {
        prepared = run;
    }

    /**
     * Runs {@code s} on the background thread, then gives the run to {@code then} on the FX thread,
     * unless another request came or {@link #drop} was called meanwhile.
     */
    void ahead(Scenario s, Consumer<Simulation> then) {
        long mine = ++ticket;
        Runnable job = () -> {
            Simulation sim;
            try {
                sim = Simulator.run(s);
                OperationFacts.of(sim); // what a frame needs of every operation, made here too
                made = sim;
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    if (deliver(mine)) {
                        throw e; // where the run would have thrown on the FX thread
                    }
                });
                return;
            }
            fx.execute(() -> {
                if (deliver(mine)) {
                    then.accept(sim);
                }
            });
        };
        synchronized (lock) {
            waiting = job; // replaces a request that never started
            if (running) {
                return;
            }
            running = true;
        }
        background.execute(this::work);
    }

    /** Results of requests made so far are not delivered. */
    void drop() {
        dropped = ticket;
        synchronized (lock) {
            waiting = null;
        }
    }

    /** On the FX thread: whether the result of request {@code mine} is still wanted (and now is the last delivered). */
    private boolean deliver(long mine) {
        if (mine <= dropped || mine <= delivered) {
            return false;
        }
        delivered = mine;
        return true;
    }

    /** Runs the waiting requests one at a time, the latest each time, until none waits. */
    private void work() {
        while (true) {
            Runnable job;
            synchronized (lock) {
                job = waiting;
                waiting = null;
                if (job == null) {
                    running = false;
                    return;
                }
            }
            job.run();
        }
    }
}
