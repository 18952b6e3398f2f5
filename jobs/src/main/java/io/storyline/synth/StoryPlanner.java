package io.storyline.synth;

import io.storyline.dedup.Shingles;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Plans the pages of the crawl in constant memory. Events are planned one after the other; each
 * event's articles (with their republications) go into a bounded shuffle buffer, from which
 * pages are drawn at random, so the WARC order mixes stories as a real crawl does while memory
 * stays at {@link #BUFFER} planned pages whatever the number of documents.
 *
 * <p>Everything is derived from the seed: the planning draws come from one sequential generator,
 * and each story and article text from a generator seeded by the seed and its index.
 */
final class StoryPlanner implements Iterator<PlannedDoc> {
    static final int BUFFER = 4096;
    static final String[] TOPICS = {"politics", "business", "disaster"};
    /** Near-duplicate copies aim at a Jaccard in this range with their original. */
    static final double NEAR_MIN = 0.70;
    static final double NEAR_MAX = 0.95;

    /** Receives each (original, copy) and same-story pair as soon as it is planned. */
    interface PairSink {
        void pair(String kind, PlannedDoc a, PlannedDoc b, double jaccard);
    }

    private final SyntheticCrawl.Options options;
    private final EntityCatalog entities;
    private final SourceCatalog sources;
    private final Map<String, ArticleWriter> writers;
    private final Map<String, Double> weights;
    private final PairSink pairs;
    private final SplittableRandom plan;
    private final SplittableRandom shuffle;
    private final List<PlannedDoc> buffer = new ArrayList<>(BUFFER + 512);
    private final long spanStart;
    private final long spanEnd;
    private long planned;
    private long storyIndex;
    private long stories;
    private long sameStoryPairs;
    private long singletonDocs;

    StoryPlanner(SyntheticCrawl.Options options, EntityCatalog entities, SourceCatalog sources,
                 Map<String, ArticleWriter> writers, Map<String, Double> weights, PairSink pairs) {
        this.options = options;
        this.entities = entities;
        this.sources = sources;
        this.writers = writers;
        this.weights = weights;
        this.pairs = pairs;
        this.plan = new SplittableRandom(mix(options.seed(), 1));
        this.shuffle = new SplittableRandom(mix(options.seed(), 2));
        this.spanStart = Urls.epochSecond(options.startDate());
        this.spanEnd = spanStart + options.days() * 86_400L;
    }

    /** Stories (with at least one planned article, singletons excluded) so far. */
    long stories() {
        return stories;
    }

    long sameStoryPairs() {
        return sameStoryPairs;
    }

    @Override
    public boolean hasNext() {
        fill();
        return !buffer.isEmpty();
    }

    @Override
    public PlannedDoc next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        int i = shuffle.nextInt(buffer.size());
        PlannedDoc doc = buffer.get(i);
        buffer.set(i, buffer.get(buffer.size() - 1));
        buffer.remove(buffer.size() - 1);
        return doc;
    }

    private void fill() {
        while (buffer.size() < BUFFER && planned < options.docs()) {
            planEvent();
        }
    }

    private void planEvent() {
        // Singletons take their share of the pages (not of the events): plan one whenever they
        // fall behind it.
        boolean singleton = singletonDocs < options.singletonShare() * (planned + 1);
        Story story = story(storyIndex++, singleton);
        int size = singleton ? 1 : 1 + Zipf.sample(plan, options.maxStorySize() - 1, options.storySizeExponent());
        if (singleton) {
            singletonDocs++;
        } else {
            stories++;
        }
        List<PlannedDoc> originals = new ArrayList<>();
        boolean sameStoryPairDone = false;
        for (int k = 0; k < size && planned < options.docs(); k++) {
            double r = plan.nextDouble();
            if (k > 0 && r < options.exactDuplicateShare()) {
                addCopy(originals.get(plan.nextInt(originals.size())), PlannedDoc.Kind.EXACT_COPY);
            } else if (k > 0 && r < options.exactDuplicateShare() + options.nearDuplicateShare()) {
                addCopy(originals.get(plan.nextInt(originals.size())), PlannedDoc.Kind.NEAR_COPY);
            } else {
                String lang = plan.nextDouble() < 0.5 ? story.homeLanguage() : weightedLanguage(plan);
                long published = clampToSpan(story.startEpochSecond()
                    + (long) (Math.pow(plan.nextDouble(), 2) * story.durationDays() * 86_400L));
                PlannedDoc doc = original(story, lang, sources.pick(lang, plan, null), published);
                if (!sameStoryPairDone) {
                    for (PlannedDoc other : originals) {
                        if (other.lang().equals(lang)) {
                            double jaccard = Shingles.jaccard(text(other).mainText(), text(doc).mainText());
                            pairs.pair("same_story", other, doc, jaccard);
                            sameStoryPairs++;
                            sameStoryPairDone = true;
                            break;
                        }
                    }
                }
                originals.add(doc);
                add(doc);
            }
        }
        // A stand-alone article gets republished as often as the articles of stories do.
        if (singleton && planned < options.docs()) {
            double r = plan.nextDouble();
            if (r < options.exactDuplicateShare()) {
                addCopy(originals.get(0), PlannedDoc.Kind.EXACT_COPY);
            } else if (r < options.exactDuplicateShare() + options.nearDuplicateShare()) {
                addCopy(originals.get(0), PlannedDoc.Kind.NEAR_COPY);
            }
        }
    }

    private PlannedDoc original(Story story, String lang, Source source, long published) {
        long planId = planned;
        long articleSeed = mix(options.seed(), 3, planId);
        ArticleWriter writer = writers.get(lang);
        String headline = writer.headline(story, new SplittableRandom(articleSeed));
        String url = Urls.article(source, writer.bank(), story.topic(), published, headline, planId);
        long crawled = published + 180 + plan.nextInt(8 * 3600);
        return new PlannedDoc(planId, story, lang, source, articleSeed, url, headline, published, crawled,
            PlannedDoc.Kind.ORIGINAL, null, null, Double.NaN);
    }

    private void addCopy(PlannedDoc original, PlannedDoc.Kind kind) {
        long planId = planned;
        Source source = sources.pick(original.lang(), plan, original.source());
        long published = Math.min(spanEnd - 60, original.publishedEpochSecond() + 1200 + plan.nextInt(18 * 3600));
        ArticleWriter writer = writers.get(original.lang());
        ArticleText originalText = text(original);
        ArticleText copyText;
        double jaccard;
        if (kind == PlannedDoc.Kind.EXACT_COPY) {
            // Syndication: the same text under the site's own headline.
            copyText = originalText.deepCopy(plan.nextBoolean() ? originalText.headline()
                : writer.headline(original.story(), new SplittableRandom(mix(options.seed(), 4, planId))));
            jaccard = 1.0;
        } else {
            Republisher.Copy copy = new Republisher(writer).republish(originalText, original.story(),
                mix(options.seed(), 4, planId), NEAR_MIN, NEAR_MAX);
            copyText = copy.text();
            jaccard = copy.jaccard();
        }
        String url = Urls.article(source, writer.bank(), original.story().topic(), published, copyText.headline(), planId);
        long crawled = published + 180 + plan.nextInt(8 * 3600);
        PlannedDoc doc = new PlannedDoc(planId, original.story(), original.lang(), source, original.articleSeed(), url,
            copyText.headline(), published, crawled, kind, original, copyText, jaccard);
        pairs.pair(kind == PlannedDoc.Kind.EXACT_COPY ? "exact" : "near", original, doc, jaccard);
        add(doc);
    }

    private void add(PlannedDoc doc) {
        buffer.add(doc);
        planned++;
    }

    /** The text of a planned page: regenerated for an original, kept for a copy. */
    ArticleText text(PlannedDoc doc) {
        if (doc.copyText() != null) {
            return doc.copyText();
        }
        return writers.get(doc.lang()).write(doc.story(), doc.articleSeed());
    }

    /** The event with this index: a pure function of the seed and the index. */
    Story story(long index, boolean singleton) {
        SplittableRandom random = new SplittableRandom(mix(options.seed(), 5, index));
        String topic = TOPICS[random.nextInt(TOPICS.length)];
        List<Entity> people = distinct(entities.people, 3, random, 1.05, 2);
        List<Entity> organisations = distinct(entities.organisations, 2, random, 1.0, 2);
        List<Entity> places = distinct(entities.places, 2, random, 0.9, 2);
        // Two significant digits, 100 to 99,000: reads as people, jobs or millions of euros.
        long bigNumber = (10 + random.nextInt(90)) * (long) Math.pow(10, 1 + random.nextInt(3));
        long secondNumber = 5 + random.nextInt(995);
        int percent = 1 + random.nextInt(399);
        int smallCount = 2 + random.nextInt(28);
        int day = random.nextInt(options.days());
        long start = spanStart + day * 86_400L + (5 + random.nextInt(17)) * 3600L + random.nextInt(3600);
        double d = random.nextDouble();
        int duration = d < 0.4 ? 1 : d < 0.7 ? 2 : d < 0.9 ? 3 : 4;
        return new Story(index, singleton, topic, people, organisations, places, bigNumber, secondNumber, percent,
            smallCount, start, singleton ? 1 : duration, weightedLanguage(random));
    }

    /**
     * {@code n} distinct entities: the first ones Zipf-drawn (popular names shared by many events),
     * the last {@code n - popular} uniformly (the long tail).
     */
    private static List<Entity> distinct(List<Entity> all, int n, SplittableRandom random, double s, int popular) {
        List<Entity> out = new ArrayList<>(n);
        while (out.size() < n) {
            Entity e = out.size() < popular ? all.get(Zipf.sample(random, all.size(), s) - 1)
                : all.get(random.nextInt(all.size()));
            if (!out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    private String weightedLanguage(SplittableRandom random) {
        double total = 0;
        for (double w : weights.values()) {
            total += w;
        }
        double r = random.nextDouble() * total;
        String last = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
            r -= e.getValue();
            last = e.getKey();
            if (r < 0) {
                break;
            }
        }
        return last;
    }

    private long clampToSpan(long t) {
        return Math.min(t, spanEnd - 60);
    }

    /** SplitMix64 finaliser over the seed and indices: independent streams per purpose and index. */
    static long mix(long... values) {
        long h = 0x9E3779B97F4A7C15L;
        for (long v : values) {
            h ^= v;
            h += 0x9E3779B97F4A7C15L;
            h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
            h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
            h = h ^ (h >>> 31);
        }
        return h;
    }
}
