package io.storyline.ingest.url;

import crawlercommons.domains.EffectiveTldFinder;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The host of a URL and its source: the registered domain under the Public Suffix List (crawler-commons'
 * bundled copy), e.g. www.gazeta.ru gives gazeta.ru, news.bbc.co.uk gives bbc.co.uk. Private suffixes count, as
 * browsers count them for cookies: foo.blogspot.com is its own source, not one blog platform. Hosts are in
 * punycode, as {@link UrlCanonicalizer} writes them.
 *
 * @param host the normalised host (lower case, punycode, no trailing dot)
 * @param source the registered domain, or the host itself for IPs, localhost, single-label hosts and hosts that
 *     are themselves a public suffix
 */
public record SourceDomain(String host, String source) {
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    public SourceDomain {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(source, "source");
    }

    /** The source of an absolute http(s) URL, or null when the URL has no valid host. */
    public static SourceDomain ofUrl(String url) {
        String host = UrlCanonicalizer.hostOf(url);
        return host == null ? null : ofHost(host);
    }

    /** The source of a host name (any case, Unicode or punycode), or null when it is not a valid host. */
    public static SourceDomain ofHost(String host) {
        String h = UrlCanonicalizer.asciiHost(host);
        if (h == null) {
            return null;
        }
        if (h.startsWith("[") || IPV4.matcher(h).matches() || !h.contains(".")) {
            return new SourceDomain(h, h); // IP literals, localhost and intranet names have no registered domain
        }
        String registered = EffectiveTldFinder.getAssignedDomain(h, true, false);
        if (registered != null) {
            return new SourceDomain(h, registered);
        }
        if (EffectiveTldFinder.getEffectiveTLD(h) != null) {
            return new SourceDomain(h, h); // the host is a public suffix itself (co.uk, blogspot.com)
        }
        // Unknown top-level domain: the PSL's default rule "*" makes the last label the suffix.
        int last = h.lastIndexOf('.');
        int secondLast = h.lastIndexOf('.', last - 1);
        return new SourceDomain(h, secondLast < 0 ? h : h.substring(secondLast + 1));
    }
}
