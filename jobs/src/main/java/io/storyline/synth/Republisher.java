package io.storyline.synth;

import io.storyline.dedup.Shingles;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a republication of an article with light edits, as aggregators and syndicating sites do:
 * words replaced, a sentence dropped or added, the last paragraph cut. Edits are applied one at a
 * time until the word-5-shingle Jaccard with the original falls to a target drawn from
 * [{@code minTarget}, {@code maxTarget}], so the pair's similarity is controlled and measured
 * exactly.
 */
final class Republisher {
    private final ArticleWriter writer;

    Republisher(ArticleWriter writer) {
        this.writer = writer;
    }

    /** The edited copy and its exact Jaccard with the original. */
    record Copy(ArticleText text, double jaccard) {
    }

    Copy republish(ArticleText original, Story story, long editSeed, double minTarget, double maxTarget) {
        SplittableRandom random = new SplittableRandom(editSeed);
        double target = minTarget + (maxTarget - minTarget) * random.nextDouble();
        ArticleText copy = original.deepCopy(writer.headline(story, random));
        String originalText = original.mainText();
        long[] originalShingles = shingleHashes(originalText);
        int shingles = originalShingles.length;
        double jaccard = 1.0;
        ArticleText before = copy;
        double jaccardBefore = 1.0;
        boolean fine = false; // after an overshoot below minTarget: single word replacements only
        for (int checks = 0; checks < 40 && jaccard > target; checks++) {
            // One replaced word removes up to SIZE shingles from each side, so about
            // shingles * (1 - J) / (SIZE * (1 + J)) edits reach J: apply half of what is missing.
            double missing = shingles * ((1 - target) / (1 + target) - (1 - jaccard) / (1 + jaccard))
                / Shingles.SIZE;
            int batch = fine ? 1 : Math.max(1, (int) (missing / 2));
            before = copy.deepCopy(copy.headline());
            jaccardBefore = jaccard;
            for (int k = 0; k < batch; k++) {
                double op = fine ? 0 : random.nextDouble();
                if (op < 0.55) {
                    replaceWord(copy, random);
                } else if (op < 0.75) {
                    dropSentence(copy, random);
                } else if (op < 0.95) {
                    addSentence(copy, story, random);
                } else {
                    dropLastParagraph(copy);
                }
            }
            jaccard = Shingles.jaccard(originalShingles, shingleHashes(copy.mainText()));
            if (jaccard < minTarget) {
                copy = before; // too far: undo, and go on with smaller steps
                jaccard = jaccardBefore;
                fine = true;
            }
        }
        // The recorded figure is the exact one, over the shingle strings.
        return new Copy(copy, Shingles.jaccard(originalText, copy.mainText()));
    }

    private static void replaceWord(ArticleText text, SplittableRandom random) {
        List<String> paragraph = text.paragraphs().get(random.nextInt(text.paragraphs().size()));
        int s = random.nextInt(paragraph.size());
        String[] words = paragraph.get(s).split(" ");
        // A replacement word taken from elsewhere in the article keeps the language and script.
        List<String> donor = text.paragraphs().get(random.nextInt(text.paragraphs().size()));
        String[] donorWords = donor.get(random.nextInt(donor.size())).split(" ");
        String replacement = lettersAndDigits(donorWords[random.nextInt(donorWords.length)]);
        int at = random.nextInt(words.length);
        String old = words[at];
        if (replacement.isEmpty() || !Character.isLetter(old.isEmpty() ? ' ' : old.charAt(0))) {
            return;
        }
        if (Character.isLowerCase(old.charAt(0))) {
            replacement = replacement.toLowerCase(java.util.Locale.ROOT);
        }
        // Keep trailing punctuation of the replaced word.
        int end = old.length();
        while (end > 0 && !Character.isLetterOrDigit(old.charAt(end - 1))) {
            end--;
        }
        words[at] = replacement + old.substring(end);
        paragraph.set(s, String.join(" ", words));
    }

    private static String lettersAndDigits(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                out.append(word.charAt(i));
            }
        }
        return out.toString();
    }

    private static void dropSentence(ArticleText text, SplittableRandom random) {
        List<List<String>> paragraphs = text.paragraphs();
        if (paragraphs.size() < 2) {
            return;
        }
        int p = 1 + random.nextInt(paragraphs.size() - 1); // keep the lead paragraph
        List<String> paragraph = paragraphs.get(p);
        paragraph.remove(random.nextInt(paragraph.size()));
        if (paragraph.isEmpty()) {
            paragraphs.remove(p);
        }
    }

    private void addSentence(ArticleText text, Story story, SplittableRandom random) {
        List<List<String>> paragraphs = text.paragraphs();
        int p = random.nextInt(paragraphs.size());
        List<String> paragraph = paragraphs.get(p);
        paragraph.add(random.nextInt(paragraph.size() + 1), writer.bodySentence(story, random));
    }

    private static void dropLastParagraph(ArticleText text) {
        if (text.paragraphs().size() > 3) {
            text.paragraphs().remove(text.paragraphs().size() - 1);
        }
    }

    /**
     * The shingles as sorted, distinct 64-bit hashes: a fast stand-in for {@link Shingles#of} where
     * an estimate is enough (the edit loop). Collisions are possible in principle, so the figures
     * recorded in the gold always come from {@link Shingles#jaccard(String, String)}.
     */
    private static long[] shingleHashes(String text) {
        long[] tokens = new long[16];
        int n = 0;
        long h = 0;
        boolean inToken = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * 0x100000001B3L;
                inToken = true;
            } else if (inToken) {
                if (n == tokens.length) {
                    tokens = Arrays.copyOf(tokens, n * 2);
                }
                tokens[n++] = h;
                h = 0;
                inToken = false;
            }
        }
        int count = Math.max(1, n - Shingles.SIZE + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int k = i; k < Math.min(n, i + Shingles.SIZE); k++) {
                x = (x ^ tokens[k]) * 0xBF58476D1CE4E5B9L;
                x ^= x >>> 29;
            }
            out[i] = x;
        }
        Arrays.sort(out);
        int distinct = 0;
        for (int i = 0; i < out.length; i++) {
            if (i == 0 || out[i] != out[i - 1]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}
