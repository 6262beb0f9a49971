"""HTML pages: thread families and single-comment threads that the repeated-block rules cannot see
(Blogger's lone dt/dd comment, bbPress posts, a lone Newsvine thread with nested replies, a Livefyre
comment beside a WordPress pingback list, Tumblr reblog commentary, old TypePad threads flat between
comment anchors), bylines that carry the time or sit as loose text beside the body, blocks that only
look like a thread (rows of a small form, contest entries in #comments), and the article: a page dump
of menus, the byline above the story, a story split around a rail, a short Blogger post beside its
thread, a stray control character."""

import pytest

from moderator.segment import segment
from segment_pages import STORY, article_ok, page

def test_blogger_thread_of_one_comment_keeps_its_byline_and_date():
    # Blogger: dt.comment-author, dd.comment-body, dd.comment-footer. With one comment nothing repeats.
    html = page(STORY + """
<div class="comments" id="comments"><h4>1 comment:</h4>
<dl class="avatar-comment-indent" id="comments-block">
 <dt class="comment-author" id="c155653"><a href="/profile/1">Emily</a> said...</dt>
 <dd class="comment-body" id="Blog1_cmt-155653"><p>Just borrowed the squash seeds, what a lovely idea!</p></dd>
 <dd class="comment-footer"><span class="comment-timestamp"><a href="#c155653">October 9, 2012 3:04 PM</a></span></dd>
</dl></div>""")
    result = segment(html)
    assert len(result.comments) == 1
    comment = result.comments[0]
    assert comment.text == "Just borrowed the squash seeds, what a lovely idea!"
    assert comment.author == "Emily"
    assert comment.time == "October 9, 2012 3:04 PM"
    article_ok(result)
    assert "squash seeds, what a lovely" not in result.article.text


def test_bbpress_posts_are_comments_with_their_header_date():
    posts = ""
    for i, (name, text) in enumerate([("James", "Here is a quick idea on the seed drawers: label them by month."),
                                       ("Maria", "Labels by month would help the beginners in our garden club.")]):
        posts += f"""
<div class="bbp-reply-header"><div class="bbp-meta">July 1{i}, 2012 at 12:37 pm
 <a href="#post-43{i}" class="bbp-reply-permalink">#43{i}</a></div></div>
<div id="post-43{i}" class="post-43{i} {'topic type-topic' if i == 0 else 'reply type-reply'} bbp-reply-position-{i + 1}">
 <div class="bbp-reply-author"><a class="bbp-author-name" href="/users/{name}">{name}</a></div>
 <div class="bbp-reply-content"><p>{text}</p></div>
</div>"""
    html = page(STORY + f"""<div id="comments"><div id="bbpress-forums">
<div class="bbp-pagination"><div class="bbp-pagination-count">Viewing 2 posts (of 2 total)</div></div>
<ul class="forums bbp-replies"><li class="bbp-header"><div class="bbp-reply-author">Author</div></li>
<li class="bbp-body">{posts}</li></ul>
<div class="bbp-template-notice"><p>You must be logged in to reply to this topic.</p></div></div></div>""")
    result = segment(html)
    assert [c.text for c in result.comments] == [
        "Here is a quick idea on the seed drawers: label them by month.",
        "Labels by month would help the beginners in our garden club."]
    assert [c.author for c in result.comments] == ["James", "Maria"]
    assert result.comments[0].time == "July 10, 2012 at 12:37 pm"
    article_ok(result)


def test_lone_top_level_comment_holding_its_replies_is_a_comment():
    # Newsvine: each top-level comment in its own thread block, replies nested in its text block.
    def comment(cid, who, text, inner="", child=""):
        return (f'<div class="vine-p p-comment_Comment commentbody {child}" id="c{cid}">'
                f'<div class="c_author"><a href="/{who}">{who}</a></div>'
                f'<div class="c_text" id="commentText_{cid}"><p>{text}</p>{inner}</div></div>')
    replies = (comment(2, "ohaliligh", "The seed bank opened on Saturday, read the story before you comment.", child="child")
               + comment(3, "SomeDude68", "Fair enough, I missed the part about the valley.", child="child"))
    html = page(STORY + '<div class="discussionContainer"><div class="vine-p p-comment_CommentThread">'
                + comment(1, "SomeDude68", "Nobody in this town will ever return their seeds.", inner=replies)
                + "</div></div>")
    result = segment(html)
    texts = [c.text for c in result.comments]
    assert texts == ["Nobody in this town will ever return their seeds.",
                     "The seed bank opened on Saturday, read the story before you comment.",
                     "Fair enough, I missed the part about the valley."]
    assert [c.parent for c in result.comments] == [None, 0, 0]
    assert result.comments[0].author == "SomeDude68"


