"""Plain-text pages: the seed and other layouts split into article and single comments."""

import pytest

from moderator.segment import segment

SEED_COMMENTS = [
    "Lavrov looks constipated lol",
    "Every normal human being standing around Blinky would look like that",
    "CIA hillbilly is BLMstipated w special required dildo from BDSM brothel owner in Chicago ghetto",
    "Blinken eats batshit and you eat Blinkens shit.",
    "Antony looks like a pedophile in kindergarten – all happy and excited.",
    "peace for all good people nevermind of nationality, religion or race only their heart counts,",
    "decaying LGBT amerikan empire desperate CIA now recruit from BLM…new level of unintelligence",
]

USERNAMES = """City council approves new bike lanes on Main Street
The city council voted 7-2 on Tuesday to approve a network of protected bike lanes along Main Street, a project that has divided residents for more than a year.
Council member Dana Ortiz, who sponsored the measure, said the lanes would make the corridor safer for cyclists and pedestrians alike.
Opponents, including several business owners, told the council that removing 40 parking spaces would hurt shops that rely on drive-in customers.
Construction is expected to begin in March and to cost about $2.4 million, according to the city's transportation department.
Share this
Leave a comment
bikeguy_88
3 hours ago
Finally!! I've been waiting years for this, my commute is going to be so much better
Reply · 24 likes
MainStreetMom
2 hours ago
@bikeguy_88 easy for you to say, where am I supposed to park when I take my kids to the dentist?
Reply · 3 likes
    bikeguy_88
    1 hour ago
    there's a garage two blocks away, you'll survive lol
    Reply · 12 likes
old_timer
45 minutes ago
waste of money. nobody rides a bike in january
Reply
"""

HEADER = """Storm knocks out power to thousands across the region
A line of severe thunderstorms swept through the region overnight, knocking out power to more than 30,000 homes and businesses.
The utility said crews from three neighbouring states had been called in and that most customers should have power back by Thursday evening.
"We understand how frustrating this is, especially with temperatures this high," a spokeswoman for the utility said.
Officials urged residents to stay away from downed lines and to report them by phone.
Comments (4)
Still no power here in Elm Park and it's been 14 hours. Ridiculous.
thank god for my generator, neighbours are all over at my place charging phones
Why does this happen every single summer? Bury the lines already!
Stay safe everyone, and check on your elderly neighbours.
"""

BLOCKS = """Local bakery wins national award

The Rise & Shine bakery on Harbor Road has won the national artisan bread award, beating more than 400 entries from across the country.

Owner Priya Nair, who opened the shop in 2015, said the award was a tribute to her staff. "They get up at three every morning," she said.

The judges praised the bakery's sourdough, which uses a starter Nair brought from her grandmother's kitchen.

Leave a reply

Congrats Priya!! Your sourdough is the best thing in this town,
I drive 20 minutes every Saturday just to get a loaf.

honestly overrated, I waited 30 min in line and they were sold out of everything

So proud of you guys. The cinnamon rolls are unreal
and the staff are always so kind to my kids.
"""

NO_MARKER = """The state legislature passed a bill on Friday that raises the minimum wage to $15 an hour by 2027, the largest increase in the state's history.
The measure passed the Senate 21-17 after a debate that lasted more than six hours, and now goes to the governor, who has said she will sign it.
Supporters said the increase would lift tens of thousands of workers out of poverty, while business groups warned that small employers would cut jobs.
According to the state labor department, about 310,000 workers currently earn less than $15 an hour.
"This is a historic day for working families," said Senate Majority Leader Tom Reyes.
The increase will be phased in over four years, starting with a rise to $12.50 next January.
about time, I can't even afford rent on what I make now
This is going to kill small businesses, mark my words
lol they always say that and it never happens
My husband and I run a diner and we honestly don't know how we'll manage this
"""


def _texts(page):
    return [c.text for c in page.comments]


def test_seed_gives_its_ten_comments(seed_page):
    page = segment(seed_page)
    texts = _texts(page)
    assert len(texts) == 10
    assert texts[: len(SEED_COMMENTS)] == SEED_COMMENTS
    assert texts[-1].startswith("Lavrov looks like he just finished gulping")
    article_lines = page.article.text.split("\n")
    assert article_lines[0].startswith("On May 19th, US Secretary of State")
    assert article_lines[-1].startswith("Before the announcement, Russian Deputy Foreign Minister")
    assert len(article_lines) == 18
    assert not set(article_lines) & set(texts)  # no article line among the comments
    assert "MORE ON THE TOPIC" not in page.article.text
    assert all("MORE ON THE TOPIC" not in t for t in texts)


def test_seed_without_its_marker_still_splits(seed_page):
    page = segment(seed_page.replace("MORE ON THE TOPIC:\n", ""))
    assert len(page.comments) == 10
    assert page.comments[0].text == "Lavrov looks constipated lol"
    assert len(page.article.text.split("\n")) == 18


def test_usernames_times_replies_and_likes():
    page = segment(USERNAMES)
    assert page.article.title == "City council approves new bike lanes on Main Street"
    assert page.article.text.endswith("according to the city's transportation department.")
    assert [(c.author, c.time) for c in page.comments] == [
        ("bikeguy_88", "3 hours ago"), ("MainStreetMom", "2 hours ago"),
        ("bikeguy_88", "1 hour ago"), ("old_timer", "45 minutes ago")]
    assert [c.parent for c in page.comments] == [None, 0, 1, None]  # "@name" and indentation are replies
    texts = " ".join(_texts(page))
    for furniture in ("Reply", "likes", "Share this", "Leave a comment", "ago"):
        assert furniture not in texts and furniture not in page.article.text
    assert page.comments[2].text == "there's a garage two blocks away, you'll survive lol"


def test_comments_header_with_one_comment_per_line():
    page = segment(HEADER)
    assert len(page.comments) == 4
    assert page.comments[0].text.startswith("Still no power here in Elm Park")
    assert "Comments (4)" not in page.article.text
    assert page.article.text.endswith("to report them by phone.")


def test_blocks_separated_by_blank_lines():
    page = segment(BLOCKS)
    assert [c.text.split("\n")[0] for c in page.comments] == [
        "Congrats Priya!! Your sourdough is the best thing in this town,",
        "honestly overrated, I waited 30 min in line and they were sold out of everything",
        "So proud of you guys. The cinnamon rolls are unreal"]
    assert page.comments[0].text.endswith("just to get a loaf.")  # a block is one comment
    assert "Leave a reply" not in page.article.text
    assert "grandmother's kitchen" in page.article.text


def test_no_marker_at_all():
    page = segment(NO_MARKER)
    assert _texts(page) == [
        "about time, I can't even afford rent on what I make now",
        "This is going to kill small businesses, mark my words",
        "lol they always say that and it never happens",
        "My husband and I run a diner and we honestly don't know how we'll manage this"]
    assert page.article.text.split("\n")[-1].startswith("The increase will be phased in")


def test_numbered_bylines_with_words_before_the_date():
    """"1. Name wrote on DATE:" is a comment's byline, not the first line of its text."""
    thread = "".join(f"{i}. {name} wrote on March 3, 2024:\n{text}\n\n" for i, (name, text) in enumerate([
        ("river_rat", "Finally, the east bank reopens. I have waited since the flood!"),
        ("Taxpayer Tom", "four million for a boat launch while my street has potholes lol"),
    ], 1))
    page = segment(BLOCKS.split("Leave a reply")[0] + "Reader comments\n\n" + thread)
    assert [(c.author, c.time) for c in page.comments] == [("river_rat", "March 3, 2024"),
                                                            ("Taxpayer Tom", "March 3, 2024")]
    assert _texts(page)[1] == "four million for a boat launch while my street has potholes lol"


