/**
 * The synthetic crawl behind {@code bin/storyline synth}: a multilingual news crawl in WARC.gz
 * with known stories and near-duplicates, for benchmarks and for the quality evaluation of dedup
 * and stories. Entry point: {@link io.storyline.synth.SyntheticCrawl#write}.
 *
 * <h2>Output</h2>
 * <pre>
 * DIR/crawl/part-00000.warc.gz ...   WARC/1.0, one gzip member per record; per file one warcinfo
 *                                    record, then one HTTP/1.1 200 text/html response per page
 * DIR/gold/articles.jsonl            one line per page, in WARC order:
 *   {"url", "story" (id or null for a stand-alone article), "lang", "source" (registered domain),
 *    "published_at" (UTC, ISO-8601), "title" (headline without the site suffix),
 *    "text_sha1" (SHA-1 hex of the main text, UTF-8), "words" (tokens of the main text),
 *    "dup_of" (url of the original or null), "dup_kind" ("near", "exact" or null),
 *    "dup_jaccard" (exact word-5-shingle Jaccard with the original, or null)}
 * DIR/gold/near_duplicates.jsonl     {"kind", "original", "copy", "jaccard"}: kind "near" and
 *                                    "exact" are republications (positives); "same_story" pairs
 *                                    are two independent articles of one story in one language
 *                                    (negatives: same facts, different wording)
 * DIR/gold/texts.jsonl.gz            {"url", "text"}: the main text (paragraphs joined by a blank
 *                                    line), ground truth for extraction and brute-force Jaccard
 * DIR/gold/summary.json              counts and settings of the run
 * </pre>
 *
 * <h2>How</h2>
 * {@link io.storyline.synth.StoryPlanner} plans events (Zipf-sized stories and singletons) and
 * their republications in constant memory; {@link io.storyline.synth.ArticleWriter} writes each
 * article from the hand-written sentence banks in {@code src/main/resources/synth/lang-*.txt};
 * {@link io.storyline.synth.PageRenderer} wraps it in its source's page template. Jaccard follows
 * {@link io.storyline.dedup.Shingles}: lower-cased runs of letters and digits, 5 tokens a shingle.
 */
package io.storyline.synth;
