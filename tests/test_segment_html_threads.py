"""HTML pages: which repeated blocks are a reader thread and which are not (hidden copies, hidden
threads, widgets, the post's own byline bar), and thread layouts the comment markup names only
loosely (comment anchors, per-comment wrappers, alternating classes, text footers, Tumblr notes)."""

import pytest

from moderator.segment import segment
from segment_pages import STORY, article_ok, page

def test_hidden_copy_of_the_post_is_neither_comment_nor_article():
    # TypePad and Disqus keep a display:none copy of the post inside their comment block.
    html = page(STORY + """
<div class="comments-content">
 <div style="display:none;" id="tpc_post_title">Library opens a seed bank</div>
 <div style="display:none;" id="tpc_post_message"><p>HIDDEN_COPY_ONE of the post for the widget.</p>
  <p>HIDDEN_COPY_TWO of the post for the widget.</p></div>
</div>""")
    result = segment(html)
    assert result.comments == []
    article_ok(result)
    assert "HIDDEN_COPY" not in result.article.text


def test_thread_hidden_around_its_comments_is_not_on_the_page():
    # A thread in a display:none block (opened by a script, if ever) is not what a reader sees.
    comments = "".join(f'<dl><dt class="comment-author">reader{i}</dt><dd class="comment">I would borrow '
                       f'the bean seeds number {i} for my garden this spring.</dd></dl>' for i in range(3))
    html = page(STORY + f'<div id="postComments" style="display: none;"><div class="userComments">{comments}</div></div>')
    assert segment(html).comments == []
    # The same thread shown is found.
    assert len(segment(html.replace(' style="display: none;"', "")).comments) == 3


def test_collapsed_comment_itself_is_still_a_comment():
    # Slashdot marks low-scored comments li.comment.hidden: collapsed, but part of the thread.
    items = "".join(f'<li class="comment{" hidden" if i == 1 else ""}" id="tree_{i}"><div class="commentTop">'
                    f'<span class="by">user{i}</span></div><div class="commentBody">Comment number {i} says the '
                    f'seed bank is a fine idea for the valley.</div></li>' for i in range(3))
    result = segment(page(STORY + f'<ul id="commentlisting">{items}</ul>'))
    assert len(result.comments) == 3
    assert "Comment number 1" in result.comments[1].text


def test_widgets_and_commentary_rails_are_not_threads():
    html = page(STORY + """
<div id="r_sidebar"><ul><li class="widget widget_recent_comments" id="recent-comments-3"><h2>Recent talk</h2>
 <ul><li><a href="/a">Sam</a> on <a href="/b">Budget vote passes after a long night of debate</a></li>
 <li><a href="/c">Lee</a> on <a href="/d">School closures planned for the winter storm season</a></li></ul></li></ul></div>
<div class="col2_most_commented module"><h3>Most commented</h3><p>Budget vote passes after a long night</p></div>
<div class="col2_most_commented module"><h3>Most shared</h3><p>School closures planned for winter</p></div>
<ul class="stream-rail-updates">
 <li class="commentarypost">Emily Kay: Golf star goes swimming with the fans after the final round</li>
 <li class="commentarypost hidden">Adam Fonseca: Champion might want to seek shelter from the storm</li>
 <li class="commentarypost hidden">Emily Kay: Wedge game makes a big splash with the home crowd</li>
</ul>""")
    result = segment(html)
    assert result.comments == []
    article_ok(result)


