package io.storyline.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Features that must meet across languages and scripts, and within Chinese and Japanese. */
class FeaturesTest {

    private static Set<Long> keys(String lang, String title, String text, List<String> persons) {
        Features.Counts c = Features.of(lang, title, text, List.of(), List.of(), persons);
        Set<Long> out = new HashSet<>();
        LongStream.of(c.keys()).forEach(out::add);
        return out;
    }

    private static Set<Long> shared(Set<Long> a, Set<Long> b) {
        Set<Long> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    @Test
    void personsWrittenByEachPressMeetAcrossScripts() {
        Set<Long> ru = keys("ru", null, "", List.of("Владимир Зеленский"));
        Set<Long> de = keys("de", null, "", List.of("Wolodymyr Selenskyj"));
        Set<Long> en = keys("en", null, "", List.of("Volodymyr Zelensky"));
        assertThat(ru).isNotEmpty().isEqualTo(de).isEqualTo(en);
        assertThat(keys("ru", null, "", List.of("Никита Хрущёв"))).isEqualTo(keys("de", null, "", List.of("Chruschtschow")));
    }

    @Test
    void numbersWithScaleWordsAndCjkDatesMeetAcrossLanguages() {
        Set<Long> ru = keys("ru", null, "На митинг пришли 1,5 тысячи человек 5 августа.", List.of());
        Set<Long> en = keys("en", null, "Some 1,500 people came to the rally on August 5.", List.of());
        Set<Long> ja = keys("ja", null, "8月5日の集会には1500人が参加した。", List.of());
        Set<Long> number = Set.of(Features.key(Features.Kind.NUMBER, "1500"));
        Set<Long> date = shared(ru, en);
        assertThat(date).containsAll(number).hasSize(2);
        assertThat(shared(ja, en)).isEqualTo(date);
    }

    @Test
    void chineseAndJapaneseTextGetContentTerms() {
        String a = "東京都で大規模な地震が発生し、多くの建物が倒壊した。政府は緊急対策本部を設置した。";
        String b = "政府は東京都の地震を受けて緊急対策本部を設置し、倒壊した建物の調査を始めた。";
        long terms = shared(keys("ja", null, a, List.of()), keys("ja", null, b, List.of())).stream()
                .filter(k -> Features.kindOf(k) == Features.Kind.TERM).count();
        assertThat(terms).as("shared word pairs (東京, 地震, 政府, 対策...)").isGreaterThanOrEqualTo(8);
        assertThat(ContentTerms.of("zh", "北京市政府宣布新的交通政策")).contains("北京", "政府", "交通", "政策");
    }
}
