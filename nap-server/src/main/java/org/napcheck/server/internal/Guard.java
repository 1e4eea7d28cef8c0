package org.napcheck.server.internal;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;

/**
 * What every request passes first: the security headers of every answer, the bearer token, and a
 * body over the size limit refused before it is read.
 */
final class Guard {
  /** Every answer: nothing from anywhere, in no frame, sniffed as nothing, cached nowhere. */
  static final String API_POLICY =
      "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final byte[] tokenDigest;
  private final long maxRequestBytes;

  /**
   * @param token the bearer token every route but {@code /health/} asks for; {@code null} for none
   */
  Guard(String token, long maxRequestBytes) {
    this.tokenDigest = token == null ? null : sha256(token.getBytes(StandardCharsets.UTF_8));
    this.maxRequestBytes = maxRequestBytes;
  }

  /** Security headers on every answer; the token; a body over the limit refused before reading. */
  void check(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Content-Security-Policy", API_POLICY);
    if (tokenDigest != null && !ctx.path().startsWith("/health/")) {
      checkToken(ctx.header("Authorization"));
    }
    checkLength(ctx.header("Content-Length"));
  }

  private void checkToken(String given) {
    byte[] presented =
        given != null && given.regionMatches(true, 0, "Bearer ", 0, 7)
            ? given.substring(7).strip().getBytes(StandardCharsets.UTF_8)
            : new byte[0];
    // Digests of equal length, compared in constant time: neither the token nor its length leaks.
    if (!MessageDigest.isEqual(tokenDigest, sha256(presented))) {
      throw new Refusal(
          401,
          "unauthorized",
          "Unauthorized",
          given == null
              ? "this server asks for a bearer token: Authorization: Bearer <token>"
              : "the bearer token is not this server's",
          List.of(),
          0,
          Map.of(
              "WWW-Authenticate",
              given == null
                  ? "Bearer realm=\"napcheck\""
                  : "Bearer realm=\"napcheck\", error=\"invalid_token\""));
    }
  }

  private void checkLength(String length) {
    if (length == null) {
      return;
    }
    long declared;
    try {
      declared = Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badRequest("Content-Length is not a number: " + length);
    }
    if (declared > maxRequestBytes) {
      throw Refusal.tooLarge(maxRequestBytes);
    }
  }

  static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