@pytest.mark.parametrize("text", [NO_MARKER.split("about time")[0], BLOCKS.split("Leave a reply")[0]])
def test_article_only_page_has_no_comments(text):
    page = segment(text)
    assert page.comments == []
    assert len(page.article.text) > 200


def test_to_dict_shape(seed_page):
    doc = segment(seed_page, source="seed.txt").to_dict()
    assert set(doc) == {"source", "article", "comments"}
    assert set(doc["article"]) == {"title", "text"}
    assert doc["comments"][0] == {"index": 0, "text": "Lavrov looks constipated lol", "author": None,
                                  "time": None, "parent": None}


def test_a_time_takes_its_zone_only_in_capitals():
    from moderator.segment.text import find_time

    assert find_time("by Athletix Man on Aug 8, 2012 5:21 PM PDT reply").group(0) == "Aug 8, 2012 5:21 PM PDT"
    assert find_time("Mon Oct 29, 2012 10:07 AM EDT").group(0) == "Mon Oct 29, 2012 10:07 AM EDT"
    assert find_time("we met at 10:07 am et al. said hello").group(0) == "10:07 am"


@pytest.mark.parametrize("line, time", [
    ("Chris Nahr 07.15.12 at 11:59", "07.15.12 at 11:59"),          # dotted date, two-digit parts
    ("09. Jul, 2012 / Courtney says:", "09. Jul, 2012"),             # day with a full stop
    ("7 Aug 12 at 11:21 pm", "7 Aug 12 at 11:21 pm"),                # two-digit year
    ("November 5, 2012 · 8:23 PM", "November 5, 2012 · 8:23 PM"),    # a dot between date and clock
    ("Thu, 08/09/2012 - 13:04 | 2691543 malikai", "Thu, 08/09/2012 - 13:04"),
    ("2  Patrice VIALOR  | 11/8/2012 1:04:41 AM", "11/8/2012 1:04:41 AM"),
    ("Aug 8 12:30", "Aug 8 12:30"),                                  # a clock, not a two-digit year
])
def test_dates_keep_all_their_parts(line, time):
    from moderator.segment.text import find_time

    assert find_time(line).group(0) == time


def test_version_numbers_are_no_dates():
    from moderator.segment.text import find_time

    assert find_time("Linux 2.6.32 released") is None


# ---- threads copied from widely used comment widgets -------------------------------------------

STORY_LINES = """Library opens a seed bank for local gardeners
The county library opened a seed bank on Saturday, letting residents borrow packets of tomato, bean and squash seeds and return seeds saved from their own harvest at the end of the season.
Librarian Ana Ortiz said more than two hundred people signed up in the first week, and that the collection would grow as gardeners brought back seeds adapted to the short summers of the valley.
The project cost four thousand dollars, most of it for drawers, envelopes and a donated cabinet.
"""
READER_TEXTS = ["The seed bank is the best thing our library has done in years, thank you.",
                "Will they take back seeds from hybrid tomatoes, or only heirloom varieties?",
                "What a waste of taxpayer money, these idiots never learn."]
COPIED_THREADS = {
    # Disqus: a reply's byline names its parent where the arrow icon was
    "disqus": ("3 Comments\nSort by Best\nJoin the discussion…\nHannah Cole • 3 hours ago\n{0}\n8 • Reply • Share ›\n"
               "Tomasz  Hannah Cole • 2 hours ago\n{1}\nReply • Share ›\ngrumpy_dave • an hour ago\n{2}\n"
               "2 • Reply • Share ›\nLoad more comments\n",
               [("Hannah Cole", "3 hours ago", None), ("Tomasz", "2 hours ago", 0), ("grumpy_dave", "an hour ago", None)]),
    # the Facebook comments plugin: name, text, then actions with the comment's age
    "facebook": ("Hannah Cole\n{0}\nLike · Reply · 3h\nTomasz\n{1}\nLike · Reply · 2h\nDave Grump\n{2}\nLike · Reply · 1h\n",
                 [("Hannah Cole", "3h", None), ("Tomasz", "2h", None), ("Dave Grump", "1h", None)]),
    # Reddit: a depth line, the user, the age, the text, the score and actions
    "reddit": ("level 1\nHannah_Cole\n· 3 hr. ago\n{0}\n12\nReply\nShare\nlevel 2\nTomasz\n· 2 hr. ago\n{1}\n3\nReply\n"
               "Share\nlevel 1\ngrumpy_dave\n· 1 hr. ago\n{2}\n-4\nReply\nShare\n",
               [("Hannah_Cole", "3 hr. ago", None), ("Tomasz", "2 hr. ago", 0), ("grumpy_dave", "1 hr. ago", None)]),
    # a news site's own thread: name, date line, text, actions, recommendation count
    "news": ("Hannah Cole\n3 Mar 2024 9.12\n{0}\nReply | Report\n12\nTomasz\n3 Mar 2024 10.00\n{1}\nReply | Report\n3\n"
             "Dave\n3 Mar 2024 11.30\n{2}\nReply | Report\n",
             [("Hannah Cole", "3 Mar 2024 9.12", None), ("Tomasz", "3 Mar 2024 10.00", None), ("Dave", "3 Mar 2024 11.30", None)]),
    # a chat-like thread: the name before the text on its line
    "names inline": ("Comments\nHannah Cole: {0}\n[Tomasz] {1}\ngrumpy_dave: {2}\n",
                     [("Hannah Cole", None, None), ("Tomasz", None, None), ("grumpy_dave", None, None)]),
    # a social network's thread: name, handle and age on one line
    "social": ("Hannah Cole @hannahc · 3h\n{0}\nTomasz @tomasz · 2h\n{1}\nDave @grumpydave · 1h\n{2}\n",
               [("Hannah Cole", "3h", None), ("Tomasz", "2h", None), ("Dave", "1h", None)]),
    # Blogger's: "NAME said...", the text, then its date
    "blogger": ("Anonymous said...\n{0}\nMarch 3, 2024 at 9:12 AM\nTomasz said...\n{1}\nMarch 3, 2024 at 10:00 AM\n"
                "Dave said...\n{2}\nMarch 3, 2024 at 11:30 AM\n",
                [("Anonymous", "March 3, 2024 at 9:12 AM", None), ("Tomasz", "March 3, 2024 at 10:00 AM", None),
                 ("Dave", "March 3, 2024 at 11:30 AM", None)]),
    # a forum's numbered posts
    "numbered": ("#1 Hannah Cole | 03.03.2024 09:12\n{0}\n#2 Tomasz | 03.03.2024 10:00\n{1}\n#3 Dave | 03.03.2024 11:30\n{2}\n",
                 [("Hannah Cole", "03.03.2024 09:12", None), ("Tomasz", "03.03.2024 10:00", None), ("Dave", "03.03.2024 11:30", None)]),
    # a letters page: the writer, where they write from, the date
    "places": ("Hannah Cole (Portland) 3 March 2024\n{0}\nTomasz (Eugene, Ore.) 3 March 2024\n{1}\nDave (Salem) 4 March 2024\n{2}\n",
               [("Hannah Cole", "3 March 2024", None), ("Tomasz", "3 March 2024", None), ("Dave", "4 March 2024", None)]),
    # the BBC's numbered comments (Have Your Say, 2008-2012): the time before the name, a complaint link under the text
    "bbc": ("Comments (3)\n1. At 10:14am on 12 Jun 2010, Hannah_Cole wrote:\n{0}\nComplain about this comment (Comment number 1)\n"
            "2. At 10:40am on 12 Jun 2010, Tomasz wrote:\n{1}\nComplain about this comment (Comment number 2)\n"
            "3. At 11:02am on 12 Jun 2010, Dave Grump wrote:\n{2}\nComplain about this comment (Comment number 3)\nAdd your comment\n",
            [("Hannah_Cole", "10:14am on 12 Jun 2010", None), ("Tomasz", "10:40am on 12 Jun 2010", None),
             ("Dave Grump", "11:02am on 12 Jun 2010", None)]),
    # the Times's numbered comments: number and name, where the reader writes from, the date, the clock; a recommendation count
    "times": ("Readers' Comments\nOldest first | Newest first\n1. Hannah Cole\nPortland, OR\nNovember 3rd, 2010\n8:14 am\n{0}\n"
              "Recommended by 98 Readers\n2. Tomasz\nBrooklyn\nNovember 3rd, 2010\n8:30 am\n{1}\nRecommended by 41 Readers\n"
              "3. Dave Grump\nNew Jersey\nNovember 3rd, 2010\n9:20 am\n{2}\nRecommended by 7 Readers\n",
              [("Hannah Cole", "November 3rd, 2010", None), ("Tomasz", "November 3rd, 2010", None), ("Dave Grump", "November 3rd, 2010", None)]),
    # the Guardian's: the name, its recommendation count, the date, the text, the actions
    "guardian": ("Hannah_Cole\n644\n14 Mar 2019 7:42\n{0}\nReply\nShare\nReport\nTomasz\n12\n14 Mar 2019 8:01\n{1}\nReply\nShare\n"
                 "Report\ngrumpy_dave\n3\n14 Mar 2019 8:06\n{2}\nReply\nShare\nReport\n",
                 [("Hannah_Cole", "14 Mar 2019 7:42", None), ("Tomasz", "14 Mar 2019 8:01", None), ("grumpy_dave", "14 Mar 2019 8:06", None)]),
    # Blogger's as a text browser prints it: avatars as "[image]", any name before "said...", the date under the text,
    # then the blog's sidebar
    "blogger sidebar": ("3 comments:\n[image]\nSue (plot 9) said...\n{0}\n12 March 2013 at 19:44\n[image]\nPam in Presteigne said...\n{1}\n"
                        "12 March 2013 at 21:02\n[image]\nDave said...\n{2}\n13 March 2013 at 08:15\nPost a Comment\n"
                        "Newer Post Home Older Post\nSubscribe to: Post Comments (Atom)\nAbout Me\n[image]\nMargaret\n"
                        "Retired teacher, reluctant blogger, enthusiastic grower of things that usually die.\nView my complete profile\n",
                        [("Sue (plot 9)", "12 March 2013 at 19:44", None), ("Pam in Presteigne", "12 March 2013 at 21:02", None),
                         ("Dave", "13 March 2013 at 08:15", None)]),
    # a review site's: the text, then the signature with its date; the writer answers in the thread, signed with the clock
    "signed and dated": ("User comments (3)\n{0}\n— Hannah Cole, 12 Mar 2009 15:40\n{1}\n— Ana Ortiz (Gazette), 12 Mar 2009 16:25\n"
                         "{2}\n— Dave, 13 Mar 2009 09:11\nAdd your comment\n",
                         [("Hannah Cole", "12 Mar 2009 15:40", None), ("Ana Ortiz", "12 Mar 2009 16:25", None), ("Dave", "13 Mar 2009 09:11", None)]),
    # letters to the editor: the text, then the writer's signature
    "letters": ("READER COMMENTS (3)\n{0}\n— Hannah Cole, Portland\n{1}\n— Tomasz, Eugene\n{2}\n-- Dave\n",
                [("Hannah Cole", None, None), ("Tomasz", None, None), ("Dave", None, None)]),
}