def test_testimonials_are_the_publishers_quotes_not_a_thread():
    # Avada's footer rotator: div.fusion-testimonials > div.reviews > div.review, each quote signed by a customer.
    quotes = "".join(f'<div class="review"><blockquote><q>{text}</q></blockquote><div class="clearfix"><span class="company-name">'
                     f'<strong>{name}</strong>, <span>{firm}</span></span></div></div>'
                     for text, name, firm in [("They found us six thousand dollars in credits we had missed for years.", "Tom Becker", "Becker Marine"),
                                              ("Patient, quick, and they never make me feel silly for asking twice.", "Alicia Moreau", "Moreau Design"),
                                              ("Switching our payroll to them was the best decision we made last year.", "Raj Patel", "Casco Bay PT")])
    result = segment(page(STORY + f'<footer><h3>What our clients say</h3><div class="fusion-testimonials clearfix">'
                                  f'<div class="reviews">{quotes}</div></div></footer>'))
    assert result.comments == []
    article_ok(result)


def test_a_body_named_sidebar_is_still_searched():
    # Newsvine names its main column div.sidebar#body_main: a "sidebar" that holds the page is the page.
    thread = "".join(f'<div class="vine-p p-comment_CommentThread"><div class="vine-p p-comment_Comment commentbody" '
                     f'id="c{i}"><div class="c_author"><a href="/u{i}">member{i}</a></div><div class="c_text">'
                     f'I think seed bank idea number {i} will help new gardeners a lot.</div></div></div>'
                     for i in range(3))
    result = segment(page(f'<div class="sidebar" id="body_main">{STORY}<div class="discussionContainer">{thread}</div></div>'
                          '<div id="right">Ads and links</div>'))
    assert [c.author for c in result.comments] == ["member0", "member1", "member2"]
    assert result.comments[2].text == "I think seed bank idea number 2 will help new gardeners a lot."


def test_comments_marked_only_by_anchors():
    # Older blogs: <a name="comment184238"></a> opens each comment; the byline is a footer of text.
    items = "".join(f'<div class="Normal"><a name="comment18{i}"></a>Comment {i}: the seed drawers look lovely and '
                    f'I will bring squash seeds back in the fall.<p class="postfoot">posted on Wednesday, October 24, '
                    f'2012 at 7:2{i} PM by <a href="http://example.com/{i}">Gardener{i}</a></p></div><hr>'
                    for i in range(3))
    result = segment(page(STORY + f'<div id="listing"><h3>COMMENTS</h3>{items}</div>'))
    assert len(result.comments) == 3
    assert result.comments[0].text.startswith("Comment 0: the seed drawers")
    assert "posted on" not in result.comments[0].text


def test_alternating_classes_are_one_thread():
    # Every other comment is li.alt-comment, the author's own is li.author, all share id="comment-N".
    classes = ["alt-comment", "", "alt-comment", "author", ""]
    items = "".join(f'<li class="{cls}" id="comment-93{i}"><cite>Reader {i}</cite><p>Reply number {i} about the '
                    f'seed bank and the bean harvest.</p></li>' for i, cls in enumerate(classes))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.text for c in result.comments] == [f"Reply number {i} about the seed bank and the bean harvest."
                                                 for i in range(5)]


def test_the_posts_byline_bar_is_not_a_comment():
    # A block named "Comment" that links to the thread ("Leave a Comment") is the post's own meta bar.
    html = page(STORY + """
<div class="Comment">Written by <strong>Nickel</strong> - <a href="/post#comments">Leave a Comment</a></div>
<div class="Comment">Published on November 5th, 2012 - <a href="/post#comments">Leave a Comment</a>
 <div class="AboutAuthor"><p>About the author: Nickel is the founder and editor-in-chief of this site and has
 been writing about gardening since 2005.</p></div></div>
<ol class="commentlist"><li class="comment-1"><cite>JoAnne</cite><p>We started our own seed swap at church
 and it is a joy every spring.</p></li></ol>""")
    result = segment(html)
    assert [c.author for c in result.comments] == ["JoAnne"]
    assert "seed swap at church" in result.comments[0].text


