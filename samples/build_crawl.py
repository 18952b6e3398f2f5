#!/usr/bin/env python3
"""Build Storyline's bundled sample crawl and its gold labels.

Usage:
    python3 samples/build_crawl.py            # (re)build crawl/ and gold.json
    python3 samples/build_crawl.py --verify   # build, then parse the output back and check it

Inputs (all under samples/):
    articles/<id>.txt   one article per file: a "key: value" header, a blank line, then the
                        paragraphs of the body separated by blank lines (format in README.md)
    stories.json        story titles, hard negatives and near-duplicate groups (by article id)

Outputs (all under samples/):
    crawl/sample-news.warc.gz   the good crawl, plus one exact duplicate and one updated re-crawl
    crawl/sample-bad.warc.gz    deliberately damaged and rejectable records (and 3 good pages)
    crawl/feed.jsonl            a few articles as JSON Lines, one malformed line
    gold.json                   gold labels, derived from the inputs above

Why WARC bytes are written by hand (no warcio or other library): the sample needs byte-level
control to craft the deliberately damaged records (a wrong Content-Length, garbage between two
gzip members, a truncated gzip member at the end of the file), which WARC writers refuse to
produce. The script runs only when the samples change, and its output is committed, so the
project never needs it (nor any dependency) at build or test time. Standard library only.

Determinism: every gzip member is written with mtime=0 and a fixed header, record ids are uuid5
of (record type, URL, crawl time), and nothing depends on the wall clock or on dict/set order,
so rebuilding gives identical bytes (with the same zlib build).
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import random
import re
import struct
import sys
import uuid
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles"
CRAWL = HERE / "crawl"
MAIN_WARC = "sample-news.warc.gz"
BAD_WARC = "sample-bad.warc.gz"
FEED = "feed.jsonl"
CRAWLER_UA = "Mozilla/5.0 (compatible; StorylineSampleBot/1.0; +https://storyline.invalid/bot)"


# --------------------------------------------------------------------------------------------
# Article files
# --------------------------------------------------------------------------------------------

@dataclass
class Article:
    id: str
    meta: dict
    paragraphs: list  # list of (kind, text); kind in {"p", "h2", "update"}

    def get(self, key, default=None):
        return self.meta.get(key, default)

    @property
    def url(self):
        return self.meta["url"]

    @property
    def source(self):
        return self.meta["source"]


def load_article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        if key == "with":
            meta.setdefault("with", []).append(value)
        else:
            meta[key] = value
    paragraphs = []
    for block in re.split(r"\n\s*\n", body.strip()):
        block = " ".join(block.split())
        if not block:
            continue
        if block.startswith("## "):
            paragraphs.append(("h2", block[3:]))
        elif block.startswith("[update] "):
            paragraphs.append(("update", block[9:]))
        else:
            paragraphs.append(("p", block))
    return Article(path.stem, meta, paragraphs)


def load_articles() -> list:
    arts = [load_article(p) for p in sorted(ARTICLES.glob("*.txt"))]
    for a in arts:
        for key in ("source", "url", "lang", "title", "crawled", "file"):
            if key not in a.meta:
                raise SystemExit(f"{a.id}: missing header '{key}'")
    return arts


def parse_time(value: str | None):
    if not value or value == "none":
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def utc_iso(dt) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def http_date(dt) -> str:
    return dt.astimezone(timezone.utc).strftime("%a, %d %b %Y %H:%M:%S GMT")


# --------------------------------------------------------------------------------------------
# Source templates: one realistic page layout per invented news site
# --------------------------------------------------------------------------------------------

def e(s: str) -> str:
    return html.escape(s, quote=False)


def a(s: str) -> str:
    return html.escape(s, quote=True)


SOURCES = {
    "cpa-wire.com": dict(
        name="CPA – Continental Press Agency", short="CPA", server="nginx/1.24.0",
        date_in="jsonld",
        cookie="We use cookies to personalise content and ads and to analyse our traffic. By clicking Accept all you agree to our use of cookies.",
        newsletter="Get the CPA Morning Wire in your inbox before 7 a.m.",
        footer="© 2026 Continental Press Agency. All rights reserved. Republication or redistribution of CPA content is expressly prohibited without prior written consent.",
        related=["Dockworkers in Antwerp vote to end three-day walkout",
                 "Oil prices edge lower as OPEC+ signals steady output",
                 "Swiss voters back tighter rules on short-term rentals",
                 "Airbus delivery figures beat forecasts for October"],
        comments=[],
        nav=["World", "Business", "Markets", "Politics", "Technology", "Sport", "Photos"],
    ),
    "thedailyledger.com": dict(
        name="The Daily Ledger", server="Apache", date_in="meta",
        cookie="The Daily Ledger and our partners use cookies and similar technologies to improve your experience. Manage your privacy choices at any time.",
        newsletter="Subscribe for unlimited access: $1 a week for your first year.",
        footer="Copyright © 2026 The Daily Ledger Company, 1140 Avenue of the Americas, New York, NY. All rights reserved.",
        related=["The best holiday gift ideas for coffee lovers, according to baristas",
                 "Opinion: Why the suburbs are the new battleground for transit",
                 "How to refinance your mortgage before rates move again",
                 "Knicks rally late to beat Celtics in overtime thriller"],
        comments=[("jmorrison_nyc", "Great reporting as always. Would love a follow-up on what this means for ordinary savers."),
                  ("PatriciaK", "I've been saying this for months and nobody listened."),
                  ("old_reader_58", "Does anyone actually believe these official numbers?"),
                  ("mkt_watcher", "Markets had priced this in weeks ago, nothing new here.")],
        nav=["U.S.", "World", "Business", "Tech", "Opinion", "Arts", "Sports", "Real Estate"],
    ),
    "northbridgeherald.co.uk": dict(
        name="The Northbridge Herald", server="Varnish", date_in="time",
        cookie="We value your privacy. We and our 184 partners store and/or access information on a device, such as cookies, and process personal data.",
        newsletter="Sign up to our Morning Briefing newsletter and get the day's top stories at 7am.",
        footer="The Northbridge Herald is a member of the Independent Press Standards Organisation. Registered in England and Wales No. 04123987.",
        related=["Pensioners face longer waits as GP surgeries cut hours",
                 "Premier League: five things we learned this weekend",
                 "Ambulance handover delays hit record in the North West",
                 "Recipe: a proper Lancashire hotpot for cold evenings"],
        comments=[("Geordie_Al", "Typical. Nobody in Westminster will take any notice."),
                  ("SallyInLeeds", "Interesting piece, thanks. Shame about the paywall on the rest of the site."),
                  ("BrianW1962", "Remember when the Herald used to cover local news?"),
                  ("kt_north", "This is the first sensible article I've read on the subject.")],
        nav=["News", "UK", "World", "Politics", "Business", "Sport", "Opinion", "Lifestyle"],
    ),
    "vestnik-dnya.ru": dict(
        name="Вестник дня", server="nginx", date_in="jsonld",
        cookie="Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с политикой конфиденциальности.",
        newsletter="Подписывайтесь на «Вестник дня» в Telegram — главные новости без лишних слов.",
        footer="© 2026 Сетевое издание «Вестник дня». Свидетельство о регистрации СМИ ЭЛ № ФС 77-80412. 18+",
        related=["Синоптики пообещали аномально тёплый Новый год на юге",
                 "В Подмосковье открыли новый участок ЦКАД",
                 "Названы самые популярные имена новорождённых в 2026 году",
                 "Центробанк предупредил о новой схеме телефонных мошенников"],
        comments=[("Сергей_К", "Опять двадцать пять, каждый год одно и то же."),
                  ("marina1984", "Спасибо за подробный материал!"),
                  ("Пётр Иванович", "А что по этому поводу говорят в правительстве?"),
                  ("ded_moroz", "Лучше бы дороги починили.")],
        nav=["Главное", "Политика", "Экономика", "Общество", "В мире", "Спорт", "Культура"],
    ),
    "novosti-ekspress.ru": dict(
        name="Новости-Экспресс", server="Apache/2.4.57 (Unix)", date_in="url",
        cookie="Сайт использует куки для удобства пользователей. Нажимая OK, вы даете согласие на их обработку.",
        newsletter="Подпишитесь на рассылку Новости-Экспресс и получайте дайджест каждое утро.",
        footer="Новости-Экспресс 2004-2026. При полном или частичном использовании материалов ссылка на сайт обязательна.",
        related=["Курс рубля: что ждет валютный рынок в декабре",
                 "Врачи рассказали, как не заболеть гриппом этой зимой",
                 "В Екатеринбурге выбрали главную новогоднюю елку",
                 "Пенсии в 2027 году: кому и сколько прибавят"],
        comments=[("Гость", "Наконец-то написали правду."),
                  ("Alex_77", "Где источник этих цифр?"),
                  ("Ирина", "У нас в районе то же самое творится."),
                  ("vova_spb", "Автор, пиши еще.")],
        nav=["Новости", "Политика", "Экономика", "Происшествия", "Наука", "Спорт", "Авто"],
    ),
    "sofiyski-vestnik.bg": dict(
        name="Софийски вестник", server="cloudflare", date_in="meta",
        cookie="Този сайт използва бисквитки, за да подобри вашето преживяване. Продължавайки да го разглеждате, вие се съгласявате с Политиката за бисквитките.",
        newsletter="Абонирайте се за нашия бюлетин и получавайте най-важното от деня всяка вечер.",
        footer="© 2026 Софийски вестник ЕООД. Всички права запазени. Съдържанието не може да бъде възпроизвеждано без писмено разрешение.",
        related=["Столична община пуска нови електробуси по линия 280",
                 "Лудогорец с драматичен обрат срещу ЦСКА",
                 "Зимната ваканция започва по-рано в три области",
                 "Цените на имотите в София растат с 12% за година"],
        comments=[("Гошо", "Пак ще плащаме ние, обикновените хора."),
                  ("Истината", "Някой вярва ли още на тези обещания?"),
                  ("Мария П.", "Добре написана статия, благодаря."),
                  ("пенсионер", "А кой ще помисли за пенсионерите?")],
        nav=["Начало", "България", "Свят", "Икономика", "Политика", "Спорт", "Култура", "Мнения"],
    ),
    "rheinische-abendpost.de": dict(
        name="Rheinische Abendpost", server="nginx", date_in="jsonld",
        cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit Klick auf „Alle akzeptieren“ stimmen Sie zu.",
        newsletter="Jetzt RA+ testen: 4 Wochen für 0,99 € – danach monatlich kündbar.",
        footer="© Rheinische Abendpost GmbH & Co. KG 2026 – Impressum – Datenschutz – AGB – Kontakt",
        related=["Karnevalsauftakt in Köln: Bilanz der Polizei fällt gemischt aus",
                 "A3 bei Leverkusen: Sperrung am Wochenende",
                 "Bayer Leverkusen verlängert mit Nachwuchstalent",
                 "Glühweinpreise steigen auf Rekordniveau"],
        comments=[("rheinlaender", "Das hätte man alles schon vor Jahren wissen können."),
                  ("M. Schulte", "Danke für die sachliche Einordnung."),
                  ("Fritz_K", "Und wer zahlt am Ende? Der Steuerzahler."),
                  ("koelsche_jung", "Sehr guter Artikel, weiter so!")],
        nav=["Startseite", "Politik", "Wirtschaft", "NRW", "Köln", "Sport", "Kultur", "Panorama"],
    ),
    "berliner-tageskurier.de": dict(
        name="Berliner Tageskurier", server="openresty", date_in="meta",
        cookie="Diese Website nutzt Cookies. Einige sind technisch notwendig, andere helfen uns, unser Angebot zu verbessern. Sie können Ihre Einstellungen jederzeit ändern.",
        newsletter="Der Checkpoint-Newsletter: Berlins wichtigste Nachrichten jeden Morgen kostenlos.",
        footer="Berliner Tageskurier – Verlag Tageskurier GmbH, Friedrichstraße 112, 10117 Berlin",
        related=["Weihnachtsmärkte in Berlin: Die schönsten Märkte 2026",
                 "Mietspiegel: Wo die Mieten in Berlin am stärksten steigen",
                 "Hertha BSC holt Punkt in Paderborn",
                 "BER meldet Passagierrekord im Oktober"],
        comments=[("Kiezbewohner", "Typisch Berlin, wieder zu spät dran."),
                  ("Dr. H. Lange", "Eine differenzierte Darstellung, die man selten liest."),
                  ("spreeathen", "Wann lernt die Politik endlich dazu?"),
                  ("Leser_aus_Pankow", "Danke für die Zusammenfassung!")],
        nav=["Berlin", "Politik", "Wirtschaft", "Kultur", "Sport", "Meinung", "Wissen"],
    ),
}

COMMON_SCRIPT = """<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-SAMPLE123');</script>
<script async src="https://securepubads.g.doubleclick.invalid/tag/js/gpt.js"></script>"""


def slug(s: str) -> str:
    return re.sub(r"[^\w]+", "-", s.lower()).strip("-")


def pick(seq, article_id, n):
    """Deterministic choice of n items from seq, keyed by the article id."""
    if not seq:
        return []
    h = int(hashlib.sha1(article_id.encode()).hexdigest(), 16)
    start = h % len(seq)
    return [seq[(start + i) % len(seq)] for i in range(min(n, len(seq)))]


def body_paragraphs(art, include_updates):
    out = []
    for kind, text in art.paragraphs:
        if kind == "update" and not include_updates:
            continue
        out.append(("h2" if kind == "h2" else "p", text))
    return out


def published_bits(art, mode):
    """Return (jsonld_date, meta_tag, time_tag) strings according to where the date goes."""
    pub = art.get("published", "none")
    pubdt = parse_time(pub)
    jsonld = meta = time_tag = ""
    if pubdt is not None:
        if mode == "jsonld":
            jsonld = pub
        elif mode == "meta":
            meta = f'<meta property="article:published_time" content="{a(pub)}">'
        elif mode == "time":
            time_tag = pub
    return jsonld, meta, time_tag


def jsonld_block(art, src, date):
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "headline": art.get("title"), "inLanguage": art.get("lang"),
            "mainEntityOfPage": art.get("canonical", art.url.split("?")[0])}
    if date:
        data["datePublished"] = date
        if art.get("modified"):
            data["dateModified"] = art.get("modified")
    if art.get("author"):
        data["author"] = {"@type": "Person", "name": art.get("author")}
    data["publisher"] = {"@type": "Organization", "name": src["name"]}
    return ('<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False)
            + "</script>")


def head_common(art, src, charset_meta, extra_meta, jsonld, style):
    canonical = art.get("canonical", art.url.split("?")[0])
    title = art.get("title")
    desc = art.get("description") or first_sentence(art)
    return f"""<!DOCTYPE html>