@pytest.mark.parametrize("widget", sorted(COPIED_THREADS))
def test_threads_copied_from_comment_widgets(widget):
    thread, expected = COPIED_THREADS[widget]
    page = segment(STORY_LINES + thread.format(*READER_TEXTS), format="text")
    assert page.article.title == "Library opens a seed bank for local gardeners"
    assert page.article.text.split("\n") == STORY_LINES.strip().split("\n")[1:]
    assert [c.text for c in page.comments] == READER_TEXTS
    assert [(c.author, c.time, c.parent) for c in page.comments] == expected



def test_one_comment_opening_like_a_name_keeps_its_words(seed_page):
    """"Update: ..." in one comment among others is text: names inline count only where most comments have one."""
    page = segment(seed_page.rstrip("\n") + "\nUpdate: they met again today and nothing changed lol\n", format="text")
    assert page.comments[-1].text == "Update: they met again today and nothing changed lol"
    assert page.comments[-1].author is None


def test_furniture_words_a_reader_wrote_are_still_comments(seed_page):
    """Lines among the comments that start like page furniture ("Subscribe ...", "follow us ...") but
    are a reader's words stay comments: dropped, they would go unmoderated. Real furniture still goes."""
    readers = ["Subscribe to my channel you libtard morons", "follow us on gab for the truth about these animals"]
    furniture = ["Subscribe to our newsletter", "Leave a Reply", "Sort by Newest",
                 "Copyright 2024 Example Media. All rights reserved."]
    page = segment(seed_page.rstrip("\n") + "\n" + "\n".join(readers + furniture) + "\n", format="text")
    texts = [c.text for c in page.comments]
    assert texts[:len(SEED_COMMENTS)] == SEED_COMMENTS and all(r in texts for r in readers)
    assert not any(f in text for f in furniture for text in texts)


@pytest.mark.parametrize("line", ["Mar 3, 2024", "October 18, 2012", "Nov 6, 2012 at 1:30 pm", "2010-03-13 11:58 pm (UTC)"])
def test_a_date_alone_is_a_time_and_names_no_author(line):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author, probe.time) == ("meta", None, line)


def test_a_reply_that_addresses_an_earlier_commenter_answers_them_on_a_text_page():
    page = """Council approves new bus lane on Kirkstall Road

Leeds city council voted 52 to 31 tonight to turn the Kirkstall Road bus lane into a 24-hour lane and to build a protected cycle track along the same stretch by 2026.

The scheme removes 212 on-street parking spaces between the viaduct and Cardigan Road.

Comments (3)

Harriet Vane
2 hours ago
The new bus lane will cut my commute by ten minutes.

Peter W
1 hour ago
@Harriet Vane which route do you take in the mornings?

Ann
1 hour ago
Peter W, the 33 goes that way every ten minutes.
"""
    result = segment(page, format="text")
    assert [(c.author, c.parent) for c in result.comments] == [("Harriet Vane", None), ("Peter W", 0), ("Ann", 1)]


