"""The shortcuts that keep HTML segmentation fast answer exactly as the slow forms they replace: the
one-walk page index as the XPath scans, the lower-cased and prefiltered patterns as the case-blind
patterns, the remembered word counts as a fresh count once a block is taken out."""

import importlib
import re

from lxml import etree

from moderator.segment import segment, text, title
from moderator.segment.html import article, forums, markup, region, tree

# Content after </html> parses into a second top-level <html> block: XPath's // sees it, root.iter()
# does not, so the index must walk it too.
PAGE = """<!DOCTYPE html><html><head><title>Harbor bridge to close | The Gazette</title>
<meta property="og:title" content="Harbor bridge to close">
<meta name="application-name" content="The Gazette">
<link rel="canonical" href="https://gazette.example/news/harbor-bridge">
<meta property="og:url" content="https://gazette.example/news/harbor-bridge?x=1">
</head><body>
<a href="/" class="logo">The Gazette</a>
<div id="main" class="post" style="margin: 0">
 <h1>Harbor bridge to close</h1>
 <p>The Harbor Street bridge will close to traffic for six months starting in June while crews replace its deck.</p>
 <div id="tpc_post_message" style="display:none">Harbor bridge to close</div>
</div>
<div id="disqus_thread"><div id="dsq-content"><ul>
 <li class="post" id="p1"><div class="postbody">First reader's words on the bridge closure and the detours.</div></li>
 <li class="post special" id="p2"><div class="postbody">Second reader's words about the buses and the schedule.</div></li>
 <li class="postal">not a post</li>
</ul></div></div>
<section itemprop="comments" itemscope itemtype="http://schema.org/UserComments">
 <article itemprop="comment" itemtype="http://schema.org/Comment" id="comment-7"><a name="comment7"></a>
 <p>Six months is far too long for my bakery.</p></article>
</section>
<div id="respond"><form id="commentform"><textarea name="c"></textarea></form></div>
<form class="search"><input name="q"></form>
<aside class="widget-area sidebar"><h3>Recent comments</h3><ul><li id="recent-comments-2">Ann on Harbor</li></ul></aside>
<div class="sideBar">A camelCase sidebar</div>
</body></html>
<div id="footer" class="site-footer" style="color: red"><a id="c12" name="comment12"></a>
 <form><textarea></textarea></form><h2>Footer heading</h2><div id="reply-title">Leave a reply</div></div>
"""


def _xpath(root, path: str) -> list:
    return etree.XPath(path)(root)


def test_the_index_finds_what_the_xpath_scans_found():
    root = tree.parse(PAGE)
    assert len(markup._tops(root)) == 2  # the block after </html>
    index = markup._page_index(root)
    assert [el for el, _, _, _ in index["named"]] == _xpath(root, "//*[@class or @id]")
    assert index["schema"] == _xpath(root, "//*[@itemprop='comment' or @itemprop='comments' or contains(@itemtype, 'Comment') "
                                           "or contains(@itemtype, 'Answer')]")
    assert index["styled"] == _xpath(root, "//*[@style]")
    assert index["anchors"] == _xpath(root, "//a[@name or @id]")
    assert forums._forum_candidates(root) == _xpath(root, "//*[@id and (starts-with(@id, 'p') or starts-with(@id, 'm'))]")
    disqus = forums._disqus_posts(root)
    assert disqus == _xpath(root, "//*[@id='disqus_thread' or @id='dsq-content']//li[contains(concat(' ', @class, ' '), ' post ')]")
    assert [li.get("id") for li in disqus] == ["p1", "p2"]  # nested containers: each post once, in order


def test_lookups_after_removals_see_only_the_page_left():
    root = tree.parse(PAGE)
    reply_forms = "//form[.//textarea] | //*[@id='respond' or @id='commentform' or @id='reply-title']"
    assert article._reply_forms(root) == _xpath(root, reply_forms)
    markup._page_index(root)  # built before the removals, as in split_html
    respond = _xpath(root, "//*[@id='respond']")[0]
    markup._remove(respond)
    markup._remove(_xpath(root, "//*[@id='footer']//textarea")[0])
    left = article._reply_forms(root)
    assert left == _xpath(root, reply_forms)
    assert [el.get("id") for el in left] == ["reply-title"]  # the form lost its text area, #respond is gone
    # _drop_sidebars reads the index too: the sidebars still in the page, camelCase ones included.
    article._drop_sidebars(root)
    assert _xpath(root, "//aside") == [] and _xpath(root, "//*[@class='sideBar']") == []


def test_word_counts_are_forgotten_when_a_block_is_taken_out():
    root = tree.parse(PAGE)
    main = _xpath(root, "//*[@id='main']")[0]
    before = markup._words(main)
    markup._remove(_xpath(root, "//*[@id='main']/p")[0])
    assert markup._words(main) == len(main.text_content().split()) < before


