"""HTML pages: each comment on its own, with author, time and reply parent, from the markup of the
common comment systems and from bylines when the markup says nothing."""

import re

import pytest

from moderator.segment import segment

ARTICLE = """
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<article class="post">
<h1>Harbor bridge to close for six months of repairs</h1>
<p class="byline">By Jane Reporter, May 3, 2024</p>
<p>The Harbor Street bridge will close to traffic for six months starting in June while crews replace
its deck and repair corroded steel beams, the county transportation department said on Monday.</p>
<p>Officials said detours would add about ten minutes to the average commute, and that buses would be
rerouted over the Elm Street crossing for the duration of the work.</p>
<p>"We know this is a major inconvenience, but the bridge is more than sixty years old," county engineer
Mark Chen said. The project is expected to cost 18 million dollars, paid mostly by a state grant.</p>
<script>var tracking = "SCRIPT_TEXT_MUST_NOT_APPEAR";</script>
<style>.post { color: red } /* STYLE_TEXT_MUST_NOT_APPEAR */</style>
</article>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
"""

WORDPRESS = f"""<!DOCTYPE html><html><head><title>Harbor bridge to close | The Gazette</title></head><body>
{ARTICLE}
<div id="comments" class="comments-area">
<h2 class="comments-title">3 thoughts on &ldquo;Harbor bridge to close&rdquo;</h2>
<ol class="commentlist">
 <li class="comment even thread-even depth-1" id="comment-11">
  <div id="div-comment-11" class="comment-body">
   <div class="comment-author vcard"><img class="avatar" src="a.png"><cite class="fn">Rosa Diaz</cite> <span class="says">says:</span></div>
   <div class="comment-meta commentmetadata"><a href="#comment-11"><time datetime="2024-05-03T09:12">May 3, 2024 at 9:12 am</time></a></div>
   <p>Six months is far too long. My bakery depends on people crossing that bridge.</p>
   <p>Who approved this schedule?</p>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </div>
  <ul class="children">
   <li class="comment odd alt depth-2" id="comment-12">
    <div id="div-comment-12" class="comment-body">
     <div class="comment-author vcard"><cite class="fn">Tom H.</cite> <span class="says">says:</span></div>
     <div class="comment-meta commentmetadata"><a href="#comment-12">May 3, 2024 at 10:40 am</a></div>
     <p>The beams are rusted through, Rosa. I'd rather wait than see it collapse.</p>
     <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
    </div>
   </li>
  </ul>
 </li>
 <li class="comment even thread-odd depth-1" id="comment-13">
  <div id="div-comment-13" class="comment-body">
   <div class="comment-author vcard"><cite class="fn">kayak_kim</cite> <span class="says">says:</span></div>
   <div class="comment-meta commentmetadata"><a href="#comment-13">May 4, 2024 at 8:02 am</a></div>
   <p>Great news for those of us who paddle under it, finally some quiet.</p>
   <div class="reply"><a class="comment-reply-link" href="#">Reply</a></div>
  </div>
 </li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3>
<form id="commentform"><label>Name</label><input name="author"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>
</div>
<footer>Copyright 2024 The Gazette. All rights reserved.</footer>
</body></html>"""

SCHEMA_ORG = f"""<html><head><title>Harbor bridge</title></head><body>{ARTICLE}
<section itemscope itemtype="https://schema.org/UserComments">
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Alice Wu</span></span>
  <time itemprop="dateCreated" datetime="2024-05-03T11:00">3 hours ago</time>
  <div itemprop="text"><p>Will the ferry run more often while the bridge is shut?</p></div>
  <span class="votes">12 likes</span>
 </div>
 <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
  <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Bo</span></span>
  <time itemprop="dateCreated" datetime="2024-05-03T12:00">2 hours ago</time>
  <div itemprop="text"><p>Typical county planning, announce it a month before it starts.</p></div>
 </div>
</section></body></html>"""

MICROFORMATS = f"""<html><body><div class="h-entry">{ARTICLE}
<div class="comments">
 <div class="p-comment h-cite"><a class="p-author h-card" href="https://ann.example">Ann</a>
  <time class="dt-published" datetime="2024-05-03">May 3, 2024</time>
  <p class="p-content">I walk across it every day, what about pedestrians?</p></div>
 <div class="p-comment h-cite"><a class="p-author h-card" href="https://raj.example">Raj</a>
  <time class="dt-published" datetime="2024-05-04">May 4, 2024</time>
  <p class="p-content">A footbridge stays open according to the county site.</p></div>
</div></div></body></html>"""

