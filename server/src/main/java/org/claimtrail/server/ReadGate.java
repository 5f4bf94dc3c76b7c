package org.claimtrail.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.claimtrail.server.auth.TokenCheck;

/** When reads are closed: every page and API call needs the token, except sign-in and static files. */
final class ReadGate {
  private ReadGate() {}

  static void check(Context ctx, TokenCheck tokens) {
    String path = ctx.path();
    if (path.equals("/login") || path.startsWith("/static/") || path.startsWith("/webjars/")) {
      return;
    }
    if (path.startsWith("/api/")) {
      tokens.requireToRead(ctx);
      return;
    }
    try {
      tokens.requireToRead(ctx);
    } catch (HttpResponseException e) {
      ctx.redirect("/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
      ctx.skipRemainingHandlers();
    }
  }
}
