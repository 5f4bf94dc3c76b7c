package org.claimtrail.app.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress display on stderr (count, rate, and ETA when the total is known), redrawn at
 * most twice a second, and only when stderr is a terminal so that logs stay clean.
 */
final class Progress {
  private final PrintStream err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private final long total;
  private long lastDraw;

  /**
   * @param total the expected count, or a negative number when unknown
   */
  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  /**
   * Whether stderr is a terminal: the launcher says so in {@code claimtrail.progress} (the shell
   * can test stderr alone); without it, a console means one.
   */
  static boolean terminal() {
    String said = System.getProperty("claimtrail.progress");
    return said != null ? Boolean.parseBoolean(said) : System.console() != null;
  }

  void update(long done, String extra) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 500_000_000L) {
      return;
    }
    lastDraw = now;
    err.print("\r" + line(done, now, extra) + "\u001b[K");
    err.flush();
  }

  void finish(long done, String extra) {
    if (enabled) {
      err.print("\r" + line(done, System.nanoTime(), extra) + "\u001b[K\n");
      err.flush();
    }
  }

  private String line(long done, long now, String extra) {
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = done / seconds;
    StringBuilder sb = new StringBuilder();
    sb.append(done);
    if (total > 0) {
      sb.append('/').append(total);
    }
    sb.append(" documents, ").append(String.format(Locale.ROOT, "%.1f/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      long eta = Math.round((total - done) / rate);
      sb.append(String.format(Locale.ROOT, ", ETA %d:%02d", eta / 60, eta % 60));
    }
    if (!extra.isEmpty()) {
      sb.append(", ").append(extra);
    }
    return sb.toString();
  }
}
