package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.server.api.JobState;
import org.claimtrail.server.upload.UploadReceiver;
import org.claimtrail.store.Uploads;

/** Upload files in the browser, then watch their ingest: progress and per-file errors. */
final class IngestPages {
  private final Services s;

  IngestPages(Services s) {
    this.s = s;
  }

  void form(Context ctx) {
    Html h = new Html().raw("<h1>Ingest</h1><p class=\"lead\">Upload news in any format the command line accepts: seed text, HTML pages, RSS/Atom feeds, "
        + "WARC archives (.warc, .warc.gz), JSONL or JSON. Up to " + (s.options().maxUploadBytes() / (1024 * 1024)) + " MB per upload.</p>");
    if (s.options().ingest().isEmpty()) {
      h.raw("<p class=\"error\">This server was started without ingest; start it with <code>claimtrail serve</code> to upload.</p>");
    } else if (!s.tokens().configured()) {
      h.raw("<p class=\"error\">Uploading is disabled: the server was started without an API token.</p>");
    }
    h.raw("<form class=\"stack upload\" method=\"post\" action=\"/ingest\" enctype=\"multipart/form-data\">")
        .raw("<label>Files <input type=\"file\" name=\"" + UploadReceiver.FIELD + "\" multiple required></label>")
        .raw("<label>API token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label><button>Upload and ingest</button></form>")
        .raw("<h2>Recent uploads</h2>");
    uploadsTable(h, s.uploads().recent(20), true);
    ctx.html(Html.page("Ingest", h.toString()));
  }

  void upload(Context ctx) {
    s.receiver().checkDeclaredSize(ctx);
    s.tokens().require(ctx);
    String job = s.receiver().receive(ctx, new ArrayList<>());
    ctx.redirect("/ingest/jobs/" + job, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void job(Context ctx) {
    String job = Params.jobId(ctx, "job");
    Html h = new Html().raw("<h1>Ingest job</h1><p class=\"muted\">").text(job).raw("</p>");
    h.raw(statusFragment(job));
    ctx.html(Html.page("Ingest job", h.raw("<p><a href=\"/ingest\">Upload more</a></p>").toString()));
  }

  /** The part the job page polls: it stops polling (drops its trigger) when the job is over. */
  void jobStatus(Context ctx) {
    ctx.html(statusFragment(Params.jobId(ctx, "job")));
  }

  private String statusFragment(String job) {
    List<Uploads.Upload> files = s.uploads().job(job);
    if (files.isEmpty()) {
      throw new io.javalin.http.NotFoundResponse("No ingest job " + job);
    }
    String state = JobState.of(files);
    boolean over = state.equals("done") || state.equals("finished with errors");
    Html h = new Html().raw("<div id=\"job\"" + (over ? "" : " hx-get=\"/ingest/jobs/" + job + "/status\" hx-trigger=\"every 1s\" hx-swap=\"outerHTML\"") + ">")
        .raw("<p class=\"job-state\">State: <strong class=\"state\">").text(state).raw("</strong></p>");
    uploadsTable(h, files, false);
    if (over) {
      int claims = files.stream().mapToInt(Uploads.Upload::claims).sum();
      h.raw("<p class=\"done\">" + claims + " claims stored. <a href=\"/\">See the clusters</a> · <a href=\"/articles\">the articles</a></p>");
    }
    return h.raw("</div>").toString();
  }

  private static void uploadsTable(Html h, List<Uploads.Upload> files, boolean withJob) {
    if (files.isEmpty()) {
      h.raw("<p class=\"muted\">None yet.</p>");
      return;
    }
    h.raw("<table class=\"uploads\"><thead><tr><th>Received</th><th>File</th><th>Bytes</th><th>State</th><th>Documents</th><th>Articles</th><th>Claims</th><th>Errors</th></tr></thead><tbody>");
    for (Uploads.Upload u : files) {
      h.raw("<tr><td>").text(u.receivedAt().toString().substring(0, 19).replace('T', ' ')).raw("</td><td>");
      if (withJob) {
        h.raw("<a href=\"/ingest/jobs/" + Html.escape(u.job()) + "\">").text(u.name()).raw("</a>");
      } else {
        h.text(u.name());
      }
      h.raw("</td><td>" + u.bytes() + "</td><td><span class=\"upload-state " + Html.escape(u.state()) + "\">").text(u.state()).raw("</span></td><td>" + u.documents()
          + "</td><td>" + u.articles() + "</td><td>" + u.claims() + "</td><td class=\"errors\">");
      u.errors().ifPresent(e -> {
        h.raw("<ul>");
        e.lines().limit(20).forEach(line -> h.raw("<li>").text(line).raw("</li>"));
        h.raw("</ul>");
      });
      h.raw("</td></tr>");
    }
    h.raw("</tbody></table>");
  }

}