DISQUS = f"""<html><body>{ARTICLE}
<div id="disqus_thread"><ul id="post-list" class="post-list">
 <li class="post" id="post-901"><div class="post-content">
  <div class="post-byline"><span class="author"><a href="#">grumpy_commuter</a></span></div>
  <div class="post-meta"><a class="time-ago" href="#" title="Friday, May 3, 2024 1:14 PM">2 hours ago</a></div>
  <div class="post-body"><div class="post-message"><p>This city cannot fix a pothole in under a year.</p></div></div>
  <footer><menu><li class="voting"><a class="vote-up">12</a><a class="vote-down">1</a></li><li class="reply"><a href="#">Reply</a></li></menu></footer>
 </div>
  <ul class="children"><li class="post" id="post-902"><div class="post-content">
   <div class="post-byline"><span class="author"><a href="#">harbor_resident</a></span></div>
   <div class="post-meta"><a class="time-ago" href="#">1 hour ago</a></div>
   <div class="post-body"><div class="post-message"><p>To be fair, the pothole on Elm got fixed last week.</p></div></div>
   <footer><menu><li class="voting"><a class="vote-up">3</a></li><li class="reply"><a href="#">Reply</a></li></menu></footer>
  </div></li></ul>
 </li>
</ul></div></body></html>"""

CORAL = f"""<html><body>{ARTICLE}
<div id="coral_thread" class="coral-stream">
 <div class="coral-comment"><div class="coral-comment-username">Lena</div><div class="coral-timestamp">5 minutes ago</div>
  <div class="coral-comment-content">Could they not do the work at night instead?</div>
  <button class="coral-comment-replyButton">Reply</button><button class="coral-comment-reactButton">Respect 4</button></div>
 <div class="coral-comment"><div class="coral-comment-username">Omar</div><div class="coral-timestamp">1 minute ago</div>
  <div class="coral-comment-content">Night work costs double, they said so at the meeting.</div>
  <button class="coral-comment-replyButton">Reply</button></div>
</div></body></html>"""

# No comment markup at all: a "Comments" heading, then text and a plain-text byline per comment.
BYLINES_ONLY = f"""<html><body>{ARTICLE}
<div class="main">
<h2>Comments</h2>
<p>I have lived here for thirty years and this bridge has always been a mess.</p>
<p class="posted">Posted by: Walter | May 3, 2024 2:00:18 PM</p>
<p>Glad they are finally spending the grant money on something useful.</p>
<p>Better late than never.</p>
<p class="posted">Posted by: Priya Nair | May 3, 2024 2:09:52 PM</p>
</div></body></html>"""

ARTICLE_ONLY = f"""<html><head><title>Harbor bridge</title></head><body>{ARTICLE}
<aside class="sidebar"><h3>Recent Comments</h3><ul><li class="recentcomments"><a href="#">Sam</a> on <a href="#">Budget vote</a></li>
<li class="recentcomments"><a href="#">Lee</a> on <a href="#">School closures</a></li></ul></aside>
<div id="comments"><h3>Comments (0)</h3><p>No comments yet. Be the first to comment!</p></div>
</body></html>"""


def _check_article(page):
    assert "deck and repair corroded steel beams" in page.article.text
    assert "Mark Chen said" in page.article.text
    for leak in ("SCRIPT_TEXT_MUST_NOT_APPEAR", "STYLE_TEXT_MUST_NOT_APPEAR"):
        assert leak not in page.article.text
        assert all(leak not in c.text for c in page.comments)


def _no_furniture(page):
    for c in page.comments:
        for bit in ("Reply", "says:", "likes", "ago", "Post Comment", "Posted by"):
            assert bit not in c.text, (bit, c.text)
        assert c.text not in page.article.text


def test_wordpress_thread_with_replies():
    page = segment(WORDPRESS)
    assert page.format == "html"
    assert page.article.title.startswith("Harbor bridge to close")
    _check_article(page)
    assert [c.author for c in page.comments] == ["Rosa Diaz", "Tom H.", "kayak_kim"]
    assert [c.parent for c in page.comments] == [None, 0, None]
    assert page.comments[0].time == "May 3, 2024 at 9:12 am"
    assert page.comments[0].text == ("Six months is far too long. My bakery depends on people crossing that bridge.\n"
                                     "Who approved this schedule?")
    assert "Rosa Diaz" not in page.article.text and "Leave a Reply" not in page.article.text
    _no_furniture(page)


def test_schema_org_comments():
    page = segment(SCHEMA_ORG)
    _check_article(page)
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Alice Wu", "3 hours ago", "Will the ferry run more often while the bridge is shut?"),
        ("Bo", "2 hours ago", "Typical county planning, announce it a month before it starts.")]


def test_microformats_comments():
    page = segment(MICROFORMATS)
    _check_article(page)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ann", "I walk across it every day, what about pedestrians?"),
        ("Raj", "A footbridge stays open according to the county site.")]
    assert page.comments[0].time == "May 3, 2024"


