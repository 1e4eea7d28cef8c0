package org.napcheck.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests through real HTTP to a server on an ephemeral port; remembers every route's statuses.
 */
final class Client {
  static final Path ROOT =
      Path.of(System.getProperty("napcheck.root", "..")).toAbsolutePath().normalize();
  static final Path LUXEMBOURG = ROOT.resolve("nap-examples/data/lu-wps-2");
  static final Path HOSTILE = ROOT.resolve("nap-cli/src/test/resources/hostile");

  /** "POST /v1/checks 422", for OpenApiTest. */
  static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;

  Client(NapServer server) {
    this.base = server.uri();
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(60));
  }

  HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
    return send(request(pathAndQuery).GET().build());
  }

  HttpResponse<byte[]> post(String pathAndQuery, String contentType, byte[] body, String accept)
      throws IOException, InterruptedException {
    var builder =
        request(pathAndQuery)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (accept != null) {
      builder.header("Accept", accept);
    }
    return send(builder.build());
  }

  HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    String path = request.uri().getPath();
    SEEN.add(request.method() + " " + path + " " + response.statusCode());
    return response;
  }

  /** A multipart/form-data body: parts of (field name, file name, bytes), and text fields. */
  static final class Multipart {
    final String boundary = "napcheck-" + UUID.randomUUID();
    private final List<byte[]> pieces = new ArrayList<>();

    Multipart file(String field, String fileName, String type, byte[] bytes) {
      pieces.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: "
                  + type
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      pieces.add(bytes);
      pieces.add("\r\n".getBytes(StandardCharsets.UTF_8));
      return this;
    }

    Multipart file(String field, Path file) throws IOException {
      String name = file.getFileName().toString();
      String type =
          name.endsWith(".json")
              ? "application/json"
              : name.endsWith(".csv") ? "text/csv" : "application/yaml";
      return file(field, name, type, Files.readAllBytes(file));
    }

    Multipart field(String name, String value) {
      pieces.add(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + name
                  + "\"\r\n\r\n"
                  + value
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
      return this;
    }

    String contentType() {
      return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
      var out = new java.io.ByteArrayOutputStream();
      pieces.forEach(out::writeBytes);
      out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
      return out.toByteArray();
    }
  }

  static List<Path> luxembourgMonitoring() throws IOException {
    try (var files = Files.list(LUXEMBOURG.resolve("monitoring"))) {
      return files.sorted().toList();
    }
  }
}
