package io.storyline.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes an article about a {@link Story} in one language from the sentence bank: a headline, a
 * lead paragraph from the topic's lead sentences, then topic, generic and quote sentences in a
 * random order, grouped into paragraphs of one to four sentences, until a word target between 150
 * and 800 words is reached.
 *
 * <p>Two articles about the same story in the same language share entities and facts but, with
 * different seeds, little wording: their word-5-shingle Jaccard stays low.
 */
final class ArticleWriter {
    static final int MIN_WORDS = 150;
    static final int MAX_WORDS = 800;
    static final int MAX_WORDS_CYRILLIC = 600;

    private final LanguageBank bank;
    private final SentenceFiller filler;

    ArticleWriter(LanguageBank bank) {
        this.bank = bank;
        this.filler = new SentenceFiller(bank);
    }

    LanguageBank bank() {
        return bank;
    }

    String headline(Story story, SplittableRandom random) {
        List<String> headlines = bank.list("headline." + story.topic());
        return filler.fill(headlines.get(random.nextInt(headlines.size())), story, random);
    }

    String fill(String template, Story story, SplittableRandom random) {
        return filler.fill(template, story, random);
    }

    /** A sentence for the body, e.g. one added by a republisher. */
    String bodySentence(Story story, SplittableRandom random) {
        List<String> pool = random.nextBoolean() ? bank.list("body") : bank.list("body." + story.topic());
        return filler.fill(pool.get(random.nextInt(pool.size())), story, random);
    }

    ArticleText write(Story story, long articleSeed) {
        SplittableRandom random = new SplittableRandom(articleSeed);
        String headline = headline(story, random);
        int target = wordTarget(random);
        // Cyrillic takes two bytes a letter in UTF-8: fewer words keep the longest pages near 15 KB.
        int max = EntityCatalog.CYRILLIC.contains(bank.code) ? MAX_WORDS_CYRILLIC : MAX_WORDS;
        target = Math.min(target, max);

        List<String> leads = shuffled(bank.list("lead." + story.topic()), random);
        List<String> rest = new ArrayList<>(bank.list("body." + story.topic()));
        rest.addAll(bank.list("body"));
        rest.addAll(bank.list("quote"));
        List<String> order = shuffled(rest, random);

        List<List<String>> paragraphs = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        int words = 0;
        for (int k = 0; k < 1 + random.nextInt(2); k++) {
            String sentence = filler.fill(leads.get(k), story, random);
            lead.add(sentence);
            words += ArticleText.countWords(sentence);
        }
        paragraphs.add(lead);
        // The remaining lead sentences join the pool: they read well anywhere in the article.
        List<String> pool = new ArrayList<>(order);
        pool.addAll(leads.subList(lead.size(), leads.size()));
        pool = shuffled(pool, random);
        int next = 0;
        while (words < target) {
            List<String> paragraph = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int k = 0; k < size && words < target; k++) {
                if (next == pool.size()) {
                    pool = shuffled(pool, random); // long articles reuse templates, with new choices
                    next = 0;
                }
                String sentence = filler.fill(pool.get(next++), story, random);
                int sentenceWords = ArticleText.countWords(sentence);
                if (words + sentenceWords > max) {
                    target = words; // the article ends here, within the word limit
                    break;
                }
                paragraph.add(sentence);
                words += sentenceWords;
            }
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return new ArticleText(headline, paragraphs);
    }

    /** Log-normal around 380 words, clipped to [150, 800]: most news articles are short. */
    private static int wordTarget(SplittableRandom random) {
        double gaussian = gaussian(random);
        long words = Math.round(Math.exp(Math.log(380) + 0.45 * gaussian));
        return (int) Math.max(MIN_WORDS, Math.min(MAX_WORDS, words));
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator default
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }
}
