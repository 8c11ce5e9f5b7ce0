package io.conflictexplorer.check.drive;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * A node's run or search in progress, on a thread of its own: the caller's thread (the app's FX
 * thread) never waits for a node. {@link #result()} completes with the plain result record, or
 * exceptionally with a {@link java.util.concurrent.CancellationException} once {@link #cancel()} was
 * called; progress is reported on the job's thread (the app hands it to its own thread).
 *
 * @param <T> the result record
 */
public final class NodeJob<T> {

    /** The job's work: it watches the cancel token and reports progress. */
    public interface Work<T> {
        T run(CancelToken cancel, Consumer<Progress> progress) throws InterruptedException;
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final CancelToken cancel = new CancelToken();

    private NodeJob() {}

    /** Starts {@code work} on a new daemon thread named {@code name}; progress may be null. */
    public static <T> NodeJob<T> start(String name, Work<T> work, Consumer<Progress> progress) {
        NodeJob<T> job = new NodeJob<>();
        Consumer<Progress> report = progress == null ? p -> {} : progress;
        Thread t = new Thread(
                () -> {
                    try {
                        job.result.complete(work.run(job.cancel, report));
                    } catch (Throwable e) {
                        job.result.completeExceptionally(e instanceof CompletionException c ? c.getCause() : e);
                    }
                },
                name);
        t.setDaemon(true);
        t.start();
        return job;
    }

    /** The result: completes once, from the job's thread. */
    public CompletableFuture<T> result() {
        return result;
    }

    /**
     * Stops the job: the node it talks to is stopped at once, and {@link #result()} completes with a
     * {@link java.util.concurrent.CancellationException}. Callable from any thread, any number of times.
     */
    public void cancel() {
        cancel.cancel();
        result.cancel(false);
    }

    public boolean isDone() {
        return result.isDone();
    }
}
