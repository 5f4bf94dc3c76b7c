package org.claimtrail.stance;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.claimtrail.stance.features.BodyText;
import org.claimtrail.stance.features.ClaimText;
import org.claimtrail.stance.features.FeatureGroup;
import org.claimtrail.stance.features.PairFeatures;
import org.claimtrail.stance.text.Idf;
import org.tribuo.Model;
import org.tribuo.classification.Label;

/**
 * A trained stance model: its {@link Design}, the document frequencies its features use, and one
 * or two Tribuo classifiers. Stored as one zip ({@code model.properties}, {@code idf.tsv}, {@code
 * first.tribuo} and, for two stages, {@code second.tribuo}: Tribuo's protobuf format). The
 * default model ({@value #DEFAULT}) is learnt from FNC-1's training bodies by {@code claimtrail
 * train fnc1}. Thread-safe.
 */
public final class StanceModel {
  public static final String DEFAULT = "fnc1-stance.zip";
  private static volatile StanceModel defaultModel;
  private final Properties info;
  private final Design design;
  private final Idf idf;
  private final PairFeatures features;
  private final Model<Label> first;
  private final Model<Label> second;

  StanceModel(Properties info, Design design, Idf idf, Model<Label> first, Model<Label> second) {
    this.info = info;
    this.design = design;
    this.idf = idf;
    this.features = new PairFeatures(idf, design.groups());
    this.first = first;
    this.second = second;
  }

  /** The model shipped in this jar, loaded once. */
  public static StanceModel loadDefault() {
    StanceModel m = defaultModel;
    if (m == null) {
      synchronized (StanceModel.class) {
        if (defaultModel == null) {
          try (InputStream in = StanceModel.class.getResourceAsStream(DEFAULT)) {
            if (in == null) {
              throw new IllegalStateException(DEFAULT + " is missing from the stance jar; build it with 'claimtrail train fnc1'");
            }
            defaultModel = read(in, DEFAULT);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default stance model", e);
          }
        }
        m = defaultModel;
      }
    }
    return m;
  }

  /** A model written by {@link #save}; a file that is not one is an {@link IOException} naming it. */
  public static StanceModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public Design design() {
    return design;
  }

  /** What the model was trained on and how ({@code model.properties}). */
  public Properties info() {
    Properties p = new Properties();
    p.putAll(info);
    return p;
  }

  /** The verdicts on each (claim, body) pair, in order. */
  public List<StanceVerdict> judge(List<ClaimText> claims, List<BodyText> bodies) {
    if (claims.size() != bodies.size()) {
      throw new IllegalArgumentException(claims.size() + " claims but " + bodies.size() + " bodies");
    }
    List<org.tribuo.Example<Label>> examples = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      examples.add(Examples.of(features.of(claims.get(i), bodies.get(i)), Examples.UNKNOWN, 1f));
    }
    List<Map<String, Double>> p1 = Examples.scores(first, examples);
    List<Map<String, Double>> p2 = second == null ? null : Examples.scores(second, examples);
    List<StanceVerdict> out = new ArrayList<>(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      out.add(Verdicts.of(p1.get(i), p2 == null ? null : p2.get(i), claims.get(i), bodies.get(i)));
    }
    return out;
  }

  /** One pair. */
  public StanceVerdict judge(ClaimText claim, BodyText body) {
    return judge(List.of(claim), List.of(body)).get(0);
  }

  public void save(Path file) throws IOException {
    try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
      zip.putNextEntry(new ZipEntry("model.properties"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      info.store(w, "Claimtrail stance model");
      w.flush();
      zip.putNextEntry(new ZipEntry("idf.tsv"));
      idf.write(w);
      w.flush();
      zip.putNextEntry(new ZipEntry("first.tribuo"));
      first.serializeToStream(zip);
      if (second != null) {
        zip.putNextEntry(new ZipEntry("second.tribuo"));
        second.serializeToStream(zip);
      }
      zip.closeEntry();
    }
  }

  static Properties describe(Design d) {
    Properties p = new Properties();
    p.setProperty("design", d.name());
    p.setProperty("two-stage", Boolean.toString(d.twoStage()));
    p.setProperty("groups", String.join(",", d.groups().stream().map(Enum::name).sorted().toList()));
    p.setProperty("balance", Double.toString(d.balance()));
    p.setProperty("trees", Integer.toString(d.trees()));
    p.setProperty("depth", Integer.toString(d.depth()));
    p.setProperty("eta", Double.toString(d.eta()));
    return p;
  }

  private static StanceModel read(InputStream in, String name) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        zip.transferTo(bytes);
        entries.put(e.getName(), bytes.toByteArray());
      }
    }
    for (String needed : List.of("model.properties", "idf.tsv", "first.tribuo")) {
      if (!entries.containsKey(needed)) {
        throw new IOException(name + ": not a stance model (no " + needed + " inside)");
      }
    }
    Properties p = new Properties();
    p.load(new InputStreamReader(new ByteArrayInputStream(entries.get("model.properties")), StandardCharsets.UTF_8));
    Design d = design(p, name);
    Idf idf = Idf.read(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(entries.get("idf.tsv")), StandardCharsets.UTF_8)), name + "!idf.tsv");
    Model<Label> first = Examples.model(entries.get("first.tribuo"), name + "!first.tribuo");
    Model<Label> second = entries.containsKey("second.tribuo") ? Examples.model(entries.get("second.tribuo"), name + "!second.tribuo") : null;
    if (d.twoStage() != (second != null)) {
      throw new IOException(name + ": the design says " + (d.twoStage() ? "two stages" : "one stage") + " but the file holds " + (second != null ? "two" : "one"));
    }
    return new StanceModel(p, d, idf, first, second);
  }

  private static Design design(Properties p, String name) throws IOException {
    try {
      EnumSet<FeatureGroup> groups = EnumSet.noneOf(FeatureGroup.class);
      for (String g : p.getProperty("groups", "").split(",")) {
        groups.add(FeatureGroup.valueOf(g.strip()));
      }
      return new Design(p.getProperty("design"), Boolean.parseBoolean(p.getProperty("two-stage")), groups,
          Double.parseDouble(p.getProperty("balance")), Integer.parseInt(p.getProperty("trees")),
          Integer.parseInt(p.getProperty("depth")), Double.parseDouble(p.getProperty("eta")));
    } catch (RuntimeException e) {
      throw new IOException(name + "!model.properties: " + e.getMessage(), e);
    }
  }
}
