"""How a plain-text story ends, and where its thread begins: live blogs' entries, letters' sign-offs, a story's
announced lists, Blogger's post footer. Each of these read as readers' lines before."""

import pytest

from moderator.segment import segment
from moderator.segment.text import Line, classify_line

LIVE_BLOG = """Valley Herald
News | Sport | Weather
Flood live: river peaks at Millbridge as homes evacuated
Updated 18:20, 3 February 2024
Follow our live coverage of the flooding across the valley.
18:15
That is all from the live blog today. The flood warning stays in place overnight and we will be back at 7am.
17:52
The Environment Agency says the river peaked at 4.2 metres at Millbridge, just below the 2007 record.
17:30
The Old Road between Millbridge and Harton is shut because water is over the carriageway in two places.
Picture: Sam Ellery
17:10
Thanks to everyone who has sent us pictures. Keep them coming, but please don't put yourselves in danger to get them!
16:58
Around 40 homes on Riverside Terrace were evacuated this afternoon and a rest centre has opened at the leisure centre.
16:45
Trains to the coast are running slowly. Expect delays of up to half an hour.
16:31
Good afternoon and welcome to our live coverage as the river rises after two days of heavy rain.
Previous
1
2
Next
{thread}"""

THREAD = """Dave Pollard • 2 hours ago
Riverside Terrace floods every five years and the council still lets them build there. Madness.
Reply • Share ›
Millbridge Mum • an hour ago
Thank you to the fire crews, they were out in it all afternoon.
Reply • Share ›"""


def test_a_live_blogs_timed_entries_are_its_story_and_its_thread_comes_after():
    # (no heading over the thread: only the entries' clocks alone tell them from its bylines)
    page = segment(LIVE_BLOG.format(thread=THREAD), format="text")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Dave Pollard", "Riverside Terrace floods every five years and the council still lets them build there. Madness."),
        ("Millbridge Mum", "Thank you to the fire crews, they were out in it all afternoon.")]
    assert "17:52\nThe Environment Agency says" in page.article.text and "16:45\nTrains to the coast" in page.article.text
    assert page.article.text.endswith("Good afternoon and welcome to our live coverage as the river rises after two days of heavy rain.")


def test_a_live_blog_without_a_thread_has_no_comments_and_its_page_numbers_are_no_votes():
    page = segment(LIVE_BLOG.format(thread="Terms of use\nPrivacy\nCookies"), format="text")
    assert page.comments == []
    assert "16:31\nGood afternoon" in page.article.text


NEWSLETTER = """Letter from the allotment, week twelve

Hello again from plot 14.

The rain finally stopped on Tuesday and I spent most of the week catching up on everything that had been sitting in puddles. The broad beans survived, the onions did not, and the shed roof is now officially a pond with walls.

I also want to say thank you to everyone who came to the seed swap last Saturday. We raised more than I expected for the tool fund, and somebody left a whole box of seed potatoes by the gate without a name on it.

Other jobs done this week:

I dug over the far bed and found my lost trowel.
I finally put the netting back on the brassicas.
I ate my lunch in the shed and listened to the rain, which was lovely.

Things I'm hoping for next week: sun, a new water butt, and no more slugs.

Until next week,
Margaret

Sunday 12 May 2024

P.S. Yes, I still have spare tomato plants. Come and get them.
"""


def test_a_letters_sign_off_and_its_announced_list_close_no_thread():
    page = segment(NEWSLETTER, format="text")
    assert page.comments == []
    assert "I dug over the far bed and found my lost trowel." in page.article.text
    assert page.article.text.endswith("P.S. Yes, I still have spare tomato plants. Come and get them.")


