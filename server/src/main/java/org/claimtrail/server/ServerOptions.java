package org.claimtrail.server;

import java.nio.file.Path;
import java.util.Optional;
import org.claimtrail.server.check.ClaimChecker;
import org.claimtrail.server.progress.BackgroundIngest;
import org.claimtrail.server.upload.IngestQueue;

/**
 * How the server runs.
 *
 * @param token the API token that write endpoints require (and reads, when {@code closedReads});
 *     with none, write endpoints are refused outright
 * @param closedReads whether reading the API and the pages needs the token too
 * @param maxUploadBytes the most one upload request may carry
 * @param uploadDir where uploaded files are kept (under generated names, never the client's)
 * @param ingest what ingests uploaded files; without one, the upload endpoints answer 503
 * @param background an ingest running beside the server (the demo's), whose progress the
 *     dashboard and the Ingest page show
 * @param checker what checks a claim against the store; without one, the check endpoint and page
 *     answer 503
 */
public record ServerOptions(Optional<String> token, boolean closedReads, long maxUploadBytes, Path uploadDir, Optional<IngestQueue> ingest,
    Optional<BackgroundIngest> background, Optional<ClaimChecker> checker) {
  public static final long DEFAULT_MAX_UPLOAD = 64L * 1024 * 1024;

  public ServerOptions {
    token = token.filter(t -> !t.isBlank());
    if (closedReads && token.isEmpty()) {
      throw new IllegalArgumentException("Closed reads need an API token");
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("maxUploadBytes must be positive");
    }
  }

  /** Without a background ingest. */
  public ServerOptions(Optional<String> token, boolean closedReads, long maxUploadBytes, Path uploadDir, Optional<IngestQueue> ingest) {
    this(token, closedReads, maxUploadBytes, uploadDir, ingest, Optional.empty(), Optional.empty());
  }

  /** The same, showing the progress of {@code run}. */
  public ServerOptions withBackground(BackgroundIngest run) {
    return new ServerOptions(token, closedReads, maxUploadBytes, uploadDir, ingest, Optional.of(run), checker);
  }

  /** The same, checking claims with {@code c}. */
  public ServerOptions withChecker(ClaimChecker c) {
    return new ServerOptions(token, closedReads, maxUploadBytes, uploadDir, ingest, background, Optional.of(c));
  }

  /** Read-only: no token, no uploads. */
  public static ServerOptions readOnly(Path uploadDir) {
    return new ServerOptions(Optional.empty(), false, DEFAULT_MAX_UPLOAD, uploadDir, Optional.empty());
  }
}
