package io.storyline.synth;

/**
 * One page of the crawl as planned, before it is written: which story, language, source and
 * times, and, for a republication, which article it copies.
 *
 * @param planId running number in plan order (the WARC order is shuffled)
 * @param story the event it reports (a singleton story for a stand-alone article)
 * @param articleSeed seed of the article text ({@link ArticleWriter#write})
 * @param kind original, near-duplicate copy or exact copy
 * @param original for a copy, the planned original; else null
 * @param copyText for a copy, its edited text (kept so it is not recomputed); else null
 * @param jaccard for a copy, the exact word-5-shingle Jaccard with the original; else NaN
 */
record PlannedDoc(long planId, Story story, String lang, Source source, long articleSeed, String url, String headline,
                  long publishedEpochSecond, long crawledEpochSecond, Kind kind, PlannedDoc original,
                  ArticleText copyText, double jaccard) {

    enum Kind { ORIGINAL, NEAR_COPY, EXACT_COPY }
}