def test_title_reads_the_same_tags_as_its_xpaths():
    root = tree.parse(PAGE)
    metas = title._metas(root)
    assert metas["title"] == _xpath(root, "//meta[@property='og:title' or @name='og:title' or @name='twitter:title' "
                                          "or @property='twitter:title']/@content")
    assert metas["site"] == _xpath(root, "//meta[@property='og:site_name' or @name='application-name']/@content")
    assert metas["url"] == _xpath(root, "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    assert list(title._iter(root, "h1", "h2", "h3")) == _xpath(root, "//h1 | //h2 | //h3")
    assert title._home_link_names(root, metas["url"]) == {"the gazette"}
    assert segment(PAGE).article.title == "Harbor bridge to close"


# Strings for the pattern shortcuts: ASCII in any case, and the letters that re.I folds into ASCII ones
# (long s, Kelvin sign, dotless i, dotted capital I), which the lower-cased forms must leave to re.I.
SAMPLES = [
    "Reply", "REPLY", "12 Comments", "No comments yet", "Posted by: John | May 20, 2012 at 12:55 AM",
    "I totally agree with you on this point", "Log in to comment", "Trackback", "3 hours ago", "JUST NOW",
    "yesterday at 5:30 pm", "Yeſterday", "posted 2012-11-09T17:18", "Sept 3rd", "sidebar", "SideBar",
    "widget_recent_comments", "recent-Comments", "ſidebar", "comment-footer", "COMMENT-META", "comment_12345",
    "commentTalKback", "dİscussion", "talKback", "dıscussion", "Be the first to comment", "Subscribe without commenting",
    "Löschen", "naïve comment", "ﬁrst comment", "", "   ",
]


def test_lower_cased_patterns_match_as_the_case_blind_ones():
    folded = [markup._COMMENT_OR_THREAD, region._THREAD_WORD, markup._NOT_ITEM_WORD, markup._FURNITURE]
    for pattern in folded:
        # Lower-casing the text only stands in for re.I when the pattern's own letters are lower case.
        assert not re.findall(r"(?<!\\)[A-Z]", pattern.pattern), pattern.pattern
    for sample in SAMPLES:
        for pattern in folded:
            found, expected = pattern.search(sample), re.search(pattern.pattern, sample, re.I)
            assert (found and found.span()) == (expected and expected.span()), (pattern.pattern[:30], sample)
        assert markup._furniture(sample) == bool(re.search(markup._FURNITURE.pattern, sample, re.I)), sample
        assert markup._not_item_word(sample) == bool(re.search(markup._NOT_ITEM_WORD.pattern, sample, re.I)), sample
        found, expected = text.find_time(sample), text._TIME_ANY.search(sample)
        assert (found and found.span()) == (expected and expected.span()), sample
        if markup._name_has(sample, None, markup._SIDEBAR_TOKEN):
            assert markup._may_name_sidebar(sample), sample
    assert markup._name_has("ſidebar", None, markup._SIDEBAR_TOKEN)  # re.I folds the long s: still found


def test_the_meta_pattern_is_its_three_parts():
    for name in ["comment-author", "commentAuthor", "post-date", "reply", "vote-up", "comment-body", "entry-content",
                 "fn", "timestamp", "postprofile", "share-buttons", "comment", "sidebar"]:
        parts = any(markup._name_has(name, None, p) for p in (markup._AUTHOR_TOKEN, markup._TIME_TOKEN, markup._DROP_TOKEN))
        assert markup._name_has(name, None, markup._META_TOKEN) == parts, name
        assert markup._has(etree.Element("div", {"class": name}), markup._META_TOKEN) == parts, name  # remembered answer


def test_control_characters_listed_are_those_the_pattern_removes():
    assert set(tree._CONTROL_CHAR_LIST) == {chr(c) for c in range(0x110000) if tree._CONTROL_CHARS.match(chr(c))}
    root = tree.parse("<html><body><p>bell\x07 and\x0b tab\tkept</p></body></html>")
    assert root.find(".//p").text == "bell and tab\tkept"


def test_decode_control_characters_listed_are_those_its_pattern_counts():
    decoding = importlib.import_module("moderator.segment.decode")  # (the package exports a function of that name)

    assert set(decoding._CONTROL_LIST) == {chr(c) for c in range(0x110000) if decoding._CONTROL.match(chr(c))}
    assert decoding.decode(b"plain text\r\nwith a line") == "plain text\nwith a line"
    assert decoding._is_binary("text\x07" * 10) and not decoding._is_binary("text\x07" + "x" * 200)