PARISH_LETTER = """A word from the parish priest
Dear friends,
This week we begin Lent together, and I want to thank everyone who helped clean the church hall on Saturday. We filled eleven bags and found the missing hymn books behind the stage.
The soup lunches will run every Friday from noon, and all are welcome whether or not you come to Mass.
Lord, in these forty days,
teach us to slow down.
Where we are hurried, give us rest.
Amen.
With every blessing,
Fr. Tomas
Ann Kelleher
12.02.2024 09:14
Lovely words Father, see you Friday.
Report
Gerry Fox
12.02.2024 11:40
Maybe fix the heating before asking people to sit in that hall for an hour.
Report
"""


def test_the_name_under_a_letters_valediction_signs_the_letter_and_the_thread_follows_it():
    page = segment(PARISH_LETTER, format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == [
        ("Ann Kelleher", "12.02.2024 09:14", "Lovely words Father, see you Friday."),
        ("Gerry Fox", "12.02.2024 11:40", "Maybe fix the heating before asking people to sit in that hall for an hour.")]
    assert page.article.text.endswith("With every blessing,\nFr. Tomas")


COLUMN = """Why I still keep a paper diary
By Maureen Doyle

Every January my daughter asks why I bother with a paper diary when my phone will remind me of everything, and every January I tell her the same thing: the phone remembers for me, and the diary makes me remember for myself. She rolls her eyes, which is her right.

I have kept one since 1979. They live in a shoebox under the stairs, forty-odd of them, and when I open one at random I find the price of bread, a row with my sister, the week the river froze and the night her father proposed in a car park because the restaurant was shut.

None of it is important. All of it is mine. That is the whole argument, and I have never managed to make it any shorter than that.

So this year, again, I bought the cheap one from the newsagent with the blue cover.

— Maureen Doyle
Ballina, January 2012

Maureen I have 31 of them in a biscuit tin and my son thinks I am mad too. Keep writing.

Lovely column. My mother burned hers before she died and I have never forgiven her for it.

I switched to the phone five years ago and I can't remember a single thing from those five years, so maybe you have a point.
"""


def test_the_columnists_signature_ends_the_column_and_the_lines_under_it_are_the_thread():
    # "— NAME" under the story, the name its byline gave, then its place and date: the column's sign-off, not a
    # commenter's name and time over the readers' lines that follow.
    page = segment(COLUMN, format="text")
    assert page.article.text.endswith("— Maureen Doyle\nBallina, January 2012")
    assert [c.text[:30] for c in page.comments] == ["Maureen I have 31 of them in a", "Lovely column. My mother burne",
                                                    "I switched to the phone five y"]
    assert all(c.author is None for c in page.comments)


TWEETS = """Council apologises for bin collection chaos
By Priya Shah
Published 2 hours ago
Residents across the east of the city have been left without a bin collection for three weeks after the council changed its rounds without telling the crews which streets had moved to which day.
The council said a software update had scrambled the new schedule and that extra lorries would run on Saturday and Sunday to clear the backlog.
Residents were quick to share their views online. Here is what some of them said:
@bins_of_leeds: three weeks. THREE. the foxes have started a union
@marjorie_h: I rang four times and got four different answers. Shambles.
@roundhay_dad: to be fair the crews were brilliant once they actually turned up
daveyboy
1 hour ago
Same every year, they change something that worked and then act surprised.
Reply
colin w
45 minutes ago
My street got done twice on Monday and not at all the week before, make it make sense
Reply
"""


def test_the_posts_a_story_quotes_under_its_colon_are_the_storys_and_the_thread_follows():
    # Tweets printed "@handle: text" under a story's "Here is what some of them said:" read like one-line replies;
    # on a page without blank lines they are still the story's, and the thread begins at the first commenter.
    page = segment(TWEETS, format="text")
    assert page.article.text.endswith("@roundhay_dad: to be fair the crews were brilliant once they actually turned up")
    assert [c.text[:25] for c in page.comments] == ["Same every year, they cha", "My street got done twice "]


def test_a_display_name_in_lower_case_over_its_time_names_the_commenter():
    # "colin w" reads like a short reply; over a time alone, after the last comment's action row, it is a name.
    page = segment(TWEETS, format="text")
    assert [(c.author, c.time) for c in page.comments] == [("daveyboy", "1 hour ago"), ("colin w", "45 minutes ago")]


INTERVIEW = """Five minutes with the woman who runs the last cinema in town
By Tom Hale
Margaret Ellis has run the Regal on Bridge Street for twenty-two years, through two floods, the arrival of the multiplex on the ring road and a pandemic that closed her doors for eleven months. We caught her between the matinee and the evening show.
How do you keep going?
Stubbornness, mostly. And the regulars. There is a man who has come every Tuesday since 1998 and sits in the same seat.
What about the multiplex?
It has fourteen screens and no soul. People come back to us when they want to feel like they went somewhere.
Does the building need work?
The roof needs forty thousand pounds I do not have. We are starting a fundraiser next month.
Last one. Favourite film?
Brief Encounter. Every time.
Thanks, Margaret.
My pleasure. Bring your friends.
"""

INTERVIEW_THREAD = INTERVIEW + """Good for her. Most cinema owners would have sold the site to a developer years ago.
The Regal ran a Hitchcock season in 2015 and it was the best month of films this town has had.
Forty grand for a roof is nothing, the council wastes more than that every month.
Brief Encounter!! Great choice Margaret x
"""


def test_an_interviews_questions_and_answers_and_its_closing_thanks_are_the_story():
    # Short questions and short answers in turn read like a thread of replies; three or more in a row are the story's
    # interview, down to the interviewer's thanks and the answer to them.
    page = segment(INTERVIEW, format="text")
    assert page.comments == []
    assert page.article.text.endswith("Thanks, Margaret.\nMy pleasure. Bring your friends.")


def test_the_lines_after_an_interviews_last_answer_are_its_thread():
    # (plain comments in a reporter's register: their own voice says little, the interview's end says where they begin)
    page = segment(INTERVIEW_THREAD, format="text")
    assert page.article.text.endswith("My pleasure. Bring your friends.")
    assert [c.text[:20] for c in page.comments] == ["Good for her. Most c", "The Regal ran a Hitc", "Forty grand for a ro",
                                                    "Brief Encounter!! Gr"]


OP_ED = """The four-day week will not fix the NHS
By Helen Ward
Every few months a think tank publishes a report proving that shorter weeks make workers happier and more productive. The evidence from offices is real enough, but hospitals are not offices, and the argument rarely survives contact with a ward rota.
A hospital has to be staffed every hour of every day. Cutting each nurse's week by a fifth means hiring a fifth more nurses, and the service cannot fill the posts it already advertises.
Trusts that tried compressed hours found that twelve-hour shifts left staff more tired, not less, and sickness rates rose within a year.
If ministers want to keep nurses, the answer is less glamorous: pay that keeps pace with rents, rotas published weeks ahead, and managers who answer the phone.
Good column. The rota point is the one nobody in Westminster seems to understand.
The author is right about rotas but wrong about pay, which has been cut in real terms for fifteen years.
Agree with the last comment. Pay first, then everything else follows.
Compressed hours worked well on our unit, so it depends on the ward.
"""


def test_lines_that_judge_the_piece_or_answer_the_thread_are_readers():
    # Plain comments in a reporter's register under an op-ed: what gives them away is that they speak of the column,
    # its author or the comments above them.
    page = segment(OP_ED, format="text")
    assert page.article.text.endswith("and managers who answer the phone.")
    assert [c.text[:20] for c in page.comments] == ["Good column. The rot", "The author is right ", "Agree with the last ",
                                                    "Compressed hours wor"]


@pytest.mark.parametrize("line, about", [("Good column.", True), ("The author is right about rotas.", True),
                                         ("Agree with the last comment.", True), ("@ the nurse above: fair point.", True),
                                         ("Thank you for writing this. My father waited nine hours.", True),
                                         ("That is not the main cause, which is bed block, as the author says.", True),
                                         ("The author says she wrote the book in a month.", False),
                                         ("This article was amended on 3 May to correct a date.", False),
                                         ("The author of the report, Dr Jane Hill, said pay mattered most.", False)])
def test_speaking_of_the_piece_its_writer_or_the_thread_is_a_readers_mark(line, about):
    from moderator.segment.text import _ABOUT_THE_PIECE

    assert (_ABOUT_THE_PIECE.search(line) is not None) is about


BLOGGER_POEM = """Poem of the Week: Night Ferry

This week's poem came in from a reader who works on the night boats between the islands and wrote it on the back of a timetable during a crossing in November. I have read a great many poems about the sea and most of them try far too hard.

The deck is wet, the coffee's cold,
the lights of home are small and gold.
I count the waves, and they count me,
and neither wins, out on the sea.

— Callum Reid

Thanks, Callum. Next week: something for spring.

Posted by Ellen at 21:30, 2 February 2015

Labels: ferries, poems, islands

No comments:

Post a Comment

Comment as: Select profile...
Publish   Preview

Newer Post   Home   Older Post
"""


def test_bloggers_label_row_closes_the_post_and_its_empty_form_opens_no_thread():
    page = segment(BLOGGER_POEM, format="text")
    assert page.comments == []
    assert "— Callum Reid" in page.article.text and "Posted by Ellen at 21:30, 2 February 2015" in page.article.text


def test_a_menus_entry_beside_the_storys_date_is_no_reader():
    page = segment("""Gossip Corner
Celebrity news since 2009
Home
Blind Items
Contact
Monday, March 4, 2024
So are they finished or not?
Let's look at the evidence, because I have been staring at these photos all weekend and I think the answer is yes, whatever their publicists say about busy schedules and private lives.
""", format="text")
    assert "Contact" not in page.article.text.split("\n")
    assert page.comments == []


@pytest.mark.parametrize("line, kind, author", [
    ("Sunday 3 May 2020", "meta", None), ("Sun Li 3 May 2020", "meta", "Sun Li"), ("Restacks", "boiler", None),
    ("12 Restacks", "boiler", None), ("Discussion about this post", "boiler", None), ("Ready for more?", "boiler", None),
    ("Liked by Nora Blakely", "meta", None), ("1 reply by Nora Blakely", "meta", None), ("Save", "boiler", None),
    ("Privacy ∙ Terms ∙ Collection notice", "boiler", None), ("Comment as: Select profile...", "boiler", None),
    ("Labels: ferries, poems, islands", "boiler", None), ("Label the jars before you fill them", "content", None),
    ("Sarah @ The Little Yellow Kitchen said...", "meta", "Sarah @ The Little Yellow Kitchen"),
    ("Most viewed | Most commented", "content", None),
    # a forum's byline and its action links in brackets (the text pages' and HTML threads' own rows)
    ("Comment from: Harry W", "meta", "Harry W"), ("Comment from Dev's Mom", "meta", "Dev's Mom"),
    ("[Report abuse]", "meta", None), ("[ Parent | Reply to This ]", "meta", None), ("[delete] permalink", "meta", None),
    ("[Home] [News] [Features]", "boiler", None), ("from the council, a reply at last", "content", None)])
def test_lines_of_newsletters_and_blogs(line, kind, author):
    probe = Line(no=0, text=line, indent=0, blank_before=False)
    classify_line(probe)
    assert (probe.kind, probe.author) == (kind, author)


QUOTED_POSTS = """Ferry app down for a day as travellers miss sailings
By Ruth Mensah
The booking app used by most of the island ferry routes stopped working early on Saturday and did not come back until late evening, leaving hundreds of passengers unable to show tickets at the ports.
The operator blamed a faulty update and said nobody would be charged for changing their sailing. Staff at the ports checked names against printed lists, which caused queues of more than an hour.
Passengers were quick to share their views online. Here is a selection:
"Stood in the rain for an hour because my ticket lives in an app that doesn't work. Brilliant." — @islandgirl_88
"Missed my connection and my hotel won't refund me. Who pays for that?" — @tomhaulage
"To be fair the staff at the port were lovely about it" — @cal_mac_fan
"Paper tickets. Bring back paper tickets." — @grumpyoldsailor
"""


def test_a_storys_quoted_posts_one_per_line_are_its_own_not_a_thread():
    page = segment(QUOTED_POSTS, format="text")
    assert page.comments == []
    assert page.article.text.endswith('"Paper tickets. Bring back paper tickets." — @grumpyoldsailor')


POEM_THEN_THREAD = """Readers' Corner: "Night Shift", a poem by Alan Pryce
Alan Pryce worked at the bakery on Mill Lane for thirty-one years before it closed last spring. He sent us this poem about the last night the ovens were lit, and we are glad to print it here.
Night Shift
We lit the ovens one last time,
the flour still hanging in the air,
and no one spoke above the hum,
because there was no need to care.
The trays went in, the trays came out,
the loaves were stacked along the wall,
and when the morning van pulled up
we did not load it after all.
Alan Pryce, Millbridge
Kath Morley
2 days ago
My mum worked there too. This is exactly how she described it.
Report | Reply
Steve B
2 days ago
Lovely, but the last verse doesn't scan.
Report | Reply
"""


def test_a_poem_printed_in_the_story_is_its_own_and_its_thread_follows_it():
    page = segment(POEM_THEN_THREAD, format="text")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Kath Morley", "My mum worked there too. This is exactly how she described it."),
        ("Steve B", "Lovely, but the last verse doesn't scan.")]
    assert "and no one spoke above the hum,\nbecause there was no need to care." in page.article.text