def test_text_footer_gives_author_and_time():
    # TypePad: <p class="comment-footer">Posted by: NAME | <a>DATE</a></p>, no author markup.
    items = "".join(f'<div class="comment comment-odd" id="comment-6a00{i}"><div class="comment-content"><p>Comment {i}: '
                    f'can I borrow seeds without a library card?</p></div><p class="comment-footer">Posted by: '
                    f'Sharon in Chicago {i} | <a href="#comment-6a00{i}">May 20, 2012 at 12:5{i} AM</a></p></div>'
                    for i in range(2))
    result = segment(page(STORY + f'<div class="comments-content">{items}</div>'))
    assert [(c.author, c.time) for c in result.comments] == [("Sharon in Chicago 0", "May 20, 2012 at 12:50 AM"),
                                                           ("Sharon in Chicago 1", "May 20, 2012 at 12:51 AM")]
    assert all("Posted by" not in c.text for c in result.comments)


def test_time_keeps_its_zone():
    # SB Nation: "by NAME on Aug 8, 2012 5:21 PM PDT" under each comment; the zone is the time's, not text.
    items = "".join(f'<div class="comment" id="comment_{i}"><div class="comment-body"><p>Seed swap number {i} was '
                    f'the best morning of the summer.</p></div><div class="comment-footer">by <a href="/users/gard{i}">'
                    f'Gardener {i}</a> on Aug 8, 2012 5:2{i} PM PDT <a href="#reply">reply</a></div></div>'
                    for i in range(2))
    result = segment(page(STORY + f'<div id="comments">{items}</div>'))
    assert [c.time for c in result.comments] == ["Aug 8, 2012 5:20 PM PDT", "Aug 8, 2012 5:21 PM PDT"]
    assert all("PDT" not in c.text for c in result.comments)


def test_wordpress_author_link_names_the_commenter():
    # WordPress themes' own bylines: "<a class='url' rel='external nofollow'>NAME</a> — DATE" in a meta line
    # above the text, or "by NAME on DATE." in one below it; no author class. Links in the text are no names.
    texts = ["Thanks for sharing, I'm headed to the <a href='http://seeds.example.org' rel='nofollow'>seed bank</a> "
             "this Saturday.", "Will they take back seeds from hybrid tomatoes, or only heirloom varieties?"]
    above = "".join(f"""<li class="comment" id="comment-12977{i}"><div class="comment_entry">
  <p class="cm-meta"><a href='http://example.com/{i}' rel='external nofollow' class='url'>Reader {i}</a> &#8212;
  <a href="#comment-12977{i}" class='comment-meta-time'>July 18th, 2012, 4:0{i} pm</a></p><p>{text}</p></div></li>"""
                    for i, text in enumerate(texts))
    below = "".join(f"""<div class="comment" id="comment-19{i}"><div class="comment-text"><p>{text}</p>
  <p class="comment-meta">by <a href='http://example.com/{i}' rel='external nofollow ugc' class='url'>Reader {i}</a>
  on November 29, 2010 at 8:0{i} am. <a class='comment-reply-link' href='#respond'>Reply</a></p></div></div>"""
                    for i, text in enumerate(texts))
    # A commenter without a website has no link: the name is the byline's text before the date.
    plain = "".join(f"""<li class="comment" id="comment-12987{i}"><div class="comment_entry">
  <p class="cm-meta">Reader {i} &#8212; <a href="#comment-12987{i}">July 18th, 2012, 4:0{i} pm</a></p><p>{text}</p></div></li>"""
                    for i, text in enumerate(texts))
    for thread, times in ((f'<ul id="comment_list">{above}</ul>', ["July 18th, 2012, 4:00 pm", "July 18th, 2012, 4:01 pm"]),
                          (f'<ul id="comment_list">{plain}</ul>', ["July 18th, 2012, 4:00 pm", "July 18th, 2012, 4:01 pm"]),
                          (f'<div id="comments">{below}</div>', ["November 29, 2010 at 8:00 am.", "November 29, 2010 at 8:01 am."])):
        result = segment(page(STORY + thread))
        assert [(c.author, c.time) for c in result.comments] == [("Reader 0", times[0]), ("Reader 1", times[1])]
        assert result.comments[0].text == "Thanks for sharing, I'm headed to the seed bank this Saturday."
        article_ok(result)


