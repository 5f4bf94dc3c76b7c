package org.claimtrail.server.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import org.claimtrail.server.auth.TokenCheck;
import org.claimtrail.server.Services;

/** Sign-in for servers whose reads are closed: the token, once, then a strict same-site cookie. */
final class LoginPage {
  private final Services s;

  LoginPage(Services s) {
    this.s = s;
  }

  void form(Context ctx) {
    Templates.render(ctx, "login", safeNext(ctx.queryParam("next")));
  }

  void signIn(Context ctx) {
    String token = ctx.formParam("token");
    if (token == null || !s.tokens().matches(token)) {
      Templates.message(ctx, 403, new Templates.Message("Sign in", "Sign in", "Wrong token.", true, "/login", "Try again"));
      return;
    }
    Cookie c = new Cookie(TokenCheck.COOKIE, token);
    c.setHttpOnly(true);
    c.setSameSite(SameSite.STRICT);
    c.setPath("/");
    ctx.cookie(c);
    ctx.redirect(safeNext(ctx.formParam("next")), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Only a path on this server: never "//evil.example" or "https://…" (no open redirect). */
  static String safeNext(String next) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\") ? next : "/";
  }
}
