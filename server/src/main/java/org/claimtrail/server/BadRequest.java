package org.claimtrail.server;

/** A request the client got wrong: answered with 400 and the message, never a 500. */
public final class BadRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadRequest(String message) {
    super(message);
  }
}