@pytest.mark.parametrize("line, when", [
    ("Hakan T. 3 saat önce", "3 saat önce"), ("Giulia 2 ore fa", "2 ore fa"), ("Ana hace 4 horas", "hace 4 horas"),
    ("Joana há 2 dias", "há 2 dias"), ("Luc il y a 3 heures", "il y a 3 heures"), ("Jan vor 3 Stunden", "vor 3 Stunden"),
    ("Anna 2 godz. temu", "2 godz. temu"), ("Олег 3 часа назад", "3 часа назад"), ("πριν από 3 ώρες", "πριν από 3 ώρες"),
    ("לפני 3 שעות", "לפני 3 שעות"), ("منذ 3 ساعات", "منذ 3 ساعات"), ("3 giờ trước", "3 giờ trước"),
    ("3 घंटे पहले", "3 घंटे पहले"), ("みどり 3時間前", "3時間前"), ("3 시간 전", "3 시간 전"),
    ("Posted by みどり 2024年03月12日 20:14", "2024年03月12日 20:14"), ("ㅇㅇ 2024.03.12 18:02:41", "2024.03.12 18:02:41"),
    ("Оксана_Жт12 березня 2024 15:08", "12 березня 2024 15:08"), ("12. März 2024, 20:14", "12. März 2024, 20:14"),
    ("anon-contrib-77 commented 2024-02-09 19:50:02", "2024-02-09 19:50:02"),
    # a clock before its day (MediaWiki's signature, "TIME on DATE"), and "yesterday at" in other languages
    ("15:21, March 12, 2012 (UTC)", "15:21, March 12, 2012 (UTC)"), ("02:41 PM on 03/12/2011", "02:41 PM on 03/12/2011"),
    ("Ольга вчера в 9:12", "вчера в 9:12"), ("gestern um 18:40", "gestern um 18:40"),
    ("11.03.2011 a las 21:04hs", "11.03.2011 a las 21:04hs"), ("2009/03/13(金) 01:05:11 | URL", "2009/03/13(金) 01:05:11"),
    ("9:12 pm on Saturday, March 12, 2011", "9:12 pm on Saturday, March 12, 2011"), ("12:01 PM Mon, 12 Mar 2012", "12:01 PM Mon, 12 Mar 2012"),
    # session 31's blind sets: Chinese "today", Yahoo! Japan's month/day(weekday), Thai (Buddhist era), SPIEGEL, Folha, Persian
    ("今天 15:02", "今天 15:02"), ("3/12(火) 16:48", "3/12(火) 16:48"), ("12 มีนาคม 2567 เวลา 14:18 น.", "12 มีนาคม 2567 เวลา 14:18 น."),
    ("Heute, 14.47 Uhr", "Heute, 14.47 Uhr"), ("12.mar.2024 às 14h41", "12.mar.2024 às 14h41"), ("۱۴:۳۱ - ۱۴۰۲/۱۲/۲۲", "۱۴:۳۱ - ۱۴۰۲/۱۲/۲۲"),
    # session 32's: LiveJournal's year-first date with am/pm, Reason's "@", the Herald Sun's clock before a month's name
    ("2010-03-13 11:58 pm (UTC)", "2010-03-13 11:58 pm (UTC)"), ("|3.12.12 @ 10:19AM|#", "3.12.12 @ 10:19AM"),
    ("Craig Posted at 8:41 AM March 12, 2012", "8:41 AM March 12, 2012"), ("TorqueSteerTom Today 2:11pm", "Today 2:11pm"),
    ("Yesterday, 11:48pm", "Yesterday, 11:48pm"), ("CHEFDAN71 Mar. 10, 2012", "Mar. 10, 2012"), ("oldtimer52 Jan 17, 2024", "Jan 17, 2024"),
    # a post's number is no day of the month either (Topix's "#5 Mar 12, 2010")
    ("#5 Mar 12, 2010", "Mar 12, 2010"), ("#12 3 März 2024", "3 März 2024"),
])
def test_ages_and_year_first_dates_in_other_languages_are_times(line, when):
    from moderator.segment.text import find_time

    assert find_time(line).group(0) == when


@pytest.mark.parametrize("line", ["version 1.2.3 is out", "Lo que dije", "He said vor dem Haus", "they won 3 titles in 2019"])
def test_numbers_that_are_no_dates_are_no_times(line):
    from moderator.segment.text import find_time

    assert find_time(line) is None


@pytest.mark.parametrize("line, author, time", [
    ("Posted by Frank on Saturday, June 16, 2007 at 9:02 AM", "Frank", "Saturday, June 16, 2007 at 9:02 AM"),
    ("Posted 3/14/2006 at 11:01 PM by xoxo_meghan_xoxo - delete - reply", "xoxo_meghan_xoxo", "3/14/2006 at 11:01 PM"),
])
def test_bylines_long_for_their_date_and_links_are_still_bylines(line, author, time):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author, probe.time) == ("meta", author, time)


@pytest.mark.parametrize("line, kind", [("| Agree (2) Disagree (0)", "meta"), ("Agree (7) | Disagree (2)", "meta"), ("Agree", "content"),
                                        ("I agree 100%", "content"),
                                        # (an Indian portal's row: up and down votes as words before their counts)
                                        ("Reply | Up Vote (142) | Down Vote (6) | Report", "meta"), ("Vote down this plan", "content")])
def test_agree_and_disagree_counts_are_a_comments_actions_and_a_readers_agree_is_not(line, kind):
    # Outlook India's readers' comments: "Reply | Report Abuse | Agree (2) Disagree (0)" under each
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert probe.kind == kind


@pytest.mark.parametrize("heading", ["Have your say (4)", "Readers' comments (4)", "4 Comments so far"])
def test_thread_headings_with_their_count(heading):
    # (Newsquest's text-only pages: "Have your say (5)"; Nation Media's WAP pages: "Readers' comments (5)";
    # Greymatter: "5 Comments so far")
    page = segment(HEADER.replace("Comments (4)", heading))
    assert len(page.comments) == 4
    assert heading not in page.article.text and heading not in " ".join(_texts(page))
    assert page.article.text.endswith("to report them by phone.")


@pytest.mark.parametrize("line, author, time", [
    ("#1 TaxpayerTom (4/19/2011 6:42:10 AM)", "TaxpayerTom", "4/19/2011 6:42:10 AM"),  # the date in brackets
    ("by LutzOrBust @ 29 Jan 2012 22:41", "LutzOrBust", "29 Jan 2012 22:41"),  # CuteNews: "@" for "at" after "by"
    ("From: Jerry D. Posted: 4/11/2012 6:45 PM", "Jerry D.", "4/11/2012 6:45 PM"),  # a form's labels
    ("Name: Jo Ann Pratt", "Jo Ann Pratt", None),
    ("Date: 2011-05-04 10:31", None, "2011-05-04 10:31"),  # a label is no name
    ("Posted: 4/11/2012 6:45 PM", None, "4/11/2012 6:45 PM"),
    ("prairiepix @ 2008-06-14 09:12", "prairiepix", "2008-06-14 09:12"),  # Pixelpost: "@" before a whole date
    # a reply's subject however long before its byline (SMF, TinyPortal)
    ("Re: Cup QF: Rovers 3 Kingsmead Athletic 2 (aet) by Deano on March 17, 2012, 07:44:09 PM", "Deano", "March 17, 2012, 07:44:09 PM"),
])
def test_bylines_of_old_engines_and_hand_made_pages(line, author, time):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author, probe.time) == ("meta", author, time)


@pytest.mark.parametrize("line", ["Hello Mark @ 3:15 we leave", "I wrote this by hand @ 3 pm, more or less", "Darby (1:41)",
                                  "Hello MrCommunal Award @ 25 October 2012 at 9:42 pm", "Mark @ 3:15",
                                  "Re: the council vote, which I watched on March 17, 2012"])
def test_sentences_with_at_signs_or_a_subject_are_no_bylines(line):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert probe.kind != "meta"


BUDGET_STORY = """Council approves a new budget after a long night
By Priya Raman, Local Democracy Reporter
Councillors approved a budget of 412 million pounds shortly before midnight on Tuesday, after six hours of debate over library hours, bin collections and the cost of adult social care.
The council's finance chief said the authority had closed a gap of 18 million pounds by drawing on reserves and by raising council tax by the maximum allowed without a referendum.
Opposition councillors said the plan left the authority exposed if inflation stayed high, and called for a review of the reserves policy in the autumn."""

FOOTER = """Share this article
Facebook
Twitter
Most Read
Shocking moment van ploughs into bus stop caught on CCTV
Reality star's secret wedding 'called off' days before big day
12 cosy pubs with rooms for a winter weekend
Help Centre
About us
Contact us
Advertise with us
Cookie Notice
Terms and Conditions
© 2015 Roar Group Ltd"""