def test_comment_title_in_a_toggle_link_is_text_not_a_link_list():
    # SB Nation: each comment's title is <a href="#" onclick=...>, which is not a link away from the page.
    items = "".join(f'<div class="citem" id="comment_item_{i}"><div class="comment cpic" id="comment_inner_{i}">'
                    f'<h5 class="comment_title"><a href="#" onclick="toggle()">anyone have a link to seed list {i}</a></h5>'
                    f'<div class="cbody"><p>Go gardeners!</p></div><p class="by">by <a href="/users/fan{i}">fan{i}</a> on '
                    f'<span class="time">Aug 8, 2012 5:2{i} PM PDT</span></p></div></div>' for i in range(3))
    result = segment(page(STORY + f'<div class="comment_master_list">{items}</div>'))
    assert len(result.comments) == 3
    assert result.comments[0].text == "anyone have a link to seed list 0\nGo gardeners!"


def test_profile_link_is_not_the_authors_name():
    items = "".join(f'<li class="comment"><div class="comment-author"><a href="/p/{i}">Profile</a> '
                    f'<a href="/u/{i}">Torgo{i}</a></div><p>No showing in my town number {i}, what gives?</p></li>'
                    for i in range(2))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in result.comments] == ["Torgo0", "Torgo1"]


def test_tumblr_notes_with_commentary_are_comments():
    notes = ('<li class="note like tumblelog_a without_commentary"><a href="/a">alpha</a> likes this</li>'
             '<li class="note reblog tumblelog_b with_commentary"><a href="/b">beta</a> reblogged this and added:'
             '<blockquote>Seed banks are the best thing a library can do.</blockquote></li>'
             '<li class="note reblog tumblelog_c without_commentary"><a href="/c">gamma</a> reblogged this</li>'
             '<li class="note reply tumblelog_d without_commentary"><a href="/d">delta</a> said: wonderful news for the valley</li>')
    result = segment(page(STORY + f'<div class="notecontainer"><ol class="notes">{notes}</ol></div>'))
    assert len(result.comments) == 2
    assert "Seed banks are the best thing" in result.comments[0].text
    assert "wonderful news" in result.comments[1].text


def test_reply_form_stays_out_of_the_article():
    html = page(STORY + """<h2 id="comments">0 Comments</h2><p>No comments yet.</p>
<form action="/wp-comments-post.php" method="post"><p><input name="author"> Name (required)</p>
<p><input name="email"> Mail (will not be published) (required)</p><textarea name="comment"></textarea>
<input type="submit" value="Submit Comment"></form>""")
    result = segment(html)
    article_ok(result)
    assert "will not be published" not in result.article.text
    assert result.comments == []


def test_thread_of_one_comment_in_a_definition_list():
    # about.com: <div id="comments"><dl><dt>date (1) NAME says:</dt><dd>text</dd></dl>; the meta list
    # above names its "Comments (1)" link li.comment, which is not the thread.
    html = page(STORY.replace("</div>", '<ul class="meta"><li class="comment"><a href="#c">Comments</a> (1)</li></ul></div>')
                + '<div id="comments"><h3>Comments</h3><dl><dt><div class="date">September 15, 2008 at 6:55 pm</div>'
                  '(1)&nbsp;Mike&nbsp;says:</dt><dd><div><p>Wow that definitely inspired me to start saving my own '
                  'bean seeds this year.</p></div></dd></dl></div>')
    result = segment(html)
    assert [(c.author, c.time) for c in result.comments] == [("Mike", "September 15, 2008 at 6:55 pm")]
    assert result.comments[0].text == "Wow that definitely inspired me to start saving my own bean seeds this year."


