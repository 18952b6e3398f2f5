package io.storyline.ingest.url;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Query parameters that identify a campaign, a click or a referrer rather than the page, and so are dropped from
 * canonical URLs. The one place to edit the list.
 */
public final class TrackingParameters {
    /** Name prefixes: Google Analytics campaign tags (utm_source, utm_medium, ...), AT Internet (at_medium, ...),
     *  comScore (ns_mchannel, ...), HubSpot (_hsenc, _hsmi), Piwik/Matomo (pk_campaign, ...). */
    private static final List<String> PREFIXES = List.of("utm_", "at_", "ns_", "_hs", "pk_", "mtm_");

    /** Exact names, matched case-insensitively. */
    private static final Set<String> NAMES = Set.of(
            // ad-click identifiers: Facebook, Google Ads, DoubleClick, Yandex, Microsoft, TikTok, Twitter
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "yclid", "ysclid", "msclkid", "ttclid", "twclid",
            // Mailchimp, Google Analytics linker, Instagram, Marketo, Vero, Oracle Eloqua
            "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "igsh", "mkt_tok", "vero_id", "vero_conv", "elqtrackid",
            // referrer and campaign tags used by news sites (Twitter's ref_src, Microsoft's ocid, CNN's cmpid,
            // Guardian's CMP, NYT's smid, BBC's xtor and at_ prefix, Washington Post's itid, Reuters' taid)
            "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ocid", "smid", "smtyp", "xtor", "itid", "icid",
            "taid", "ito", "s_cid", "sr_share", "spm",
            "__twitter_impression", "amp_referrer");

    private TrackingParameters() {}

    /** Whether a query parameter, by its percent-decoded name, is tracking noise. */
    public static boolean isTracking(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(key)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
