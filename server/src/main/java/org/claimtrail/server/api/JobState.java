package org.claimtrail.server.api;

import java.util.List;
import org.claimtrail.store.Uploads;

/** A job's overall state from its files': running until every file is done or failed. */
public final class JobState {
  private JobState() {}

  public static String of(List<Uploads.Upload> files) {
    boolean pending = files.stream().anyMatch(f -> f.state().equals(Uploads.RECEIVED) || f.state().equals(Uploads.RUNNING));
    if (pending) {
      return files.stream().anyMatch(f -> !f.state().equals(Uploads.RECEIVED)) ? "running" : "queued";
    }
    return files.stream().anyMatch(f -> f.state().equals(Uploads.FAILED) || f.errors().isPresent()) ? "finished with errors" : "done";
  }
}