def test_a_story_and_its_pages_furniture_without_comments_gives_none():
    # a copied page without a thread: the list of other stories under "Most Read" and the footer's menu are no comments
    for furniture in (FOOTER, "Comments (0)\nBe the first to comment\nName\nEmail\nComment\nPost Comment\n" + FOOTER,
                      "← Previous Post\nBest video doorbells of 2016\nNext Post →\nAmazon Echo gets new skills for smart lights\n"
                      "Posted in Culture War, Energy | Tagged Net Zero, protests\nAbout us · Contact · Write for us · Privacy · Cookies",
                      # a comment widget's chrome over an empty thread, and a newsletter box
                      "0 Comments\nRecommend\nStart the discussion…\nLog in with\nor sign up with Disqus\n"
                      "Sign up to our Weekend Edition newsletter\nEnter your email address\nSign up\nBlog at WordPress.com.\nFollow",
                      # ranked and dated lists of other stories (a rank alone on its line, a headline in the first person)
                      "More on this story\nSteel: What went wrong?\n28 January 2016\nQ&A: Why is the UK steel industry in trouble?\n"
                      "20 October 2015\nMost Read\n1\nMan jailed for life for murder of student\n2\nStorm warnings extended across the UK\n"
                      "3 I swapped my car for an e-bike for a month. Here's what happened"):
        page = segment(BUDGET_STORY + "\n" + furniture + "\n", format="text")
        assert page.comments == [], furniture
        assert page.article.text.endswith("review of the reserves policy in the autumn.")


def test_the_pages_footer_after_a_thread_is_not_its_last_comment():
    thread = "Comments (2)\nratepayer_88\n3 hours ago\nanother year, another rise. where does it all go\nReply\n" \
             "Jo Hollins\n2 hours ago\nThe libraries stay open, that is something at least.\nReply"
    page = segment(BUDGET_STORY + "\n" + thread + "\n" + FOOTER + "\n", format="text")
    assert [(c.author, c.text) for c in page.comments] == [
        ("ratepayer_88", "another year, another rise. where does it all go"),
        ("Jo Hollins", "The libraries stay open, that is something at least.")]


WIRE_STORY = """Port workers extend strike as talks with operators stall
Dock workers at the country's three largest container ports will extend their strike by another 72 hours, the union said on Thursday, after a fourth round of talks with terminal operators ended without agreement.
The walkout, which began on Monday, has left more than 40 ships waiting at anchor and about 180,000 containers stranded on quays, according to figures published by the national shipping council.
"We have offered a 6.5 percent rise over two years, which is well above inflation," a spokesman for the operators' association said in a statement. "The union's demand of 11 percent is not affordable."
Union secretary Marta Lindqvist told reporters that the operators had refused to discuss shift patterns, which she said were the main cause of the dispute. "Pay is only half of it," she said.
The transport ministry said it was monitoring the situation and had asked both sides to accept mediation, but stopped short of saying it would intervene.
Retailers have warned that supermarket shelves could run short of imported fruit within ten days if the dispute continues.
"""
PLAIN_COMMENTS = ["“Not affordable” says the company that paid out 400 million in dividends last year",
                  "Shift patterns are the real story here and nobody is reporting it properly",
                  "Good on them. Hold the line.", "Ten days without bananas, the horror", "The ministry will do nothing as usual.",
                  "My brother works nights at the terminal. Twelve hour shifts, four on, two off. It is brutal.",
                  "Strikers holding the whole country hostage again, sack the lot of them", "Automate the ports and be done with it."]


def test_plain_comments_under_a_dry_wire_story_are_read_against_its_voice():
    # each comment alone reads almost neutral (one even quotes the story and says "says"); beside a story of figures
    # and attributed quotes they are readers' words
    page = segment(WIRE_STORY + "MORE ON THE TOPIC:\n" + "\n".join(PLAIN_COMMENTS) + "\n", format="text")
    assert [c.text for c in page.comments] == PLAIN_COMMENTS
    assert page.article.text.endswith("if the dispute continues.") and "MORE ON THE TOPIC" not in page.article.text
    # without any marker, the comments still begin after the story (the first, which quotes it, may stay with it)
    page = segment(WIRE_STORY + "\n".join(PLAIN_COMMENTS) + "\n", format="text")
    assert [c.text for c in page.comments][-7:] == PLAIN_COMMENTS[1:]
    assert "Retailers have warned" in page.article.text


CLOSED_POST = """The Long Lane Plot
Notes from a half-plot on the edge of town
Home
About
Why my onions bolted this year, and what I am trying next
June 14, 2012
Well, it finally happened. I went down after work on Tuesday and half of the red onions had thrown up flower stalks overnight, which is the first time in six years of growing them that I have lost more than a handful to bolting.
I think the culprit was the cold snap in April. The sets went in early because the ground was workable, and then we had a week of frosts, and onions that get a cold shock after they start growing tend to decide it is time to flower.
What I did about it
I snapped off the flower stalks and used those onions first. They will not keep, so they are going into everything this month.
What I will do next year
Plant later, and try heat-treated sets, which are supposed to be less likely to bolt. I will report back.
Posted in Onions, Mistakes | Tagged bolting, red onions, sets | Comments Off
Comments are closed.
« Broad beans at last
Netting the brassicas »
Search
Recent Posts
Netting the brassicas
Why my onions bolted this year, and what I am trying next
Broad beans at last
Archives
July 2012
June 2012
May 2012
April 2012
Categories
Beans
Brassicas
Mistakes
Onions
Meta
Log in
Entries RSS
Proudly powered by WordPress.
"""


def test_readers_lines_after_a_related_heading_are_comments_not_its_headlines():
    # "RELATED:" as the seed's "MORE ON THE TOPIC:": what follows reads as readers, not as a list of other stories
    comments = ["Typical. They find money for consultants and new signs but not for this.",
                "Fewer visits because you cut the opening hours to nothing. Shameful.",
                "@ Dave everybody who can't afford broadband, you absolute muppet"]
    page = segment(BUDGET_STORY + "\nRELATED:\n" + "\n".join(comments) + "\n", format="text")
    assert [c.text for c in page.comments] == comments


def test_a_numbered_threads_names_under_their_numbers_open_their_comments():
    thread = "3 Responses\n1. Ros\nJune 14, 2011 at 9:02 pm\nBeer traps! Sink a yoghurt pot into the soil and fill it with lager.\n" \
             "2. Greenfingers Gail\nJune 16, 2011 at 1:17 pm\nNematodes worked wonders for me last year.\n"
    page = segment(BUDGET_STORY + "\n" + thread, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Ros", "June 14, 2011 at 9:02 pm", "Beer traps! Sink a yoghurt pot into the soil and fill it with lager."),
        ("Greenfingers Gail", "June 16, 2011 at 1:17 pm", "Nematodes worked wonders for me last year.")]


def test_a_label_over_a_date_or_an_answer_is_no_commenter():
    # a related story's "Published" over its date, a briefing's "Question" and "Answer" over their words
    related = "Related Topics\nMore on this story\nDarfur survivors speak\nPublished\n2 October 2019\nIran breaches deal limits\n" \
              "Published\n20 October 2019\n"
    briefing = "Question\nWill the ministry respond to the sanctions?\nAnswer\nWe will respond in due course.\nQuestion\nThank you.\n"
    for tail in (related, briefing):
        page = segment(BUDGET_STORY + "\n" + tail, format="text")
        assert all(c.author not in ("Published", "Question", "Answer") for c in page.comments), tail


NUMBERED_ESSAY = """What a year of cold showers taught me
Last January I promised myself I would end every shower with sixty seconds of cold water, every single day, and I honestly did not expect to last until February, but here we are.
I didn't miss a day. Here's what I learned.
1. The first week is the worst, and then it isn't.
My whole body argued with me for days. I swore at the tap. Then one morning I noticed I'd stopped dreading it.
2. Counting out loud helps more than you'd think.
Sixty seconds is long. I count in tens and breathe out on every ten. It works, I promise.
3. It did not change my life, and that's fine.
I'm not calmer or richer. I'm just someone who can stand under cold water for a minute.
4. You don't have to do it.
Honestly, I'm stopping on Sunday. See you out there.
"""


