"""Plain-text copies of discussion pages (old reddit, Hacker News, X and Mastodon threads) and pages that say their
thread is empty. Each of these read wrongly before: the tab "comments" over a post opened a thread above it, a
self-thread's own posts were read as replies, and the lines under "0 Comments" as readers'."""

from moderator.segment import segment

STORY = ("The county library board voted on Tuesday to keep all four branches open on Saturdays through the end of "
         "the year, reversing a decision made in March that would have closed two of them to save staff costs.")


def _page(text: str):
    return segment(text.encode("utf-8"), format="text")


def _no_thread(lines: list[str], in_article: str):
    """The page of these lines, once it has no comments and its article holds `in_article`."""
    page = _page("\n".join(lines))
    assert page.comments == []
    assert in_article in page.article.text
    return page


def _thread(text: str, in_article: str, bylines: list[tuple[str, str]]):
    """The page, once its article holds `in_article` and its comments are signed by `bylines` (author, time) in order."""
    page = _page(text)
    assert in_article in page.article.text
    assert [(c.author, c.time) for c in page.comments] == bylines
    return page


def test_a_page_that_says_its_thread_is_empty_has_no_comments_under_that_word():
    # (Blogger's empty thread, its form and its archive: the lower-case and bracketed lines read as readers' before)
    page = _no_thread([
        "Residents' meeting: the bypass and the bins",
        STORY,
        "Next meeting is 12 January. Mince pies permitting, it will be a short one.",
        "Posted by Alan Threlkeld at 21:14",
        "0 comments:",
        "Post a Comment",
        "Comment as:",
        "Select profile...",
        "Publish",
        "Preview",
        "Blog Archive",
        "▼ 2011 (23)",
        "▼ November (2)",
        "christmas lights switch-on moved to the square, finally",
        "Simple template. Powered by Blogger.",
    ], "Saturdays through the end of the year")
    assert "christmas lights" not in page.article.text


def test_an_empty_thread_word_does_not_drop_a_thread_whose_comments_are_signed():
    # (a second widget's empty count beside a thread with bylines: the signed comments stand)
    page = _page("\n".join([
        "Library keeps Saturday hours",
        STORY,
        "Comments",
        "Maria Lopez",
        "March 3, 2024 at 9:41 pm",
        "Good news for the kids who study there on weekends.",
        "Reply",
        "Tom Becker",
        "March 3, 2024 at 10:02 pm",
        "About time the board listened to the people who use the place.",
        "Reply",
        "Facebook comments (0)",
        "No comments yet",
    ]))
    assert [c.author for c in page.comments] == ["Maria Lopez", "Tom Becker"]


OLD_REDDIT = """jump to content
my subreddits
bikecommuting
comments
Want to join? Log in or sign up in seconds.
this post was submitted on 14 Aug 2019
Council votes to remove the Harlow Ave bike lane
submitted 6 hours ago by greywheel_lou
I went to the whole council session last night so you don't have to. The lane that opened in December as a one-year pilot is coming out, eight months in, after a 5-4 vote and almost no discussion of the counts.
The counter on the lane logged about 640 trips a day in June. Nobody on the majority side mentioned it once.
41 commentssharesavehidegive awardreportcrosspost
all 41 comments
sorted by: best
[–]mrs_pettigrew 118 points119 points120 points 5 hours ago (4 children)
Thank you for sitting through that. I had to leave early because my kid was melting down in the hallway.
permalinkembedsavereportgive awardreply
[–]dunmore_driver -14 points-13 points-12 points 4 hours ago (2 children)
Good. Nobody used it and you people are a tiny loud minority.
permalinkembedsaveparentreportgive awardreply
[–] spokes_and_stuff 40 points 3 hours ago
640 trips a day is the city's own counter.
permalink
save
parent
report
reply
"""


def test_old_reddits_bylines_open_comments_and_its_tab_does_not_open_a_thread_over_the_post():
    page = _thread(OLD_REDDIT, "640 trips a day in June", [
        ("mrs_pettigrew", "5 hours ago"), ("dunmore_driver", "4 hours ago"), ("spokes_and_stuff", "3 hours ago")])
    assert [c.text for c in page.comments] == [
        "Thank you for sitting through that. I had to leave early because my kid was melting down in the hallway.",
        "Good. Nobody used it and you people are a tiny loud minority.",
        "640 trips a day is the city's own counter."]


HACKER_NEWS = """Hacker News new | past | comments | ask | show | jobs | submit login
Ask HN: Offer rescinded after a background check, no reason given. What now?
187 points by quiet_badger 9 hours ago | hide | past | favorite | 164 comments
Two weeks ago I accepted an offer for a backend role, signed the letter and gave notice, and on Tuesday an email from their HR platform said the offer was withdrawn because of my screening results, with no details at all.
Has anyone been through this? Is it worth a lawyer?
add comment
jmoriarty 8 hours ago | next [–]
You're entitled to a free copy of any report used to make an employment decision. Ask for it in writing.
reply
quiet_badger 8 hours ago | parent | next [–]
Thank you, sending the email tonight.
reply
fernhill 7 hours ago | prev | next [–]
Same thing happened to me. The screening company had merged my file with someone else's.
reply
"""


