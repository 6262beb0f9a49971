"""The page as an lxml tree without scripts and styles, with the names other languages and test hooks give
its blocks also written as English classes, so the rules read them."""

import re

import lxml.html
from lxml import etree

from moderator.segment.decode import HTML_TRUNCATE
from moderator.segment.structured import json_ld_documents


_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, recover=True,
                               collect_ids=False, huge_tree=True)
# lxml.html picks each element's Python class in a Python method, called for every element the code
# touches (~2 million calls on 415 pages, ~7 % of segmentation); the C default lookup gives every
# element lxml.html's HtmlElement (text_content() and the rest) without that call. Only lxml.html's
# form classes (FormElement, InputElement ...) are lost, which nothing here uses.
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment, pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity))
_DROP_TAGS = ("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas")


# --- the page ------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters one by one: `in` scans a string at memory speed, the pattern character by
# character; most pages have none, and then the pattern need not run.
_CONTROL_CHAR_LIST = tuple(chr(c) for c in (*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f))


def parse(text: str, json_ld: list | None = None):
    """An lxml tree of the page without scripts, styles and other non-text content; None when empty.
    A list passed as `json_ld` receives the page's JSON-LD documents, parsed, before the scripts go."""
    if len(text) > HTML_TRUNCATE:
        text = text[:HTML_TRUNCATE]
    # lxml refuses str input with an encoding declaration; it is already decoded.
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    # A stray control character (a BEL in a story's list) is not XML text: trafilatura then drops the
    # whole article. Tabs and line breaks stay.
    if any(char in text for char in _CONTROL_CHAR_LIST):
        text = _CONTROL_CHARS.sub("", text)
    if not text.strip():
        return None
    try:
        root = lxml.html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    if json_ld is not None:
        json_ld.extend(json_ld_documents(root))
    if "shadowroot" in text:
        _open_shadow_roots(root)
    etree.strip_elements(root, *_DROP_TAGS, with_tail=False)
    _test_ids_as_classes(root)
    if "slot=" in text:
        _slots_as_classes(root)
    lowered = text.lower()
    if any(word in lowered for word in _FOREIGN_COMMENT_STEMS):  # (cheaper than a walk over the elements)
        _foreign_names_as_classes(root)
    if 'class="vcards"' in lowered:
        _valine_names_as_classes(root)
    if "uficommentactorname" in lowered:
        _facebook_plugin_names_as_classes(root)
    return root


def _open_shadow_roots(root) -> None:
    """A comment widget that draws its thread in a shadow root (OpenWeb, Coral) is saved, where the browser serializes
    shadow roots, as a declarative one: <template shadowrootmode="open"> inside its host. That template is the
    widget's content, not an unused template: it is read as the host's own block."""
    for template in root.iter("template"):
        if template.get("shadowrootmode") or template.get("shadowroot"):
            template.tag = "div"


# Valine (and its fork Waline's v1 markup) names its parts with one letter before the word: div.vcards holds
# div.vcard comments (not hCard's author card), each with a.vnick, span.vtime, div.vcontent, span.vsys (the
# reader's browser and system), span.vat (the reply button) and div.vquote (the replies, not a quotation).
_VALINE_PARTS = {"vcard": "comment", "vnick": "author", "vtime": "date", "vcontent": "content", "vsys": "badge",
                 "vat": "reply", "vquote": "replies"}


# The Facebook comments plugin, as a saved page holds it once its script ran, names only the commenter
# (a.UFICommentActorName) in words; the rest is its hashed classes, the same from 2014 to 2020: each comment is the
# image block div._3-8y around the name, its words span._5mdd, the profile's tagline span._3-8o ("· Works at ..."), its
# time abbr.livetimestamp ("3d", the title dropped where the plugin shortened it), the viewer's
# "Hide" button div._ohf.
_FACEBOOK_PARTS = {"_5mdd": "content", "_3-8o": "badge", "livetimestamp": "date", "_ohf": "badge"}


