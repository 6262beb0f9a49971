"""The article text around trafilatura (segment/html/article.py): pages laid out in one big table, and pages that
build their story with scripts and leave only its summary in a meta description."""

from pathlib import Path

from moderator.segment import segment
from moderator.segment.html import parse, split_html
from moderator.segment.html.article import (_block_opening_with, _unwrap_layout_tables, _with_article_body, _with_byline,
                                            _with_deck)
from moderator.segment.html.markup import _prose_words
from segment_pages import STORY, page

# A 2004-style blog: menu cell, story cell, sidebar cell, all one table; a comment thread after the story.
STORY_PARAGRAPHS = [
    "Here's a useful idea for thinking about small risks: the micromort, a one in a million chance of "
    "death, lets us compare a hang-gliding flight with a long drive without writing tiny fractions.",
    "Shopping for coffee you would not ask for a quarter of a kilogram in tons, and in the same way it "
    "is awkward to talk about a risk of one in a hundred and twenty-five thousand for a single flight.",
    "There is a related unit, the microlife, for things that shorten a life: half an hour of life "
    "expectancy each, so that two cigarettes cost about one microlife over a smoker's lifetime.",
]
MENU = ["Blog", "Newsletter", "Books", "Essays", "Interviews", "Schedule", "Contact"]


def layout_page() -> str:
    menu = "".join(f'<p class="menu"><a href="/{word.lower()}">{word}</a></p>' for word in MENU)
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY_PARAGRAPHS)
    comments = "".join(
        f'<div class="commentbody"><a name="c{i}"></a><div id="c{i}"><p>{text}</p></div>'
        f'<p class="posted">Posted by: {name} at <a href="#c{i}">November 8, 2012 7:{10 + i} AM</a></p></div>'
        for i, (name, text) in enumerate([
            ("Snarki", "Not to be confused with a micro-ort, the scrap of food left on your plate."),
            ("kingsnake", "Sitting in traffic costs me eight macromorts every day on the way to work."),
            ("Andy", "Excellent idea. I wonder though whether it should also be per unit of time."),
        ]))
    return f"""<!DOCTYPE html><html><head><title>Schneier on Security: Micromorts</title></head><body>
<table class="main"><tr><td class="masthead" colspan="3">Bruce Schneier</td></tr>
<tr><td class="menu">{menu}</td>
<td class="content"><h1>Schneier on Security</h1><p>A blog covering security and security technology.</p>
<h2>November 8, 2012</h2><h3>Micromorts</h3>{story}
<p class="posted">Posted on November 8, 2012 at 6:57 AM</p>
<h2 id="comments">Comments</h2>{comments}</td>
<td class="sidebar"><p>Latest book</p><p><a href="/books">More books</a></p></td></tr></table></body></html>"""


def test_story_in_a_layout_table_comes_out_as_paragraphs():
    result = segment(layout_page())
    lines = result.article.text.split("\n")
    for paragraph in STORY_PARAGRAPHS:
        assert paragraph in lines  # each paragraph its own line, not inside a "| menu | story |" row
    assert not any(line.lstrip().startswith("|") for line in lines)
    assert not any(word in lines for word in MENU)
    assert [c.author for c in result.comments] == ["Snarki", "kingsnake", "Andy"]
    assert not any("macromorts" in line for line in lines)


def test_only_a_table_with_a_long_cell_is_layout():
    data = "<table><tr><th>Seed</th><th>Packets</th></tr><tr><td>Tomato</td><td>120</td></tr></table>"
    layout = f"<table><tr><td>{' '.join(['word'] * 101)}</td><td>{data}</td></tr></table>"
    root = parse(f"<html><body>{data}{layout}</body></html>")
    _unwrap_layout_tables(root)
    tables = list(root.iter("table"))
    assert len(tables) == 1 and [cell.text for cell in tables[0].iter("td")] == ["Tomato", "120"]
    assert root.find(".//table") is tables[0] and len(root.findall(".//div")) > 5  # the layout (and all in it) became divs


SUMMARY = ("Despite its intricate hills and valleys, a crimped bakery-style pie crust only looks tricky to make "
           "at home: with two hands and a few minutes you are well on your way to this impressive feat.")