<html lang="{art.get('lang')}">
<head>
{charset_meta}<title>{e(title)} | {e(src['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{a(desc)}">
<meta property="og:title" content="{a(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{a(src['name'])}">
<link rel="canonical" href="{a(canonical)}">
{extra_meta}
<style>{style}</style>
{COMMON_SCRIPT}
{jsonld}
</head>
"""


def first_sentence(art):
    for kind, text in art.paragraphs:
        if kind == "p":
            m = re.match(r"(.{40,200}?[.!?])(\s|$)", text)
            return m.group(1) if m else text[:160]
    return ""


def charset_meta_for(art):
    cs = art.get("charset", "utf-8")
    declared = art.get("charset_declared", "both")
    if declared == "none":
        return ""
    if cs.lower() == "utf-8":
        return '<meta charset="utf-8">\n'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'


def comments_html(src, art, heading, fmt):
    items = pick(src["comments"], art.id, 2)
    return "\n".join(fmt.format(name=e(n), text=e(t)) for n, t in items), heading


def render_cpa(art, src, updates):
    jsonld_date, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    paras = "\n".join(f"<{k}>{e(t)}</{k}>" for k, t in body_paragraphs(art, updates))
    related = "\n".join(f'<li><a href="/en/news/{i}">{e(h)}</a></li>'
                        for i, h in enumerate(pick(src["related"], art.id, 3)))
    desk = "fr" if art.get("lang") == "fr" else "en"
    nav = "".join(f'<li><a href="/{desk}/{n.lower()}">{e(n)}</a></li>' for n in src["nav"])
    return head_common(art, src, charset_meta_for(art), meta, jsonld_block(art, src, jsonld_date),
                       ".wire-top{background:#002b49;color:#fff}.story p{line-height:1.6}") + f"""<body class="story-page">
<div id="cookie-consent" class="consent-overlay" role="dialog"><p>{e(src['cookie'])}</p><button>Accept all</button><button>Manage settings</button></div>
<header class="wire-top"><a class="logo" href="/">CPA</a><nav><ul class="main-nav">{nav}</ul></nav>
<div class="edition">Edition: <a href="/en/">English</a> | <a href="/fr/">Français</a> | <a href="/de/">Deutsch</a></div></header>
<div class="ad-leaderboard" id="div-gpt-ad-top"><!-- ad slot --></div>
<main>
<article class="story" itemscope itemtype="https://schema.org/NewsArticle">
<div class="kicker">{e(art.get('section', 'World'))}</div>
<h1 itemprop="headline">{e(art.get('title'))}</h1>
<div class="byline">By <span itemprop="author">{e(art.get('author', 'CPA staff'))}</span></div>
<div class="article-body" itemprop="articleBody">
{paras}
</div>
<p class="contact">Reporting by {e(art.get('author', 'CPA staff'))}; Editing by the CPA {'desk' if desk == 'en' else 'rédaction'}</p>
<div class="trust">Our Standards: The CPA Trust Principles.</div>
</article>
<aside class="more-news"><h2>More from CPA</h2><ul>{related}</ul></aside>
<div class="newsletter-signup"><p>{e(src['newsletter'])}</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>
</main>
<footer class="site-footer"><ul><li>About CPA</li><li>Careers</li><li>Contact</li><li>Terms of Use</li></ul><p>{e(src['footer'])}</p></footer>
<script>document.getElementById('cookie-consent').addEventListener('click',function(){{this.remove()}});</script>
</body>
</html>
"""


def render_ledger(art, src, updates):
    _, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    if art.get("modified"):
        meta += f'\n<meta property="article:modified_time" content="{a(art.get("modified"))}">'
    paras = body_paragraphs(art, updates)
    rel = pick(src["related"], art.id, 4)
    parts = []
    for i, (k, t) in enumerate(paras):
        parts.append(f'<{k} class="story-text">{e(t)}</{k}>' if k == "p" else f"<h2>{e(t)}</h2>")
        if i == 1:
            parts.append(f'<div class="inline-read-more">READ MORE: <a href="/more/{art.id}">{e(rel[0])}</a></div>')
        if i == 3:
            parts.append('<div class="ad-slot ad-mid" data-slot="mid1">ADVERTISEMENT</div>')
    comments = "\n".join(f'<li class="comment"><b>{e(n)}</b><p>{e(t)}</p></li>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<a href="/section/{slug(n)}">{e(n)}</a>' for n in src["nav"])
    update_note = ""
    if updates and any(k == "update" for k, _ in art.paragraphs):
        update_note = f'<p class="update-note">{e(art.get("update_note", "This story has been updated."))}</p>'
    return head_common(art, src, charset_meta_for(art), meta, "",
                       "body{font-family:Georgia,serif}.story-text{font-size:1.1em}.ad-slot{height:250px}") + f"""<body>
<div class="gdpr-banner"><span>{e(src['cookie'])}</span> <a href="#">Accept</a></div>
<header id="masthead"><div class="date-line">Today's Paper</div><h2 class="brand"><a href="/">The Daily Ledger</a></h2>
<nav class="sections">{nav}</nav><a class="subscribe-btn" href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header>
<div class="container">
<article id="story">
<header><p class="section-label">{e(art.get('section', 'World'))}</p>
<h1 class="headline">{e(art.get('title'))}</h1>
<p class="byline">By {e(art.get('author', 'Ledger Staff'))}</p>
<div class="share-tools">Share: <a>Facebook</a> <a>X</a> <a>Email</a> <a>Copy link</a></div></header>
<section class="story-body">
{update_note}
{chr(10).join(parts)}
</section>
</article>
<div class="paywall-prompt"><p>{e(src['newsletter'])}</p></div>
<section class="related"><h3>Recommended for you</h3><ul>{''.join(f'<li><a>{e(h)}</a></li>' for h in rel[1:])}</ul></section>
<section id="comments"><h3>Comments ({2 + len(art.id) % 40})</h3><ul>{comments}</ul><p>Comments are moderated and may take time to appear.</p></section>
</div>
<footer><p>{e(src['footer'])}</p><p>Privacy Policy · Terms of Service · Contact Us · Advertise</p></footer>
</body>
</html>
"""


def render_herald(art, src, updates):
    _, meta, time_tag = published_bits(art, art.get("date_in", src["date_in"]))
    paras = body_paragraphs(art, updates)
    parts = []
    for i, (k, t) in enumerate(paras):
        parts.append(f"<{k}>{e(t)}</{k}>")
        if i == 2:
            parts.append(f'<aside class="newsletter-inline"><strong>{e(src["newsletter"])}</strong><a href="/newsletters">Sign up</a></aside>')
    rel = pick(src["related"], art.id, 3)
    comments = "\n".join(f'<div class="comment"><span class="user">{e(n)}</span><div class="comment-body">{e(t)}</div><span class="votes">▲ 12 ▼ 3</span></div>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<li><a href="/{n.lower()}">{e(n)}</a></li>' for n in src["nav"])
    pubdt = parse_time(time_tag)
    time_html = (f'<time datetime="{a(time_tag)}">{pubdt.strftime("%A %d %B %Y %H:%M")} GMT</time>'
                 if pubdt else "")
    return head_common(art, src, charset_meta_for(art), meta, "",
                       ".article__body p{margin:0 0 1em}.sponsored{display:block}") + f"""<body>
<div id="sp_message_container" class="cmp"><p>{e(src['cookie'])}</p><button>Accept all</button> <button>Reject</button></div>
<header class="site-header"><a href="/" class="masthead">The Northbridge Herald</a><nav class="primary"><ul>{nav}</ul></nav>
<div class="header-weather">Manchester 7°C Light rain</div></header>
<main class="article-page">
<article>
<div class="article__header"><span class="article__section">{e(art.get('section', 'News'))}</span>
<h1 class="article__headline">{e(art.get('title'))}</h1>
<p class="article__standfirst">{e(art.get('standfirst', ''))}</p>
<div class="article__meta"><span class="author">{e(art.get('author', 'Herald Reporter'))}</span> {time_html}</div>
<div class="social-share"><a>Share on Facebook</a><a>Share on X</a><a>Share via WhatsApp</a></div></div>
<div class="article__body">
{chr(10).join(parts)}
</div>
<div class="sponsored"><p>Promoted stories</p><a>Doctors stunned: this one trick melts belly fat</a><a>Homeowners in the North are switching to this boiler</a></div>
</article>
<section class="most-read"><h2>Most read</h2><ol>{''.join(f'<li>{e(h)}</li>' for h in rel)}</ol></section>
<section class="comments"><h2>Join the conversation</h2>{comments}<p>Comments are subject to our community guidelines.</p></section>
</main>
<footer class="site-footer"><p>{e(src['footer'])}</p><p>Contact us · Advertise · Terms &amp; Conditions · Privacy notice · Cookie settings</p></footer>
</body>
</html>
"""


def render_vestnik(art, src, updates):
    mode = art.get("date_in", src["date_in"])
    jsonld_date, meta, _ = published_bits(art, mode)
    paras = body_paragraphs(art, updates)
    rel = pick(src["related"], art.id, 4)
    parts = []
    for i, (k, t) in enumerate(paras):
        parts.append(f"<{k}>{e(t)}</{k}>")
        if i == 1 and len(paras) > 3:
            parts.append(f'<div class="b-read-also">Читайте также: <a href="/news/{art.id}">{e(rel[0])}</a></div>')
    comments = "\n".join(f'<div class="b-comment"><div class="b-comment__author">{e(n)}</div><div class="b-comment__text">{e(t)}</div></div>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<a class="b-menu__item" href="/rubric/{i}">{e(n)}</a>' for i, n in enumerate(src["nav"]))
    pubdt = parse_time(art.get("published"))
    visible = pubdt.strftime("%d.%m.%Y, %H:%M") if (pubdt and mode != "none") else ""
    return head_common(art, src, charset_meta_for(art), meta, jsonld_block(art, src, jsonld_date),
                       ".b-text p{font-size:18px}.b-menu__item{margin:0 8px}") + f"""<body>
<div class="b-cookie"><div class="b-cookie__text">{e(src['cookie'])}</div><div class="b-cookie__btn">Принять</div></div>
<div class="b-header"><a class="b-logo" href="/">Вестник дня</a><div class="b-menu">{nav}</div>
<div class="b-header__currency">USD 97,45 (+0,12) EUR 104,10 (-0,35)</div></div>
<div class="b-banner" id="adfox_top"></div>
<div class="b-layout"><div class="b-main">
<div class="b-material">
<div class="b-material__date">{visible}</div>
<h1 class="b-material__title">{e(art.get('title'))}</h1>
<div class="b-share">Поделиться: ВКонтакте · Одноклассники · Telegram</div>
<div class="b-text">
{chr(10).join(parts)}
</div>
<div class="b-material__author">{e(art.get('author', ''))}</div>
<div class="b-subscribe">{e(src['newsletter'])}</div>
</div>
<div class="b-comments"><div class="b-comments__title">Комментарии</div>{comments}</div>
</div>
<div class="b-sidebar"><div class="b-sidebar__title">Самое читаемое</div><ul>{''.join(f'<li>{e(h)}</li>' for h in rel[1:])}</ul></div></div>
<div class="b-footer"><p>{e(src['footer'])}</p><p>Главный редактор: И. В. Соколова. Тел. редакции: +7 (495) 000-00-00</p></div>
<script>(function(m,e,t,r,i,k,a){{m[i]=m[i]||function(){{(m[i].a=m[i].a||[]).push(arguments)}}}})(window,document,'script','https://mc.yandex.invalid/metrika/tag.js','ym');ym(90000001,'init',{{}});</script>
</body>
</html>
"""


def render_novosti(art, src, updates):
    # Old-school table layout; paragraphs separated by <br><br>, no <p>.
    _, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    paras = body_paragraphs(art, updates)
    text = "<br><br>\n".join((f"<b>{e(t)}</b>" if k == "h2" else e(t)) for k, t in paras)
    rel = pick(src["related"], art.id, 4)
    comments = "\n".join(f'<tr><td class="cmt"><b>{e(n)}</b>: {e(t)}</td></tr>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = " | ".join(f'<a href="/{i}/">{e(n)}</a>' for i, n in enumerate(src["nav"]))
    return head_common(art, src, charset_meta_for(art), meta, "",
                       "td.text{font:14px Verdana}td.menu{background:#eee}") + f"""<body bgcolor="#ffffff">
<div id="cookie_note">{e(src['cookie'])} <a href="#" onclick="this.parentNode.style.display='none'">OK</a></div>
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="logo"><a href="/"><img src="/img/logo.gif" alt="Новости-Экспресс"></a> <span class="slogan">Новости каждый час</span></td></tr>
<tr><td colspan="2" class="menu">{nav}</td></tr>
<tr><td valign="top" width="70%" class="text">
<h1>{e(art.get('title'))}</h1>
<div class="src">{e(art.get('author', 'Новости-Экспресс'))}</div>
{text}
<br><br><div class="tg">{e(src['newsletter'])}</div>
<table class="comments"><tr><td><b>Комментарии читателей</b></td></tr>{comments}</table>
</td>
<td valign="top" class="right"><div class="banner">Реклама</div><b>Главное за сутки</b><ul>{''.join(f'<li><a href="#">{e(h)}</a></li>' for h in rel)}</ul></td></tr>
<tr><td colspan="2" class="footer">{e(src['footer'])}<br>Почта редакции: info@novosti-ekspress.ru</td></tr>
</table>
<script>var _top100q=_top100q||[];_top100q.push(['setAccount','7711234']);</script>
</body>
</html>
"""


def render_sofiyski(art, src, updates):
    _, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    paras = body_paragraphs(art, updates)
    rel = pick(src["related"], art.id, 4)
    body = "\n".join(f"<{k}>{e(t)}</{k}>" for k, t in paras)
    comments = "\n".join(f'<li><span class="nick">{e(n)}</span> <span class="when">преди 2 часа</span><p>{e(t)}</p></li>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<li><a href="/{i}">{e(n)}</a></li>' for i, n in enumerate(src["nav"]))
    pubdt = parse_time(art.get("published"))
    visible = pubdt.strftime("%d.%m.%Y %H:%M") if pubdt else ""
    return head_common(art, src, charset_meta_for(art), meta, "",
                       ".article-text p{margin-bottom:14px}.top-nav li{display:inline}") + f"""<body>
<div class="cookie-bar" id="cookieBar">{e(src['cookie'])} <button onclick="acceptCookies()">Разбрах</button></div>
<div class="top-bar">Сряда, времето в София: 4°C · Курс: 1 EUR = 1.17 USD</div>
<header><a class="logo" href="/">Софийски вестник</a><ul class="top-nav">{nav}</ul><a class="btn-subscribe" href="/abonament">Абонамент</a></header>
<div class="ad ad-970" data-ad="billboard"></div>
<div class="wrap">
<div class="article">
<div class="breadcrumbs">Начало › {e(art.get('section', 'България'))}</div>
<h1>{e(art.get('title'))}</h1>
<div class="article-info"><span class="date">{visible}</span> <span class="views">Прочетена 3 412 пъти</span> <span class="author">{e(art.get('author', ''))}</span></div>
<div class="share">Сподели: Facebook · Viber · Копирай линка</div>
<div class="article-text">
{body}
</div>
<div class="tags">Етикети: {e(art.get('tags', ''))}</div>
<div class="more-on-topic"><h3>Още по темата</h3><ul>{''.join(f'<li><a>{e(h)}</a></li>' for h in rel[:2])}</ul></div>
<div class="newsletter-box">{e(src['newsletter'])}</div>
<div class="comments"><h3>Коментари ({len(art.id) % 30 + 3})</h3><ul>{comments}</ul><a class="more">Виж всички коментари</a></div>
</div>
<div class="sidebar"><h3>Най-четени</h3><ol>{''.join(f'<li>{e(h)}</li>' for h in rel[2:])}</ol></div>
</div>
<footer><p>{e(src['footer'])}</p><p>За нас · Реклама · Контакти · Общи условия · Политика за поверителност</p></footer>
<script>function acceptCookies(){{document.getElementById('cookieBar').style.display='none';document.cookie='cc=1;path=/'}}</script>
</body>
</html>
"""


def render_abendpost(art, src, updates):
    jsonld_date, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    paras = body_paragraphs(art, updates)
    rel = pick(src["related"], art.id, 4)
    parts = []
    for i, (k, t) in enumerate(paras):
        parts.append(f"<{k}>{e(t)}</{k}>")
        if i == 2:
            parts.append(f'<div class="lesetipp">Lesen Sie auch: <a href="/lesetipp/{art.id}">{e(rel[0])}</a></div>')
    comments = "\n".join(f'<article class="kommentar"><header>{e(n)} schrieb:</header><p>{e(t)}</p></article>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<li><a href="/{n.lower()}/">{e(n)}</a></li>' for n in src["nav"])
    pubdt = parse_time(art.get("published"))
    visible = pubdt.strftime("%d.%m.%Y, %H:%M Uhr") if pubdt else ""
    return head_common(art, src, charset_meta_for(art), meta, jsonld_block(art, src, jsonld_date),
                       ".artikel-text p{font-family:'Merriweather'}.paywall{display:none}") + f"""<body>
<div class="cmp-layer" id="cmp"><h2>Ihre Privatsphäre ist uns wichtig</h2><p>{e(src['cookie'])}</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<header class="kopf"><a href="/" class="logo">Rheinische Abendpost</a><nav><ul class="hauptnavi">{nav}</ul></nav><a class="abo" href="/abo">RA+ Abo</a></header>
<div class="werbung" id="ad-superbanner">Anzeige</div>
<main>
<article class="artikel">
<span class="dachzeile">{e(art.get('section', 'Politik'))}</span>
<h1>{e(art.get('title'))}</h1>
<p class="teaser">{e(art.get('standfirst', ''))}</p>
<div class="autor">Von {e(art.get('author', 'RA-Redaktion'))} · {visible}</div>
<div class="teilen">Teilen: Facebook · X · WhatsApp · E-Mail</div>
<div class="artikel-text">
{chr(10).join(parts)}
</div>
<div class="abo-hinweis">{e(src['newsletter'])}</div>
</article>
<section class="mehr"><h2>Meistgelesen</h2><ul>{''.join(f'<li>{e(h)}</li>' for h in rel[1:])}</ul></section>
<section class="kommentare"><h2>Kommentare</h2>{comments}<p>Bitte beachten Sie unsere Netiquette.</p></section>
</main>
<footer><p>{e(src['footer'])}</p></footer>
</body>
</html>
"""


def render_tageskurier(art, src, updates):
    _, meta, _ = published_bits(art, art.get("date_in", src["date_in"]))
    paras = body_paragraphs(art, updates)
    rel = pick(src["related"], art.id, 4)
    body = "\n".join(f"<{k}>{e(t)}</{k}>" for k, t in paras)
    comments = "\n".join(f'<div class="lk"><div class="lk-name">{e(n)}</div><div class="lk-text">{e(t)}</div></div>'
                         for n, t in pick(src["comments"], art.id, 2))
    nav = "".join(f'<a href="/{n.lower()}/">{e(n)}</a>' for n in src["nav"])
    pubdt = parse_time(art.get("published"))
    visible = pubdt.strftime("%d.%m.%Y, %H:%M Uhr") if pubdt else ""
    return head_common(art, src, charset_meta_for(art), meta, "",
                       ".story .text p{line-height:1.7}#consent{position:fixed}") + f"""<body>
<div id="consent"><p>{e(src['cookie'])}</p><button>Akzeptieren</button><button>Ablehnen</button></div>
<header class="masthead"><a class="brand" href="/">Berliner Tageskurier</a><nav class="ressorts">{nav}</nav><a href="/checkpoint">Checkpoint</a></header>
<main>
<div class="story">
<div class="kicker">{e(art.get('section', 'Berlin'))}</div>
<h1>{e(art.get('title'))}</h1>
<div class="meta">{visible} · {e(art.get('author', 'Tageskurier'))}</div>
<section class="text">
{body}
</section>
<div class="mzt"><h3>Mehr zum Thema</h3><ul>{''.join(f'<li><a>{e(h)}</a></li>' for h in rel[:2])}</ul></div>
<div class="newsletter-teaser">{e(src['newsletter'])}</div>
</div>
<aside class="lesertipps"><h3>Leserkommentare</h3>{comments}</aside>
<aside class="top"><h3>Meistgelesen</h3><ol>{''.join(f'<li>{e(h)}</li>' for h in rel[2:])}</ol></aside>
</main>
<footer>{e(src['footer'])} · Impressum · Datenschutz · Abo kündigen</footer>
<script src="/static/js/app.8f3a1.js"></script>
</body>
</html>
"""


RENDERERS = {
    "cpa-wire.com": render_cpa,
    "thedailyledger.com": render_ledger,
    "northbridgeherald.co.uk": render_herald,
    "vestnik-dnya.ru": render_vestnik,
    "novosti-ekspress.ru": render_novosti,
    "sofiyski-vestnik.bg": render_sofiyski,
    "rheinische-abendpost.de": render_abendpost,
    "berliner-tageskurier.de": render_tageskurier,
}


def render(art: Article, updates=False) -> str:
    return RENDERERS[art.source](art, SOURCES[art.source], updates)


def chrome_strings(art: Article) -> list:
    """Strings of page chrome that must not be in the main text (gold 'without')."""
    src = SOURCES[art.source]
    out = [src["cookie"], src["newsletter"], src["footer"]]
    if art.source == "thedailyledger.com":
        out.append(pick(src["related"], art.id, 4)[0])  # the inline READ MORE link
    elif art.source in ("rheinische-abendpost.de", "vestnik-dnya.ru"):
        out.append(pick(src["related"], art.id, 4)[1])
    else:
        out.append(pick(src["related"], art.id, 3)[0])
    cm = pick(src["comments"], art.id, 2)
    if cm:
        out.append(cm[0][1])
    return out


def with_strings(art: Article) -> list:
    """Strings the main text must contain: explicit 'with' headers, else sentences of the body."""
    if art.meta.get("with"):
        return list(art.meta["with"])
    ps = [t for k, t in art.paragraphs if k == "p"]
    out = []
    for t in (ps[0], ps[len(ps) // 2], ps[-1]):
        words = t.split()
        frag = " ".join(words[:10]) if t is ps[0] else " ".join(words[-8:])
        if frag not in out:
            out.append(frag)
    return out


# --------------------------------------------------------------------------------------------
# WARC writing
# --------------------------------------------------------------------------------------------

def gzip_member(data: bytes) -> bytes:
    """One gzip member with a fixed header (mtime 0, OS 255) so output is byte-stable."""
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9)
    deflated = comp.compress(data) + comp.flush()
    header = b"\x1f\x8b\x08\x00" + struct.pack("<I", 0) + b"\x02\xff"
    trailer = struct.pack("<II", zlib.crc32(data) & 0xFFFFFFFF, len(data) & 0xFFFFFFFF)
    return header + deflated + trailer


def sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record_id(kind: str, url: str, when: str) -> str:
    return f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'{kind}|{url}|{when}')}>"


def fake_ip(host: str) -> str:
    h = hashlib.sha1(host.encode()).digest()
    return f"198.51.100.{h[0] % 250 + 1}"


def warc_record(headers: list, block: bytes, content_length: int | None = None) -> bytes:
    cl = len(block) if content_length is None else content_length
    lines = ["WARC/1.0"] + [f"{k}: {v}" for k, v in headers] + [f"Content-Length: {cl}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


@dataclass
class Planned:
    """One unit written to a WARC file, with the outcome the pipeline must give it."""
    kind: str            # warcinfo | request | response | metadata | garbage | truncated
    url: str | None
    outcome: str         # "document" or a reject reason
    data: bytes          # the bytes written to the file (a gzip member or raw garbage)
    note: str = ""
    article: Article | None = None
    offset: int = 0


class WarcBuilder:
    def __init__(self, filename: str, description: str, first_date: str):
        self.filename = filename
        self.units: list[Planned] = []
        self.info_id = record_id("warcinfo", filename, first_date)
        fields = (f"software: storyline samples/build_crawl.py (hand-written WARC)\r\n"
                  f"format: WARC File Format 1.0\r\n"
                  f"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
                  f"isPartOf: storyline-sample-news-2026-11\r\n"
                  f"description: {description}\r\n"
                  f"operator: Storyline project (synthetic sample, invented sites)\r\n"
                  f"http-header-user-agent: {CRAWLER_UA}\r\n"
                  f"robots: checked via crawler-commons\r\n").encode()
        rec = warc_record([("WARC-Type", "warcinfo"), ("WARC-Date", first_date),
                           ("WARC-Record-ID", self.info_id), ("WARC-Filename", filename),
                           ("Content-Type", "application/warc-fields")], fields)
        self.units.append(Planned("warcinfo", None, "non_response", gzip_member(rec)))

    def page(self, url, when, status_line, http_headers: list, body: bytes, outcome,
             note="", article=None, metadata=None, wrong_length=None, truncate=False):
        parts = re.match(r"https?://([^/]+)(/.*)?$", url)
        host, path = parts.group(1), parts.group(2) or "/"
        req_id = record_id("request", url, when)
        resp_id = record_id("response", url, when)
        req_block = (f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {CRAWLER_UA}\r\n"
                     f"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
                     f"Accept-Language: en-US,en;q=0.5\r\nAccept-Encoding: gzip\r\nConnection: close\r\n\r\n").encode()
        req = warc_record([("WARC-Type", "request"), ("WARC-Date", when), ("WARC-Record-ID", req_id),
                           ("WARC-Target-URI", url), ("WARC-Warcinfo-ID", self.info_id),
                           ("WARC-IP-Address", fake_ip(host)),
                           ("Content-Type", "application/http; msgtype=request"),
                           ("WARC-Block-Digest", sha1_b32(req_block))], req_block)
        self.units.append(Planned("request", url, "non_response", gzip_member(req)))
        head = status_line + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in http_headers) + "\r\n"
        resp_block = head.encode("latin-1") + body
        ctype = next((v for k, v in http_headers if k.lower() == "content-type"), "")
        resp = warc_record([("WARC-Type", "response"), ("WARC-Date", when),
                            ("WARC-Record-ID", resp_id), ("WARC-Target-URI", url),
                            ("WARC-Warcinfo-ID", self.info_id), ("WARC-Concurrent-To", req_id),
                            ("WARC-IP-Address", fake_ip(host)),
                            ("Content-Type", "application/http; msgtype=response"),
                            ("WARC-Payload-Digest", sha1_b32(body)),
                            ("WARC-Block-Digest", sha1_b32(resp_block)),
                            ("WARC-Identified-Payload-Type", ctype.split(";")[0] or "application/octet-stream")],
                           resp_block, content_length=wrong_length)
        member = gzip_member(resp)
        kind = "response"
        if truncate:
            member = truncate_before_uri(member)
            kind = "truncated"
        self.units.append(Planned(kind, url if not truncate else None, outcome, member, note, article))
        if metadata:
            block = "".join(f"{k}: {v}\r\n" for k, v in metadata).encode()
            meta = warc_record([("WARC-Type", "metadata"), ("WARC-Date", when),
                                ("WARC-Record-ID", record_id("metadata", url, when)),
                                ("WARC-Target-URI", url), ("WARC-Warcinfo-ID", self.info_id),
                                ("WARC-Refers-To", resp_id),
                                ("Content-Type", "application/warc-fields")], block)
            self.units.append(Planned("metadata", url, "non_response", gzip_member(meta)))

    def garbage(self, data: bytes, note):
        self.units.append(Planned("garbage", None, "unreadable", data, note))

    def write(self) -> bytes:
        out = bytearray()
        for u in self.units:
            u.offset = len(out)
            out += u.data
        return bytes(out)


def truncate_before_uri(member: bytes) -> bytes:
    """Cut a gzip member so that what decompresses ends before the WARC-Target-URI header.

    A tolerant reader sees 'WARC/1.0 ... WARC-Type: response ...' and then end of file, with no
    URL to report: expected reject (url null, reason unreadable)."""
    best = 12
    for cut in range(12, len(member)):
        d = zlib.decompressobj(31)
        try:
            out = d.decompress(member[:cut])
        except zlib.error:
            break
        if b"WARC-Target-URI" in out or b"WARC-Record-ID" in out and b"WARC-Date" in out and len(out) > 150:
            break
        if b"WARC-Type: response" in out:
            best = cut
    return member[:best]


# --------------------------------------------------------------------------------------------
# Page encodings and HTTP headers
# --------------------------------------------------------------------------------------------

def page_bytes(art: Article, updates=False) -> bytes:
    cs = art.get("charset", "utf-8")
    return render(art, updates).encode(cs, errors="strict")


def http_headers_for(art: Article, body: bytes, when_dt, content_encoding=None):
    cs = art.get("charset", "utf-8")
    declared = art.get("charset_declared", "both")
    ctype = "text/html" if declared in ("meta", "none") else f"text/html; charset={cs.upper() if cs != 'utf-8' else 'UTF-8'}"
    h = [("Date", http_date(when_dt)), ("Server", SOURCES[art.source]["server"]),
         ("Content-Type", ctype)]
    if content_encoding:
        h.append(("Content-Encoding", content_encoding))
        h.append(("Vary", "Accept-Encoding"))
    h += [("Content-Length", str(len(body))), ("Cache-Control", "max-age=60, public"),
          ("X-Frame-Options", "SAMEORIGIN"), ("Connection", "close")]
    return h


def minimal_pdf() -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    stream = b"BT /F1 14 Tf 72 770 Td (Draft State Budget 2027 - summary tables) Tj ET"
    objs[3] = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def minimal_jpeg() -> bytes:
    """A valid 8x8 mid-grey baseline JPEG with one-symbol Huffman tables."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    app0 = seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    dqt = seg(0xDB, b"\x00" + bytes([1] * 64))
    sof = seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")
    dht_dc = seg(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00")
    dht_ac = seg(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")
    sos = seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    scan = b"\x3f"  # DC diff category 0 ('0'), EOB ('0'), padded with 1s
    return b"\xff\xd8" + app0 + dqt + sof + dht_dc + dht_ac + sos + scan + b"\xff\xd9"


# --------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------

def dt(s):
    return parse_time(s)


def build():
    arts = load_articles()
    by_id = {x.id: x for x in arts}
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    CRAWL.mkdir(exist_ok=True)
    gold_articles, segments = [], {}

    # ---------------- main WARC ----------------
    main_arts = [x for x in arts if x.get("file") == "main"]
    events = []  # (crawl time, order, article, variant)
    for x in main_arts:
        events.append((x.get("crawled"), x.id, x, "first"))
        if x.get("recrawled"):
            events.append((x.get("recrawled"), x.id, x, x.get("recrawl_kind")))
    events.sort(key=lambda t: (t[0], t[1]))
    main = WarcBuilder(MAIN_WARC, "Storyline sample: multilingual news pages from 8 invented sites, 2026-11-16..21",
                       events[0][0])
    meta_every = 9
    for i, (when, _, x, variant) in enumerate(events):
        updates = variant == "update"
        body = page_bytes(x, updates=updates)
        outcome = "duplicate_exact" if variant == "exact" else "document"
        note = {"first": "", "update": "updated re-crawl of the same URL (small edit): a second document",
                "exact": "same URL and body crawled again"}[variant]
        url = x.url
        metadata = None
        if i % meta_every == 4:
            metadata = [("fetchTimeMs", str(180 + (i * 37) % 900)),
                        ("charset-detected", x.get("charset", "utf-8").upper()),
                        ("languages-cld2", json.dumps({"reliable": True, "languages": [{"code": x.get("lang")}]}))]
        main.page(url, when, "HTTP/1.1 200 OK", http_headers_for(x, body, dt(when)), body, outcome,
                  note=note, article=x, metadata=metadata)
    main_bytes = main.write()
    (CRAWL / MAIN_WARC).write_bytes(main_bytes)

    # ---------------- bad WARC ----------------
    bad_arts = {x.id: x for x in arts if x.get("file") == "bad"}
    bad = WarcBuilder(BAD_WARC, "Storyline sample: deliberately bad and rejectable records", "2026-11-19T06:00:00Z")
    # 1. 404
    nf = ("<!DOCTYPE html><html lang=\"en\"><head><title>Page not found | The Daily Ledger</title></head>"
          "<body><h1>404</h1><p>Sorry, the page you were looking for could not be found. It may have been moved or deleted.</p>"
          "<p><a href=\"/\">Go to the homepage</a></p></body></html>\n").encode()
    u404 = "https://www.thedailyledger.com/world/2026/11/18/eu-summit-live-updates-day-two"
    bad.page(u404, "2026-11-19T06:00:05Z", "HTTP/1.1 404 Not Found",
             [("Date", http_date(dt("2026-11-19T06:00:05Z"))), ("Server", "Apache"),
              ("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(nf)))], nf,
             "http_status", note="404 Not Found")
    # 2. 301
    moved = b"<html><head><title>301 Moved Permanently</title></head><body><h1>Moved Permanently</h1></body></html>\n"
    u301 = "http://www.northbridgeherald.co.uk/news/world/ecb-digital-euro-vogler"
    bad.page(u301, "2026-11-19T06:01:10Z", "HTTP/1.1 301 Moved Permanently",
             [("Date", http_date(dt("2026-11-19T06:01:10Z"))), ("Server", "Varnish"),
              ("Location", "https://www.northbridgeherald.co.uk/news/world/ecb-digital-euro-vogler"),
              ("Content-Type", "text/html"), ("Content-Length", str(len(moved)))], moved,
             "http_status", note="301 redirect to the https URL")
    # 3. PDF served as text/html
    pdf = minimal_pdf()
    updf = "https://news.sofiyski-vestnik.bg/files/byudzhet-2027-rezyume"
    bad.page(updf, "2026-11-19T06:02:20Z", "HTTP/1.1 200 OK",
             [("Date", http_date(dt("2026-11-19T06:02:20Z"))), ("Server", "cloudflare"),
              ("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(pdf)))], pdf,
             "not_html", note="PDF bytes (%PDF-) served as text/html")
    # 4. JPEG
    jpg = minimal_jpeg()
    ujpg = "https://www.rheinische-abendpost.de/bilder/2026/11/ezb-frankfurt-tower.jpg"
    bad.page(ujpg, "2026-11-19T06:03:00Z", "HTTP/1.1 200 OK",
             [("Date", http_date(dt("2026-11-19T06:03:00Z"))), ("Server", "nginx"),
              ("Content-Type", "image/jpeg"), ("Content-Length", str(len(jpg)))], jpg,
             "not_html", note="image/jpeg")
    # 5. gzip Content-Encoding: a valid document
    gz_art = next(x for x in bad_arts.values() if x.get("bad_role") == "gzip")
    raw = page_bytes(gz_art)
    gzbody = gzip_member(raw)
    bad.page(gz_art.url, gz_art.get("crawled"), "HTTP/1.1 200 OK",
             http_headers_for(gz_art, gzbody, dt(gz_art.get("crawled")), content_encoding="gzip"), gzbody,
             "document", note="body sent with Content-Encoding: gzip; must be decoded", article=gz_art)
    # 6. soft-404 (200 with almost no text)
    soft = ("<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Seite nicht gefunden | Berliner Tageskurier</title>"
            "<link rel=\"canonical\" href=\"https://www.berliner-tageskurier.de/suche/\"></head><body>"
            "<header><a href=\"/\">Berliner Tageskurier</a></header><main><h1>Hoppla!</h1>"
            "<p>Diese Seite gibt es leider nicht mehr.</p><p><a href=\"/\">Zur Startseite</a></p></main>"
            "<footer>Impressum · Datenschutz</footer></body></html>\n").encode()
    usoft = "https://www.berliner-tageskurier.de/berlin/bvg-streik-live-ticker-a-48190.html"
    bad.page(usoft, "2026-11-19T06:05:40Z", "HTTP/1.1 200 OK",
             [("Date", http_date(dt("2026-11-19T06:05:40Z"))), ("Server", "openresty"),
              ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(soft)))], soft,
             "too_short", note="soft 404: HTTP 200 with a few words of text")
    # 7. wrong Content-Length (declares 731 bytes more than the record holds)
    wl_body = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Markets wrap | CPA</title></head><body>"
               "<h1>European shares close higher</h1><p>LONDON, Nov 18 (CPA) - European shares closed higher on Wednesday "
               "as investors weighed comments from central bankers, with the pan-European index up 0.6 percent.</p>"
               "</body></html>\n").encode()
    uwl = "https://www.cpa-wire.com/en/markets/european-shares-close-higher-nov-18"
    when_wl = "2026-11-19T06:06:30Z"
    wl_headers = [("Date", http_date(dt(when_wl))), ("Server", "nginx/1.24.0"),
                  ("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(wl_body)))]
    wl_block_len = len(("HTTP/1.1 200 OK\r\n" + "".join(f"{k}: {v}\r\n" for k, v in wl_headers) + "\r\n").encode()) + len(wl_body)
    # Its bytes cannot be trusted (the block runs into the next member), so the record is a
    # bad_record named by its header (id, URL, the length's error); the reader resumes at the next
    # gzip member.
    bad.page(uwl, when_wl, "HTTP/1.1 200 OK", wl_headers, wl_body, "bad_record",
             note=f"WARC Content-Length {wl_block_len + 731} but the record block holds {wl_block_len} bytes",
             wrong_length=wl_block_len + 731)
    # 8. a good page right after the damaged record
    after_wl = next(x for x in bad_arts.values() if x.get("bad_role") == "after_bad_length")
    body = page_bytes(after_wl)
    bad.page(after_wl.url, after_wl.get("crawled"), "HTTP/1.1 200 OK",
             http_headers_for(after_wl, body, dt(after_wl.get("crawled"))), body, "document",
             note="good page right after the record with a wrong Content-Length", article=after_wl,
             metadata=[("fetchTimeMs", "412")])
    # 9. garbage bytes between two gzip members
    rnd = random.Random(20261119)
    junk = b"\r\n<html><body>502 Bad Gateway</body></html>\r\n" + bytes(rnd.randrange(256) for _ in range(211))
    junk = junk.replace(b"\x1f\x8b", b"\x1f\x8a")
    bad.garbage(junk, f"{len(junk)} garbage bytes between two gzip members")
    # 10. a good page after the garbage
    after_g = next(x for x in bad_arts.values() if x.get("bad_role") == "after_garbage")
    body = page_bytes(after_g)
    bad.page(after_g.url, after_g.get("crawled"), "HTTP/1.1 200 OK",
             http_headers_for(after_g, body, dt(after_g.get("crawled"))), body, "document",
             note="good page right after the garbage bytes", article=after_g)
    # 11. truncated gzip member at the very end (its request record is intact)
    trunc_body = ("<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>Лента новостей</title></head><body>"
                  + "<p>Лента новостей обновляется каждые пять минут.</p>" * 40 + "</body></html>").encode()
    utr = "https://www.novosti-ekspress.ru/lenta/2026/11/19/"
    bad.page(utr, "2026-11-19T06:12:00Z", "HTTP/1.1 200 OK",
             [("Date", http_date(dt("2026-11-19T06:12:00Z"))), ("Server", "Apache/2.4.57 (Unix)"),
              ("Content-Type", "text/html; charset=UTF-8"), ("Content-Length", str(len(trunc_body)))],
             trunc_body, "unreadable", note="truncated gzip member at the end of the file; "
             "decompresses only into the first WARC header lines, no URL", truncate=True)
    bad_bytes = bad.write()
    (CRAWL / BAD_WARC).write_bytes(bad_bytes)

    # ---------------- feed.jsonl ----------------
    feed_arts = [x for x in arts if x.get("file") == "feed"]
    feed_arts.sort(key=lambda x: x.get("feed_line", "9"))
    feed_lines, feed_units = [], []
    for x in feed_arts:
        obj = {"url": x.url}
        if x.get("feed_field") == "html":
            obj["html"] = render(x)
        else:
            paras = [t for k, t in x.paragraphs]
            text = x.get("title") + "\n\n" + "\n\n".join(paras)
            if x.get("text_trailer"):
                text += "\n\n" + x.get("text_trailer").replace(" || ", "\n")
            obj["text"] = text
            obj["title"] = x.get("title")
        if x.get("published") and x.get("published") != "none" and x.get("feed_published", "yes") == "yes":
            obj["published_at"] = x.get("published")
        obj["source"] = x.source
        feed_lines.append(json.dumps(obj, ensure_ascii=False))
        feed_units.append(("document", x.url, x))
    malformed = '{"url": "https://www.cpa-wire.com/en/world/volcano-update", "text": "REYKJAVIK, Nov 21 (CPA) - A new fissure opened' 
    feed_lines.insert(2, malformed)
    feed_units.insert(2, ("bad_record", None, None))
    (CRAWL / FEED).write_text("\n".join(feed_lines) + "\n", encoding="utf-8")

    # ---------------- gold ----------------
    expected_rejects, counts = [], {}
    documents = []  # (file, url, article)
    for fname, builder in ((MAIN_WARC, main), (BAD_WARC, bad)):
        c = {"records_read": 0, "documents": 0, "rejects": {}}
        for u in builder.units:
            c["records_read"] += 1
            if u.outcome == "document":
                c["documents"] += 1
                documents.append((fname, u.url, u.article))
            else:
                c["rejects"][u.outcome] = c["rejects"].get(u.outcome, 0) + 1
                rej = {"file": f"crawl/{fname}", "url": u.url, "reason": u.outcome, "offset": u.offset}
                if u.note:
                    rej["note"] = u.note
                expected_rejects.append(rej)
        counts[f"crawl/{fname}"] = c
    c = {"records_read": len(feed_units), "documents": 0, "rejects": {}}
    for i, (outcome, url, x) in enumerate(feed_units):
        if outcome == "document":
            c["documents"] += 1
            documents.append((FEED, url, x))
        else:
            c["rejects"][outcome] = c["rejects"].get(outcome, 0) + 1
            expected_rejects.append({"file": f"crawl/{FEED}", "url": None, "reason": outcome,
                                     "line": i + 1, "note": "malformed JSON (truncated line)"})
    counts[f"crawl/{FEED}"] = c
    total = {"records_read": sum(v["records_read"] for v in counts.values()),
             "documents": sum(v["documents"] for v in counts.values()), "rejects": {}}
    for v in counts.values():
        for r, n in v["rejects"].items():
            total["rejects"][r] = total["rejects"].get(r, 0) + n
    total["rejects"] = dict(sorted(total["rejects"].items()))
    counts["total"] = total

    seen = set()
    for fname, url, x in documents:
        canon = x.get("canonical", x.url)
        if canon in seen:
            continue
        seen.add(canon)
        pub = parse_time(x.get("published"))
        mode = x.get("date_in", SOURCES.get(x.source, {}).get("date_in"))
        if mode == "none" or (fname == FEED and x.get("feed_published", "yes") != "yes"):
            pub = None
        entry = {"url": canon, "story": x.get("story") if x.get("story") not in (None, "none") else None,
                 "lang": x.get("lang"), "source": x.source,
                 "published_at": utc_iso(pub), "title": x.get("title"), "file": f"crawl/{fname}"}
        if mode == "url" and pub is not None and fname != FEED:
            entry["published_at"] = pub.strftime("%Y-%m-%dT00:00:00Z")
            entry["published_precision"] = "day"
        if canon != x.url:
            entry["warc_url"] = x.url
        gold_articles.append(entry)
        if x.get("segments", "yes") == "yes":
            seg = {"with": with_strings(x)}
            if fname == FEED and x.get("feed_field") != "html":
                seg["without"] = x.get("text_trailer", "").split(" || ") if x.get("text_trailer") else []
            else:
                seg["without"] = chrome_strings(x)
            segments[canon] = seg

    for s_id, s in stories["stories"].items():
        langs = sorted({g["lang"] for g in gold_articles if g["story"] == s_id})
        s["languages"] = langs
        s["article_count"] = sum(1 for g in gold_articles if g["story"] == s_id)
    used = {g["story"] for g in gold_articles if g["story"]}
    missing = used - set(stories["stories"])
    if missing:
        raise SystemExit(f"stories used by articles but not defined: {missing}")
    near = []
    for group in stories["near_duplicate_groups"]:
        urls = [by_id[i].get("canonical", by_id[i].url) for i in group["articles"]]
        for i in range(len(urls)):
            for j in range(i + 1, len(urls)):
                near.append([urls[i], urls[j]])
    recrawls = [{"url": x.url, "crawls": [x.get("crawled"), x.get("recrawled")],
                 "kind": x.get("recrawl_kind"),
                 "expected": ("two documents (different content), near-duplicates of each other"
                              if x.get("recrawl_kind") == "update" else
                              "first crawl is a document, the second is rejected as duplicate_exact")}
                for x in main_arts if x.get("recrawled")]
    gold = {
        "description": "Gold labels for samples/crawl (generated by samples/build_crawl.py; see samples/README.md)",
        "articles": gold_articles,
        "stories": stories["stories"],
        "hard_negatives": stories["hard_negatives"],
        "near_duplicates": near,
        "recrawls": recrawls,
        "segments": segments,
        "expected_rejects": expected_rejects,
        "counts": counts,
        "notes": stories.get("notes", []),
    }
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return gold, main, bad


# --------------------------------------------------------------------------------------------
# Verify: read the files back like a tolerant reader would
# --------------------------------------------------------------------------------------------

def read_members(data: bytes):
    """Yield (offset, kind, payload): kind is 'record', 'garbage' or 'truncated'."""
    pos = 0
    while pos < len(data):
        if data[pos:pos + 3] != b"\x1f\x8b\x08":
            nxt = data.find(b"\x1f\x8b\x08", pos + 1)
            end = len(data) if nxt < 0 else nxt
            yield pos, "garbage", data[pos:end]
            pos = end
            continue
        d = zlib.decompressobj(31)
        try:
            out = d.decompress(data[pos:])
        except zlib.error:
            nxt = data.find(b"\x1f\x8b\x08", pos + 1)
            end = len(data) if nxt < 0 else nxt
            yield pos, "garbage", data[pos:end]
            pos = end
            continue
        if not d.eof:
            yield pos, "truncated", out
            return
        consumed = len(data) - pos - len(d.unused_data)
        yield pos, "record", out
        pos += consumed


def parse_record(raw: bytes):
    head, _, rest = raw.partition(b"\r\n\r\n")
    lines = head.decode("utf-8").split("\r\n")
    hdr = {}
    for line in lines[1:]:
        k, _, v = line.partition(":")
        hdr[k.strip().lower()] = v.strip()
    declared = int(hdr.get("content-length", -1))
    block = rest[:-4] if rest.endswith(b"\r\n\r\n") else rest
    return lines[0], hdr, block, declared


def classify_response(block: bytes, url: str, seen: set):
    head, _, body = block.partition(b"\r\n\r\n")
    hl = head.decode("latin-1").split("\r\n")
    status = int(hl[0].split()[1])
    h = {k.strip().lower(): v.strip() for k, _, v in (l.partition(":") for l in hl[1:])}
    if status != 200:
        return "http_status", None
    if h.get("content-encoding") == "gzip":
        body = zlib.decompress(body, 31)
    if not h.get("content-type", "").startswith("text/html") or body[:5] == b"%PDF-" or body[:3] == b"\xff\xd8\xff":
        return "not_html", None
    key = (url, hashlib.sha1(body).hexdigest())
    if key in seen:
        return "duplicate_exact", None
    seen.add(key)
    text = re.sub(rb"<(script|style)[^>]*>.*?</\1>", b" ", body, flags=re.S)
    words = len(re.sub(rb"<[^>]+>", b" ", text).split())
    if words < 60:
        return "too_short", None
    return "document", body


def verify(gold, main, bad):
    ok = True
    print("== verify ==")
    for fname, builder in ((MAIN_WARC, main), (BAD_WARC, bad)):
        data = (CRAWL / fname).read_bytes()
        types, outcomes, seen = {}, [], set()
        for off, kind, payload in read_members(data):
            if kind != "record":
                types[kind] = types.get(kind, 0) + 1
                outcomes.append((off, "unreadable"))
                if kind == "truncated":
                    txt = payload.decode("utf-8", "replace")
                    print(f"  {fname}@{off}: truncated member, recovered {len(payload)} bytes; "
                          f"has Target-URI: {'WARC-Target-URI' in txt}")
                else:
                    print(f"  {fname}@{off}: {len(payload)} garbage bytes")
                continue
            first, hdr, block, declared = parse_record(payload)
            t = hdr.get("warc-type")
            types[t] = types.get(t, 0) + 1
            if declared != len(block):
                outcomes.append((off, "bad_record"))
                print(f"  {fname}@{off}: Content-Length {declared} != block {len(block)} ({hdr.get('warc-target-uri')})")
                continue
            if t != "response":
                outcomes.append((off, "non_response"))
                continue
            outcome, _ = classify_response(block, hdr["warc-target-uri"], seen)
            outcomes.append((off, outcome))
        expected = [(u.offset, u.outcome) for u in builder.units]
        match = outcomes == expected
        ok &= match
        c = gold["counts"][f"crawl/{fname}"]
        print(f"  {fname}: {len(data)} bytes, record types {dict(sorted(types.items()))}")
        print(f"    read back: {len(outcomes)} units, documents {sum(1 for _, o in outcomes if o == 'document')}; "
              f"gold: records_read {c['records_read']}, documents {c['documents']}, rejects {c['rejects']}  "
              f"-> {'OK' if match else 'MISMATCH'}")
        if not match:
            for a_, b_ in zip(outcomes, expected):
                if a_ != b_:
                    print("     got", a_, "expected", b_)
    # feed
    lines = (CRAWL / FEED).read_text(encoding="utf-8").splitlines()
    good = badl = 0
    for line in lines:
        try:
            json.loads(line)
            good += 1
        except json.JSONDecodeError:
            badl += 1
    c = gold["counts"][f"crawl/{FEED}"]
    fmatch = good == c["documents"] and badl == c["rejects"].get("bad_record", 0)
    ok &= fmatch
    print(f"  {FEED}: {len(lines)} lines, {good} JSON, {badl} malformed -> {'OK' if fmatch else 'MISMATCH'}")
    # gold sanity
    t = gold["counts"]["total"]
    n_rej = sum(t["rejects"].values())
    print(f"  total: records_read {t['records_read']} = documents {t['documents']} + rejects {n_rej}: "
          f"{'OK' if t['records_read'] == t['documents'] + n_rej else 'MISMATCH'}")
    ok &= t["records_read"] == t["documents"] + n_rej
    ok &= len(gold["expected_rejects"]) == n_rej
    n_recrawl_docs = sum(1 for r in gold["recrawls"] if r["kind"] == "update")
    print(f"  gold articles {len(gold['articles'])} + updated re-crawls {n_recrawl_docs} = documents {t['documents']}: "
          f"{'OK' if len(gold['articles']) + n_recrawl_docs == t['documents'] else 'MISMATCH'}")
    ok &= len(gold["articles"]) + n_recrawl_docs == t["documents"]
    ok &= check_segments(gold)
    ok &= check_charsets(main)
    print(f"  stories {len(gold['stories'])}, hard negatives {len(gold['hard_negatives'])}, "
          f"near-duplicate pairs {len(gold['near_duplicates'])}, segments {len(gold['segments'])}")
    for sid, s in gold["stories"].items():
        print(f"    {sid:22s} {s['article_count']} articles  {','.join(s['languages'])}")
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    print(f"  samples/ total size: {size} bytes")
    print("verify:", "OK" if ok else "FAILED")
    return ok


def visible_text(page: str) -> str:
    page = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r"<[^>]+>", " ", page)
    return " ".join(html.unescape(page).split())


def check_segments(gold) -> bool:
    """Each 'with' string is in the page and in the article body; each 'without' string is in
    the page but not in the body, so a perfect extractor can satisfy every segment."""
    arts = {x.get("canonical", x.url): x for x in load_articles()}
    bad = 0
    for url, seg in gold["segments"].items():
        x = arts[url]
        body = " ".join(t for k, t in x.paragraphs if k != "update")
        if x.get("file") == "feed" and x.get("feed_field") != "html":
            page = " ".join([body] + seg["without"])
        else:
            page = visible_text(render(x))
        for s in seg["with"]:
            if s not in page or s not in body:
                bad += 1
                print(f"  segment 'with' not found: {url}: {s!r}")
        for s in seg["without"]:
            if s not in page or s in body:
                bad += 1
                print(f"  segment 'without' problem: {url}: {s!r}")
    n = sum(len(s["with"]) + len(s["without"]) for s in gold["segments"].values())
    print(f"  segments: {n} strings over {len(gold['segments'])} pages checked, {bad} problems")
    return bad == 0


def check_charsets(main) -> bool:
    ok = True
    for u in main.units:
        x = u.article
        if u.kind != "response" or x is None or x.get("charset", "utf-8") == "utf-8":
            continue
        raw = zlib.decompress(u.data, 31)
        _, hdr, block, _ = parse_record(raw)
        head, _, body = block.partition(b"\r\n\r\n")
        try:
            body.decode("utf-8")
            is_utf8 = True
        except UnicodeDecodeError:
            is_utf8 = False
        declared = re.search(rb"charset=([\w-]+)", body[:2000])
        ctype = re.search(rb"Content-Type: ([^\r]+)", head).group(1).decode()
        print(f"  charset page {x.url}: HTTP Content-Type '{ctype}', in-page declaration "
              f"{declared.group(1).decode() if declared else None}, valid UTF-8: {is_utf8}, "
              f"decodes as {x.get('charset')}: {bool(body.decode(x.get('charset')))}")
        ok &= not is_utf8 and "charset" not in ctype
    return ok


def main_cli(argv):
    gold, main, bad = build()
    for f in (MAIN_WARC, BAD_WARC, FEED):
        p = CRAWL / f
        print(f"wrote {p.relative_to(HERE.parent)} ({p.stat().st_size} bytes, sha256 {hashlib.sha256(p.read_bytes()).hexdigest()[:16]})")
    print(f"wrote samples/gold.json ({len(gold['articles'])} articles)")
    if "--verify" in argv:
        return 0 if verify(gold, main, bad) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main_cli(sys.argv[1:]))
