package io.storyline.synth;

/**
 * A synthetic news site: its domain, language and page template. Every choice of the template is
 * drawn once per source, so each source's pages share their chrome and differ from other sources.
 *
 * @param domain registered domain, e.g. {@code dailyherald.co.uk}
 * @param host host name of the pages, e.g. {@code www.dailyherald.co.uk}
 * @param siteName display name, e.g. "Daily Herald", used in the title suffix and og:site_name
 * @param container how the article body is wrapped (0..5, see {@link PageRenderer})
 * @param urlStyle path layout of article URLs (0..3)
 * @param cssPrefix class-name prefix of this site's markup
 * @param titleSeparator between headline and site name in {@code <title>}
 * @param navItems how many menu entries
 * @param relatedCount how many unrelated headlines in the related box
 * @param commentCount how many reader comments at most (0 = no comment widget)
 * @param cookieBanner whether a cookie banner is shown
 * @param readAlsoInBody whether a "read also" link sits between body paragraphs
 * @param scriptKilobytes inline scripts per page, roughly
 * @param server the HTTP Server header
 */
record Source(int index, String lang, String domain, String host, String siteName, int container, int urlStyle,
              String cssPrefix, String titleSeparator, int navItems, int relatedCount, int commentCount,
              boolean cookieBanner, boolean readAlsoInBody, int scriptKilobytes, String server) {
}
