package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.model.BodyStance;
import org.claimtrail.model.CheckReport;
import org.claimtrail.server.BadRequest;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.server.check.ClaimChecker;

/**
 * "Check a claim": a box for a claim in plain words, and the stored articles that carry it grouped
 * by stance (agree, disagree, discuss), each with its evidence sentences, the claims Claimtrail
 * found in them marked as on the article page.
 */
final class CheckPage {
  static final List<BodyStance> SHOWN = List.of(BodyStance.AGREE, BodyStance.DISAGREE, BodyStance.DISCUSS);
  static final int LIMIT = 20;
  private final Services s;

  CheckPage(Services s) {
    this.s = s;
  }

  /** A run of an evidence sentence: plain text, or an extracted claim's content with its stance. */
  record Piece(String text, String stance, String title) {}

  record Group(BodyStance stance, List<CheckReport.Checked> articles) {}

  /** The claim asked (or null), the answer by stance, or why there is none. */
  record Model(String claim, CheckReport report, List<Group> groups, String error) {}

  void render(Context ctx) {
    Optional<String> claim = Params.text(ctx, "claim");
    Optional<ClaimChecker> checker = s.options().checker();
    if (checker.isEmpty()) {
      ctx.status(503);
      Templates.render(ctx, "check", new Model(claim.orElse(null), null, List.of(), "Claim checks are off on this server."));
      return;
    }
    if (claim.isEmpty()) {
      Templates.render(ctx, "check", new Model(null, null, List.of(), null));
      return;
    }
    try {
      CheckReport r = checker.get().check(claim.get(), LIMIT);
      List<Group> groups = new ArrayList<>();
      SHOWN.forEach(st -> groups.add(new Group(st, r.of(st))));
      Templates.render(ctx, "check", new Model(claim.get(), r, groups, null));
    } catch (IllegalArgumentException | BadRequest e) {
      ctx.status(400);
      Templates.render(ctx, "check", new Model(claim.get(), null, List.of(), e.getMessage()));
    }
  }

  /** The sentence cut at the claims found in it, in order; a claim not found verbatim stays unmarked. */
  static List<Piece> pieces(CheckReport.Evidence e) {
    String text = e.sentence();
    List<Piece> out = new ArrayList<>();
    int at = 0;
    for (CheckReport.EvidenceClaim c : e.claims()) {
      int i = c.content() == null || c.content().isEmpty() ? -1 : text.indexOf(c.content(), at);
      if (i < 0) {
        continue;
      }
      if (i > at) {
        out.add(new Piece(text.substring(at, i), null, null));
      }
      out.add(new Piece(c.content(), c.stance(), c.source() + " " + c.cue() + " (" + c.stance() + ")"));
      at = i + c.content().length();
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), null, null));
    }
    return out;
  }

  static String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }
}
