package org.claimtrail.embed;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Keeps the vectors an encoder made in a folder, keyed by the SHA-256 of each text, so a second
 * run over the same corpus encodes nothing. One file per encoder version ({@code
 * vectors-<hash of version>.bin}: records of 32 key bytes and the floats); new vectors are
 * appended, a torn last record (a killed run) is cut off. Thread-safe.
 */
public final class VectorCache implements TextEncoder {
  private final TextEncoder encoder;
  private final Path file;
  private final Map<ByteBuffer, float[]> vectors = new HashMap<>();
  private int dimensions = -1;

  private VectorCache(TextEncoder encoder, Path file) {
    this.encoder = encoder;
    this.file = file;
  }

  /** Opens (or starts) the cache of {@code encoder}'s vectors in {@code folder}. */
  public static VectorCache open(TextEncoder encoder, Path folder) {
    try {
      Files.createDirectories(folder);
      Path file = folder.resolve("vectors-" + HexFormat.of().formatHex(sha256(encoder.version())).substring(0, 12) + ".bin");
      VectorCache cache = new VectorCache(encoder, file);
      if (Files.exists(file)) {
        cache.read();
      }
      return cache;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the vector cache in " + folder, e);
    }
  }

  @Override
  public String version() {
    return encoder.version();
  }

  /** Vectors in the cache. */
  public synchronized int size() {
    return vectors.size();
  }

  @Override
  public synchronized List<float[]> encode(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    java.util.Set<String> missing = new java.util.LinkedHashSet<>();
    for (String t : texts) {
      float[] v = vectors.get(ByteBuffer.wrap(sha256(t)));
      out.add(v);
      if (v == null) {
        missing.add(t);
      }
    }
    if (!missing.isEmpty()) {
      List<String> asked = List.copyOf(missing);
      append(asked, encoder.encode(asked));
      for (int i = 0; i < out.size(); i++) {
        if (out.get(i) == null) {
          out.set(i, vectors.get(ByteBuffer.wrap(sha256(texts.get(i)))));
        }
      }
    }
    return out;
  }

  private void append(List<String> texts, List<float[]> made) {
    try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os))) {
      for (int i = 0; i < texts.size(); i++) {
        byte[] key = sha256(texts.get(i));
        float[] v = made.get(i);
        if (vectors.put(ByteBuffer.wrap(key), v) != null) {
          continue;
        }
        out.write(key);
        out.writeInt(v.length);
        for (float x : v) {
          out.writeFloat(x);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the vector cache " + file, e);
    }
  }

  private void read() throws IOException {
    long good = 0;
    try (InputStream is = Files.newInputStream(file); DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(is))) {
      while (true) {
        byte[] key = new byte[32];
        float[] v;
        try {
          in.readFully(key);
          v = new float[in.readInt()];
          for (int d = 0; d < v.length; d++) {
            v[d] = in.readFloat();
          }
        } catch (EOFException torn) {
          break;
        }
        dimensions = dimensions < 0 ? v.length : dimensions;
        if (v.length != dimensions) {
          throw new IOException(file + ": a vector of " + v.length + " floats among vectors of " + dimensions);
        }
        vectors.put(ByteBuffer.wrap(key), v);
        good += key.length + 4 + 4L * v.length;
      }
    }
    if (Files.size(file) > good) {
      // A killed run left half a record: cut it off, or the next append would be read askew.
      try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(good);
      }
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }
}