def test_reader_comment_wins_over_a_list_of_pingbacks():
    livefyre = """<div id="livefyre"><div id="lf_comments">
<div class="lf_comment_container lf_level_1" id="lf_comment_33776880">
 <div class="lf_comment_user"><a class="lf_user">profile</a></div>
 <div class="lf_comment"><div class="lf_comment_body">
  <a class="lf_comment_user_nick" href="/profile/4455014/">baroo</a>
  <div class="lf_body"><p>As always a brilliant story: will the library also lend garden tools one day?</p></div>
 </div></div>
</div></div></div>"""
    pingbacks = """<ol class="commentlist"><li class="pingback even thread-even depth-1" id="comment-247882">
<div class="comment-body" id="div-comment-247882"><div class="comment-author vcard">Pingback:
<a href="http://other.example/seeds" class="url">Seed banks across the county | Other Blog</a></div></div></li></ol>"""
    result = segment(page(STORY + livefyre + pingbacks))
    assert [c.text for c in result.comments] == [
        "As always a brilliant story: will the library also lend garden tools one day?"]
    assert result.comments[0].author == "baroo"
    # Without the reader's comment, the pingback list is still the page's thread.
    alone = segment(page(STORY + pingbacks.replace("</a></div></div>", "</a></div><p>Our library did the same "
                                                  "last spring and lent four hundred packets.</p></div>")))
    assert len(alone.comments) == 1


def test_byline_box_with_author_and_date_gives_both():
    items = "".join(f"""<div class="COMMENTS"><p>Comment {i}: the seed bank is exactly what our valley needed.</p>
<div id="COMMENTBY">Posted by: <a href="http://example.com/{i}">reader {i}</a> on Oct 3{i}, 2012 6:44:07 AM</div></div>"""
                    for i in range(2))
    result = segment(page(STORY + items))
    assert [c.author for c in result.comments] == ["reader 0", "reader 1"]
    assert [c.time for c in result.comments] == ["Oct 30, 2012 6:44:07 AM", "Oct 31, 2012 6:44:07 AM"]
    assert all("Posted by" not in c.text for c in result.comments)


def test_comment_rows_of_a_small_form_are_fields_not_comments():
    form = """<div class="widget"><form class="slick-form"><fieldset><ol>
<li class="comment-row"><label>Name</label><input name="name"></li>
<li class="comment-row"><label>Comment</label><textarea name="c"></textarea>
 Online or on site, I can help your teachers use their boards more effectively.</li>
<li class="comment-row"><label>Email</label><input name="email"> We answer every message within a day or two.</li>
</ol></fieldset></form></div>"""
    result = segment(page(STORY + form))
    assert result.comments == []
    article_ok(result)


def test_stray_control_character_does_not_lose_the_article():
    story = STORY.replace("end of the season.", "end of the season.\x07")
    result = segment(page(story))
    article_ok(result)
    assert "\x07" not in result.article.text


def test_page_dump_of_a_short_post_keeps_its_caption_not_its_menus():
    # A photo post has no article block: trafilatura falls back to the whole page's text. The menus and
    # headline lists are link text; the post's own caption is not.
    links = "".join(f'<div class="item"><a href="/s/{i}">Headline number {i} about the council budget</a></div>'
                    for i in range(30))
    menu = "".join(f'<li><a href="/m/{w}">{w}</a></li>' for w in ["Home", "World", "Politics", "Video", "Health",
                                                                  "Money", "Tech", "Travel"])
    html = f"""<html><head><title>Monokini madness hits the beach</title></head><body>
<div id="top"><ul>{menu}</ul></div>
<div id="main"><h1>Monokini madness hits the beach</h1><div class="media"><img src="a.jpg">
<div class="desc">Singer Christina wore a monokini in Miami on Saturday, the latest star to try it.</div></div></div>
<div id="more">{links}</div></body></html>"""
    result = segment(html)
    assert result.article.title == "Monokini madness hits the beach"
    assert result.article.text == "Singer Christina wore a monokini in Miami on Saturday, the latest star to try it."


def test_link_lines_of_a_real_article_stay():
    # A story with linked recipe headings (a third of its lines) is not a page dump: its prose outweighs
    # the links.
    recipes = "".join(f'<h3><a href="/r/{i}">Turkey recipe number {i}</a></h3><p>A good recipe with sage, butter '
                      f'and a slow oven for the whole afternoon, number {i}.</p>' for i in range(4))
    html = page(STORY.replace("</div>", f"{recipes}</div>"))
    result = segment(html)
    article_ok(result)
    assert "Turkey recipe number 3" in result.article.text


