package org.napcheck.cli;

import java.io.IOException;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.napcheck.server.NapServer;
import org.napcheck.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code napcheck serve}: the HTTP API and the drafters' page, until Ctrl-C or SIGTERM. */
@Command(
    name = "serve",
    description = {
      "Serves napcheck over HTTP: the API v1 (/openapi.json) and a page for drafters (/).",
      "Listens on 127.0.0.1 unless told; runs until Ctrl-C or SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin CommonOptions common;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: 8080; 0: any free).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
  String bind = "127.0.0.1";

  @Option(
      names = "--rules",
      paramLabel = "EXTRA.drl",
      description = "Extra rules in DRL for every check; repeatable. Never taken over HTTP.")
  List<Path> extraRules = new ArrayList<>();

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "Ask every request but /health/* for this bearer token (the file's first line).")
  Path tokenFile;

  @Option(
      names = "--max-request-bytes",
      paramLabel = "N",
      description = "Refuse larger requests with 413 (default: 10485760, 10 MiB).")
  long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Checks run at once (default: one per processor).")
  Integer threads;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description = "Checks that may wait; more are refused with 503 (default: 16).")
  int queue = 16;

  @Option(
      names = "--check-timeout",
      paramLabel = "SECONDS",
      description = "Longest a check may take, waiting included (default: 60).")
  long checkTimeout = 60;

  @Override
  public Integer call() throws IOException, InterruptedException {
    // The server's own failures (a 500) are its log, on standard error; the libraries stay silent.
    if (System.getProperty("org.slf4j.simpleLogger.log.org.napcheck.server") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.napcheck.server", "error");
    }
    ServerSettings settings =
        ServerSettings.defaults()
            .withPort(port)
            .withBind(bind)
            .withExtraRules(extraRules)
            .withToken(tokenFile == null ? null : token(tokenFile))
            .withMaxRequestBytes(maxRequestBytes)
            .withQueue(queue)
            .withCheckTimeout(Duration.ofSeconds(checkTimeout));
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    NapServer server;
    try {
      server = NapServer.start(settings);
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException) {
          throw Errors.UserError.of("serve.bind", bind + ":" + port, cause.getMessage());
        }
      }
      throw e;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "napcheck-serve-stop"));
    spec.commandLine()
        .getOut()
        .println(new Words(common.locale()).get("serve.listening", server.uri()));
    spec.commandLine().getOut().flush();
    stopped.await();
    return ExitCode.CLEAN;
  }

  private static String token(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    if (text.isBlank()) {
      throw Errors.UserError.of("serve.emptyToken", Errors.name(file));
    }
    return text.strip();
  }
}