def scripted_page(body: str) -> str:
    links = "".join(f'<li><a href="/l/{i}">Why burger chains are hurting, part {i}</a></li>' for i in range(8))
    return f"""<!DOCTYPE html><html><head><title>How to Crimp Pie Crust</title>
<meta property="og:description" content="{SUMMARY}"></head><body>
<div id="nav"><a href="/">Home</a> <a href="/baking">Baking</a></div>
<div id="app">{body}</div><div class="links"><h4>Link Love</h4><ul>{links}</ul></div></body></html>"""


def test_page_built_by_scripts_gives_its_meta_description():
    result = segment(scripted_page('<script>render("story")</script><h1>How to Crimp Pie Crust</h1>'))
    assert SUMMARY in result.article.text
    assert "burger chains" not in result.article.text


def test_meta_description_stays_out_of_a_page_with_its_own_story():
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY_PARAGRAPHS)
    result = segment(scripted_page(f"<article><h1>Micromorts</h1>{story}</article>"))
    assert STORY_PARAGRAPHS[0] in result.article.text
    assert "crimped" not in result.article.text


def test_prose_words_count_paragraphs_and_sentences_not_headlines():
    assert _prose_words("Why burger chains are hurting in the city this year\nHome") == 0
    assert _prose_words("The council met on Monday to discuss the budget.") == 9
    assert _prose_words(" ".join(["word"] * 30)) == 30  # a paragraph without a full stop


def test_the_block_opening_with_the_summary_is_the_story_not_a_teaser_of_it():
    """A meta description is most often the story's opening: the block holding it (and its closing words:
    a teaser elsewhere stops short with "... Read More") is the story, its later paragraphs with it."""
    rest = ["The trick is to chill the dough twice, once before rolling and once after crimping the edge.",
            "A fork, a spoon or your knuckles each give a different pattern; practise on a scrap first."]
    page = parse(f"""<html><body><div class="teaser"><p>{SUMMARY[:70]}... Read More</p></div>
<div class="gallery"><span>1 / 12</span><div class="caption"><p>{SUMMARY} And it keeps its shape in the oven.</p>
{"".join(f"<p>{p}</p>" for p in rest)}</div></div></body></html>""")
    found = _block_opening_with(page, SUMMARY)
    assert found.split("\n") == [f"{SUMMARY} And it keeps its shape in the oven.", *rest]
    assert _block_opening_with(parse("<html><body><p>Nothing like it here at all.</p></body></html>"), SUMMARY) is None


def test_articlebody_gives_the_story_whose_opening_trafilatura_lost():
    """schema.org's itemprop="articleBody" marks the story: where the extracted text lacks its opening
    (Blogger's spans and <br>s cut to the last paragraphs), the body's own text is the article."""
    body = "".join(f"<span>{p}</span><br /><br />" for p in STORY_PARAGRAPHS)
    root = parse(f"<html><body><div itemprop='articleBody'>{body}</div><div>A sidebar of links</div></body></html>")
    cut = STORY_PARAGRAPHS[2]
    assert _with_article_body(cut, root).split("\n") == STORY_PARAGRAPHS
    whole = "\n".join(STORY_PARAGRAPHS[:2])  # it has the opening: what it left out is not the story
    assert _with_article_body(whole, root) == whole
    assert _with_article_body(cut, parse(f"<html><body><div>{body}</div></body></html>")) == cut


# An old blog template: the post's opening paragraph written straight into its block, beside <p>s.
LOOSE_OPENING = """<div id="post"><h2>Hacker Weekly passes two thousand subscribers</h2>
<div class="date"><span>By Lim Cheng, 10 November 2010</span></div>
We have hit a small milestone: two thousand paid subscribers, for both the print and the digital
edition of the magazine. It has been <a href="/plans">less than three months</a> since we started.
<p>Here is a huge thanks from me and the whole team to the readers and the contributors who made it.
We will keep pouring our heart into every issue and hope you keep enjoying the magazine.</p>
<p>Next month we start a series on the people who build the tools the rest of us rely on every day.</p>
<font><em></p><p>Related Posts:</p><p>- <a href="/a">Hacker Weekly now on ebook readers and phones</a><br>
- <a href="/b">Subscriptions are open for the print edition</a><br>
- <a href="/c">Our first issue is out with twenty articles</a></em></font>
</div>"""


