/**
 * Sentence vectors: all-MiniLM-L6-v2 run through ONNX Runtime with its HuggingFace word-piece
 * tokenizer, both loaded from jars on the classpath (nothing is downloaded). {@link
 * org.claimtrail.embed.SentenceEncoder} turns text into unit vectors whose dot product is their
 * cosine; {@link org.claimtrail.embed.SentenceSplitter} cuts raw text into the sentences it reads.
 * The only package that imports {@code ai.onnxruntime} and {@code ai.djl}.
 */
package org.claimtrail.embed;