def _facebook_plugin_names_as_classes(root) -> None:
    names = []
    for el in root.iter(etree.Element):
        tokens = (el.get("class") or "").split()
        if "UFICommentActorName" in tokens:
            names.append(el)
            el.set("class", " ".join(tokens + ["author"]))
        elif (parts := [_FACEBOOK_PARTS[tok] for tok in tokens if tok in _FACEBOOK_PARTS]) and el.tag != "a":
            el.set("class", " ".join(tokens + parts))  # (not the name's link, which the 2013 plugin also classed _5mdd)
    # (the comment is the nearest div._3-8y around its writer's name: the plugin wraps a reply's block in another)
    for name in names:
        block = next((a for a in name.iterancestors() if "_3-8y" in (a.get("class") or "").split()), None)
        if block is not None and "comment" not in block.get("class").split():
            block.set("class", block.get("class") + " comment")


def _valine_names_as_classes(root) -> None:
    for cards in root.xpath('//*[contains(concat(" ", normalize-space(@class), " "), " vcards ")]'):
        for el in cards.iter(etree.Element):
            tokens = (el.get("class") or "").split()
            if any(tok in _VALINE_PARTS for tok in tokens):
                el.set("class", " ".join(_VALINE_PARTS.get(tok, tok) for tok in tokens))


# Sites outside the English-speaking world name their threads in their own language (Polish
# div.komentarz, Brazilian glbComentarios, Italian li.commento): each such class name also joins the
# element's classes in English, so the rules read it.
_FOREIGN_COMMENT = re.compile(
    r"(?:komentarz(?:e|y)?|kommentar(?:e|er|en)?|commentaires?|comentarios?|commenti|commento|reacties?|yorum(?:lar)?"
    r"|komentar(?:e|i|y)?|prispev(?:ek|ky|ok|ky)|sxoli(?:o|a)|kommentt(?:i|it|ien|eja)?|sylw(?:adau)?|lesermeinung(?:en)?|opini[ae]"
    r"|diskus(?:e|ze|sion|jon)|messaggi(?:o)?)"
    r"(?-i:(?![a-z]))", re.I)  # (Czech and Slovak "příspěvek"; Greek "σχόλιο" in Latin letters; Welsh "sylw"; each a whole
# word, not the "Commenti" of "CommentItem")
_FOREIGN_COMMENT_STEMS = ("komentar", "kommentar", "commentaire", "comentario", "commento", "commenti", "reactie", "yorum",
                          "prispev", "sxoli", "kommentt", "sylw", "lesermeinung", "opinia", "diskus", "messaggi")
_PLURAL_ENDINGS = ("e", "y", "er", "en", "s", "i", "lar")
_CLASSED = etree.XPath("//*[@class]")


def _in_english(match: re.Match) -> str:
    word = match.group(0).lower()
    plural = (word.endswith(_PLURAL_ENDINGS) or word in ("sxolia", "sylwadau") or word.startswith("diskus")) and not word.endswith(
        ("commento", "kommentar", "kommentti", "lesermeinung", "messaggio"))
    return ("Comments" if plural else "Comment") if match.group(0)[0].isupper() else ("comments" if plural else "comment")


# the parts of such a comment, in the same name ("komentarz__autor", "commento__data", "glbComentarios-nome-usuario")
_FOREIGN_PARTS = {
    "author": re.compile(r"(?<![a-z])(?:autore?|auteur|nome[-_]usuario|nombre[-_]usuario|usuario|utente|utilisateur|"
                         r"u[zż]ytkownik|kullanici|onoma|nimimerkki|nimi|enw|firma)(?![a-z])", re.I),  # (Italian "firma": the signature)
    "date": re.compile(r"(?<![a-z])(?:data|datum|fecha|czas|cas|tarih|wra|imerominia|aika|pvm|amser)(?![a-z])", re.I),
    "text": re.compile(r"(?<![a-z])(?:testo|texto|tre[sś][cć]|contenu|inhalt|conteudo|contenido|tekst|teksti|corpo|cuerpo|keimeno"
                       r"|testun)(?![a-z])", re.I),
    "header": re.compile(r"(?<![a-z])(?:pen)(?![a-z])", re.I),  # (Welsh: the comment's head)
}
_IDENTIFIED = etree.XPath("//*[@id]")
_NUMBER_END = re.compile(r"[-_]?\d+$")


