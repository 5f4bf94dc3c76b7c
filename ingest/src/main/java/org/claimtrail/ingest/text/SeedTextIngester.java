package org.claimtrail.ingest.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.ingest.BoundedInputStream;
import org.claimtrail.ingest.DocumentSource;
import org.claimtrail.ingest.Head;
import org.claimtrail.ingest.IngestException;
import org.claimtrail.ingest.IngestListener;
import org.claimtrail.ingest.IngestOptions;
import org.claimtrail.ingest.Ingester;
import org.claimtrail.ingest.SingleDocument;
import org.claimtrail.model.RawDocument;
import org.claimtrail.model.SourceHints;

/**
 * The scraped plain-text format of the seed corpus: optional leading white space, then {@code date
 * YYYY-MM-DD} and the body, which starts on the same line. Bytes are read as UTF-8; invalid bytes
 * (mojibake) become U+FFFD rather than failing.
 */
public final class SeedTextIngester implements Ingester {
  public static final String NAME = "seed";
  private static final Pattern DATE_LINE =
      Pattern.compile("^\\uFEFF?\\s*date\\s+(\\d{1,4}-\\d{1,2}-\\d{1,2})[ \\t]*(\\R?)");

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> mediaTypes() {
    return Set.of("text/x-claimtrail-seed");
  }

  @Override
  public Match sniff(Head head) {
    return head.text().matches("(?s)date\\s+\\d{1,4}-\\d{1,2}-\\d{1,2}\\b.*") ? Match.BY_CONTENT : Match.NONE;
  }

  @Override
  public DocumentSource open(InputStream in, String origin, IngestOptions options, IngestListener listener)
      throws IOException {
    try (in) {
      String text = new String(BoundedInputStream.readAll(in, options.maxDocumentBytes(), origin), StandardCharsets.UTF_8);
      return new SingleDocument(parse(text, origin, listener), listener);
    }
  }

  /** Splits the date line from the body; a file without one is bad input for this format. */
  public static RawDocument parse(String text, String origin, IngestListener listener) throws IngestException {
    Matcher m = DATE_LINE.matcher(text);
    if (!m.find()) {
      throw new IngestException(origin, "expected 'date YYYY-MM-DD' at the start of the seed format");
    }
    SourceHints hints = SourceHints.NONE;
    try {
      LocalDate date = LocalDate.parse(m.group(1));
      java.util.Optional<java.time.Instant> when = org.claimtrail.model.Timestamps.plausible(date.atStartOfDay(ZoneOffset.UTC).toInstant());
      if (when.isPresent()) {
        hints = hints.withPublished(when.get());
      } else {
        listener.warning(origin, "ignored implausible date '" + m.group(1) + "'");
      }
    } catch (DateTimeParseException e) {
      listener.warning(origin, "ignored invalid date '" + m.group(1) + "'");
    }
    String body = text.substring(m.end());
    if (body.isBlank()) {
      throw new IngestException(origin, "no article text after the date line");
    }
    return RawDocument.text(origin, body, hints);
  }
}