def test_an_opening_paragraph_outside_any_p_is_the_story():
    text = segment(page(LOOSE_OPENING, "Hacker Weekly passes two thousand subscribers")).article.text
    lines = text.split("\n")
    opening = next(i for i, line in enumerate(lines) if line.startswith("We have hit a small milestone"))
    # The whole run, link included, once, before the paragraphs that follow it on the page.
    assert "less than three months since we started." in lines[opening]
    assert opening < next(i for i, line in enumerate(lines) if line.startswith("Here is a huge thanks"))
    assert text.count("We have hit a small milestone") == 1
    # A teaser list inside an inline tag left open is not a run of the story.
    assert "Subscriptions are open" not in " ".join(lines[:opening + 1])


def test_byline_and_dateline_blocks_named_in_camel_case_or_created_go_before_the_story():
    root = parse(page(
        '<div class="post"><h1>Library opens a seed bank</h1>'
        '<div class="blog-post-info"><a class="author-name" href="/author/ana">Ana Ortiz</a>'
        '<div class="blog-info-created">July 23, 2012 <br/> 10:48 AM EDT</div></div>'
        '<ul class="articleStamp"><li class="dateStamp">Updated July 24, 2012, 8:38 a.m. ET</li></ul>'
        '<div class="entry"><p>The county library opened a seed bank on Saturday for local gardeners.</p></div></div>'))
    first = next(root.iter("p"))
    text = "The county library opened a seed bank on Saturday for local gardeners."
    scope = next(el for el in root.iter("div") if el.get("class") == "post")
    # "Ana Ortiz" alone reads as neither a byline ("by ...") nor a date; one date line, the first.
    assert _with_byline(text, scope, first, {text}).split("\n") == ["July 23, 2012 10:48 AM EDT", text]
    scope.remove(scope.find("div"))
    assert _with_byline(text, scope, first, {text}).split("\n") == ["Updated July 24, 2012, 8:38 a.m. ET", text]


def test_a_byline_and_a_separate_date_block_both_go_before_the_story():
    body = STORY.split("<h1>Library opens a seed bank for local gardeners</h1>")[1].replace("</div>", "")
    html = page('<div id="main"><div class="post"><h1>Library opens a seed bank for local gardeners</h1>'
                '<p class="postmetadata">By <a href="/author/ana" rel="author">Ana Ortiz</a></p>'
                '<span class="post-date">Monday 12th November 2012 3:08 pm</span>'
                f'<div class="entry-content">{body}</div></div></div>')
    lines = segment(html).article.text.split("\n")
    assert sorted(lines[:2]) == ["By Ana Ortiz", "Monday 12th November 2012 3:08 pm"]
    assert lines[2].startswith("The county library opened a seed bank")


def test_a_byline_block_of_several_paragraphs_keeps_their_words_apart():
    # The Seattle Times' shape: the name and the role in two <p>s with nothing between them.
    body = STORY.split("<h1>Library opens a seed bank for local gardeners</h1>")[1].replace("</div>", "")
    html = page('<div id="main"><div class="post"><h1>Library opens a seed bank for local gardeners</h1>'
                '<div class="byline-block"><p class="byline"><strong>By Ana Ortiz</strong></p>'
                '<p class="byline-title">Times county reporter</p></div>'
                f'<div class="entry-content">{body}</div></div></div>')
    lines = segment(html).article.text.split("\n")
    assert lines[0] == "By Ana Ortiz Times county reporter"
    assert lines[1].startswith("The county library opened a seed bank")