def test_story_split_around_a_rail_is_one_article():
    # Two <article> blocks of one story in div#article_body, a video rail between them.
    def paras(prefix, n):
        return "".join(f"<p>{prefix} paragraph {i}: the election observers said the count in the eastern "
                       f"districts was slow and the opposition denounced it as fraud.</p>" for i in range(n))
    rail = "".join(f'<div class="rail-item"><a href="/v/{i}">Video {i}: floods leave thousands homeless</a><p>'
                   f'Thousands are left homeless after the floods in the region, officials said on Sunday.</p></div>'
                   for i in range(3))
    html = f"""<html><head><title>Ukraine elections and the Russia model</title></head><body>
<div id="shell"><h1>Ukraine elections and the Russia model</h1><div id="article_body">
<div class="article_body entry-content"><article>{paras("FIRST", 3)}</article></div>
<div class="module article-side-rail">{rail}</div>
<div class="article_body"><article>{paras("SECOND", 6)}</article></div>
</div></div></body></html>"""
    text = segment(html).article.text
    assert "FIRST paragraph 0" in text and "SECOND paragraph 5" in text
    assert "floods" not in text
    # Posts on a front page each have a heading of their own: the others are not this story's rest.
    front = html.replace('<div class="article_body"><article>', '<div class="article_body"><article><h2>Another post</h2>')
    assert "SECOND paragraph" not in segment(front).article.text


def test_short_blogger_post_stays_when_its_thread_is_taken_out():
    # Blogger keeps the post and its comments in one widget; the thread's container stops below the
    # post's own block (div.post.hentry), so taking the thread out leaves the short post.
    comments = "".join(f"""
 <dt class="comment-author" id="c{i}"><a href="/p/{i}">reader{i}</a> said...</dt>
 <dd class="comment-body" id="Blog1_cmt-{i}"><p>What a lovely book event, I will bring my daughter number {i}.</p></dd>
 <dd class="comment-footer"><span class="comment-timestamp"><a href="#c{i}">7:2{i} PM</a></span></dd>"""
                       for i in range(2))
    html = f"""<html><head><title>Little gifts for friends</title></head><body><div id="outer-wrapper">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="date-outer">
<h2 class="date-header"><span>Monday, October 22, 2012</span></h2>
<div class="post hentry"><h3 class="post-title entry-title">Little gifts for friends</h3>
<div class="post-body entry-content">Dear all, I would love to invite you to the Treehouse Heroes book event at
The Reading Bug this coming Saturday at eleven. Hope to see you there. Cheers, Alina</div></div>
<div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block">{comments}</dl></div>
</div></div></div>
<div id="sidebar"><p>Thank you for visiting my blog. Professionally, I am a 3D story artist.</p></div>
</div></body></html>"""
    result = segment(html)
    assert len(result.comments) == 2
    assert "Treehouse Heroes book event" in result.article.text
    assert "lovely book event" not in result.article.text


def test_flat_thread_cut_at_its_comment_anchors():
    # Old TypePad: the thread sits flat in the post's block, each comment opened by an empty anchor and
    # closed by its "Posted by: NAME | DATE" line.
    comments = "".join(f"""<a id="c6558{i}"></a>
<p>{i + 1}. The seed bank is a fine idea, comment {i} says, and the drawers look great.</p>
<p>Please keep the valley seeds apart from the rest, comment {i} adds.</p>
<p class="posted">Posted by: <a href="http://example.com/{i}">Reader {i}</a> | Apr 6, 2007 1:1{i}:01 PM</p>"""
                       for i in range(3))
    html = page(STORY.replace("</div>", f"""<p class="posted">Posted by Kathy on April 6, 2007</p>
<h2><a id="comments"></a>Comments</h2>{comments}<h2>Post a comment</h2></div>"""))
    result = segment(html)
    assert [c.author for c in result.comments] == ["Reader 0", "Reader 1", "Reader 2"]
    assert result.comments[1].time == "Apr 6, 2007 1:11:01 PM"
    assert result.comments[2].text == ("3. The seed bank is a fine idea, comment 2 says, and the drawers look great.\n"
                                       "Please keep the valley seeds apart from the rest, comment 2 adds.")
    article_ok(result)
    assert "comment 1 says" not in result.article.text


def test_byline_above_the_story_is_kept_before_its_first_paragraph():
    story = STORY.replace('<p>The county library',
                          '<div class="entry-meta"><span class="byline">By Ana Ruiz</span> on July 24, 2012, 9:39 am</div>'
                          '<p>The county library')
    result = segment(page(story))
    lines = result.article.text.split("\n")
    assert lines[0] == "By Ana Ruiz on July 24, 2012, 9:39 am"
    assert lines[1].startswith("The county library opened a seed bank")
    # A block named "meta" that does not read as a byline (no date, no "by") stays out.
    other = STORY.replace('<p>The county library', '<div class="post-meta">Filed under gardening and libraries</div>'
                          '<p>The county library')
    assert "Filed under" not in segment(page(other)).article.text


def test_blocks_in_a_thread_container_need_a_byline_or_prose():
    # Contest entries listed in #comments: short, no author, no date: not readers' comments.
    contests = "".join(f'<li><a href="/win/{i}">Enter here</a> to win tickets to game number {i} (until November 1{i})</li>'
                       for i in range(2))
    result = segment(page(STORY + f'<div id="comments"><div class="contest-listings"><ul>{contests}</ul></div></div>'))
    assert result.comments == []
    article_ok(result)
    # Readers' prose in the same place is a thread, bylines or not.
    prose = "".join(f"<li>I borrowed the squash seeds last spring and they did very well in our shady garden, "
                    f"so I will bring some back this autumn for the others, says reader {i}.</li>" for i in range(2))
    result = segment(page(STORY + f'<div id="comments"><ul>{prose}</ul></div>'))
    assert len(result.comments) == 2


