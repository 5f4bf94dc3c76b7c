/**
 * Server-rendered HTML pages: each page class reads what its page shows into a model record, and
 * its jte template ({@code server/src/main/jte}, compiled into this package at build time) draws
 * it. jte escapes every value by where it lands; the only markup passed through unescaped is the
 * search highlighter's snippet (Lucene escapes its text) and the timeline's JSON (Jackson escapes
 * {@code <}, {@code >} and {@code &}).
 */
package org.claimtrail.server.web;