@pytest.mark.parametrize("line, quoted", [('"Paper tickets. Bring back paper tickets." — @grumpyoldsailor', True),
                                          ('"We will protect the vote. Every single vote."', True),
                                          ('"That was video game stuff." — former guard Marcus Tate', True),
                                          ('"I should have bought a better suit" - ha, I like him already.', False),
                                          ('"Bring back paper tickets" they say. Sure, and horses too', False)])
def test_a_quotation_alone_reads_as_the_storys_and_a_readers_answer_to_one_does_not(line, quoted):
    from moderator.segment.text import comment_likeness

    bare = comment_likeness(line.replace('"', ""))
    assert (comment_likeness(line) <= bare - 2.0) is quoted


TRAVEL_POST = """Three days in Porto
May 21, 2017

I've wanted to go to Porto for about five years, ever since a friend came back raving about the river, the tiles and the bookshop, and this spring we finally booked it.

We stayed in a tiny apartment in Ribeira, right by the river. It was up four flights of very steep stairs, which after a day of hills was almost funny.

Day three was the one I'd been looking forward to most, the bookshop. I queued for forty minutes and I would queue again, honestly, it's that beautiful inside.

What I would do again, over and over, is the pastéis de nata. I had eleven in three days and I regret nothing at all.

Speak soon x

Love this! Porto is one of my favourite cities, it's so much more relaxed than Lisbon.

Eleven!! Respect.

Great post x
"""


