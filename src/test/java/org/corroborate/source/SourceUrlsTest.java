package org.corroborate.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The same article is recognised whatever link a reviewer pasted; links that are not web pages are refused. */
class SourceUrlsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "http://www.aa.com.tr/en/asia-pacific/story/2282911                 | https://aa.com.tr/en/asia-pacific/story/2282911",
            "https://WWW.AA.com.tr/en/story/                                     | https://aa.com.tr/en/story",
            "https://aa.com.tr/en/story#comments                                 | https://aa.com.tr/en/story",
            "https://aa.com.tr/en/story?utm_source=tw&utm_medium=social&fbclid=x | https://aa.com.tr/en/story",
            "https://aa.com.tr/en/story?id=7&gclid=abc&ocid=1                    | https://aa.com.tr/en/story?id=7",
            "https://aa.com.tr/en/story?b=2&a=1                                  | https://aa.com.tr/en/story?a=1&b=2",
            "https://aa.com.tr:443/en/story                                      | https://aa.com.tr/en/story",
            "http://aa.com.tr:80/en/story                                        | https://aa.com.tr/en/story",
            "https://aa.com.tr:8443/en/story                                     | https://aa.com.tr:8443/en/story",
            "https://aa.com.tr                                                   | https://aa.com.tr/",
            "'  https://aa.com.tr/en/story  '                                    | https://aa.com.tr/en/story",
    })
    void normalises(String raw, String expected) {
        assertThat(SourceUrls.normalise(raw)).contains(expected);
    }

    @Test
    void variantsOfOneLinkNormaliseToTheSameUrl() {
        assertThat(SourceUrls.normalise("http://www.islamtimes.org/en/news/934112/?utm_campaign=x#top"))
                .isEqualTo(SourceUrls.normalise("https://islamtimes.org/en/news/934112"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "javascript:alert(1)", "JavaScript://example.org/%0Aalert(1)", "ftp://example.org/file.txt",
            "mailto:desk@example.org", "file:///etc/passwd", "//example.org/no-scheme", "example.org/no-scheme",
            "https://user:secret@example.org/", "https://", "not a url at all", "   " })
    void refusesWhatIsNotAWebLink(String raw) {
        assertThat(SourceUrls.normalise(raw)).isEmpty();
    }

    @Test
    void noUrlIsNoUrl() {
        assertThat(SourceUrls.normalise(null)).isEmpty();
    }
}
