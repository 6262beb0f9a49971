"""Plain-text copies of comment widgets and of local papers' pages: a forum's member cards, Disqus's avatars, dots and
reply arrows, Coral's badges, obituary guest books, closed threads, sign-in notes and fact boxes. Each of these read
wrongly before (names lost to the card or badge between them and the time, a reply's parent read as its writer,
furniture and fact-box rows read as comments)."""

from moderator.segment import segment

STORY = ("Councillors voted seven to four on Tuesday night to introduce Sunday parking charges in the town centre from "
         "April, despite a consultation in which 68 per cent of respondents opposed the plan, the council said.")


def _page(lines: list[str]):
    return segment("\n".join(lines).encode("utf-8"), format="text")


def _bylines(page) -> list[tuple]:
    return [(c.author, c.time, c.parent) for c in page.comments]


def test_a_forums_member_cards_name_each_post_and_stay_out_of_its_text():
    page = _page([
        "Town held by late equaliser",
        STORY,
        "SUPPORTERS' COMMENTS (2)",
        "#1",
        "Gaz_CTFC",
        "Season Ticket Holder",
        "Posts: 1,203",
        "Sat 9 Mar 2024 17:42",
        "Gutted. We were the better side for 90 minutes and switched off for 30 seconds.",
        "Quote    Report",
        "#2",
        "Tanner_Tom",
        "Regular",
        "Posts: 412",
        "Sat 9 Mar 2024 17:58",
        "Second penalty was a stonewall pen.",
        "Quote    Report",
        "To post a comment you must be logged in to the Fans' Forum. Log in | Register",
    ])
    assert _bylines(page) == [("Gaz_CTFC", "Sat 9 Mar 2024 17:42", None), ("Tanner_Tom", "Sat 9 Mar 2024 17:58", None)]
    assert [c.text for c in page.comments] == [
        "Gutted. We were the better side for 90 minutes and switched off for 30 seconds.", "Second penalty was a stonewall pen."]


def test_a_copied_disqus_thread_reads_its_names_past_the_dots_and_its_replies_parents():
    page = _page([
        "Sunday parking charges approved",
        STORY,
        "12 Comments",
        "Sort by Best",
        "−",
        "Avatar",
        "Dave Pritchard",
        "•",
        "3 hours ago",
        "So they want us to pay to go to a high street that has nothing on it except charity shops.",
        "14",
        "•",
        "Reply",
        "•",
        "Share ›",
        "−",
        "Avatar",
        "Sue H",
        "Dave Pritchard",
        "•",
        "2 hours ago",
        "There's a brilliant bakery and the card shop, Dave.",
        "9",
        "•",
        "Reply",
        "Avatar",
        "Jordan Pace  Sue H",  # (another copy keeps the two names on one line, the arrow's place two spaces)
        "Mod",
        "• 1 hour ago",
        "Please keep it about the parking, folks.",
        "53 ^ | v • Reply • Share ›",
    ])
    assert _bylines(page) == [("Dave Pritchard", "3 hours ago", None), ("Sue H", "2 hours ago", 0), ("Jordan Pace", "1 hour ago", 1)]
    assert [c.text for c in page.comments[1:]] == ["There's a brilliant bakery and the card shop, Dave.", "Please keep it about the parking, folks."]


def test_badges_and_avatar_initials_between_a_name_and_its_time_are_neither_names_nor_words():
    page = _page([
        "Sunday parking charges approved",
        STORY,
        "Comments",
        "B",
        "BinBaron",
        "Featured",
        "5h ago",
        "Two weeks of garbage sitting in a garage in July. Can't wait for the smell.",
        "Reply",
        "Like",
        "Hide 3 replies",
        "G",
        "greenthumb_Lori",
        "Subscriber",
        "4h ago",
        "If your garbage smells after two weeks that's because there's food in it.",
        "Reply",
    ])
    assert _bylines(page)[:2] == [("BinBaron", "5h ago", None), ("greenthumb_Lori", "4h ago", None)]
    assert page.comments[1].text == "If your garbage smells after two weeks that's because there's food in it."