def test_a_bloggers_goodbye_under_the_post_ends_the_post_and_the_lines_under_it_are_the_thread():
    # (a first-person post reads like its readers; its own goodbye, "Speak soon x", says where it ends)
    page = segment(TRAVEL_POST, format="text")
    assert [c.text for c in page.comments] == ["Love this! Porto is one of my favourite cities, it's so much more relaxed than Lisbon.",
                                               "Eleven!! Respect.", "Great post x"]
    assert page.article.text.endswith("Speak soon x")


TEACHER_INTERVIEW = """Parents and the new curriculum: a teacher answers
We spoke to Mrs Lucy Achieng, a Grade 6 teacher in Kisumu with 18 years of experience, about what parents get wrong about the new curriculum and what they can do at home to help their children this term.
Is the new curriculum too expensive for parents?
Some of it is fair. Some schools ask for too much, and I always tell my colleagues we must be careful.
What is the biggest mistake you see parents make?
Comparing. "Why is your cousin ahead and you are not?" Every child is different.
How can parents tell if their child is doing well?
Talk to the teacher. Come to the school, don't just wait for the report.
Any last advice for parents this term?
Be patient with the children and with yourselves. This is new for all of us.
Read with your child every evening, even ten minutes.
Let them help in the kitchen and the shamba. That is learning too.
Thank you, Mrs Achieng.
Thank you. God bless.
"""