def test_a_storys_numbered_points_keep_its_chatty_paragraphs_in_the_story():
    # a first-person essay in numbered points, its paragraphs short and chatty: no thread before its last point
    page = segment(NUMBERED_ESSAY, format="text")
    assert page.comments == []
    assert page.article.text.endswith("See you out there.")
    # a thread printed as a numbered list, one comment to a number, is still the thread
    thread = ["1. Typical council, all talk and no money", "2. They found money for the new signs though",
              "3. Shut the lot of them down and start again", "4. At least somebody is reporting on it"]
    page = segment(BUDGET_STORY + "\nCOMMENTS:\n" + "\n".join(thread) + "\n", format="text")
    assert [c.text for c in page.comments] == thread


def test_a_storys_timeline_of_dated_events_is_no_thread():
    # "DATE - WHAT" reads like "TIME - NAME" bylines, but three in a row with no words between are the story's list
    timeline = "North Korea's missile tests this year:\nFeb 12 - Pukguksong-2 medium-range missile\n" \
               "May 14 - Hwasong-12 intermediate-range missile\nJuly 4 - Hwasong-14 ICBM\nNov 29 - new ICBM\n"
    page = segment(BUDGET_STORY + "\n" + timeline, format="text")
    assert page.comments == []
    assert page.article.text.endswith("Nov 29 - new ICBM")


def test_a_transcripts_question_and_answer_labels_name_no_writer():
    from moderator.segment import Comment
    from moderator.segment.text import inline_authors

    comments = inline_authors([Comment(index=0, text="Question: Will the sailors be exchanged?"),
                               Comment(index=1, text="Answer: That is a matter for the court.")])
    assert [(c.author, c.text) for c in comments] == [(None, "Question: Will the sailors be exchanged?"),
                                                      (None, "Answer: That is a matter for the court.")]


def test_a_posts_tags_one_per_line_are_no_comments():
    # WordPress themes print "Tags:" and then each tag on its own line, lower case or not
    page = segment(BUDGET_STORY + "\nTags:\nCastell\nindustrial action\nports\nUK\n", format="text")
    assert page.comments == []


def test_a_blogs_sidebar_after_its_closed_thread_gives_no_comments():
    # the post's own title again in "Recent Posts", an archive's months one per line: the sidebar, not a thread
    page = segment(CLOSED_POST, format="text")
    assert page.comments == []
    assert "Plant later, and try heat-treated sets" in page.article.text


FILED_POST = """Why my onions bolted this year, and what I am trying next
June 14, 2012
Well, it finally happened. I went down after work on Tuesday and half of the red onions had thrown up flower stalks overnight, which is the first time in six years of growing them that I have lost more than a handful to bolting.
I think the culprit was the cold snap in April. The sets went in early because the ground was workable, and then we had a week of frosts, and onions that get a cold shock after they start growing tend to decide it is time to flower.
What I did about it
I snapped off the flower stalks and used those onions first. They will not keep, so they are going into everything this month!
What I will do next year
Plant later, and try heat-treated sets, which are supposed to be less likely to bolt. I will report back x
Posted in Onions, Mistakes | Tagged bolting, red onions, sets
same thing happened to mine, I blame the april frosts too
Heat treated sets are worth it, I switched three years ago and have not lost one since.
you could try growing from seed instead, they bolt far less in my experience
"""


@pytest.mark.parametrize("row", ["Posted in Onions, Mistakes | Tagged bolting, red onions, sets", "#onions #bolting #allotment",
                                 "Share this:", "Edited by: Martin Kuebler", "(Reporting by Jo Adams; Editing by Sam Lee)"])
def test_comments_begin_after_the_storys_filing_row(row):
    # a chatty post (I, "x") whose filing row, "Posted in ... | Tagged ..." or its hashtags, closes it: its readers write
    # after that row
    page = segment(FILED_POST.replace("Posted in Onions, Mistakes | Tagged bolting, red onions, sets", row), format="text")
    assert [c.text for c in page.comments] == [
        "same thing happened to mine, I blame the april frosts too",
        "Heat treated sets are worth it, I switched three years ago and have not lost one since.",
        "you could try growing from seed instead, they bolt far less in my experience"]
    assert "I will report back x" in page.article.text


CHATTY_COLUMN = """Why I think the new stadium plan is a mistake
By Sam Reid
The club confirmed on Monday that it will leave its 110-year-old ground for a 40,000-seat stadium on the edge of town, at a cost the board puts at £310 million.
Supporters' groups were told about the plan at a meeting on Sunday night, and several left before the presentation had finished.
I have been going to the old ground since I was six. I know that is not an argument, and I know the toilets are a disgrace.
But I honestly think we will regret this, and I think most of you do too.
Share this:
Facebook
X
"""
WIDGET_THREAD = """3 Comments
Login
Sort by Best
Newest
jimbo_77 • 3 hours ago
Spot on. They will never fill 40,000 on a wet Tuesday.
Reply • Share ›
Carla M • 2 hours ago
The old place is falling apart, something had to change.
Reply • Share ›
OldStander • an hour ago
Board out.
Reply • Share ›
"""


def test_a_thread_heading_over_its_widgets_furniture_still_opens_the_thread():
    # "3 Comments" and then "Login", "Sort by Best", "Newest": the heading still says where the thread begins, so the
    # column's chatty last paragraphs stay the column's and each name keeps its own words
    page = segment(CHATTY_COLUMN + WIDGET_THREAD, format="text")
    assert [(c.author, c.text) for c in page.comments] == [
        ("jimbo_77", "Spot on. They will never fill 40,000 on a wet Tuesday."),
        ("Carla M", "The old place is falling apart, something had to change."), ("OldStander", "Board out.")]
    assert page.article.text.endswith("and I think most of you do too.")


INVITING_STORY = """Council approves four-day bin collections from April
The council's cabinet voted on Wednesday to move general waste collections from weekly to every four weeks from April, saying the change would save £1.2 million a year.
Recycling will still be collected every week, and households with six or more people can apply for a larger bin, the council said in a statement.
Opposition councillors said the plan had been rushed through without a proper consultation, and a petition against it has gathered more than 3,000 signatures.
The first collections under the new timetable will take place on April 7.
Will the change work for your household? Let us know in the comments below.
Four weeks? The foxes will be having a party
We already struggle with weekly. This is madness
Good. Most people don't recycle properly anyway
"""


def test_a_story_that_asks_its_readers_to_answer_ends_where_they_do():
    page = segment(INVITING_STORY, format="text")
    assert [c.text for c in page.comments] == ["Four weeks? The foxes will be having a party",
                                               "We already struggle with weekly. This is madness",
                                               "Good. Most people don't recycle properly anyway"]
    assert page.article.text.endswith("Let us know in the comments below.")


CORAL_THREAD = """Comments
Join the conversation. Community guidelines
Sort by Newest
bayrider22
3 hours ago
I take the 41 to the college four days a week. Without it my commute doubles.
Reply
Share
Report
Respect 18
M. Hoang
2 hours ago
In reply to bayrider22
Same here, and the 9 is the only bus that reaches the medical center.
Reply
Share
Report
Respect 6
"""


def test_a_thread_whose_first_words_are_its_widgets_note_pairs_each_name_with_its_own_comment():
    # the note over the thread comes before the first name; the names still open their comments (each is closed by its
    # action row, Coral's "Respect 18" among them)
    page = segment(BUDGET_STORY + "\n" + CORAL_THREAD, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments][-2:] == [
        ("bayrider22", "3 hours ago", "I take the 41 to the college four days a week. Without it my commute doubles."),
        ("M. Hoang", "2 hours ago", "Same here, and the 9 is the only bus that reaches the medical center.")]
    assert page.comments[-1].parent == page.comments[-2].index