def test_an_obituarys_empty_guest_book_has_no_entries():
    page = _page([
        "Mary Catherine MacIsaac",
        "Mary Catherine MacIsaac, 87, of Antigonish, passed away peacefully on Saturday, October 12, 2024, at St. "
        "Martha's Regional Hospital, surrounded by her family, after a short illness borne with her usual good humour.",
        "She is survived by her sons, John and Peter, and by eleven grandchildren.",
        "Visitation",
        "Wednesday, October 16, 2024",
        "2:00 PM - 4:00 PM, 7:00 PM - 9:00 PM",
        "Funeral Mass",
        "Thursday, October 17, 2024",
        "11:00 AM",
        "St. Ninian's Cathedral",
        "Add to Calendar",
        "The Funeral Mass will be livestreamed. Click here to view the livestream.",
        "Memories & Condolences",
        "0 Condolences",
        "There are no condolences yet. Be the first to share a memory of Cassie.",
        "Share a Memory",
        "Your Name",
        "Send a beautiful arrangement to the service or to the family home.",
        "Shop Now",
    ])
    assert page.comments == []


def test_a_closed_thread_without_any_name_under_it_is_empty_and_one_with_names_keeps_them():
    closed = [
        "Bridge to close for eight weeks",
        STORY,
        "Key dates",
        "Closure starts: Monday 23 September, 7am",
        "Walkway open: from Wednesday 25 September",
        "Expected reopening: Monday 18 November",
        "Comments",
        "Comments are closed for this article.",
        "Want to join the conversation? Please log in or register to comment on this article.",
        "Read more",
        "Man, 41, charged after police chase through Lanark",
        "Council tax freeze confirmed for Clyde Valley",
    ]
    page = _page(closed)
    assert page.comments == []
    assert "Expected reopening: Monday 18 November" in page.article.text  # (a fact box's row, not a byline)
    signed = _page([*closed[:7], "Comments are closed for this article.", "Jim Baird", "September 20, 2024 at 9:12 am",
                    "About time they fixed it."])
    assert _bylines(signed) == [("Jim Baird", "September 20, 2024 at 9:12 am", None)]


def test_a_platforms_credit_line_is_furniture_but_a_readers_powered_by_stays():
    page = _page([
        "Sunday parking charges approved",
        STORY,
        "Comments",
        "jdawson",
        "Mar 11, 2024 7:42pm",
        "Powered by coffee, I read every word of the consultation. Nobody listened.",
        "Powered by BLOX Content Management System from TownNews.com.",
    ])
    assert [c.text for c in page.comments] == ["Powered by coffee, I read every word of the consultation. Nobody listened."]


def test_a_tribute_walls_entries_keep_any_name_after_posted_by_and_its_events_are_no_entries():
    page = _page([
        "Walter 'Wally' J. Zielinski",
        "Walter J. Zielinski, 79, of Port Ashton, died November 30, 2023, at home, surrounded by his family. He worked "
        "forty years at the Port Ashton mill and coached Little League for three decades, the family said.",
        "Services",
        "Visitation",
        "Tuesday, December 5, 2023",
        "4:00pm - 8:00pm",
        "Tribute Wall",
        "Showing entries 1 - 10 of 17",
        "Condolence",
        "Posted by: Debbie and Rich Sowinski on 12/03/2023",
        "Deepest sympathy from your old neighbors on Elm St.",
        "Share",
        "Memory",
        "Posted by: Sue (Kovach) Harmon on 12/01/2023",
        "Uncle Wally, you were always so good to Mom and to all of us kids.",
        "Share",
    ])
    assert _bylines(page)[-2:] == [("Debbie and Rich Sowinski", "12/03/2023", None), ("Sue (Kovach) Harmon", "12/01/2023", None)]
    assert page.comments[-2].text == "Deepest sympathy from your old neighbors on Elm St."
    assert all(c.author != "Visitation" for c in page.comments)


