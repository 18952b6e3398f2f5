package io.storyline.synth;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills a sentence template from a {@link LanguageBank} with a story's entities and facts.
 *
 * <p>Syntax: {@code {a|b|c}} one alternative at random; {@code <m|f>} the form agreeing with the
 * gender of the person filled last, or before any the next one (Russian past tense, Romance and German job titles);
 * {@code [PER] [PER2] [EXPERT]} people, {@code [ORG] [ORG2]} organisations, {@code [LOC] [LOC2]}
 * places in the nominative, {@code [IN_LOC] [IN_LOC2]} places as a locative phrase
 * ("in Paris", "в Париже", "à Paris"), {@code [NUM] [NUM2]} amounts with the language's digit
 * grouping, {@code [PCT]} a percentage, {@code [N]} a small count, {@code [DAY]} the weekday
 * phrase ("on Tuesday", "во вторник").
 */
final class SentenceFiller {
    private final LanguageBank bank;
    private final String thousands;
    private final String decimal;
    private final List<String> days;
    private final java.util.Map<String, Object[]> parsed = new java.util.HashMap<>();

    SentenceFiller(LanguageBank bank) {
        this.bank = bank;
        this.thousands = bank.chrome("thousands").equals("space") ? " " : bank.chrome("thousands");
        this.decimal = bank.chrome("decimal");
        this.days = bank.chromeList("days");
        if (days.size() != 7) {
            throw new IllegalStateException("lang-" + bank.code + ".txt: chrome 'days' needs 7 entries");
        }
    }

    String fill(String template, Story story, SplittableRandom random) {
        // First choose the alternatives (from the template parsed once), then fill slots and
        // gender markers in one pass over the chosen text.
        Object[] parts = parsed.computeIfAbsent(template, SentenceFiller::parse);
        StringBuilder chosen = new StringBuilder(template.length());
        for (Object part : parts) {
            if (part instanceof String literal) {
                chosen.append(literal);
            } else {
                String[] options = (String[]) part;
                chosen.append(options[random.nextInt(options.length)]);
            }
        }
        template = chosen.toString();
        StringBuilder out = new StringBuilder(template.length() + 64);
        boolean female = false;
        boolean personSeen = false;
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '<') {
                int end = template.indexOf('>', i);
                String[] forms = template.substring(i + 1, end).split("\\|", -1);
                // Before any person in the sentence ("— сказала [EXPERT]"), agree with the next one.
                boolean agreeFemale = personSeen ? female : nextPersonFemale(template, end, story);
                out.append(agreeFemale && forms.length > 1 ? forms[1] : forms[0]);
                i = end + 1;
                continue;
            }
            if (c == '[') {
                int end = template.indexOf(']', i);
                String slot = template.substring(i + 1, end);
                Entity person = switch (slot) {
                    case "PER" -> story.people().get(0);
                    case "PER2" -> story.people().get(1);
                    case "EXPERT" -> story.people().get(2);
                    default -> null;
                };
                if (person != null) {
                    female = person.female();
                    personSeen = true;
                    out.append(person.name(bank.code));
                } else {
                    out.append(slotValue(slot, story));
                }
                i = end + 1;
                continue;
            }
            out.append(c);
            i++;
        }
        if (!out.isEmpty() && Character.isLowerCase(out.charAt(0))) {
            out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        }
        return out.toString();
    }

    private static boolean nextPersonFemale(String template, int from, Story story) {
        int best = Integer.MAX_VALUE;
        Entity next = null;
        String[] slots = {"[PER]", "[PER2]", "[EXPERT]"};
        for (int k = 0; k < slots.length; k++) {
            int at = template.indexOf(slots[k], from);
            if (at >= 0 && at < best) {
                best = at;
                next = story.people().get(k);
            }
        }
        return next != null && next.female();
    }

    /** Literal text and {@code {a|b}} alternatives (as String[]) in order; braces do not nest. */
    private static Object[] parse(String template) {
        List<Object> parts = new java.util.ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                parts.add(template.substring(i));
                break;
            }
            if (open > i) {
                parts.add(template.substring(i, open));
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException("unclosed '{' in template: " + template);
            }
            parts.add(alternatives(template.substring(open + 1, close)).toArray(new String[0]));
            i = close + 1;
        }
        return parts.toArray();
    }

    /** Splits on the {@code |} that are not inside a gender marker {@code <m|f>}. */
    private static List<String> alternatives(String body) {
        List<String> out = new java.util.ArrayList<>(4);
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(body.substring(start, i));
                start = i + 1;
            }
        }
        out.add(body.substring(start));
        return out;
    }

    private String slotValue(String slot, Story story) {
        return switch (slot) {
            case "ORG" -> story.organisations().get(0).name(bank.code);
            case "ORG2" -> story.organisations().get(1).name(bank.code);
            case "LOC" -> story.places().get(0).name(bank.code);
            case "LOC2" -> story.places().get(1).name(bank.code);
            case "IN_LOC" -> story.places().get(0).inPhrase(bank.code);
            case "IN_LOC2" -> story.places().get(1).inPhrase(bank.code);
            case "NUM" -> grouped(story.bigNumber());
            case "NUM2" -> grouped(story.secondNumber());
            case "PCT" -> story.percent() / 10 + decimal + story.percent() % 10;
            case "N" -> Integer.toString(story.smallCount());
            case "DAY" -> days.get(story.weekday());
            default -> throw new IllegalStateException("lang-" + bank.code + ".txt: unknown slot [" + slot + "]");
        };
    }

    String grouped(long value) {
        String digits = Long.toString(value);
        if (digits.length() <= 4) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(thousands).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