def test_hidden_form_notes_in_a_thread_container_are_not_comments():
    # TypePad keeps its comment preview and captcha notes in div.hiddenBox blocks inside #atp-comments.
    html = page(STORY + """<div id="atp-comments">
<div class="hiddenBox" id="comment-preview">This is only a preview. Your comment has not yet been posted.</div>
<div class="hiddenBox yellowBox" id="comment-preview-confirmation">Your comment has been saved. Comments are
 moderated and will not appear until approved by the author.</div>
<div class="hiddenBox yellowBox" id="comment-captcha">The letters and numbers you entered did not match the image.
 Please try again.</div></div>""")
    assert segment(html).comments == []


@pytest.mark.parametrize("minified", [False, True])
@pytest.mark.parametrize("with_author", [False, True])
def test_one_word_comments_are_comments(minified, with_author):
    """"Idiot." or "+1" alone is a comment to moderate, with or without an author block, and in minified
    markup where no space parts the author from the text."""
    gap = "" if minified else "\n"
    texts = ["The seed bank is the best thing our library has done in years.", "Idiot.", "+1"]
    items = gap.join(
        f'<li class="comment" id="comment-{i}">' + (f'<div class="comment-author">Reader{i}</div>{gap}' if with_author else "")
        + f'<div class="comment-body"><p>{text}</p></div></li>' for i, text in enumerate(texts))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.text for c in result.comments] == texts
    assert [c.author for c in result.comments] == ([f"Reader{i}" for i in range(3)] if with_author else [None] * 3)
    article_ok(result)


def test_a_comment_that_is_only_a_link_is_moderated_but_a_list_of_links_is_a_widget():
    prose = ["The seed bank is the best thing our library has done in years.",
             "Will they take back seeds from hybrid tomatoes, or only heirloom varieties?"]
    spam = '<a href="http://cheap-pills.example/buy">Buy cheap pills online now</a>'
    items = "\n".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">Reader{i}</div>\n'
                      f'<div class="comment-body"><p>{text}</p></div></li>' for i, text in enumerate(prose + [spam]))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.text for c in result.comments] == prose + ["Buy cheap pills online now"]
    # a list whose items are mostly links (a "top commenters" box) is still no thread
    links = "\n".join(f'<li class="comment" id="comment-{i}"><a href="/user/{i}">Reader number {i}</a> '
                      f'<a href="/post/{i}">on the seed bank</a></li>' for i in range(5))
    result = segment(page(STORY + f'<ul class="comments">{links}</ul>'))
    assert result.comments == []
    article_ok(result)


def test_a_comment_worded_like_furniture_is_still_the_readers():
    texts = ["The seed bank is the best thing our library has done in years.",
             "Subscribe to my channel you libtard morons", "Share this if you hate the council"]
    items = "\n".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">R{i}</div>\n'
                      f'<div class="comment-body"><p>{t}</p></div></li>' for i, t in enumerate(texts))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.text for c in result.comments] == texts


@pytest.mark.parametrize("byline", ["{name} Says", "{name} 12 days ago", "{name} (not verified)"])
def test_the_author_is_the_name_alone(byline):
    items = "\n".join(f'<li class="comment" id="comment-{i}"><div class="comment-author">{byline.format(name=name)}</div>\n'
                      f'<div class="comment-body"><p>{text}</p></div></li>'
                      for i, (name, text) in enumerate([("Hannah Cole", "The seed bank is the best thing in years."),
                                                        ("Tomasz", "Will they take back hybrid tomato seeds?")]))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in result.comments] == ["Hannah Cole", "Tomasz"]


def test_a_says_line_is_byline_not_text():
    items = "\n".join(f'<li class="comment" id="comment-{i}"><div class="comment-author"><cite>{name}</cite></div>\n'
                      f'<div class="comment-body"><p>Says:</p><p>{text}</p></div></li>'
                      for i, (name, text) in enumerate([("Hannah Cole", "The seed bank is the best thing in years."),
                                                        ("Tomasz", "Will they take back hybrid tomato seeds?")]))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [(c.author, c.text) for c in result.comments] == [
        ("Hannah Cole", "The seed bank is the best thing in years."), ("Tomasz", "Will they take back hybrid tomato seeds?")]