def test_tumblr_reblog_commentary_is_a_comment_though_it_is_a_link():
    def note(kind, who, added=""):
        commentary = "with_commentary" if added else "without_commentary"
        body = (f'<blockquote><a href="http://{who}.tumblr.com/post/29054332696" title="View post">{added}</a></blockquote>'
                if added else "")
        verb = "reblogged this from seedfan and added:" if added else ("likes this" if kind == "like" else "reblogged this")
        return (f'<li class="note {kind} tumblelog_{who} {commentary}"><a href="http://{who}.tumblr.com/">'
                f'<img class="avatar" src="a.png"></a><span class="action"><a href="http://{who}.tumblr.com/" '
                f'class="tumblelog">{who}</a> {verb}</span>{body}</li>')
    notes = (note("like", "gardenfan") + note("reblog", "skalja", "Well there goes my excuse not to grow beans this year.")
             + note("reblog", "ealperin") + note("reblog", "chaltab", "Our library should copy this seed bank idea."))
    result = segment(page(STORY + f'<ol class="notes">{notes}</ol>'))
    assert [c.text for c in result.comments] == ["Well there goes my excuse not to grow beans this year.",
                                                 "Our library should copy this seed bank idea."]
    assert [c.author for c in result.comments] == ["skalja", "chaltab"]


def test_loose_byline_beside_the_comment_body_gives_author_and_time():
    items = "".join(f"""<li class="{'alt' if i % 2 == 0 else ''}" id="comment-13212{i}">
<a href="http://example.com/{i}" rel="external nofollow" class="url">Reader Number{i}</a> on November 8, 2012 3:3{i} pm
<div class="commenttext"><p>Thanks for the story, I am headed to the library with my seeds, says reader {i}.</p></div></li>"""
                    for i in range(3))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in result.comments] == ["Reader Number0", "Reader Number1", "Reader Number2"]
    assert result.comments[2].time == "November 8, 2012 3:32 pm"
    assert result.comments[0].text == "Thanks for the story, I am headed to the library with my seeds, says reader 0."


def test_a_comments_subject_line_is_part_of_its_text_but_reply_subjects_and_bylines_are_not():
    # Slashdot and Drupal: each comment's own subject in a heading before its body block. The subject is
    # the commenter's words (a toxic subject must be scored); "Re: ..." repeats the parent's subject.
    comments = ""
    for i, (subject, name, text) in enumerate([
            ("Where was the designer?", "whoever57", "Ugly! Ugly! Ugly! The designer was not involved."),
            ("Re:Where was the designer?", "gfxguy", "No joke, breathtaking in a bad way, maybe."),
            ("Posted by tomhath on October 29, 2012", "tomhath", "More like a barge than a yacht, I guess.")]):
        comments += f"""
<li class="comment" id="tree_{i}"><div class="commentTop">
 <div class="title"><h4><a href="#c{i}">{subject}</a> <span class="score">(Score:2, Insightful)</span></h4></div>
 <div class="details"><span class="by">by <a href="/~{name}">{name}</a></span></div></div>
 <div class="commentBody"><div id="comment_body_{i}"><p>{text}</p></div></div></li>"""
    result = segment(page(STORY + f'<div id="comments"><ul id="commentlisting">{comments}</ul></div>'))
    assert [c.text for c in result.comments] == [
        "Where was the designer?\nUgly! Ugly! Ugly! The designer was not involved.",
        "No joke, breathtaking in a bad way, maybe.",
        "More like a barge than a yacht, I guess."]
    article_ok(result)