def test_a_replys_quotation_of_an_earlier_comment_leaves_its_text_and_names_its_parent():
    page = _page([
        "Magistrates' court results",
        STORY,
        "Comments (3)",
        "Billy No Mates says...",
        "8:31am Tue 12 Mar 24",
        "Six weeks for £96 of meat but a suspended sentence for punching a copper.",
        "Score: 4",
        "Report this comment  Quote  Recommend",
        "Pippa_G says...",
        "8:40am Tue 12 Mar 24",
        '"Billy No Mates" wrote:',
        "Six weeks for £96 of meat",
        "Tilley should have gone straight inside.",
        "Score: 8",
        "Report this comment  Quote  Recommend",
        "Rod says...",
        "8:55am Tue 12 Mar 24",
        '"Billy No Mates" wrote:',
        "A record that nobody in this town will ever beat.",
        "Report this comment  Quote  Recommend",
    ])
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Billy No Mates", None, "Six weeks for £96 of meat but a suspended sentence for punching a copper."),
        ("Pippa_G", 0, "Tilley should have gone straight inside."),
        # (lines under the head that no earlier comment holds are the reply's own)
        ("Rod", None, '"Billy No Mates" wrote:\nA record that nobody in this town will ever beat.')]


def test_a_developer_blogs_code_and_its_giscus_thread():
    # (the post's code lines, lower case and unpunctuated, read as readers' lines before; the reactions over the thread
    # shifted every comment onto the next byline)
    page = _page([
        "Finding a memory leak in an asyncio service with tracemalloc",
        "A few weeks ago one of our internal services at work, a small asyncio app that fans out webhooks, started "
        "growing by about 40 MB an hour until the container was killed. This is how I tracked it down.",
        "The first question is whether the growth is in Python objects at all. I added this at startup:",
        "import tracemalloc",
        "tracemalloc.start(25)",
        "and a tiny debug endpoint that compares a snapshot with the previous one:",
        "snap = tracemalloc.take_snapshot()",
        "for s in stats[:10]:",
        "print(s)",
        "pending.add(task)",
        "The fix was one line: discard each task from the set when it is done.",
        "12 reactions",
        "👍",
        "8",
        "❤️",
        "3",
        "2 comments · 1 reply",
        "– powered by giscus",
        "@mkowalski",
        "mkowalski commented Mar 3, 2024",
        "Great write-up. One thing I'd add: gc.get_referrers() on one of the leaked objects is so useful.",
        "👍 5",
        "@ruthdev",
        "ruthdev Owner replied Mar 3, 2024",
        "Good call. We're still on 3.10 for that service, unfortunately.",
        "Write a reply",
        "@tomasz-p",
        "tomasz-p commented Mar 11, 2024",
        "+1",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("mkowalski", "Mar 3, 2024", "Great write-up. One thing I'd add: gc.get_referrers() on one of the leaked objects is so useful."),
        ("ruthdev", "Mar 3, 2024", "Good call. We're still on 3.10 for that service, unfortunately."),
        ("tomasz-p", "Mar 11, 2024", "+1")]
    assert "pending.add(task)" in page.article.text and "The fix was one line" in page.article.text


def test_a_recipe_blog_that_says_it_has_no_comments_yet_in_a_longer_sentence():
    page = _page([
        "Brown butter miso banana bread",
        "This loaf has been on repeat in our kitchen all autumn. The brown butter and white miso make it taste like "
        "salted caramel without any of the fuss, and it keeps for days wrapped on the counter, my editor says.",
        "Bake for 55 to 65 minutes, until a skewer comes out with a few moist crumbs.",
        "Leave a Comment",
        "Your email address will not be published. Required fields are marked *",
        "Recipe Rating",
        "☆☆☆☆☆",
        "No comments yet. Be the first to share how yours turned out!",
        "Hi, I'm Maya!",
        "I develop recipes for curious home bakers from my tiny kitchen in Minneapolis.",
        "Made with ♥ in Minneapolis",
    ])
    assert page.comments == []


def test_a_xenforo_threads_member_cards_are_furniture_and_each_post_is_signed_under_its_words():
    page = _page([
        "Stuck at 1.030 on my first all-grain brown ale - what now?",
        "Discussion in 'Fermentation & Yeast' started by hopfen_haley, Feb 2, 2025.",
        "Hi all, long-time lurker, first proper post. I did my first all-grain batch two weeks ago and it has been stuck "
        "at 1.030 for five days now, with the spare bedroom at about 16 degrees since the cold snap.",
        "Is it worth trying to rescue, or should I just bottle it as a sweet brown ale and learn from it?",
        "hopfen_haley, Feb 2, 2025",
        "Like Reply",
        "Stout_Steve",
        "Well-Known Member",
        "Joined:",
        "Mar 4, 2013",
        "Messages:",
        "6,921",
        "Location:",
        "Sheffield",
        "#2",
        "Classic case. Your mash was too hot and the room is too cold. Move it somewhere warmer.",
        "Stout_Steve, Feb 2, 2025",
        "Like Reply",
        "hopfen_haley, BarleyBarry and GingerBeardGavin like this.",
        "BarleyBarry",
        "Member",
        "Joined:",
        "Jun 19, 2021",
        "Messages:",
        "412",
        "#3",
        "What Steve said. Also calibrate that thermometer in boiling water.",
        "BarleyBarry, Feb 2, 2025",
        "Like Reply",
    ])
    assert [(c.author, c.time, c.text) for c in page.comments][-2:] == [
        ("Stout_Steve", "Feb 2, 2025", "Classic case. Your mash was too hot and the room is too cold. Move it somewhere warmer."),
        ("BarleyBarry", "Feb 2, 2025", "What Steve said. Also calibrate that thermometer in boiling water.")]


def test_a_tabloids_rating_rows_are_no_comments():
    page = _page([
        "Neighbours at war over 40ft leylandii hedge",
        STORY,
        "212 shares",
        "Share or comment on this article:",
        "Comments 212",
        "Share what you think",
        "Newest",
        "Best rated",
        "Davo, Leeds, United Kingdom, 2 hours ago",
        "Leylandii should be banned. Worst tree ever invented.",
        "Click to rate",
        "Rating",
        "312",
        "Rating",
        "9",
        "Reply",
        "Sandra_in_Spain, Alicante, Spain, 2 hours ago",
        "Seven years! The council should have sorted this out years ago.",
        "Click to rate",
        "Rating",
        "187",
        "Reply",
    ])
    assert [(c.author, c.text) for c in page.comments] == [
        ("Davo", "Leylandii should be banned. Worst tree ever invented."),
        ("Sandra_in_Spain", "Seven years! The council should have sorted this out years ago.")]


def test_a_qa_sites_labels_and_badges_are_neither_names_nor_words():
    page = _page([
        "Why does my sourdough spread flat after shaping?",
        STORY,
        "asked Nov 19, 2023 at 21:47",
        "Jess Marlow",
        "233",
        "1 silver badge",
        "2 Answers",
        "23",
        "This answer is useful",
        "Accepted",
        "Yes, this is almost certainly under-fermentation. Use warm water and go by volume, not time.",
        "answered Nov 20, 2023 at 9:15",
        "Petr Novák",
        "3 gold badges 41 silver badges 77 bronze badges",
    ])
    # (which byline an answer takes, the one over it or the one under it, is left open: Stack Exchange signs under)
    assert [c.text for c in page.comments] == ["Yes, this is almost certainly under-fermentation. Use warm water and go by volume, not time."]
    assert page.comments[0].time == "Nov 20, 2023 at 9:15"


def test_one_thought_on_the_post_heads_its_thread():
    page = _page([
        "Somerset Seconds v Glamorgan Seconds, day three",
        STORY,
        "Posted in Second XI, Somerset",
        "Tagged Josh Pike, Glamorgan, Taunton Vale",
        "One thought on “Somerset Seconds v Glamorgan Seconds, Taunton Vale, day three: Pike's century sets up thrilling finish”",
        "",
        "Gerald Finch",
        "",
        "June 21, 2024 at 8:37 pm",
        "",
        "Was there for the last session. Pike is the real deal.",
        "",
        "Log in to Reply",
        "Leave a Reply",
        "You must be logged in to post a comment.",
    ])
    assert _bylines(page) == [("Gerald Finch", "June 21, 2024 at 8:37 pm", None)]
    assert page.comments[0].text == "Was there for the last session. Pike is the real deal."


def test_a_forums_titled_comments_and_their_re_replies():
    # (The Register's: name, time, then a title over each comment; "Re: <title>" answers the comment with that title)
    page = _page([
        "Council's ERP project runs three years late",
        STORY,
        "38 Comments",
        "This topic is closed for new posts.",
        "Anonymous Coward",
        "Wed 12 Jun 2024 10:41:12 GMT",
        "Excel: the final boss",
        "Every IT project eventually returns to a spreadsheet.",
        "Reply Icon",
        "Doctor Syntax",
        "Wed 12 Jun 2024 10:52:03 GMT",
        "Re: Excel: the final boss",
        "Excel is the only enterprise software that works.",
        "Reply Icon",
    ])
    assert [(c.author, c.parent) for c in page.comments] == [("Anonymous Coward", None), ("Doctor Syntax", 0)]
    assert page.comments[0].text == "Excel: the final boss\nEvery IT project eventually returns to a spreadsheet."


def test_a_broadcasters_thread_rules_and_closed_note_are_furniture():
    page = _page([
        "Halifax overnight parking ban to be reviewed",
        STORY,
        "To encourage thoughtful and respectful conversations, first and last names will appear with each submission.",
        "By submitting a comment, you accept that CBC has the right to reproduce and publish that comment.",
        "Commenting is now closed for this story.",
        "2 Comments",
        "Newest",
        "Rick Doucette",
        "4 hours ago",
        "4,100 tickets at $50. Do the math.",
        "Patricia Leblanc",
        "1 hour ago",
        "Good",
        "Footer Links",
        "©2024 CBC/Radio-Canada. All rights reserved.",
    ])
    assert [(c.author, c.text) for c in page.comments] == [("Rick Doucette", "4,100 tickets at $50. Do the math."),
                                                            ("Patricia Leblanc", "Good")]


def test_a_storys_feedback_widget_newsletter_box_and_owner_line_are_neither_comments_nor_story():
    # A health site's page without a thread: "Was this article helpful?" and its buttons, then a newsletter box, then
    # the footer's owner line; and a gadget site's form notes about display names. None of it is a reader's.
    page = _page([
        "A short walk after meals may blunt blood sugar spikes",
        STORY,
        "People who take insulin should talk with their doctor before changing their routine, the researchers said.",
        "Was this article helpful?",
        "Yes",
        "No",
        "Get our Healthy Living newsletter",
        "Science-backed tips for eating well and staying active, straight to your inbox.",
        "Sign me up",
        "Your privacy is important to us.",
        "You must confirm your public display name before commenting",
        "Please logout and then login again, you will then be prompted to enter your display name.",
        "HealthBeat is part of Northgate Media Group plc, an international media group and leading digital publisher.",
    ])
    assert page.comments == []
    for furniture in ("newsletter", "inbox", "Sign me up", "privacy", "display name", "Northgate Media"):
        assert furniture not in page.article.text
    assert "talk with their doctor" in page.article.text


def test_a_phpbb_thread_under_a_story_reads_post_by_guillemet_bylines_and_leaves_the_cards_and_subjects_out():
    # An aviation site's story with its forum thread under it, phpBB's shape: "Re: <topic>" over every post (the
    # software's default subject), "Post by NAME » DATE", the words, then the member's card ("Posts: 1432", "Joined:
    # <date>": the member's date, not the post's) and "Top"; a breadcrumb and the thread's paging above it.
    posts = [("Dougal_F", "Tue Mar 05, 2024 9:14 am", "End of an era. Flew the Inverness run on the T-72 more times than I can count."),
             ("skyhopper", "Tue Mar 05, 2024 10:02 am", "Not surprised. Parts for the T-72 have been a nightmare for years."),
             ("Marcus_R", "Tue Mar 05, 2024 10:48 am", "That's a bit of an exaggeration. It was four airframes out of eleven.")]
    lines = ["Skylark Air to retire T-72 turboprop fleet by 2026", STORY,
             "The airline said the seven jets would serve its busiest routes from the spring, a spokesman said.",
             "Discuss this article in the forums (3 replies)", "FORUMS › Airline News › Skylark Air to retire T-72 turboprop fleet by 2026",
             "Post Reply", "3 posts • Page 1 of 1"]
    for name, time, words in posts:
        lines += ["Re: Skylark Air to retire T-72 turboprop fleet by 2026", f"Post by {name} » {time}", words,
                  name, "Posts: 1432", "Joined: Thu Aug 18, 2011 7:02 pm", "Location: Inverness", "Top", ""]
    page = _page(lines)
    assert [(c.author, c.time, c.text) for c in page.comments] == posts


def test_a_thread_that_prints_each_name_over_the_readers_town_over_the_time_names_the_reader_not_the_town():
    # An Australian paper's "Conversation": "Bazza" / "Geelong" / "3 hours ago" / the words / "Reply" / the votes. The line
    # over the time is the town; the name is the line over it (read so where the page prints three bylines or more so).
    readers = [("Bazza", "Geelong", "3 hours ago", "$300 off the power bill while my bill went up $900 last year. Thanks for nothing."),
               ("Kerrie M", "Ballarat", "3 hours ago", "Mate it's $300 more than you had yesterday. Nobody said it would fix everything."),
               ("TruthTeller99", "Gold Coast", "2 hours ago", "Biggest spending budget in a decade and they call it responsible."),
               ("Doc in the bush", "Dubbo", "2 hours ago", "GP here. The incentive helps, but it does not cover what a consult costs.")]
    lines = ["Budget 2025: $300 power rebate for every household", STORY, "Conversation", "4 comments",
             "Sort by: Newest | Oldest | Most liked", ""]
    for name, town, time, words in readers:
        lines += [name, town, time, words, "Reply", "👍 41  👎 12", ""]
    page = _page(lines)
    assert [(c.author, c.time, c.text) for c in page.comments] == [(name, time, words) for name, _, time, words in readers]


def test_a_reply_that_opens_on_lines_quoted_with_a_greater_than_sign_leaves_them_out_and_answers_their_writer():
    # A science magazine's thread: the reply opens on "> " and words of the comment it answers (no "X wrote:" of its own in
    # its text), then its own words.
    page = _page(["Microbes that divide once every ten thousand years", STORY, "Comments (2)",
                  "Howard Pennick — 14 Oct 2023, 09:12",
                  "Genuinely mind-bending. In what sense is it alive rather than just very slowly falling apart?", "Reply | Flag",
                  "Dr. Ines Kovač — 14 Oct 2023, 11:40",
                  "> In what sense is it alive rather than just very slowly falling apart?",
                  "In the sense that it repairs itself, which is exactly what the team measured.", "Reply | Flag"])
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Howard Pennick", "Genuinely mind-bending. In what sense is it alive rather than just very slowly falling apart?", None),
        ("Dr. Ines Kovač", "In the sense that it repairs itself, which is exactly what the team measured.", 0)]


def test_an_engineering_blogs_sort_row_sign_in_note_and_post_author_badge():
    page = _page(["Why we moved our job queue into Postgres", STORY, "2 comments", "Sort: Best | Newest | Oldest",
                  "Sign in with GitHub or Google to comment. Markdown supported.",
                  "jmpagel", "4 Mar 2024, 15:40", "Did you look at any of the existing Postgres queue libraries first?", "Reply",
                  "Ines Achterberg", "Post author", "4 Mar 2024, 16:11", "We did! We evaluated two of them.", "Reply"])
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("jmpagel", "4 Mar 2024, 15:40", "Did you look at any of the existing Postgres queue libraries first?"),
        ("Ines Achterberg", "4 Mar 2024, 16:11", "We did! We evaluated two of them.")]