def test_a_plain_list_under_a_comments_heading_with_names_inline():
    """No comment markup at all: a "Comments" heading, then "Name (date): text" items."""
    items = "".join(f"<li><b>{name}</b> (March {i + 3}, 2024): {text}</li>" for i, (name, text) in enumerate(
        [("Hannah Cole", "The seed bank is the best thing our library has done in years."),
         ("Tomasz", "Will they take back seeds from hybrid tomatoes, or only heirloom ones?")]))
    result = segment(page(STORY + f"<h2>Comments</h2><ul>{items}</ul>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("Hannah Cole", "March 3, 2024", "The seed bank is the best thing our library has done in years."),
        ("Tomasz", "March 4, 2024", "Will they take back seeds from hybrid tomatoes, or only heirloom ones?")]
    article_ok(result)


def test_a_line_break_in_the_source_is_a_space_as_a_browser_shows_it():
    # A 2012 blog template writes "NAME on" and the date on two source lines, and wraps long paragraphs in
    # the source: a browser shows one line "Janet in Miami on October 23rd, 2012 1:54 pm" and one paragraph.
    items = "".join(f"""
  <li class="{'alt' if i % 2 else ''}" id="comment-{1049850 + i}">
      {name} on
            October 23rd, 2012 1:{54 + i} pm
      <div class="commenttext">
      <p>{first}
{second}</p>
      <pre>make noise
  --fan loud</pre>
      </div>
  </li>""" for i, (name, first, second) in enumerate([
        ("Janet in Miami", "Fan. Loud old fan. I cannot sleep well", "without it, not since the summer."),
        ("Emily", "A flashlight and a dandelion weeder", "under the pillow when he is away."),
        ("Ang", "Every summer I become addicted to the fan", "and in the fall I try to wean off it."),
    ]))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in result.comments] == ["Janet in Miami", "Emily", "Ang"]
    assert [c.time for c in result.comments] == [f"October 23rd, 2012 1:{54 + i} pm" for i in range(3)]
    assert result.comments[0].text.split("\n") == [
        "Fan. Loud old fan. I cannot sleep well without it, not since the summer.", "make noise", "--fan loud"]


def test_a_name_said_comma_line_is_the_byline():
    # A 2012 travel blog: <p>DATE</p><p><strong>NAME</strong> said,</p><p>text</p> in each li.
    items = "".join(f'<li class="{"alt" if i % 2 else ""}" id="comment-{721769 + i}"><p>August 9th, 2012 at 8:4{i} am</p>'
                    f"<p><strong>{name}</strong> said,</p><p>{text}</p></li>"
                    for i, (name, text) in enumerate([
                        ("lucky", "@ infamousdx In Bali I have done the IC, W, and Grand Hyatt, in that order too."),
                        ("Bruce", "I think those are all terrific choices, and I like Hong Kong and Bali the most."),
                        ("USairelite", "Many will disagree, but my favorite city destination is Los Angeles."),
                    ]))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.author for c in result.comments] == ["lucky", "Bruce", "USairelite"]
    assert not any("said," in c.text for c in result.comments)