def test_hacker_news_bylines_name_each_comment():
    page = _thread(HACKER_NEWS, "Is it worth a lawyer?", [
        ("jmoriarty", "8 hours ago"), ("quiet_badger", "8 hours ago"), ("fernhill", "7 hours ago")])
    assert page.comments[2].text == "Same thing happened to me. The screening company had merged my file with someone else's."


X_THREAD = """Post
See new posts
Conversation
Dr. Ana Ruiz
@anaruiz_md
The maternity unit at our hospital closes on July 1 "temporarily" for lack of staff, and the nearest unit with obstetric cover will be 94 km away. I have worked in this emergency room for eleven years. A thread on what it means. 🧵
10:14 AM · Jun 8, 2023
1.2M
Views
3,014
Likes
Post your reply
Dr. Ana Ruiz
@anaruiz_md
·
Jun 8
First: "temporarily." We were told the same about the overnight surgery service in 2019.
18
1.4K
121K
Dr. Ana Ruiz
@anaruiz_md
·
Jun 8
Second: women will still go into labour here, and they will come to our emergency room.
22
1.9K
98K
Marcy Tan
@marcytan_rn
·
Jun 8
Nurse two towns over here. The same is happening everywhere in the north.
4
310
Greg Pohl
@gpohl1
·
Jun 9
Maybe if you doctors didn't demand half a million a year we wouldn't be here.
2
12
"""


def test_a_self_threads_own_posts_belong_to_the_post_and_the_replies_are_the_comments():
    page = _thread(X_THREAD, "overnight surgery service", [("Marcy Tan", "Jun 8"), ("Greg Pohl", "Jun 9")])
    assert "will still go into labour" in page.article.text
    assert page.comments[0].text == "Nurse two towns over here. The same is happening everywhere in the north."
    assert "1.4K" not in " ".join(c.text for c in page.comments)


TWITTER_2019 = """Home
Moments
Search Twitter
Sign up
Hannah Vu\u200f @hannahvu_eats
Follow Follow @hannahvu_eats
More
Last week I reviewed a restaurant on Lowell Street and gave it two stars. Since then the owner has posted my photo and my home neighbourhood to his followers, and I have had more than three hundred messages. A thread.
3:42 PM - 12 Apr 2019
418 Retweets
2,104 Likes
Reply 64
Retweet 418
Like 2,104
Direct message
Hannah Vu\u200f @hannahvu_eats 12 Apr 2019
More
The review was not a hit piece. The lamb was overcooked twice and the service was slow.
Reply 3
Retweet 12
Like 140
Direct message
Dale Hewitt\u200f @dhewitt 12 Apr 2019
More
Replying to @hannahvu_eats
Nobody cares what a food blogger thinks. Delete your account.
Reply 1
Like 2
Direct message
Priya S\u200f @priyas 13 Apr 2019
More
Replying to @hannahvu_eats
Posting a critic's neighbourhood is intimidation. Reported.
Reply
Like 9
"""


def test_a_tweets_name_and_handle_over_its_date_is_a_byline_and_the_writers_own_tweets_are_the_post():
    page = _thread(TWITTER_2019, "The lamb was overcooked twice", [("Dale Hewitt", "12 Apr 2019"), ("Priya S", "13 Apr 2019")])
    assert page.comments[0].text.endswith("Nobody cares what a food blogger thinks. Delete your account.")


def test_a_social_posts_own_first_person_paragraphs_are_not_replies():
    # (an instance admin's long post in "we" and "you", its own stats under it, and no reply)
    _no_thread([
        "Rowan (she/her) · admin",
        "@rowan@harbourlights.social",
        "Instance announcement: we are limiting federation with a server whose users have sent our members a stream of abuse over the past three weeks.",
        "A few of you have asked why, so here's the long version.",
        "Over the past three weeks our moderation team has handled more than two hundred reports about accounts on that server.",
        "If you disagree with this decision, you're welcome to tell us. We read every message, even the angry ones.",
        "Thank you to the four volunteers who read every one of those reports. You're the reason this place works.",
        "Nov 2, 2022, 19:40",
        "·",
        "Web",
        "3 boosts",
        "·",
        "7 favorites",
    ], "You're the reason this place works.")


def test_a_communitys_created_date_under_an_empty_thread_names_no_commenter():
    # (new reddit's empty thread, then the community's sidebar: "Created Mar 3, 2012" is a label and a date)
    _no_thread([
        "r/halverton",
        "Posted by u/ken_halverton 2 hr. ago",
        "PSA: the puppy ads on the buy and sell group are a scam",
        STORY,
        "I reported several of the posts to the group admins. Most are gone, but new ones go up every day.",
        "Join the conversation",
        "Sort by:",
        "Best",
        "No Comments Yet",
        "Be the first to share what you think!",
        "Halverton",
        "Community for the town of Halverton and surrounding townships. news, events, lost pets.",
        "Public",
        "Created Mar 3, 2012",
        "8.2K",
        "Members",
        "be decent, no selling in posts, use the weekly thread",
    ], "the puppy ads on the buy and sell group are a scam")