def test_an_interviews_last_answer_of_several_lines_and_the_thanks_after_it_are_the_story():
    page = segment(TEACHER_INTERVIEW, format="text")
    assert page.comments == []
    assert page.article.text.endswith("Thank you, Mrs Achieng.\nThank you. God bless.")


FUEL_STORY = """Petrol passes £1.20 a litre as Treasury defends duty rise
By Tom Hale, Transport Correspondent
The average price of unleaded petrol passed £1.20 a litre for the first time yesterday, as the Treasury insisted that the planned rise in fuel duty would go ahead in October despite protests from hauliers and motoring groups.
Diesel reached an average of £1.29, according to figures from a price-monitoring firm, and filling a family car now costs about £66.
A Treasury spokesman said the increase had already been postponed once and that the Government had to fund public services."""


def test_letters_to_the_editor_each_opening_on_sir_are_the_thread():
    # (formal letters, no byline over them: their voice alone read as the story's)
    page = segment((FUEL_STORY + """
Your letters
Sir – The Treasury claims the duty increase is needed to fund public services. In my village the bus service was withdrawn last year and the post office closed in March, so I would like to know which services it has in mind.
Andrew Pearce
Kington, Herefordshire
Sir – Fuel duty and VAT together account for more than 60 per cent of the price of a litre. When the price of oil rises, so does the Treasury's take, and ministers should have the decency to admit it.
Margaret Sewell
Thirsk, North Yorkshire
Back to top
""").encode(), format="text")
    assert page.article.text.endswith("fund public services.")
    texts = " ".join(c.text for c in page.comments)
    assert "In my village the bus service" in texts and "ministers should have the decency" in texts


