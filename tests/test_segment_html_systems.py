"""HTML pages: the static markup of widely deployed comment systems and forum software, written here
from each system's public templates (IntenseDebate, Livefyre, Echo, the Facebook comments plugin,
Disqus, Blogger, Drupal 7 and 8+, Movable Type, LiveJournal, phpBB, vBulletin, XenForo, Remark42, old
and new Reddit, Hacker News, Commento, Coral, utterances, the HTML standard's own comment markup, and a
CSS-in-JS page named by test ids). Each thread has two comments with known authors and texts, beside
the seed-bank story."""

import pytest

from moderator.segment import segment
from segment_pages import STORY, article_ok, page

READERS = [("Hannah Cole", "The seed bank is the best thing our library has done in years, thank you."),
           ("Tomasz", "Will they take back seeds from hybrid tomatoes, or only heirloom varieties?")]
# a reply to the first reader
ANSWER = ("Mark Saunders", "Denise, the teachers are working the same hours, the days are just longer.")


def _check(html: str, with_author: bool = True) -> None:
    result = segment(page(STORY + html))
    assert [c.text for c in result.comments] == [text for _, text in READERS]
    if with_author:
        assert [c.author for c in result.comments] == [name for name, _ in READERS]
    article_ok(result)
    assert "best thing our library" not in result.article.text


def _check_timed(html: str, times: list[str]) -> None:
    """The readers' comments, each with its author and the time the page gives it (and nothing else as a comment)."""
    result = segment(page(STORY + html))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, time, text) for (name, text), time in zip(READERS, times)]


def test_intensedebate():
    comments = "".join(f"""
<div id="IDComment{i}" class="idc-thread"><div class="idc-c idc-c-t">
 <div class="idc-c-h"><a class="idc-avatar" href="#"><img src="a.png" alt=""></a>
  <span class="idc-i"><a class="idc-u" href="/people/{i}">{name}</a>
  <span class="idc-time"><a href="#IDComment{i}">{i + 2} hours ago</a></span></span></div>
 <div class="idc-c-b"><div class="idc-c-t-inner"><span id="IDComment-{i}-text">{text}</span></div></div>
 <div class="idc-v"><a class="idc-btn_s" href="#"><span>Reply</span></a> <span class="idc-points">+1</span></div>
</div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="idc-container-parent"><div id="idc-container"><div id="IDCommentsHead">
<h3>2 comments</h3></div><div id="IDThread">{comments}</div>
<div id="IDCommentsNewThreadCover"><textarea id="txtComment"></textarea></div></div></div>""")


def test_livefyre():
    comments = "".join(f"""
<article class="fyre-comment-article fyre-comment-source-0" id="fyre-message-{i}" itemscope itemtype="http://schema.org/Comment">
 <header class="fyre-comment-head"><a class="fyre-user-profile-link"><img class="fyre-user-avatar" src="a.png"></a>
  <span class="fyre-comment-username" itemprop="author"><span>{name}</span></span>
  <time class="fyre-comment-date" datetime="2012-11-0{i + 1}T10:00:00Z">November {i + 1}, 2012</time></header>
 <section class="fyre-comment-wrapper"><div class="fyre-comment" itemprop="text"><p>{text}</p></div></section>
 <footer class="fyre-comment-footer"><a class="fyre-comment-like-btn">Like</a> <a class="fyre-comment-reply">Reply</a></footer>
</article>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="livefyre"><div class="fyre"><div class="fyre-stream-header">2 Comments</div>
<div class="fyre-stream-content">{comments}</div></div></div>""")


@pytest.mark.parametrize("source", ["", '<div class="echo-item-from">from web</div>', '<div class="echo-item-from">from <a href="#">Comments</a></div>',
                                    '<div class="echo-item-from">&nbsp;from <a href="http://www.hearthtv.com">hearthtv.com</a></div>',
                                    # (a site's name: the block's name says what it is)
                                    '<div class="echo-item-from">from FOX Sports</div>',
                                    '<div class="echo-item-from">from <a href="http://news.discovery.com/">Discovery News</a></div>'
                                    '<div class="echo-item-via">via Facebook</div>'])
def test_echo_stream(source):
    # (under each item the source it came from, "from web", and who liked it: neither is the reader's text)
    comments = "".join(f"""
<div class="echo-item-content"><div class="echo-item-container echo-item-container-root">
 <div class="echo-item-avatar"><img src="a.png"></div>
 <div class="echo-item-wrapper"><div class="echo-item-subwrapper">
  <div class="echo-item-authorName">{name}</div>
  <div class="echo-item-body"><span class="echo-item-text">{text}</span></div>
  <div class="echo-item-footer"><span class="echo-item-date">{i + 3} hours ago</span>{source}
   <a class="echo-item-control">Reply</a> <a class="echo-item-control">Like</a></div>
  <div class="echo-item-likes"><span class="echo-item-likes-avatars"></span>{"Jenny Ortiz and 3 others like this." if i else "3 people like this"}</div>
 </div></div></div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="echo-stream"><div class="echo-stream-header">Comments</div>
<div class="echo-stream-body">{comments}</div></div>""")


def test_facebook_comments_plugin():
    comments = "".join(f"""
<li class="fbFeedbackPost fbFirstPartyPost uiListItem fbTopLevelComment uiListVerticalItemBorder" id="fbc_{i}">
 <div class="UIImageBlock clearfix"><a class="postImage UIImageBlock_Image" href="#"><img class="img" src="a.png"></a>
 <div class="UIImageBlock_Content"><div class="postContainer fsl fwb fcb">
  <a class="profileName" href="https://www.facebook.com/{i}">{name}</a>
  <div class="postText">{text}</div>
  <div class="action_links fsm fwn fcg"><a class="fbUpDownVoteOption">Reply</a> · <a>Like</a> ·
   <abbr class="timestamp" title="Wednesday, October 31, 2012 at 3:0{i}pm">October 31 at 3:0{i}pm</abbr></div>
 </div></div></div></li>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="fb-comments"><div class="fbFeedbackContent"><div class="fbFeedbackPager"></div>
<ul class="uiList fbFeedbackPosts">{comments}</ul></div></div>""")


@pytest.mark.parametrize("address", ["", "http://twitter.com/reader{i}", "http://www.reader{i}.blogspot.com"])
def test_disqus_static_markup(address):
    """The WordPress plugin prints a commenter's profile address as text before the name: not the author."""
    comments = "".join(f"""
<li class="dsq-comment" id="dsq-comment-{i}"><div id="dsq-comment-header-{i}" class="dsq-comment-header">
 <cite id="dsq-cite-{i}">{address.format(i=i)}
   <span id="dsq-author-user-{i}">{name}</span></cite></div>
 <div id="dsq-comment-body-{i}" class="dsq-comment-body"><div id="dsq-comment-message-{i}" class="dsq-comment-message">{text}</div></div>
</li>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">{comments}</ul></div></div>""")


def test_drupal_comment_template():
    comments = "".join(f"""
<a id="comment-{40 + i}"></a>
<div class="comment comment-by-anonymous clearfix{' odd' if i else ' even'}">
 <div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span class="username">{name}</span></p>
  <p class="comment-time">Fri, 11/09/2012 - 17:1{i}</p></div></div>
 <div class="comment-text"><h3><a href="/comment/{40 + i}#comment-{40 + i}" class="permalink">{text[:20]}</a></h3>
  <div class="content"><div class="field field-name-comment-body"><p>{text}</p></div></div></div>
 <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/7/{40 + i}">reply</a></li></ul>
</div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<section id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
{comments}</section>"""))
    # Drupal repeats the comment's first words as its title link; the title belongs to the comment.
    assert [c.author for c in result.comments] == [name for name, _ in READERS]
    assert all(c.text.endswith(text) for c, (_, text) in zip(result.comments, READERS))
    article_ok(result)


def test_movable_type_comments():
    comments = "".join(f"""
<div class="comment" id="comment-{i}"><div class="inner">
 <div class="comment-header"><div class="asset-meta"><span class="byline">
  <span class="vcard author">{name}</span> replied to <a href="#">comment from Anna</a>
  <span class="separator">|</span> <a href="#comment-{i}"><abbr class="published" title="2012-11-08T14:37:00-05:00">November 8, 2012 2:37 PM</abbr></a>
  <span class="separator">|</span> <a class="comment-reply-link" href="#">Reply</a></span></div></div>
 <div class="comment-content"><p>{text}</p></div>
</div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="comments" class="comments"><h2 class="comments-header">2 Comments</h2>
<div class="comments-content">{comments}</div></div>""")


def test_livejournal_comments():
    comments = "".join(f"""
<div id="ljcmt{100 + i}" style="margin-left: 0px;"><a name="t{100 + i}"></a>
<div class="comment-wrap"><div class="comment-head"><div class="comment-head-in">
 <span class="ljuser"><a href="https://{name.split()[0].lower()}.livejournal.com/"><b>{name}</b></a></span>
 <span class="comment-datetimelink"><a href="?thread={100 + i}#t{100 + i}"><span>2012-11-0{i + 1} 09:1{i} am</span></a></span></div></div>
 <div class="comment-text">{text}</div>
 <div class="comment-menu"><a href="?replyto={100 + i}">Reply</a> <a href="?thread={100 + i}">Thread</a></div>
</div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="comments"><div class="b-leaf-comments">{comments}</div></div>""")


def test_phpbb_posts():
    posts = "".join(f"""
<div id="p{500 + i}" class="post bg{2 - i}"><div class="inner">
 <div class="postbody"><h3><a href="#p{500 + i}">Re: Seed bank</a></h3>
  <p class="author"><a href="./viewtopic.php?p={500 + i}#p{500 + i}"><img src="icon_post_target.gif" alt="Post"></a>by
   <strong><a href="./memberlist.php?mode=viewprofile&amp;u={i}">{name}</a></strong> &raquo; Mon Nov 12, 2012 3:1{i} pm</p>
  <div class="content">{text}</div>
 </div>
 <dl class="postprofile" id="profile{500 + i}"><dt><a href="./memberlist.php?u={i}">{name}</a></dt>
  <dd><strong>Posts:</strong> 12{i}</dd><dd><strong>Joined:</strong> Tue Mar 02, 2010 8:4{i} pm</dd></dl>
 <div class="back2top"><a href="#wrap" class="top" title="Top">Top</a></div>
</div></div><hr class="divider">""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="page-body"><h2><a href="./viewtopic.php?t=9">Seed bank</a></h2>{posts}</div>""")


def test_vbulletin_posts():
    posts = "".join(f"""
<li class="postbitlegacy postbitim postcontainer old" id="post_{700 + i}">
 <div class="posthead"><span class="postdate old"><span class="date">11-12-2012,&nbsp;<span class="time">03:1{i} PM</span></span></span>
  <span class="nodecontrols"><a name="post{700 + i}" href="#post{700 + i}" class="postcounter">#{i + 1}</a></span></div>
 <div class="postdetails"><div class="userinfo"><div class="username_container">
  <a class="username offline popupctrl" href="member.php?u={i}"><strong>{name}</strong></a></div>
  <span class="usertitle">Junior Member</span></div>
 <div class="postbody"><div class="postrow"><div class="content"><div id="post_message_{700 + i}">
  <blockquote class="postcontent restore">{text}</blockquote></div></div></div></div></div>
 <div class="postfoot"><div class="textcontrols floatcontainer"><a class="newreply" href="#">Reply With Quote</a></div></div>
</li>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="postlist" class="postlist restrain"><ol id="posts" class="posts">{posts}</ol></div>""")


def test_xenforo_messages():
    posts = "".join(f"""
<li id="post-{900 + i}" class="message" data-author="{name}">
 <div class="messageUserInfo"><div class="messageUserBlock"><h3 class="userText">
  <a href="members/{i}/" class="username">{name}</a><em class="userTitle">New Member</em></h3></div></div>
 <div class="messageInfo primaryContent"><div class="messageContent"><article>
  <blockquote class="messageText ugc baseHtml">{text}</blockquote></article></div>
  <div class="messageMeta ToggleTriggerAnchor"><div class="privateControls">
   <span class="item muted"><a href="members/{i}/" class="username author">{name}</a>,
   <a href="posts/{900 + i}/" class="datePermalink"><span class="DateTime">Nov 12, 2012</span></a></span></div>
   <div class="publicControls"><a href="posts/{900 + i}/like" class="LikeLink item control like">Like</a>
   <a href="threads/x/reply" class="ReplyQuote item control reply">Reply</a></div></div>
 </div></li>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="pageContent"><h1>Seed bank</h1><form action="inline-mod" method="post">
<ol class="messageList" id="messageList">{posts}</ol></form></div>""")


def _smf_topic(posts: list[tuple[str, str]]) -> str:
    """SMF 2.0's topic display: each post a div.post_wrapper of the poster's box, the subject with "Reply #N
    on: <date>", the text in div.inner#msg_N, then "Report to moderator · Logged" (div.reportlinks) and the signature."""
    return '<div id="forumposts"><form id="quickModForm">' + "".join(f"""
<div class="windowbg{2 if i % 2 else ''}"><span class="topslice"><span></span></span><div class="post_wrapper">
 <div class="poster"><h4><a href="index.php?action=profile;u={i}" title="View the profile of {name}">{name}</a></h4>
  <ul class="reset smalltext" id="msg_{300 + i}_extra_info"><li class="membergroup">Member</li><li class="postcount">Posts: 4{i}</li></ul></div>
 <div class="postarea"><div class="flow_hidden"><div class="keyinfo">
  <h5 id="subject_{300 + i}"><a href="index.php?topic=14.msg{300 + i}#msg{300 + i}">{'Re: ' if i else ''}Seed bank</a></h5>
  <div class="smalltext">&#171; <strong>{f'Reply #{i} ' if i else ''}on:</strong> June 2{i}, 2024, 08:4{i}:17 PM &#187;</div></div></div>
  <div class="post"><div class="inner" id="msg_{300 + i}">{text}</div></div></div>
 <div class="moderatorbar"><div class="smalltext modified" id="modified_{300 + i}"></div>
  <div class="smalltext reportlinks"><a href="index.php?action=reporttm;topic=14.0;msg={300 + i}">Report to moderator</a> &nbsp;<img src="ip.gif" alt="" /> Logged</div>
  <div class="signature" id="msg_{300 + i}_signature">{name}, seed bank volunteer</div></div>
</div><span class="botslice"><span></span></span></div><hr class="post_separator" />""" for i, (name, text) in enumerate(posts)) + "</form></div>"


def test_smf_posts_under_a_story():
    result = segment(page(STORY + _smf_topic(READERS)))
    # the poster's signature is theirs too, shown under each post: kept as the text's last line, and moderated with it
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"June 2{i}, 2024, 08:4{i}:17 PM", f"{text}\n{name}, seed bank volunteer") for i, (name, text) in enumerate(READERS)]
    assert all("Seed bank" not in c.text for c in result.comments)
    article_ok(result)


def test_smf_topic_that_is_the_page_has_its_opening_post_for_article():
    # A club's report posted to its board and shown as the page: the first post is the story the members'
    # replies answer. SMF quotes a post as div.quoteheader "Quote from: X on <date>" + blockquote.
    story = "".join(f"<p>{p}</p>" for p in STORY.split("<p>")[1:]).replace("</div>", "")
    quote = ('<div class="quoteheader"><div class="topslice_quote"><a href="index.php?topic=14.msg301#msg301">'
             'Quote from: Tomasz on June 21, 2024, 08:41:17 PM</a></div></div><blockquote class="bbc_standard_quote">'
             'Will they take back seeds from hybrid tomatoes?<br /></blockquote><div class="quotefooter"></div>'
             "Only heirlooms: hybrids do not come true from seed.")
    result = segment(page(_smf_topic([("Ana Ortiz", story), *READERS, ("Ana Ortiz", quote)])))
    article_ok(result)
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        *((name, f"{text}\n{name}, seed bank volunteer", None) for name, text in READERS),
        ("Ana Ortiz", "Only heirlooms: hybrids do not come true from seed.\nAna Ortiz, seed bank volunteer", 1)]


def _mybb_thread(posts: list[tuple[str, str]]) -> str:
    """MyBB 1.8's showthread: div.post#post_N with the poster's box (statistics with the date they joined) and
    div.post_body; the post's date dashed in span.post_date."""
    return '<div id="posts">' + "".join(f"""<a name="pid{400 + i}" id="pid{400 + i}"></a>
<div class="post classic " id="post_{400 + i}"><div class="post_author scaleimages">
 <div class="author_information"><strong><span class="largetext"><a href="member.php?action=profile&amp;uid={i}">{name}</a></span></strong><br />
  <span class="smalltext">Member<br /></span></div>
 <div class="author_statistics">Posts: 2{i}<br />Threads: {i}<br />Joined: Nov 2008<br /></div></div>
<div class="post_content"><div class="post_head"><div class="float_right"><strong><a href="showthread.php?tid=9&amp;pid={400 + i}#pid{400 + i}">#{i + 1}</a></strong></div>
 <span class="post_date">04-1{i}-2024, 07:4{i} PM <span class="post_edit" id="edited_by_{400 + i}"></span></span></div>
 <div class="post_body scaleimages" id="pid_{400 + i}">{text}</div></div>
<div class="post_controls"><div class="postbit_buttons author_buttons float_left"><a href="private.php?action=send&amp;uid={i}">PM</a>
 <a href="search.php?action=finduser&amp;uid={i}">Find</a></div><div class="postbit_buttons post_management_buttons float_right">
 <a href="newreply.php?tid=9&amp;replyto={400 + i}">Reply</a></div></div></div>""" for i, (name, text) in enumerate(posts)) + "</div>"


def test_mybb_posts_with_their_dashed_dates_not_the_date_the_poster_joined():
    _check(_mybb_thread(READERS))
    result = segment(page(STORY + _mybb_thread(READERS)))
    assert [c.time for c in result.comments] == ["04-10-2024, 07:40 PM", "04-11-2024, 07:41 PM"]


def test_a_topics_opening_post_marked_as_such_is_the_article_whatever_the_extractor_reads():
    # NodeBB's topic page: every post an li[component=post] (schema.org Comment), the first one classed
    # topic-main-post: with no other story on the page it is the story, even where the article extractor
    # passes over it. (The avatar's div.bg-body is Bootstrap's colour, not the post's body.)
    def post(i, name, text, main=False):
        return f"""<li component="post" class="pt-4{' topic-main-post' if main else ''}" data-index="{i}" data-username="{name}"
 itemscope itemtype="http://schema.org/Comment"><div class="d-flex"><div class="bg-body d-none d-sm-block rounded-circle">
 <a href="/user/{name}"><span title="{name}" class="avatar">{name[0]}</span><span component="user/status" class="status offline">
 <span class="visually-hidden">Offline</span></span></a></div><div class="post-container">
 <div class="post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{name}">
 <a class="fw-bold" href="/user/{name}">{name}</a> <span class="text-muted">wrote</span>
 <a href="/post/{i}" class="timeago text-muted" title="2024-03-12T10:00:00.000Z">{4 - i} days ago</a></div>
 <div class="content" component="post/content" itemprop="text">{text}</div></div></div></li>"""
    story = "".join(f"<p>{p}</p>" for p in STORY.split("<p>")[1:]).replace("</div>", "")
    html = page('<nav><a href="/">Home</a> <a href="/recent">Recent</a></nav><h1 component="topic/title">Seed bank</h1>'
                '<ul component="topic" class="posts timeline">' + post(0, "Ana_O", story, main=True)
                + "".join(post(i + 1, name, f"<p>{text}</p>") for i, (name, text) in enumerate(READERS)) + "</ul>")
    result = segment(html)
    article_ok(result)
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_a_vanilla_discussion_keeps_its_opening_post_for_article():
    # Vanilla Forums names the opening post's own block "Discussion", as threads' containers are named:
    # a block holding a story of paragraphs is not an empty thread to clear away.
    story = "".join(f"<p>{p}</p>" for p in STORY.split("<p>")[1:]).replace("</div>", "") + (
        "<p>Volunteers will run the seed bank on Saturday mornings, sorting returned packets by variety and year,"
        " and the library will publish a list of what is available on its website every month.</p>")
    comments = "".join(f"""<li class="Item ItemComment" id="Comment_{70 + i}"><div class="Comment"><div class="Item-Header CommentHeader">
 <div class="AuthorWrap"><span class="Author"><a href="/profile/{name}" class="Username js-userCard">{name}</a></span></div>
 <div class="Meta CommentMeta"><span class="MItem DateCreated"><time datetime="2024-03-12T10:0{i}:00+00:00">March 12</time></span></div></div>
 <div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent"><p>{text}</p></div></div></div></div></li>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(f"""<main class="Content MainContent"><div class="MessageList Discussion">
<div class="PageTitle"><h1>Library opens a seed bank for local gardeners</h1></div>
<div id="Item_0" class="Item ItemDiscussion"><div class="Discussion"><div class="Item-Header DiscussionHeader">
<span class="Author"><a href="/profile/Ana" class="Username">Ana</a></span><time datetime="2024-03-11T15:00:00+00:00">March 11</time></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{story}</div></div></div></div></div></div>
<div class="CommentsWrap"><h2 class="CommentHeading">Comments</h2><ul class="MessageList DataList Comments">{comments}</ul></div></main>"""))
    article_ok(result)
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_flarum_post_number_one_is_the_article_and_names_are_read_without_the_avatars_letter():
    def post(number, name, body):
        return f"""<div class="PostStream-item" data-index="{number - 1}" data-number="{number}" data-type="comment">
<article class="Post CommentPost"><div><header class="Post-header"><ul><li class="item-user"><div class="PostUser">
<h3 class="PostUser-name"><a href="/u/{name}"><span class="Avatar PostUser-avatar">{name[0]}</span><span class="username">{name}</span></a></h3></div></li>
<li class="item-meta"><div class="Dropdown PostMeta"><a class="Dropdown-toggle"><span class="PostMeta-number">#{number}</span>
<time datetime="2024-03-0{number}T11:22:01+00:00">Mar {number}</time></a></div></li></ul></header>
<div class="Post-body">{body}</div></div></article></div>"""
    story = "".join(f"<p>{p}</p>" for p in STORY.split("<p>")[1:]).replace("</div>", "")
    result = segment(page('<header class="Hero DiscussionHero"><h1 class="DiscussionHero-title">Seed bank</h1></header>'
                          '<div class="PostStream" role="feed">' + post(1, "Ana", story)
                          + "".join(post(i + 2, name, f"<p>{text}</p>") for i, (name, text) in enumerate(READERS)) + "</div>"))
    article_ok(result)
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_an_issue_trackers_first_comment_is_the_article_and_hidden_copies_are_read_once():
    # Gitea's issue page: the issue body is the timeline's first comment (div.timeline-item.comment.first);
    # each comment keeps its markdown in a hidden div.raw-content beside the rendered text.
    def comment(i, name, html, raw, first=False):
        return f"""<div class="timeline-item comment{' first' if first else ''}" id="issuecomment-{i}">
<a class="timeline-avatar" href="/{name}"><img class="ui avatar" src="/a.png" title="{name}"></a><div class="content comment-container">
<div class="ui top attached header comment-header"><span class="text grey"><a class="author" href="/{name}">{name}</a> commented
<a class="time" href="#issuecomment-{i}"><relative-time datetime="2024-02-0{i}T09:41:12Z">2024-02-0{i} 09:41:12 +00:00</relative-time></a></span></div>
<div class="ui attached segment comment-body" role="article"><div class="render-content markup">{html}</div>
<div class="raw-content gt-hidden">{raw}</div></div></div></div>"""
    paragraphs = STORY.split("<p>")[1:]
    story = "".join(f"<p>{p}</p>" for p in paragraphs).replace("</div>", "")
    raw = " ".join(p.split("</p>")[0] for p in paragraphs)
    result = segment(page('<div class="issue-title-header"><h1><span id="issue-title">Seed bank</span></h1></div><div class="ui timeline">'
                          + comment(1, "ana", story, raw, first=True)
                          + "".join(comment(i + 2, name, f"<p>{text}</p>", text) for i, (name, text) in enumerate(READERS))
                          + "</div>"))
    article_ok(result)
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_fluxbb_posts_with_the_posters_box_beside_the_message_and_a_quote_naming_another():
    def post(number, name, text):
        return f"""<div id="p{number}" class="blockpost roweven"><h2><span><span class="conr">#{number - 40}</span>
<a href="viewtopic.php?pid={number}#p{number}">2024-05-02 19:{number}:13</a></span></h2><div class="box"><div class="inbox"><div class="postbody">
<div class="postleft"><dl><dt><strong><a href="profile.php?id={number}">{name}</a></strong></dt><dd class="usertitle"><strong>Member</strong></dd>
<dd><span>Registered: 2019-08-14</span></dd><dd><span>Posts: 612</span></dd></dl></div>
<div class="postright"><h3>Re: Seed bank</h3><div class="postmsg">{text}</div></div></div></div>
<div class="inbox"><div class="postfoot clearb"><div class="postfootleft"><p><span>Online</span></p></div>
<div class="postfootright"><ul><li class="postquote"><span><a href="post.php?tid=9&amp;qid={number}">Quote</a></span></li></ul></div></div></div></div></div>"""
    quote = (f'<div class="quotebox"><cite>{READERS[1][0]} wrote:</cite><blockquote><div><p>Will they take back seeds?</p>'
             "</div></blockquote></div><p>Only heirlooms, hybrids do not come true.</p>")
    result = segment(page(STORY + '<div id="brdmain">' + post(41, *READERS[0]).replace(READERS[0][1], f"<p>{READERS[0][1]}</p>")
                          + post(42, READERS[1][0], f"<p>{READERS[1][1]}</p>") + post(43, "Ana", quote) + "</div>"))
    article_ok(result)
    assert [(c.author, c.text, c.time, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], "2024-05-02 19:41:13", None), (READERS[1][0], READERS[1][1], "2024-05-02 19:42:13", None),
        ("Ana", "Only heirlooms, hybrids do not come true.", "2024-05-02 19:43:13", 1)]


def test_fastcomments_replies_nested_in_their_comments_with_hashed_ids():
    # FastComments: div.comment.root-comment#comment-<hash>, its replies div.comment.reply#comment-<hash> in
    # its div.replies. Told apart by class and nested, they are one thread by their ids' pattern.
    def comment(cid, name, text, kind, replies=""):
        return f"""<div class="comment {kind}" id="comment-{cid}" data-id="{cid}"><div class="comment-content"><div class="comment-main">
<div class="comment-header"><div class="commenter-name"><span class="username">{name}</span></div>
<a class="comment-date" href="#comment-{cid}">3 days ago</a></div><div class="comment-text"><p>{text}</p></div>
<div class="toolbar"><div class="reply-button" role="button">Reply</div></div></div></div>
<div class="replies">{replies}</div></div>"""
    reply = comment("kxa821r0", "Ana", "Yes, hybrids too, labelled as such.", "reply")
    thread = (comment("kxa821", READERS[0][0], READERS[0][1], "root-comment")
              + comment("kxb377", READERS[1][0], READERS[1][1], "root-comment", reply))
    result = segment(page(STORY + f'<div id="fastcomments-widget"><div class="fast-comments"><div class="comments">{thread}</div></div></div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], None), ("Ana", "Yes, hybrids too, labelled as such.", 1)]


def test_a_discuz_topic_in_chinese_has_its_first_floor_for_article():
    # Discuz! names each floor only by id (div#post_N > table#pidN), its text td.t_f#postmessage_N; its
    # quotes link the quoted floor and write "X 发表于 <date>". Chinese writes no spaces between words,
    # so a first floor of a few "words" by whitespace is a long story all the same.
    story = "<br />".join(["记者从市图书馆获悉，图书馆本周六开设了种子银行，居民可以借阅番茄、豆类和南瓜的种子，并在季末归还自己收获的种子。",
                           "图书馆员表示，第一周就有两百多人登记，随着园丁们带回适应山谷短暂夏季的种子，收藏将不断增加。",
                           "该项目花费四千美元，大部分用于抽屉、信封和一个捐赠的柜子。"])

    def floor(pid, name, text):
        return f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin"><tr><td class="pls"><div class="pi"><div class="authi">
<a href="home.php?mod=space&amp;uid={pid}" class="xw1">{name}</a></div></div><dl class="pil cl"><dt>积分</dt><dd>482</dd></dl></td>
<td class="plc"><div class="pi"><div class="authi"><em id="authorposton{pid}">发表于 2024-3-12 09:15:22</em></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr></table></div></div></div>
</td></tr></table></div>"""
    quote = ('<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid=702&amp;ptid=9">'
             '<font color="#999999">小林 发表于 2024-3-12 10:05</font></a></font><br />柜子是谁捐的？</blockquote></div>是老馆长捐的。')
    result = segment(page('<div id="postlist">' + floor(701, "编辑", story) + floor(702, "小林", "柜子是谁捐的？我也想捐一些种子。")
                          + floor(703, "阿杰", quote) + "</div>", title="种子银行"))
    assert "种子银行" in result.article.text and "捐赠的柜子" in result.article.text
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        ("小林", "柜子是谁捐的？我也想捐一些种子。", None), ("阿杰", "是老馆长捐的。", 0)]


def test_waline_cards_inside_a_wrapper_named_as_one_comment():
    # Waline's thread: div.comment-wrap (a name themes give one comment) around div.wl-cards, whose
    # div.wl-card-item are the comments, each with its a.wl-nick, replies nested in div.wl-quote.
    def card(cid, name, text, replies=""):
        return f"""<div class="wl-card-item" id="{cid}"><div class="wl-user"><img class="wl-user-avatar" src="a.png"></div>
<div class="wl-card"><div class="wl-head"><a class="wl-nick">{name}</a><span class="wl-time">3 days ago</span>
<div class="wl-comment-actions"><button type="button" class="wl-like">3</button><button type="button" class="wl-reply">Reply</button></div></div>
<div class="wl-content"><p>{text}</p></div>{f'<div class="wl-quote">{replies}</div>' if replies else ''}</div></div>"""
    cards = card("1000", READERS[0][0], READERS[0][1], card("1001", "Ana", "Thank you, that is kind.")) + card("1002", *READERS[1])
    result = segment(page(STORY + f"""<div class="comment-wrap"><div id="waline-wrap" data-waline><div class="wl-panel">
<form><textarea class="wl-editor" placeholder="Comment here"></textarea><button class="wl-btn">Submit</button></form></div>
<div class="wl-meta-head"><div class="wl-count"><span>3</span> comments</div></div><div class="wl-cards">{cards}</div></div></div>"""))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), ("Ana", "Thank you, that is kind.", 0), (READERS[1][0], READERS[1][1], None)]


@pytest.mark.parametrize("word, author, date, text", [("komentarz", "autor", "data", "tresc"),  # Polish
                                                      ("commento", "autore", "data", "testo"),  # Italian
                                                      ("glbComentarios", "nome-usuario", "data", "texto")])  # Brazilian
def test_threads_named_in_the_sites_own_language(word, author, date, text):
    sep = "-" if word.startswith("glb") else "__"
    items = "".join(f"""<li class="{word}"><div class="{word}{sep}{author}">{name}</div>
<time class="{word}{sep}{date}" datetime="2024-07-09T1{i}:00:00+02:00">2 godz. temu</time>
<div class="{word}{sep}{text}"><p>{body}</p></div></li>""" for i, (name, body) in enumerate(READERS))
    result = segment(page(STORY + f'<section id="{word}-sekcja"><h2>{word}</h2><ul class="{word}-lista">{items}</ul></section>'))
    assert [(c.author, c.text) for c in result.comments] == READERS
    article_ok(result)


