package io.storyline.ingest.url;

import com.ibm.icu.text.IDNA;
import crawlercommons.domains.EffectiveTldFinder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises http(s) URLs so that one article has one URL, and picks a page's canonical URL.
 *
 * <p>{@link #normalize} lower-cases scheme and host, writes IDN hosts as punycode (ASCII), drops userinfo, default
 * ports, the fragment (except a "#!" hash-bang route, which addresses content) and tracking parameters (see
 * {@link TrackingParameters}) while keeping the other parameters in their order, removes "." and ".." segments, and
 * normalises percent-encoding: escapes of unreserved characters are decoded, other escapes upper-cased, and spaces,
 * non-ASCII and characters not allowed in a URL are UTF-8 percent-encoded. Garbage (not http(s), no valid host, a bad
 * port) gives null rather than an exception.
 *
 * <p>IDN hosts are kept in punycode because WARC-Target-URI headers and most link extractors already use it, ASCII
 * compares byte for byte in Parquet and Spark joins with no Unicode normalisation question, and the conversion
 * (UTS #46 non-transitional, as browsers do) maps the many Unicode spellings of a host to one. Stateless and
 * thread-safe.
 */
public final class UrlCanonicalizer {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern ASCII_HOST = Pattern.compile("^[a-z0-9_-]+(\\.[a-z0-9_-]+)*$");
    private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);
    /** UTS #46 errors that browsers tolerate in hosts that resolve (e.g. "-foo.example.com"). */
    private static final Set<IDNA.Error> TOLERATED = EnumSet.of(IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN,
            IDNA.Error.HYPHEN_3_4, IDNA.Error.BIDI, IDNA.Error.CONTEXTJ, IDNA.Error.CONTEXTO_DIGITS,
            IDNA.Error.CONTEXTO_PUNCTUATION);
    /** Top-level names that never serve the public web (RFC 2606, RFC 6761, common private ones). */
    private static final Set<String> PRIVATE_TLDS = Set.of("localhost", "local", "test", "invalid", "example",
            "internal", "lan", "home", "corp", "localdomain");
    private static final Set<String> EXAMPLE_DOMAINS = Set.of("example.com", "example.org", "example.net");
    private static final Set<String> HOME_PAGE_PATHS = Set.of("/", "/index.html", "/index.htm", "/index.php",
            "/default.aspx", "/default.asp", "/home");

    /** The parts of a normalised http(s) URL. */
    record Parts(String scheme, String host, int port, String path, String query, String hashBang) {
        @Override
        public String toString() {
            StringBuilder url = new StringBuilder(scheme).append("://").append(host);
            if (port >= 0) {
                url.append(':').append(port);
            }
            url.append(path);
            if (!query.isEmpty()) {
                url.append('?').append(query);
            }
            if (hashBang != null) {
                url.append('#').append(hashBang);
            }
            return url.toString();
        }
    }

    /** The normalised form of an absolute http(s) URL, or null when it is not one. */
    public String normalize(String url) {
        Parts parts = parse(url);
        return parts == null ? null : parts.toString();
    }

    /** The normalised host of an absolute http(s) URL (punycode, lower case), or null. */
    public static String hostOf(String url) {
        Parts parts = parse(url);
        return parts == null ? null : parts.host();
    }

    /**
     * The canonical URL of a page: the declared canonical ({@code <link rel=canonical>} or {@code og:url}) when it is
     * believable, else the normalised page URL; null only when neither is a usable URL.
     *
     * <p>A declared canonical is believable when it is an absolute http(s) URL (or protocol-relative "//host/...",
     * taking the page's scheme), its host is a public one (not an IP, not localhost or a reserved name, not
     * example.com, and under a known public suffix), and it does not point to a site's home page while the page
     * itself has a deeper path. That last case is a common CMS and SEO-plugin bug (a template emitting the site root
     * on every article); believing it would give every article of the site the same canonical URL, and so collapse
     * them in doc ids and dedup. Relative canonicals are not used: they are rare in news and mostly broken templates.
     * A canonical on another registered domain is believed: syndication (AP, Reuters copies) legitimately points to
     * the original.
     */
    public String canonical(String pageUrl, String declaredCanonical) {
        Parts page = parse(pageUrl);
        Parts declared = declaredParts(declaredCanonical, page);
        if (declared != null && isPublicHost(declared.host()) && !isHomePageForArticle(declared, page)) {
            return declared.toString();
        }
        return page == null ? null : page.toString();
    }

    private static Parts declaredParts(String declared, Parts page) {
        if (declared == null) {
            return null;
        }
        String value = declared.strip();
        if (value.startsWith("//")) {
            value = (page == null ? "https" : page.scheme()) + ":" + value;
        }
        if (!value.regionMatches(true, 0, "http://", 0, 7) && !value.regionMatches(true, 0, "https://", 0, 8)) {
            return null;
        }
        return parse(value);
    }

    private static boolean isHomePageForArticle(Parts declared, Parts page) {
        return page != null && HOME_PAGE_PATHS.contains(declared.path()) && declared.query().isEmpty()
                && !HOME_PAGE_PATHS.contains(page.path());
    }

    /** Whether a normalised host can be a public web site's. */
    static boolean isPublicHost(String host) {
        if (host.startsWith("[") || IPV4.matcher(host).matches() || !host.contains(".")) {
            return false;
        }
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (PRIVATE_TLDS.contains(tld)) {
            return false;
        }
        String registered = EffectiveTldFinder.getAssignedDomain(host, true, false);
        return registered != null && !EXAMPLE_DOMAINS.contains(registered);
    }

    /**
     * A host in canonical form: lower case, punycode for IDN, no trailing dot; IPv4 and bracketed IPv6 literals kept.
     * Null when it is not a valid host name.
     */
    public static String asciiHost(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip();
        if (h.startsWith("[")) {
            String v6 = h.toLowerCase(Locale.ROOT);
            return v6.endsWith("]") && v6.length() > 2 && v6.substring(1, v6.length() - 1).matches("[0-9a-f:.]+")
                    ? v6 : null;
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.isEmpty()) {
            return null;
        }
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        try {
            IDNA_UTS46.nameToASCII(h, ascii, info);
        } catch (RuntimeException e) {
            return null;
        }
        if (info.hasErrors() && !TOLERATED.containsAll(info.getErrors())) {
            return null;
        }
        String result = ascii.toString();
        return ASCII_HOST.matcher(result).matches() ? result : null;
    }

    static Parts parse(String url) {
        if (url == null) {
            return null;
        }
        String s = cleanInput(url);
        var scheme = SCHEME.matcher(s);
        if (!scheme.find()) {
            return null;
        }
        String protocol = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!protocol.equals("http") && !protocol.equals("https")) {
            return null;
        }
        // For http(s) browsers treat '\' as '/' and accept any number of slashes before the host (WHATWG URL).
        String rest = s.substring(scheme.end()).replace('\\', '/');
        int start = 0;
        while (start < rest.length() && rest.charAt(start) == '/') {
            start++;
        }
        rest = rest.substring(start);

        String fragment = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            fragment = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        String authority = slash >= 0 ? rest.substring(0, slash) : rest;
        String path = slash >= 0 ? rest.substring(slash) : "/";

        // userinfo carries credentials, never identity: dropped
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String hostPart = authority;
        String portPart = null;
        int colon = authority.startsWith("[") ? authority.indexOf(':', Math.max(0, authority.indexOf(']')))
                : authority.lastIndexOf(':');
        if (colon >= 0) {
            hostPart = authority.substring(0, colon);
            portPart = authority.substring(colon + 1);
        }
        String decodedHost = percentDecode(hostPart);
        String host = decodedHost == null ? null : asciiHost(decodedHost);
        if (host == null) {
            return null;
        }
        int port = -1;
        if (portPart != null && !portPart.isEmpty()) {
            if (!portPart.matches("\\d{1,5}")) {
                return null;
            }
            port = Integer.parseInt(portPart);
            if (port > 65535) {
                return null;
            }
            if ((protocol.equals("http") && port == 80) || (protocol.equals("https") && port == 443)) {
                port = -1;
            }
        }
        String normalPath = removeDotSegments(normalizeEscapes(path, false));
        String normalQuery = query == null ? "" : withoutTracking(normalizeEscapes(query, true));
        String hashBang = fragment != null && fragment.startsWith("!") ? normalizeEscapes(fragment, true) : null;
        return new Parts(protocol, host, port, normalPath, normalQuery, hashBang);
    }

    /** Trims spaces and controls at both ends and removes tabs and newlines inside, as WHATWG's URL parser does. */
    private static String cleanInput(String url) {
        int begin = 0;
        int end = url.length();
        while (begin < end && url.charAt(begin) <= ' ') {
            begin++;
        }
        while (end > begin && url.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder out = new StringBuilder(end - begin);
        for (int i = begin; i < end; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutTracking(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = eq >= 0 ? parameter.substring(0, eq) : parameter;
            String decoded = percentDecode(name);
            if (!TrackingParameters.isTracking(decoded == null ? name : decoded)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    /**
     * Normalises percent-encoding: decodes escapes of unreserved characters (RFC 3986 section 6.2.2.2), upper-cases
     * the hex of the others, encodes a '%' that starts no escape, and UTF-8-encodes characters outside the allowed set
     * (space, quotes, angle brackets, non-ASCII...). Reserved characters keep their encoded or literal form, which
     * can differ in meaning.
     */
    static String normalizeEscapes(String s, boolean query) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                    int value = Integer.parseInt(s.substring(i + 1, i + 3), 16);
                    if (isUnreserved(value)) {
                        out.append((char) value);
                    } else {
                        out.append('%').append(s.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
                    }
                    i += 3;
                } else {
                    out.append("%25");
                    i++;
                }
                continue;
            }
            int codePoint = s.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (codePoint < 0x80 && isAllowed((char) codePoint, query)) {
                out.append((char) codePoint);
            } else {
                String character = Character.isSurrogate(c) && width == 1 ? "\uFFFD" : s.substring(i, i + width);
                for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += width;
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /** RFC 3986 pchar plus '/', and '?' in queries; '%' is handled by the caller. */
    private static boolean isAllowed(char c, boolean query) {
        return isUnreserved(c) || "!$&'()*+,;=:@/".indexOf(c) >= 0 || (query && c == '?');
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Decodes all percent escapes as UTF-8; null when the result is not valid UTF-8. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int width = Character.charCount(s.codePointAt(i));
                byte[] encoded = s.substring(i, i + width).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += width - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /** RFC 3986 section 5.2.4, on an absolute path; ".." above the root stays at the root, as in browsers. */
    static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        String[] segments = path.split("/", -1);
        Deque<String> out = new ArrayDeque<>();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    out.addLast("");
                }
            } else if (segment.equals("..")) {
                out.pollLast();
                if (last) {
                    out.addLast("");
                }
            } else {
                out.addLast(segment);
            }
        }
        return "/" + String.join("/", out);
    }
}