def test_a_letters_page_that_opens_on_a_letter_is_the_page_not_a_thread():
    # A weekly's letters page: no story above the letters, the first one opens on "Sir —" as the rest do. The letters
    # are the page (the publisher's own text), not readers' comments under a story, whatever their signatures.
    letters = [("A lifeline, not a luxury", "Sir — I was dismayed to read that the county intends to close Ashby library two days a "
                "week from April. For many older people in this town, the library is the only warm, free place to sit.",
                "Margaret Ellwood", "Church Lane, Ashby"),
               ("Children will pay the price", "Sir — My daughters, aged 7 and 10, borrow around fifteen books a week between "
                "them from Quenford library. We could not afford to buy even a fraction of that, and the reading club is gone.",
                "Rhiannon Best", "Quenford"),
               ("Volunteers could help", "Sir — Before the hours are cut, could the county not ask for volunteers? I am retired, "
                "have time on my hands and would happily staff a desk on a Monday morning. I suspect I am not alone.",
                "Peter Ashdown", "Market Street, Ashby")]
    lines = ["Opinion › Letters", "Letters: Cutting library hours would cost us far more than it saves",
             "Readers respond to the county's plan to close Ashby and Quenford libraries", "Friday 26 January 2024, 5:00 am", ""]
    for heading, words, name, place in letters:
        lines += [heading, "", words, "", name, place, ""]
    lines += ["Write to us: Letters should be no more than 250 words and include your full name and address.", "Share this article"]
    page = segment("\n".join(lines).encode(), format="text")
    assert page.comments == []
    assert all(words in page.article.text for _, words, _, _ in letters)


