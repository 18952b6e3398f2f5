package io.storyline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainTextFinderTest {
    @Test
    void aTieBetweenTwoRegionsGoesToTheFirstInDocumentOrderOnEveryParse() {
        // Two prose regions of one length either side of a link list: they tie, and the page as a whole scores less.
        String prose = "The council met on Monday and approved the plan after a long debate about the budget. ".repeat(8);
        StringBuilder links = new StringBuilder("<ul>");
        for (int i = 0; i < 40; i++) {
            links.append("<li><a href='/story/").append(i).append("'>Another story of the day, number ").append(i).append("</a></li>");
        }
        String html = "<html><body><div id='first'><p>" + prose + "</p></div>" + links + "</ul><div id='second'><p>" + prose
                + "</p></div></body></html>";
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            Element body = Jsoup.parse(html).body();
            Element region = MainTextFinder.densest(Blocks.of(body), body);
            chosen.add(region.id().isEmpty() ? region.parent().id() : region.id());
        }
        assertThat(chosen).containsExactly("first");
    }
}