FACEBOOK_THREAD = """Add a comment...
Jessica Moreno · Works at Starbucks
Noooo they were literally my favorite couple this year is cursed
Like · Reply · 14 · Mar 3, 2014 6:41pm
Tanya Fields · Top Commenter · University of Florida
Jessica then why did you click on it lol
Like · Reply · 9 · Mar 3, 2014 7:05pm
Kevin O'Rourke · Boston, Massachusetts
Publicity stunt before the new season, watch.
Like · Reply · 3 · Mar 3, 2014 8:02pm
Facebook social plugin
"""


def test_facebooks_plugin_names_each_commenter_over_what_their_profile_says():
    page = segment(BUDGET_STORY + "\n" + FACEBOOK_THREAD, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Jessica Moreno", "Mar 3, 2014 6:41pm", "Noooo they were literally my favorite couple this year is cursed"),
        ("Tanya Fields", "Mar 3, 2014 7:05pm", "Jessica then why did you click on it lol"),
        ("Kevin O'Rourke", "Mar 3, 2014 8:02pm", "Publicity stunt before the new season, watch.")]


TABLOID_THREAD = """Comments 642
Share what you think
The comments below have not been moderated.
Newest
Best rated
Worst rated
Only six? Shut the whole embassy down and send the lot of them home.
Sid Harrow, Basildon, United Kingdom, 2 hours ago
Click to rate
2341
Well done to the engineer who reported it. More of that please.
Clare_B, Oxford, United Kingdom, 1 hour ago
Click to rate
88
"""


def test_a_tabloids_bylines_under_each_comment_name_the_reader_where_they_write_from_and_when():
    page = segment(BUDGET_STORY + "\n" + TABLOID_THREAD, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Sid Harrow", "2 hours ago", "Only six? Shut the whole embassy down and send the lot of them home."),
        ("Clare_B", "1 hour ago", "Well done to the engineer who reported it. More of that please.")]


STORY_AROUND_THREAD = """Chancellor's welfare bill: MP quits party over disability cuts
The MP for Wakefield East has resigned the party whip over the government's plan to cut disability benefits, saying she could not vote for a bill that would push thousands of her constituents into poverty, she said in a letter on Tuesday.
Downing Street said it was disappointed by the decision but that the reforms were fair, necessary and long overdue, a spokesman said.
What readers are saying
northernlass
4h
Respect to her. At least one of them has a backbone.
👍 112
👎 9
Colin Haigh
3h
Resign your seat then and call a by-election, people voted for the party not for her.
👍 46
👎 30
Story continues below
Government whips are understood to be confident that the bill will pass its second reading next week despite the rebellion, according to two people familiar with the count.
"""


def test_a_thread_set_inside_the_story_ends_with_its_last_comments_action_row():
    # OpenWeb's "NAME / 4h / text / 👍 / 👎": the story's second part after the thread is not the last comment's
    page = segment(STORY_AROUND_THREAD, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("northernlass", "4h", "Respect to her. At least one of them has a backbone."),
        ("Colin Haigh", "3h", "Resign your seat then and call a by-election, people voted for the party not for her.")]


@pytest.mark.xfail(strict=True, reason="known limit: a short post written in a reader's voice (I, you, 'x Jen') "
                   "reads as one-per-line comments after its first paragraph when no marker says otherwise")
def test_a_blogs_byline_over_its_chatty_first_paragraph_opens_no_thread():
    # a personal post in the first and second person, its byline under the title: all of it the story
    post = """My lazy weekend sourdough (no stretch and folds, I promise)
Posted by Jen on 2 May 2020
Okay, so half of you have started a sourdough starter in the last six weeks and the other half are pretending you have not, and I love all of you equally, so here is the recipe I actually make every weekend.
It is not the fanciest loaf you will ever bake. There is no lamination and no fuss, and you only touch the dough three times over the whole weekend, which suits my life and probably yours.
Let it cool for an hour before cutting. I know. I know. But it is still cooking inside.
Happy baking! x Jen
Newer Post Older Post Home"""
    page = segment(post + "\n", format="text")
    assert page.comments == []
    assert "Posted by Jen on 2 May 2020" in page.article.text and page.article.text.endswith("Happy baking! x Jen")


@pytest.mark.parametrize("line, kind", [("About us · Contact · Write for us · Privacy · Cookies", "boiler"),
                                        ("Tweet Share on Facebook Email this", "boiler"), ("Sign in to join the conversation.", "boiler"),
                                        ("Email this to your MP, everyone", "content"), ("Like Loading...", "boiler"),
                                        ("Respect 18", "meta"), ("I respect 18 year olds", "content"), ("London · Paris", "content"),
                                        ("Please enable JavaScript to view the comments powered by Disqus.", "boiler"),
                                        ("<< Previous: Why we chose a tiny team    Next: Penguin is out >>", "boiler"),
                                        ("Next: they will tax the air we breathe", "content"), ("━━━━━━━━━━━━", "boiler"),
                                        ("[Log in] [Sign up]", "boiler"), ("[deleted]", "content"), ("🔥🔥🔥", "content"),
                                        ("Log in or create an account to join the discussion.", "boiler"), ("Add a comment...", "boiler"),
                                        ("Posting as Guest", "boiler"), ("View all", "boiler"), ("Your comment", "boiler"),
                                        ("View 1 more reply", "boiler"), ("Gary Foust · Owner at Foust Feed & Seed", "meta"),
                                        ("Home · News at Ten", "content"), ("Your Ad Choices", "boiler"), ("Sitemap", "boiler"),
                                        ("Do Not Sell My Data", "boiler"), ("Add Disqus to your site", "boiler"), ("Tags", "boiler"),
                                        ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", "boiler"),
                                        ("Please enter the code shown", "boiler"), ("PLEASE TURN OFF YOUR CAPS LOCK.", "boiler"),
                                        ("This entry was posted in Family and tagged dad, phones. Bookmark the permalink.", "boiler"),
                                        ("You may not post replies", "boiler"), ("All times are GMT. The time now is 11:58 PM.", "boiler"),
                                        ("Powered by vBulletin® Version 4.2.2", "boiler"), ("Powered by coffee, I read every word", "content"),
                                        ("« Broad beans at last", "boiler"), ("Send us your feedback", "boiler"),
                                        ("Skip next section Related topics", "boiler"), ("Back to school, again →", "boiler"), ("•Reply•Share ›", "meta"),
                                        ("The Association is not responsible for the content of members' posts.", "boiler"),
                                        ("We are no longer accepting comments on this article.", "boiler"),
                                        ("The comments below have been moderated in advance.", "boiler"), ("Posting as a mother of three, I think", "content"),
                                        ("1.  Dan Whitfield says:", "meta"), ("2. I could not disagree more", "content"),
                                        ("Terms | Privacy Policy | Cookie Settings", "boiler"),
                                        ("Responder · Me gusta · Denunciar", "meta"), ("Reply · Like · Report", "meta")])
def test_a_row_of_links_is_furniture_and_a_comments_actions_stay_its_actions(line, kind):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert probe.kind == kind


@pytest.mark.parametrize("line, kind, author", [
    ("Brenda Collins · Pine Hollow High School", "meta", "Brenda Collins"),  # Facebook's plugin: the school the profile names
    ("Complain about this comment (Comment number 4)", "meta", None),  # the BBC's
    ("Recommended by 98 Readers", "meta", None),  # the Times's
    ("Your town:", "boiler", None),  # a comment form's labels
    ("Comments are moderated and may take up to 24 hours to appear. The Gazette reserves the right to remove them.", "boiler", None),
    ("[image]", "boiler", None),  # a text browser's picture: an avatar
    ("Agree (14) Disagree (2) Recommend Offensive", "meta", None),  # an Indian daily's
    ("Avatar", "boiler", None), ("•", "boiler", None),  # a copied widget's picture and separator
    ("Junior Member", "boiler", None), ("Join Date: Feb 2010", "boiler", None), ("Posts: 38", "boiler", None),  # a forum's poster box
    ("Sign in or create your account to join the discussion", "boiler", None),
    ("Hawkesbury Local acknowledges the Traditional Owners of the land on which we work.", "boiler", None),  # an Australian site's footer
    # a thread's rules and sign-in notes, however long
    ("The Star-Gazette is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant.", "boiler", None),
    ("You must be logged in to join the discussion or read more comments.", "boiler", None),
    ("Be the first to share what you think!", "boiler", None),
    ("This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.", "boiler", None),
])
def test_lines_of_comment_widgets_and_forms(line, kind, author):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author) == (kind, author)


