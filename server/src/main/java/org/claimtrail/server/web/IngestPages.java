package org.claimtrail.server.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimtrail.server.Params;
import org.claimtrail.server.Services;
import org.claimtrail.server.api.JobState;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.server.upload.UploadReceiver;
import org.claimtrail.store.Uploads;

/** Upload files in the browser, then watch their ingest: progress and per-file errors. */
final class IngestPages {
  private final Services s;

  IngestPages(Services s) {
    this.s = s;
  }

  /**
   * The upload form.
   *
   * @param accepts whether this server ingests uploads at all
   * @param writable whether it has a token, without which nobody may upload
   */
  record FormModel(long maxUploadMb, boolean accepts, boolean writable, String field, List<Uploads.Upload> recent,
      Optional<BackgroundIngest.Snapshot> progress) {}

  /** One upload job and its files. */
  record JobModel(String job, String state, List<Uploads.Upload> files) {
    boolean over() {
      return state.equals("done") || state.equals("finished with errors");
    }

    int claims() {
      return files.stream().mapToInt(Uploads.Upload::claims).sum();
    }
  }

  void form(Context ctx) {
    Templates.render(ctx, "ingest", new FormModel(s.options().maxUploadBytes() / (1024 * 1024), s.options().ingest().isPresent(), s.tokens().configured(),
        UploadReceiver.FIELD, s.uploads().recent(20), s.options().background().map(BackgroundIngest::snapshot)));
  }

  void upload(Context ctx) {
    s.receiver().checkDeclaredSize(ctx);
    s.tokens().require(ctx);
    String job = s.receiver().receive(ctx, new ArrayList<>());
    ctx.redirect("/ingest/jobs/" + job, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void job(Context ctx) {
    Templates.render(ctx, "ingestJob", job(Params.jobId(ctx, "job")));
  }

  /** The part the job page polls: it stops polling (drops its trigger) when the job is over. */
  void jobStatus(Context ctx) {
    Templates.render(ctx, "jobStatus", job(Params.jobId(ctx, "job")));
  }

  /** The background ingest's progress alone, which its panel polls; 404 when the server runs none. */
  void progress(Context ctx) {
    BackgroundIngest run = s.options().background().orElseThrow(() -> new io.javalin.http.NotFoundResponse("This server runs no background ingest"));
    BackgroundIngest.Snapshot now = run.snapshot();
    if (!now.running()) {
      // The dashboard's clusters refresh at once on this event rather than at their next poll.
      ctx.header("HX-Trigger", "ingest-done");
    }
    Templates.render(ctx, "progress", now);
  }

  private JobModel job(String job) {
    List<Uploads.Upload> files = s.uploads().job(job);
    if (files.isEmpty()) {
      throw new io.javalin.http.NotFoundResponse("No ingest job " + job);
    }
    return new JobModel(job, JobState.of(files), files);
  }
}
