package org.claimtrail.eval.fnc1;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.claimtrail.model.BodyStance;

/**
 * FNC-1's CSV files, read with Jackson's CSV parser (RFC 4180: quoted fields over several lines,
 * doubled quotes; without a schema each row is an array of strings). Columns are found by their header names, in any order. A row with another
 * number of fields than the header, a Body ID that is not a number or comes twice, an unknown
 * stance or an unclosed quote stops the read with an {@link Fnc1FormatException} naming the file
 * and the row's first line.
 */
public final class Fnc1Csv {
  public static final String BODY_ID = "Body ID";
  public static final String BODY = "articleBody";
  public static final String HEADLINE = "Headline";
  public static final String STANCE = "Stance";
  private static final CsvFactory CSV = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      // Quote only what needs it, as FNC-1's own files do ("Body ID" unquoted).
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private Fnc1Csv() {}

  /** A bodies file ({@code Body ID,articleBody}): the bodies by id, in file order. */
  public static Map<Integer, String> readBodies(Path file) throws IOException {
    Map<Integer, String> bodies = new LinkedHashMap<>();
    Rows rows = new Rows(file);
    int id = rows.column(BODY_ID, true);
    int body = rows.column(BODY, true);
    rows.each(row -> {
      int bodyId = rows.integer(row, id);
      if (bodies.putIfAbsent(bodyId, row.fields().get(body)) != null) {
        throw rows.error(row, "Body ID " + bodyId + " comes twice");
      }
    });
    return bodies;
  }

  /** A stances file ({@code Headline,Body ID[,Stance]}): the pairs in file order. */
  public static List<Fnc1Pair> readPairs(Path file) throws IOException {
    List<Fnc1Pair> pairs = new ArrayList<>();
    Rows rows = new Rows(file);
    int headline = rows.column(HEADLINE, true);
    int id = rows.column(BODY_ID, true);
    int stance = rows.column(STANCE, false);
    rows.each(row -> {
      Optional<BodyStance> gold = Optional.empty();
      if (stance >= 0) {
        String label = row.fields().get(stance);
        gold = BodyStance.of(label);
        if (gold.isEmpty()) {
          throw rows.error(row, "unknown stance '" + label + "' (agree, disagree, discuss or unrelated)");
        }
      }
      pairs.add(new Fnc1Pair(row.fields().get(headline), rows.integer(row, id), gold, row.line()));
    });
    return pairs;
  }

  /** Writes {@code Headline,Body ID,Stance}, one row per pair in their order. */
  public static void writePredictions(Path file, List<Fnc1Pair> pairs, List<BodyStance> stances) throws IOException {
    if (pairs.size() != stances.size()) {
      throw new IllegalArgumentException(pairs.size() + " pairs but " + stances.size() + " stances");
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CsvGenerator out = CSV.createGenerator(w)) {
      row(out, HEADLINE, BODY_ID, STANCE);
      for (int i = 0; i < pairs.size(); i++) {
        row(out, pairs.get(i).headline(), Integer.toString(pairs.get(i).bodyId()), stances.get(i).label());
      }
    }
  }

  private static void row(CsvGenerator out, String... fields) throws IOException {
    out.writeStartArray();
    for (String f : fields) {
      out.writeString(f);
    }
    out.writeEndArray();
  }

  /** A data row: its fields and the line it starts on. */
  private record Row(List<String> fields, long line) {}

  /** The rows of one file after its header. */
  private static final class Rows {
    private final Path file;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> header;

    Rows(Path file) throws IOException {
      this.file = file;
      long ended = 1;
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8); CsvParser p = (CsvParser) CSV.createParser(r)) {
        for (Row row = next(p); row != null; row = next(p)) {
          rows.add(row);
          ended = p.currentLocation().getLineNr(); // past the row's line break: where the next row starts
        }
      } catch (JsonProcessingException e) {
        // Name the line the broken row starts on (an unclosed quote is only noticed at the end of the file).
        long at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        throw new Fnc1FormatException(file, ended, "malformed CSV: " + e.getOriginalMessage() + " (noticed at line " + at + ")", e);
      }
      if (rows.isEmpty()) {
        throw new Fnc1FormatException(file, 1, "empty file: no header");
      }
      List<String> h = new ArrayList<>(rows.remove(0).fields());
      h.set(0, h.get(0).replace("\uFEFF", ""));
      header = List.copyOf(h);
    }

    private static Row next(CsvParser p) throws IOException {
      if (p.nextToken() != JsonToken.START_ARRAY) {
        return null;
      }
      long line = -1;
      List<String> fields = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (line < 0) {
          // A row's array opens where the previous row ended; its first field is on its own line.
          line = p.currentTokenLocation().getLineNr();
        }
        fields.add(p.getText());
      }
      return new Row(fields, line);
    }

    int column(String name, boolean required) throws Fnc1FormatException {
      int i = header.indexOf(name);
      if (i < 0 && required) {
        throw new Fnc1FormatException(file, 1, "no '" + name + "' column in the header " + header);
      }
      return i;
    }

    int integer(Row row, int column) {
      String v = row.fields().get(column).strip();
      try {
        return Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw error(row, "'" + header.get(column) + "' is not a number: '" + v + "'");
      }
    }

    Bad error(Row row, String reason) {
      return new Bad(new Fnc1FormatException(file, row.line(), reason));
    }

    void each(Consumer<Row> action) throws Fnc1FormatException {
      try {
        for (Row row : rows) {
          if (row.fields().size() != header.size()) {
            throw error(row, row.fields().size() + " fields where the header has " + header.size() + " " + header);
          }
          action.accept(row);
        }
      } catch (Bad b) {
        throw b.cause;
      }
    }
  }

  /** Carries a format error out of a lambda. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Fnc1FormatException cause;

    Bad(Fnc1FormatException cause) {
      super(cause.getMessage(), null, false, false);
      this.cause = cause;
    }
  }
}
