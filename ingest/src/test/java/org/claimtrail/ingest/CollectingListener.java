package org.claimtrail.ingest;

import java.util.ArrayList;
import java.util.List;

/** Records what an ingest run reported, for assertions. */
final class CollectingListener implements IngestListener {
  final List<String> skipped = new ArrayList<>();
  final List<String> failed = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();

  @Override
  public void skipped(String origin, String reason) {
    skipped.add(origin + ": " + reason);
  }

  @Override
  public void failed(String origin, String reason) {
    failed.add(origin + ": " + reason);
  }

  @Override
  public void warning(String origin, String message) {
    warnings.add(origin + ": " + message);
  }
}
