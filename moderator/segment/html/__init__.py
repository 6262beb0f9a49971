"""HTML pages: comments from the thread's markup (and the shape of its repeated blocks), the article from
trafilatura on the page with the thread taken out.

Comment items are found, in order of trust, by schema.org (`Comment`, `UserComments`,
itemprop=comment), microformats (h-cite, p-comment), Disqus/Coral/WordPress markup and generic
`comment` classes and ids; failing those, by the repeated children of a container named like a
thread (#comments, .commentlist, .discussion, ...): the deepest level whose children repeat one
shape, or one cycle of shapes (dt byline + dd text); failing that, by a heading that names the thread
("Comments", "12 Responses to ...") followed by text with a byline per comment, cut by the plain-text
rules. A page with none of these gives no comments: guessing threads from shape alone costs too many
false comments on article-only pages. Markup that only looks like a thread is left out: hidden
copies of the post (TypePad/Disqus display:none), threads hidden around their comments, sidebars and
widgets ("Recent comments", "Most commented", commentary rails), and the post's own byline bar that
links to the thread. Looser thread markup is still found: empty `<a name="comment123">` anchors,
comments each in its own wrapper (repeated among cousins), and alternate classes of one thread
(`alt-comment`, `superuser_comment`, ids `comment-N`), Reddit's `<shreddit-comment>` elements and Hacker
News's comment rows, IntenseDebate's `#IDComment-N`, news sites' numbered talkbacks, community sites' `.cmt` items and
vBulletin 3's post tables (session 25, from two sets of pages written to be held out); a block named comment
that holds nothing but the reply form is none. Replies are items nested in items, or marked by depth (`depth-N`, `level-N`, `indent-N`
classes, `depth`/`aria-level` attributes, Hacker News's indent cell). A page whose markup holds no thread (a
script draws it) gives the comments its schema.org JSON-LD states, if any (structured.py). Each item's text leaves out its author, time, avatar, "Reply"/"Report" links, vote counts,
forms and text footers ("Posted by: NAME | DATE"), which become the comment's fields or are dropped; it
starts with the comment's own subject line where it has one (Slashdot's, Drupal's), not a "Re: ..." echo.
Lone comments that nothing repeats are still found by their family's markup (Blogger's dt/dd pair,
bbPress posts, a top-level comment holding replies of its own name), and old flat threads by their
comment anchors. Forum software's posts (phpBB, vBulletin, XenForo, Discourse: an id with the post's
number and a body block of the software's own name, two or more of them) are comments too; camelCase
class names (postText, messageText) are read as their words, and a commenter without an author block
is named by WordPress's author link (a.url, rel=nofollow), the link to their member profile, or the
name before the date in the comment's byline box. Sidebars are taken out before the article is
extracted, and the headline is chosen in title.py. A page laid out in one big table (a cell of over a hundred
words) is read as plain blocks, not as a data table. trafilatura's article text is completed: a page
dump of menus keeps only its prose lines, a page without prose (its story built by scripts) gets its
meta description, the byline above the first paragraph comes back, and a story split around
a rail is joined. Last, a learned pass (article_lines.py, models/segment.joblib) drops the lines of that
text that are not the story (teaser lists, share rows, credits); without the model the text stays as is."""

from moderator.segment import Comment
from moderator.segment.decode import HTML_TRUNCATE
from moderator.segment.structured import comments_from_json_ld
from moderator.segment.html.markup import (_ARTICLE_TOKEN, _CONTAINER_TOKEN, _has, _holds_most_of, MAX_COMMENTS,
                                           _NAMED_THREADISH, _PAGE, _remove, _words)
from moderator.segment.html.tree import parse
from moderator.segment.html.forums import _a_story, _topic_opener
from moderator.segment.html.comments import _to_comments
from moderator.segment.html.items import find_items
from moderator.segment.html.region import _header_region
from moderator.segment.html.article import (_article_text, without_appeals, _drop_hidden_copies, _drop_sidebars, _reply_forms,
                                            _story_asides_as_blocks, _title, _unwrap_layout_tables)


def _thread_root(items: list[list]):
    """The smallest container that holds every item and not much else (header, form)."""
    parts = [part for item in items for part in item]
    if not parts:
        return None
    others = [set(p.iterancestors()) for p in parts[1:]]
    common = next((anc for anc in parts[0].iterancestors() if all(anc in o for o in others)), None)
    if common is None or common.tag in ("body", "html") or _has(common, _ARTICLE_TOKEN):
        return None  # a thread flat in the post's own block (old TypePad) is taken out part by part
    part_set = set(parts)
    items_words = sum(_words(p) for p in parts if not any(a in part_set for a in p.iterancestors()))
    if _words(common) - items_words > 120:
        return None
    node = common
    # Climb while the parent is still mostly thread (adds the "12 Comments" header and the reply form).
    while node.getparent() is not None and node.getparent().tag not in ("body", "html"):
        up = node.getparent()
        # Stop before the article: a short story beside its thread adds few words but has its headline,
        # or its block named as the post (Blogger's div.post.hentry beside its comments).
        if _words(up) - _words(node) > 60 or _has(up, _ARTICLE_TOKEN) or any(
                h is not node and node not in h.iterancestors() for h in up.iter("h1")) or any(
                _has(d, _ARTICLE_TOKEN) for sib in up if sib is not node and isinstance(sib.tag, str)
                for d in sib.iter() if isinstance(d.tag, str)):
            break
        node = up
    if _words(node) - items_words > 120:
        return None  # the items' common ancestor also holds other text (the article, menus)
    return node