def test_letters_each_signed_under_their_words_are_the_thread_and_the_story_keeps_its_last_report():
    page = segment((FUEL_STORY + """
Motoring groups said they would hold a protest outside the Treasury on Friday, the first since 2000.
Your report notes that the rise has "already been postponed once". In fact it has been postponed three times since 2005, each time after a protest of exactly this kind.
A duty that is announced every spring and abandoned every autumn is not a policy. It is an invitation to the next blockade.
-- Iain MacLeod, Newtonmore
Hauliers who block the A40 will achieve nothing except to delay ambulances.
-- Catriona Ferguson, Dalwhinnie
Those who protest at the price of petrol might reflect that in real terms it is still cheaper than it was in 1990.
-- Dr Graham Reid, Edinburgh
© Northern Herald Newspapers Ltd 2014
""").encode(), format="text")
    assert page.article.text.endswith("the first since 2000.")
    assert [c.author for c in page.comments] == ["Iain MacLeod", "Catriona Ferguson", "Dr Graham Reid"]
    assert page.comments[0].text.startswith("Your report notes that") and page.comments[0].text.endswith("the next blockade.")


def test_one_signature_under_a_column_opens_no_thread():
    page = segment((FUEL_STORY + """
The rise will go ahead in October unless the Chancellor changes his mind, and nothing he has said this week suggests he will.
-- Tom Hale
""").encode(), format="text")
    assert page.comments == []


NHS_STORY = """NHS waiting list rises to 7.6 million as ministers miss spring target
Lena Hart, Health correspondent
The waiting list for routine hospital treatment in England rose to 7.6 million in April, the first increase for five months, according to figures published by NHS England on Thursday.
Just 58.7% of patients had been waiting less than 18 weeks, against a standard of 92% that has not been met since 2016. The government had said it expected the figure to reach 60% by the spring.
The number of people waiting more than a year for treatment rose slightly to 188,000, more than a third of them for orthopaedic procedures such as hip and knee replacements.
The health secretary said the figures reflected "a difficult spring" that included two rounds of strike action, and insisted the overall trend was improving.
Performance varies widely across the country. In some trusts in the north-west, fewer than half of patients are seen within 18 weeks.
Earlier this month we asked readers to tell us about their experience of waiting for treatment. More than 1,200 people responded. Here is a selection of what you told us, edited for length
My son has been waiting 14 months for a first appointment. He is 19 and has missed most of his first year at college because of the pain.
The surgeon was excellent, the nurses were excellent. The wait was 58 weeks, during which my knee got so bad the operation was harder than it needed to be.
We paid privately in the end, from savings we had put aside for our retirement. It took three weeks. I resent it every day.
Honestly, the appointment came faster than I expected. Ten weeks for a cataract operation at a diagnostic centre near Shrewsbury. No complaints.
I am a ward sister in the Midlands. The beds are not the problem. The problem is that we cannot discharge patients because there is no social care to send them to."""


def test_readers_responses_the_paper_selected_and_prints_are_its_story():
    # (a page that sets its blocks apart with blank lines, as a browser's copy of one does)
    page = segment((NHS_STORY + "\nTopics\nNHS\nHealth\n... we have a small favour to ask. Millions are turning to us for open, "
                    "independent news every day. If you can, please support us.\nSupport us\n").replace("\n", "\n\n").encode(), format="text")
    assert page.comments == []
    assert "I resent it every day." in page.article.text
    # (and a thread under its heading after them is still the thread)
    page = segment((NHS_STORY + "\nComments (2)\nJoe Bloggs\n3 hours ago\nThe same happened to my mum, two years on a list.\n"
                    "Reply\nAnn Tse\n2 hours ago\nGood to see this covered at last.\nReply\n").encode(), format="text")
    assert [c.author for c in page.comments] == ["Joe Bloggs", "Ann Tse"]
    assert "I resent it every day." in page.article.text