def test_punbb_posts_numbered_on_their_head_and_not_dated_by_registration():
    # PunBB 1.4 puts the post's number on its head (div.post > div.posthead#p5121) beside div.postbody, and
    # the poster's box says when they registered: that date is not the comment's time.
    posts = "".join(f"""<div class="post {'odd' if i % 2 else 'even'} replypost"><div id="p{5120 + i}" class="posthead">
<h3 class="hn post-ident"><span class="post-num">{i + 2}</span> <span class="post-byline"><span>Reply by </span><strong>{name}</strong></span></h3></div>
<div class="postbody"><div class="post-author"><ul class="author-ident"><li class="username"><strong>{name}</strong></li>
<li class="userstatus"><span>Offline</span></li></ul><ul class="author-info"><li><span>Registered: <strong>2012-08-14</strong></span></li>
<li><span>Posts: <strong>311</strong></span></li></ul></div><div class="post-entry"><h4 class="entry-title hn">Re: Seed bank</h4>
<div class="entry-content"><p>{text}</p></div></div></div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f'<div id="brd-main"><div class="main-content main-topic">{posts}</div></div>')
    assert all(c.time != "2012-08-14" for c in segment(page(STORY + posts)).comments)


def test_a_magazines_forum_section_of_titled_posts():
    # A section named "forum" of <article>s that no class names: each a numbered title in its <header>
    # (the commenter's own words), "by <profile link> · <time>", and the text, which may open with a
    # quotation headed "Quote from X:" (a BEM-named div.RichText__quote).
    def post(number, title, name, text):
        return f"""<article data-component="ForumPost" id="post-{number}" class="border-b py-24">
<header class="flex gap-8"><span aria-hidden="true">{number - 40}.</span><h3 class="font-bold">{title}</h3></header>
<div class="text-s"><span>by <a href="https://example.com/forum/user/{name}" class="font-bold">{name}</a></span> &middot;
 <time datetime="2024-02-19T09:{number}:00+01:00">Feb 19, 2024, 9:{number} am</time></div>
<div class="RichText text-m">{text}</div>
<footer><button>Reply</button><button>Quote</button><button>Report</button></footer></article>"""
    quote = ('<div class="RichText__quote"><p class="font-bold">Quote from Hannah Cole:</p><blockquote class="italic">'
             "<p>The seed bank is the best thing our library has done in years.</p></blockquote></div>"
             "<p>Agreed, and the drawers came from the old card catalogue.</p>")
    result = segment(page(STORY + f"""<section id="forum" data-area="forum"><h2>Discussion: 3 Comments</h2>
<a href="https://example.com/forum/seed-bank">Open discussion in forum</a>
{post(41, "Great idea", READERS[0][0], f"<p>{READERS[0][1]}</p>")}{post(42, "Hybrids?", READERS[1][0], f"<p>{READERS[1][1]}</p>")}
{post(43, "Re: Great idea", "Ana", quote)}</section>"""))
    article_ok(result)
    assert [(c.author, c.text, c.time, c.parent) for c in result.comments] == [
        (READERS[0][0], "Great idea\n" + READERS[0][1], "Feb 19, 2024, 9:41 am", None),
        (READERS[1][0], "Hybrids?\n" + READERS[1][1], "Feb 19, 2024, 9:42 am", None),
        ("Ana", "Agreed, and the drawers came from the old card catalogue.", "Feb 19, 2024, 9:43 am", 0)]


def test_one_blog_post_named_like_a_forum_post_is_the_article():
    # A blog's own post (div.post#p12 with div.postbody) is not a forum thread of one post.
    result = segment(page(f'<div class="post" id="p12"><div class="postbody">{STORY}</div></div>'))
    assert result.comments == []
    article_ok(result)


def test_hidden_error_notes_named_comment_are_not_comments():
    notes = "".join(f'<div id="comment_response_error_{i}" class="comment_form_message" style="display:none">'
                    f"You have not right to carry out this operation.</div>" for i in range(3))
    assert segment(page(STORY + f'<div class="comments">{notes}</div>')).comments == []


# --- the headline --------------------------------------------------------------------------------

def _titled(head_title: str, body: str) -> str:
    return f"<html><head><title>{head_title}</title></head><body>{body}</body></html>"


def test_headline_is_the_heading_the_title_names_not_the_masthead():
    body = ('<div id="header"><h1><a href="http://gardens.example.com/">Valley Gardens</a></h1></div>'
            '<div class="post"><h2 class="post-title">Library opens a seed bank for local gardeners</h2>'
            + STORY + '</div><h3>12 Responses to "Library opens a seed bank for local gardeners"</h3>')
    for head_title in ("Library opens a seed bank for local gardeners | Valley Gardens",
                       "Valley Gardens: Library opens a seed bank for local gardeners"):
        assert segment(_titled(head_title, body)).article.title == "Library opens a seed bank for local gardeners"


def test_headline_from_og_title_or_the_title_when_no_heading_names_it():
    story = STORY.replace("<h1>Library opens a seed bank for local gardeners</h1>", "")
    body = '<h1><a href="/">Valley Gardens</a></h1>' + story
    og = '<meta property="og:title" content="Seed bank opens at the county library">'
    html = f"<html><head><title>Valley Gardens</title>{og}</head><body>{body}</body></html>"
    assert segment(html).article.title == "Seed bank opens at the county library"
    html = _titled("Valley Gardens - Seed bank opens", body)
    assert segment(html).article.title == "Seed bank opens"


def _blog_post(heading: str) -> str:
    # TypePad's layout: the masthead h1 links to the blog's folder (not the site's root), the post's
    # heading is h3.entry-header; no og:title or canonical URL says which one the <title> means.
    story = STORY.replace("<h1>Library opens a seed bank for local gardeners</h1>", "")
    return ('<div id="banner"><h1 id="banner-header"><a href="http://example.com/valley_gardens/">Valley Gardens</a>'
            f'</h1></div><h2 class="date-header">November 3, 2012</h2><h3 class="entry-header">{heading}</h3>' + story)


def test_headline_marked_as_the_post_title_beats_the_masthead_the_title_also_names():
    body = _blog_post("Seed swap")
    for head_title in ("Valley Gardens: Seed swap", "Seed swap - Valley Gardens", "Valley Gardens › Seed swap"):
        assert segment(_titled(head_title, body)).article.title == "Seed swap", head_title
    # A <title> that lost the heading's entities still names it.
    body = _blog_post("Chad&rsquo;s World 15&ndash;Flash, Flash, FLASH!")
    title = segment(_titled("Chads World 15Flash, Flash, FLASH! - Valley Gardens", body)).article.title
    assert title == "Chad’s World 15–Flash, Flash, FLASH!"


def test_sidebar_lists_stay_out_of_the_article():
    rail = "".join(f'<li><a href="/post/{i}">Recent post number {i} about compost and mulch</a></li>' for i in range(8))
    result = segment(page(STORY + f'<div id="sidebar"><h3>Recent posts</h3><ul>{rail}</ul></div>'))
    article_ok(result)
    assert "compost and mulch" not in result.article.text


# --- more comment systems ----------------------------------------------------------------------

def test_blogger_threaded_comments():
    comments = "".join(f"""
<li class="comment" id="c{300 + i}"><div class="avatar-image-container"><img src="a.png"></div>
 <div class="comment-block"><div class="comment-header">
  <cite class="user"><a href="https://www.blogger.com/profile/{i}" rel="nofollow">{name}</a></cite>
  <span class="icon user"></span><span class="datetime secondary-text"><a rel="nofollow" href="#c{300 + i}">November {i + 1}, 2012 at 8:1{i} AM</a></span></div>
  <p class="comment-content">{text}</p>
  <span class="comment-actions secondary-text"><a class="comment-reply" target="_self">Reply</a>
  <span class="item-control blog-admin pid-1"><a target="_self" href="#">Delete</a></span></span></div>
 <div class="comment-replies"></div><div class="comment-replybox-single" id="c{300 + i}-ce"></div></li>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="comments" id="comments"><a name="comments"></a><h4>2 comments:</h4>
<div class="comments-content"><div class="comment-thread"><ol id="top-ra">{comments}</ol></div></div>
<p class="comment-footer"><a href="https://www.blogger.com/comment.g?blogID=1" onclick="">Post a Comment</a></p></div>""")


def test_typepad_comments():
    comments = "".join(f"""
<div class="comment font-entrybody" id="comment-6a00d8341c{i}"><a id="c6a00d8341c{i}"></a>
 <div class="comment-content font-entrybody"><p>{text}</p></div>
 <p class="comment-footer font-entryfooter">Posted by: <a rel="nofollow" href="http://profile.typepad.com/u{i}">{name}</a> |
  <a rel="nofollow" href="#comment-6a00d8341c{i}">November 0{i + 1}, 2012 at 10:4{i} AM</a></p>
</div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="comments" id="comments"><div class="comments-info"><h3 class="comments-header">Comments</h3></div>
<div class="comments-content">{comments}</div></div>""")


def test_scoop_comments():
    # Scoop (Daily Kos, kuro5hin): a table per comment, subject and byline in its first row.
    comments = "".join(f"""
<a name="{800 + i}"></a><div class="comment" id="c{800 + i}"><table class="comment-table" width="100%">
 <tr><td class="comment-head"><b>Re: seed bank</b> (<a href="/comments/2012/11/1/1#{800 + i}">#{800 + i}</a>)<br>
  by <a href="/user/{name.split()[0]}">{name}</a> on Thu Nov 01, 2012 at 0{i + 4}:12:10 PM PST</td></tr>
 <tr><td class="comment-body">{text}</td></tr>
 <tr><td class="comment-foot">[ <a href="/comments/reply?cid={800 + i}">Reply to This</a> ]</td></tr>
</table></div>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="comments"><h3>Comments</h3>{comments}</div>""")


def test_a_line_that_is_only_the_date_is_the_time_not_text():
    # CNN's 2012 thread: the date sits in an unnamed footer line under the text.
    comments = "".join(f"""
<li class="comment" id="li-comment-{i}"><div class="commentItem" id="comment-{i}">
 <strong><cite class="fn">{name}</cite></strong><br><p>{text}</p>
 <div class="commentFooter">August {i + 9}, 2012 02:07 pm at 2:07 pm | </div></div></li>""" for i, (name, text) in enumerate(READERS))
    _check(f'<ol class="commentlist">{comments}</ol>')
    result = segment(page(STORY + f'<ol class="commentlist">{comments}</ol>'))
    assert result.comments[0].time.startswith("August 9, 2012")


def test_remark42_bem_class_names():
    """Block__element names: comment__user-name is the author, comment__time the time."""
    comments = "".join(f"""
<article class="comment comment_level_0" id="remark42__comment-{i}"><div class="comment__info">
 <img class="comment__avatar" src="a.png"><span class="comment__user-name">{name}</span>
 <a class="comment__time" href="#remark42__comment-{i}">{i + 2} hours ago</a><span class="comment__score">+3</span></div>
 <div class="comment__body"><div class="comment__text raw-content"><p>{text}</p></div>
 <div class="comment__actions"><button class="comment__action">Reply</button></div></div>
</article>""" for i, (name, text) in enumerate(READERS))
    _check(f'<div id="remark42"><div class="comments">{comments}</div></div>')
    result = segment(page(STORY + f'<div id="remark42"><div class="comments">{comments}</div></div>'))
    assert [c.time for c in result.comments] == ["2 hours ago", "3 hours ago"]


@pytest.mark.parametrize("marks", ["", '<span class="flair " title="Wiki Contributor">Wiki Contributor</span>'
                                   '<span class="userattrs">[<a class="submitter" title="submitter" href="#">S</a>]</span>'])
def test_old_reddit_body_inside_a_form(marks):
    """Old Reddit wraps each comment's text in a form (for editing in place): that form is read, a reply
    form is not. The commenter's flair and the submitter's [S] beside the name are neither name nor text."""
    comments = "".join(f"""
<div class="thing id-t1_{i} comment" id="thing_t1_{i}" data-author="{name}"><div class="entry unvoted">
 <p class="tagline"><a class="author" href="/user/{name}">{name}</a>{marks} <span class="score unvoted">5 points</span>
 <time class="live-timestamp" datetime="2024-03-03T20:00:00">{i + 2} hours ago</time></p>
 <form class="usertext"><input type="hidden" name="thing_id" value="t1_{i}">
  <div class="usertext-body md-container"><div class="md"><p>{text}</p></div></div></form>
 <ul class="flat-list buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div>
</div>""" for i, (name, text) in enumerate(READERS))
    reply = '<form class="usertext cloneable"><textarea name="text"></textarea><button>save</button></form>'
    _check(f'<div class="commentarea">{reply}<div class="sitetable nestedlisting">{comments}</div></div>')


def test_story_inside_an_aside_named_for_the_post_is_the_article():
    # celebbabylaundry's theme puts the post in <aside class="blogPost">; trafilatura drops every aside.
    related = "".join(f'<li><a href="/story/{i}">Another celebrity story number {i} worth reading today</a>'
                      f'<span>{i} June 2012</span></li>' for i in range(8))
    story = STORY.replace('<div class="post" id="post-7">', '<aside class="blogPost">').replace("</div>", "</aside>")
    result = segment(page(story + f'<div class="related"><h3>Related</h3><ul>{related}</ul></div>',
                          title="Library opens a seed bank for local gardeners"))
    article_ok(result)
    assert "celebrity story" not in result.article.text
    # an aside that does not hold the headline stays a sidebar
    rail = STORY + '<aside><h3>Recent posts</h3><p>' + "Compost and mulch tips for the winter garden. " * 5 + "</p></aside>"
    assert "Compost and mulch" not in segment(page(rail)).article.text


def test_hacker_news_rows_give_author_time_and_parent_from_the_indent_cell():
    """Hacker News: one table row per comment (tr.comtr), the depth only in the indent cell's attribute,
    the byline a span of author, age and "next" links."""
    rows = "".join(f"""
<tr class="athing comtr" id="{100 + i}"><td><table><tr><td class="ind" indent="{i}"><img src="s.gif" width="{40 * i}"></td>
 <td class="default"><div><span class="comhead"><a href="user?id={name}" class="hnuser">{name}</a>
 <span class="age" title="2024-03-03T1{i}:00:00"><a href="item?id={100 + i}">{i + 2} hours ago</a></span>
 <span class="navs">| <a href="#{101 + i}">next</a> [–]</span></span></div><br>
 <div class="comment"><div class="commtext c00">{text}</div><div class="reply"><p><a href="reply?id={100 + i}">reply</a></p></div></div>
 </td></tr></table></td></tr>""" for i, (name, text) in enumerate(READERS))
    _check(f'<table class="comment-tree">{rows}</table>')
    result = segment(page(STORY + f'<table class="comment-tree">{rows}</table>'))
    assert [(c.time, c.parent) for c in result.comments] == [("2 hours ago", None), ("3 hours ago", 0)]


def test_commento_cards_hold_their_replies():
    reply = f"""<div id="commento-card-b2" class="commento-card"><div class="commento-header">
 <div class="commento-name">{READERS[1][0]}</div><div class="commento-subtitle"><div class="commento-timeago">1 hour ago</div></div></div>
 <div class="commento-contents"><div class="commento-body"><p>{READERS[1][1]}</p></div></div></div>"""
    thread = f"""<div id="commento"><div id="commento-comments-area"><div id="commento-card-a1" class="commento-card">
 <div class="commento-header"><div class="commento-name">{READERS[0][0]}</div><div class="commento-subtitle">
 <div class="commento-timeago">2 hours ago</div><div class="commento-score">3 points</div></div></div>
 <div class="commento-contents"><div class="commento-body"><p>{READERS[0][1]}</p></div>
 <div class="commento-options"><button class="commento-option-reply">Reply</button></div>
 <div class="commento-body commento-children">{reply}</div></div></div></div></div>"""
    _check(thread)
    assert [c.parent for c in segment(page(STORY + thread)).comments] == [None, 0]


def test_commento_cards_whose_replies_box_is_named_by_its_id_only():
    # (commento.js classes each card's replies box "commento-body", as it does the card's text, and names it by its id:
    # the boxes must not outnumber the cards as the thread's items)
    def card(hexid: str, name: str, age: str, text: str, replies: str = "") -> str:
        return (f'<div id="commento-card-{hexid}" class="commento-card"><div id="commento-header-{hexid}" class="commento-header">'
                f'<div id="commento-name-{hexid}" class="commento-name">{name}</div><div class="commento-subtitle">'
                f'<div class="commento-score">3 points</div><div class="commento-timeago">{age}</div></div></div>'
                f'<div id="commento-contents-{hexid}" class="commento-contents"><div id="commento-body-{hexid}" class="commento-body">'
                f'<p>{text}</p></div><div class="commento-options"><button class="commento-option-reply">Reply</button></div>'
                f'<div id="commento-children-{hexid}" class="commento-body">{replies}</div></div></div>')
    readers = READERS + [("Denise", "Will the seed bank open on Saturdays as well, or only on weekdays?"), ANSWER]
    thread = '<div id="commento"><div id="commento-comments-area">' + "".join(
        card(f"a{i}", *readers[2 * i][:1], f"{2 * i + 2} hours ago", readers[2 * i][1],
             card(f"b{i}", readers[2 * i + 1][0], f"{2 * i + 1} hours ago", readers[2 * i + 1][1])) for i in range(2)) + "</div></div>"
    result = segment(page(STORY + thread))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (readers[0][0], readers[0][1], None), (readers[1][0], readers[1][1], 0), (readers[2][0], readers[2][1], None),
        (readers[3][0], readers[3][1], 2)]


@pytest.mark.parametrize("depth", ['data-depth="{d}"', 'depth="{d}"', 'aria-level="{d}"', 'class="wpd_comment_level-{d}"'])
def test_flat_lists_mark_replies_by_a_depth_attribute_or_level_class(depth):
    items = "".join(f"""<div id="comment-{i}" {depth.format(d=i + 1)}><div class="comment-author">{name}</div>
 <div class="comment-body"><p>{text}</p></div></div>""" for i, (name, text) in enumerate(READERS))
    thread = f'<div class="comments">{items}</div>'
    _check(thread)
    assert [c.parent for c in segment(page(STORY + thread)).comments] == [None, 0]


def test_reddit_comment_elements_with_author_and_depth_attributes():
    """Reddit (2023-): <shreddit-comment author=... depth=...>, the text in the slot named "comment"."""
    name0, text0 = READERS[0]
    name1, text1 = READERS[1]
    meta = '<div slot="commentMeta"><a href="/user/{n}/">{n}</a><faceplate-timeago><time datetime="2024-03-03T09:12:00Z">{t}</time></faceplate-timeago></div>'
    tree = f"""<shreddit-comment-tree><shreddit-comment author="{name0}" thingid="t1_a" depth="0">{meta.format(n=name0, t='2h ago')}
 <div slot="comment" class="md text-14"><p>{text0}</p></div><shreddit-comment-action-row slot="actionRow"><button>Reply</button></shreddit-comment-action-row>
 <shreddit-comment author="{name1}" thingid="t1_b" depth="1" parentid="t1_a">{meta.format(n=name1, t='1h ago')}
 <div slot="comment" class="md text-14"><p>{text1}</p></div></shreddit-comment></shreddit-comment></shreddit-comment-tree>"""
    _check(tree)
    assert [(c.time, c.parent) for c in segment(page(STORY + tree)).comments] == [("2h ago", None), ("1h ago", 0)]


def test_coral_indent_class_on_the_first_block_gives_the_parent():
    items = "".join(f"""<div class="coral-comment" id="comment-{i}"><div class="coral-comment-indent-{i}">
 <div class="coral-comment-topBar"><span class="coral-comment-username">{name}</span>
 <time class="coral-comment-timestamp" datetime="2024-03-03T09:12:00Z">{i + 2} hours ago</time></div>
 <div class="coral-comment-content"><p>{text}</p></div>
 <div class="coral-comment-actionBar"><button class="coral-comment-replyButton">Reply</button></div></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    thread = f'<div id="coral_thread"><div class="coral coral-stream">{items}</div></div>'
    _check(thread)
    assert [c.parent for c in segment(page(STORY + thread)).comments] == [None, 0]


def test_utterances_byline_name_commented_date():
    """GitHub-issue comments (utterances, giscus): "Hannah Cole commented Mar 3, 2024"."""
    items = "".join(f"""<article class="timeline-comment"><div class="comment"><header class="comment-header">
 <span class="comment-meta"><a class="text-link" href="https://github.com/u{i}"><strong>{name}</strong></a> commented
 <a class="text-link" href="#"><time datetime="2024-03-03T09:12:00Z">Mar {i + 3}, 2024</time></a></span></header>
 <div class="markdown-body"><p>{text}</p></div></div></article>""" for i, (name, text) in enumerate(READERS))
    thread = f'<div class="utterances"><div class="timeline">{items}</div></div>'
    _check(thread)
    assert [c.time for c in segment(page(STORY + thread)).comments] == ["Mar 3, 2024", "Mar 4, 2024"]


def test_html5_article_with_a_header_byline():
    """The HTML standard's own example: <section> of <article>s, each with <header><h4>name</h4><time>."""
    items = "".join(f"""<article><header><h4>{name}</h4><time datetime="2024-03-03T0{i}:00">March {i + 3}, 2024</time></header>
 <p>{text}</p></article>""" for i, (name, text) in enumerate(READERS))
    _check(f'<section id="responses"><h2>Responses</h2>{items}</section>')
    result = segment(page(STORY + f'<section id="responses"><h2>Responses</h2>{items}</section>'))
    assert [c.time for c in result.comments] == ["March 3, 2024", "March 4, 2024"]


def test_drupal_replies_in_the_indented_block_after_their_parent():
    def comment(i, who, text):
        return (f'<a id="comment-{i}"></a><article id="comment-{i}" class="comment js-comment">'
                f'<footer class="comment__meta"><p class="comment__submitted">Submitted by <span>{who}</span> on '
                f'<span>Sun, 03/03/2024 - 0{i}:12</span></p></footer><div class="content">'
                f'<div class="field--name-comment-body"><p>{text}</p></div></div></article>')
    (name0, text0), (name1, text1) = READERS
    thread = (f'<section class="field--name-comment"><h2>Comments</h2>{comment(1, name0 + " (not verified)", text0)}'
              f'<div class="indented">{comment(2, name1, text1)}</div></section>')
    _check(thread)
    assert [c.parent for c in segment(page(STORY + thread)).comments] == [None, 0]


def test_hashed_class_names_with_test_ids():
    """CSS-in-JS sites (hashed classes that say nothing): the comment is named by its data-testid, its byline
    told by its shape (a few words, all in child elements, one a <time>), and "Name" + "City" spans with no
    space between them never run into the text."""
    items = "".join(f"""<div data-testid="comment-container" class="css-q1w2e3"><div class="css-r4t5"><span class="css-y6u7">{name}</span>
<span class="css-i8o9">Portland</span><time class="css-p0a1" datetime="2024-03-0{i + 3}">March {i + 3}</time></div>
<p class="css-s2d3">{text}</p><div class="css-f4g5"><button>Reply</button><button>Recommend 12</button></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    thread = f'<section class="css-9x8y7z"><h2 class="css-a1b2">Readers\' Comments</h2><div class="css-u7t6">{items}</div></section>'
    _check(thread)
    assert [c.time for c in segment(page(STORY + thread)).comments] == ["March 3", "March 4"]


# Session 25: three thread markups from a set of pages written to be held out (no Dragnet page has them)
REPLY = ("Ana Ortiz", "Only heirloom varieties for now, hybrids do not grow true from saved seed.")


def _check_with_reply(html: str) -> None:
    result = segment(page(STORY + html))
    assert [c.text for c in result.comments] == [READERS[0][1], READERS[1][1], REPLY[1]]
    assert [c.author for c in result.comments] == [READERS[0][0], READERS[1][0], REPLY[0]]
    assert [c.parent for c in result.comments] == [None, None, 1]
    article_ok(result)


def test_intensedebate_comments_named_by_id_with_replies_in_reply_threads():
    def one(i, name, text):
        return f"""<div id="IDComment-1182204{i}" class="idc-c idc-depth-{i // 2}"><div class="idc-c-h">
 <a class="idc-a" href="/people/{i}">{name}</a> <span class="idc-time"><a href="#c">3 weeks ago</a></span></div>
 <div class="idc-c-t"><div class="idc-c-t-inner"><p>{text}</p></div></div>
 <div class="idc-c-b"><span class="idc-v-total">+3</span> <a class="idc-r" href="#">Reply</a></div></div>"""
    _check_with_reply(f"""<div id="idc-container"><div class="idc-thread" id="idc-thread-0">{one(0, *READERS[0])}
{one(1, *READERS[1])}<div class="idc-thread idc-thread-reply">{one(2, *REPLY)}</div></div></div>""")


def test_comments_named_cmt_with_replies_nested_inside_them():
    def one(i, name, text, children=""):
        return f"""<div class="cmt" id="c-{i}" data-depth="0"><div class="cmt-vote"><span class="score">4</span></div>
 <div class="cmt-main"><div class="cmt-meta"><a class="cmt-user" href="/u/{i}">{name}</a> ·
 <a class="cmt-age" href="#c-{i}">2 hours ago</a></div><div class="cmt-text"><p>{text}</p></div>
 <div class="cmt-actions"><a href="#" class="cmt-reply">reply</a></div>
 <div class="cmt-children">{children}</div></div></div>"""
    _check_with_reply(f"""<div class="thread">{one(0, *READERS[0])}{one(1, *READERS[1], children=one(2, *REPLY))}</div>""")


def test_numbered_talkbacks():
    talkbacks = "".join(f"""<div class="art_tkb_talkback" id="tk_{i + 1}">
 <div class="art_tkb_talkback_title"><span class="art_tkb_num">{i + 1}.</span> <a href="#">{title}</a></div>
 <div class="art_tkb_talkback_details"><span class="art_tkb_name">{name}</span> , (<span class="art_tkb_date">12.08.10</span>)</div>
 <div class="art_tkb_talkback_content">{text}</div>
 <div class="art_tkb_talkback_tools"><a href="#">Recommend (3)</a> <a href="#">Report abuse</a></div></div>"""
                        for i, ((name, text), title) in enumerate(zip(READERS, ["Thank you", "Hybrids?"])))
    result = segment(page(STORY + f"""<div class="art_tkb" id="talkbacks"><div class="art_tkb_hdr">Talkbacks (2)</div>
<div class="art_tkb_list">{talkbacks}</div></div>"""))
    assert [c.author for c in result.comments] == [name for name, _ in READERS]
    assert all(text in c.text for c, (_, text) in zip(result.comments, READERS))
    assert len(result.comments) == 2
    article_ok(result)


def test_vbulletin_3_post_tables():
    """vBulletin 3 names a post's table only by its id (table.tborder#post123) and its text by
    div#post_message_123; the user's title, location and post count beside it are no part of the comment."""
    posts = "".join(f"""
<table class="tborder" id="post{700 + i}" cellpadding="6" cellspacing="0" border="0" width="100%">
<tr><td class="thead">Today, 09:1{i} AM <a href="#post{700 + i}">#{i + 1}</a></td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="member.php?u={i}">{name}</a>
 <div class="smallfont">Senior Member</div><div class="smallfont">Location: Dayton, OH<br>Posts: 2,341</div></td>
 <td class="alt1" id="td_post_{700 + i}"><div id="post_message_{700 + i}">{text}</div></td></tr>
<tr><td class="alt1"><a href="#">Quote</a></td></tr>
</table>""" for i, (name, text) in enumerate(READERS))
    _check(f"""<div id="posts">{posts}</div>""")


def test_vbulletin_3_post_dates_with_dashes_beside_the_post_number():
    # its default US date, "04-04-2012, 08:31 AM", then the post's number "#2" in the table's head row
    posts = "".join(f"""
<table class="tborder" id="post{700 + i}" cellpadding="6" cellspacing="0" border="0" width="100%">
<tr><td class="thead"><a name="post{700 + i}"><img class="inlineimg" src="post_old.gif" alt="Old"></a> 04-04-2012, 08:3{i} AM</td>
<td class="thead" align="right">#<a href="showpost.php?p={700 + i}" name="{i + 1}"><strong>{i + 1}</strong></a></td></tr>
<tr><td class="alt2" width="175"><a class="bigusername" href="member.php?u={i}">{name}</a>
 <div class="smallfont">Senior Member</div><div class="smallfont">Join Date: Mar 2008<br>Posts: 2,341</div></td>
 <td class="alt1" id="td_post_{700 + i}"><div id="post_message_{700 + i}">{text}</div></td></tr>
</table>""" for i, (name, text) in enumerate(READERS))
    _check_timed(f"""<div id="posts">{posts}</div>""", ["04-04-2012, 08:30 AM", "04-04-2012, 08:31 AM"])


def test_a_block_named_comment_holding_only_the_reply_form_is_no_comment():
    """Drupal 7 writes div#comments.comment-wrapper on a story without comments too, around the "Add new
    comment" form with its text-format help and captcha."""
    result = segment(page(STORY + """<div id="comments" class="comment-wrapper"><h2 class="title comment-form">Add new
comment</h2><form class="comment-form" action="/comment/reply/412" method="post" id="comment-form">
<label for="edit-name">Your name </label><input type="text" id="edit-name" name="name" value="Anonymous">
<label>Comment</label><textarea name="comment_body"></textarea>
<fieldset class="filter-wrapper"><h3>Plain text</h3><ul class="tips"><li>No HTML tags allowed.</li>
<li>Web page addresses and e-mail addresses turn into links automatically.</li>
<li>Lines and paragraphs break automatically.</li></ul></fieldset>
<fieldset class="captcha"><legend>CAPTCHA</legend><div class="fieldset-description">This question is for testing
whether or not you are a human visitor and to prevent automated spam submissions.</div></fieldset>
<input type="submit" value="Save"></form></div>"""))
    assert result.comments == []
    article_ok(result)


def test_an_obituary_guest_book_written_by_styled_components():
    """Legacy.com-style guest books name each condolence only by a generated class (GuestBookEntry__Card-sc-...)
    and a data-component attribute; the entries are readers' comments on the obituary."""
    entries = "".join(f"""
<div data-component="GuestBookEntry" class="Box-sc-5gsflb-0 GuestBookEntry__Card-sc-1q9k2ls-0 hKpMzQ" id="gb-entry-{77 + i}">
 <p data-component="GuestBookEntryText" class="Text-sc-1l9v0y6-0 GuestBookEntry__Text-sc-1q9k2ls-1">{text}</p>
 <div data-component="GuestBookEntryAuthor" class="Box-sc-5gsflb-0 GuestBookEntry__Author-sc-1q9k2ls-2"><span>{name}</span></div>
</div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<section id="guestbook" data-component="GuestBook" class="Box-sc-5gsflb-0
GuestBook__Wrapper-sc-gx2d3z-0"><h2>Guest Book</h2>{entries}<a href="#sign">Sign the Guest Book</a></section>"""))
    assert [c.text for c in result.comments] == [text for _, text in READERS]
    article_ok(result)


def test_a_comments_turned_off_notice_is_no_comment():
    result = segment(page(STORY + """<div id="comments-container" class="comments-wrapper" data-comments-enabled="false">
<div class="comments-header"><h2 class="comments-title">Comments</h2></div>
<div class="comments-disabled"><p>Comments are turned off for this article. Read our
<a href="/community-guidelines">Community Guidelines</a> to learn more.</p></div></div>"""))
    assert result.comments == []
    article_ok(result)


def test_giscus_replies_named_after_its_comments():
    """Giscus names a comment div.gsc-comment and a reply inside it div.gsc-reply: the reply is a comment too."""
    (name0, text0), (name1, text1) = READERS

    def box(name, text):
        return f"""<div class="gsc-comment-box"><div class="gsc-comment-header"><div class="gsc-comment-author">
<a class="gsc-comment-author-avatar" href="https://github.com/{name}"><span class="link-primary">{name}</span></a>
<a class="link-secondary" href="#"><time datetime="2024-03-04T09:14:00Z">Mar 4</time></a></div></div>
<div class="markdown gsc-comment-content"><p>{text}</p></div>
<div class="gsc-comment-footer"><div class="gsc-reactions"><button type="button">6</button></div></div></div>"""
    result = segment(page(STORY + f"""<div class="giscus"><div class="gsc-main"><div class="gsc-header">
<h4 class="gsc-comments-count">1 comment · 1 reply</h4></div><div class="gsc-timeline">
<div class="gsc-comment">{box(name0, text0)}<div class="gsc-replies"><div class="gsc-replies-header"><span>1 reply</span></div>
<div class="gsc-reply">{box(name1, text1)}</div><div class="gsc-reply-box"><button type="button">Write a reply</button></div>
</div></div></div></div></div>"""))
    assert [c.text for c in result.comments] == [text0, text1]
    article_ok(result)


def _openweb_message(name: str, text: str, depth: int, replying_to: str = "") -> str:
    reply_to = (f'<span class="components-MessageLayout-index__reply-to" data-spot-im-class="message-reply-to">'
                f'&#8617; Replying to {replying_to}</span>') if replying_to else ""
    return f"""<div class="spcv_root-message components-MessageLayout-index__message-view" data-depth="{depth}">
<div class="components-MessageLayout-index__header"><span class="src-components-Username-index__wrapper"
 data-spot-im-class="message-username">{name}</span> &middot;
<time class="components-MessageDetails-index__timestamp" datetime="2023-11-07T10:20:00Z">2h</time></div>{reply_to}
<div class="spcv_message-text" data-spot-im-class="message-text"><p>{text}</p></div>
<div class="components-MessageActions-index__actions"><button>Reply</button><button aria-label="Like"><span>12</span></button></div></div>"""


def test_openweb_replies_nested_in_their_thread_and_the_replying_to_line():
    """OpenWeb (Spot.IM) names nothing "comment": its messages repeat as li.spcv_list-item, and a reply is the
    same li inside its parent's ul.spcv_children-list, over a "Replying to <name>" line that is not its text."""
    (name0, text0), (name1, text1) = READERS
    name2, text2 = "Priya", "In reply to the article, the library's opening hours are the real problem."
    thread = f"""<div data-spotim-module="conversation"><div class="spcv_conversation"><h2>Conversation</h2>
<ul class="spcv_messages-list">
<li class="spcv_list-item">{_openweb_message(name0, text0, 0)}
<ul class="spcv_children-list"><li class="spcv_list-item">{_openweb_message(name1, text1, 1, name0)}</li></ul></li>
<li class="spcv_list-item">{_openweb_message(name2, text2, 0)}</li>
</ul></div></div>"""
    result = segment(page(STORY + thread))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (name0, text0, None), (name1, text1, 0), (name2, text2, None)]
    article_ok(result)


def _question(asker: str | None, question: str, answerer: str, answer: str) -> str:
    asked = (f'<p class="qa__meta">Asked by <span itemprop="author">{asker}</span> &middot; '
             f'<time datetime="2024-02-10">3 weeks ago</time></p>') if asker else ""
    answered = (f'<p class="qa__meta">Answered by <span itemprop="author">{answerer}</span></p>'
                if asker else "")
    return f"""<div class="qa__thread" itemscope itemtype="https://schema.org/Question">
<div class="qa__question"><p class="qa__text" itemprop="name">{question}</p>{asked}</div>
<div class="qa__answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<p class="qa__text" itemprop="text">{answer}</p>{answered}
<div class="qa__helpful"><span>Was this helpful?</span> <button>Yes (7)</button></div></div></div>"""


def test_readers_questions_and_their_answers_are_comments_and_an_faq_is_not():
    """A buying guide's "Questions & answers": each schema.org Question names its asker, so it is a reader's
    comment, and the Answer inside it replies to it. A publisher's FAQ marks its questions the same way
    but names no asker: article, not comments."""
    (name0, text0), (name1, text1) = READERS
    qa = f"""<section class="qa"><h2>Questions &amp; answers</h2>
{_question(name0, text0, "Ruth Maddox", "Heirloom only for now, the staff say.")}
{_question(name1, text1, "Ruth Maddox", "Yes, any variety is welcome at the desk.")}</section>"""
    result = segment(page(STORY + qa))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (name0, text0, None), ("Ruth Maddox", "Heirloom only for now, the staff say.", 0),
        (name1, text1, None), ("Ruth Maddox", "Yes, any variety is welcome at the desk.", 2)]
    faq = f"""<section itemscope itemtype="https://schema.org/FAQPage"><h2>Frequently asked questions</h2>
{_question(None, "When is the seed bank open?", "", "Every Saturday morning from ten until noon.")}
{_question(None, "Do I need a library card?", "", "Yes, a free card is enough to borrow seeds.")}</section>"""
    result = segment(page(STORY + faq))
    assert result.comments == []
    article_ok(result)


# Session 29: systems from a sixth set of pages written to be held out (phpBB 2, WoltLab, Kunena, bbPress's
# lead post, Bitrix, Czech, Greek and Hebrew news sites' own threads)
STORY_POST = "".join(f"<p>{p}</p>" for p in STORY.split("<p>")[1:]).replace("</div>", "")


def _check_topic(post, opening: str, closing: str, times: list[str]) -> None:
    """A topic whose first post (by Ana) is the story and whose replies are the readers' comments."""
    result = segment(page(opening + post(0, "Ana", STORY_POST)
                          + "".join(post(i + 1, name, f"<p>{text}</p>") for i, (name, text) in enumerate(READERS)) + closing))
    article_ok(result)
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, time, text) for (name, text), time in zip(READERS, times)]


def test_phpbb2_table_rows_are_posts_and_the_first_is_the_article():
    # phpBB 2 (subSilver) names no post: a table row holds the poster's cell (span.name around the post's
    # numbered anchor, the date they joined) and the message cell (span.postdetails "Posted: ...", span.postbody
    # with the signature under a rule of underscores, kept without the rule)
    def row(i, name, text):
        return f"""<tr><td class="row{i % 2 + 1}" valign="top"><span class="name"><a name="{88211 + i}"></a><b>{name}</b></span><br />
<span class="postdetails">Member<br /><br />Joined: 21 Jun 2003<br />Posts: 59{i}</span></td>
<td class="row{i % 2 + 1}"><table width="100%"><tr><td><a href="viewtopic.php?p={88211 + i}#{88211 + i}"><img src="icon_minipost.gif" alt="Post" /></a>
<span class="postdetails">Posted: Mon Apr 0{i + 1}, 2024 9:1{i} pm&nbsp; &nbsp;Post subject: Seed bank</span></td></tr>
<tr><td><hr /></td></tr><tr><td><span class="postbody">{text}<br />_________________<br />{name}, seed saver since 1998</span></td></tr></table></td></tr>
<tr><td class="spaceRow" colspan="2"><img src="spacer.gif" alt="" /></td></tr>"""
    posts = [("Ana Ortiz", STORY_POST.replace("</p><p>", "<br /><br />").replace("<p>", "").replace("</p>", "")), *READERS]
    result = segment(page('<table class="forumline"><tr><th class="thLeft">Author</th><th class="thRight">Message</th></tr>'
                          + "".join(row(i, name, text) for i, (name, text) in enumerate(posts)) + "</table>"))
    article_ok(result)
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Mon Apr 0{i + 2}, 2024 9:1{i + 1} pm", f"{text}\n{name}, seed saver since 1998") for i, (name, text) in enumerate(READERS)]