def test_a_most_popular_list_after_the_thread_is_no_comment():
    # (its headlines hold abbreviations and dates: "Harlan Co. man ...", "School closings for Thursday, Feb. 20")
    thread = ("2 comments\nHannah Cole\n3 hours ago\n{0}\nReply\nTomasz\n2 hours ago\n{1}\nReply\nMost Popular\n"
              "Harlan Co. man charged in string of church break-ins\nSchool closings for Thursday, Feb. 20\n"
              "Winter Storm Watch issued for the Tri-County area\n")
    page = segment(STORY_LINES + thread.format(*READER_TEXTS), format="text")
    assert [c.text for c in page.comments] == READER_TEXTS[:2]


def test_formal_comments_under_a_threads_heading_and_their_bylines_stay_comments():
    # (an engineer's or a scientist's comment reads like a report, but the heading and its byline say whose it is)
    formal = ["The department's own figures show the internal load is between 12 and 18 per cent during the stratified period, "
              "according to the 2016 paper, and considerably lower when averaged over the year and the whole lake.",
              "The provincial government committed 25 million dollars in 2012, the ministry reported, but the agency has "
              "spent less than 40 percent of it, the committee confirmed in its annual statement to the legislature.",
              "Officials said in 2019 that the treatment plant upgrade would cost 1.8 billion dollars; the court record shows "
              "the city announced a delay, and the secretary of the board explained it was awaiting federal funding."]
    thread = ("3 Comments\nJoin the discussion…\nHarold Wiebe • 2 years ago\n{0}\n18 • Reply • Share ›\n"
              "M. Desjardins • 2 years ago\n{1}\n9 • Reply • Share ›\nCorinne F • 2 years ago\n{2}\n11 • Reply • Share ›\n")
    page = segment(STORY_LINES + thread.format(*formal), format="text")
    assert page.article.text.split("\n") == STORY_LINES.strip().split("\n")[1:]
    assert [c.text for c in page.comments] == formal


def test_a_thread_whose_bylines_follow_the_words_keeps_its_first_comments_words():
    # (the first comment reads as dry as the story, and only its byline, under it, says it is a reader's)
    dry = ["The council said the scheme cost four thousand dollars and the library reported two hundred members in its first week.",
           "Great idea, but the opening hours are far too short for anyone who works."]
    thread = ("{0}\nPosted by Jodie at 6:42 PM\n{1}\nPosted by Alistair W at 8:03 PM\nHave your say\nYour name\nComment\nSubmit\n")
    page = segment(STORY_LINES + thread.format(*dry), format="text")
    assert page.article.text.split("\n") == STORY_LINES.strip().split("\n")[1:]
    assert [(c.author, c.text) for c in page.comments] == [("Jodie", dry[0]), ("Alistair W", dry[1])]


@pytest.mark.parametrize("thread", ["", "2 comments\nHannah Cole\n3 hours ago\n{0}\nReply\nTomasz\n2 hours ago\n{1}\nReply\n"])
def test_a_poll_under_the_story_is_the_storys_and_no_comment(thread):
    poll = ("READER POLL\nShould the library lend seeds all year round?\nYes, gardeners need them in every season\n"
            "No, spring is enough\nOnly to members\nVote\nView results\n1,284 votes\nShare this article\n")
    page = segment(STORY_LINES + poll + thread.format(*READER_TEXTS), format="text")
    assert [c.text for c in page.comments] == READER_TEXTS[:2] if thread else page.comments == []
    assert "Should the library lend seeds all year round?" in page.article.text.split("\n")


@pytest.mark.parametrize("line, to", [("Response to fredbloggs1955, 9:41am", "fredbloggs1955"), ("In reply to Dave.", "Dave"),
                                      ("Replying to Hannah Cole", "Hannah Cole")])
def test_a_line_naming_whom_a_reply_answers_names_no_writer(line, to):
    from moderator.segment.text import Line, classify_line

    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author, probe.reply_to) == ("meta", None, to)


def test_the_writers_own_reply_signed_with_its_clock_is_a_comment_not_the_storys_sign_off():
    thread, expected = COPIED_THREADS["signed and dated"]
    page = segment(STORY_LINES.replace("\n", "\nBy Ana Ortiz\n", 1) + thread.format(*READER_TEXTS), format="text")
    assert [(c.author, c.time, c.parent) for c in page.comments] == expected
    assert [c.text for c in page.comments] == READER_TEXTS


def test_comments_signed_with_a_bare_name_over_their_action_row_stay_apart():
    # (a blog's thread where one reader signs "-- Tom" and the others only their names: each "Reply" closes a comment)
    thread = ("3 comments\n{0}\nHappy birthday Brian!\nxx Mel\nReply\n{1}\n-- Tom\nReply\n{2}\nJoanne\nReply\nLeave a comment\n"
              "Your email address will not be published.\n")
    page = segment(STORY_LINES + thread.format(*READER_TEXTS), format="text")
    assert [c.text for c in page.comments] == [f"{READER_TEXTS[0]}\nHappy birthday Brian!\nxx Mel", READER_TEXTS[1],
                                               f"{READER_TEXTS[2]}\nJoanne"]
    assert [c.author for c in page.comments] == [None, "Tom", None]


def test_a_readers_line_ending_in_a_colon_under_the_threads_heading_is_still_the_readers():
    # (on a page set out in blocks, the block under a story's "... include:" is the story's list, but under the thread's
    # heading a reader's "The fix is here:" over a link is that reader's)
    story = "\n\n".join(STORY_LINES.strip().split("\n"))
    thread = ("\n\nUser comments (2)\n\nThe wifi dropped out on mine every hour. The fix is here:\nhttp://support.example.com/drivers/wlan/v2.1\n"
              "Fixed it for me.\n— Ravi, 12 Mar 2009 15:40\n\n{0}\n— Dave, 12 Mar 2009 16:02\n\nAdd your comment\n")
    page = segment(story + thread.format(READER_TEXTS[2]), format="text")
    assert [c.author for c in page.comments] == ["Ravi", "Dave"]
    assert page.comments[0].text.startswith("The wifi dropped out")


def test_two_commenters_bylines_with_their_clocks_open_a_thread_of_formal_comments_without_a_heading():
    # (no heading, and comments that read like the story; each commenter's name over its date and clock says whose)
    formal = ["The department's own figures show the internal load is between 12 and 18 per cent during the stratified period, "
              "according to the 2016 paper, and considerably lower when averaged over the year and the whole lake.",
              "The provincial government committed 25 million dollars in 2012, the ministry reported, but the agency has "
              "spent less than 40 percent of it, the committee confirmed in its annual statement to the legislature."]
    thread = "Thomas R. Whitaker\nOctober 4, 2013 at 6:12 pm\n{0}\nDenise Harper-Lowe\nOctober 4, 2013 at 8:47 pm\n{1}\n"
    page = segment(STORY_LINES + thread.format(*formal), format="text")
    assert page.article.text.split("\n") == STORY_LINES.strip().split("\n")[1:]
    assert [(c.author, c.text) for c in page.comments] == [("Thomas R. Whitaker", formal[0]), ("Denise Harper-Lowe", formal[1])]