def _foreign_names_as_classes(root) -> None:
    comments = []
    for el in _CLASSED(root):
        cls = el.get("class")
        if cls and _FOREIGN_COMMENT.search(cls):
            added = []
            for tok in cls.split():
                if _FOREIGN_COMMENT.search(tok):
                    added.append(_english_part(_FOREIGN_COMMENT.sub(_in_english, tok)))
            el.set("class", f"{cls} {' '.join(added)}")
            comments.append(el)
    for el in _IDENTIFIED(root):
        # (and an id in such a name: El País's div#comentarios_noticia, read as a class in English; a numbered
        # one without its number, El Mundo's li#comentario-3, so that a thread's comments keep one class name)
        ident = el.get("id")
        if _FOREIGN_COMMENT.search(ident) and el not in comments:
            english = _NUMBER_END.sub("", _english_part(_FOREIGN_COMMENT.sub(_in_english, ident))) or "comment"
            el.set("class", f"{el.get('class') or ''} {english}".strip())
            comments.append(el)
    # Parts named on their own inside such a comment (Czech li.d-prispevek > a.d-autor + span.d-cas): in English too.
    seen = set()
    for comment in comments:
        for el in comment.iterdescendants():
            cls = el.get("class") if isinstance(el.tag, str) else None
            if not cls or el in seen or _FOREIGN_COMMENT.search(cls):
                continue
            seen.add(el)
            added = [part for tok in cls.split() if (part := _english_part(tok)) != tok]
            if added:
                el.set("class", f"{cls} {' '.join(added)}")


def _english_part(tok: str) -> str:
    for english, foreign in _FOREIGN_PARTS.items():
        tok = foreign.sub(english, tok)
    return tok


# Sites styled by CSS-in-JS have hashed class names ("css-q1w2e3") that say nothing; the names their own
# tests find elements by (data-testid="comment-container", data-qa=..., Wix's data-hook="comment", Seznam's analytics
# data-dot="mol-discussion-post") say what a block is.
_TEST_IDS = etree.XPath("//*[@data-testid or @data-test or @data-qa or @data-test-id or @data-hook or @data-dot]")


def _test_ids_as_classes(root) -> None:
    """Such a name (one word) that says comment or author joins the element's classes, so the rules read it."""
    for el in _TEST_IDS(root):
        for name in ("data-testid", "data-test", "data-qa", "data-test-id", "data-hook", "data-dot"):
            value = el.get(name)
            if value and len(value) <= 80 and " " not in value.strip() and _TEST_ID_WORDS.search(value):
                el.set("class", f"{el.get('class') or ''} {value}".strip())


_TEST_ID_WORDS = re.compile(r"comment|author|byline|username|discussion", re.I)  # the thread's words, not the story's

# A web component's named slots say what its light-DOM children are (<span slot="author">, <time slot="time">).
_SLOTTED = etree.XPath("//*[@slot]")
_SLOT_NAMES = re.compile(r"^(?:[a-z]+-)?(?:author|name|username|byline|time|date|timestamp)$", re.I)


def _slots_as_classes(root) -> None:
    """Such a slot's name joins the element's classes, so the byline rules read it."""
    for el in _SLOTTED(root):
        value = (el.get("slot") or "").strip()
        if _SLOT_NAMES.match(value):
            el.set("class", f"{el.get('class') or ''} {value}".strip())