def test_woltlab_posts_numbered_on_their_list_item_without_the_posters_box():
    # WoltLab Burning Board: li#post123 around article.wbbPost.message, whose aside.messageSidebar is the poster's
    # box (rank, post count, home town); the date as the site writes it, German month and all
    def post(i, name, text):
        return f"""<li id="post{88120 + i}" class="anchorFixedHeader"><article class="wbbPost message{' wbbFirstPost' if not i else ''}">
<aside class="messageSidebar member"><div class="messageAuthor"><div class="messageAuthorContainer"><a class="username" href="/user/{i}"><span>{name}</span></a></div>
<div class="userTitle"><span class="badge userTitleBadge">Profi</span></div></div><div class="userCredits"><dl class="plain dataList">
<dt>Beiträge</dt><dd>2.41{i}</dd><dt>Wohnort</dt><dd>Offenburg</dd></dl></div></aside>
<div class="messageContent"><header class="messageHeader"><ul class="messageHeaderMetaData"><li><a class="permalink messagePublicationTime" href="#post{88120 + i}">
<time datetime="2024-03-12T20:1{i}:00+01:00" class="datetime">12. März 2024, 20:1{i}</time></a></li></ul></header>
<div class="messageBody"><div class="messageText">{text}</div></div></div></article></li>"""
    _check_topic(post, '<ul class="wbbThreadPostList messageList">', "</ul>", ["12. März 2024, 20:11", "12. März 2024, 20:12"])


def test_kunena_messages_unnumbered_with_the_body_in_kmsg():
    # Kunena (Joomla's forum): div.row.message per post, no id, the poster's box beside the text in div.kmsg; a
    # date in words of another language ("há 2 dias") is the comment's time as shown
    def post(i, name, text):
        return f"""<div class="row message"><div class="col-md-2"><ul class="unstyled profilebox"><li><strong><a class="kwho-user" href="/u/{i}">{name}</a></strong></li>
<li>Membro</li><li>Mensagens: 8{i}</li></ul></div><div class="col-md-10 message-published"><small class="text-muted"><span class="kdate">há {i + 2} dias</span>
<a href="#88{i}" id="88{i}">#88{i}</a></small><div class="badger-left badger-info message-published" data-badger="{name} escreveu:"><div class="kmessage">
<div class="horizontal-message"><div class="horizontal-message-top badger-info message-published"><div class="kmsg">{text}</div></div></div></div></div>
<div class="kmessagepadding"><a class="btn" href="#">Citar</a> <a class="btn" href="#">Reportar</a></div></div></div>"""
    _check_topic(post, '<div class="topic-item-messages">', "</div>", ["há 3 dias", "há 4 dias"])


def test_bitrix_comments_are_tables_after_their_anchors_with_the_byline_in_the_table_head():
    items = "".join(f"""<a name="message{331871 + i}"></a><table class="reviews-post-table" id="message{331871 + i}">
<thead><tr><td><div class="review-avatar"><img src="noavatar.png" /></div><b>{name}</b>&nbsp;<span class="message-post-date">12.03.2024 1{i}:41</span></td></tr></thead>
<tbody><tr><td><div class="reviews-text" id="message_text_{331871 + i}">{text}</div></td></tr></tbody>
<tfoot><tr><td><div class="reviews-post-reply-buttons"><a href="#review_anchor">Имя</a></div></td></tr></tfoot></table>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f'<div class="reviews-block-container"><div class="reviews-block-outer"><div class="reviews-block-inner">{items}</div></div></div>')


def test_czech_posts_named_prispevek_with_their_parts_named_in_czech():
    items = "".join(f"""<li class="d-prispevek" id="p912000{i}"><div class="d-obsah"><div class="d-hlavicka"><a class="d-autor" href="/u/{i}">{name}</a>
<span class="d-cas">12. 3. 2024 15:0{i}</span></div><div class="d-text"><p>{text}</p></div>
<div class="d-akce"><a class="d-plus" href="#">+12</a> / <a class="d-minus" href="#">−9</a> <a href="#">Odpovědět</a> <a href="#">Nahlásit</a></div></div></li>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f'<section class="diskuse-nahled"><h2>Diskuse</h2><ul class="d-prispevky">{items}</ul></section>')
    assert [c.time for c in segment(page(STORY + f'<ul class="d-prispevky">{items}</ul>')).comments] == [
        "12. 3. 2024 15:00", "12. 3. 2024 15:01"]


def test_greek_comments_column_set_before_the_story_with_its_form():
    # The readers' column comes first in the page (flex order puts it beside the story): an aside, but the one
    # with the form to write a comment is the page's own thread, not a sidebar.
    items = "".join(f"""<div class="sxolio" id="sxolio-3012{i}"><div class="sxolio-head"><span class="onoma">{name}</span>
<span class="wra">πριν από {i + 2} ώρες</span></div><div class="keimeno"><p>{text}</p></div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(f"""<div class="row"><aside class="col-sxolia" id="sxolia"><h3>Σχόλια αναγνωστών (2)</h3>
<div class="sxolia-lista">{items}</div><form action="/sxolia"><input name="onoma"><textarea name="sxolio"></textarea><button>Αποστολή</button></form></aside>
<main class="col-arthro">{STORY}</main></div>"""))
    article_ok(result)
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"πριν από {i + 2} ώρες", text) for i, (name, text) in enumerate(READERS)]


def test_talkbacks_open_by_a_button_that_holds_their_title_and_byline():
    items = "".join(f"""<li class="tb-item" id="tb-552{i}"><button class="tb-toggle" aria-expanded="true"><span class="tb-num">{i + 1}.</span>
<span class="tb-title">Title {i + 1}</span> <span class="tb-author">{name}</span> <span class="tb-date">12.03.24 | 15:0{i}</span></button>
<div class="tb-body"><p>{text}</p><div class="tb-actions"><button class="tb-like">👍 4</button><a href="#" class="tb-reply">הגב</a>
<a href="javascript:;" class="tb-report">דווח על תגובה לא הולמת</a></div></div></li>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<section id="talkbacks"><div class="tb-head"><h3>תגובות</h3></div><ol class="tb-list">{items}</ol></section>'))
    article_ok(result)
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12.03.24 | 15:0{i}", f"Title {i + 1}\n{text}") for i, (name, text) in enumerate(READERS)]


def test_bbpress_lead_post_is_the_article():
    def post(i, name, text, kind):
        return f"""<div id="post-22{i}" class="bbp-reply-header"><div class="bbp-meta"><span class="bbp-reply-post-date">March 1{i}, 2024 at 6:0{i} pm</span>
<a href="#post-22{i}" class="bbp-reply-permalink">#22{i}</a></div></div>
<div class="bbp-reply-position-{i + 1} post-22{i} {kind} type-{kind} status-publish"><div class="bbp-reply-author"><a class="bbp-author-link" href="/u/{i}">
<span class="bbp-author-name">{name}</span></a><div class="bbp-author-role">Participant</div></div><div class="bbp-reply-content">{text}</div></div>"""
    result = segment(page('<div id="bbpress-forums"><ul class="forums bbp-replies"><li class="bbp-body">' + post(0, "Ana", STORY_POST, "topic")
                          + "".join(post(i + 1, name, f"<p>{text}</p>", "reply") for i, (name, text) in enumerate(READERS)) + "</li></ul></div>"))
    article_ok(result)
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_a_conversation_embed_with_full_names_beside_handles():
    # Micro.blog's conversation.js: div.microblog_conversation > div.microblog_post, the full name before the
    # @handle, the date after the text
    items = "".join(f"""<div class="microblog_post"><div class="microblog_user"><img class="microblog_avatar" src="a.jpg" alt="">
<span class="microblog_fullname">{name}</span> <a class="microblog_username" href="https://micro.blog/u{i}">@u{i}</a></div>
<div class="microblog_text"><p>{text}</p></div><div class="microblog_time"><a href="https://micro.blog/u{i}/5">Mar 1{i}, 2024</a></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f'<div id="conversation"><h3>Replies</h3><div class="microblog_conversation">{items}</div></div>')


def test_replies_numbered_after_the_comments_they_answer():
    # DC Inside: li#comment_li_N for comments, li#reply_li_N for the replies listed after each one
    def one(kind, i, name, text):
        return f"""<li id="{kind}_li_88{i}" class="ub-content"><div class="cmt_info"><div class="cmt_nickbox"><span class="gall_writer">
<span class="nickname"><em>{name}</em></span></span></div><div class="cmt_txtbox"><p class="usertxt">{text}</p></div>
<div class="fr"><span class="date_time">03.1{i} 18:20:05</span></div></div></li>"""
    result = segment(page(STORY + '<div class="comment_box"><ul class="cmt_list">' + one("comment", 0, *READERS[0])
                          + f'<li><div class="reply"><ul class="reply_list">{one("reply", 1, *REPLY)}</ul></div></li>'
                          + one("comment", 2, *READERS[1]) + "</ul></div>"))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [(*READERS[0], None), (*REPLY, 0), (*READERS[1], None)]


def test_replies_listed_right_after_the_comment_they_answer():
    # Lobsters: li > div.comment + ol.comments of its replies; no reply is inside its comment's block
    def one(i, name, text, replies=""):
        return f"""<li class="comments_subtree"><div class="comment" id="c_{i}"><div class="details"><div class="byline">
<a href="/~{name}">{name}</a> <span title="2024-03-12 10:0{i}">3 hours ago</span></div><div class="comment_text"><p>{text}</p></div></div></div>
<ol class="comments">{replies}</ol></li>"""
    result = segment(page(STORY + '<ol class="comments comments1">' + one(0, "hannah", READERS[0][1], one(1, "ana", REPLY[1]))
                          + one(2, "tomasz", READERS[1][1]) + "</ol>"))
    assert [(c.author, c.parent) for c in result.comments] == [("hannah", None), ("ana", 0), ("tomasz", None)]


def test_an_empty_widget_with_its_box_to_write_in_is_no_comment():
    result = segment(page(STORY + """<div class="comments-block"><div id="hypercomments_widget"><div class="hc__header">
<span class="hc__counter">0 коментарів</span><span>Нові</span><span>Популярні</span></div><div class="hc__auth"><span>Увійти через</span>
<button>Facebook</button></div><div class="hc__form"><textarea placeholder="Написати коментар..."></textarea><button>Надіслати</button></div>
<div class="hc__empty">Будьте першим, хто залишить коментар!</div></div></div>"""))
    assert result.comments == []
    article_ok(result)


def test_weibo_comments_named_by_their_comment_id_attribute_with_the_name_run_into_the_text():
    # Weibo: div.list_li[comment_id] (its buttons carry the number too), the commenter's name at the start of
    # the text before a full-width colon, the date ("3月12日 20:14") after it
    items = "".join(f"""<div comment_id="49772100{i}" class="list_li S_line1 clearfix" node-type="root_comment">
<div class="WB_face W_fl"><img src="a.jpg" alt=""></div><div class="list_con"><div class="WB_text"><a href="/u/{i}" usercard="id={i}">{name}</a>：{text}</div>
<div class="WB_func clearfix"><div class="WB_handle W_fr"><ul><li><a action-data="comment_id=49772100{i}" href="javascript:;">回复</a></li>
<li><a href="javascript:;" comment_id="49772100{i}">赞 23{i}</a></li></ul></div><div class="WB_from S_txt2">3月1{i}日 20:14</div></div></div></div>"""
                    for i, (name, text) in enumerate([("晴天小猪猪", "我家楼下就有一个，每天晚上都有人跳广场舞。"), ("老张爱遛弯", "这个是真正的民生工程。")]))
    result = segment(page(STORY + f'<div class="WB_feed_repeat"><div class="repeat_list"><div class="list_box"><div class="list_ul">{items}</div></div></div></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("晴天小猪猪", "3月10日 20:14", "我家楼下就有一个，每天晚上都有人跳广场舞。"), ("老张爱遛弯", "3月11日 20:14", "这个是真正的民生工程。")]


def test_medium_responses_stream():
    items = "".join(f"""<div class="streamItem streamItem--postPreview js-streamItem"><div class="cardChromeless u-marginTop20">
<div class="postArticle postArticle--short"><div class="u-clearfix"><div class="postMetaInline-avatar"><img src="a.jpg" alt="Go to the profile of {name}"></div>
<div class="postMetaInline postMetaInline-authorLockup"><a class="link u-baseColor--link" href="/@u{i}">{name}</a>
<div class="ui-caption postMetaInline js-postMetaInlineSupplemental"><a href="/p/{i}"><time datetime="2016-04-1{i}T10:00:00Z">Apr 1{i}, 2016</time></a></div></div></div>
<div class="postArticle-content"><section class="section"><div class="section-inner"><p class="graf graf--p">{text}</p></div></section></div>
<div class="u-clearfix"><button class="button">Recommend</button><span class="u-textColorDarker">12</span></div></div></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f"""<div class="responsesStreamWrapper u-maxWidth640 js-responsesWrapper"><div class="container responsesStream-title">
<header class="heading"><span class="heading-title">Responses</span></header></div><div class="responsesStream js-responsesStream">{items}</div></div>""")


def test_finnish_comments_named_kommentti_with_a_date_and_clock_as_shown():
    items = "".join(f"""<li class="kommentti" id="k33{i}"><div class="kommentti-ylä"><span class="nimimerkki">{name}</span>
<span class="aika">12.3.2024 klo 15.2{i}</span></div><div class="kommentti-teksti"><p>{text}</p></div></li>""" for i, (name, text) in enumerate(READERS))
    _check(f'<section id="kommentit"><h2>Lukijoiden kommentit (2)</h2><ol class="kommenttilista">{items}</ol></section>')
    assert [c.time for c in segment(page(STORY + f'<ol class="kommenttilista">{items}</ol>')).comments] == [
        "12.3.2024 klo 15.20", "12.3.2024 klo 15.21"]


def test_comments_named_only_by_their_accessible_name_where_classes_are_hashed():
    items = "".join(f"""<li class="css-7bd90ad"><article aria-label="Kommentar fra {name}" class="css-5435c69"><div class="css-a1b2c3">
<span class="css-9f8e7d">{name}</span><span class="css-1x2y3z">Abonnent</span><time datetime="2024-03-12T14:5{i}">12. mars kl. 14:5{i}</time></div>
<p class="css-4d5e6f">{text}</p><div class="css-7g8h9i"><button>Svar</button><button>Lik 4</button></div></article></li>""" for i, (name, text) in enumerate(READERS))
    _check(f'<section aria-labelledby="k-tittel" class="css-0a9b8c"><h2 id="k-tittel">Kommentarer (2)</h2><ul role="list">{items}</ul></section>')


def test_a_table_of_comments_in_a_form_around_the_whole_page_under_its_counted_heading():
    # old ASP.NET: the page inside one form; the thread a table of (name + place and date) and text rows, its
    # heading "வாசகர் கருத்து (2)" ("Readers' comments") counted in the table's first row
    rows = "".join(f"""<tr class="cmthead"><td class="cmtname"><b>{name}</b></td><td class="cmtdate">12-மார்-2024 19:3{i}</td></tr>
<tr class="cmtbody"><td colspan="2">{text}<br><span class="cmtvote">👍 21</span></td></tr><tr class="sep"><td colspan="2"><hr></td></tr>"""
                   for i, (name, text) in enumerate(READERS))
    result = segment(page(f"""<form id="form1" method="post" action="news.aspx"><input type="hidden" name="__VIEWSTATE" value="x">{STORY}
<div class="commentbox"><table id="tblComments" class="commenttable"><tr><th colspan="2">வாசகர் கருத்து (2)</th></tr>{rows}</table>
<div class="postcomment"><textarea name="txtComment"></textarea><input type="submit" value="Submit"></div></div></form>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12-மார்-2024 19:3{i}", text) for i, (name, text) in enumerate(READERS)]


def test_ipboard3_posts_numbered_post_id_with_their_text_in_commenttext():
    def post(i, name, text):
        return f"""<div class="post_block hentry clear clearfix{' topic_summary' if not i else ''}" id="post_id_5220{i}">
<div class="post_wrap"><h3 class="row2"><span class="author vcard"><a class="url fn" href="/user/{i}">{name}</a></span></h3>
<div class="author_info"><ul class="basic_info"><li class="avatar"><img src="a.png" alt=""></li><li class="group_title">Members</li>
<li class="post_count desc lighter">2,75{i} posts</li></ul></div><div class="post_body"><p class="posted_info desc lighter ipsType_small">
Posted <abbr class="published" title="2024-03-12T18:0{i}:00+00:00">12 March 2024 - 06:0{i} PM</abbr></p>
<div itemprop="commentText" class="post entry-content ">{text}</div></div></div></div>"""
    _check_topic(post, '<div class="ipsBox"><div class="topic hfeed clear clearfix">', "</div></div>",
                 ["12 March 2024 - 06:01 PM", "12 March 2024 - 06:02 PM"])


def test_comment_heads_beside_their_bodies_are_read_with_them():
    # DokuWiki's Discussion plugin: div.hentry (no comment name) > div.comment_head (the anchor, name, date) +
    # div.comment_body
    items = "".join(f"""<div class="hentry"><div class="comment_head"><a class="comment_anchor" id="comment_1efbc{i}"></a>
<span class="vcard author"><span class="fn">{name}</span></span>, <abbr class="published" title="2024-03-12T20:1{i}:00Z">2024/03/12 20:1{i}</abbr></div>
<div class="comment_body entry-content"><p>{text}</p></div><div class="comment_buttons"><input type="submit" value="Respon"></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f'<div class="comment_wrapper" id="comment_wrapper"><h2>Discussió</h2>{items}</div>')


def test_a_thread_without_markup_under_its_heading_in_another_language():
    items = "".join(f"""<div><div><span>#{i + 1}</span> <b>{name}</b> <span>2024.03.12. 18:0{i}</span></div>
<div>{text}</div><div><a href="#">Válasz</a></div></div>""" for i, (name, text) in enumerate(READERS))
    # (the heading over the form to write one, "Új hozzászólás írása", is not the thread's)
    result = segment(page(STORY + f'<div id="hsz"><h3>Hozzászólások (2)</h3>{items}</div><div><h3>Új hozzászólás írása</h3>'
                                  '<p>A hozzászólások nem a szerkesztőség véleményét tükrözik, kérjük tartsa be a szabályzatot.</p>'
                                  '<form><textarea name="t"></textarea><input type="submit" value="Küldés"></form></div>'))
    # (the reply link "Válasz" stays in the text: the text rules know "Reply" rows in English only)
    assert [(c.author, c.time) for c in result.comments] == [(name, f"2024.03.12. 18:0{i}") for i, (name, _) in enumerate(READERS)]
    assert all(c.text.startswith(text) for c, (_, text) in zip(result.comments, READERS))


def test_moodle_replies_nested_in_the_opening_post_named_after_by():
    # Moodle 4: article#pN.forum-post-container, its header the post's subject (h3) over "by <a>Name</a> - <time>",
    # its text in div.post-content-container, and the replies nested inside the opening post (div.indent)
    def post(i, name, subject, text, replies=""):
        return f"""<article id="p8820{i}" class="forum-post-container mb-2" data-region="post"><div class="forumpost{' firstpost starter' if not i else ''}">
<header class="mb-2 header row"><img class="rounded-circle" src="a.png" alt="Picture of {name}"><div class="d-flex flex-column">
<h3 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject">{subject}</h3>
<div class="mb-3">by <a href="/user/view.php?id=7{i}">{name}</a> - <time datetime="2024-03-12T09:0{i}:00+00:00">Tuesday, 12 March 2024, 9:0{i} AM</time></div></div></header>
<div class="post-content-container" id="post-content-8820{i}">{text}</div><div class="post-actions"><a href="#">Permalink</a> <a href="#">Reply</a></div></div>
<div class="indent" data-region="replies-container">{replies}</div></article>"""
    replies = "".join(post(i + 1, name, "Seed swap" if i else "Re: The seed bank opens", f"<p>{text}</p>")
                      for i, (name, text) in enumerate(READERS))
    result = segment(page('<div role="main"><h3 class="discussionname">The seed bank opens</h3>'
                          + post(0, "Ana Ortiz", "The seed bank opens", STORY_POST, replies) + "</div>"))
    article_ok(result)
    assert "best thing our library" not in result.article.text
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Tuesday, 12 March 2024, 9:0{i + 1} AM", text) for i, (name, text) in enumerate(READERS)]


def test_ubbthreads_table_posts_with_a_numbered_date_and_a_quoted_post():
    # UBB.threads 7: each post a table.t_standard without id (subject row with "#412213 - 03/12/24 08:14 PM", the
    # poster's cell td.author-content, the text in div.post_inner with a quotation headed "Originally Posted By: X",
    # the signature, kept, an "Edited by" note)
    def post(i, name, text):
        return f"""<table width="100%" class="t_standard"><tr><td class="subjecttable" colspan="2"><div class="fl"><a name="Post{i}"></a>
<span class="bold">Re: The seed bank opens</span></div><div class="fr"><span class="small">#41221{i} - 03/12/24 08:1{i} PM</span></div></td></tr>
<tr><td class="author-content alt-1" rowspan="2"><a href="/users/{i}/x.html" class="username">{name}</a><br><span class="small">Member</span><br>
<span class="small">Registered: 05/14/09<br>Posts: 1,204<br>Loc: Erie, PA</span></td>
<td class="post-content alt-1"><div class="post_inner"><div id="body{i}">{text}</div><div class="signature"><hr class="signature">Tight lines</div></div></td></tr>
<tr><td class="post-options alt-1"><span class="small"><a href="#top">Top</a> | <a href="/newreply?quote=1">Quote</a> | <a href="/newreply">Reply</a></span></td></tr></table>"""
    quoted = (f'<div class="ubbcode-block"><div class="ubbcode-header">Originally Posted By: {READERS[0][0]}</div>'
              f'<div class="ubbcode-body">{READERS[0][1]}</div></div><br>')
    posts = [post(0, "Ana Ortiz", STORY_POST.replace("</p><p>", "<br><br>").replace("<p>", "").replace("</p>", "")),
             post(1, READERS[0][0], READERS[0][1]), post(2, READERS[1][0], f"{quoted}{READERS[1][1]}<br><br>Edited by Tomasz (03/12/24 09:02 PM)")]
    result = segment(page('<table class="t_outer"><tr><td>' + "".join(posts) + "</td></tr></table>"))
    article_ok(result)
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "03/12/24 08:11 PM", f"{READERS[0][1]}\nTight lines", None),
        (READERS[1][0], "03/12/24 08:12 PM", f"{READERS[1][1]}\nTight lines", 0)]


def test_topix_thread_with_a_reply_quoting_its_parent_under_a_bold_wrote_line():
    # Topix's widget: div#topix_comments (not a "top comments" box) > div.tpx-post; a reply quotes its parent in a
    # blockquote headed "<b>Name wrote:</b>"
    posts = "".join(f"""<div class="tpx-post"><div class="tpx-posthead"><span class="tpx-num">#{i + 1}</span> <span class="tpx-name"><b>{name}</b></span>
<span class="tpx-loc">Dix, IL</span> <span class="tpx-date">Mar 1{i}, 2010</span></div>{quote}<div class="tpx-text"><p>{text}</p></div>
<div class="tpx-judge">Judge it! <a href="#">Agree</a> <a href="#">Disagree</a> | <a href="#">Report Abuse</a> | <a href="#">Reply &raquo;</a></div></div>"""
                    for i, ((name, text), quote) in enumerate(zip(READERS, ["", f"<blockquote class=\"tpx-quote\"><b>{READERS[0][0]} wrote:</b><br />{READERS[0][1]}</blockquote>"])))
    result = segment(page(STORY + f'<div id="topix_comments"><div class="tpx-header"><b>Comments (2)</b></div>{posts}</div>'))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "Mar 10, 2010", READERS[0][1], None), (READERS[1][0], "Mar 11, 2010", READERS[1][1], 0)]


def test_unnamed_comment_tables_after_the_threads_anchor_with_their_bylines_after_the_text():
    # Xanga: <a name="comments"></a>, then a table per comment: its text, then "Posted DATE by NAME - delete - reply"
    tables = "".join(f"""<table width="100%" style="border-bottom:1px dashed #ccc"><tr><td><font size="2">{text}</font><br /><br />
<font size="1">Posted 3/1{i}/2006 at 11:0{i} PM by <a href="http://www.xanga.com/u{i}">{name.replace(' ', '_')}</a> - <a href="#">delete</a> - <a href="#">reply</a></font></td></tr></table>"""
                     for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<a name="comments"></a><table width="100%"><tr><td>{tables}</td></tr></table>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name.replace(" ", "_"), f"3/1{i}/2006 at 11:0{i} PM", text) for i, (name, text) in enumerate(READERS)]


def test_myspace_rows_of_a_poster_cell_and_a_text_cell_posted_by_a_link_to_nowhere():
    names = ["Jessie ~*~ rock n roll queen ~*~", "Frank"]
    rows = "".join(f"""<tr><td class="blogCommentsProfile"><a href="http://profile.myspace.com/index.cfm?friendid=1{i}"><img src="s.jpg"></a><br><a href="#">{name}</a></td>
<td class="blogCommentsContent"><p class="blogCommentsTimeStamp">Posted by <a href="#">{name}</a> on Saturday, June 1{i}, 2007 at 9:0{i} AM</p>
{text}<p>[ <a href="#">Reply to this</a> ]</p></td></tr>""" for i, (name, (_, text)) in enumerate(zip(names, READERS)))
    result = segment(page(STORY + f'<table class="blogComments"><tr><th colspan="2">Comments</th></tr>{rows}</table>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Saturday, June 1{i}, 2007 at 9:0{i} AM", text) for i, (name, (_, text)) in enumerate(zip(names, READERS))]


def test_wix_comments_named_by_data_hook_with_hashed_classes():
    # Wix Comments: hashed classes; what each block is stands in data-hook ("comment", "author-name", "timestamp",
    # "comment-content"), a reply in the comment's data-hook="replies-list"
    def item(i, name, text, replies=""):
        return f"""<div data-hook="comment" class="_9eLQz" id="comment-1b{i}"><div class="_3KpWr"><img data-hook="avatar-image" src="a.png" alt="">
<div class="_2ZSJz"><span data-hook="author-name" class="_1wB9b">{name}</span><span data-hook="timestamp" class="_2h0J8">Mar 1{i}</span></div>
<button data-hook="more-button" aria-label="More Actions"></button></div><div data-hook="comment-content" class="_2W9zR"><p class="_1FoOD">{text}</p></div>
<div class="_1M4tj"><button data-hook="like-button">Like</button><span data-hook="total-likes">4</span><button data-hook="reply-button">Reply</button></div>
<div data-hook="replies-list" class="_3d8Nf">{replies}</div></div>"""
    thread = item(0, *READERS[0], replies=item(1, *READERS[1]))
    result = segment(page(STORY + f'<div data-hook="comments-root"><h2>Comments</h2><div data-hook="comments-list" class="_2zQ2d">{thread}</div></div>'))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "Mar 10", READERS[0][1], None), (READERS[1][0], "Mar 11", READERS[1][1], 0)]


