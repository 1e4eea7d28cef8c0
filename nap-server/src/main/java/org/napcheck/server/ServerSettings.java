package org.napcheck.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link NapServer} runs. Immutable; change a setting with a {@code with...} copy.
 *
 * <pre>{@code
 * NapServer server = NapServer.start(ServerSettings.defaults().withPort(0));
 * }</pre>
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless told
 * @param port the port; {@code 0} for any free one
 * @param extraRules DRL files added to napcheck's rules, from the server's own command line only
 * @param token the bearer token every request but the health checks must carry; {@code null} for
 *     none
 * @param maxRequestBytes the largest request body; larger ones are refused with 413 before reading
 * @param threads how many checks run at once
 * @param queue how many checks may wait for a thread; more are refused with 503
 * @param checkTimeout how long one check may take, waiting included
 */
public record ServerSettings(
    String bind,
    int port,
    List<Path> extraRules,
    String token,
    long maxRequestBytes,
    int threads,
    int queue,
    Duration checkTimeout) {

  /** 10 MiB: Luxembourg's plan is 150 KB in YAML, 60 KB as a workbook. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 10L * 1024 * 1024;

  public ServerSettings {
    Objects.requireNonNull(bind, "bind");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
    }
    extraRules = List.copyOf(extraRules);
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token must not be blank");
    }
    if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be between 1 and "
              + (Integer.MAX_VALUE - 8)
              + ": "
              + maxRequestBytes);
    }
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be between 1 and 256: " + threads);
    }
    if (queue < 0 || queue > 10_000) {
      throw new IllegalArgumentException("queue must be between 0 and 10000: " + queue);
    }
    Objects.requireNonNull(checkTimeout, "checkTimeout");
    if (checkTimeout.isNegative() || checkTimeout.isZero()) {
      throw new IllegalArgumentException("checkTimeout must be positive: " + checkTimeout);
    }
  }

  /**
   * 127.0.0.1:8080, no extra rules, no token, 10 MiB, a thread per processor, 16 waiting, 60 s a
   * check.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(
        "127.0.0.1",
        8080,
        List.of(),
        null,
        DEFAULT_MAX_REQUEST_BYTES,
        Math.max(1, Runtime.getRuntime().availableProcessors()),
        16,
        Duration.ofSeconds(60));
  }

  public ServerSettings withBind(String bind) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withPort(int port) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withExtraRules(List<Path> extraRules) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withToken(String token) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withMaxRequestBytes(long maxRequestBytes) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withThreads(int threads) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withQueue(int queue) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  public ServerSettings withCheckTimeout(Duration checkTimeout) {
    return new ServerSettings(
        bind, port, extraRules, token, maxRequestBytes, threads, queue, checkTimeout);
  }

  @Override
  public String toString() {
    // never the token
    return "ServerSettings[bind="
        + bind
        + ", port="
        + port
        + ", extraRules="
        + extraRules
        + ", token="
        + (token == null ? "none" : "set")
        + ", maxRequestBytes="
        + maxRequestBytes
        + ", threads="
        + threads
        + ", queue="
        + queue
        + ", checkTimeout="
        + checkTimeout
        + "]";
  }
}
