package org.claimtrail.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.http.Context;
import io.javalin.rendering.template.JavalinJte;
import java.util.Map;

/**
 * The pages' templates: {@code server/src/main/jte}, compiled to classes of this package at build
 * time (so no compiler runs in the server) and rendered with jte's HTML output, which escapes every
 * value by where it lands (text, attribute, URL attribute). Each page template takes one model,
 * {@code m}.
 */
public final class Templates {
  private Templates() {}

  /** The renderer Javalin's {@code ctx.render} uses. */
  public static JavalinJte renderer() {
    return new JavalinJte(TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), Templates.class.getPackageName()));
  }

  /** Renders {@code NAME.jte} with {@code model} as its parameter {@code m}. */
  static void render(Context ctx, String name, Object model) {
    ctx.render(name + ".jte", Map.of("m", model));
  }

  /** A short page that says one thing: not found, not saved, an error. */
  record Message(String title, String heading, String text, boolean error, String backHref, String backLabel) {
    static Message plain(String title, String heading, String text) {
      return new Message(title, heading, text, false, null, null);
    }
  }

  static void message(Context ctx, int status, Message m) {
    ctx.status(status);
    render(ctx, "message", m);
  }

  /** The error page of the server's exception handlers: the title, what went wrong, a way back. */
  public static void error(Context ctx, int status, String title, String details) {
    message(ctx, status, new Message(title, title, details == null ? "" : details, false, "/", "Back to the clusters"));
  }
}