def test_the_deck_under_the_headline_opens_the_story_but_a_date_line_named_so_does_not():
    body = STORY.split("<h1>Library opens a seed bank for local gardeners</h1>")[1].replace("</div>", "")
    deck = "Gardeners can borrow heirloom seeds for free and return seeds from their own harvest in the autumn"

    def story(under_headline: str) -> list[str]:
        html = page('<div id="main"><div class="post"><h1>Library opens a seed bank for local gardeners</h1>'
                    f'{under_headline}<p class="byline">By Ana Ortiz</p><div class="entry-content">{body}</div></div></div>')
        # (the rules' text: the line model's pass after them may drop a byline)
        return split_html(html, article_model=False)[1].split("\n")

    # The Sky News and Seattle Times shapes: p.standfirst, h2.article-subtitle; and a bold first paragraph named as the
    # story's lead before the block of the rest (Escenic's p.lead, a theme's p.article-lead); BEM names of the same
    # (p.article-header__lead) and a German paper's p.article__teaser; the deck's names in other newsrooms: French
    # "chapô", Swedish "ingress" or "preamble", Czech "perex", Spanish "entradilla"
    for block in (f'<p class="standfirst">{deck}</p>', f'<h2 class="article-subtitle">{deck}</h2>',
                  f'<p class="lead"><strong>{deck}</strong></p>', f'<p class="article-lead">{deck}</p>',
                  f'<p class="article-header__lead">{deck}</p>', f'<p class="article__teaser">{deck}</p>',
                  f'<p class="ea-article__chapo">{deck}</p>', f'<p class="gn-article__preamble">{deck}</p>',
                  f'<div class="perex">{deck}</div>', f'<h2 class="entradilla">{deck}</h2>'):
        lines = story(block)
        assert lines[0] == deck and lines[1] == "By Ana Ortiz"
    # a theme's date line under the headline named as its "subhead" (OSXDaily's span.subhead_lefty) is no deck
    root = parse(page('<div class="post"><h1>Library opens a seed bank</h1><div id="subhead_block"><span class="subhead_lefty">'
                      'Oct 30, 2012 - <a href="#comments">Leave a Comment</a></span></div>'
                      '<div class="entry"><p>The county library opened a seed bank on Saturday for local gardeners.</p></div></div>'))
    text = "The county library opened a seed bank on Saturday for local gardeners."
    scope = next(el for el in root.iter("div") if el.get("class") == "post")
    assert _with_deck(text, scope, next(root.iter("p")), {text}) == text

# A news story with a bulleted list of advice between two of its paragraphs (thecarconnection.com's shape).
ADVICE = [
    "If possible, start your search with a reputable dealer rather than the classified sections.",
    "Before you buy, make a very full inspection of the car, engine compartment included.",
    "Take the car for an inspection: most garages offer this service for a reasonable fee.",
]


def list_page(items_html: str) -> str:
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY_PARAGRAPHS)
    return f"""<!DOCTYPE html><html><head><title>Used car prices tick up</title></head><body>
<nav><ul><li><a href="/news">News</a></li><li><a href="/reviews">Reviews</a></li></ul></nav>
<div class="article"><h1>Used car prices tick up, but beware of flooded finds</h1>{story}
{items_html}
<p>Have you been the victim of a flooded-car scam? What tipped you off? Share your story in the comments.</p>
</div><div class="comments"><h3>2 comments</h3>
<div class="comment"><span class="author">Dana</span><p>My cousin bought one of those and regretted it within a week.</p></div>
<div class="comment"><span class="author">Lou</span><p>Always check under the seats for rusty springs and bolts.</p></div>
</div></body></html>"""


def test_a_list_between_the_story_paragraphs_is_the_story():
    lines = segment(list_page("<ul>" + "".join(f"<li>{item}</li>" for item in ADVICE) + "</ul>")).article.text.split("\n")
    assert [line for line in lines if line in ADVICE] == ADVICE  # in order, each its own line
    closing = next(i for i, line in enumerate(lines) if line.startswith("Have you been"))
    assert lines.index(ADVICE[-1]) < closing  # where the list stands, not after the story


def test_a_list_of_links_inside_the_story_is_not_added():
    links = "<ul>" + "".join(f'<li><a href="/s{i}">{item}</a></li>' for i, item in enumerate(ADVICE)) + "</ul>"
    assert not any(item in segment(list_page(links)).article.text for item in ADVICE)


def test_a_list_after_the_story_introduced_by_a_line_ending_in_a_colon_is_the_story():
    # Ukrainska Pravda's page (one of session 31's blind set, written for it): labelled paragraphs ("Джерело:", "Деталі:"),
    # a "Читайте також:" link, then "<p><strong>Передісторія:</strong></p><ul>..</ul>" closing the story; on the whole page
    # trafilatura drops that list
    page = (Path(__file__).parent / "pages" / "ukrainska_pravda_background_list.html").read_text(encoding="utf-8")
    lines = segment(page).article.text.split("\n")
    background = [line for line in lines if line.startswith(("У 2023 році", "Міськрада планує", "Раніше електробуси"))]
    assert len(background) == 3 and lines.index("Передісторія:") == lines.index(background[0]) - 1


