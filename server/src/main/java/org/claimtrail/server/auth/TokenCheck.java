package org.claimtrail.server.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Checks the API token a request carries: {@code Authorization: Bearer T}, an
 * {@code X-Claimtrail-Token} header, a {@code token} form field (the upload and edit forms) or the
 * {@code claimtrail_token} cookie set by the sign-in page.
 */
public final class TokenCheck {
  public static final String COOKIE = "claimtrail_token";
  private final Optional<byte[]> expected;

  public TokenCheck(Optional<String> token) {
    this.expected = token.map(TokenCheck::digest);
  }

  public boolean configured() {
    return expected.isPresent();
  }

  /**
   * For writes: throws 401 without a token, 403 with a wrong one or when no token is configured.
   * The sign-in cookie does not count here, so another site cannot make a signed-in browser write
   * (no cross-site request forgery): forms carry the token in a field.
   */
  public void require(Context ctx) {
    require(ctx, false);
  }

  /** For closed reads: as {@link #require(Context)}, but the sign-in cookie counts. */
  public void requireToRead(Context ctx) {
    require(ctx, true);
  }

  private void require(Context ctx, boolean cookieCounts) {
    if (expected.isEmpty()) {
      throw new ForbiddenResponse("Writing is disabled: the server was started without an API token (serve --token-file FILE or CLAIMTRAIL_API_TOKEN)");
    }
    Optional<String> given = presented(ctx, cookieCounts);
    if (given.isEmpty()) {
      throw new UnauthorizedResponse("An API token is required (Authorization: Bearer TOKEN)");
    }
    if (!matches(given.get())) {
      throw new ForbiddenResponse("Wrong API token");
    }
  }

  /**
   * Compares digests with {@link MessageDigest#isEqual}, which takes the same time wherever the
   * first difference is; hashing first also hides the token's length.
   */
  public boolean matches(String given) {
    return expected.isPresent() && MessageDigest.isEqual(expected.get(), digest(given));
  }

  private static Optional<String> presented(Context ctx, boolean cookieCounts) {
    String auth = ctx.header("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(auth.substring(7).strip());
    }
    String header = ctx.header("X-Claimtrail-Token");
    if (header != null && !header.isBlank()) {
      return Optional.of(header.strip());
    }
    if (isForm(ctx)) {
      String form = ctx.formParam("token");
      if (form != null && !form.isBlank()) {
        return Optional.of(form.strip());
      }
    }
    return cookieCounts ? Optional.ofNullable(ctx.cookie(COOKIE)).filter(s -> !s.isBlank()) : Optional.empty();
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
