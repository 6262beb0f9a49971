"""The story's headline on an HTML page.

A page's <title> joins the headline with the site's name ("Harbor bridge to close | The Gazette"), and
a blog's only <h1> is often the site's name over every post. The headline is the heading on the page
that the <title> (or og:title) also names (when the <title> names two, "Blog name: Headline", the one
marked as the post's headline: entry-title, post-title, itemprop=headline); failing that, og:title,
then the longest part of the <title>; failing those, trafilatura's pick."""

import re

from moderator.segment.html.markup import _tops

# " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " › ", " · ": how titles join the headline with the site name.
_SEPARATOR = re.compile(r"\s+(?:[|\-–—»«›‹·•]|::)\s+|\s*(?:::|»|«|›|‹|\|)\s*")
# The page's <h1>, <h2>, <h3>, <meta>, <link> and <a href> are read by walking the document for those
# tags (lxml's iter), cheaper than one XPath "//..." scan of every node for each.
_MAX_HEADINGS = 60
# Links to the site's root ("/", "http://host/", "index.html"): their text (or logo's alt) is the site's name.
_ROOT_HREF = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:index\.\w+)?$|^\./$", re.I)
_MAX_LINKS = 3000
_THREAD_HEADER = re.compile(r"^\W*(?:\d+|one|no)\s+(?:\w+\s+)?(?:comments?|responses?|thoughts?|replies|reactions?)\b", re.I)
_MAX_WORDS = 40


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(re.sub(r"[^\w']+", " ", text.lower()).split())


def _squash(norm: str) -> str:
    return re.sub(r"[\W_]+", "", norm)


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" |-–—»«›‹·•:")


def _iter(root, *tags):
    """The document's elements of these tags, in page order (the root's and any top-level block beside it)."""
    for top in _tops(root):
        yield from top.iter(*tags)


def _metas(root) -> dict[str, list[str]]:
    """content="..." of the page's <meta> titles ("title": og:title, twitter:title), site names ("site":
    og:site_name, application-name) and <link rel=canonical href> or og:url ("url"), in page order."""
    found: dict[str, list[str]] = {"title": [], "site": [], "url": []}
    for el in _iter(root, "meta", "link"):
        if el.tag == "link":
            if el.get("rel") == "canonical" and el.get("href") is not None:
                found["url"].append(el.get("href"))
            continue
        content = el.get("content")
        if content is None:
            continue
        prop, name = el.get("property"), el.get("name")
        if prop in ("og:title", "twitter:title") or name in ("og:title", "twitter:title"):
            found["title"].append(content)
        if prop == "og:site_name" or name == "application-name":
            found["site"].append(content)
        if prop == "og:url":
            found["url"].append(content)
    return found


def _home_link_names(root, page_urls: list[str]) -> set[str]:
    """Texts (and logo alts) of links to the site's home: its root, or a folder above this page (a
    blog at example.com/blog/)."""
    page_url = next((url.strip() for url in page_urls if url.strip()), "")
    names = set()
    links = (a for a in _iter(root, "a") if a.get("href") is not None)
    for i, link in enumerate(links):
        if i >= _MAX_LINKS:
            break
        href = link.get("href").strip()
        # A root href has at most three slashes ("https://host/"): most links skip the pattern.
        if (href.count("/") <= 3 and _ROOT_HREF.match(href)) or (
                href.endswith("/") and href != page_url and page_url.startswith(href) and href.count("/") >= 3):
            names.add(_norm(link.text_content()))
            names.update(_norm(img.get("alt") or "") for img in link.iter("img"))
    return names - {""}


# The post's headline as blog engines and schema.org mark it: hAtom's entry-title (Blogger's
# h3.post-title.entry-title, WordPress's h1.entry-title), TypePad's h3.entry-header, itemprop=headline.
_HEADLINE_CLASS = re.compile(r"^(?:entry|post|article|story)[-_]?(?:title|header|headline)$|^headline$", re.I)


def _marked(el) -> bool:
    return el.get("itemprop") == "headline" or any(_HEADLINE_CLASS.match(tok) for tok in (el.get("class") or "").split())


def page_title(root, fallback) -> str:
    """The headline of the page rooted at `root`; `fallback()` (trafilatura's title) when nothing fits."""
    head_title = root.find(".//head/title")
    full = _clean(head_title.text_content()) if head_title is not None else ""
    parts = [_clean(part) for part in _SEPARATOR.split(full)] if full else []
    # Blogger and others write "Site name: Headline"; a headline may hold a colon too, so both count.
    pieces = [piece for part in parts for piece in (_clean(p) for p in part.split(": ")) if piece]
    meta_values = _metas(root)
    sites = {_norm(name) for name in meta_values["site"]} - {""}
    metas = [_clean(m) for m in meta_values["title"] if _clean(m)]
    # The site's name is the part that a link to the home page (the logo, the masthead) also says.
    sites |= {_norm(piece) for piece in pieces} & _home_link_names(root, meta_values["url"])
    # What the page says its headline is, its site's name left out.
    names = {_norm(text) for text in [full, *parts, *pieces, *metas] if text} - sites - {""}
    # The same names without spaces and signs: a <title> that lost the heading's entities
    # ("Chads World 15Flash" for "Chad’s World 15–Flash") still names it.
    squashed = {_squash(name) for name in names}
    best, best_rank = None, (0, 0, 0)
    for i, heading in enumerate(_iter(root, "h1", "h2", "h3")):
        if i >= _MAX_HEADINGS:
            break
        text = _clean(heading.text_content())
        words = len(text.split())
        if not text or words > _MAX_WORDS or _THREAD_HEADER.search(text):
            continue  # "12 Responses to <headline>" heads the thread, not the story
        norm = _norm(text)
        if norm in sites or any(len(site.split()) >= 2 and (norm.startswith(site + " ") or norm.endswith(" " + site))
                                for site in sites):
            continue  # the masthead: the site's name, or its tagline and name
        # The heading is the headline the <title> names; or the title clips it, or it adds a few words.
        # The most of the title's words win (a site's name is shorter than a headline), then the closest fit.
        # "Brainy Gamer: Crafting wonder" names the blog's masthead and the post's heading alike: the
        # heading marked as the post's headline (entry-title ...) comes first.
        marked = int(_marked(heading))
        if norm in names or (len(norm) >= 8 and _squash(norm) in squashed):
            rank = (marked, words, 3)
        elif words >= 3 and any(norm in name for name in names):
            rank = (marked, words, 2)
        else:
            inside = [len(name.split()) for name in names if len(name.split()) >= 3 and name in norm]
            if not inside or words - max(inside) > 4:
                continue
            rank = (marked, max(inside), 1)
        if rank > best_rank:
            best, best_rank = text, rank
    if best:
        return best
    meta = next((m for m in metas if _norm(m) not in sites), None)
    if meta:
        return meta
    if len(parts) > 1:
        # The longest part that is not the site's name (a short one only when the site's name is known).
        rest = [part for part in parts if _norm(part) not in sites]
        longest = max(rest, key=lambda p: len(p.split()), default="")
        if longest and (len(longest.split()) >= 3 or len(rest) < len(parts)):
            return longest
    return fallback() or full
