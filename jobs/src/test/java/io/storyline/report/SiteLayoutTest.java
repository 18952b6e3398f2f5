package io.storyline.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteLayoutTest {
    @Test
    void bucketsGetOneMoreHexDigitPerSixteenfoldRecords() {
        assertThat(SiteLayout.bucketDigits(0)).isEqualTo(1);
        assertThat(SiteLayout.bucketDigits(16L * SiteLayout.BUCKET_TARGET)).isEqualTo(1);
        assertThat(SiteLayout.bucketDigits(16L * SiteLayout.BUCKET_TARGET + 1)).isEqualTo(2);
        assertThat(SiteLayout.bucketDigits(256L * SiteLayout.BUCKET_TARGET + 1)).isEqualTo(3);
        assertThat(SiteLayout.bucketDigits(Long.MAX_VALUE)).isEqualTo(8);
    }

    @Test
    void listRowsFillFilesInOrderAndDetailsGoByIdPrefix() {
        assertThat(SiteLayout.chunks(0)).isZero();
        assertThat(SiteLayout.chunks(SiteLayout.LIST_CHUNK)).isEqualTo(1);
        assertThat(SiteLayout.chunks(SiteLayout.LIST_CHUNK + 1)).isEqualTo(2);
        assertThat(SiteLayout.listFile("stories", SiteLayout.LIST_CHUNK - 1)).isEqualTo("stories/0");
        assertThat(SiteLayout.listFile("stories", SiteLayout.LIST_CHUNK)).isEqualTo("stories/1");
        assertThat(SiteLayout.bucketFile("story", "A1B2C3D4E5F60718", 2)).isEqualTo("story/a1");
        assertThat(SiteLayout.path("story/a1")).isEqualTo("data/story/a1.js");
    }

    @Test
    void aDataFileIsAScriptHandingItsJsonToThePage() {
        assertThat(SiteLayout.script("story/a", "{\"x\":1}")).isEqualTo("storyline.load(\"story/a\", {\"x\":1});\n");
        assertThat(SiteLayout.quote("a\"b</script>\n")).isEqualTo("\"a\\\"b</script>\\n\"");
    }
}
