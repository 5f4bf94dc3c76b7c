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
    ctx.html(Html.page("Sign in", new Html().raw("<h1>Sign in</h1><p class=\"lead\">This Claimtrail server is private. Enter its API token.</p>")
        .raw("<form method=\"post\" action=\"/login\" class=\"stack\"><input type=\"hidden\" name=\"next\" value=\"").text(safeNext(ctx.queryParam("next")))
        .raw("\"><label>API token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label><button>Sign in</button></form>").toString()));
  }

  void signIn(Context ctx) {
    String token = ctx.formParam("token");
    if (token == null || !s.tokens().matches(token)) {
      ctx.status(403).html(Html.page("Sign in", "<h1>Sign in</h1><p class=\"error\">Wrong token.</p><p><a href=\"/login\">Try again</a></p>"));
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
