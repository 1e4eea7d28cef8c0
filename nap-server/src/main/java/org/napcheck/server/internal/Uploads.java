package org.napcheck.server.internal;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plan and monitoring files of a request, read into memory up to the size limit. */
final class Uploads {
  private final long maxRequestBytes;

  Uploads(long maxRequestBytes) {
    this.maxRequestBytes = maxRequestBytes;
  }

  /**
   * The files of a request: the parts of a multipart/form-data body, or a plan as the whole body;
   * the drafters' page ({@code page}) sends multipart alone.
   */
  Upload receive(Context ctx, boolean page) throws IOException {
    String type = MediaTypes.essence(ctx.contentType());
    if (type.equals(MediaTypes.MULTIPART)) {
      return multipart(ctx);
    }
    if (page) {
      throw unsupported(type);
    }
    String name =
        switch (type) {
          case "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml" -> "plan.yaml";
          case "application/json" -> "plan.json";
          case MediaTypes.XLSX -> "plan.xlsx";
          default -> throw unsupported(type);
        };
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      // One byte more than allowed tells a body at the limit from one beyond it, unread.
      body = in.readNBytes((int) maxRequestBytes + 1);
    }
    if (body.length > maxRequestBytes) {
      throw Refusal.tooLarge(maxRequestBytes);
    }
    return new Upload(new Upload.Part(name, body), List.of());
  }

  private Upload multipart(Context ctx) {
    List<UploadedFile> plans;
    List<UploadedFile> monitoring;
    try {
      plans = ctx.uploadedFiles("plan");
      monitoring = ctx.uploadedFiles("monitoring");
    } catch (Exception e) { // Jetty's ServletException, through Kotlin
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("max length exceeded") || message.contains("exceeds max")) {
          throw Refusal.tooLarge(maxRequestBytes);
        }
      }
      throw Refusal.badRequest("the multipart/form-data body cannot be read");
    }
    if (plans.size() != 1) {
      throw Refusal.badRequest(
          "multipart/form-data needs exactly one file part named plan; found " + plans.size());
    }
    var parts = new ArrayList<Upload.Part>();
    for (UploadedFile file : monitoring) {
      if (file.filename() == null || file.filename().isEmpty() && file.size() == 0) {
        continue; // a file input left empty in a form
      }
      parts.add(part(file, "monitoring.yaml"));
    }
    return new Upload(part(plans.get(0), "plan.yaml"), parts);
  }

  private static Upload.Part part(UploadedFile file, String fallback) {
    String name = Upload.safeName(file.filename(), fallback);
    String type = MediaTypes.essence(file.contentType());
    if (!name.contains(".")) {
      name +=
          switch (type) {
            case "application/json" -> ".json";
            case "text/csv" -> ".csv";
            case MediaTypes.XLSX -> ".xlsx";
            default -> ".yaml";
          };
    }
    try (InputStream in = file.content()) {
      return new Upload.Part(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Refusal unsupported(String type) {
    return new Refusal(
        415,
        "unsupported-type",
        "Unsupported media type",
        (type.isEmpty() ? "no Content-Type" : "Content-Type " + type)
            + ": send a plan as application/yaml, application/json or "
            + MediaTypes.XLSX
            + ", or multipart/form-data with a part named plan");
  }
}