def segment_html(text: str, article_model: bool = True) -> tuple[str, str, list[Comment], list[str]]:
    """(title, article text, comments, notes) of an HTML page; notes say what the limits left unread.
    With `article_model`, the shipped article line model (article_lines.py) takes its last pass over
    the article text."""
    title, article, comments, extra = split_html(text, article_model=article_model)
    return title, article, comments, extra["notes"]


_THREAD_CUT = f"thread cut at its first {MAX_COMMENTS} comments: any after them were not read"


def split_html(text: str, article_model: bool = True, details: bool = False):
    """(title, article, comments, details). details["notes"] says what the page's limits left unread (a
    page longer than HTML_TRUNCATE, a thread longer than MAX_COMMENTS). With `details` (training the line
    model), details also holds "lines": the article's lines before the line model's pass, with their
    features; the line model is then not applied."""
    notes = []
    if len(text) > HTML_TRUNCATE:
        notes.append(f"page cut at its first {HTML_TRUNCATE // (1024 * 1024)} MiB of HTML: "
                     "comments after that point were not read")
    json_ld: list = []
    root = parse(text, json_ld)
    if root is None:
        return "", "", [], {"lines": ([], []), "notes": notes} if details else {"notes": notes}
    _drop_hidden_copies(root)
    title = _title(root)
    items, turned_down = find_items(root)
    opener = _topic_opener(root, items)
    opener_text = ""
    if opener is not None:
        opener_text = "\n".join(c.text for c in _to_comments(items[:1], thread=items))
        items = items[1:]  # left in the page, for the article
    comments = _to_comments(items)
    if len(items) >= MAX_COMMENTS:
        notes.append(_THREAD_CUT)
    thread = _thread_root(items)
    if thread is not None and opener is not None and thread in opener.iterancestors():
        thread = None  # the replies are taken out one by one around it
    if not comments and json_ld:
        # No thread in the markup (a script draws it), but the page states its comments for search engines.
        comments = comments_from_json_ld(json_ld, MAX_COMMENTS)
        if len(comments) >= MAX_COMMENTS:
            notes.append(_THREAD_CUT)
    if not comments and not turned_down:
        region, comments = _header_region(root)
        if title and any(title.lower() in c.text.lower() for c in comments):
            comments = []  # the "thread" holds the article's own headline: it is the article
        comment_words = sum(len(c.text.split()) + 3 for c in comments)
        # Take the region out of the article only when it is the thread and little else.
        items = [[el] for el in region] if comments and sum(_words(el) for el in region) <= comment_words * 1.3 + 150 else []
        thread = None
    extra = {"notes": notes}
    # Take the thread out before the article is extracted, so no comment leaks into it.
    if thread is not None:
        _remove(thread)
    else:
        part_set = {part for item in items for part in item}
        for part in part_set:
            if part.getparent() is not None and not any(a in part_set for a in part.iterancestors()):
                _remove(part)
    for el in _NAMED_THREADISH(root):
        if _has(el, _CONTAINER_TOKEN) and el.getparent() is not None and _words(el) < 400 and not _a_story(el):
            _remove(el)  # empty threads, comment forms and counters
    for el in _reply_forms(root):
        # ASP.NET pages wrap the whole page in one form: only a form of a few words is the reply form.
        if el.getparent() is not None and _words(el) < 150:
            _remove(el)  # "Leave a reply", "Name (required)", "Mail (will not be published)"
    _drop_sidebars(root)
    _story_asides_as_blocks(root, title)
    _unwrap_layout_tables(root)
    article = _article_text(root, json_ld)
    if opener_text and (not _holds_most_of(article, opener_text) or len(article.split()) > 1.5 * len(opener_text.split())):
        # the extractor passed over the opening post, or read the forum's chrome around it (a table
        # layout's menus and poster boxes): the post is the story all the same
        article = opener_text
    _PAGE.cache = None  # the page's caches go with it
    if title and article.startswith(title):
        article = article[len(title):].lstrip()
    elif title:
        # The headline under a line or two of navigation ("« Previous post | Main"): said once, as the title.
        lines = article.split("\n")
        at = next((i for i, line in enumerate(lines[:3]) if line.strip() == title), None)
        if at is not None:
            article = "\n".join(lines[:at] + lines[at + 1:])
    article = without_appeals(article)
    if details:
        from moderator.segment.article_lines import line_features, link_texts

        lines = [line for line in article.split("\n") if line.strip()]
        extra["lines"] = (lines, line_features(lines, link_texts(root), title))
    elif article_model:
        from moderator.segment import article_lines

        bundle = article_lines.load()
        if bundle is not None:
            article = article_lines.filter_article(article, root, title, bundle)
    return title, article, comments, extra
