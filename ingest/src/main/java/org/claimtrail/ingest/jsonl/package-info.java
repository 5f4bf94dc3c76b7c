/**
 * JSON Lines: one article per line. Accepted field names (the first present wins):
 *
 * <ul>
 *   <li>body as HTML: {@code html}, {@code raw_html}, {@code content_html}
 *   <li>body as text: {@code text}, {@code body}, {@code content}, {@code article}, {@code
 *       maintext}
 *   <li>{@code url}, {@code link}, {@code canonical_url}
 *   <li>{@code title}, {@code headline}
 *   <li>{@code published}, {@code published_at}, {@code date_publish}, {@code datePublished},
 *       {@code date}, {@code pubdate} (ISO-8601, RFC 1123 or epoch seconds/milliseconds)
 *   <li>{@code publisher}, {@code site_name}, {@code source_domain}, {@code site}, {@code outlet},
 *       {@code source} (when a string)
 *   <li>{@code authors} (array or string), {@code author}, {@code byline}
 *   <li>{@code language}, {@code lang}
 *   <li>{@code id}: shown in the document's origin
 * </ul>
 *
 * When a record has both, the HTML body is used (it carries structure and metadata).
 */
package org.claimtrail.ingest.jsonl;