def test_an_empty_widget_beside_its_hidden_copy_for_readers_without_scripts_is_no_comment():
    # IntenseDebate's empty thread in WordPress: div#comments > div#idc-container-parent (its count, an empty thread list,
    # "Post a new comment", the guest fields, the box to write in, "Comments by IntenseDebate") + div#idc-noscript (hidden)
    html = page(STORY + """
<div id="comments"><div id="idc-container-parent"><div id="idc-container"><div id="IDCommentsHead" class="idc-head"><h3><span
 class="idc-head-title">0 comments</span></h3></div><div id="IDThreadsList" class="idc-thread-list"><div class="idc-thread-empty">&nbsp;</div></div>
<div id="IDCommentsNewThreadCover" class="idc-new"><h3 class="idc-new-title">Post a new comment</h3><div class="idc-login"><span
 class="idc-login-lbl">Comment as a Guest, or login:</span> <a class="idc-btn" href="javascript:void(0)"><span>Login to IntenseDebate</span></a></div>
<table class="idc-table"><tr><td><label>Name</label></td><td><label>Email</label></td></tr><tr><td>Displayed next to your comments.</td>
<td>Not displayed publicly.</td></tr></table><div class="idc-textarea-wrap"><textarea class="idc-textarea" rows="6"></textarea></div>
<label class="idc-chk"><input type="checkbox" checked> Subscribe to None / Replies / All new comments</label></div>
<div id="IDCommentsFooter" class="idc-foot"><span class="idc-foot-by">Comments by <a href="http://intensedebate.com/">IntenseDebate</a></span></div></div></div>
<div id="idc-noscript" style="display:none;"><h3 id="respond">Leave a Reply</h3><form action="/wp-comments-post.php" method="post">
<p><input type="text" name="author"> <label><small>Name (required)</small></label></p><p><textarea name="comment"></textarea></p></form></div></div>""")
    result = segment(html)
    assert result.comments == []
    article_ok(result)


@pytest.mark.parametrize("nested", [True, False])
def test_a_reply_to_a_comment_taken_down_answers_none_of_the_comments_shown(nested):
    # WordPress (replies nested in ul.children, depth-N classes) or Disqus's old flat list (depth by margin-left only):
    # the second comment was deleted, and the reply under it must not be hung on the first
    def item(i, name, text, depth, inner=""):
        style = f' style="margin-left:{30 * (depth - 1)}px"' if not nested else ""
        body = f'<div class="comment-author vcard"><cite class="fn">{name}</cite></div><p>{text}</p>' if name else "<p>This comment was deleted.</p>"
        depth_class = f" depth-{depth}" if nested else ""
        return f'<li class="comment{depth_class}" id="comment-{i}"{style}><div class="comment-body">{body}</div>{inner}</li>'
    readers = [("Hannah Cole", "The seed bank is the best thing our library has done in years, thank you."),
               ("Tomasz", "Will they take back seeds from hybrid tomatoes, or only heirloom varieties?")]
    reply = item(3, "Rebecca", "Whatever the person above said, transit is no option for my father.", 2)
    comments = (item(1, *readers[0], 1) + item(2, None, None, 1, f'<ul class="children">{reply}</ul>' if nested else "")
                + ("" if nested else reply) + item(4, *readers[1], 1))
    result = segment(page(STORY + f'<ol class="commentlist">{comments}</ol>'))
    assert [(c.author, c.parent) for c in result.comments] == [(readers[0][0], None), ("Rebecca", None), (readers[1][0], None)]


def test_comments_whose_names_alternate_odd_and_even_are_one_thread():
    # JomComment (Joomla): div.comment_odd#pc_N and div.comment_even#pc_N by turns, each with "written by NAME, TIME"
    def item(i, name, text):
        return (f'<div class="comment_{"odd" if i % 2 == 0 else "even"}" id="pc_4182{i}"><div class="comment-info"><span class="jc-written">'
                f'written by</span> <span class="comment-author">{name}</span>, <span class="comment-date">{i + 1} days ago</span></div>'
                f'<div class="comment-text">{text}</div></div>')
    readers = [(f"reader{i}", f"This is reader number {i}, who thinks the settlers deserve to read the agreement first.") for i in range(4)]
    result = segment(page(STORY + '<div id="jc"><div id="comments">' + "".join(item(i, *r) for i, r in enumerate(readers)) + "</div></div>"))
    assert [(c.author, c.text) for c in result.comments] == readers


