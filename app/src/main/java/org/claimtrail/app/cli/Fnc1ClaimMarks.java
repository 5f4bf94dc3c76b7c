package org.claimtrail.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimtrail.model.Stance;
import org.claimtrail.stance.features.ClaimMark;

/**
 * The claims Claimtrail found in FNC-1 bodies, read from {@code claimtrail claims} output over the
 * bodies written as JSON lines with {@code "id": "fnc1-body-<Body ID>"}. Each claim is placed in
 * the raw body by its content's text (the claims stage's offsets count in the cleaned text).
 */
final class Fnc1ClaimMarks {
  private static final Pattern ID = Pattern.compile("\\(id fnc1-body-(\\d+)\\)");

  private Fnc1ClaimMarks() {}

  static Map<Integer, List<ClaimMark>> read(Path file, Map<Integer, String> bodies) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<Integer, List<ClaimMark>> marks = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode c;
        try {
          c = json.readTree(line);
        } catch (IOException e) {
          throw new IOException(file + " line " + lineNo + ": not JSON: " + e.getMessage(), e);
        }
        Matcher m = ID.matcher(c.path("document").asText());
        if (!m.find()) {
          throw new IOException(file + " line " + lineNo + ": the document is not an FNC-1 body (no '(id fnc1-body-N)')");
        }
        int id = Integer.parseInt(m.group(1));
        String body = bodies.get(id);
        List<ClaimMark> list = marks.computeIfAbsent(id, k -> new ArrayList<>());
        int at = body == null ? -1 : body.indexOf(c.path("content").asText());
        if (at >= 0) {
          list.add(new ClaimMark(at, at + c.path("content").asText().length(), Stance.parse(c.path("stance").asText())));
        }
      }
    }
    return marks;
  }
}
