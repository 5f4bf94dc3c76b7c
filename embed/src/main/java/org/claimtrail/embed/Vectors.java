package org.claimtrail.embed;

/** Arithmetic on sentence vectors. */
public final class Vectors {
  private Vectors() {}

  /** The cosine of two vectors of the same length (0 when either is all zeros). */
  public static float cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0f : (float) (dot / Math.sqrt(na * nb));
  }

  /** The dot product; for the encoder's unit vectors, their cosine. */
  public static float dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("Vectors differ in length: " + a.length + " and " + b.length);
    }
    float dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  /** The vector scaled to length 1 (a copy; all zeros stay zeros). */
  public static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] u = new float[v.length];
    if (n == 0) {
      return u;
    }
    float s = (float) (1 / Math.sqrt(n));
    for (int i = 0; i < v.length; i++) {
      u[i] = v[i] * s;
    }
    return u;
  }
}