def test_disqus_thread_keeps_replies_and_drops_votes():
    page = segment(DISQUS)
    _check_article(page)
    assert [c.author for c in page.comments] == ["grumpy_commuter", "harbor_resident"]
    assert [c.parent for c in page.comments] == [None, 0]
    assert page.comments[0].text == "This city cannot fix a pothole in under a year."
    assert page.comments[1].time == "1 hour ago"
    _no_furniture(page)


def test_coral_comments():
    page = segment(CORAL)
    _check_article(page)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Lena", "Could they not do the work at night instead?"),
        ("Omar", "Night work costs double, they said so at the meeting.")]
    assert all("Respect" not in c.text for c in page.comments)


def test_bylines_without_comment_markup():
    page = segment(BYLINES_ONLY)
    _check_article(page)
    assert [(c.author, c.time) for c in page.comments] == [("Walter", "May 3, 2024 2:00:18 PM"),
                                                           ("Priya Nair", "May 3, 2024 2:09:52 PM")]
    assert page.comments[1].text == "Glad they are finally spending the grant money on something useful.\nBetter late than never."
    assert "thirty years" not in page.article.text
    _no_furniture(page)


def test_article_only_page_with_widgets_and_empty_thread():
    page = segment(ARTICLE_ONLY)
    _check_article(page)
    assert page.comments == []


def test_a_clock_time_in_brackets_stays_with_the_relative_one():
    """HuffPost's "23 seconds ago ( 4:28 PM)": the clock time is what stays true once the page is old."""
    html = (SCHEMA_ORG.replace(">3 hours ago<", ">3 hours ago ( 8:02 AM)<")
            .replace(">2 hours ago<", ">2 hours ago (see below)<"))
    page = segment(html)
    assert [c.time for c in page.comments] == ["3 hours ago (8:02 AM)", "2 hours ago"]


# Coral and OpenWeb draw their threads in a shadow root; a browser that serializes shadow roots saves it as a
# declarative one inside the widget's host element.
SHADOW_ROOT_THREAD = f"""<html><body>{ARTICLE}
<div id="coral_thread"><template shadowrootmode="open"><style>.x{{}}</style>
 <div class="coral-stream"><div class="coral-comment"><div class="coral-comment-username">Lena</div>
  <div class="coral-timestamp">5 minutes ago</div><div class="coral-comment-content">Could they not do the work at night instead?</div>
  <button class="coral-comment-replyButton">Reply</button></div>
 <div class="coral-comment"><div class="coral-comment-username">Omar</div><div class="coral-timestamp">1 minute ago</div>
  <div class="coral-comment-content">Night work costs double, they said so at the meeting.</div></div></div>
</template></div>
<template id="comment-row"><div class="coral-comment"><div class="coral-comment-content">UNUSED_TEMPLATE_TEXT</div></div></template>
</body></html>"""


def test_a_thread_in_a_serialized_shadow_root_is_read_and_an_unused_template_is_not():
    page = segment(SHADOW_ROOT_THREAD)
    _check_article(page)
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Lena", "5 minutes ago", "Could they not do the work at night instead?"),
        ("Omar", "1 minute ago", "Night work costs double, they said so at the meeting.")]
    assert "UNUSED_TEMPLATE_TEXT" not in page.article.text


def _facebook_comment(name: str, tagline: str, words: str, when: str, replies: str = "") -> str:
    tag = f'<div class="_3-8o _3-8n"><span>{tagline}</span></div>' if tagline else ""
    return (f'<div class="_3-8y _5nz1 clearfix"><div class="_ohe lfloat"><a class="img UFIImageBlockImage"><img class="_1ci img" alt=""></a></div>'
            f'<div class="UFIImageBlockContent _42ef clearfix"><div class="_ohf rfloat"><a title="Hide" role="button"><span>Hide</span></a></div>'
            f'<div class="_3-8m"><div><a class="UFICommentActorName" href="https://www.facebook.com/1">{name}</a>{tag}</div>'
            f'<div class="_3-8n _5nz1"><span class="_5mdd"><span>{words}</span></span></div>'
            f'<div class="_2vq9 fsm fwn fcg"><a class="_5yxe" href="#">Like</a> · <a class="_5yxe" href="#">Reply</a> · <span>12</span> · '
            f'<a class="uiLinkSubtle" href="#"><abbr class="livetimestamp" data-utime="1534286400" data-shorten="1">{when}</abbr></a></div></div>'
            f'{replies}</div></div>')


