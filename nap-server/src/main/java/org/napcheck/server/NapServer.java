package org.napcheck.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.napcheck.rules.NapChecker;
import org.napcheck.server.internal.Api;
import org.napcheck.server.internal.CheckPool;
import org.napcheck.server.internal.Checkers;
import org.napcheck.server.internal.Metrics;

/**
 * napcheck over HTTP: the API v1 ({@code /openapi.json}) and the drafters' page ({@code /}), on an
 * embedded Jetty through Javalin. Prints nothing; logs through SLF4J.
 *
 * <pre>{@code
 * try (NapServer server = NapServer.start(ServerSettings.defaults().withPort(0))) {
 *   System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class NapServer implements AutoCloseable {
  /** The OpenAPI 3.1 document of the API, kept in the repository beside this class. */
  public static final String OPENAPI = "org/napcheck/server/openapi.yaml";

  /** Jetty's own threads: they read requests into memory, so they bound what is held at once. */
  private static final int HTTP_THREADS = 24;

  private final Javalin app;
  private final CheckPool pool;
  private final ServerSettings settings;

  private NapServer(Javalin app, CheckPool pool, ServerSettings settings) {
    this.app = app;
    this.pool = pool;
    this.settings = settings;
  }

  /**
   * Builds the checkers (reading and compiling the extra rules) and starts listening.
   *
   * @throws IOException when an extra rules file cannot be read
   * @throws org.napcheck.rules.RuleCompilationException when extra rules do not compile
   */
  public static NapServer start(ServerSettings settings) throws IOException {
    var extra = new LinkedHashMap<String, String>();
    for (Path file : settings.extraRules()) {
      // The builder's refusals first, in its words: a folder, not UTF-8, too big.
      NapChecker.builder().extraRules(file);
      extra.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
    var checkers = new Checkers(extra);
    var pool = new CheckPool(settings.threads(), settings.queue(), settings.checkTimeout());
    var api =
        new Api(
            checkers,
            pool,
            new Metrics(),
            settings.maxRequestBytes(),
            settings.token(),
            openApiJson());
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jetty.host = settings.bind();
              config.jetty.port = settings.port();
              var threads = new QueuedThreadPool(HTTP_THREADS, 4);
              threads.setName("napcheck-http");
              config.jetty.threadPool = threads;
              config.jetty.modifyServer(
                  server -> {
                    var errors = new ErrorHandler();
                    errors.setShowStacks(false);
                    errors.setShowMessageInTitle(false);
                    server.setErrorHandler(errors);
                    server.setStopTimeout(5_000);
                  });
              config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
              api.register(config);
            });
    try {
      app.start();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new NapServer(app, pool, settings);
  }

  /** The port listened on: the one asked for, or the one found for port 0. */
  public int port() {
    return app.port();
  }

  /** Where the server answers, e.g. {@code http://127.0.0.1:8080}. */
  public URI uri() {
    String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
    return URI.create("http://" + host + ":" + port());
  }

  /** The routes the server answers, method and path, e.g. {@code GET /v1/rules}. */
  public java.util.List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(handler -> handler.endpoint)
        .filter(endpoint -> endpoint.method.isHttpMethod())
        .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
        .toList();
  }

  /** Stops listening, lets answers under way finish (5 s at most), and stops the checks. */
  @Override
  public void close() {
    app.stop();
    pool.close();
  }

  private static byte[] openApiJson() throws IOException {
    try (InputStream in = NapServer.class.getClassLoader().getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IOException("missing resource " + OPENAPI);
      }
      Map<?, ?> document = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }
  }
}