def test_a_posts_header_and_member_box_stay_out_of_its_text_where_a_block_is_named_as_its_text():
    # Topix's embedded forum: the name, the town and the date over a member box, then div.tpx_posttext
    posts = "".join(f'<div class="tpx_post" id="tpxpost_{i}"><table><tr><td class="tpx_postnum">#{i}</td><td>'
                    f'<div class="tpx_postinfo"><span class="tpx_author"><a href="/member/{i}">reader{i}</a></span> '
                    f'<span class="tpx_loc">Pikeville, KY</span> <span class="tpx_date">Mar 21, 2012</span></div>'
                    f'<div class="tpx_memberinfo">Since: Jun 10 2011 &middot; 4{i} Posts</div>'
                    f'<div class="tpx_posttext"><div>Comment number {i} says the seed bank is a fine idea for the valley.</div></div>'
                    f'<div class="tpx_postactions"><a href="#">Reply &raquo;</a> | <a href="#">Quote</a> | <a href="#">Report Abuse</a></div>'
                    f'</td></tr></table></div>' for i in range(1, 4))
    result = segment(page(STORY + f'<div id="tpx_comments"><div class="tpx_posts">{posts}</div></div>'))
    assert [c.text for c in result.comments] == [f"Comment number {i} says the seed bank is a fine idea for the valley." for i in range(1, 4)]
    assert [c.author for c in result.comments] == ["reader1", "reader2", "reader3"]


@pytest.mark.parametrize("note", ["Showing 0 of 0", "Commenting on this post has been closed by the group administrator."])
def test_an_empty_threads_note_is_no_comment(note):
    result = segment(page(STORY + f'<section id="comments" class="comment-wrapper"><p class="comments-closed">{note}</p></section>'))
    assert result.comments == []
    article_ok(result)


def test_an_empty_widgets_count_of_none_shown_is_no_comment():
    html = page(STORY + '<div id="comments" class="comments-box"><h3>Comments</h3><div class="comments-count">Showing 0 of 0</div>'
                        '<div class="no-comments">Be the first to comment on this story.</div><div class="comment-form"><h4>Add a comment</h4>'
                        '<div class="fb-login"><a href="#">Login with Facebook</a> or <a href="/users/login">log in</a> to post.</div></div></div>')
    result = segment(html)
    assert result.comments == []
    article_ok(result)


def test_an_empty_drupal_thread_with_its_reply_form_is_no_comment():
    # (Drupal 7's section#comments.comment-wrapper holds only its count, a note and the reply form, whose "Your name *"
    # label reads like a commenter's name)
    form = ('<form class="comment-form" id="comment-form" action="/comment/reply/4417" method="post">'
            '<div class="form-item form-item-name"><label for="edit-name">Your name <span class="form-required">*</span></label>'
            '<input type="text" id="edit-name" name="name"/></div><div class="form-item form-item-mail"><label for="edit-mail">E-mail '
            '<span class="form-required">*</span></label><input type="text" id="edit-mail" name="mail"/>'
            '<div class="description">The content of this field is kept private and will not be shown publicly.</div></div>'
            '<div class="form-item"><label>Comment <span class="form-required">*</span></label><textarea name="comment_body"></textarea></div>'
            '<fieldset class="captcha"><legend>CAPTCHA</legend><div class="fieldset-description">This question is for testing whether '
            'or not you are a human visitor and to prevent automated spam submissions.</div></fieldset>'
            '<input type="submit" value="Save"/></form>')
    html = page(STORY + '<section id="comments" class="comment-wrapper"><h2 class="comment-title">Comments <span>(0)</span></h2>'
                        f'<p class="no-comments">Be the first to tell us how your cakes turned out.</p><h2>Add new comment</h2>{form}</section>')
    result = segment(html)
    assert result.comments == []
    article_ok(result)
