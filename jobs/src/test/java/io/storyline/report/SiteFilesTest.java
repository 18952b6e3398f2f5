package io.storyline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteFilesTest {
    @TempDir
    Path tmp;

    @Test
    void sortedRowsBecomeOneFilePerName() throws IOException {
        SiteFiles site = new SiteFiles(tmp.toString(), new Configuration());
        site.writeSorted(List.of(new String[] {"story/a", "a1", "{\"n\":1}"}, new String[] {"story/a", "a2", "{\"n\":2}"},
                new String[] {"story/b", "b1", "{\"n\":3}"}).iterator(), true);
        site.writeSorted(List.of(new String[] {"stories/0", "000000000000", "1"}, new String[] {"stories/0", "000000000001", "2"})
                .iterator(), false);
        assertThat(Files.readString(tmp.resolve("data/story/a.js")))
                .isEqualTo("storyline.load(\"story/a\", {\"a1\":{\"n\":1},\"a2\":{\"n\":2}});\n");
        assertThat(Files.readString(tmp.resolve("data/story/b.js"))).isEqualTo("storyline.load(\"story/b\", {\"b1\":{\"n\":3}});\n");
        assertThat(Files.readString(tmp.resolve("data/stories/0.js"))).isEqualTo("storyline.load(\"stories/0\", [1,2]);\n");
    }

    @Test
    void thePageAndItsAssetsComeFromTheJar() {
        SiteFiles site = new SiteFiles(tmp.resolve("r").toString(), new Configuration());
        site.prepare();
        site.writeAssets();
        for (String asset : SiteFiles.ASSETS) {
            assertThat(tmp.resolve("r").resolve(asset)).isNotEmptyFile();
        }
        assertThat(tmp.resolve("r/index.html")).content().contains("<script src=\"app.js\"></script>")
                .contains("Content-Security-Policy");
    }
}