# The Facebook comments plugin as a saved page holds it: hashed classes, a reply's block wrapped in another
FACEBOOK_PLUGIN = f"""<html><body>{ARTICLE}
<div class="fb-comments"><div class="_56q9"><div class="_4k-6"><span class="_50f7">3 Comments</span>
<textarea placeholder="Add a comment..."></textarea></div><div class="_4k-6">
{_facebook_comment("Dale Rickert", "Sheboygan Falls, Wisconsin", "Six months of detours for a bridge they let rot for years.", "3d",
                   '<div class="_44ri _2pio"><div class="_3-8y clearfix">' + _facebook_comment(
                       "Amy Vanderhagen", "Works at Harbor Deli", "Dale it was inspected every year, the steel just got old.", "2d") + '</div></div>')}
{_facebook_comment("Tom Pawlak", "", "Will the buses really run every ten minutes over Elm Street?", "1d")}
</div></div></div></body></html>"""


@pytest.mark.parametrize("version", ["2018", "2013"])
def test_the_facebook_plugins_hashed_markup_gives_each_comment_its_name_time_and_parent(version):
    # (the 2013 plugin wrapped the name's link, itself classed _5mdd as the words are, in span.UFICommentActorName)
    html = FACEBOOK_PLUGIN if version == "2018" else re.sub(
        r'<a class="UFICommentActorName" href="([^"]+)">([^<]+)</a>', r'<span class="UFICommentActorName"><a class="_5mdd" href="\1">\2</a></span>',
        FACEBOOK_PLUGIN)
    assert version == "2018" or 'class="_5mdd" href=' in html
    page = segment(html)
    _check_article(page)
    assert [(c.author, c.time, c.text, c.parent) for c in page.comments] == [
        ("Dale Rickert", "3d", "Six months of detours for a bridge they let rot for years.", None),
        ("Amy Vanderhagen", "2d", "Dale it was inspected every year, the steel just got old.", 0),
        ("Tom Pawlak", "1d", "Will the buses really run every ten minutes over Elm Street?", None)]


def _recipe_review(name: str, date: str, words: str) -> str:
    return (f'<div class="comp feedback-list__item mntl-block"><div class="feedback__header"><span class="feedback__display-name">{name}</span>'
            f'<div class="feedback__meta"><div class="feedback__rating" aria-label="Rated 5 out of 5 stars"></div>'
            f'<span class="feedback__meta-date">{date}</span></div></div><div class="feedback__text"><p>{words}</p></div>'
            f'<div class="feedback__footer"><button class="feedback__helpful-button">Helpful (48)</button></div></div>')


# Readers' reviews under a recipe, as Dotdash Meredith's sites print them
RECIPE_REVIEWS = f"""<html><body>{ARTICLE}
<div class="feedback-list"><div class="feedback-list__header"><span class="feedback-list__count">2 Reviews</span></div>
<div class="feedback-list__items">{_recipe_review("KansasKitchenGal", "10/14/2022", "Could they not do the work at night instead?")}
{_recipe_review("Dwayne R.", "11/02/2022", "Night work costs double, they said so at the meeting.")}</div></div></body></html>"""


def test_readers_reviews_under_a_recipe_are_its_comments():
    page = segment(RECIPE_REVIEWS)
    _check_article(page)
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("KansasKitchenGal", "10/14/2022", "Could they not do the work at night instead?"),
        ("Dwayne R.", "11/02/2022", "Night work costs double, they said so at the meeting.")]


# The publisher's appeals inside and under the story: a newsletter box, a request for money
APPEALS = ARTICLE.replace("<p>Officials said detours", """<div class="newsletter"><p>Get local news delivered to your inbox!</p>
<p>Subscribe to our Daily Headlines newsletter.</p></div><p>Officials said detours""").replace("</article>", """
<div class="contribute"><p>Since you're here, we have a small favour to ask. More people are reading our reporting than ever.</p>
<p>Support The Gazette</p></div></article>""")


def test_the_publishers_appeals_to_subscribe_or_give_are_not_the_story():
    page = segment(f"<html><body>{APPEALS}</body></html>")
    _check_article(page)
    for appeal in ("delivered to your inbox", "Daily Headlines newsletter", "small favour to ask", "Support The Gazette"):
        assert appeal not in page.article.text, appeal


# Today's paywall and membership boxes inside the story
MEMBERSHIP_APPEALS = ARTICLE.replace("</article>", """
<div class="css-x1y2z3"><p>Readers like you are keeping these stories free for everyone...</p>
<p>A mix of advertising and supporting contributions helps keep paywalls away from valuable information like this article.</p>
<p>Learn MoreSupport The Gazette</p>
<p>The Gazette is independent and reader-funded. If you value this reporting, subscribe from $9 a month.</p>
<p>By clicking on the sign up button you consent to receive the above newsletter from Gazette Media Inc.</p></div></article>""")


def test_membership_and_paywall_appeals_are_not_the_story():
    page = segment(f"<html><body>{MEMBERSHIP_APPEALS}</body></html>")
    _check_article(page)
    for appeal in ("Readers like you", "keep paywalls away", "Support The Gazette", "If you value this reporting", "sign up button"):
        assert appeal not in page.article.text, appeal