def test_table_rows_with_the_author_cell_beside_the_comment_cell():
    """An old forum-like thread: one row per comment, the author and date in the first cell."""
    readers = [("Hannah Cole", "March 3, 2012", "The seed bank is the best thing our library has done in years."),
               ("Tomasz", "March 4, 2012", "Will they take back seeds from hybrid tomatoes, or only heirlooms?")]
    rows = "".join(f'<tr><td class="author">{name}<br>{when}</td><td class="comment-body">{text}</td></tr>'
                   for name, when, text in readers)
    result = segment(page(STORY + f'<table id="comments">{rows}</table>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == readers
    article_ok(result)


def _thread(items: list[tuple[str, str, str]]) -> str:
    """A WordPress-style thread: (author, date, body HTML) per comment."""
    lis = "".join(f"""
 <li class="comment" id="comment-{i}"><article class="comment-body">
  <footer class="comment-meta"><b class="fn">{author}</b> <time class="comment-date">{date}</time></footer>
  <div class="comment-content">{body}</div></article></li>""" for i, (author, date, body) in enumerate(items))
    return page(STORY + f'<div id="comments"><h2>Comments</h2><ol class="commentlist">{lis}</ol></div>')


def test_a_comment_of_one_picture_or_one_furniture_like_word_is_kept():
    # found by fixtures of Mastodon and Isso threads (session 22): "🎉" has no word character and
    # "Subscribed." read as the page's "Subscribe" line; dropped, neither would be moderated
    result = segment(_thread([("Dan", "March 3, 2024", "<p>Do they say anything about loading bays on that stretch?</p>"),
                              ("Priya", "March 3, 2024", "<p>🎉</p>"),
                              ("Kev", "March 4, 2024", "<p>Subscribed.</p>"),
                              ("Mo", "March 4, 2024", "<p>🖕</p>")]))
    assert [c.text for c in result.comments] == [
        "Do they say anything about loading bays on that stretch?", "🎉", "Subscribed.", "🖕"]
    assert [c.author for c in result.comments] == ["Dan", "Priya", "Kev", "Mo"]


def test_action_links_and_badges_are_not_comment_text():
    # GitHub's "Member" badge, "Copy link", "Report content" and "commented" around each comment;
    # LiveJournal's "Thread" / "Parent" / "Expand" links; IntenseDebate's "Vote up" / "Vote down"
    result = segment(_thread([
        ("tomchristie", "Mar 4, 2024", "<p>Member</p><p>Copy link</p><p>Report content</p><p>commented</p>"
                                       "<p>Thanks for the clear reproduction, can you check the master branch?</p>"),
        ("wrenfield", "April 2, 2024", "<p>It was lovely to finally meet you in person at the panel!</p>"
                                       "<p>Thread</p><p>Parent</p><p>Expand</p>"),
        ("sam_k", "April 3, 2024", "<p>Bookmarked, the metro tip alone was worth it.</p><p>Vote up</p><p>Vote down</p>"),
        ("lucia", "April 4, 2024", "<p>Author</p>"),
    ]))
    assert [c.text for c in result.comments] == [
        "Thanks for the clear reproduction, can you check the master branch?",
        "It was lovely to finally meet you in person at the panel!",
        "Bookmarked, the metro tip alone was worth it.",
        "Author"]  # a badge's word as the whole comment is the reader's


def _forum(posts: list[tuple[str, str, str]]) -> str:
    """phpBB-style posts: (post number, author, body HTML)."""
    return page(STORY + '<div id="page-body">' + "".join(f"""
<div id="p{number}" class="post has-profile bg2"><div class="inner"><div class="postbody">
 <p class="author">by <strong><a class="username" href="./memberlist.php?u={number}">{author}</a></strong>
  &raquo; <time datetime="2024-03-03T10:02:00+00:00">Sun Mar 03, 2024 10:02 am</time></p>
 <div class="content">{body}</div></div></div></div>""" for number, author, body in posts) + "</div>")


def test_a_quoted_comment_is_left_out_of_the_reply_and_gives_its_parent():
    # phpBB's blockquote with its "X wrote:" cite, XenForo's bbCodeBlock--quote with data-source, Discourse's
    # aside.quote: the other commenter's words, scored in their own comment. A reply that quotes an insult
    # to answer it is no insult; it answers the comment it quotes.
    result = segment(_forum([
        ("90011", "peakrider", "Is a tubeless conversion on older 19 mm rims worth it for winter riding?"),
        ("90026", "Grumpy_Roadie", "Please don't, you absolute idiot. Non-TR rims have no hook for the bead."),
        ("90030", "spokeydokey", "Two wraps of tape and a booster bottle did it for me on the same rims."),
        ("90041", "Lindsay W", '<blockquote cite="./viewtopic.php?p=90026#p90026"><div><cite><a href="#">Grumpy_Roadie</a>'
                               ' wrote:</cite>Please don\'t, you absolute idiot. Non-TR rims have no hook.</div></blockquote>'
                               "No need for that tone. The tape build-up is what holds the bead."),
        ("90052", "Kev", '<blockquote data-quote="spokeydokey" data-source="post: 90030" '
                         'class="bbCodeBlock bbCodeBlock--quote"><div class="bbCodeBlock-title">spokeydokey said:</div>'
                         "<div>Two wraps of tape and a booster bottle did it.</div></blockquote>Which tape width, 21 mm?"),
        ("90060", "Mo", '<aside class="quote" data-username="peakrider"><div class="title">peakrider:</div>'
                        "<blockquote><p>Is a tubeless conversion worth it?</p></blockquote></aside>"),
        # phpBB 3.2+ writes no cite attribute: the cite inside the quote's div links the quoted post
        ("90071", "Ana", '<blockquote><div><cite><a href="./memberlist.php?u=90030">spokeydokey</a> wrote: '
                         '<a href="./viewtopic.php?p=90030#p90030" data-post-id="90030">&uarr;</a></cite>'
                         "Two wraps of tape.</div></blockquote>Two wraps held for me too."),
    ]))
    by_author = {c.author: c for c in result.comments}
    assert by_author["Lindsay W"].text == "No need for that tone. The tape build-up is what holds the bead."
    assert by_author["Lindsay W"].parent == by_author["Grumpy_Roadie"].index  # by the quoted post's number
    assert by_author["Kev"].text == "Which tape width, 21 mm?"
    assert by_author["Kev"].parent == by_author["spokeydokey"].index
    # a comment that is all quotation is still a comment: the quoted words are all there is to moderate
    assert "Is a tubeless conversion worth it?" in by_author["Mo"].text
    assert by_author["Mo"].parent == by_author["peakrider"].index  # by the quoted commenter's name
    assert by_author["Ana"].text == "Two wraps held for me too."
    assert by_author["Ana"].parent == by_author["spokeydokey"].index


def test_an_unattributed_blockquote_is_the_readers_own():
    result = segment(_thread([("Dan", "March 3, 2024", "<p>Do they say anything about loading bays on that stretch?</p>"),
                              ("Ann", "March 3, 2024", "<blockquote>Six bays stay.</blockquote><p>Six is not enough.</p>")]))
    assert result.comments[1].text == "Six bays stay.\nSix is not enough."
    assert result.comments[1].parent is None


def test_a_replys_in_reply_to_link_names_its_parent_and_a_closed_notice_is_no_comment():
    # The Guardian keeps threads one level deep: a reply to a reply sits under the top comment, and its
    # "in reply to Tamsin_K" link points at the comment it answers. MetaFilter closes old threads with a
    # notice in the thread's own box.
    def comment(cid, author, reply_to, text):
        link = (f'<a href="#comment-{reply_to[0]}" class="d-comment__reply-to-author" data-link-name="in reply to">'
                f'<span class="u-h">in reply to</span> {reply_to[1]}</a>') if reply_to else ""
        return f"""<li class="d-comment" id="comment-{cid}" itemscope itemtype="http://schema.org/Comment">
 <div class="d-comment__meta"><span class="d-comment__author" itemprop="author">{author}</span>{link}
  <time class="d-comment__timestamp" itemprop="dateCreated">5 Sep 2024 9.{cid % 60:02d}</time></div>
 <div class="d-comment__body" itemprop="text"><p>{text}</p></div>"""
    html = page(STORY + '<div class="discussion__comments"><ul class="d-thread d-thread--comments">'
                + comment(100, "RiverWatcher", None, "Unlimited fines paid by whom, exactly? Every penny ends up on our bills.")
                + '<ul class="d-thread d-thread--responses">'
                + comment(137, "Tamsin_K", (100, "RiverWatcher"), "Clause 4 bars companies from recovering penalties.") + "</li>"
                + comment(174, "RiverWatcher", (137, "Tamsin_K"), "Fair enough, I stand corrected on clause 4.") + "</li>"
                + "</ul></li>"
                + comment(202, "oldsalt1952", None, "Renationalise the lot of them, it is the only way.") + "</li>"
                + "</ul><div class=\"comments\">This thread has been archived and is closed to new comments</div></div>")
    result = segment(html)
    assert [(c.author, c.parent) for c in result.comments] == [
        ("RiverWatcher", None), ("Tamsin_K", 0), ("RiverWatcher", 1), ("oldsalt1952", None)]
    assert all("archived" not in c.text for c in result.comments)


def test_a_forum_signature_is_not_comment_text():
    # XenForo's aside.message-signature under each post's body, inside the post's content block
    result = segment(_thread([
        ("HondaHank", "March 3, 2024", '<div class="message-content"><div class="bbWrapper">Paint-pen both marks before '
                                       'you take anything off.</div><aside class="message-signature"><div class="bbWrapper">'
                                       "2008 Civic Type R FN2 | 2011 Jazz ES</div></aside></div>"),
        ("Jess_R", "March 3, 2024", "<p>Do the auxiliary tensioner too, it is two bolts.</p>")]))
    assert [c.text for c in result.comments] == ["Paint-pen both marks before you take anything off.",
                                                 "Do the auxiliary tensioner too, it is two bolts."]


def test_a_question_pages_answers_are_comments_and_answer_their_comments():
    # Stack Exchange: each answer a schema.org Answer with comments of its own (li.comment); the comments
    # make the bigger group, and the answers were neither article nor comments
    def comments(items):
        return '<ul class="comments-list">' + "".join(
            f'<li class="comment" id="comment-{cid}"><div class="comment-body"><span class="comment-copy">{text}</span>'
            f' &ndash; <a class="comment-user" href="/users/{cid}">{user}</a>'
            f' <span class="comment-date"><span class="relativetime">Mar 3, 2024 at 9:{cid % 60:02d}</span></span>'
            "</div></li>" for cid, user, text in items) + "</ul>"

    def answer(aid, user, text, items):
        return (f'<div id="answer-{aid}" class="answer" itemprop="suggestedAnswer" itemscope '
                f'itemtype="https://schema.org/Answer"><div class="js-vote-count">12</div>'
                f'<div class="s-prose js-post-body" itemprop="text"><p>{text}</p></div>'
                f'<div class="user-details" itemprop="author"><a href="/users/{aid}">{user}</a></div>'
                f'<div class="comments">{comments(items)}</div></div>')

    html = page(STORY + '<div class="question" id="question"><div class="comments">'
                + comments([(101, "jkowalski", "Please add the output of EXPLAIN for both variants.")]) + "</div></div>"
                + '<div id="answers">'
                + answer(201, "Erwin B", "Your WHERE clause casts the indexed column, so the planner cannot use the index.",
                         [(102, "Mara L", "That did it, down from 21 seconds to 9 milliseconds. Thank you!"),
                          (103, "jkowalski", "An expression index on the cast would also work here.")])
                + answer(202, "user2718281", "If you cannot touch the queries, index an immutable expression instead.",
                         [(104, "Mara L", "Good to know for the legacy reports, thanks.")])
                + "</div>")
    result = segment(html)
    assert [(c.author, c.parent) for c in result.comments] == [
        ("jkowalski", None), ("Erwin B", None), ("Mara L", 1), ("jkowalski", 1), ("user2718281", None), ("Mara L", 4)]
    assert result.comments[1].text == "Your WHERE clause casts the indexed column, so the planner cannot use the index."


def test_replies_nested_only_by_a_left_margin_find_their_parent():
    # LiveJournal's b-tree-twig, IntenseDebate's idc-c and HuffPost's 2012 threads indent a reply by an
    # inline margin and say nothing else about it
    rows = [(0, "wrenfield", "It was lovely to finally meet you in person at the panel!"),
            (30, "moth_and_lamp", "Yes! The bit about Lem's puns had me in stitches all evening."),
            (60, "wrenfield", "Same, I went straight to the dealers' room and bought the book."),
            (0, "corvidae_fan", "Belfast next year, definitely. Already booked the ferry."),
            (30, "gethin_r", "Going too, see you on the boat with the rest of the crew.")]
    html = page(STORY + '<div id="comments">' + "".join(
        f'<div class="comment" id="comment-{i}" style="margin-left:{margin}px"><span class="comment-author">{name}</span>'
        f'<span class="comment-date">April 2, 2024</span><div class="comment-text">{text}</div></div>'
        for i, (margin, name, text) in enumerate(rows)) + "</div>")
    result = segment(html)
    assert [c.parent for c in result.comments] == [None, 0, 1, None, 3]


def test_a_permalinks_mark_is_no_author_and_expand_links_are_no_text():
    # schema.org microdata with a "#" permalink in the byline box (Blogger's and many CMSs'): the author
    # was "#" on every comment; Substack's "Expand full comment" under a long comment stayed in its text
    items = "".join(f"""
<div class="comment" id="comment-{i}" itemprop="comment" itemscope itemtype="https://schema.org/Comment">
 <div class="comment__header"><span class="comment__author" itemprop="author" itemscope
   itemtype="https://schema.org/Person"><span itemprop="name">{name}</span></span>
  <time class="comment__date" itemprop="dateCreated" datetime="2024-06-11T07:48">11 Jun 2024 07:48</time>
  <a class="comment__permalink" itemprop="url" href="#comment-{i}">#</a></div>
 <div class="comment__text" itemprop="text"><p>{text}</p><p>Expand full comment</p></div></div>"""
                    for i, (name, text) in enumerate([("Karen Lowther", "As a parent of two at the academy, I voted yes."),
                                                      ("4-6-3", "Some of us work until six on a Friday.")]))
    result = segment(page(STORY + f'<div id="comments">{items}</div>'))
    assert [(c.author, c.text) for c in result.comments] == [
        ("Karen Lowther", "As a parent of two at the academy, I voted yes."),
        ("4-6-3", "Some of us work until six on a Friday.")]


def test_a_replies_list_numbered_by_its_comment_answers_that_comment():
    # JComments: div#comment-item-N holds the comment (inside a decorative box) and div#comments-list-N,
    # its replies; the replies came out with no parent
    def item(cid, name, text, replies=""):
        return (f'<div class="even" id="comment-item-{cid}"><div class="rbox"><div class="rbox_m">'
                f'<div class="comment-box"><span class="comment-author">{name}</span>'
                f'<span class="comment-date">14.05.2024 18:{cid % 60:02d}</span>'
                f'<div class="comment-body" id="comment-body-{cid}">{text}</div></div></div></div>'
                + (f'<div class="comments-list" id="comments-list-{cid}">{replies}</div>' if replies else "")
                + "</div>")
    thread = (item(1831, "Ian Metcalfe", "Sensible decision, the chippings on the lower section were lethal.",
                   item(1832, "JanetB", "Ian, the committee agreed the existing records stand."))
              + item(1833, "pedalpusher", "Happy to marshal again, do we need to book through the site?",
                     item(1834, "JanetB", "Please email the club address so we can put you on the rota."))
              + item(1835, "Keith", "Park Rash would have been the better choice in my opinion."))
    result = segment(page(STORY + f'<div id="jc"><div class="comments-list" id="comments-list-0">{thread}</div></div>'))
    assert [(c.author, c.parent) for c in result.comments] == [
        ("Ian Metcalfe", None), ("JanetB", 0), ("pedalpusher", None), ("JanetB", 2), ("Keith", None)]


def test_a_reply_that_addresses_an_earlier_commenter_answers_them_in_a_flat_thread():
    # "@Name", "Name," or "Name:" at the start of a comment in a thread with no nesting (Typepad, MetaFilter,
    # Mastodon, most 2012 blogs on Dragnet)
    result = segment(_thread([("Harriet Vane", "March 3, 2024", "<p>The new bus lane will cut my commute by ten minutes.</p>"),
                              ("Tim", "March 3, 2024", "<p>Only if the buses actually run on time, which they rarely do.</p>"),
                              ("Peter W", "March 4, 2024", "<p>@Harriet Vane which route do you take in the mornings?</p>"),
                              ("Ann", "March 4, 2024", "<p>Tim, the timetable changes next month, so give it a chance.</p>"),
                              ("Joe", "March 4, 2024", "<p>@Timothy that is not what the council said at all.</p>")]))
    assert [c.parent for c in result.comments] == [None, None, 0, 1, None]


def test_a_commenter_named_only_by_a_u_slash_profile_link_is_the_author():
    # Lemmy (and Reddit): the commenter is a link to /u/name with no author class; the author was null
    items = "".join(f"""
<li class="comment list-unstyled" id="comment-{i}"><article class="d-flex">
 <div class="small"><span class="person-listing-wrapper"><a title="{name}" class="person-listing text-info"
   href="/u/{name}"><span>{name}</span></a></span> <span class="me-1">24 points</span></div>
 <div class="md-div"><p>{text}</p></div></article></li>""" for i, (name, text) in enumerate([
        ("mossbank", "The forking is classic first-year no-dig, sieve the top few centimetres."),
        ("jamie_grows", "For slugs, nematodes worked far better for me than any pellets.")]))
    result = segment(page(STORY + f'<ul class="comments">{items}</ul>'))
    assert [c.author for c in result.comments] == ["mossbank", "jamie_grows"]


def test_the_hidden_rest_of_a_long_comment_is_still_its_text():
    # "Read more" keeps the rest of a long comment in a hidden span: other words than those shown, so the
    # reader's words all the same (only a hidden copy of the shown words is read once).
    result = segment(_thread([
        ("Dan", "March 3, 2024", "<p>Do they say anything about loading bays on that stretch?</p>"),
        ("Ann", "March 3, 2024", '<p>The council never listens to us <span class="hidden">and the mayor is a crook who'
                                 ' should be run out of town</span> <a href="#">Read more</a></p>')]))
    assert "the mayor is a crook" in result.comments[1].text


@pytest.mark.parametrize("placeholder", ["Removed by mod", "(Deleted comment)", "[deleted]", "1 hidden comment",
                                         "This comment has been removed by the author.", "삭제된 댓글입니다.",
                                         "Комментарий удалён модератором"])
def test_what_stands_where_a_comment_was_taken_down_is_no_comment(placeholder):
    result = segment(_thread([("Dan", "March 3, 2024", "<p>Do they say anything about loading bays on that stretch?</p>"),
                              ("Ann", "March 3, 2024", f"<p>{placeholder}</p>"),
                              ("Kev", "March 4, 2024", "<p>Removed by a council vote, not by the mod, as I recall.</p>")]))
    assert [c.author for c in result.comments] == ["Dan", "Kev"]


def test_a_forum_thread_under_a_teaser_keeps_its_first_post_a_readers_comment():
    # A news page that shows a teaser of its story over the forum thread that discusses it: the teaser is
    # the story, and the thread's first post, however long, is a reader's comment to moderate.
    teaser = ("<p>The county library opened a seed bank on Saturday, letting residents borrow packets of tomato, bean and"
              " squash seeds and return seeds saved from their own harvest at the end of the season, the librarian said"
              " on Monday at the opening of the new branch.</p>")
    long_post = " ".join(["Seed libraries work only if people bring seeds back, and most never do."] * 12)
    html = ('<!DOCTYPE html><html><head><title>Seed bank</title></head><body><h1>Seed bank</h1>' + teaser
            + '<div id="page-body">' + "".join(f"""<div id="p{n}" class="post bg2"><div class="inner"><div class="postbody">
 <p class="author">by <strong><a class="username" href="./memberlist.php?u={n}">{name}</a></strong></p>
 <div class="content">{body}</div></div></div></div>""" for n, name, body in [
                (501, "skeptic", long_post), (502, "Ana", "They will, once they see it works."),
                (503, "Tom", "I brought back twice what I borrowed.")]) + "</div></body></html>")
    result = segment(html)
    assert [c.author for c in result.comments] == ["skeptic", "Ana", "Tom"]
    assert "letting residents borrow" in result.article.text