def test_changyan_names_marked_with_the_systems_suffix_and_a_quoted_comment():
    # Sohu Changyan: every class ends "-gw" (span.user-name-gw, span.time-gw); a reply quotes its parent in a block
    # headed "引用 NAME 的评论：" ("quoting NAME's comment")
    def item(i, name, text, quote=""):
        return f"""<div class="block-cont-gw" id="cmt-18280{i}"><div class="cont-head-gw"><div class="head-img-gw"><img src="a.png" alt=""></div></div>
<div class="cont-msg-gw"><div class="wrap-user-gw"><span class="user-name-gw"><a href="javascript:void(0)">{name}</a></span><span class="user-address-gw">[江苏南京]</span></div>
{quote}<div class="wrap-issue-gw"><p class="issue-wrap-gw"><span class="wrap-word-gw">{text}</span></p></div>
<div class="clear-g wrap-action-gw"><div class="action-click-gw"><span class="time-gw">2024年3月12日 20:1{i}</span><i class="gap-gw"></i>
<span class="click-reply-eg">回复</span><i class="gap-gw"></i><span class="click-report-gw">举报</span></div></div></div></div>"""
    quote = f'<div class="cont-comment-gw"><div class="comment-floor-gw"><span class="floor-user-gw">引用 {READERS[0][0]} 的评论：</span><p class="floor-text-gw">{READERS[0][1]}</p></div></div>'
    result = segment(page(STORY + '<div id="SOHUCS"><div class="module-cmt-list">' + item(0, *READERS[0]) + item(1, *READERS[1], quote=quote) + "</div></div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "2024年3月12日 20:10", READERS[0][1], None), (READERS[1][0], "2024年3月12日 20:11", READERS[1][1], 0)]


def test_muut_replies_in_a_list_named_replies_inside_the_thread():
    # Muut: ul.m-threads > li.m-thread > div.m-seed (the comment) + ul.m-replies > li.m-reply-item > div.m-reply
    def block(cls, i, name, text):
        return f"""<div class="{cls}" id="m-{i}"><a class="m-facelink" href="https://muut.com/u/{i}"><img src="a.png" alt=""></a>
<div class="m-meta"><a class="m-username" href="https://muut.com/u/{i}">{name}</a> <span class="m-date">Apr {i + 2}</span></div>
<div class="m-content"><p>{text}</p></div><div class="m-toolbar"><span class="m-likes">&#9829; 4</span><a class="m-reply" href="#">Reply</a></div></div>"""
    threads = (f'<li class="m-thread">{block("m-seed", 0, *READERS[0])}<ul class="m-replies"><li class="m-reply-item">'
               f'{block("m-reply", 1, *READERS[1])}</li></ul></li><li class="m-thread">{block("m-seed", 2, "Sam", "A third thought on the same story.")}</li>')
    result = segment(page(STORY + f'<section class="comments"><div class="muut m-embed"><h3 class="m-title">Comments</h3><ul class="m-threads">{threads}</ul></div></section>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], 0), ("Sam", "A third thought on the same story.", None)]


def test_dotclear_terms_naming_the_commenter_after_par_with_the_owners_marked_me():
    # Dotclear's Berlin theme: a bare dl; dt "1. Le mardi 12 mars 2024, 20:14 par <a href="#">Yann</a>" (the blog
    # owner's dt and dd classed "me"), dd the text
    names = [READERS[0][0], "Gaëlle", READERS[1][0]]
    texts = [READERS[0][1], "Merci Hannah, on en reparle samedi au marché.", READERS[1][1]]
    terms = "".join(f"""<dt id="c221{i}" class="{'odd' if i % 2 == 0 else 'even'}{' me' if i == 1 else ''}"><a href="#c221{i}" class="comment-number">{i + 1}.</a>
Le mardi 12 mars 2024, 20:1{i} par <a href="#" rel="nofollow">{name}</a></dt><dd class="{'odd' if i % 2 == 0 else 'even'}{' me' if i == 1 else ''}"><p>{text}</p></dd>"""
                    for i, (name, text) in enumerate(zip(names, texts)))
    result = segment(page(STORY + f'<div id="comments"><h3>3 commentaires</h3><dl>{terms}</dl></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12 mars 2024, 20:1{i}", text) for i, (name, text) in enumerate(zip(names, texts))]


def test_antville_name_before_the_date_in_the_date_block():
    # Antville: div.commentDate "<a href=...>Lotte Kramer</a>, 12. März 2008, 15:03" (a name with digits in it too)
    names = [READERS[0][0], "neukoellner_seit_1978"]
    items = "".join(f"""<div class="comment"><a name="5323{i}"></a><div class="commentDate"><a href="http://u{i}.antville.example/">{name}</a>, 1{i}. März 2008, 15:0{i}</div>
<div class="commentText"><p>{text}</p></div><div class="commentFooter"><a href="#">antworten</a></div></div>""" for i, (name, (_, text)) in enumerate(zip(names, READERS)))
    result = segment(page(STORY + f'<a name="comments"></a><div class="comments">{items}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"1{i}. März 2008, 15:0{i}", text) for i, (name, (_, text)) in enumerate(zip(names, READERS))]


def test_akocomment_inline_written_by_byline_and_a_held_back_placeholder():
    # Mambo's AkoComment: a table per comment, its head "<b>Subject</b> <span class="small">Written by NAME on DATE</span>";
    # a comment held for approval says so at length and is no comment
    tables = "".join(f"""<table width="100%" class="akocomment"><tr><td class="akocommentHead"><b>Seeds</b> <span class="small">Written by {name} on 2006-04-1{i} 21:03</span></td></tr>
<tr><td class="akocommentText">{text}</td></tr></table>""" for i, (name, text) in enumerate(READERS))
    held = ('<table width="100%" class="akocomment"><tr><td class="akocommentText">This comment is pending approval and won\'t be displayed '
            'until it has been approved by a moderator.</td></tr></table>')
    _check_timed(f'<table class="contentpaneopen"><tr><td><b>Comments</b></td></tr><tr><td>{tables}{held}</td></tr></table>',
                 ["2006-04-10 21:03", "2006-04-11 21:03"])


def test_a_replys_first_line_naming_whom_it_replied_to():
    items = "".join(f"""<div class="comment" id="c{i}"><div class="comment-meta"><a class="author" href="/social/u{i}">{name}</a> <span class="date">02:4{i} PM</span></div>
<div class="comment-body">{'<p>Replied to ' + READERS[0][0] + ':</p>' if i else ''}<p>{text}</p></div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments">{items}</div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [(READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], 0)]


def test_shopify_comments_named_in_their_footer_after_the_text():
    # Shopify's Dawn theme: the text first, then <footer> with two unnamed spans, the name and the date
    items = "".join(f"""<div class="article-template__comments-comment"><div class="rte"><p>{text}</p></div>
<footer class="right"><span class="circle-divider caption-with-letter-spacing">{name}</span><span class="caption-with-letter-spacing">March 1{i}, 2024</span></footer></div>"""
                    for i, (name, text) in enumerate(READERS))
    _check(f'<div id="comments" class="page-width"><h2 class="h2">2 comments</h2><div class="article-template__comments">{items}</div></div>')


def test_contao_kommentar_von_name_and_wikia_permalink_times():
    # Contao: p.info "Kommentar von NAME | 12.03.2024 20:14"; Wikia: the time only in the permalink, clock first
    contao = "".join(f"""<div class="comment_default {'odd' if i % 2 == 0 else 'even'}" id="c31{i}"><p class="info">Kommentar von {name} | 12.03.2024 20:1{i}</p>
<div class="comment"><p>{text}</p></div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div class="ce_comments block"><h2>Kommentare (2)</h2>{contao}</div>'))
    assert [(c.author, c.time) for c in result.comments] == [(name, f"12.03.2024 20:1{i}") for i, (name, _) in enumerate(READERS)]
    wikia = "".join(f"""<li class="SpeechBubble comment" id="comm-8284{i}"><blockquote class="speech-bubble-message">
<div class="edited-by"><a href="/wiki/User:{name}">{name}</a></div><div class="article-comm-text"><p>{text}</p></div>
<div class="buttons"><a href="#" class="article-comm-reply">Reply</a></div><div class="permalink"><a href="#comm-8284{i}">15:2{i}, March 12, 2012 (UTC)</a></div>
</blockquote></li>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="WikiaArticleComments"><ul id="article-comments-ul" class="comments">{wikia}</ul></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"15:2{i}, March 12, 2012 (UTC)", text) for i, (name, text) in enumerate(READERS)]  # (its zone is part of the time)


def test_welsh_sylw_comments_with_their_parts_named_in_welsh():
    # Golwg360: div.sylw (a reply div.sylw.ateb inside), div.sylw-pen (strong.enw name, span.amser time), div.sylw-testun
    def item(i, name, text, inner=""):
        return f"""<div class="sylw{' ateb' if i else ''}" id="sylw-3550{i}"><div class="sylw-pen"><strong class="enw">{name}</strong> <span class="lleoliad">(Tregaron)</span>
<span class="amser">12/03/2014 15:0{i}</span></div><div class="sylw-testun"><p>{text}</p></div><div class="sylw-gweithred"><a href="#">Ateb</a> <a href="#">Hoffi (14)</a></div>{inner}</div>"""
    result = segment(page(STORY + '<div id="sylwadau"><h3>Sylwadau (2)</h3>' + item(0, *READERS[0], inner=item(1, *READERS[1])) + "</div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "12/03/2014 15:00", READERS[0][1], None), (READERS[1][0], "12/03/2014 15:01", READERS[1][1], 0)]


def test_a_thread_named_in_spanish_by_its_id_with_a_mention_kept_in_the_reply():
    # El País (Eskup): div#comentarios_noticia > div.msg; the date "12/03/2012 - 15:31h"; a reply opens "en respuesta a
    # <a href="#">@cmendez</a>": the mention is the reader's words, not an action link
    def item(i, name, text):
        return f"""<div class="msg" id="msg_435{i}"><div class="autor_msg"><img src="a.jpg" alt=""> <a class="autor" href="http://eskup.example/u{i}">{name}</a></div>
<div class="fecha_msg">12/03/2012 - 15:3{i}h</div><div class="texto_msg"><p>{text}</p></div><div class="acciones_msg"><a href="#">Responder</a> <a href="#">Me gusta (12)</a></div></div>"""
    reply = 'en respuesta a <a href="#">@hcole</a> ' + READERS[1][1]
    result = segment(page(STORY + '<div id="comentarios_noticia"><div class="cabecera_comentarios"><h3>Comentarios</h3></div><div class="eskup_hilo">'
                          + item(0, *READERS[0]) + item(1, READERS[1][0], reply) + "</div></div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (READERS[0][0], "12/03/2012 - 15:30h", READERS[0][1]), (READERS[1][0], "12/03/2012 - 15:31h", f"en respuesta a @hcole {READERS[1][1]}")]


def test_sb_nation_flat_thread_with_l_depth_classes_and_by_name_on_date_lines():
    # Chorus: div.citem.l0 / .l1 (depth), div.ctitle, div.ctext, div.cmeta "by <a>NAME</a> on <span>DATE</span>"; a
    # paragraph that opens "By the way" is the reader's
    texts = [READERS[0][1], "By the way, " + READERS[1][1]]
    items = "".join(f"""<div class="citem l{i}" id="comment_716{i}"><div class="cbody"><div class="ctitle"><strong>Seeds {i}</strong></div>
<div class="ctext"><p>{text}</p></div><div class="cmeta">by <a class="poster" href="/users/u{i}">{name}</a> on <span class="ctime">Mar 12, 2013 | 9:4{i} AM</span>
<span class="creply-actions"><a href="#" class="reply">reply</a> <a href="#" class="rec">rec</a></span> <span class="crecs">5 recs</span></div></div></div>"""
                    for i, ((name, _), text) in enumerate(zip(READERS, texts)))
    result = segment(page(STORY + f'<div id="comments" class="m-comments"><h3>2 comments</h3>{items}</div>'))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (name, f"Mar 12, 2013 | 9:4{i} AM", f"Seeds {i}\n{text}", i - 1 if i else None) for i, ((name, _), text) in enumerate(zip(READERS, texts))]


def test_derstandard_postings_with_titles_replies_and_a_deleted_posting():
    # derStandard: li.posting.level-0 (a deleted one li.posting.deleted), div.upost-title over div.upost-text, replies
    # in ul.replies > li.posting.level-1
    def posting(level, name, title, text, replies=""):
        head = f'<div class="upost-head"><a class="username" href="/userprofil/{name}">{name}</a> <span class="date">12. März 2015, 14:2{level}</span></div>'
        return (f'<li class="posting level-{level}">{head}' + (f'<div class="upost-title"><strong>{title}</strong></div>' if title else "")
                + f'<div class="upost-text"><p>{text}</p></div><div class="upost-foot"><a href="#">Antworten</a> <div class="ratings">+48 / −3</div></div>{replies}</li>')
    thread = (posting(0, READERS[0][0], "Kursplätze", READERS[0][1], f'<ul class="replies level-1">{posting(1, READERS[1][0], "", READERS[1][1])}</ul>')
              + '<li class="posting deleted"><div class="upost-text"><p>Dieses Posting wurde von der Redaktion gelöscht.</p></div></li>'
              + posting(0, "Rudi R.", "", "Im Artikel steht 160.000 Bezieher."))
    result = segment(page(STORY + f'<div id="forum"><ul class="postinglist">{thread}</ul></div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], f"Kursplätze\n{READERS[0][1]}", None), (READERS[1][0], READERS[1][1], 0), ("Rudi R.", "Im Artikel steht 160.000 Bezieher.", None)]


def test_a_quotation_headed_in_spanish_and_a_date_with_its_clock_a_las():
    # Taringa!: span.comment-date "11.03.2011 a las 22:10hs"; a reply quotes in div.citacuerpo > p "<b>Cita:</b> NAME escribió:"
    def item(i, name, text):
        return f"""<div class="comentario" id="div_cmnt_475432{i}"><div class="comment-box"><div class="comment-info"><a class="nick" href="/u{i}">{name}</a>
<span class="comment-date">11.03.2011 a las 22:1{i}hs</span> <span class="votos">+4</span></div><div class="comment-content">{text}</div></div></div>"""
    quote = f'<div class="citacuerpo"><p><b>Cita:</b> {READERS[0][0]} escribió:</p><p>{READERS[0][1]}</p></div>'
    result = segment(page(STORY + '<div id="comentarios">' + item(0, *READERS[0]) + item(1, READERS[1][0], quote + READERS[1][1]) + "</div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "11.03.2011 a las 22:10hs", READERS[0][1], None), (READERS[1][0], "11.03.2011 a las 22:11hs", READERS[1][1], 0)]


def test_a_byline_run_into_the_text_and_a_moderators_note_in_brackets():
    # ProPhoto: <p><span class="comment-author">NAME</span><span class="comment-meta-above"> - DATE</span> text</p>;
    # MetaFilter's "[One comment deleted. ...]" note between comments is no comment
    items = "".join(f"""<div id="comment-4754{i}" class="comment"><p><span class="comment-author"><a href="#" rel="external nofollow" class="url">{name}</a></span>
<span class="comment-meta-above"> - March 12, 2013 - 8:1{i} pm</span> {text}</p></div>""" for i, (name, text) in enumerate(READERS))
    note = ('<div id="comment-47549" class="comment"><p>[One comment deleted. Please don\'t make this about one library\'s budget fight; '
            'there is a thread for that on MetaTalk already.]</p></div>')
    _check_timed(f'<div class="comments-body">{items}{note}</div>', ["March 12, 2013 - 8:10 pm", "March 12, 2013 - 8:11 pm"])


def test_vk_replies_numbered_like_the_posts_they_answer():
    # VK Comments: div._post.post#wcomments_post-N, its replies div.reply#wcomments_reply-N inside div.replies
    reply = f"""<div class="replies"><div class="replies_wrap"><div class="reply" id="wcomments_reply-38063"><div class="reply_content">
<div class="reply_author"><a class="author" href="https://vk.com/id2">{READERS[1][0]}</a></div><div class="wall_reply_text">{READERS[1][1]}</div>
<div class="reply_footer"><div class="reply_date"><a class="wd_lnk" href="#">12 мар в 21:02</a></div><span class="reply_link">Ответить</span></div></div></div></div></div>"""
    posts = "".join(f"""<div class="_post post" id="wcomments_post-8784{i}"><div class="post_header"><div class="post_header_info"><a class="author" href="https://vk.com/id{i}">{name}</a>
<div class="post_date"><a class="post_link" href="#">12 мар в 20:1{i}</a></div></div></div><div class="post_content"><div class="wall_post_text">{text}</div></div>
<div class="post_info"><span class="reply_link">Ответить</span></div>{reply if not i else ''}</div>"""
                    for i, (name, text) in enumerate([READERS[0], ("Павел Ильин", "Тридцать восемь миллионов за лыжню?")]))
    result = segment(page(STORY + f'<div id="vk_comments"><div class="wcomments_posts">{posts}</div></div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], 0), ("Павел Ильин", "Тридцать восемь миллионов за лыжню?", None)]


def test_fc2_footer_naming_the_commenter_among_its_parts_after_the_date():
    # FC2: h4.sub_title, div.sub_body, div.sub_footer "2009/03/12(木) 22:01:33 | <a>URL</a> | NAME <a>#548</a><a>[ 編集]</a>"
    # in a flat run; a private comment's placeholder, then only its footer, is no comment
    runs = "".join(f"""<h4 class="sub_title">Seeds {i}</h4><div class="sub_body">{text}</div>
<div class="sub_footer">2009/03/1{i}(木) 22:01:33 | <a href="#">URL</a> | {name} <a href="#">#548{i}</a><a href="#">[ 編集]</a></div>"""
                   for i, (name, text) in enumerate(READERS))
    private = ('<h4 class="sub_title">管理人のみ閲覧できます</h4><div class="sub_body">このコメントは管理人のみ閲覧できます</div>'
               '<div class="sub_footer">2009/03/13(金) 01:05:11 | | # [ 編集]</div>')
    result = segment(page(STORY + f'<div id="comment"><h3 class="sub_header">コメント</h3>{runs}{private}</div>'))
    assert [(c.author, c.time) for c in result.comments] == [(name, f"2009/03/1{i}(木) 22:01:33") for i, (name, _) in enumerate(READERS)]
    assert [c.text.split("\n")[-1] for c in result.comments] == [text for _, text in READERS]


def test_lesermeinungen_with_titles_and_their_time_in_uhr():
    # FAZ: div#lesermeinungen > div.LMBox (div.LMKopf: a.LMAutor to /benutzer/N, span.LMDatum "12.03.2013, 15:02 Uhr"), h4.LMTitel, div.LMText
    boxes = "".join(f"""<div class="LMBox" id="lm4482{i}"><div class="LMKopf"><a class="LMAutor" href="/benutzer/5807{i}">{name}</a> <span class="LMDatum">12.03.2013, 15:0{i} Uhr</span></div>
<h4 class="LMTitel">Titel {i}</h4><div class="LMText"><p>{text}</p></div><div class="LMAktionen"><a href="#">Antworten</a> <a href="#">Empfehlen (41)</a></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="lesermeinungen" class="Lesermeinungen"><div class="LMHeader"><h3>Lesermeinungen (2)</h3></div>{boxes}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12.03.2013, 15:0{i} Uhr", f"Titel {i}\n{text}") for i, (name, text) in enumerate(READERS)]


def test_reactions_in_an_aside_beside_the_story_and_ucoz_comment_blocks():
    # RTBF: aside.c-reactions (the thread set beside the story, not a sidebar) > div.c-reaction; uCoz: div.comEnt#comEntN, the
    # commenter's name a link that opens their profile in a window (href="javascript://")
    reactions = "".join(f"""<div class="c-reaction"><div class="c-reaction__head"><span class="c-reaction__author">{name}</span>
<time class="c-reaction__date">12/03/2016 - 15:0{i}</time></div><p class="c-reaction__text">{text}</p>
<div class="c-reaction__actions"><a href="#">Répondre</a> <a href="#">J'aime (12)</a></div></div>""" for i, (name, text) in enumerate(READERS))
    _check(f'<aside class="c-reactions" style="order:2"><h3>Réactions (2)</h3>{reactions}</aside>')
    ucoz = "".join(f"""<div class="comEnt" id="comEnt{i + 1}"><table class="cBlock{i + 1}"><tr><td><div style="float:left"><b>{i + 1}</b>
<a href="javascript://" rel="nofollow" onclick="window.open('/index/8-0-7236{i}', 'up1'); return false;"><b>{name}</b></a> &nbsp;(12.03.2011 19:2{i})</div>
<div class="cMessage" style="clear:both">{text}</div></td></tr></table></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="allEntries">{ucoz}</div>'))
    assert [c.text for c in result.comments] == [text for _, text in READERS]


def test_tumblr_replies_beside_reblogs_with_commentary_and_an_empty_thread_box():
    # Tumblr's notes: li.note.reply ("NAME said: <span class="answer_content">...") beside li.note.reblog.with_commentary;
    # a like is no comment. Then a page whose only "comment" block is the thread's box named so ("comments-wrap") over an
    # empty Facebook plugin, holding a share bar and a guidelines line, has none.
    notes = (f"""<li class="note reblog with_commentary"><span class="action"><a href="https://a.tumblr.com/" class="tumblelog">{READERS[0][0]}</a>
reblogged this from <a href="#">quietlibrarian</a> and added:</span><blockquote><a href="#" title="View post">{READERS[0][1]}</a></blockquote></li>
<li class="note like"><span class="action"><a href="#" class="tumblelog">booksandtea</a> likes this</span></li>
<li class="note reply"><span class="action"><a href="https://b.tumblr.com/" class="tumblelog">{READERS[1][0]}</a> said: <span class="answer_content">{READERS[1][1]}</span></span></li>""")
    result = segment(page(STORY + f'<div id="notes"><ol class="notes">{notes}</ol></div>'))
    assert [(c.author, c.text) for c in result.comments] == READERS
    empty = ('<div class="comments-wrap"><div class="util-bar">CONNECT TWEET LINKEDIN COMMENT EMAIL MORE</div><h3>Join the Conversation</h3>'
             '<p>To find out more about Facebook commenting please read the <a href="#">Conversation Guidelines and FAQs</a></p>'
             '<div class="fb-comments" data-numposts="5"></div></div>')
    assert segment(page(STORY + empty)).comments == []


def test_a_flat_thread_whose_reply_quotes_in_a_block_of_its_own_and_a_hidden_comment():
    # Dnevnik: no wrapper per comment (anchor, p.c-head, [div.c-quote "<b>NAME</b> написа:"], p.c-text, p.c-rate, hr);
    # a comment hidden for its low rating leaves only its placeholder
    def run(i, name, text, quote=""):
        return (f'<a name="comment-{i}"></a><p class="c-head"><b>#{i}</b> <a class="user" href="/user/8205{i}">{name}</a> '
                f'<span class="date">12.03.2012 15:0{i}</span></p>{quote}<p class="c-text">{text}</p>'
                f'<p class="c-rate">Рейтинг: <a href="#">+28</a> / <a href="#">&minus;1</a> | <a href="#">Отговор</a> | '
                f'<a href="#">Сигнал за нередност</a></p><hr class="c-sep" />')
    quote = f'<div class="c-quote"><b>{READERS[0][0]}</b> написа:<br />{READERS[0][1]}</div>'
    hidden = '<a name="comment-3"></a><p class="c-hidden">#3 Коментарът е скрит поради нисък рейтинг. <a href="#">Покажи</a></p><hr class="c-sep" />'
    result = segment(page(STORY + '<div id="comments"><h3>Коментари (3)</h3>' + run(1, *READERS[0]) + run(2, *READERS[1], quote=quote) + hidden + "</div>"))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [(READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], 0)]


def test_ucoz_comments_named_in_any_script_before_their_date():
    # uCoz: div.comEnt#comEntN; "N <a onclick=window.open(profile)><b>NAME</b></a> (12.03.2011 19:21)" over div.cMessage
    names = ["Сергей_К", "Ольга"]
    ucoz = "".join(f"""<div class="comEnt" id="comEnt{i + 1}"><table class="cBlock{i + 1}"><tr><td><div style="float:right">[<a href="#">Материал</a>]</div>
<div style="float:left"><b>{i + 1}</b> <a href="javascript://" rel="nofollow" onclick="window.open('/index/8-0-7236{i}', 'up1'); return false;"><b>{name}</b></a> &nbsp;(12.03.2011 19:2{i})</div>
<div class="cMessage" style="clear:both">{text}</div></td></tr></table></div>""" for i, (name, (_, text)) in enumerate(zip(names, READERS)))
    result = segment(page(STORY + f'<div id="allEntries">{ucoz}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12.03.2011 19:2{i}", text) for i, (name, (_, text)) in enumerate(zip(names, READERS))]


def test_idnes_contributions_indented_by_a_percent_margin_and_a_czech_placeholder():
    # iDNES: div#disc-list > div.contribution#dNNN, a reply only by style="margin-left:5%" (10% one level deeper), a
    # deleted contribution leaving "Příspěvek byl smazán administrátorem."
    def contribution(i, name, text, margin=None):
        style = f' style="margin-left:{margin}%"' if margin else ""
        return (f'<div class="contribution" id="d148700{i}"{style}><div class="user-image"><img src="/anonym.png" alt=""></div>'
                f'<div class="cell"><div class="user-bar"><h4 class="name"><a href="/diskuse/uzivatel/{i}">{name}</a></h4>'
                f'<span class="date">12. 3. 2024 14:2{i}</span></div><div class="user-text"><p>{text}</p></div>'
                f'<div class="disc-buttons"><a class="plus" href="#">+6</a><a class="reply" href="#">Reagovat</a></div></div></div>')
    third = ("Karel", "Linka 44 v zimě do kopce, to bude zkouška ohněm. Škoda, že jen do června.")
    deleted = ('<div class="contribution deleted" id="d1487009" style="margin-left:5%"><div class="cell">'
               '<p class="deleted-text">Příspěvek byl smazán administrátorem.</p><a href="/diskuse/pravidla">Proč?</a></div></div>')
    result = segment(page(STORY + '<div id="disc-list">' + contribution(1, *READERS[0]) + contribution(2, *READERS[1], margin=5)
                          + deleted + contribution(3, *third, margin=10) + "</div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        *[(name, f"12. 3. 2024 14:2{i + 1}", text) for i, (name, text) in enumerate(READERS)], (third[0], "12. 3. 2024 14:23", third[1])]
    assert [c.parent for c in result.comments] == [None, 0, None]  # (the third answers the deleted one, not the second)


def test_el_mundo_numbered_foreign_ids_and_a_reply_linked_after_en_respuesta_a():
    # El Mundo: li.ue-c-comment#comentario-N (each comment's own numbered id in Spanish), a reply's
    # p.ue-c-comment__reply-to "En respuesta a <a href="#comentario-1">#1 NAME</a>"
    def comment(i, name, text, reply_to=None):
        reply = (f'<p class="ue-c-comment__reply-to">En respuesta a <a href="#comentario-{reply_to}">#{reply_to} {READERS[reply_to - 1][0]}</a></p>'
                 if reply_to else "")
        return (f'<li class="ue-c-comment" id="comentario-{i}"><header class="ue-c-comment__header"><span class="ue-c-comment__number">#{i}'
                f'</span><span class="ue-c-comment__author">{name}</span><time class="ue-c-comment__date">12/03/2024 14:3{i}</time></header>'
                f'{reply}<div class="ue-c-comment__content"><p>{text}</p></div><footer class="ue-c-comment__actions"><button '
                f'class="ue-c-comment__action--reply">Responder</button><button class="ue-c-comment__action--vote">7</button></footer></li>')
    result = segment(page(STORY + '<section id="ue-comments"><ol class="ue-c-comments__list">'
                          + comment(1, *READERS[0]) + comment(2, *READERS[1], reply_to=1) + "</ol></section>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "12/03/2024 14:31", READERS[0][1], None), (READERS[1][0], "12/03/2024 14:32", READERS[1][1], 0)]


def test_a_thread_box_holding_only_its_guidelines_has_no_comments():
    # The Hindu: div#comments.comments-list with a closed-thread note and div.comments-guidelines of two paragraphs
    box = ('<div id="comments" class="comments-list"><h4 class="comments-heading">COMMENTS</h4><div class="comments-closed-msg">'
           '<p>Comments are closed for this article.</p></div><div class="comments-guidelines"><p>Comments have to be in English, and in '
           'full sentences. They cannot be abusive or personal. Please abide by our community guidelines.</p><p>We have migrated to a new '
           'commenting platform. If you are already a registered user and logged in, you may continue to engage with our articles.</p></div></div>')
    assert segment(page(STORY + box)).comments == []


def test_netease_tie_with_its_quoted_floors_read_for_the_parent():
    # NetEase 跟帖: div.reply#tie-N > div.tie-bdy > (div.tie-user-info, [div.tie-floors > div.floor ...], p.tie-cnt,
    # div.tie-operations "顶[1073]"); the floors quoted are the earlier comments, the outermost the one answered
    def tie(i, name, text, floors=""):
        return (f'<div class="reply essence clearfix" id="tie-8120{i}"><div class="tie-author"><img src="/a.png" alt=""></div>'
                f'<div class="tie-bdy"><div class="tie-user-info"><a class="user-name" href="javascript:;">{name}</a>'
                f'<span class="tie-time">03-12 14:3{i}</span></div>{floors}<p class="tie-cnt">{text}</p><div class="tie-operations">'
                f'<a href="javascript:;" class="tie-vote"><span class="vote-text">顶</span><em>[1073]</em></a>'
                f'<a href="javascript:;" class="tie-reply">回复</a></div></div></div>')
    floor = (f'<div class="tie-floors"><div class="floor"><div class="floor-author"><span class="floor-user">{READERS[0][0]}</span>'
             f'<span class="floor-num">1</span></div><p class="floor-cnt">{READERS[0][1]}</p></div></div>')
    result = segment(page(STORY + '<div class="post_comment" id="post_comment_area"><div class="tie-area"><div class="tie-list">'
                          + tie(1, *READERS[0]) + tie(2, *READERS[1], floor) + "</div></div></div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "03-12 14:31", READERS[0][1], None), (READERS[1][0], "03-12 14:32", READERS[1][1], 0)]


def test_sina_comments_marked_by_their_comment_type_in_a_hot_and_a_latest_list():
    # Sina: div.item[comment-type="item"][data-mid] in div.hot-wrap and div.latest-wrap; "今天 15:02" after the text
    def item(mid, name, text, when):
        return (f'<div class="item clearfix" comment-type="item" data-mid="{mid}"><div class="head"><img src="/d.jpg" alt=""></div>'
                f'<div class="cont"><div class="info"><a class="name" href="https://weibo.com/u/{mid}">{name}</a><span class="area">[北京]'
                f'</span></div><div class="txt">{text}</div><div class="action"><span class="time">{when}</span><a href="javascript:;" '
                f'class="reply">回复</a><a href="javascript:;" class="vote"><em>84</em></a></div></div></div>')
    result = segment(page(STORY + '<div class="sina-comment-list"><div class="hot-wrap"><div class="title">最热评论</div><div class="list">'
                          + item("E830", *READERS[0], "3月12日 14:26") + '</div></div><div class="latest-wrap"><div class="title">最新评论'
                          + '</div><div class="list">' + item("4643", *READERS[1], "今天 15:02") + "</div></div></div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (READERS[0][0], "3月12日 14:26", READERS[0][1]), (READERS[1][0], "今天 15:02", READERS[1][1])]


def test_yahoo_japan_replies_as_articles_in_a_reply_list():
    # Yahoo! ニュース: hashed classes; li > article (no name) per comment, its replies li > article.reply in ul.replyList
    def article(name, text, when, cls=""):
        return (f'<article class="sc-z8tf0-0 fhSdWc{cls}"><div class="sc-z8tf0-3"><h2 class="sc-z8tf0-5"><a href="/users/x">{name}</a></h2>'
                f'<time class="sc-z8tf0-6">{when}</time></div><p class="sc-z8tf0-7">{text}</p><ul class="reactionList"><li><button '
                f'type="button">共感した<span>195</span></button></li></ul></article>')
    third = ("はまかぜ", "本当にそれ。うちの父も元バス運転手だけど、早朝から夜まで分割勤務で体を壊した。")
    replies = f'<div class="replyArea"><button type="button">返信1</button><ul class="replyList"><li class="sc-1wv3hl3-7 gLrYeb">{article(*third, "2時間前", " reply")}</li></ul></div>'
    result = segment(page(STORY + '<section id="comment" class="commentModule"><ul class="sc-1wv3hl3-3">'
                          + f'<li class="sc-1wv3hl3-4 kZCwVZ">{article(*READERS[0], "3時間前")}{replies}</li>'
                          + f'<li class="sc-1wv3hl3-4 kZCwVZ">{article(*READERS[1], "3/12(火) 16:48")}</li>'
                          + "</ul></section>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "3時間前", READERS[0][1], None), (third[0], "2時間前", third[1], 0), (READERS[1][0], "3/12(火) 16:48", READERS[1][1], None)]


def test_pantip_thai_dates_comment_numbers_and_a_staff_deletion():
    # Pantip: div.display-post-wrapper per comment: "ความคิดเห็นที่ 1" (comment No. 1) over the text, the name and a
    # Buddhist-era date "12 มีนาคม 2567 เวลา 14:18 น." under it; a comment the staff removed leaves its notice
    def post(i, name, text):
        return (f'<div class="display-post-wrapper section-comment" id="comment{i}"><div class="display-post-number">ความคิดเห็นที่ {i}</div>'
                f'<div class="display-post-story">{text}</div><div class="display-post-story-footer"><span class="display-post-name">{name}</span>'
                f' <span class="display-post-timestamp">12 มีนาคม 2567 เวลา 14:1{i} น.</span></div></div>')
    removed = '<div class="display-post-wrapper section-comment" id="comment3"><div class="display-post-story">ความคิดเห็นนี้ถูกลบโดยทีมงาน เนื่องจากผิดกฎ</div></div>'
    result = segment(page(STORY + '<div id="comments-jsrender">' + post(1, *READERS[0]) + post(2, *READERS[1]) + removed + "</div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12 มีนาคม 2567 เวลา 14:1{i + 1} น.", text) for i, (name, text) in enumerate(READERS)]


def test_spiegel_forum_quote_named_zitat_von_and_times_in_uhr():
    # SPIEGEL: li[data-comment-id] with utility classes only; "<time datetime=2024-03-12>Heute, 14.47 Uhr</time>"; a reply
    # quotes in a blockquote headed "Zitat von NAME"
    def comment(i, name, text, quote=""):
        return (f'<li class="border-t py-24" data-comment-id="6340079{i}"><div class="flex items-center"><span class="mr-8">{i}.</span>'
                f'<a class="font-bold" href="/forum/user/{i}">{name}</a><span><time datetime="2024-03-12">Heute, 14.4{i} Uhr</time></span></div>'
                f'<div class="RichText font-serifUI">{quote}<p>{text}</p></div><div class="flex"><button type="button">Antworten</button>'
                f'<button type="button">Zitieren</button></div></li>')
    quote = (f'<blockquote class="border-l-4 pl-16 italic"><p class="font-sansUI font-bold">Zitat von {READERS[0][0].split()[0]}</p>'
             f'<p>{READERS[0][1]}</p></blockquote>')
    readers = [(READERS[0][0].split()[0], READERS[0][1]), READERS[1]]
    result = segment(page(STORY + '<section data-area="forum"><ul>' + comment(1, *readers[0]) + comment(2, *readers[1], quote) + "</ul></section>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (readers[0][0], "Heute, 14.41 Uhr", readers[0][1], None), (readers[1][0], "Heute, 14.42 Uhr", readers[1][1], 0)]


def test_definition_list_thread_whose_replies_are_variants_of_the_parts():
    # Crikey-like: dl.c-list of dt.c-meta (name, date) and dd.c-text; a reply's are dt.c-meta.c-meta--reply and
    # dd.c-text.c-text--reply, each still one comment's byline and text
    def pair(i, name, text, reply_to=None):
        mod = " c-meta--reply" if reply_to is not None else ""
        to = f' <span class="c-replyto">replying to <a href="#c{reply_to}">{READERS[reply_to][0]}</a></span>' if reply_to is not None else ""
        return (f'<dt id="c{i}" class="c-meta{mod}"><b class="c-author">{name}</b>{to} <span class="c-date">4 March 2024 at 9:1{i}am</span></dt>'
                f'<dd class="c-text{mod.replace("meta", "text")}"><p>{text}</p><p class="c-actions"><a href="#f" class="c-reply">Reply</a></p></dd>')
    third = ("Dog's Breakfast", "Ha! I've seen a contract called advisory services for capability uplift.")
    fourth = ("Kerry W", "To be fair, the article says these are contract values, not actual spending.")
    result = segment(page(STORY + '<section id="comments"><dl class="c-list">' + pair(0, *READERS[0]) + pair(1, *READERS[1])
                          + pair(2, *third, reply_to=0) + pair(3, *fourth) + "</dl></section>"))
    assert [(c.author, c.text) for c in result.comments] == [*READERS, third, fourth]
    assert result.comments[2].parent == 0


def test_mastodon_replies_with_their_mentions_kept_and_the_account_left_out_of_the_name():
    # Mastodon: div.status.status-reply; the name in strong.display-name__html beside span.display-name__account
    # "@user@instance"; the reply opens with a mention (span.h-card > a.u-url.mention), the reader's words
    def status(i, name, account, text):
        return (f'<div class="status__wrapper"><div class="status status-public status-reply" data-id="11207800000000000{i}">'
                f'<div class="status__info"><a href="/@{account}/1" class="status__relative-time"><time datetime="2024-03-11T10:0{i}:00Z">'
                f'{i}h</time></a><a href="/@{account}" class="status__display-name"><span class="display-name"><bdi><strong '
                f'class="display-name__html">{name}</strong></bdi> <span class="display-name__account">@{account}@mastodon.example.se</span>'
                f'</span></a></div><div class="status__content"><div class="status__content__text"><p><span class="h-card"><a '
                f'href="https://fediscience.example/@amaraosei" class="u-url mention">@<span>amaraosei</span></a></span> {text}</p></div></div>'
                f'<div class="status__action-bar"><button type="button" aria-label="Reply" class="icon-button">2</button></div></div></div>')
    result = segment(page(STORY + '<div class="detailed-status__wrapper"></div>' + status(1, READERS[0][0], "hcole", READERS[0][1])
                          + status(2, READERS[1][0], "tomasz", READERS[1][1])))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"{i + 1}h", f"@amaraosei {text}") for i, (name, text) in enumerate(READERS)]


def test_valine_cards_are_comments_not_author_cards():
    # Valine: div.vcards > div.vcard (not hCard's author card) > a.vnick, span.vsys (browser), span.vtime, div.vcontent;
    # replies inside div.vquote (not a quotation)
    def card(i, name, text, replies=""):
        return (f'<div class="vcard" id="65e2f1baef{i}"><img class="vimg" src="/a.png"><div class="vh"><div class="vhead"><a class="vnick" '
                f'href="https://x.example.com">{name}</a> <span class="vsys">Safari 17.3</span> <span class="vsys">Mac OS 10.15.7</span></div>'
                f'<div class="vmeta"><span class="vtime">{i} 天前</span><span class="vat">回复</span></div><div class="vcontent"><p>{text}</p>'
                f'</div><div class="vquote">{replies}</div></div></div>')
    result = segment(page(STORY + '<div id="vcomments" class="v"><div class="vcount"><span class="vnum">2</span> 评论</div><div class="vcards">'
                          + card(3, *READERS[0], replies=card(2, *READERS[1])) + "</div></div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "3 天前", READERS[0][1], None), (READERS[1][0], "2 天前", READERS[1][1], 0)]


def test_nodebb_topic_whose_first_post_is_the_article_and_names_from_the_meta_name():
    # NodeBB: li[component=post][data-index=N] with itemprop=comment; the first post (data-index 0) is the topic's
    # story; the name in <meta itemprop="name" content=...> beside a letter avatar; "@NAME said in TOPIC:" quotes
    def post(i, name, text, quote=""):
        return (f'<li component="post" class="pt-4" data-index="{i}" data-pid="5512{i}" itemprop="comment" itemscope '
                f'itemtype="http://schema.org/Comment"><div class="d-flex"><a href="/user/{name}" aria-label="Profile page"><span '
                f'title="{name}" class="avatar avatar-rounded" component="user/picture">{name[0]}</span></a><div class="post-container">'
                f'<div class="post-header" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" '
                f'content="{name}"><a href="/user/{name}"><span class="avatar" component="user/picture">{name[0]}</span></a>'
                f'<a class="fw-bold" href="/user/{name}">{name}</a> <span class="timeago">{5 - i} days ago</span></div>'
                f'<div class="content" component="post/content" itemprop="text">{quote}<p>{text}</p></div></div></div></li>')
    opening = " ".join(["I finally got round to recapping the A500 I rescued from a car boot sale last summer."] * 4)
    quote = ('<blockquote><p><a class="plugin-mentions-user plugin-mentions-a" href="/user/copperlist">@copperlist</a> said in '
             '<a href="/post/55120">Recapping an A500</a>:</p><p>Clean first with isopropyl and a soft brush.</p></blockquote>')
    html = ('<!DOCTYPE html><html><head><title>Recapping an A500</title></head><body><h1>Recapping an A500</h1><ul component="topic" '
            'class="posts timeline">' + post(0, "copperlist", opening) + post(1, *READERS[0]) + post(2, "retrotom", READERS[1][1], quote)
            + "</ul></body></html>")
    result = segment(html)
    assert [(c.author, c.text) for c in result.comments] == [READERS[0], ("retrotom", READERS[1][1])]
    assert "car boot sale" in result.article.text


def test_stack_exchange_question_is_the_article_and_answers_hold_their_comments():
    # Stack Exchange: div#question[itemtype=Question] (the page's story), div.answer[itemtype=Answer] each; the comments
    # under either are li.comment in ul.comments-list, more of them than answers
    def comments(*pairs):
        return '<ul class="comments-list">' + "".join(
            f'<li class="comment js-comment" id="comment-62187{i}"><div class="comment-score">{i}</div><div class="comment-text">'
            f'<span class="comment-copy">{text}</span> – <a class="comment-user" href="/users/{i}">{name}</a> <span class="comment-date">'
            f'Mar 6 at 1{i}:02</span></div></li>' for i, (name, text) in pairs) + "</ul>"
    question = " ".join(["In British English it is common to say that a team or a player has gone off the boil."] * 5)
    answers = [("Edwin Ashworth", "The figurative use is older than the 1950s; the earliest clear example is a 1937 cricket report."),
               ("tchrist", "The engineering sense, used of boilers below working pressure, is attested in trade journals."),
               ("user9981", "It is just a common expression that means losing interest, and the date hardly matters.")]
    html = ('<!DOCTYPE html><html><head><title>When did off the boil start meaning losing form?</title></head><body><div id="content">'
            '<h1 itemprop="name">When did "off the boil" start meaning "losing form"?</h1><div id="question" class="question" itemprop="mainEntity" '
            f'itemscope itemtype="https://schema.org/Question"><div class="s-prose" itemprop="text"><p>{question}</p></div><div class="user-info">'
            f'<a href="/users/9" itemprop="author">Harriet Quine</a></div>{comments((1, READERS[0]), (2, READERS[1]))}</div><div id="answers">'
            + "".join(f'<div class="answer js-answer" id="answer-6219{i}" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer">'
                      f'<div class="s-prose" itemprop="text"><p>{text}</p></div><div class="user-info"><a href="/users/{i}" itemprop="author">{name}</a>'
                      f'</div>{comments((3 + i, ("Lambie", f"Interesting, but plausible is doing a lot of work here, answer {i}.")))}</div>'
                      for i, (name, text) in enumerate(answers)) + "</div></div></body></html>")
    result = segment(html)
    assert "gone off the boil" in result.article.text
    assert [c.author for c in result.comments] == [READERS[0][0], READERS[1][0], "Edwin Ashworth", "Lambie", "tchrist", "Lambie",
                                                   "user9981", "Lambie"]
    assert [c.parent for c in result.comments] == [None, None, None, 2, None, 4, None, 6]  # (the question's own are on the story)


def test_forem_comments_folded_by_a_summary_that_counts_their_replies():
    # dev.to (Forem): div.comment#comment-node-N > details > summary > span.js-collapse-comment-content "2" (the replies'
    # count, a control) before div.comment__inner with the name, the date and div.comment__body
    def node(i, name, text, depth, replies=""):
        count = f'<span class="inline-block js-collapse-comment-content">{i + 1}</span>' if replies else ""
        return (f'<div class="comment single-comment-node {"root" if not depth else "child"} comment--deep-{depth}" id="comment-node-227134{i}">'
                f'<details class="comment-wrapper" open><summary aria-label="Toggle this comment (and replies)">{count}</summary>'
                f'<div class="comment__inner"><div class="comment__content crayons-card"><div class="comment__header"><a href="/u{i}">'
                f'<span class="js-comment-username">{name}</span></a> <a href="/c/{i}" class="comment-date"><time datetime="2024-03-04">'
                f'Mar {4 + i}</time></a></div><div class="comment__body text-styles">{text}</div></div></div>{replies}</details></div>')
    third = ("Ravi Menon", "Nice write-up but headlines about deleting four hundred lines always make me nervous.")
    result = segment(page(STORY + '<div class="comments" id="comment-trees-container-inner">'
                          + node(0, *READERS[0], 0, replies=node(1, *READERS[1], 1)) + node(2, *third, 0) + "</div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "Mar 4", READERS[0][1], None), (READERS[1][0], "Mar 5", READERS[1][1], 0), (third[0], "Mar 6", third[1], None)]


def test_github_discussion_opening_post_is_the_article_and_a_minimized_comment_is_none():
    # GitHub Discussions: the opening post div.discussion-primer, then div.js-comment-container per comment; a comment
    # minimized as off-topic leaves "This comment was marked as off-topic." and its controls
    def comment(i, name, text, primer=False):
        cls = "timeline-comment-group discussion-primer js-comment-container" if primer else "js-comment-container discussion-timeline-item"
        return (f'<div class="{cls}" id="discussioncomment-86571{i}"><div class="timeline-comment-header"><a class="author" href="/{name}">'
                f'{name}</a> <relative-time datetime="2024-03-04">Mar {4 + i}, 2024</relative-time></div><div class="comment-body '
                f'markdown-body js-comment-body"><p>{text}</p></div></div>')
    opening = " ".join(["We run Quill for our documentation, which has grown to about twelve thousand pages in five languages."] * 4)
    hidden = ('<div class="js-comment-container discussion-timeline-item" id="discussioncomment-8657233"><div class="minimized-comment">'
              '<details><summary>This comment was marked as off-topic.</summary><button>Show comment</button><button>Hide comment</button>'
              '<p>Sign in to view</p></details></div></div>')
    result = segment('<!DOCTYPE html><html><head><title>Incremental builds slow</title></head><body><h1>Incremental builds slow</h1>'
                     '<div class="discussion js-discussion">' + comment(0, "marisol-dev", opening, primer=True) + comment(1, *READERS[0])
                     + hidden + comment(2, *READERS[1]) + "</div></body></html>")
    assert [(c.author, c.text) for c in result.comments] == READERS
    assert "twelve thousand pages" in result.article.text


def test_a_footer_of_date_and_controls_before_the_name_in_the_header_block():
    # The Conversation: li.comment > div.comment-header (a.avatar, div.commenter > a.commenter-name + the commenter's
    # profession), div.comment-body, div.comment-footer (time, span.comment-actions: button "3 Like", Reply, Report)
    items = "".join(f'<li class="comment" id="comment_294085{i}"><div class="comment-header"><a class="avatar" href="/p/{i}"><img alt="" '
                    f'src="/a.png"></a><div class="commenter"><a class="commenter-name" href="/p/{i}">{name}</a><span class="commenter-profession">'
                    f'Retired civil engineer</span></div></div><div class="comment-body"><p>{text}</p></div><div class="comment-footer"><time '
                    f'class="comment-date" datetime="2025-01-23"><a href="#c{i}">January 2{3 + i}, 2025</a></time><span class="comment-actions">'
                    f'<button class="like-button" type="button"><span class="count">3</span> Like</button><a class="reply" href="#c{i}">Reply</a>'
                    f'<a class="report" href="/r/{i}">Report</a></span></div></li>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<section id="comments" class="comments"><ul class="comment-list">{items}</ul></section>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"January 2{3 + i}, 2025", text) for i, (name, text) in enumerate(READERS)]


def test_a_lone_reply_named_as_the_comments_inside_the_one_it_answers():
    # SCMP: div[data-qa=CommentItem-Container] per comment (hashed classes); a reply, alone in its comment's
    # div[data-qa=CommentItem-Replies], is named as the comments are
    def item(name, text, when, replies=""):
        return (f'<div class="css-q0vsl4p" data-qa="CommentItem-Container"><div class="css-fnlfefs"><span class="css-t85ttpr">{name[0]}</span>'
                f'<span class="css-6kd6gcv" data-qa="CommentItem-UserName">{name}</span><span class="css-hzfyjir" data-qa="CommentItem-Time">'
                f'{when}</span></div><div class="css-tm6h8nm" data-qa="CommentItem-Content"><p>{text}</p></div><div data-qa="CommentItem-Actions">'
                f'<button data-qa="CommentItem-ReplyButton">Reply</button></div>'
                + (f'<div class="css-8rw9qxg" data-qa="CommentItem-Replies">{replies}</div>' if replies else "") + "</div>")
    third = ("Ah Wing", "The 44A driver is the most skilled driver in Asia. No AI can take that corner at that speed.")
    result = segment(page(STORY + '<section id="comments" data-qa="ConversationPanel-Container"><div data-qa="ConversationPanel-List">'
                          + item(*READERS[0], "3 hours ago", replies=item(*third, "2 hours ago")) + item(*READERS[1], "1 hour ago")
                          + "</div></section>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "3 hours ago", READERS[0][1], None), (third[0], "2 hours ago", third[1], 0), (READERS[1][0], "1 hour ago", READERS[1][1], None)]


def test_seznam_discussion_posts_named_by_their_analytics_attribute():
    # Novinky.cz (Seznam): short hashed classes; data-dot="mol-discussion-post" per post, its parts atm-discussion-user-name,
    # atm-discussion-date and atm-discussion-text
    posts = "".join(f'<div class="b_JG d_pM" data-dot="mol-discussion-post"><div class="f_DG"><a class="d_iC" href="/u/{i}" '
                    f'data-dot="atm-discussion-user"><span class="g_vE" data-dot="atm-discussion-user-name">{name}</span></a> <span class="e_Jx" '
                    f'data-dot="atm-discussion-date">12. 3. 2024 16:0{i}</span></div><div class="a_Ho" data-dot="atm-discussion-text"><p>{text}</p>'
                    f'</div><div class="e_LF"><button data-dot="atm-vote-up"><span>+23</span></button><button data-dot="atm-discussion-reply">'
                    f'Odpovědět</button></div></div>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<section id="diskuze" data-dot="ogm-discussion"><div data-dot="ogm-discussion-list">{posts}</div></section>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12. 3. 2024 16:0{i}", text) for i, (name, text) in enumerate(READERS)]


def test_salon_letters_numbered_and_signed_under_their_text():
    # Salon (2009): div#letters_box > div.letter#letter_N with its title, div.letter_body, div.letter_sig "-- NAME" and the date;
    # a newsletter box beside it is no letter
    letters = "".join(f'<div class="letter" id="letter_108841{i}"><div class="letter_title"><b>Title {i}</b></div><div class="letter_body">'
                      f'<p>{text}</p></div><div class="letter_sig">-- <a href="/letters/authors/{i}">{name}</a></div><div class="letter_meta">'
                      f'<span class="letter_date">Thursday, Mar 12, 2009 10:1{i} AM</span> <a href="/p/{i}">[Permalink]</a></div></div><hr>'
                      for i, (name, text) in enumerate(READERS))
    newsletter = '<div class="newsletter" id="newsletter_1"><p>Get Salon in your inbox every morning: sign up for our daily newsletter.</p></div>'
    result = segment(page(STORY + newsletter + f'<a name="letters"></a><div id="letters_box"><b>Letters</b>{letters}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Thursday, Mar 12, 2009 10:1{i} AM", f"Title {i}\n{text}") for i, (name, text) in enumerate(READERS)]


def test_jive_forum_posts_each_wrapped_alone_and_in_response_to_lines():
    # Jive Forums: div.jive-message-list (one per post) > table.jive-box (td.jive-author, td.jive-message with span.jive-date
    # and span.jive-inresponseto "in response to: NAME", div.jive-message-body); the first post is the topic's story
    def post(i, name, text, to=None):
        reply = f'<br><span class="jive-inresponseto">in response to: <a href="thread.jspa?m={i}">{to}</a></span>' if to else ""
        return (f'<a name="11240{i}"></a><div class="jive-message-list"><table class="jive-box" width="100%"><tr><td class="jive-author">'
                f'<div class="jive-username-link"><a href="profile.jspa?userID={i}" title="{name}">{name}</a></div><em>Posts: 14</em><br>'
                f'<em>Registered: 6/2/07</em></td><td class="jive-message"><table><tr><td><span class="jive-subject"><a href="thread.jspa?m={i}">'
                f'Re: WR-450 drops wireless</a></span><br><span class="jive-date">Posted: Mar 1{i}, 2008 9:40 PM</span>{reply}</td><td><div '
                f'class="jive-buttons"><a href="post!reply.jspa?m={i}">Reply</a></div></td></tr></table><div class="jive-message-body">{text}'
                f'<br><br></div></td></tr></table></div>')
    opening = " ".join(["Since updating my WR-450 to firmware 2.1.8 the wireless radio shuts itself off every few hours."] * 4)
    html = ('<!DOCTYPE html><html><head><title>WR-450 drops wireless</title></head><body><h1>WR-450 drops wireless</h1>'
            + post(0, "kbridger", opening) + post(1, *READERS[0], to="kbridger") + post(2, *READERS[1], to=READERS[0][0]) + "</body></html>")
    result = segment(html)
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "Mar 11, 2008 9:40 PM", READERS[0][1], None), (READERS[1][0], "Mar 12, 2008 9:40 PM", READERS[1][1], 0)]
    assert "firmware 2.1.8" in result.article.text


def test_readers_reviews_are_comments():
    # Metacritic: li.review.user_review#user_review_N with div.name, div.date and div.review_body
    reviews = "".join(f'<li class="review user_review" id="user_review_441280{i}"><div class="review_content"><div class="review_critic">'
                      f'<div class="name"><a href="/user/{i}">{name}</a></div><div class="date">Mar {7 + i}, 2012</div></div><div '
                      f'class="review_grade"><div class="metascore_w user">9</div></div><div class="review_body"><span>{text}</span></div>'
                      f'</div></li>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div class="module reviews_module user_reviews_module"><ol class="reviews user_reviews">{reviews}</ol></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [(name, f"Mar {7 + i}, 2012", text) for i, (name, text) in enumerate(READERS)]


def test_the_age_a_time_element_shows_over_its_machine_date_and_a_french_deletion_notice():
    # HuffPost: <time datetime="2024-03-12">2h</time> shows the comment's age; Mediapart: "Ce commentaire a été supprimé par son
    # auteur." stands where a comment was
    items = "".join(f'<div class="comment" id="comment-{i}"><span class="comment__author">{name}</span> <time datetime="2024-03-12">{i + 1}h</time>'
                    f'<div class="comment__body"><p>{text}</p></div></div>' for i, (name, text) in enumerate(READERS))
    deleted = '<div class="comment" id="comment-9"><div class="comment__body"><p>Ce commentaire a été supprimé par son auteur.</p></div></div>'
    result = segment(page(STORY + f'<section id="comments">{items}{deleted}</section>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [(name, f"{i + 1}h", text) for i, (name, text) in enumerate(READERS)]


def test_livere_comments_whose_every_part_is_named_reply():
    # LiveRe: div.article-comment around ul.reply-list > li.reply-item (span.reply-writer-name, div.reply-content-text,
    # span.reply-date, buttons), a reply in ul.reply-child-list inside its comment
    def item(name, text, when, children=""):
        return (f'<li class="reply-item"><div class="reply-content-wrapper"><div class="reply-profile"><img class="profile-img" src="/p.png" '
                f'alt=""></div><div class="reply-content"><div class="reply-writer"><span class="reply-writer-name">{name}</span></div><div '
                f'class="reply-content-text">{text}</div><div class="reply-footer"><span class="reply-date">{when}</span><button '
                f'class="reply-btn-reply">답글</button><button class="vote-up">추천 3</button></div></div></div>{children}</li>')
    third = ("지나가던사람", "공감합니다. 근처 도로가 완전 주차장이에요.")
    reply = f'<ul class="reply-child-list">{item(*third, "2024.03.12 20:05")}</ul>'
    result = segment(page(STORY + '<div class="article-comment"><div class="comment-head">댓글 전체 댓글 3</div><ul class="reply-list">'
                          + item(*READERS[0], "2024.03.12 19:02", reply) + item(*READERS[1], "2024.03.12 21:13") + "</ul></div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "2024.03.12 19:02", READERS[0][1], None), (third[0], "2024.03.12 20:05", third[1], 0),
        (READERS[1][0], "2024.03.12 21:13", READERS[1][1], None)]


def test_talkyard_names_beside_a_letter_avatar_and_the_username_run_into_them():
    # Talkyard: li > div.dw-t > div.dw-p > div.dw-p-hd (a.esAvtr.esAvtrName "M", span.esP_By > span.esP_By_F NAME +
    # span.esP_By_U @username, span.dw-p-at), div.dw-p-bd
    items = "".join(f'<li><div id="t{i}" class="dw-t dw-depth-1 esThread"><div id="post-{i}" class="dw-p esP"><div class="dw-p-hd"><a '
                    f'class="esAvtr esAvtrName esAvtr-m" href="/u/{i}">{name[0]}</a><span class="esP_By"><span class="esP_By_F">{name}</span>'
                    f'<span class="esP_By_U">@{handle}</span></span><span class="dw-p-at esP_H_At">{i + 2} hours ago</span></div><div '
                    f'class="dw-p-bd"><div class="dw-p-bd-blk esPostBody"><p>{text}</p></div></div></div></div></li>'
                    for i, ((name, text), handle) in enumerate(zip(READERS, ["hcole", "tomasz"])))
    result = segment(page(STORY + f'<div class="talkyard-comments"><div id="dwPosts" class="dw-debate"><ol class="dw-res">{items}</ol></div></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [(name, f"{i + 2} hours ago", text) for i, (name, text) in enumerate(READERS)]


def test_lwn_comment_boxes_with_a_posted_date_by_name_line():
    # LWN: details.CommentBox > summary (h3.CommentTitle, p.CommentPoster "Posted Mar 12, 2024 17:22 UTC (Tue) by <b>NAME</b>
    # (subscriber, #1296)" and its links) + div.FormattedComment; a reply's box inside its parent's
    def box(i, name, text, inner=""):
        return (f'<details class="CommentBox" open=""><summary><h3 class="CommentTitle">Subject {i}</h3><div class="AnnLine"><p '
                f'class="CommentPoster">Posted Mar 12, 2024 1{i}:22 UTC (Tue) by <b>{name}</b> (subscriber, #129{i})<br>[<a href="/A/">Link</a>] '
                f'[<a>Reply to this comment</a>]</p></div></summary><div class="FormattedComment">{text}</div>{inner}</details>')
    result = segment(page(STORY + box(1, *READERS[0], inner=box(2, *READERS[1]))))
    assert [(c.author, c.time, c.parent) for c in result.comments] == [
        (READERS[0][0], "Mar 12, 2024 11:22 UTC", None), (READERS[1][0], "Mar 12, 2024 12:22 UTC", 0)]
    assert [c.text for c in result.comments] == [f"Subject {i + 1}\n{text}" for i, (_, text) in enumerate(READERS)]


def test_the_bloggers_reply_in_a_box_named_for_the_post_author_keeps_its_text():
    # Atahualpa (WordPress): li.comment > div.comment-container.bfa-comment-odd, or .bfa-comment-author on the blogger's
    # own reply, around div.comment-author.vcard (img, span.authorname), div.comment-meta.commentmetadata and the <p> text
    def item(i, name, text, box, children=""):
        return (f'<li class="comment depth-1" id="comment-{i}"><div id="div-comment-{i}" class="clearfix comment-container {box}">'
                f'<div class="comment-author vcard"><img class="avatar photo" src="/a.png" alt=""><span class="authorname">{name}</span></div>'
                f'<div class="comment-meta commentmetadata"><a href="#comment-{i}">July 9, 2011 at {i}:05 pm</a></div><p>{text}</p>'
                f'<div class="reply"><a class="comment-reply-link" href="?replytocom={i}#respond">Reply</a></div></div>{children}</li>')
    answer = ("Linda", "Drag it out, Sue! Even two plates a year gets you there eventually.")
    reply = f'<ul class="children">{item(2, *answer, "bfa-comment-author")}</ul>'
    result = segment(page(STORY + '<ol class="commentlist">' + item(1, *READERS[0], "bfa-comment-odd", reply)
                          + item(3, *READERS[1], "bfa-comment-even") + "</ol>"))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (answer[0], answer[1], 0), (READERS[1][0], READERS[1][1], None)]


def test_facebook_comments_plugin_replies_taglines_and_like_counts():
    # The plugin as a 2012 page shows it: li.fbFeedbackPost.fbTopLevelComment, its replies li.fbFeedbackPost.fbCommentReply
    # in div.fbFeedbackReplies; under the name a tagline ("Top Commenter · Grandview, Missouri"); "Reply · Like · 8 · time"
    def post(kind, name, text, when, tagline="", replies=""):
        line = f'<div class="fsm fwn fcg"><span class="uiTextSubtitle">{tagline}</span></div>' if tagline else ""
        return (f'<li class="fbFeedbackPost fbFirstPartyPost uiListItem {kind}" id="fbc_1015063_{len(text)}"><div class="UIImageBlock">'
                f'<a class="postActor" href="#"><img class="img" src="a.jpg" alt=""></a><div class="UIImageBlock_Content fbTextWrapper">'
                f'<div class="postContainer fsl fwb fcb"><a class="profileName" href="#">{name}</a></div>{line}<div class="postText">{text}</div>'
                f'<div class="stat_elem"><div class="action_links fsm fwn fcg"><a class="uiLinkSubtle" href="#" role="button">Reply</a> &middot; '
                f'<a class="fbUpDownVoteOption" href="#" role="button">Like</a> &middot; <span class="uiBlingBox postBlingBox"><i class="img"></i>'
                f'<span class="text">8</span></span> &middot; <abbr class="timestamp">{when}</abbr></div></div>{replies}</div></div></li>')
    answer = ANSWER
    replies = ('<div class="fbFeedbackReplies"><ul class="uiList fbFeedbackReplyList">'
               + post("fbCommentReply", *answer, "March 12 at 10:58pm") + "</ul></div>")
    result = segment(page(STORY + '<div class="fb_comments"><ul class="uiList fbFeedbackPosts">'
                          + post("fbTopLevelComment", *READERS[0], "March 12 at 10:41pm", "Top Commenter · Grandview, Missouri", replies)
                          + post("fbTopLevelComment", *READERS[1], "about an hour ago", "· Works at Park University") + "</ul></div>"))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "March 12 at 10:41pm", READERS[0][1], None), (answer[0], "March 12 at 10:58pm", answer[1], 0),
        (READERS[1][0], "about an hour ago", READERS[1][1], None)]


def test_hacker_news_before_2014_comment_text_in_a_span_and_replies_indented_by_a_spacer_picture():
    # Old Hacker News: one table row per comment; a cell with the spacer <img src="s.gif" height=1 width=N> (40 a level),
    # the vote arrow, then td.default with span.comhead ("NAME 4 hours ago | link") and span.comment > font (the text)
    def row(width, name, when, text):
        return (f'<tr><td><table border=0><tr><td><img src="s.gif" height=1 width={width}></td><td valign=top><center><a href="vote?for=1">'
                f'<div class="votearrow" title="upvote"></div></a></center></td><td class="default"><div style="margin-top:2px"><span '
                f'class="comhead"><a href="user?id={name}">{name}</a> {when}  | <a href="item?id=1">link</a></span></div><br><span '
                f'class="comment"><font color=#000000>{text}</font></span><p><font size=1><u><a href="reply?id=1">reply</a></u></font></td>'
                f'</tr></table></td></tr>')
    answer = ("opsgrump", "This is a great rule, and honestly kind of obvious in retrospect.")
    html = page(STORY + '<table border=0>' + row(0, "jpdoyle", "4 hours ago", READERS[0][1]) + row(40, *answer[:1], "3 hours ago", answer[1])
                + row(0, "tomasz", "2 hours ago", READERS[1][1]) + "</table>")
    result = segment(html)
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        ("jpdoyle", "4 hours ago", READERS[0][1], None), ("opsgrump", "3 hours ago", answer[1], 0), ("tomasz", "2 hours ago", READERS[1][1], None)]


def test_livejournal_site_scheme_comments_with_their_header_table_subject_and_box():
    # LiveJournal's site scheme: a#tN + div#ljcmtN (replies by margin-left) > table.talk-comment (userpic, span.ljuser,
    # span.ljcomsel "2010-03-13 11:58 pm (UTC)", td.talkpost-subject) + div.talk-comment-box (the text) + "(Reply to this) (Thread)"
    def item(i, margin, name, text, subject=""):
        subject_row = f"<tr valign='top'><td class='talkpost-subject'><b>{subject}</b></td></tr>" if subject else ""
        return (f"<a name='t44712{i}'></a><div id='ljcmt44712{i}' style='margin-left: {margin}px; margin-top: 5px'><table summary='' "
                f"class='talk-comment' width='100%'><tr><td class='userpic' width='102'><img src='/u/{i}' width='100' alt=''></td><td valign='top'>"
                f"<table summary='' width='100%'><tr><td><span class='ljuser' lj:user='{name}'><a href='/profile'><img src='/userinfo.gif' "
                f"alt='[info]' width='17'></a><a href='/{name}/'><b>{name}</b></a></span><br /><span class='ljcomsel'>2010-03-1{i} 11:58 pm "
                f"(UTC)</span></td><td align='right'><a href='?thread=1#t1'><img src='/link.gif' alt='Link'></a></td></tr>{subject_row}"
                f"</table></td></tr></table><div class='talk-comment-box'>{text}</div><p style='margin: 0.7em 0 0.2em 0'><font size='-2'>(<a "
                f"href='?replyto={i}'>Reply to this</a>) (<a href='?thread={i}'>Thread</a>)</font></p></div>")
    answer = ("__jonno__", "manager's done more for this club than anyone in ten years")
    html = page(STORY + "<div id='commentsection'>" + item(3, 0, "hannah_cole", READERS[0][1]) + item(4, 25, *answer, subject="harsh")
                + item(5, 0, "tomasz", READERS[1][1]) + "</div>")
    result = segment(html)
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        ("hannah_cole", "2010-03-13 11:58 pm (UTC)", READERS[0][1], None), (answer[0], "2010-03-14 11:58 pm (UTC)", f"harsh\n{answer[1]}", 0),
        ("tomasz", "2010-03-15 11:58 pm (UTC)", READERS[1][1], None)]


def test_livejournal_comments_with_a_datetime_link_and_a_subject_named_commentsubject():
    # Another LiveJournal layout: the name, span.comment-datetimelink and span.commentsubject in the header cell,
    # the text in div.comment-text below them
    def item(i, name, text, subject):
        return (f'<div id="ljcmt8225{i}" style="margin-left: 0px"><table summary="" class="talk-comment" width="100%"><tr valign="top">'
                f'<td style="width: 102px;"><img src="/u/{i}" width="100" alt=""></td><td width="100%"><table summary="" width="100%"><tr><td>'
                f'<span class="ljuser"><a href="/{name}/"><b>{name}</b></a></span><br /><span class="comment-datetimelink"><a href="?thread={i}">'
                f'2010-03-12 0{i}:15 pm (UTC)</a></span><br /><span class="commentsubject"><b>{subject}</b></span></td></tr></table>'
                f'<div class="comment-text" style="margin-left: 5px">{text}</div></td></tr></table></div>')
    result = segment(page(STORY + "".join(item(i + 1, name, text, f"subject {i}") for i, (name, text) in enumerate(
        [("hannah_cole", READERS[0][1]), ("tomasz", READERS[1][1])]))))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("hannah_cole", "2010-03-12 01:15 pm (UTC)", f"subject 0\n{READERS[0][1]}"), ("tomasz", "2010-03-12 02:15 pm (UTC)", f"subject 1\n{READERS[1][1]}")]


def test_a_forum_thread_whose_numbered_posts_hold_a_block_named_message():
    # Mumsnet Talk: div#posts > div.post#post_N (the opening post div.post.op-post), each a header (span.nick, span.post_time),
    # div.talk-post.message (the text) and "Report | Message poster"; a post taken down says "Message deleted by Mumsnet ..."
    def post(i, name, text, extra=""):
        return (f'<div class="post{extra}" id="post_3187001{i}"><div class="talk-post-header"><span class="nick"><a href="/Talk/user/{name}">'
                f'{name}</a></span> <span class="post_time">Mon 12-Mar-12 09:1{i}:32</span></div><div class="talk-post message"><p>{text}</p></div>'
                f'<div class="post-actions"><a href="/Talk/report?post={i}" class="report">Report</a> | <a class="msg" href="#">Message poster</a></div></div>')
    opener = ("Bit of background. The school wants fifteen pounds a child for a costume workshop after school next Wednesday, and the letter "
              "reads as if it were compulsory. It says they would like every child to take part so that no one feels left out on the day. "
              "Am I being unreasonable to think that is a lot for some glue and a squash?")
    deleted = ('<div class="post deleted" id="post_31870019"><div class="talk-post-header"><span class="nick">MumsnetHQ</span></div><div '
               'class="talk-post message"><p>Message deleted by Mumsnet for breaking our Talk Guidelines. Replies may also be deleted.</p></div></div>')
    html = page('<h1>AIBU to think the school should not charge for a costume workshop?</h1><div id="posts">' + post(1, "BeanieBaby81", opener, " op-post")
                + post(2, *READERS[0]) + deleted + post(3, *READERS[1]) + "</div>", title="AIBU about the costume workshop")
    result = segment(html)
    assert opener in result.article.text
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Mon 12-Mar-12 09:1{i + 2}:32", text) for i, (name, text) in enumerate(READERS)]


def test_a_community_discussions_replies_in_a_block_named_replies():
    # BabyCenter's community: the opening post, then div#replies > div.reply.depth-N#reply_N (div.replyAuthor: avatar, a.userName,
    # badge, member info; div.replyContent: "In reply to NAME", "Posted <span class=date>", div.replyBody, Report | Reply)
    def reply(i, name, text, depth=1, to=""):
        label = f'<div class="inReplyTo">In reply to <a href="#reply_512000{i - 1}">{to}</a></div>' if to else ""
        return (f'<div class="reply depth-{depth}" id="reply_512000{i}"><div class="replyAuthor"><img class="avatar" src="/a.jpg" alt=""><a '
                f'class="userName" href="/profile/{name}">{name}</a></div><div class="replyContent">{label}<div class="replyDate">Posted <span '
                f'class="date">3/12/2012 9:1{i} AM</span></div><div class="replyBody"><p>{text}</p></div><div class="replyActions"><a href="#" '
                f'class="report">Report</a> | <a href="#" class="replyLink">Reply</a></div></div></div>')
    answer = ("SarahBeth0910", "I did not know early intervention was free! I will look up our county.")
    html = page(STORY + '<div id="replies"><h3 class="repliesHeader">Replies (3)</h3>' + reply(1, *READERS[0]) + reply(2, *answer, 2, READERS[0][0])
                + reply(3, *READERS[1]) + "</div>")
    result = segment(html)
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "3/12/2012 9:11 AM", READERS[0][1], None), (answer[0], "3/12/2012 9:12 AM", answer[1], 0),
        (READERS[1][0], "3/12/2012 9:13 AM", READERS[1][1], None)]


def test_readers_reviews_in_a_block_named_reviews():
    # Allrecipes: div#reviews.reviews-section > div.reviews-list > div.review#review_N (div.review-meta: a.user-name, the stars,
    # span.date; div.review-body; "Helpful (42)" and Report); a name's last digits are no day ("CHEFDAN71 Mar. 10, 2012")
    def review(i, name, text):
        return (f'<div class="review" id="review_441090{i}"><div class="review-header"><div class="review-meta"><a class="user-name" '
                f'href="/cook/{i}/profile.aspx">{name}</a> <span class="rating"><img class="rating-stars" src="/5star.png" alt="Rated 5 out of 5 '
                f'stars"></span> <span class="date">Mar. 1{i}, 2012</span></div></div><div class="review-body"><p class="review-text">{text}</p>'
                f'</div><div class="review-footer"><span class="helpful">Helpful (42)</span> <a class="report" href="#">Report</a></div></div>')
    readers = [("CHEFDAN71", READERS[0][1]), READERS[1]]
    html = page(STORY + '<div id="reviews" class="reviews-section"><div class="reviews-header"><h3>Reviews</h3><span class="count">(187)</span>'
                '</div><div class="reviews-list">' + "".join(review(i, *r) for i, r in enumerate(readers)) + "</div></div>")
    assert [(c.author, c.time, c.text) for c in segment(html).comments] == [
        (name, f"Mar. 1{i}, 2012", text) for i, (name, text) in enumerate(readers)]


def test_sb_nation_comments_with_their_byline_and_recs_after_the_text():
    # SB Nation (2012): div.comment > h5.comment_title (the title), div.comment_body, then div.cmeta "by NAME on DATE | TIME  N recs"
    def item(i, name, text):
        return (f'<div class="citem l1" id="comment_2701{i}"><div class="comment"><h5 class="comment_title">Title {i}</h5><div '
                f'class="comment_body"><p>{text}</p></div><div class="cmeta"><span class="cauthor">by <a href="/users/{name}">{name}</a></span> on '
                f'<span class="ctime">Mar 12, 2012 | 3:2{i} PM</span> <span class="cactions"><a class="reply" href="#">reply</a> <a class="rec" '
                f'href="#">rec</a></span> <span class="recs">1{i} recs</span></div></div></div>')
    result = segment(page(STORY + '<div id="comments">' + "".join(item(i, *r) for i, r in enumerate(READERS)) + "</div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Mar 12, 2012 | 3:2{i} PM", f"Title {i}\n{text}") for i, (name, text) in enumerate(READERS)]


def test_livejournals_anonymous_reader_is_named_so_and_the_name_is_not_their_text():
    # LiveJournal shows a reader who signed nothing as <i>(Anonymous)</i> where the name goes
    def item(i, who, text):
        return (f"<div id='ljcmt44712{i}' style='margin-left: 0px'><table summary='' class='talk-comment' width='100%'><tr><td valign='top'>"
                f"<table summary='' width='100%'><tr><td>{who}<br /><span class='ljcomsel'>2010-03-1{i} 09:15 am (UTC)</span></td></tr></table>"
                f"</td></tr></table><div class='talk-comment-box'>{text}</div></div>")
    html = page(STORY + "<div id='commentsection'>" + item(3, "<span class='ljuser'><a href='/hannah/'><b>hannah_cole</b></a></span>", READERS[0][1])
                + item(4, "<i>(Anonymous)</i>", READERS[1][1]) + "</div>")
    assert [(c.author, c.text) for c in segment(html).comments] == [("hannah_cole", READERS[0][1]), ("(Anonymous)", READERS[1][1])]


def test_a_your_say_thread_of_name_text_and_date_blocks():
    # Commonwealth papers' in-house "Your Say" (the Fiji Times, 2011): div#yourSay > div.yourSayItem, the name, text and date each a div
    items = "".join(f'<div class="yourSayItem"><div class="ysName">{name}</div><div class="ysText">{text}</div>'
                    f'<div class="ysDate">3/15/2011 8:1{i}:41 AM</div></div>' for i, (name, text) in enumerate(READERS))
    _check_timed('<div id="yourSay"><div class="ysHead"><h3>Your Say</h3><span class="ysCount">2 comments on this story</span></div>'
                 + items + '<div class="ysMore"><a href="comments.aspx?id=1">Read all comments</a></div></div>',
                 ["3/15/2011 8:10:41 AM", "3/15/2011 8:11:41 AM"])


def test_a_posters_since_or_join_date_and_the_posts_number_are_not_its_time():
    # Topix's forum posts under a story (2010): the poster's "Since: Mar 09", then "#N" and the post's date;
    # vBulletin's poster box says "Join Date: Mar 2009"
    def item(i, name, text, joined):
        return (f'<div class="tpx-post" id="c{i}"><div class="tpx-post-header"><span class="tpx-username"><a href="/member/{i}">'
                f'{name}</a></span> {joined} <span class="tpx-postnum">#{i}</span> <span class="tpx-date">Mar 12, 2010</span></div>'
                f'<div class="tpx-post-text"><p>{text}</p></div><div class="tpx-post-footer"><a class="tpx-reply" href="#">Reply &raquo;</a></div></div>')
    joined = ['<span class="tpx-since">Since: Mar 09</span> <span class="tpx-posts">49 posts</span>', "Join Date: Aug 2010"]
    _check_timed('<div class="tpx-comments"><div class="tpx-posts">' + "".join(
        item(i + 5, name, text, joined[i]) for i, (name, text) in enumerate(READERS)) + "</div></div>", ["Mar 12, 2010", "Mar 12, 2010"])


def test_js_kit_replies_marked_as_the_admins_or_under_a_deleted_comment_and_its_rating_line():
    # JS-Kit (2008-2010): div.js-singleComment.js-commentDepthN, replies in div.js-singleCommentReplies; the
    # blogger's reply is also js-commentAdmin, a deleted comment js-commentDeleted; "Rating: +5 + -" under each
    def comment(i, name, text, extra="", replies=""):
        return (f'<div class="js-singleComment{extra} js-commentDepth{i}" id="jsid-12630440{i}{len(name)}"><div class="js-singleCommentBody">'
                f'<div class="js-singleCommentHeader"><span class="js-singleCommentName">{name}</span> <span class="js-singleCommentDate">'
                f'Jan 14, 2010 11:0{i} AM</span></div><div class="js-singleCommentText">{text}</div><div class="js-singleCommentCtls">'
                f'<span class="js-singleCommentReplyable"><a href="javascript:void(0)">Reply</a></span> <span class="js-singleCommentRating">'
                f'Rating: <span class="js-ratingValue">+5</span> <a class="js-rateUp">+</a> <a class="js-rateDown">&minus;</a></span></div></div>'
                f'<div class="js-singleCommentReplies">{replies}</div></div>')
    deleted = ('<div class="js-singleComment js-commentDeleted js-commentDepth0" id="jsid-1"><div class="js-singleCommentBody">'
               '<div class="js-singleCommentText js-deletedText"><i>This comment has been deleted.</i></div></div>'
               f'<div class="js-singleCommentReplies">{comment(1, "Paul", "Have a little class, people.")}</div></div>')
    thread = ('<div class="js-CommentsArea">' + comment(0, *READERS[0], replies=comment(1, "Mike (admin)", "She is doing great.", " js-commentAdmin"))
              + deleted + comment(0, *READERS[1], replies=comment(1, "Heather K.", "Wow.")) + "</div>")
    result = segment(page(STORY + thread))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), ("Mike (admin)", "She is doing great.", 0), ("Paul", "Have a little class, people.", None),
        (READERS[1][0], READERS[1][1], None), ("Heather K.", "Wow.", 3)]


def test_a_header_with_a_rating_then_on_date_name_wrote_gives_the_name_and_time():
    # The Motley Fool (2012): div.comment-header holds the poster's "CAPS Rating: ★★" and "On DATE, NAME wrote:";
    # the rating is no name, and a header ending in "wrote:" quotes nothing
    def item(i, name, text):
        return (f'<div class="comment" id="comment-17382{i}"><div class="comment-header"><div class="caps-rating">CAPS Rating: '
                f'{"&#9733;" * (i + 1)}</div><p class="comment-attribution">On March 12, 2012, at 2:4{i} PM, <a href="/player/{i}.aspx">'
                f'{name}</a> wrote:</p></div><div class="comment-body"><p>{text}</p></div><div class="comment-footer"><span class="recs">'
                f'Recs <strong>1{i}</strong></span> <a href="#" class="report">Report this Comment</a></div></div>')
    result = segment(page(STORY + '<div id="comments" class="comments-section"><h3>Comments from our Foolish Readers</h3>' + "".join(
        item(i, *r) for i, r in enumerate([("NewbieNora", READERS[0][1]), ("Tomasz", READERS[1][1])])) + "</div>"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("NewbieNora", "March 12, 2012, at 2:40 PM", READERS[0][1]), ("Tomasz", "March 12, 2012, at 2:41 PM", READERS[1][1])]


def test_a_table_thread_of_head_text_and_tools_rows_leaves_out_report_this_comment():
    # The Royal Gazette (2011): each comment three rows of one table, its tools row a "Report this comment" link
    rows = "".join(f'<tr class="commentHeadRow"><td class="commentAuthor"><b>{name}</b></td><td class="commentDate">Mar 15, 2011 at 8:4{i} am'
                   f'</td></tr><tr class="commentTextRow"><td colspan="2" class="commentText">{text}</td></tr><tr class="commentToolsRow">'
                   f'<td colspan="2" class="commentTools"><a href="/reportcomment.aspx?id={i}">Report this comment</a></td></tr>'
                   for i, (name, text) in enumerate(READERS))
    _check_timed(f'<table class="commentsTable"><tr><td colspan="2" class="boxHead">Comments (2)</td></tr>{rows}</table>',
                 ["Mar 15, 2011 at 8:40 am", "Mar 15, 2011 at 8:41 am"])


def test_townnews_blox_byline_leaves_no_posted_at_remnant():
    # TownNews BLOX (2012): p.comment-byline "<a>NAME</a> posted at <span>TIME</span>." inside div.comment-content
    items = "".join(f'<li class="comment" id="comment-d6964{i}"><div class="comment-content"><p class="comment-byline"><a class="comment-user" '
                    f'href="/users/profile/{i}">{name}</a> posted at <span class="comment-time">9:1{i} pm on Mon, Mar 12, 2012</span>.</p>'
                    f'<div class="comment-text"><p>{text}</p></div><ul class="comment-tools"><li class="comment-reply"><a href="#">Reply</a></li>'
                    f'</ul></div></li>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<ul class="comments">{items}</ul>', ["9:10 pm on Mon, Mar 12, 2012", "9:11 pm on Mon, Mar 12, 2012"])


def test_intensedebate_points_beside_the_name_are_not_the_readers_text():
    # IntenseDebate rendered in a page (2012): the name, then the commenter's reputation "16p", in one header line
    items = "".join(f"""<div class="idc-thread" id="idc-thread-38011381{i}" style="margin-left:0px"><div id="IDComment38011381{i}" class="idc-c">
<div class="idc-c-h"><div class="idc-c-t"><a href="/people/{i}" class="idc-avatar-link"><img class="idc-avatar" src="a.png" alt="avatar"></a>
<div class="idc-c-t-inner"><span class="idc-i"><a class="IDAuthor" href="/people/{i}">{name}</a></span>
<span class="idc-points"><span class="idc-c-rep-label">1{i}p</span></span>
<span class="idc-time"><a href="#IDComment38011381{i}" title="Permalink">{i + 4} days ago</a></span></div></div></div>
<div class="idc-c-m"><div class="idc-c-b" id="IDCommentText38011381{i}">{text}</div></div>
<div class="idc-c-b idc-c-actions"><a href="#" class="idc-btn_s"><span><span>Reply</span></span></a></div></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="idc-container"><div id="idc-comment-wrap-js">{items}</div></div>', ["4 days ago", "5 days ago"])


def test_an_aspnet_thread_of_byline_and_text_rows_named_alike_and_alternating():
    # a trade magazine's ASP.NET repeater (2012): each comment a byline row and a text row, both tr.commentRow (tr.commentRowAlt
    # for every other comment), then a report row with no class
    def rows(i, name, text):
        row = "commentRow" if i % 2 == 0 else "commentRowAlt"
        return (f'<tr class="{row}"><td class="commentHeader"><span class="commentPostedBy">Posted by:</span> <span class="commentName">{name}'
                f'</span> <span class="commentSep">|</span> <span class="commentDate">3/12/2012 2:1{i}:07 PM</span></td></tr>'
                f'<tr class="{row}"><td class="commentText"><span id="rptComments_ctl0{i}_lblComment">{text}</span></td></tr>'
                f'<tr><td class="commentTools"><a href="javascript:__doPostBack()">Report inappropriate comment</a></td></tr>')
    _check_timed('<div class="commentsPanel"><h3 class="commentsTitle">Reader Comments</h3><table class="commentsTable">'
                 + "".join(rows(i, *r) for i, r in enumerate(READERS)) + "</table></div>", ["3/12/2012 2:10:07 PM", "3/12/2012 2:11:07 PM"])


def test_expressionengine_byline_blocks_read_apart_with_their_dashed_dates():
    # ExpressionEngine 2's Agile Records theme: a header of two blocks, <h5>NAME</h5><p>on 02-17-2013 10:12 AM</p>. Read as one run
    # of text the name was "Hannah Coleon 02-17-2013" and the time "10:12 AM"
    items = "".join(f'<div class="comment"><div class="comment_header"><h5>{name}</h5><p class="comment_meta">on 02-1{7 + i}-2013 '
                    f'10:1{i} AM</p></div><div class="comment_body"><p>{text}</p></div></div>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments"><h3>Comments</h3>{items}</div>', ["02-17-2013 10:10 AM", "02-18-2013 10:11 AM"])


def test_facebook_comments_plugin_named_by_hashes_with_replies_and_times_in_dated_links():
    # The plugin as 2013-2014 pages show it: blocks named only by hashed classes (div._1ci7 for the count, div._4k-6 around the
    # list, div._5o4h for the credit; li._44ri._2pis per comment, li._44ri._2pis._44rj per reply), the name in
    # span.UFICommentActorName, the time an abbr.livetimestamp inside the action row's link. Hashed names all read as one shape
    # before, so the count, the whole list and the credit were three "comments" with no times
    def post(i, name, text, reply=False, replies=""):
        return (f'<li class="_44ri _2pis{" _44rj" if reply else ""}" id="1015150{i}"><div class="_3-8y clearfix"><div class="_ohe lfloat">'
                f'<a class="img _8o _8s UFIImageBlockImage" href="#"><img class="_1ci img" src="a.jpg" alt=""></a></div><div><div class="_3-8m">'
                f'<div class="_2b04"><span class=" UFICommentActorName"><a class="_5mdd" href="https://www.facebook.com/{i}">{name}</a></span></div>'
                f'<div class="_30o4"><span class="_5mdd"><span>{text}</span></span></div></div><div class="fsm fwn fcg">'
                f'<a class="UFILikeLink" href="#" role="button">Like</a> · <a class="UFIReplyLink" href="#" role="button">Reply</a> · '
                f'<a class="uiLinkSubtle" href="#"><abbr class="livetimestamp" data-utime="136311717{i}" title="Tuesday, March 12, 2013 at '
                f'3:0{i}pm">March 12, 2013 at 3:0{i}pm</abbr></a></div></div></div>{replies}</li>')
    answer = ANSWER
    replies = f'<div class="_44ra"><ul class="_7a9h UFIReplyList">{post(1, *answer, reply=True)}</ul></div>'
    widget = (f'<div class="fb-comments fb_iframe_widget"><span><div class="_56q9"><div class="_1ci7"><span class="_50f7">3 comments</span>'
              f'<span class="_pup">Sort by</span> <select class="_3vr7"><option>Top</option><option>Oldest</option></select></div>'
              f'<div class="_4k-6"><ul class="_7a9j UFIList">{post(0, *READERS[0], replies=replies)}{post(2, *READERS[1])}</ul></div>'
              f'<div class="_5o4h"><span class="_5o4i"><a href="https://developers.facebook.com/">Facebook social plugin</a></span></div>'
              f'</div></span></div>')
    result = segment(page(STORY + f'<section id="comments"><h3>Comments</h3>{widget}</section>'))
    assert [(c.author, c.time, c.parent, c.text) for c in result.comments] == [
        (READERS[0][0], "March 12, 2013 at 3:00pm", None, READERS[0][1]), (*answer[:1], "March 12, 2013 at 3:01pm", 0, answer[1]),
        (READERS[1][0], "March 12, 2013 at 3:02pm", None, READERS[1][1])]


def test_a_time_zone_between_the_clock_and_the_day_and_the_readers_own_pending_notice():
    # People.com's in-house comments (2012): "Posted at 11:32 AM EDT on Mar 12, 2012" under the text, and for the reader who just
    # wrote, "Your comment is awaiting approval by a moderator." in its own li.comment (no one's comment)
    items = "".join(f'<li class="comment" id="c771023{i}"><div class="commentInfo"><p class="commentAuthor"><a href="/profile/{i}">{name}</a>'
                    f'</p><p class="commentText">{text}</p><p class="commentDate">Posted at 11:3{i} AM EDT on Mar 12, 2012</p></div></li>'
                    for i, (name, text) in enumerate(READERS))
    pending = '<li class="comment pending"><p class="commentPending">Your comment is awaiting approval by a moderator.</p></li>'
    _check_timed(f'<ul class="commentList">{items}{pending}</ul>', ["11:30 AM EDT on Mar 12, 2012", "11:31 AM EDT on Mar 12, 2012"])


def test_new_scientist_comment_parts_named_with_comm_glued_on_and_unix_dates():
    # New Scientist's in-house comments (2012): div.commheader > h4.commtitle (the name) + p.commdate ("Tue May 22 17:02:19 BST
    # 2012", as Unix's date prints it), div.commtext, p.commreport ("Report | Reply | Link to this comment"). Before, no part was
    # read for what it is: the name and date were the text's first lines, the report row its last. A name ending in a weekday's
    # letters ("Eamon Wed May 23 ...") gave its "mon" to the date, and one opening with them ("Ramon Sato Thu ...") its "Sato"
    readers = [("Eamon", READERS[0][1]), ("Ramon Sato", READERS[1][1])]
    items = "".join(f'<div class="comment" id="comment5421{i}"><div class="commheader"><h4 class="commtitle">{name}</h4><p class="commdate">'
                    f'{day} May 2{2 + i} 17:0{i}:19 BST 2012</p></div><div class="commtext"><p>{text}</p></div><p class="commreport">'
                    f'<a href="/report?cid=5421{i}">Report</a> | <a href="#commentform" class="replylink">Reply</a> | <a href="#comment5421{i}">'
                    f'Link to this comment</a></p></div>' for i, ((name, text), day) in enumerate(zip(readers, ["Wed", "Thu"])))
    result = segment(page(STORY + f'<div id="comments"><h3>Comments</h3><p class="commentsinfo">2 comments</p>{items}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("Eamon", "Wed May 22 17:00:19 BST 2012", READERS[0][1]), ("Ramon Sato", "Thu May 23 17:01:19 BST 2012", READERS[1][1])]


def test_a_facebook_taglines_school_or_place_alone_after_its_dot_is_not_the_readers_text():
    # the legacy plugin (2011) puts the tagline in the name's line: "<a>Marcus Webb</a> · University of Arizona"; with the name
    # taken out, "· University of Arizona" opened the text
    items = "".join(f'<li class="fbFeedbackPost fbFirstPartyPost uiListItem fbTopLevelComment" id="fbc_{i}"><div class="UIImageBlock_Content">'
                    f'<div class="postContainer fsl fwb fcb"><a class="profileName" href="/profile.php?id={i}">{name}</a> <span class="fsm fwn fcg">'
                    f' &middot; <a class="uiLinkSubtle">{place}</a></span><div class="postContent fsm fwn fcg"><div class="postText">{text}</div>'
                    f'<div class="action_links fsm fwn fcg"><a class="uiLinkSubtle">Reply</a> &middot; <abbr class="timestamp">October 19, 2011 '
                    f'at 4:0{i}pm</abbr></div></div></div></div></li>'
                    for i, ((name, text), place) in enumerate(zip(READERS, ["University of Arizona", "Atlanta, Georgia"])))
    _check_timed(f'<div class="fb-comments"><ul class="uiList fbFeedbackPosts">{items}</ul></div>',
                 ["October 19, 2011 at 4:00pm", "October 19, 2011 at 4:01pm"])


def test_a_clock_then_the_day_in_digits_is_all_the_time():
    # Scientific American's blog comments (2012): "11:23 am 04/11/2012" in div.comment-date; only "11:23 am" was read
    items = "".join(f'<li class="comment" id="comment-31098{i}"><div class="comment-number">{i + 1}.</div><div class="comment-author">'
                    f'<span class="fn">{name}</span></div><div class="comment-date"><a href="#comment-31098{i}">11:2{i} am 04/11/2012</a></div>'
                    f'<div class="comment-body"><p>{text}</p></div></li>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<ol class="comments-list">{items}</ol>', ["11:20 am 04/11/2012", "11:21 am 04/11/2012"])


def test_a_thread_box_asking_the_reader_to_log_in_or_register_holds_no_comment():
    # Foreign Policy (2012, Drupal): div.comment-login "You must <a>log in</a> or <a>register</a> to post a comment." read as a
    # comment by "log in"
    box = ('<div id="comments" class="comments-box"><h3>Comments</h3><div class="comment-login"><p>You must <a href="/user/login">log in</a> '
           'or <a href="/user/register">register</a> to post a comment.</p></div><div class="no-comments"><p>No comments yet.</p></div></div>')
    result = segment(page(STORY + box))
    article_ok(result)
    assert result.comments == []


def test_rating_and_like_rows_named_after_comment_are_not_the_readers_text():
    # Metro's in-house comments (2012): div.comment-rating "Rate this comment: + -4 - Report abuse" under each text; WordPress.com's
    # p.comment-likes "LikeLike"
    items = "".join(f'<li class="comment-item" id="comment-9912{i}"><div class="comment-content"><p class="comment-body">{text}</p>'
                    f'<p class="comment-meta"><span class="comment-author">{name}</span> <span class="comment-date">12/03/2012 13:0{i}</span></p>'
                    f'<div class="comment-rating"><span>Rate this comment:</span> <a href="#" class="rate-up">+</a> <span class="rating">-4</span> '
                    f'<a href="#" class="rate-down">-</a></div><p class="comment-likes"><a href="?like_comment=9912{i}">Like</a>'
                    f'<span>Like</span></p></div></li>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<ul class="comments-list">{items}</ul>', ["12/03/2012 13:00", "12/03/2012 13:01"])


def test_drupal_6_submitted_line_with_the_name_as_text_and_the_authors_own_comment():
    # a Drupal 6 theme (New Statesman, 2012): div.submitted "NAME <span class="date">12 March 2012 - 14:38</span>", the links
    # "Reply" and "Report comment" under the text; the article author's reply is div.comment.comment-by-node-author. The name was
    # lost, and the author's reply was signed "Report comment"
    items = "".join(f'<a id="comment-2188{i}"></a><div class="comment{" comment-by-node-author" if i else ""} clear-block"><div class="picture">'
                    f'<img src="/avatar.png" alt="{name}\'s picture"></div><div class="submitted">{name} <span class="date">12 March 2012 - 14:3{i}'
                    f'</span></div><div class="content"><p>{text}</p></div><ul class="links"><li class="comment_reply first"><a href="/comment/'
                    f'reply/188201/2188{i}">Reply</a></li><li class="comment_report last"><a href="/report/2188{i}">Report comment</a></li></ul>'
                    f'</div>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments"><h2 class="comments">2 comments</h2>{items}</div>', ["12 March 2012 - 14:30", "12 March 2012 - 14:31"])


def test_a_readers_list_written_with_middle_dots_keeps_its_first_point():
    points = ["· Fix the potholes on Main Street first", "· Then talk about the new bike lanes", "· Then the parking meters"]
    items = "".join(f'<li class="comment" id="comment-4{i}"><div class="comment-author"><cite class="fn">{name}</cite></div>'
                    f'<div class="comment-meta">March 12, 2012 at 9:0{i} pm</div><div class="comment-body">'
                    f'{"".join(f"<p>{p}</p>" for p in points)}</div></li>' for i, (name, _) in enumerate(READERS))
    result = segment(page(STORY + f'<ol class="commentlist">{items}</ol>'))
    assert [c.text for c in result.comments] == ["\n".join(points)] * 2


def test_a_clock_then_the_day_and_the_months_short_name_is_all_the_time():
    # Stuff's comments (stuff.co.nz, 2012): "07:12am 21 Mar 2012" in span.comment_time; only "07:12am" was read
    items = "".join(f'<div class="comment" id="comment331{i}"><p class="comment_meta"><span class="comment_name">{name}</span> '
                    f'<span class="comment_time">07:1{i}am 21 Mar 2012</span></p><div class="comment_text"><p>{text}</p></div></div>'
                    for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments">{items}</div>', ["07:10am 21 Mar 2012", "07:11am 21 Mar 2012"])


def test_a_months_short_name_then_the_day_and_year_by_dashes_is_the_time():
    # Ogden Newspapers' comments (2012): "Mar-13-12 6:40 AM" in span.comment_date, then "Posted by: NAME"; only the clock was read
    items = "".join(f'<div class="comment"><div class="comment_meta"><span class="comment_date">Mar-13-12 6:4{i} AM</span> '
                    f'<span class="comment_author">Posted by: {name}</span></div><div class="comment_text"><p>{text}</p></div></div>'
                    for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments">{items}</div>', ["Mar-13-12 6:40 AM", "Mar-13-12 6:41 AM"])


def test_a_bare_clock_then_the_days_ordinal_and_the_months_short_name_is_all_the_time():
    # BBC DNA's comments (2012): "at <a>17:21 17th Mar 2012</a>" in span.date; only "17:21" was read
    items = "".join(f'<li class="dna-comment"><div class="comment-info"><span class="vcard"><a class="url fn" href="/dna/MP{i}">{name}</a></span> '
                    f'<span class="date">at <a href="#P1156720{i}">17:2{i} 17th Mar 2012</a></span></div><p class="comment-text">{text}</p></li>'
                    for i, (name, text) in enumerate(READERS))
    _check_timed(f'<ul class="collections">{items}</ul>', ["17:20 17th Mar 2012", "17:21 17th Mar 2012"])


def test_a_name_run_into_its_date_by_two_spans_side_by_side():
    # Hürriyet's reader comments (2012): <span class="yorumAdi">NAME</span><span class="yorumTarih">12.03.2012 14:40</span>, no space
    # between: read as one line the name was "Hannah Cole12.03.2012" and the time the clock alone
    items = "".join(f'<div class="yorum"><div class="yorumUst"><span class="yorumAdi">{name}</span><span class="yorumTarih">12.03.2012 14:4{i}'
                    f'</span></div><div class="yorumMetin"><p>{text}</p></div></div>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments" class="okurYorumlari">{items}</div>', ["12.03.2012 14:40", "12.03.2012 14:41"])


def test_a_french_byline_with_le_before_the_date_and_the_clock_written_18h44():
    # Over-blog (2011): "Commentaire n°1 posté par <a>NAME</a> le 12/03/2011 à 18h44" under the text; the name read "NAME le" and
    # the time lost its clock
    items = "".join(f'<div class="comment"><div class="commentText"><p>{text}</p></div><div class="commentHeader">Commentaire n°{i + 1} posté '
                    f'par <a href="#" rel="nofollow">{name}</a> le 12/03/2011 à 18h4{i}</div></div>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments">{items}</div>', ["12/03/2011 à 18h40", "12/03/2011 à 18h41"])


def test_replies_in_a_block_after_their_comment_in_the_comments_shape():
    # OSNews (2012): div.cmnt, then beside it div.cmntReplies > div.cmnt.cmntReply (its own div.cmntReplies after it); before, the
    # replies, outside their comment's block, were lost
    def comment(i, name, text, reply=False, replies=""):
        return (f'<div class="cmnt{" cmntReply" if reply else ""}" id="c51134{i}" style="margin-left:{20 * reply}px"><div class="cmntHead">'
                f'<a class="cmntTitle" href="#51134{i}">Solution</a> <span class="cmntScore">Score: 5</span></div><div class="cmntBy">by '
                f'<a href="/user/{i}/">{name}</a> on Mon 12th Mar 2012 14:2{i} UTC</div><div class="cmntBody">{text}</div></div>'
                + (f'<div class="cmntReplies">{replies}</div>' if replies else ""))
    answer = ANSWER
    thread = comment(0, *READERS[0], replies=comment(1, *answer, reply=True)) + comment(2, *READERS[1])
    result = segment(page(STORY + f'<div id="comments"><h2 class="commentsHeader">Comments</h2>{thread}</div>'))
    assert [(c.author, c.text.split("\n")[-1]) for c in result.comments] == [READERS[0], answer, READERS[1]]


def test_launchpad_comment_head_with_its_number_leaves_no_remnant_in_the_text():
    # Launchpad's bug comments (2012): "<a itemprop=creator>NAME</a> wrote <span itemprop=commentTime>on 2012-03-13</span>:" and the
    # comment's number "#3" in the next cell; "wrote on 2012-03-13: #3" opened the text
    items = "".join(f'<div class="boardComment editable-message" itemprop="comment" itemscope itemtype="http://schema.org/UserComments">'
                    f'<div class="boardCommentDetails"><table><tbody><tr><td><a href="/~u{i}" class="sprite person" itemprop="creator">{name}</a>\n'
                    f'wrote <span itemprop="commentTime" title="2012-03-13 14:2{i}:39 UTC">on 2012-03-1{3 + i}</span>:\n</td><td class="bug-comment-'
                    f'index"><a href="/bugs/951742/comments/{i + 3}">#{i + 3}</a></td></tr></tbody></table></div><div class="boardCommentBody" '
                    f'itemprop="commentText"><div class="comment-text"><p>{text}</p></div></div></div>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments">{items}</div>'))
    assert [(c.author, c.text) for c in result.comments] == READERS


def test_discourse_posts_named_by_their_wrapper_and_a_withdrawn_post():
    # Discourse (Boing Boing BBS, 2014): div.topic-post > article.boxed#post_2 (the article's own class says nothing of a post) >
    # ... span.username, a.post-date, div.cooked; a post its author withdrew leaves "(post withdrawn by author, ...)"
    def post(i, name, text, kind="regular"):
        return (f'<div id="post-cloak-{i}" class="post-cloak"><div class="topic-post clearfix {kind}" data-post-id="29000{i}"><article '
                f'class="boxed" id="post_{i}" data-post-id="29000{i}"><div class="row"><div class="topic-body"><div class="topic-meta-data">'
                f'<div class="names trigger-user-card"><span class="username"><a href="/users/{i}">{name}</a></span></div><div class="post-info">'
                f'<a class="post-date" href="/t/24781/{i}"><span class="relative-date" title="Mar 12, 2014 4:0{i} pm">Mar 12</span></a></div>'
                f'</div><div class="contents regular"><div class="cooked"><p>{text}</p></div></div></div></div></article></div></div>')
    withdrawn = "(post withdrawn by author, will be automatically deleted in 24 hours unless flagged)"
    posts = post(2, *READERS[0]) + post(3, "gadgetgrandpa", withdrawn, "deleted") + post(4, *READERS[1])
    result = segment(page(STORY + f'<div class="topic-area" id="topic"><div class="posts-wrapper">{posts}</div></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [(name, "Mar 12", text) for name, text in READERS]


def test_a_link_whose_text_is_only_a_time_gives_the_comments_time():
    # El País's Eskup conversation (2012): div.pie_mensaje > span.fecha_mensaje > a[href="#"] "hace 3 horas", beside "Responder";
    # a link that goes nowhere runs a script and is skipped, so the time was lost
    items = "".join(f'<div class="mensaje"><p class="autor_mensaje"><a href="/u/{i}" class="autor">{name}</a></p><div class="texto_mensaje">'
                    f'<p>{text}</p></div><div class="pie_mensaje"><span class="fecha_mensaje"><a href="#">hace {3 - i} horas</a></span> '
                    f'<a href="#" class="responder">Responder</a></div></div>' for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="conversacion" class="comentarios">{items}</div>', ["hace 3 horas", "hace 2 horas"])


def test_a_footer_of_the_time_and_bracketed_actions_is_not_the_readers_text():
    # a regional paper's in-house comments (2024): the time as a link in the head, and again under the text with
    # "[ Recommend 8 ] [ Reply ] [ Hide ]", which stayed the text's last line once the head gave the time
    items = "".join(f'<div class="c" id="c{i}"><div class="ch"><span class="cw"><a href="/user/{i}" class="author">{name}</a></span> '
                    f'<span class="ct"><a href="#c{i}">Mar 12, 2024 at 08:3{i}:05 PM</a></span></div><div class="cb"><p>{text}</p></div>'
                    f'<div class="cf">Mar 12, 2024 at 08:3{i}:05 PM [ Recommend 8 ] [ Reply ] [ Hide ]</div></div>'
                    for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments">{items}</div>', ["Mar 12, 2024 at 08:30:05 PM", "Mar 12, 2024 at 08:31:05 PM"])


def test_a_chinese_threads_floor_number_is_not_the_readers_text():
    # Sina Blog (2011): each comment opens with its floor, "[1楼]", on a line of its own
    items = "".join(f'<li><div class="SG_revert_Tit"><span class="SG_revert_Time"><em class="SG_txtc">2011-03-12 15:2{i}:10</em></span>'
                    f'<span class="SG_floor">[{i + 1}楼]</span> <span class="SG_revert_Tit_name">{name}</span></div><div class="SG_revert_Inner '
                    f'SG_txtb">{text}</div><p class="myReFrom"><span class="SG_revert_Answer_right"><a href="#" class="SG_aBtn">回复</a></span>'
                    f'</p></li>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div class="SG_connBody"><div class="SG_revert_Cont"><a name="comment"></a><ul id="article_comment_list" '
                          f'class="SG_revert_Cont">{items}</ul></div></div>'))
    assert [c.text for c in result.comments] == [text for _, text in READERS]


def test_a_lone_reply_whose_block_adds_child_to_its_comments_classes():
    # Livefyre 3 rendered in the page (2012): div.fyre-comment-wrapper around each comment, div.fyre-comment-wrapper.fyre-comment-child
    # around a reply, alone in its div.fyre-comment-replies; a lone block named with an extra class was not read as a comment
    def comment(i, name, text, child=False, replies=""):
        return (f'<div class="fyre-comment-wrapper{" fyre-comment-child" if child else ""}" data-message-id="10882082{i}"><article class="'
                f'fyre-comment-article" data-message-id="10882082{i}"><header class="fyre-comment-head"><a class="fyre-comment-username" '
                f'href="#"><span>{name}</span></a><time class="fyre-comment-date" datetime="2012-03-20T16:2{i}:00.000Z">{i + 1} hours ago'
                f'</time></header><section class="fyre-comment-body"><div class="fyre-comment"><p>{text}</p></div></section></article>'
                + (f'<div class="fyre-comment-replies">{replies}</div>' if replies else "") + '</div>')
    thread = comment(0, *READERS[0], replies=comment(1, *ANSWER, child=True)) + comment(2, *READERS[1])
    result = segment(page(STORY + f'<div id="livefyre"><div class="fyre-stream-content">{thread}</div></div>'))
    assert [(c.author, c.text) for c in result.comments] == [READERS[0], ANSWER, READERS[1]]


def test_disquss_box_of_other_stories_comments_is_no_comment_here():
    # An empty Disqus 2012 thread: its "Also on SITE" box quotes readers of other stories, with names and times.
    others = "".join(f"""
<li class="recommendation"><div class="recommendation-inner"><a class="title" href="/story-{i}">Another story {i}</a>
 <div class="meta"><span class="comment-count">{40 + i} comments</span> &#8226; <span class="time-ago">{i + 2} days ago</span></div>
 <div class="excerpt"><strong class="author">{name}</strong> &mdash; <span class="excerpt-text">{text}</span></div></div></li>"""
                     for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<div id="disqus_thread"><div id="layout">
<section id="conversation"><header><span class="comment-count">0 comments</span> Login</header>
<form class="reply"><textarea placeholder="Start the discussion..."></textarea></form>
<div id="posts"><div id="no-posts">Be the first to comment.</div><ul id="post-list" class="post-list"></ul></div></section>
<section id="recommendations" data-tracking-area="discovery"><h2 class="discovery-title">Also on <strong>Poynter</strong></h2>
<ul class="recommendations-list">{others}</ul></section></div></div>"""))
    assert result.comments == []
    article_ok(result)


def test_drupals_recent_comments_block_is_no_comment_here():
    # Drupal 6 names its sidebar blocks block-MODULE-N: the comment module's block lists other pages' comments.
    recent = "".join(f'<li><a href="/comment/{140 + i}#comment-{140 + i}">{text[:30]}</a><br />{i + 5} hours {i + 12} min ago</li>'
                     for i, (_, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<div id="sidebar-last" class="grid16-4">
<div id="block-comment-0" class="block block-comment odd first grid16-4"><div class="inner clearfix">
<h2 class="title block-title">Recent comments</h2><div class="content clearfix"><div class="item-list"><ul>{recent}</ul></div></div></div></div>
</div>"""))
    assert result.comments == []
    article_ok(result)


def test_k2_comments_with_the_authors_response_and_a_comment_link():
    # Joomla's K2: li.even / li.odd, the article author's reply adds li.authorResponse; each opens with its own
    # "Comment Link" anchor
    people = [*READERS, ANSWER]
    comments = "".join(f"""
<li class="{('even', 'odd')[i % 2]}{' authorResponse' if i == 2 else ''}">
<span class="commentLink"><a href="/news/item/1482#comment{3310 + i}" name="comment{3310 + i}" id="comment{3310 + i}">Comment Link</a></span>
<img src="/avatar.png" class="commentAvatar" alt="{name}" width="48" />
<span class="commentDate">Monday, 0{i + 4} March 2012 0{i + 7}:12</span>
<span class="commentAuthorName">posted by {name}</span>
<p>{text}</p>
<span class="commentToolbar"><a class="modal" href="/news/item/1482/report?commentID={3310 + i}">Report</a></span>
<div class="clr"></div></li>""" for i, (name, text) in enumerate(people))
    result = segment(page(STORY + f"""<div class="itemComments"><h3 class="itemCommentsCounter"><span>3</span> comments</h3>
<ul class="itemCommentsList">{comments}</ul></div>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Monday, 0{i + 4} March 2012 0{i + 7}:12", text) for i, (name, text) in enumerate(people)]
    article_ok(result)


def test_silverstripe_page_comments_with_the_byline_beside_the_words():
    # SilverStripe 2.4's PageComments: li > div.comment (the words alone) + p.info "Posted by NAME, DATE (N days ago)"
    comments = "".join(f"""
<li class="{('odd', 'even')[i % 2]}{' first' if i == 0 else ''}">
 <div class="comment" id="PageComment_{58 + i}"><p>{text}</p></div>
 <p class="info">Posted by {name}, 1{i + 2}/10/2012 8:4{i}pm ({4 - i} days ago)
 <ul class="actionLinks"><li><a href="/PageComment_Controller/reportspam/{58 + i}" class="spamlink">this comment is spam</a></li></ul></p>
</li>""" for i, (name, text) in enumerate(READERS))
    _check_timed(f"""<div id="PageComments_holder" class="typography"><h4>Post your comment</h4>
<form id="PageCommentInterface_Form_PostCommentForm"><textarea name="Comment"></textarea></form>
<h4>Comments</h4><div id="CommentHolder"><ul id="PageComments">{comments}</ul></div></div>""",
                 ["12/10/2012 8:40pm (4 days ago)", "13/10/2012 8:41pm (3 days ago)"])


def test_the_guardians_long_notice_where_a_moderator_removed_a_comment_is_no_comment():
    # Guardian discussion (2012): the removed comment keeps its place, its notice two sentences long
    notice = ("This comment was removed by a moderator because it didn't abide by our community standards. "
              "Replies may also be deleted. For more detail see our FAQs.")
    items = [f'<li class="d2-comment"><div class="d2-meta"><a class="d2-username" href="/profile/{i}">{name}</a> '
             f'<a class="d2-datetime" href="#c{i}">17 March 2012 9:1{i}AM</a></div><div class="d2-body"><p>{text}</p></div></li>'
             for i, (name, text) in enumerate(READERS)]
    removed = f'<li class="d2-comment d2-blocked"><div class="d2-body"><p>{notice}</p></div></li>'
    _check_timed(f'<div id="discussion-comments"><ul class="d2-comments">{items[0]}{removed}{items[1]}</ul></div>',
                 ["17 March 2012 9:10AM", "17 March 2012 9:11AM"])


def test_weebly_blog_comments_with_a_lone_reply_in_its_level_block():
    # Weebly (2012): each comment a div.blogCommentWrap; the replies to one in the div.blogCommentLevel1 right after it
    def wrap(i: int, name: str, text: str) -> str:
        return (f'<div class="blogCommentWrap"><div id="3581{i}-comment" class="blogCommentHeading"><span class="blogCommentAuthor">'
                f'<span class="name">{name}</span></span> <span class="blogCommentDate">9/20/2012 0{i + 3}:42:11 pm</span></div>'
                f'<div class="blogCommentText"><div style="margin-bottom:5px;">{text}</div></div><div class="blogCommentReplyWrapper">'
                f'<a href="#" class="blogCommentReplyLink">Reply</a></div></div>')
    (first, first_text), (second, second_text) = READERS
    result = segment(page(STORY + f"""<div id="commentArea"><div class="blog-comments-bottom"><h2 class="blog-comments-title">Comments</h2></div>
{wrap(0, first, first_text)}<div class="blogCommentLevel1">{wrap(1, *ANSWER)}</div>{wrap(2, second, second_text)}</div>"""))
    assert [(c.author, c.time, c.parent, c.text) for c in result.comments] == [
        (first, "9/20/2012 03:42:11 pm", None, first_text), (ANSWER[0], "9/20/2012 04:42:11 pm", 0, ANSWER[1]),
        (second, "9/20/2012 05:42:11 pm", None, second_text)]


def test_facebook_plugins_action_row_with_a_like_count_is_not_the_readers_text():
    # Facebook's plugin (2013): under each comment "Like · Reply · 3 · 12 March at 18:31", the middle dots in spans of their
    # own; with the links left out, the count and the dots stayed in the reply's text ("... weekends.\n· · 3 · 12 March at 18:31")
    def post(i, name, text, inner=""):
        return (f'<div class="_3-8y _5nz1 clearfix" role="article" aria-label="Comment"><div class="_ohe lfloat"><a href="#" class="img _8o _8s">'
                f'<img class="img" src="a.jpg" alt=""></a></div><div class="UFIImageBlockContent _42ef clearfix"><div class="_3-8x"><span>'
                f'<a class="UFICommentActorName" href="https://www.facebook.com/{i}">{name}</a></span><span class="_3-8w"> &middot; St Helier, Jersey</span></div>'
                f'<div class="_3-8m"><div class="_30o4"><span><span class="_5mdd"><span>{text}</span></span></span></div></div>'
                f'<div class="_2vq9 fsm fwn fcg"><a class="_5yxe" href="#" role="button">Like</a><span> &middot; </span><a href="#" role="button">Reply</a>'
                f'<span> &middot; </span><span class="_3-8u _5pgf"><i class="img sp_like"></i> <span>{i + 3}</span></span><span> &middot; </span>'
                f'<a class="uiLinkSubtle" href="?fb_comment_id=fbc_{i}"><abbr class="livetimestamp" title="Tuesday, 12 March 2013 at 18:0{i}" '
                f'data-utime="1363111440">12 March at 18:0{i}</abbr></a></div>{inner}</div></div>')
    reply = f'<div class="_44ri _2pis _3-8y"><div class="_2pit">{post(1, *ANSWER)}</div></div>'
    widget = f'<div class="_4k-6">{post(0, *READERS[0], inner=reply)}{post(2, *READERS[1])}</div>'
    result = segment(page(STORY + f'<section id="comments"><h3>Comments</h3><div class="fb-comments">{widget}</div></section>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (READERS[0][0], "12 March at 18:00", READERS[0][1]), (ANSWER[0], "12 March at 18:01", ANSWER[1]),
        (READERS[1][0], "12 March at 18:02", READERS[1][1])]


def test_facebook_plugins_block_named_content_that_holds_only_the_name_and_its_tagline():
    # Facebook's plugin (2013): div.UFIImageBlockContent holds the name and "· Top Commenter · Works at ...", the words in the
    # div._3-8m beside it; read as the comment's text block, the comment was its tagline alone
    def post(i, name, text):
        return (f'<div class="_3-8y _5nz1 clearfix" role="article" aria-label="Comment"><a class="_5pb8 _1yz4" href="#"><img class="img" '
                f'src="a.jpg" alt="{name}"></a><div class="_3-8y clearfix"><div class="_5nz0"><div class="UFIImageBlockContent"><span>'
                f'<a class="UFICommentActorName" href="https://www.facebook.com/{i}">{name}</a></span><span class="_3-8y _5nz1 fsm fwn fcg"> · '
                f'<a class="_5pb8" href="#">Top Commenter</a> · <span class="_5pb9">Works at Aubrey County Road Commission</span></span></div>'
                f'<div class="_3-8m"><div class="_30o4"><span><span class="_5mdd"><span>{text}</span></span></span></div></div>'
                f'<div class="_2vq9 fsm fwn fcg"><a href="#" role="button">Reply</a><span> · </span><a href="#" role="button">Like</a>'
                f'<span> · </span><a class="uiLinkSubtle" href="?fb_comment_id=fbc_{i}"><abbr class="livetimestamp" data-utime="1363090000" '
                f'title="Tuesday, March 12, 2013 at 7:1{i}am">March 12 at 7:1{i}am</abbr></a></div></div></div></div>')
    widget = "".join(post(i, name, text) for i, (name, text) in enumerate(READERS))
    _check_timed(f'<section id="comments"><h3>Comments</h3><div class="fb-comments"><div class="_4k-6">{widget}</div></div></section>',
                 ["March 12 at 7:10am", "March 12 at 7:11am"])


def test_a_closed_notice_naming_the_story_in_the_threads_box_is_no_comment():
    # Drupal 7 (Cincinnati Magazine, 2012): the thread's box holds only its heading and "Comments on this story are closed."
    result = segment(page(STORY + '<ul class="links inline"><li class="comment_forbidden first last"><span>Comments are closed</span></li></ul>'
                                  '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>'
                                  '<p class="comments-closed">Comments on this story are closed.</p></div>'))
    assert result.comments == []
    article_ok(result)


def test_an_obituarys_guest_book_named_only_as_one_is_its_thread():
    # TownNews BLOX's obituary guest book (2012): div.tncms-guestbook of div.gb-entry, the words before the name and the date
    entries = "".join(f'<div class="gb-entry{" gb-entry-alt" if i else ""}" id="gb_entry_330{i}"><div class="gb-entry-text"><p>{text}</p></div>'
                      f'<div class="gb-entry-name">{name}</div><div class="gb-entry-location">Hays, Kansas</div>'
                      f'<div class="gb-entry-date">March 2{i}, 2012</div></div>' for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="guestbook" class="tncms-guestbook"><h3>Guest Book</h3>{entries}</div>'))
    assert [(c.author, c.time) for c in result.comments] == [(name, f"March 2{i}, 2012") for i, (name, _) in enumerate(READERS)]
    assert [c.text.split("\n")[0] for c in result.comments] == [text for _, text in READERS]


def test_a_staff_reply_that_opens_comment_removed_is_the_staffs_own_words():
    # D Magazine (2012): under a deleted comment the editor answers "Comment removed. Let's keep it about parking ..."; the
    # notice a system writes alone ("Comment removed", "Comment removed by the moderator. ...") is no comment
    items = "".join(f'<li class="comment" id="comment-{i}"><span class="comment-author">{name}</span> <span class="comment-date">'
                    f'March 13, 2012 at 9:1{i} am</span><div class="comment-body"><p>{text}</p></div></li>'
                    for i, (name, text) in enumerate([READERS[0], ("Mark Saunders", "Comment removed. Let's keep it about the seeds, please."),
                                                      READERS[1]]))
    removed = '<li class="comment" id="comment-9"><div class="comment-body comment-deleted"><p>Comment removed by the moderator.</p></div></li>'
    result = segment(page(STORY + f'<ol class="comment-list">{items}{removed}</ol>'))
    assert [(c.author, c.text) for c in result.comments] == [
        READERS[0], ("Mark Saunders", "Comment removed. Let's keep it about the seeds, please."), READERS[1]]


def test_codeproject_message_rows_leave_out_their_action_row():
    """CodeProject's article forum: a header row (subject, author, date) and a body row per message; the body row
    ends in div.msg-actions, the message's rating and "Reply · Email · View Thread · Permalink · Bookmark"."""
    rows = "".join(f"""
<tr id="msg-{40 + i}" class="msg-header"><td class="indent" style="padding-left:{20 * i}px"><img src="general.gif" alt="General"></td>
 <td class="subject"><a href="/Messages/{40 + i}/x.aspx" class="subj-link">{'Re: ' if i else ''}Seed bank</a></td>
 <td class="author"><a href="/Membership/{i}" class="author">{name}</a></td><td class="date">1{i}-Mar-12 2:40</td></tr>
<tr id="msg-body-{40 + i}" class="msg-body"><td></td><td colspan="3"><div class="text"><p>{text}</p></div>
 <div class="msg-actions"><span class="msg-vote">5.00/5 (1 vote)</span> <a href="/Forums/Edit.aspx?select={40 + i}&amp;mode=reply">Reply</a>&middot;<a
 href="/Forums/Email.aspx?mid={40 + i}">Email</a>&middot;<a href="/Messages/{40 + i}/View.aspx">View Thread</a>&middot;<a
 href="/Messages/{40 + i}/Permalink.aspx">Permalink</a>&middot;<a href="/Bookmarks/Add.aspx?obid={40 + i}">Bookmark</a></div></td></tr>"""
                   for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<h2>Comments and Discussions</h2><div class="forum"><table id="ForumTable" class="forum-table">{rows}</table></div>'))
    assert [(c.author, c.text.split("\n")[-1]) for c in result.comments] == READERS
    assert not any("Permalink" in c.text or "vote" in c.text for c in result.comments)


def test_community_server_comment_areas_dated_then_signed_by_name():
    # Community Server 2008 (MSDN-era blogs): div.CommentArea per comment (not a thread's "comments area"), its
    # auto subject "# re: TITLE" (the story's title: the thread is no copy of the story), the text, then the footer
    # "DATE by NAME" (the name a link or plain text)
    areas = "".join(f"""<div class="CommentArea"><h4 class="CommentTitle"><a name="98124{i}"></a><a href="#98124{i}">#</a> re: Library opens a seed bank for local gardeners</h4>
<div class="CommentText"><p>{text}</p></div>
<div class="CommentFooter">Thursday, March 11, 2010 10:0{i} AM by {f'<a href="http://u{i}.spaces.live.com/" rel="nofollow">{name}</a>' if i else name}</div></div>"""
                    for i, (name, text) in enumerate(READERS))
    form = """<div class="CommonContentBox"><h4 class="CommonContentBoxHeader">Leave a Comment</h4><div class="CommonContentBoxContent">
<div class="CommonFormArea"><div class="CommonFormFieldName">Name <em>(required)</em></div><div class="CommonFormField"><input name="n" type="text" /></div>
<div class="CommonFormFieldName">Comments <em>(required)</em></div><div class="CommonFormField"><textarea name="c"></textarea></div></div></div></div>"""
    result = segment(page(STORY + f'<div class="CommonContentBox"><h4 class="CommonContentBoxHeader">Comments</h4>'
                                  f'<div class="CommonContentBoxContent">{areas}</div></div>{form}'))
    assert [(c.author, c.time, c.text.split("\n")[-1]) for c in result.comments] == [
        (name, f"Thursday, March 11, 2010 10:0{i} AM", text) for i, (name, text) in enumerate(READERS)]


def test_xoops_comment_tables_opened_by_an_anchor_in_the_posters_cell():
    # XOOPS's news comments: a table.outer per comment, nested by margin; its anchor a#commentN opens the
    # poster's cell (td.head), the date in the next cell, the rank and text in the row below
    tables = "".join(f"""<div style="margin-left: {20 * i}px"><table class="outer" cellpadding="5" cellspacing="1">
<tr><th width="20%">Poster</th><th>Thread</th></tr>
<tr><td class="head"><a id="comment31{i}"></a> <a href="/userinfo.php?uid=2{i}">{name}</a></td>
<td class="head"><div class="comDate"><span class="comDateCaption">Posted:</span> 2011/9/2{6 + i} 22:41</div></td></tr>
<tr><td class="odd"><div class="comUserRank"><div class="comUserRankText">Home away from home</div></div>
<div class="comUserStat"><span class="comUserStatCaption">Joined:</span><br />2007/2/11 11:01</div></td>
<td class="odd"><div class="comTitle">Re: Seed bank</div><div class="comText">{text}</div></td></tr>
<tr><td class="even"></td><td class="even" align="right"><a href="/comment_reply.php?com_id=31{i}"><img src="reply.gif" alt="Reply" /></a></td></tr>
</table></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + tables))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"2011/9/2{6 + i} 22:41", text) for i, (name, text) in enumerate(READERS)]


def test_greymatter_comments_between_rules_signed_posted_by_name_at_sign_date():
    # Greymatter 1.3 (upper-case HTML 3.2, no classes): "N Comments so far", then per comment a rule, the text
    # in a FONT, and "Posted by <B>NAME</B> [e-mail] [homepage] @ DATE"; the comment form's labels follow
    posts = "".join(f"""<P><HR NOSHADE SIZE=1 WIDTH=100%>
<FONT FACE="Verdana" SIZE=2>{text}</FONT><BR><BR>
<FONT FACE="Verdana" SIZE=1>Posted by <B>{name}</B> <A HREF="mailto:u{i}@example.com">[e-mail]</A> @ 03/1{4 + i}/2010 09:4{i} PM</FONT>"""
                    for i, (name, text) in enumerate(READERS))
    form = """<P><HR NOSHADE SIZE=1 WIDTH=100%><FONT FACE="Verdana" SIZE=2><B>Add A New Comment</B></FONT><BR>
<FORM ACTION="/cgi-bin/gm-comments.cgi" METHOD=POST><TABLE><TR><TD><FONT SIZE=1>Name</FONT></TD><TD><INPUT NAME="n"></TD></TR>
<TR><TD><FONT SIZE=1>E-Mail</FONT></TD><TD><INPUT NAME="e"></TD></TR></TABLE>
<FONT SIZE=1>Remember info? No HTML please. Spammers will be sent to the basement with the old amplifiers.</FONT></FORM>"""
    result = segment(page(STORY + f"""<TABLE><TR><TD CLASS="gmentry"><A NAME="comments"></A>
<FONT FACE="Verdana" SIZE=2><B>2 Comments so far</B></FONT>{posts}{form}</TD></TR></TABLE>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"03/1{4 + i}/2010 09:4{i} PM", text) for i, (name, text) in enumerate(READERS)]


def test_wap_comments_as_alike_blocks_under_a_readers_comments_heading_end_with_their_run():
    # A newspaper's WAP page (Daily Nation's mobile site): no comment markup but div.cm per comment under
    # "Readers' comments (2)", then the pager, "Related stories" and the sections menu
    blocks = "".join(f"""<div class="cm"><span class="u">{name}</span> <span class="d">15/03/2011 09:0{i}</span><br />
{text}<br /><a href="/comment/report/-/9123{i}/-/index.html" class="d">Report abuse</a></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<div class="nav"><b>Readers' comments (2)</b></div>{blocks}
<div class="tx">Page 1 of 1</div><div class="nav"><b>Related stories</b></div>
<div class="tx">&#187; <a href="/News/1">New traffic fines take effect across the city</a><br />&#187; <a href="/News/2">Police to crack down on noisy matatus</a></div>
<div class="nav"><b>Sections</b></div><div class="tx">1 <a href="/News">News</a><br />2 <a href="/Business">Business</a><br />3 <a href="/Sports">Sports</a></div>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"15/03/2011 09:0{i}", text) for i, (name, text) in enumerate(READERS)]


def test_message_board_posts_named_msg():
    # UBM TechWeb's message boards under InformationWeek stories (2012): div.msgBox#msg_N, the poster's
    # name and rank on the left, the date, subject and div.msgBody on the right, then the board's links
    boxes = "".join(f"""<div class="msgBox" id="msg_12622{i}"><div class="msgLeft"><div class="msgAvatar"><img src="a.png" alt="{name}" /></div>
<div class="msgAuthor"><a href="/profile.asp?piddl_userid=42{i}" class="memberName">{name}</a></div>
<div class="msgRank">User Rank<br /><span class="rank">Apprentice</span></div></div>
<div class="msgRight"><div class="msgHead"><span class="msgDate">3/13/2012 | 9:4{i}:07 AM</span> <span class="flag"><a href="/report.asp">Flag</a></span></div>
<div class="msgBody"><p>{text}</p></div>
<div class="msgActions"><a href="/reply.asp">Reply</a> | <a href="/post.asp">Post Message</a> | <a href="/messages.asp">Messages List</a></div></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<a name="msgBoard"></a><div id="msgBoard"><div class="msgBoardHead"><h3>Comments</h3></div>{boxes}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"3/13/2012 | 9:4{i}:07 AM", text) for i, (name, text) in enumerate(READERS)]


def test_replies_list_inside_an_unnamed_comment_item():
    # A public-radio "lite" site (2013): ol.comments of plain li, each a byline paragraph, the text and the
    # action row; a reply sits in the comment's own ol.replies
    reply = f"""<ol class="replies"><li><p class="who"><b>{ANSWER[0]}</b> <span class="badge">Staff</span> &middot; <span class="when">Aug 22, 2013 7:31 AM</span></p>
<p>{ANSWER[1]}</p><p class="act"><a href="/c/reply/1?to=staff">reply</a> &middot; <a href="/c/flag/1">flag</a></p></li></ol>"""
    items = "".join(f"""<li><p class="who"><b>{name}</b> &middot; <span class="when">Aug 22, 2013 {7 + 2 * i}:15 AM</span></p>
<p>{text}</p><p class="act"><a href="/c/reply/{i}">reply</a> &middot; <a href="/c/flag/{i}">flag</a></p>{reply if i == 0 else ''}</li>"""
                    for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<h2>Comments (3)</h2><ol class="comments">{items}</ol>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (ANSWER[0], ANSWER[1], 0), (READERS[1][0], READERS[1][1], None)]


def test_thesis_post_authors_reply_among_nested_replies():
    # Thesis 1.8: dl#comment_list of dt (name, time) and dd (text) pairs, replies in the comment's dd > dl.children;
    # the post author's dt and dd carry "bypostauthor author_comment" besides "comment"
    def pair(n, name, text, cls="comment", children=""):
        return f"""<dt class="{cls}" id="comment-50{n}"><span class="comment_author">{name}</span>
<span class="comment_time"><a href="#comment-50{n}">April 10, 2012 at 9:{n}0 am</a></span></dt>
<dd class="{cls}"><div class="format_text" id="comment-body-50{n}"><p>{text}</p></div>
<p class="reply"><a class="comment-reply-link" href="?replytocom=50{n}#respond">Reply</a></p>{children}</dd>"""
    author = pair(2, *ANSWER, cls="comment odd bypostauthor author_comment")
    other = pair(3, "Tasha", "Some of us have an ex we are hiding from, so the school sign matters a great deal.", cls="comment even")
    later = [(f"Reader {n}", f"Comment number {n} on the seed bank, which I think is a fine idea for the valley.") for n in range(5, 9)]
    thread = pair(1, *READERS[0], cls="comment odd", children=f'<dl class="children">{author}{other}</dl>') + pair(4, *READERS[1], cls="comment even") \
        + "".join(pair(n, *reader, cls="comment odd") for n, reader in zip(range(5, 9), later))
    result = segment(page(STORY + f'<div id="comments"><dl id="comment_list">{thread}</dl></div>'))
    assert [(c.author, c.parent) for c in result.comments] == [
        (READERS[0][0], None), (ANSWER[0], 0), ("Tasha", 0), (READERS[1][0], None)] + [(name, None) for name, _ in later]
    assert result.comments[1].text == ANSWER[1]


def test_pluck_lone_reply_by_the_writer_with_an_author_badge():
    # Pluck 5 (Postmedia, 2012): div.pluck-comm-single-comment-wrap per comment, a reply in the comment's
    # div.pluck-comm-replies; the column's writer answers once, "Author" badge run into the name
    def wrap(key, kind, name, when, text, replies=""):
        badge = '<span class="pluck-comm-badge pluck-comm-badge-author">Author</span>' if name == ANSWER[0] else ""
        return f"""<div class="pluck-comm-single-comment-wrap pluck-comm-{kind}" id="CommentKey:{key}"><div class="pluck-comm-single-comment-main">
<div class="pluck-comm-single-comment-top"><div class="pluck-comm-comment-header">
<a class="pluck-comm-username-url pluck-comm-username-display" href="/personas/index.html?plckUserId={key}">{name}</a>{badge}
<span class="pluck-comm-timestamp">24 April 2012 {when}</span></div></div>
<div class="pluck-comm-single-comment-content"><p class="pluck-comm-comment-text">{text}</p></div>
<div class="pluck-comm-comment-footer"><a class="pluck-comm-reply-link" href="#">Reply</a> <a class="pluck-comm-report-abuse-link" href="#">Report Abuse</a></div>
</div>{f'<div class="pluck-comm-replies">{replies}</div>' if replies else ''}</div>"""
    thread = wrap("a1", "top-level-comment", *READERS[0][:1], "10:30 AM", READERS[0][1],
                  replies=wrap("a2", "reply", ANSWER[0], "11:14 AM", ANSWER[1])) + wrap("a3", "top-level-comment", READERS[1][0], "1:47 PM", READERS[1][1])
    result = segment(page(STORY + f'<div class="pluck-comm-comments-wrap"><div class="pluck-comm-comments-list">{thread}</div></div>'))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "24 April 2012 10:30 AM", READERS[0][1], None), (ANSWER[0], "24 April 2012 11:14 AM", ANSWER[1], 0),
        (READERS[1][0], "24 April 2012 1:47 PM", READERS[1][1], None)]


def test_a_post_count_above_the_date_in_the_commenters_box_is_not_read_into_it():
    # The Scientist (2012): div.commentAuthor holds the name, "Posts: 14" and, in the next block, the date;
    # joined into one line they read "14 November", the post count as a day
    comments = "".join(f"""<div class="comment" id="comment_352{i}"><div class="commentAuthor">
<img class="avatar" src="a.jpg" alt="Avatar of: {name}" /><div class="authorInfo"><span class="authorName"><a href="/profile/{i}/">{name}</a></span><br />
<span class="authorPosts">Posts: 1{4 + i}</span></div>
<div class="commentDate">November {7 + i}, 2012</div></div>
<div class="commentBody"><p>{text}</p></div>
<div class="commentTools"><a href="#" class="replyLink">Reply</a> <a href="#" class="reportLink">Report abuse</a></div></div>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments"><h3>Comments</h3>{comments}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"November {7 + i}, 2012", text) for i, (name, text) in enumerate(READERS)]


def test_a_reply_body_headed_name_said_then_its_blockquote_then_its_own_words():
    # Movable Type 4 (Panda's Thumb style): the reply's div.comment-content opens "<p><a href="#comment-N">NAME said:</a></p>",
    # then the quoted words in a blockquote, then the replier's own; the body is the reply's, the blockquote the quotation
    first = f"""<div class="comment" id="comment-302190"><div class="comment-content"><p>{READERS[0][1]}</p></div>
<div class="comment-footer">Posted by <span class="commenter">{READERS[0][0]}</span> on <a href="#comment-302190">July 17, 2013 10:12 AM</a></div></div>"""
    second = f"""<div class="comment" id="comment-302214"><div class="comment-content"><p><a href="#comment-302190">{READERS[0][0]} said:</a></p>
<blockquote><p>{READERS[0][1]}</p></blockquote><p>{READERS[1][1]}</p></div>
<div class="comment-footer">Posted by <span class="commenter">{READERS[1][0]}</span> on <a href="#comment-302214">July 17, 2013 10:30 AM</a></div></div>"""
    result = segment(page(STORY + f'<div id="comments"><h2>2 Comments</h2>{first}{second}</div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [(READERS[0][0], READERS[0][1], None), (READERS[1][0], READERS[1][1], 0)]


def test_vbulletin_blog_comments_leave_out_the_posters_box():
    # vBulletin 3.8 Blog: div#comment_N > table.tborder: the head row "#1" and "08-27-2012, 10:05 PM", the poster's
    # row (name, title, join date, location, post count), then the text in div#comment_message_N
    comments = "".join(f"""<div id="comment_5821{i}"><table class="tborder" cellpadding="6" width="100%">
<tr><td class="thead"><div class="normal" style="float:right"><a href="blog.php?bt=5821{i}" id="commentcount5821{i}"><strong>#{i + 1}</strong></a></div>
<div class="normal"><img class="inlineimg" src="post_old.gif" alt="Old" /> 08-27-2012, 10:0{i} PM</div></td></tr>
<tr><td class="alt2"><table><tr><td class="alt2"><a href="member.php?u={i}"><img src="avatar{i}.gif" alt="{name}'s Avatar" /></a></td>
<td nowrap="nowrap"><div><a class="bigusername" href="member.php?u={i}">{name}</a></div><div class="smallfont">Senior Member</div></td>
<td valign="top"><div class="smallfont"><div>Join Date: Mar 2009</div><div>Location: Grand Junction, CO</div><div>Posts: 3,61{i}</div></div></td></tr></table></td></tr>
<tr><td class="alt1" id="td_comment_5821{i}"><div id="comment_message_5821{i}">{text}</div></td></tr></table></div>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments"><h3>Comments</h3>{comments}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"08-27-2012, 10:0{i} PM", text) for i, (name, text) in enumerate(READERS)]


def test_byline_box_with_a_plain_name_then_the_date_then_a_permalink():
    # Truthdig (2012): div.commentby "By NAME, March 19 at 1:40 pm <a class="commentlink">Link to this comment</a>",
    # the name a link for members and plain text for others
    comments = "".join(f"""<div class="comment"><div class="commentby">By {f'<a href="/members/{i}/">{name}</a>' if i else name}, March 19 at 1:4{i} pm
<a href="#31291{i}" class="commentlink">Link to this comment</a></div><div class="commenttext"><p>{text}</p></div></div>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments"><h3>Reader Comments</h3>{comments}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"March 19 at 1:4{i} pm", text) for i, (name, text) in enumerate(READERS)]


def test_geeklog_bracketed_reply_link_is_furniture():
    # Geeklog 1.6: each comment a table, its title, "Authored by: NAME on DATE", the text, then "[ Reply To This ]"
    comments = "".join(f"""<table class="commentbox" width="100%"><tr><td class="commenttitle">Seed bank</td></tr>
<tr><td class="commentauthor">Authored by: <a href="/users.php?uid=10{i}" class="b">{name}</a> on Sunday, April 15 2012 @ 09:4{i} PM EDT</td></tr>
<tr><td class="commenttext">{text}<br /><br />[ <a href="/comment.php?type=article&amp;pid=5{i}">Reply To This</a> ]</td></tr></table>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="commentarea"><h2>Comments</h2>{comments}</div>'))
    assert [(c.author, c.text.split("\n")[-1]) for c in result.comments] == READERS


def test_spanish_thread_dates_actions_and_held_comment():
    # EL TIEMPO (2012): Spanish class names, dates "12 de marzo de 2012 - 14:31", the row "Responder | Denunciar
    # abuso | Me gusta (0)", and a held comment's notice "Este comentario está pendiente de aprobación ..."
    def item(i, name, text, level=0):
        return f"""<div class="comentario nivel-{level}" id="com-66042{i}"><div class="info-comentario">
<span class="nombre-usuario"><a href="#" rel="nofollow">{name}</a></span> <span class="fecha-comentario">12 de marzo de 2012 - 14:3{i}</span></div>
<div class="texto-comentario"><p>{text}</p></div>
<div class="opciones-comentario"><a href="#" class="responder">Responder</a> | <a href="#" class="denunciar">Denunciar abuso</a> | <span class="votos">Me gusta (<span class="num">{i}</span>)</span></div></div>"""
    held = """<div class="comentario nivel-0 pendiente"><div class="texto-comentario"><p>Este comentario está pendiente de aprobación por parte del moderador.</p></div></div>"""
    thread = "".join(item(i, name, text) for i, (name, text) in enumerate(READERS)) + held
    result = segment(page(STORY + f'<div id="comentarios"><h3>Comentarios</h3>{thread}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12 de marzo de 2012 - 14:3{i}", text) for i, (name, text) in enumerate(READERS)]


def test_a_closed_forum_box_named_in_spanish_camel_case_is_no_thread():
    # Semana.com (2011): the comments box holds only div.foroCerrado, two paragraphs saying the forum is closed
    result = segment(page(STORY + """<div id="comentariosArticulo" class="comentarios"><div class="tituloComentarios"><h3>Comentarios</h3></div>
<div class="foroCerrado"><p><strong>Este foro ya está cerrado.</strong> Los comentarios de este artículo ya no se pueden consultar ni se reciben nuevos mensajes.</p>
<p>Semana.com mantiene abiertos los foros de los artículos durante siete días. <a href="#">Conozca las normas de participación de los Foros Semana</a>.</p></div></div>"""))
    assert result.comments == []


def test_sharepoint_blog_comments_as_rows_of_one_cell():
    # SharePoint 2010 blogs: one table.ms-commentsTable, each comment four unnamed rows of one named cell: its title,
    # its body, its footer "Posted by NAME at DATE", a separator
    rows = "".join(f"""<tr><td class="ms-CommentTitle" id="commentTitle{i}">Seed bank</td></tr>
<tr><td class="ms-CommentBody"><div class="ExternalClass12D68{i}"><div>{text}</div></div></td></tr>
<tr><td class="ms-CommentFooter"><span class="ms-commentAuthor">Posted by <a href="/_layouts/userdisp.aspx?ID=2{i}">{name}</a></span>
<span class="ms-commentDate">at 3/12/2012 11:0{i} AM</span></td></tr>
<tr><td class="ms-CommentSeparator"><img src="/_layouts/images/blank.gif" width="1" height="10" alt="" /></td></tr>"""
                   for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<div class="ms-commentsWrapper"><h3 class="ms-CommentHeader">Comments</h3>
<table class="ms-commentsTable" cellpadding="0" cellspacing="0" border="0" width="100%">{rows}</table></div>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"3/12/2012 11:0{i} AM", f"Seed bank\n{text}") for i, (name, text) in enumerate(READERS)]


def test_text_only_page_comments_signed_name_and_place_over_the_date():
    # Newsquest's text-only pages (2011, Betsie): no comment markup; under "Have your say (2)" each comment's text,
    # then "<b>NAME</b>, PLACE" over its date, "Report this comment" and a rule; "More from this section" follows
    posts = "".join(f"""<p>{text}</p>
<p><b>{name}</b>, Heathfield<br>
1{i}:42am Thu 5 May 11</p>
<p><a href="/report_abuse/901124{i}/">Report this comment</a></p>
<hr>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<hr><p><b>Comments are closed on this article.</b></p><a name="comments"></a>
<p><b>Have your say (2)</b></p>{posts}<p><b>More from this section</b></p>
<ul><li><a href="/news/1">Crowborough man jailed for burglary spree</a></li><li><a href="/news/2">Bonfire society wins lottery funding</a></li></ul>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"1{i}:42am Thu 5 May 11", text) for i, (name, text) in enumerate(READERS)]


def test_bbpress_1_forum_posts_bridged_under_a_story():
    # bbPress 1 (Singletrack World's forum under its stories): ol#thread.list:post of li#post-N, the poster's
    # div.threadauthor (name, "Member") then div.threadpost > div.post (the text) and div.poststuff ("Posted 3 hours ago #")
    posts = "".join(f"""<li id="post-404120{i}"{' class="alt"' if i % 2 == 0 else ''}><div class="threadauthor">
<img alt='' src='a.png' class='avatar avatar-48 photo' height='48' width='48' />
<p><strong><a href="/forum/profile/{i}" rel="nofollow">{name}</a></strong><br /><small><a href="/forum/profile/{i}">Member</a></small></p></div>
<div class="threadpost"><div class="post"><p>{text}</p></div>
<div class="poststuff">Posted {3 - i} hours ago <a href="/forum/topic/x#post-404120{i}">#</a> <a href="/forum/bb-report.php?post=404120{i}">Report</a></div></div></li>"""
                    for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<h3>Comments</h3><ol id="thread" class="list:post">{posts}</ol>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"{3 - i} hours ago", text) for i, (name, text) in enumerate(READERS)]


def test_repeated_comment_policy_paragraphs_over_an_empty_thread_are_no_comments():
    # Black Press (2012): the thread's box holds its heading, two p.commentPolicy and an empty Facebook plugin
    result = segment(page(STORY + """<div id="storyComments"><h3>Comments</h3>
<p class="commentPolicy">We encourage an open exchange of ideas on this story's topic, but we ask you to follow our guidelines for respecting community standards. Personal attacks, inappropriate language, and off-topic comments may be removed.</p>
<p class="commentPolicy">Please read our <a href="/commentguidelines/">Commenting FAQ</a> for more information.</p>
<div class="fbFeedbackContent"><div class="fbFeedbackHeader"><div class="fbFeedbackCount">0 comments</div></div><ul class="fbFeedbackPosts"></ul></div></div>"""))
    assert result.comments == []


def test_der_standard_postings_nested_by_level():
    # derStandard.at (2012): its readers' "Postings" are div.posting.levN in div.postinglist, a reply a level deeper
    postings = "".join(f"""<div class="posting lev{1 + i}" id="pi_2387148{i}" style="margin-left:{20 * i}px"><div class="upost">
<div class="uinfo"><div class="uname"><a href="/userprofil/postings/341021{i}" class="usr">{name}</a></div>
<div class="date"><span class="absolute">23.10.2012, 17:4{i}</span></div></div>
<div class="txt"><p>{text}</p></div></div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="forumbar"><div class="postingcount"><strong>2 Postings</strong></div><div class="postinglist">{postings}</div></div>'))
    assert [(c.author, c.time, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], "23.10.2012, 17:40", READERS[0][1], None), (READERS[1][0], "23.10.2012, 17:41", READERS[1][1], 0)]


def _stack_exchange_answer(i: int, name: str, text: str, comment: tuple[str, str] | None) -> str:
    # Stack Exchange (2012): div.answer#answer-N, the signature after the text, the answer's comments in a table below it
    comments = "" if comment is None else f"""<div class="comments" id="comments-{i}"><table><tbody>
<tr id="comment-{i}77" class="comment"><td class="comment-actions"><span class="cool">2</span></td>
<td class="comment-text"><div class="comment-body"><span class="comment-copy">{comment[1]}</span> &ndash;&nbsp;
<a href="/users/{i}9/x" class="comment-user">{comment[0]}</a> <span class="comment-date">Mar {3 + i} '12 at 14:31</span></div></td></tr>
</tbody></table></div>"""
    return f"""<a name="{i}"></a><div id="answer-{i}" class="answer" data-answerid="{i}"><table><tr>
<td class="votecell"><div class="vote"><span class="vote-count-post ">{4 - i}</span></div></td>
<td class="answercell"><div class="post-text"><p>{text}</p></div>
<table class="fw"><tr><td class="vt"><div class="post-menu"><a class="short-link">link</a> | <a>edit</a> | <a>flag</a></div></td>
<td class="post-signature"><div class="user-info"><div class="user-action-time">answered Mar {3 + i} '12 at 9:1{i}</div>
<div class="user-details"><a href="/users/{i}/x">{name}</a><br><span class="reputation-score">1,204</span></div></div></td></tr></table>
</td></tr><tr><td></td><td>{comments}</td></tr></table></div>"""


def test_question_page_answers_without_schema_org_are_readers_posts():
    # a question page's answers named as such (Stack Exchange before its microdata: div.answer#answer-N) are readers'
    # posts, and so are the comments under each; the question over them is the page's story
    question = """<div id="question-header"><h1><a class="question-hyperlink" href="/q/21876">Why is my loaf gummy?</a></h1></div>
<div class="question" id="question"><table><tr><td class="postcell"><div class="post-text"><p>The crust is dark after
forty minutes but the middle stays gummy, even with a longer rise and a hotter oven than the recipe asks for.</p></div>
<div class="post-taglist"><a class="post-tag">bread</a></div></td></tr></table></div>"""
    answers = "".join(_stack_exchange_answer(i, name, text, (ANSWER[0], ANSWER[1]) if i == 0 else None)
                      for i, (name, text) in enumerate(READERS))
    result = segment(page(question + f'<div id="answers"><div id="answers-header"><h2>2 Answers</h2></div>{answers}</div>'))
    assert [(c.author, c.text) for c in result.comments] == [READERS[0], ANSWER, READERS[1]]
    assert "longer rise" in result.article.text


def test_one_answer_of_an_advice_page_or_the_answers_of_an_faq_are_no_readers_posts():
    # one answer named so is the page's own (WikiAnswers' answer, an advice column's); an FAQ's answers are the publisher's
    lone = f"""<div class="question"><p>Why do cats knead with their front paws?</p></div>
<div class="answer" id="answer-1"><p>{READERS[0][1]}</p><p>{READERS[1][1]}</p></div>"""
    faq = "".join(f"""<div class="faq-item"><h3>Question {i}?</h3><div class="answer" id="answer-{i}"><p>{text}</p>
<p class="answer-by">{name}</p></div></div>""" for i, (name, text) in enumerate(READERS))
    for html in (lone, f'<div id="faq">{faq}</div>'):
        assert segment(page(STORY + html)).comments == []


def test_question_holding_the_headline_is_the_story_and_its_badges_and_disclaimers_no_text():
    # Avvo (2012): the schema.org Question wraps the page, its h1 and its answers; the question is the story, the
    # lawyers' answers and the comments under them are the thread, without the "Best Answer" badge and the legal
    # disclaimer under each answer
    comment = f"""<div class="answer-comments"><ul><li class="comment"><div class="comment-author">{ANSWER[0]}</div>
<div class="comment-date">Posted on Mar 7, 2012</div><div class="comment-body">{ANSWER[1]}</div></li></ul></div>"""
    answers = "".join(f"""<div class="answer clearfix" id="answer_98{i}" itemprop="suggestedAnswer" itemscope itemtype="http://schema.org/Answer">
<div class="answer-lawyer"><div class="lawyer-practice">Landlord - tenant Lawyer</div></div>
<div class="answer-content">{'<div class="best-answer-badge">Best Answer</div>' if i == 0 else ''}
<div class="answer-meta"><a class="answer-author" href="/attorneys/{i}" itemprop="author">{name}</a>
<div class="answer-date">Answered <time itemprop="dateCreated">Mar {6 + i}, 2012</time></div></div>
<div class="answer-body" itemprop="text"><p>{text}</p></div>
<div class="answer-disclaimer"><span class="disclaimer-label">Legal disclaimer:</span> This answer is for general information only.</div>
<div class="answer-actions"><a href="#" class="helpful-btn">Helpful</a> <a href="#" class="report-btn">Report</a></div>
{'' if i else comment}
</div></div>""" for i, (name, text) in enumerate(READERS))
    question = f"""<div id="main" itemscope itemtype="http://schema.org/Question"><div id="question" class="question-box">
<h1 itemprop="name">Can my landlord keep my deposit?</h1>
<div class="question-meta"><span class="location">Asked in Beaverton, OR</span> | <time>Mar 6, 2012</time></div>
<div class="question-body" itemprop="text"><p>I moved out after four years and the landlord kept all of it for a carpet
that was already fifteen years old when I moved in.</p></div></div>
<div id="answers"><h2 class="answers-header">Attorney answers (2)</h2>{answers}</div></div>"""
    result = segment(page(question))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (READERS[0][0], "Mar 6, 2012", READERS[0][1]), (ANSWER[0], "Mar 7, 2012", ANSWER[1]),
        (READERS[1][0], "Mar 7, 2012", READERS[1][1])]
    assert "fifteen years old" in result.article.text


def test_php_nuke_comment_tables_after_numbered_anchors():
    # PHP-Nuke and PostNuke (2002-2012): an empty anchor named by the comment's number before each comment's table,
    # "Re: TITLE (Score: 1)", "by NAME on DATE" with "(User Info | Send a Message)" in a font.content, the text in its
    # own row, "[ Reply to This ]" in another font.content; a reply's table in a <ul>; one commenter is Anonymous
    def nuke(number: int, name: str, when: str, text: str, linked: bool = True) -> str:
        who = f'<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={name}">{name}</a>' if linked else name
        info = f'<br>(<a href="modules.php?name=Your_Account">User Info</a> | <a href="modules.php?name=Private_Messages">Send a Message</a>)' if linked else ""
        return f"""<a name="{number}"></a><table width="99%" border="0"><tr><td bgcolor="#D9E1EC">
<b>Re: Library opens a seed bank</b> (Score: 1)<br><font class="content">by {who} on {when}{info}</font></td></tr>
<tr><td>{text}</td></tr>
<tr><td><font class="content"> [ <a href="modules.php?name=News&amp;file=comments&amp;op=Reply&amp;pid={number}">Reply to This</a> ]</font></td></tr></table>"""
    thread = (nuke(31, READERS[0][0].replace(" ", "_"), "Sunday, October 17 @ 08:41:02 EDT", READERS[0][1]) + "<br><ul>"
              + nuke(32, "Anonymous", "Sunday, October 17 @ 10:15:47 EDT", ANSWER[1], linked=False) + "</ul>"
              + nuke(33, READERS[1][0], "Monday, October 18 @ 07:30:55 EDT", READERS[1][1]))
    result = segment(page(STORY + f"""<a name="comments"></a><table width="99%"><tr><td><font class="content">
"Library opens a seed bank" | <a href="modules.php?name=Your_Account&amp;op=new_user">Login/Create an Account</a> | <b>3</b> comments</font></td></tr>
<tr><td><font class="tiny">The comments are owned by the poster. We aren't responsible for their content.</font></td></tr></table>{thread}"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        ("Hannah_Cole", "Sunday, October 17 @ 08:41:02 EDT", READERS[0][1]),
        ("Anonymous", "Sunday, October 17 @ 10:15:47 EDT", ANSWER[1]),
        (READERS[1][0], "Monday, October 18 @ 07:30:55 EDT", READERS[1][1])]


def test_numbered_anchors_of_a_cms_before_its_boxes_or_content_are_no_thread():
    # DotNetNuke's module anchors (<a name="544"></a> before each box) and TYPO3's content anchors (<a id="c42"></a>
    # as the first thing of the content cell) open the page's own boxes: no comment among them
    boxes = "".join(f"""<a name="{544 + i}"></a><div class="wpc-container"><h3 class="c_title">{title}</h3>
<div class="c_content"><p>{text}</p></div></div>""" for i, (title, text) in enumerate(
        [("Tax deadlines", "File your extension before April 17 to avoid the late-filing penalty."),
         ("Newsletter", "Sign up for our monthly newsletter with tax tips for small businesses and families.")]))
    result = segment(page(STORY + boxes))
    assert result.comments == []
    typo3 = f"""<table id="outer"><tr><td id="menu"><a href="/">Home</a> <a href="/news/">News</a></td>
<td id="content"><!-- CONTENT ELEMENT, uid:42/list [begin] --><a id="c42"></a>{STORY}</td></tr></table>"""
    result = segment(page(typo3))
    assert result.comments == []
    article_ok(result)


def test_comment_paragraphs_named_alike_between_rules_signed_name_and_bracketed_date():
    # a classic-ASP paper (2011): each comment one p.cmt between <hr>s, "#1 NAME (4/19/2011 6:42:10 AM)", the text,
    # "Report abuse"
    comments = "".join(f"""<hr noshade size="1"><p class="cmt"><font size="1">#{i + 1}</font> <font size="2"><b>{name}</b></font>
<font size="1">(4/19/2011 {6 + i}:42:10 AM)</font><br><font size="2">{text}</font><br>
<font size="1"><a href="comment_report.asp?cid=8812{i}">Report abuse</a></font></p>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<p><font size="3"><b>Reader comments</b></font></p>{comments}<hr noshade size="1">'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"4/19/2011 {6 + i}:42:10 AM", text) for i, (name, text) in enumerate(READERS)]


def test_cutenews_comments_by_name_at_sign_date_under_the_count():
    # CuteNews 1.4's default templates: no classes, the count under the story, then per comment a styled div
    # "by <strong>NAME</strong> @ 29 Jan 2012 22:41" over the text's div
    comments = "".join(f"""<div style="width: 400px; margin-bottom:20px;">
<div style="border-bottom:1px solid black;"> by <strong>{name}</strong> @ 29 Jan 2012 22:4{i}</div>
<div style="padding:2px; background-color:#F9F9F9">{text}</div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(f"""<div style="width:420px">{STORY}<div style="float: right;">2 Comments</div>
<div><em>Posted on 29 Jan 2012 by <a href="mailto:ana@example.org">Ana</a></em></div></div>{comments}"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"29 Jan 2012 22:4{i}", text) for i, (name, text) in enumerate(READERS)]


def test_table_rows_of_labelled_cells_from_name_posted_date():
    # a hand-made page (2012): each reader's report a bordered table, "From:" and "Posted:" label cells beside their
    # values, the text in the next row; a row's cells read apart ("Jerry D." then "Posted:", not "Jerry D.Posted:")
    rows = "".join(f"""<table border="1" width="100%"><tr><td><b>From:</b> {name}</td><td><b>Posted:</b> 4/1{1 + i}/2012 6:45 PM</td></tr>
<tr><td colspan="2">{text}</td></tr></table><br>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"<center><b>Reader Comments</b></center>{rows}"))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"4/1{1 + i}/2012 6:45 PM", text) for i, (name, text) in enumerate(READERS)]


def test_comments_named_as_the_story_is_and_signed_after_it():
    # ExpressionEngine 1.6's default weblog templates: each comment a div.entry, as the story is, its text then
    # "Posted by NAME on 04/25 at 10:05 PM"; no thread heading
    story = STORY.replace('<div class="post" id="post-7">', '<div class="entry">')
    comments = "".join(f"""<div class="entry"><p>{text}</p>
<div class="posted">Posted by {name} &nbsp;on&nbsp; 04/2{5 + i}&nbsp; at&nbsp; 10:0{i} PM</div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(f'<div id="blogtitle"><h1>Riverside Choral Society</h1></div><div id="content">{story}{comments}</div>'))
    assert [(c.author, c.text) for c in result.comments] == READERS
    assert [c.time[-8:] for c in result.comments] == ["10:00 PM", "10:01 PM"]  # (a date without its year reads as the hour)


def test_signed_paragraphs_between_rules_after_the_heading_and_note_of_a_centred_block():
    # a hand-written homepage (Tripod, 2010): "Your Comments" and a note centred in one block, then each comment a
    # paragraph between <hr>s, "<b>NAME</b> - <i>DATE</i>" over the text
    comments = "".join(f"""<hr size="1" noshade><p><font face="Georgia" size="2"><b>{name}</b> &nbsp;-&nbsp; <i>April 3{i}, 2010</i><br>
{text}</font></p>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f"""<center><font size="4"><b>Your Comments</b></font><br>
<font size="2"><i>(I add these by hand when you send them in, so please be patient!)</i></font></center>{comments}<hr size="1" noshade>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"April 3{i}, 2010", text) for i, (name, text) in enumerate(READERS)]


def test_kunena_discuss_bot_posts_under_a_joomla_article():
    # Kunena's discuss bot (2012): the forum topic's posts under the article, div.kdiscuss-item, the date before the name
    posts = "".join(f"""<div class="kdiscuss-item kdiscuss-item{i}"><div class="kdiscuss-reply-header">
<span class="kdiscuss-date" title="14 Apr 2012 20:1{i}">{2 - i} Days, 3 Hours ago</span>
<span class="kdiscuss-username"><a href="/forum/profile/userid-29{i}" class="kwho-user">{name}</a></span></div>
<div class="kdiscuss-reply-body"><div class="kdiscuss-avatar"><img class="kavatar" src="/a.png" alt=""></div>
<div class="kdiscuss-text">{text}</div></div></div>""" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div class="kdiscuss-title">Discuss this article</div>{posts}'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"{2 - i} Days, 3 Hours ago", text) for i, (name, text) in enumerate(READERS)]


def test_polish_opinions_and_their_removed_placeholder():
    # Wirtualna Polska (2012): readers' "opinie", li.opinia with the nick and date in div.opAutor; a removed one
    # leaves "Opinia usunięta – naruszenie regulaminu"
    opinions = "".join(f"""<li class="opinia poziom0" id="op5881403{i}"><div class="opAutor"><span class="nick">~{name}</span>,
<span class="data">12.03.2012, 14:1{i}</span></div><div class="opTresc">{text}</div></li>""" for i, (name, text) in enumerate(READERS))
    removed = '<li class="opinia usunieta" id="op58814098"><div class="opTresc"><em>Opinia usunięta – naruszenie regulaminu</em></div></li>'
    result = segment(page(STORY + f'<div id="bxOpinie"><h3>Opinie internautów</h3><ul class="opinie">{opinions}{removed}</ul></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (f"~{name}", f"12.03.2012, 14:1{i}", text) for i, (name, text) in enumerate(READERS)]


def test_typepad_comment_feed_line_over_an_empty_thread_is_no_comment():
    # TypePad (2011): an empty comments block still says how to follow it
    result = segment(page(STORY + """<a id="comments"></a><div class="comments">
<div class="comments-info"><h3 class="comments-header">Comments</h3></div><div class="comments-info">
<p><a href="/comments/atom.xml"><img src="/feed-icon-14x14.png" alt="Feed"></a> You can follow this conversation by
subscribing to the <a href="/comments/atom.xml">comment feed</a> for this post.</p></div>
<div class="comments-content" id="comments-content"><span id="comment-placeholder"></span></div></div>"""))
    assert result.comments == []


def test_pixelpost_comments_name_at_date_after_the_text_with_the_owners_reply_named():
    # Pixelpost 1.7's comment popup: unnamed li's, the text then "<strong>NAME</strong> @ 2008-06-14 09:12"; only the
    # photographer's reply carries a class (li.admin_comment): the thread is all of them
    readers = [*READERS, ("Mark", "Thanks both, the print file is fixed now.")]
    rows = "".join(f"""<li{' class="admin_comment"' if name == "Mark" else ''}>{text}<br /><strong>{name}</strong> @ 2008-06-1{4 + i} 09:1{i}</li>"""
                   for i, (name, text) in enumerate(readers))
    result = segment(page(STORY + f'<div id="comments"><h3>Comments ({len(readers)})</h3><ul>{rows}</ul></div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"2008-06-1{4 + i} 09:1{i}", text) for i, (name, text) in enumerate(readers)]


def test_wikia_oasis_speech_bubbles_numbered_comm_n():
    # Wikia's Oasis skin (2011): li.SpeechBubble#comm-N, the text first, then div.edited-by with the name and the
    # permalink's date; a reply in ul.sub-comments, classed as a reply where the top comment has only its number
    def bubble(number: int, name: str, text: str, reply: str = "") -> str:
        kind = " article-comments-reply" if not reply and number > 20 else ""
        return f"""<li id="comm-{number}" class="SpeechBubble{kind} article-comm-{number}" data-user="{name}">
<div class="speech-bubble-avatar"><a href="/wiki/User:{name}"><img src="/a.png" class="avatar" alt="{name}"></a></div>
<blockquote class="speech-bubble-message"><div class="article-comm-text" id="comm-text-{number}"><p>{text}</p></div>
<div class="edited-by"><a href="/wiki/User:{name}">{name}</a></div>
<div class="buttons"><button type="button" class="article-comm-reply">Reply</button></div>
<div class="permalink"><a href="?permalink={number}" class="permalink">June 3, 2011 at 5:4{number % 10} PM</a></div>
</blockquote>{reply}</li>"""
    third = ("Marrowind", "It's not censorship, it's a spoiler policy. The info goes up on day one.")
    thread = (bubble(11, *READERS[0], reply=f'<ul class="sub-comments">{bubble(21, *ANSWER)}</ul>')
              + bubble(12, *READERS[1], reply=f'<ul class="sub-comments">{bubble(22, *third)}</ul>') + bubble(13, *ANSWER))
    result = segment(page(STORY + f'<div id="article-comments" class="article-comments"><ul id="article-comments-ul" class="comments">{thread}</ul></div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [
        (READERS[0][0], READERS[0][1], None), (*ANSWER, 0), (READERS[1][0], READERS[1][1], None), (*third, 2), (*ANSWER, None)]


def test_skyrock_comments_name_a_poste_le_date():
    # Skyrock (2010): p.comment-header "<a>NAME</a> a posté le <span class="comment-date">DATE</span>" over the text
    comments = "".join(f"""<div class="comment" id="comment-{i}"><p class="comment-header"><a class="pseudo" href="/{i}">{name}</a>
a posté le <span class="comment-date">12/01/2010 à 14:3{i}</span></p><p class="comment-text">{text}</p></div>"""
                       for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="comments"><h3>2 commentaires</h3>{comments}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"12/01/2010 à 14:3{i}", text) for i, (name, text) in enumerate(READERS)]


@pytest.mark.parametrize("item, body", [
    ('div class="memory_entry clearfix" id="memory_44177{i}"', "memory_text"),  # Tributes.com's guest book
    ('div class="tribute-item clearfix"', "tribute-text"),  # ForeverMissed's tributes
    ('div class="gb-entry"', "gb-message"),  # a wedding site's guest book
    ('li class="donation clearfix" id="donation-220144{i}"', "donation-message"),  # JustGiving's supporters' messages
])
def test_messages_left_on_memorials_guest_books_and_fundraisers(item, body):
    tag = item.split()[0]
    entries = "".join(f"""<{item.format(i=i)}><div class="{body}"><p>{text}</p></div>
<div class="meta"><span class="name">{name}</span> <span class="date">March {12 + i}, 2012</span></div></{tag}>"""
                      for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div id="messages"><h3>Messages (2)</h3>{entries}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"March {12 + i}, 2012", text) for i, (name, text) in enumerate(READERS)]


def test_a_reply_its_test_hook_names_as_the_comments_reply_is_a_comment_too():
    # (CSS-in-JS classes hashed per element: data-qa="comment" and data-qa="comment-reply" sign alike)
    first, second = READERS
    html = f"""<section id="comments" data-qa="comments"><h2 class="css-elun59f">2 Comments</h2>
<div class="css-cpkuhj6" data-qa="comment-list">
<div class="css-01w6vle" data-qa="comment" id="c6354634"><div class="css-qfvqh87"><span class="css-aqrz9wa" data-qa="comment-author">{first[0]}</span>
<time class="css-4oc7c8r" data-qa="comment-time" dateTime="2024-02-14">6 hours ago</time></div>
<div class="css-lbft8mk" data-qa="comment-body"><p class="css-1w3fomm">{first[1]}</p></div>
<div class="css-s4t50h9"><button class="css-xhu2b2v" data-qa="like">142</button><button class="css-ugybgux" data-qa="reply">Reply</button></div></div>
<div class="css-svq0q46" data-qa="replies"><div class="css-829b0gm" data-qa="comment-reply" id="c6987047"><div class="css-fuqk4cl">
<span class="css-mlvhb4o" data-qa="comment-author">{second[0]}</span><time class="css-dl57sxj" data-qa="comment-time" dateTime="2024-02-14">5 hours ago</time></div>
<div class="css-jzuhbqs" data-qa="comment-body"><p class="css-as8mls7">{second[1]}</p></div>
<div class="css-qsc1cbr"><button class="css-whcpphz" data-qa="like">38</button><button class="css-ixss1yv" data-qa="reply">Reply</button></div></div></div>
</div></section>"""
    _check_timed(html, ["6 hours ago", "5 hours ago"])


def test_custom_elements_named_for_a_comment_with_their_text_in_slots():
    # (Lit's server-rendered web components: <comment-item comment-id=...>, the name and time in named slots)
    shadow = ('<template shadowroot="open" shadowrootmode="open"><style>:host{display:block}</style><header><slot name="author"></slot>'
              '<slot name="time"></slot></header><div class="text"><slot></slot></div><footer><button>Reply</button></footer></template>')
    html = '<section class="discussion"><h2>Comments</h2><comment-thread depth="0">' + "".join(
        f'<comment-item comment-id="{2300 + i}">{shadow}<span slot="author">{name}</span>'
        f'<time slot="time" datetime="2020-03-0{i + 2}T20:54:00-07:00">March {i + 2}, 2020 · 9:41 p.m.</time><p>{text}</p></comment-item>'
        for i, (name, text) in enumerate(READERS)) + "</comment-thread></section>"
    result = segment(page(STORY + html))
    assert [c.text for c in result.comments] == [text for _, text in READERS]
    article_ok(result)


def test_openwebs_time_is_what_it_shows_not_its_machine_datetime_with_milliseconds():
    html = '<div class="spcv_conversation"><ul class="spcv_messages-list">' + "".join(
        f'<li class="spcv_list-item" data-depth="0"><article class="spcv_message" aria-label="Comment by {name}">'
        f'<div class="spcv_message-header"><span class="spcv_username">{name}</span><span class="spcv_dot">·</span>'
        f'<time class="spcv_timestamp" datetime="2018-04-18T16:3{i}:00.000Z" title="4/18/2018, 9:52 PM">{5 - i}h</time></div>'
        f'<div class="spcv_message-content"><div class="spcv_message-text"><p>{text}</p></div></div>'
        f'<div class="spcv_message-actions"><button class="spcv_reply-button">Reply</button></div></article></li>'
        for i, (name, text) in enumerate(READERS)) + "</ul></div>"
    _check_timed(html, ["5h", "4h"])


def test_question2answers_answers_wrapped_in_their_vote_forms_are_comments():
    # (each answer's words sit inside the form of its vote buttons: no box to write in, so no reply form)
    answers = "".join(f"""
<div class="qa-a-list-item hentry answer" id="a{1845 + i}"><form method="post" action="../1842/seed-bank">
<div class="qa-a-item-stats"><div class="qa-voting"><input title="Click to vote up" type="submit" value="+" class="qa-vote-up-button"/>
<span class="qa-netvote-count">{9 - i} votes</span></div></div>
<div class="qa-a-item-main"><div class="qa-a-item-content"><div class="entry-content">{text}</div></div>
<span class="qa-a-item-meta"><span class="qa-a-item-what">answered</span> <span class="qa-a-item-when">Nov {3 + i}, 2011</span>
by <span class="qa-a-item-who"><a class="qa-user-link" href="/user/{i}">{name}</a></span></span>
<div class="qa-a-item-buttons"><input name="a{1845 + i}_docomment" value="comment" type="submit" class="qa-form-light-button"/></div></div>
</form></div>""" for i, (name, text) in enumerate(READERS))
    comments = """<div class="qa-c-list"><div class="qa-c-list-item hentry comment" id="c1850"><div class="qa-c-item-content">
<div class="entry-content">Thanks both, the heirloom ones it is.</div></div><span class="qa-c-item-meta">commented Nov 5, 2011 by
<a class="qa-user-link" href="/user/9">Mark Saunders</a></span></div>
<div class="qa-c-list-item hentry comment" id="c1851"><div class="qa-c-item-content"><div class="entry-content">Same question here, good to know.</div></div>
<span class="qa-c-item-meta">commented Nov 6, 2011 by <a class="qa-user-link" href="/user/10">Denise</a></span></div></div>"""
    result = segment(page(STORY + '<div class="qa-part-a-list"><h2>2 Answers</h2><div class="qa-a-list">' + answers + "</div></div>" + comments))
    texts = [c.text for c in result.comments]
    assert [text for _, text in READERS] == [t for t in texts if t in {text for _, text in READERS}]
    assert "Thanks both, the heirloom ones it is." in texts
    article_ok(result)


def test_a_discussion_named_in_czech_with_its_levels_by_abbreviation():
    # (iDNES-like markup: div#diskuse.dsk, each post div.dsk-item.dsk-lvl-N, flat; a reply is one level deeper)
    posts = "".join(f"""
<div class="dsk-item dsk-lvl-{level}" id="d{i}"><div class="dsk-head"><a class="dsk-name" href="/u/{i}">{name}</a>
 <span class="dsk-date">12.3.2024 {6 + i}:12</span><span class="dsk-score"><a href="#">+{i}</a> / <a href="#">−1</a></span></div>
 <div class="dsk-text"><p>{text}</p></div>
 <div class="dsk-links"><a href="#odpovedet-{i}">Odpovědět</a> <a href="/nahlasit/{i}">Nahlásit</a></div></div>"""
                    for i, (level, (name, text)) in enumerate(zip((1, 2), READERS)))
    result = segment(page(STORY + f'<div id="diskuse" class="dsk"><h2>Diskuse (2)</h2><div class="dsk-list">{posts}</div></div>'))
    assert [(c.author, c.text, c.parent) for c in result.comments] == [(*READERS[0], None), (*READERS[1], 0)]
    article_ok(result)


def test_a_lone_comment_under_a_dutch_heading_without_comment_markup():
    # (utility classes only; the avatar's initials, then "name · gisteren om 21u13", Belgian for 21:13)
    result = segment(page(STORY + """
<section class="mt-10"><h2 class="text-xl font-bold">1 reactie</h2>
<ul class="mt-4"><li class="flex gap-3 py-4"><div class="w-10 h-10 rounded-full">HC</div><div class="flex-1">
<p class="text-sm"><span class="font-semibold">Hannah Cole</span> <span class="text-gray-500">· gisteren om 21u13</span></p>
<div class="mt-1"><p>The seed bank is the best thing our library has done in years, thank you.</p></div></div></li></ul>
<form class="mt-6" action="/api/reacties" method="post"><label for="r">Schrijf een reactie</label><textarea id="r"></textarea>
<p class="text-xs">Reacties worden gemodereerd en verschijnen na goedkeuring.</p><button>Verzenden</button></form></section>"""))
    assert [(c.author, c.time, c.text) for c in result.comments] == [("Hannah Cole", "gisteren om 21u13", READERS[0][1])]
    article_ok(result)


def test_medium_responses_named_by_their_test_ids_and_profile_links():
    # (Medium's hashed classes say nothing: each response is data-testid="responseCard", its writer the link to /@handle)
    cards = "".join(f"""
<div class="yr l"><div class="l" data-testid="responseCard"><div class="ab q kn ys"><div class="l"><div class="ab q">
 <a href="/@{i}abc?source=post_page" rel="noopener follow"><div class="l yt"><img alt="{name}" src="a.jpeg"></div></a>
 <div class="yu l"><div class="ab q"><a class="af ag" href="/@{i}abc?source=post_page" rel="noopener follow"><p class="bf b bg z bk">{name}</p></a></div>
 <div class="ab q"><p class="bf b bg z du"><a class="af ag" href="/@{i}abc/52ff{i}?source=post_page">Mar {i + 1}, 2024</a></p></div></div></div></div></div>
 <div class="yv l"><pre class="yw yx"><div class="zq">{text}</div></pre></div>
 <div class="ab q kn zr"><button aria-label="clap" data-testid="headerClapButton"></button><p><span>{i + 3}</span></p></div></div></div>"""
                    for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + f'<div><h2 class="bf gy ny">Responses (2)</h2>{cards}</div>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"Mar {i + 1}, 2024", text) for i, (name, text) in enumerate(READERS)]
    article_ok(result)


def test_a_polish_portals_opinions_section_is_its_thread():
    # (section#opinie: "opinie" is Polish for the readers' opinions, div.opinion each, with its nick, date and text)
    # (anonymous nicks, "~Krakus", as the portal prints them)
    readers = [("~Krakus", "Tramwaje się spóźniają a ceny rosną. Brawo."), ("~anka", "89 zł miesięczny, w Warszawie 110 zł.")]
    items = "".join(f"""<div class="opinion" id="opinion-{i}"><div class="opinion__head"><span class="opinion__nick">{name}</span>
<span class="opinion__date">5.03.2026, 17:0{i}</span></div><div class="opinion__text"><p>{text}</p></div>
<div class="opinion__foot"><a class="opinion__vote opinion__vote--up">+{i + 3}</a><a class="opinion__report">zgłoś</a></div></div>"""
                    for i, (name, text) in enumerate(readers))
    result = segment(page(STORY + f'<section class="opinions" id="opinie"><h2>Komentarze <span>(2)</span></h2>'
                                  f'<div class="opinions__list">{items}</div></section>'))
    assert [(c.author, c.time, c.text) for c in result.comments] == [
        (name, f"5.03.2026, 17:0{i}", text) for i, (name, text) in enumerate(readers)]
    article_ok(result)


def test_a_hashed_class_thread_whose_byline_row_holds_the_town_and_a_follow_button_and_whose_action_spans_run_together():
    # An Indian city paper's React markup: every class hashed, the byline row "NAME (Town) Follow" beside the time, and
    # the vote and reply buttons as spans with no space between them ("Up Vote (38)Down Vote (4)ReplyReport").
    comments = "".join(f"""
<div class="_7EVhO clearfix" data-msid="6300208{i}"><div class="_4QAOX"><span class="_8OFgi"><img src="/u.png" width="32" alt=""></span>
<div><a class="_5yyCA" href="/profile/reader-{i}">{name}</a> <span class="_3uAyG">(Chandrapuri)</span> <span class="_5iLwL">Follow</span></div>
<span class="_0Qwwp">{i + 2} hours ago</span></div><div class="_8SUhU">{text}</div>
<div class="_7yyJC"><span class="_7pBRg">Up Vote <b>(3{i})</b></span><span class="_2zqfT">Down Vote <b>({i})</b></span><span class="_1TEbN">Reply</span><span>Report</span></div></div>"""
                       for i, (name, text) in enumerate(READERS))
    _check_timed(f'<div id="comments" class="_6MqWv"><h2 class="_7JabP">Comments (2)</h2><div class="_5rVTb">{comments}</div></div>',
                 ["2 hours ago", "3 hours ago"])


def test_an_empty_threads_sign_in_link_to_users_login_names_no_commenter():
    # A TownNews page's empty thread: its note, then "Please <a href=/users/login/>log in</a> or sign up to comment" (a link
    # under /users/, as profiles are) with the house rules after it in the same paragraph.
    html = ('<div id="comments-box"><h3>Comments</h3><p>There are no comments on this story yet.</p>'
            '<p>Please <a href="/users/login/?referer_url=/news/a.html">log in</a> or <a href="/users/signup/?referer_url=/news/a.html">'
            'sign up</a> to comment. Keep it clean, keep it civil, use your real name. Comments that are obscene, vulgar, racist or '
            'sexually oriented will be removed.</p></div>')
    assert segment(page(STORY + html)).comments == []


def test_byline_fields_side_by_side_without_spaces_read_apart_and_an_avatars_hidden_initial_is_no_part_of_the_name():
    # A Spanish daily's thread in abbreviated classes: the avatar's initial (aria-hidden), then the name and the age as two
    # spans with nothing between them ("M" + "MarianoG" + "hace 5 horas"), which a browser sets apart by their styles.
    comments = "".join(f"""
<div class="cm_com comment" id="c77311{i}"><div class="cm_com_h"><span class="cm_com_av" aria-hidden="true">{name[0]}</span><strong class="cm_com_u">{name}</strong><span class="cm_com_t">hace {i + 2} horas</span></div>
<div class="cm_com_b"><p>{text}</p></div>
<div class="cm_com_f"><button class="cm_r">Responder</button><button class="cm_d">Denunciar</button></div></div>"""
                       for i, (name, text) in enumerate(READERS))
    _check_timed(f'<section class="cm"><h3>Comentarios</h3>{comments}</section>', ["hace 2 horas", "hace 3 horas"])


def test_a_badge_after_the_name_is_no_part_of_the_text_but_a_surname_signing_the_comment_is():
    # Patch's byline: the name's link, then its badge ("Neighbor") as a span of its own; and a reader who signs her full
    # name under a comment posted as "Robin".
    comments = "".join(f"""
<li class="styles_Comment__r4" id="comment-31147{i}"><div class="styles_Comment__header__t0"><div class="styles_Comment__byline__m6">
<a class="styles_Comment__author__z3" href="/users/reader-{i}">{name}</a><span class="styles_Comment__badge__k7">Neighbor</span>
<span class="styles_Comment__time__u5"><time datetime="2024-04-19T19:42:00Z">{i + 1}h</time></span></div></div>
<div class="styles_Comment__body__n1"><p>{text}</p></div></li>""" for i, (name, text) in enumerate(READERS))
    _check_timed(f'<section id="comments"><h2>2 Comments</h2><ul>{comments}</ul></section>', ["1h", "2h"])
    signed = segment(page(STORY + """<ol class="commentlist"><li class="comment" id="comment-9"><div class="comment-author vcard">
<cite class="fn">Robin</cite> <span class="says">says:</span></div><div class="comment-meta"><a href="#comment-9">9/23/2012 at 7:30 am</a></div>
<p>Can you let me know if the auction is happening this year?</p><p>Robin Yaeger</p></li></ol>"""))
    assert [(c.author, c.text) for c in signed.comments] == [("Robin", "Can you let me know if the auction is happening this year?\nRobin Yaeger")]


def test_an_italian_obituarys_condolence_book_of_messages_signed_under_their_words():
    # li.messaggio (message) with its messaggio__testo, its messaggio__firma (signature: the writer) and messaggio__data.
    messages = "".join(f"""
<li class="messaggio" id="msg-5587{i}"><span class="messaggio__lumino" aria-hidden="true">🕯</span>
<div class="messaggio__testo"><p>{text}</p></div><p class="messaggio__firma">{name}</p>
<p class="messaggio__data"><time datetime="2024-03-15">15 marzo 2024, {i + 9:02d}:12</time></p></li>""" for i, (name, text) in enumerate(READERS))
    _check_timed(f'<section class="libro-condoglianze"><h2>Libro delle condoglianze</h2><ul class="messaggi">{messages}</ul></section>',
                 ["15 marzo 2024, 09:12", "15 marzo 2024, 10:12"])


def test_a_class_less_threads_disclaimer_and_its_forms_sum_against_spam_are_no_comments_words():
    # A hand-built small-town site: "<b>Name</b> wrote on DATE:" paragraphs without any class, the site's disclaimer above
    # them ("Comments are the opinions of their authors") and the form's "What is 3 + 4?" under them.
    comments = "".join(f"<p><b>{name}</b> wrote on 6/12/2024 {i + 3}:45 PM:</p><p>{text}</p><hr>" for i, (name, text) in enumerate(READERS))
    result = segment(page(STORY + '<h3>Reader Comments</h3><p>Comments are the opinions of their authors, not of The Record. Be civil.</p>'
                          f'{comments}<form><p>What is 3 + 4?</p><input name="sum"><textarea></textarea><input type="submit" value="Post"></form>'))
    assert [c.text for c in result.comments] == [text for _, text in READERS]


def test_a_forums_own_blockquote_class_holds_a_quotation_not_the_replys_words():
    # A German tech magazine's forum: the reply's body opens on blockquote.fp-quote ("hbrenner schrieb am ...:" and the words
    # quoted), then its own words.
    first, second = READERS
    html = f"""<ul class="fp-thread"><li class="fp-thread__item comment" id="posting-1"><div class="fp-posting">
<div class="fp-posting__head"><a class="fp-posting__author" href="/forum/user/1">{first[0]}</a> <time class="fp-posting__date">14.11.2024 09:20</time></div>
<div class="fp-posting__body"><p>{first[1]}</p></div></div></li>
<li class="fp-thread__item comment" id="posting-2"><div class="fp-posting">
<div class="fp-posting__head"><a class="fp-posting__author" href="/forum/user/2">{second[0]}</a> <time class="fp-posting__date">14.11.2024 09:31</time></div>
<div class="fp-posting__body"><blockquote class="fp-quote"><p class="fp-quote__src">{first[0]} schrieb am 14.11.2024 09:20:</p><p>{first[1]}</p></blockquote>
<p>{second[1]}</p></div></div></li></ul>"""
    _check(html)
