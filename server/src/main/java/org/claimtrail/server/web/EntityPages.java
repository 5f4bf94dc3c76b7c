package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.EntityQueries;

/** The entity list (searchable by name or alias) and each entity's page. */
final class EntityPages {
  static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "COUNTRY", "PLACE", "MEDIA", "OTHER");
  private static final int PAGE = 50;
  /** Claims shown by and about an entity. */
  private static final int CLAIMS = 100;
  private final Services s;

  EntityPages(Services s) {
    this.s = s;
  }

  record ListModel(String q, String type, List<EntityQueries.EntitySummary> rows, Pager pager) {}

  /**
   * An entity's page.
   *
   * @param limit the most claims each list shows
   * @param aboutArticles how many of the latest articles naming it "claims about" reads
   */
  record EntityModel(EntityQueries.EntityView entity, int limit, int aboutArticles) {}

  void list(Context ctx) {
    Optional<String> q = Params.text(ctx, "q");
    Optional<String> type = Params.entityType(ctx, "type");
    int offset = Params.integer(ctx, "offset", 0, 0, 10_000_000);
    List<EntityQueries.EntitySummary> rows = s.entities().list(q, type, PAGE, offset);
    String base = "/entities?q=" + Format.q(q.orElse("")) + "&type=" + Format.q(type.orElse(""));
    Templates.render(ctx, "entities", new ListModel(q.orElse(""), type.orElse(""), rows, Pager.of(base, offset, PAGE, rows.size())));
  }

  void entity(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<EntityQueries.EntityView> found = s.entities().entity(id, CLAIMS);
    if (found.isEmpty()) {
      Templates.message(ctx, 404, Templates.Message.plain("Not found", "No such entity", "Entity " + id + " does not exist."));
      return;
    }
    Templates.render(ctx, "entity", new EntityModel(found.get(), CLAIMS, EntityQueries.ABOUT_ARTICLES));
  }

  void addAlias(Context ctx) {
    s.tokens().require(ctx);
    long id = Params.id(ctx, "id");
    Optional<EntityQueries.EntityView> e = s.entities().entity(id, 1);
    if (e.isEmpty()) {
      Templates.message(ctx, 404, Templates.Message.plain("Not found", "No such entity", "Entity " + id + " does not exist."));
      return;
    }
    try {
      s.edits().addAlias(ctx.formParam("alias"), e.get().summary().name(), e.get().summary().type());
    } catch (IllegalArgumentException ex) {
      Templates.message(ctx, 400, new Templates.Message("Not saved", "Not saved", ex.getMessage(), true, "/entities/" + id, "Back"));
      return;
    }
    ctx.redirect("/entities/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