def test_a_list_of_short_items_without_links_between_the_story_paragraphs_is_the_story():
    # Kompas: the roads a story names, "<ul><li>Jalan Daan Mogot</li>...", between two of its paragraphs
    roads = ["Jalan Daan Mogot", "Jalan TB Simatupang", "Jalan Kramat Raya", "Jalan Gatot Subroto arah Cawang"]
    lines = segment(list_page("<ul>" + "".join(f"<li>{road}</li>" for road in roads) + "</ul>")).article.text.split("\n")
    assert [line for line in lines if line in roads] == roads


def test_a_list_storys_items_in_blocks_named_slide_are_the_story():
    # Bleacher Report's single-page view of a slideshow: div.article-body holds the intro's <p>s and one div.slide per item
    # (h2.slide_title, the picture's credit, p.stat-line, the item's paragraphs), which trafilatura drops as a slideshow
    intro = ("<p>The first wave of free agency has come and gone, and the big names went fast. But there is still value to be found at "
             "wide receiver if your team missed out on the headliners.</p><p>Here are the five best receivers who were still unsigned as of "
             "Monday afternoon, ranked by how much they can help a contender.</p>")
    slides = "".join(f'<div class="slide"><h2 class="slide_title">{n}. Player Number {n}, WR</h2><div class="slide_image"><img src="/{n}.jpg" '
                     f'alt=""><span class="credit">Al Bello/Getty Images</span></div><p class="stat-line"><strong>2011: {n}1 catches, {n}12 '
                     f'yards</strong></p><p>Receiver {n} still runs the best routes of anyone on this list and was a reliable third-down target '
                     f'all season long for a team that threw the ball less than most.</p></div>' for n in (3, 2, 1))
    result = segment(page(f'<h1>Ranking the best receivers still on the market</h1><div class="article-body" itemprop="articleBody">'
                          f'{intro}{slides}</div>', title="Ranking the best receivers still on the market"))
    text = result.article.text
    assert "the big names went fast" in text
    assert all(f"{n}. Player Number {n}, WR" in text and f"Receiver {n} still runs the best routes" in text for n in (3, 2, 1))


# A Persian news page (Khabaronline's, one of the blind sets written for the segmenter) writes Persian words with the zero-width non-joiner
PERSIAN = ["به گزارش خبرآنلاین، لایحه پیشنهادی شهرداری تهران درباره نرخ کرایه حمل\u200cونقل عمومی در جلسه علنی امروز شورای شهر "
           "بررسی شد و اعضای شورا با افزایش بیست و پنج درصدی موافقت کردند.",
           "بر اساس این مصوبه، قیمت پایه هر سفر با مترو برای دارندگان بلیت الکترونیک از چهار هزار تومان به پنج هزار تومان می\u200cرسد "
           "و کرایه اتوبوس\u200cهای تندرو نیز متناسب با طول مسیر افزایش می\u200cیابد.",
           "Our family \U0001f468\u200d\U0001f469\u200d\U0001f467 rides the metro every single morning and the new fares will cost us "
           "a great deal more each month than the council seems to think."]


def test_zero_width_joiners_in_the_story_are_kept():
    # trafilatura drops every character that is not printable: "حمل‌ونقل" came out "حملونقل", a misspelling, and the family emoji
    # as three people
    story = "".join(f"<p>{paragraph}</p>" for paragraph in PERSIAN)
    text = segment(page(f"<article><h1>شورای شهر تهران تصویب کرد</h1>{story}</article>", title="شورای شهر تهران")).article.text
    assert all(paragraph in text.split("\n") for paragraph in PERSIAN)


def test_a_page_already_holding_the_stand_ins_keeps_its_own_characters():
    # the joiners cross trafilatura as two alchemical symbols; a page that holds those (a chemistry history blog) is left as
    # trafilatura gives it, its symbols untouched
    symbols = "The alchemists drew quintessence as \U0001f700 and air as \U0001f701 in the margins of their notebooks for centuries."
    text = segment(page(f"<article><h1>Signs</h1><p>{symbols}</p><p>{PERSIAN[0]}</p></article>", title="Signs")).article.text
    assert symbols in text.split("\n")
