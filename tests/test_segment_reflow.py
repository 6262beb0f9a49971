"""Pages as text tools print them (lynx/w3m hard-wrapped with link numbers, html2text's Markdown) split like a
browser's copy; a browser's copy goes through the reflow unchanged."""

import textwrap
from pathlib import Path

from moderator.segment import segment
from moderator.segment.reflow import reflow

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_fed4981eb2cd7fd5.txt"

STORY = [
    "A PLAN to turn two miles of disused canal towpath into a lit route for cyclists and walkers has been approved by "
    "the district council, despite objections from boat owners who moor along the stretch.",
    "Members of the planning committee voted five to two on Tuesday night in favour of the scheme, which will link "
    "the town centre with the business park along the north bank of the canal.",
    "Councillor Ann Pryce, the committee's chair, said the route would take \"hundreds of short car journeys\" off "
    "the ring road every week and would be open by the end of next year.",
    "The £900,000 project is paid for by a government active travel grant, with the remaining £120,000 coming from "
    "the council's own budget and a contribution from the canal trust.",
]
COMMENTS = [
    ("towpath_tom", "9:14am Wed 12 Mar 14", "Lights on a canal towpath. Brilliant, now the bats can find somewhere "
                                            "else to live while the council pats itself on the back for being green."),
    ("Sue Ashby", "10:02am Wed 12 Mar 14", "I'll be using it to get to work every day instead of sitting in "
                                                "traffic on the ring road, so some of us are really pleased."),
    ("moorer_42", "11:40am Wed 12 Mar 14", "Nobody asked the people who actually live on the boats. Typical of this "
                                           "lot, bunch of clueless idiots."),
]


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, width=78, initial_indent="   ", subsequent_indent="   ")


def lynx_page() -> str:
    """The story and its thread as `lynx -dump` prints them: 78 columns, link numbers, the link list at the end."""
    out = ["   #[1]Midshire Echo - News RSS [2]alternate", "", "   [3]Skip to content", "     * [4]News",
           "     * [5]Sport", "     * [6]What's On", "", "Canal towpath cycle route approved", "", "   By [7]Jo Adams",
           "   11:20am Tue 11 Mar 14", ""]
    for paragraph in STORY:
        out += _wrapped(paragraph) + [""]
    out += ["   [8]Tweet [9]Share on Facebook [10]Email this", "", "Comments (3)", "", "   [11]Add your comment", ""]
    for number, (name, when, words) in enumerate(COMMENTS):
        out += [f"   [{12 + 3 * number}]{name}", f"   {when}"] + _wrapped(words)
        out += [f"   [{13 + 3 * number}]Report this comment [{14 + 3 * number}]Reply", ""]
    out += ["References", ""] + [f"   {n}. https://www.midshire-echo.co.uk/link/{n}" for n in range(1, 21)]
    return "\n".join(out) + "\n"


def markdown_page() -> str:
    """The same page as html2text writes it: Markdown links, headings and emphasis, no wrapping."""
    out = ["[Skip to content](#content)", "",
           "[![Midshire Echo](https://www.midshire-echo.co.uk/logo.png)](https://www.midshire-echo.co.uk/)", "",
           *[f"  * [{section}](https://www.midshire-echo.co.uk/{section.lower()})" for section in ("News", "Sport", "Business", "Opinion", "Contact")], "",
           "# Canal towpath cycle route approved", "", "**By Jo Adams** | _11:20am Tue 11 Mar 14_", ""]
    for paragraph in STORY:
        out += [paragraph, ""]
    out += ["[Tweet](https://twitter.com/share) [Share](https://www.facebook.com/sharer.php)", "", "## 3 Comments", ""]
    for number, (name, when, words) in enumerate(COMMENTS, 1):  # (WordPress's ol.commentlist: a numbered list)
        out += [f"{number}. ![](https://www.gravatar.com/avatar/0?s=40) **[{name}](https://www.midshire-echo.co.uk/user/{name.replace(' ', '-')})** says:",
                "", f"[{when}](https://www.midshire-echo.co.uk/news/canal#comment)", "", words, "", "[Reply](#respond)", ""]
    return "\n".join(out) + "\n"


def test_a_lynx_dump_splits_into_its_story_and_comments_without_wraps_or_link_numbers():
    page = segment(lynx_page(), format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == COMMENTS
    assert page.article.text.endswith(STORY[-1])  # one paragraph again, not four wrapped lines
    assert "[" not in page.article.text and "https://" not in page.article.text


def test_a_markdown_page_splits_into_its_story_and_comments_in_plain_words():
    page = segment(markdown_page(), format="text")
    assert [(c.author, c.time, c.text) for c in page.comments] == COMMENTS
    assert page.article.title == "Canal towpath cycle route approved"
    assert STORY[0] in page.article.text and "**" not in page.article.text and "](" not in page.article.text
    assert "Skip to content" not in page.article.text  # (the site's header over the h1)


def test_a_browsers_copy_goes_through_the_reflow_unchanged():
    seed = SEED.read_text(encoding="utf-8")
    assert reflow(seed) == seed
    unwrapped = "\n".join(STORY + [words for _, _, words in COMMENTS])
    assert reflow(unwrapped) == unwrapped


def test_lines_that_end_short_of_the_width_are_not_joined():
    # a list and a short sign-off inside a wrapped page stay their own lines
    lines = _wrapped(STORY[0]) + _wrapped(STORY[1]) + ["   Key dates:", "     * 4 April: work begins",
                                                       "     * 30 May: towpath closed", "   Thanks, Jo"] + _wrapped(STORY[2])
    reflowed = [line.strip() for line in reflow("\n".join(lines)).split("\n")]
    assert reflowed == [STORY[0], STORY[1], "Key dates:", "* 4 April: work begins", "* 30 May: towpath closed",
                        "Thanks, Jo", STORY[2]]


def test_a_list_item_that_held_only_an_avatar_leaves_no_line():
    # html2text prints each comment as a list item whose first line is the avatar: nothing of it is a comment's words
    page = markdown_page().replace("1. ![](https://www.gravatar.com/avatar/0?s=40) ", "  * ![](https://www.gravatar.com/avatar/0?s=40)\n\n")
    assert "  * ![](" in page
    reflowed = reflow(page)
    assert "\n  * \n" not in reflowed and "\n*\n" not in reflowed
    assert [(c.author, c.time, c.text) for c in segment(page, format="text").comments] == COMMENTS


def test_a_short_wrapped_page_with_one_line_left_whole_is_still_rejoined():
    # (a converter leaves an emphasised line or a table row whole: on a page of under forty lines, one such line past the
    # width does not hide it)
    lines = []
    for paragraph in STORY:
        lines += textwrap.wrap(paragraph, width=78) + [""]
    lines += ["_Council composition after the election: Labour 31, Conservative 12, Liberal Democrat 5, Green 1, Independent 2._", ""]
    assert len([line for line in lines if line]) < 40
    assert reflow("\n".join(lines)).split("\n")[::2][:4] == STORY
