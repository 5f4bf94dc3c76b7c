package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.store.Queries;

/**
 * One claim cluster: the claim, its status and history, the provenance tree (origin →
 * intermediaries → outlets), stance over time, every article that carries it with the exact
 * words, and the analyst's status override form.
 */
final class ClusterPage {
  static final List<String> STATUSES = List.of("claimed", "corroborated", "confirmed", "disputed", "retracted");
  private final Services s;

  ClusterPage(Services s) {
    this.s = s;
  }

  /** A step of the provenance tree, with how many claims took it. */
  record Node(String name, int count, List<Node> children) {}

  /** The cluster, its provenance tree, and its members' stances per publication day. */
  record Model(Queries.ClusterView cluster, List<Node> tree, Map<String, List<String>> stanceByDay) {}

  void render(Context ctx) {
    long id = Params.id(ctx, "id");
    Optional<Queries.ClusterView> v = s.queries().cluster(id);
    if (v.isEmpty()) {
      Templates.message(ctx, 404, Templates.Message.plain("Not found", "No such claim cluster",
          "Cluster " + id + " does not exist (clusters are renumbered by each linking run)."));
      return;
    }
    Queries.ClusterView c = v.get();
    Templates.render(ctx, "cluster", new Model(c, provenance(c), stanceByDay(c)));
  }

  /** Origin → intermediaries → outlet for each claim, merged into a tree that counts the claims on each path. */
  static List<Node> provenance(Queries.ClusterView c) {
    Step root = new Step("");
    for (Queries.ClaimRow r : c.members()) {
      List<String> path = new ArrayList<>();
      path.add(r.source());
      List<String> via = new ArrayList<>(r.via());
      Collections.reverse(via);
      path.addAll(via);
      path.add(r.publisher() != null ? r.publisher() : r.articleLabel());
      Step n = root;
      for (String step : path) {
        n = n.children.computeIfAbsent(step, Step::new);
        n.count++;
      }
    }
    return root.node().children();
  }

  /** The tree while it is built. */
  private static final class Step {
    final String name;
    final Map<String, Step> children = new TreeMap<>();
    int count;

    Step(String name) {
      this.name = name;
    }

    Node node() {
      return new Node(name, count, children.values().stream().map(Step::node).toList());
    }
  }

  /** One entry per publication day: the stances of that day's claims. */
  private static Map<String, List<String>> stanceByDay(Queries.ClusterView c) {
    TreeMap<String, List<String>> byDay = new TreeMap<>();
    c.members().forEach(r -> byDay.computeIfAbsent(Format.day(r.published(), "undated"), k -> new ArrayList<>()).add(r.stance()));
    return byDay;
  }

  void override(Context ctx) {
    s.tokens().require(ctx);
    long id = Params.id(ctx, "id");
    try {
      s.edits().overrideStatus(id, ctx.formParam("status"), ctx.formParam("reason"));
    } catch (IllegalArgumentException e) {
      Templates.message(ctx, e.getMessage().startsWith("No claim cluster") ? 404 : 400,
          new Templates.Message("Not saved", "Not saved", e.getMessage(), true, "/clusters/" + id, "Back to the cluster"));
      return;
    }
    ctx.redirect("/clusters/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
  }
}
