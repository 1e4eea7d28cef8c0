package org.napcheck.server.internal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool of checks: {@code threads} at once, {@code queue} waiting, the rest refused at
 * once with 503 and {@code Retry-After}; a check that takes longer than the time limit is answered
 * 503 too, and its thread interrupted.
 */
public final class CheckPool implements AutoCloseable {
  private static final int RETRY_AFTER_SECONDS = 2;

  private final ThreadPoolExecutor executor;
  private final Duration timeout;

  public CheckPool(int threads, int queue, Duration timeout) {
    BlockingQueue<Runnable> waiting =
        queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
    var count = new AtomicInteger();
    this.executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            waiting,
            runnable -> {
              Thread thread = new Thread(runnable, "napcheck-check-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.timeout = timeout;
  }

  /** Whether a check would be taken now rather than refused. */
  public boolean hasRoom() {
    return executor.getActiveCount() < executor.getMaximumPoolSize()
        || executor.getQueue().remainingCapacity() > 0;
  }

  public <T> T run(Callable<T> check) throws Exception {
    Future<T> future;
    try {
      future = executor.submit(check);
    } catch (RejectedExecutionException e) {
      throw new Refusal(
          503,
          "busy",
          "Too many checks",
          "every check thread is busy and the queue is full; try again shortly",
          java.util.List.of(),
          0,
          Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    }
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new Refusal(
          503,
          "timeout",
          "Check took too long",
          "the check took longer than the server's limit of "
              + timeout.toSeconds()
              + " s (waiting included)",
          java.util.List.of(),
          0,
          Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS)));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
