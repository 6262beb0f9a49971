"""Plain-text pages: article paragraphs, then boilerplate, then comments one per line or per block.

A page printed by a text tool (lynx or w3m, hard-wrapped with link numbers; html2text's Markdown) is first
brought back to one line per paragraph in plain words (reflow.py); a browser's copy is read as it is.

Every line gets a kind (content, boilerplate, comments header, comment metadata) and every content
line a comment-likeness score from its own evidence: person (I/you vs. he/they said), register
(lol, emoji, "!!", lowercase starts, missing final stops, profanity) versus reporting style
(attributed quotes, "said", "according to", numbers, long well-punctuated sentences). Menus, footers and
lists of other stories (their headlines under "Most Read") are furniture, read from runs of short title-case
lines and from their headings. The article ends where the suffix of the page is most comment-like (a dry story's
lines also set the bar its comments are read against); headers
("Comments (12)"), boilerplate and metadata lines at the boundary add evidence but are never required (a
split without any of them needs more of the lines' own evidence), and a story keeps its first paragraph. A
learned reader's-voice score (reader_voice.py) joins each line's hand-made one. The comment region is then cut
into single comments by its metadata (author and time lines, "Reply", likes), by blank lines, or one per line."""

import re
from collections import Counter
from dataclasses import dataclass

from moderator.segment import Comment, furniture_words, reader_voice
from moderator.segment.reflow import reflow_page
from moderator.segment.words import word_count

# ---- line kinds -------------------------------------------------------------------------------

# Section headers that open a comment thread.
_HEADER = re.compile(
    r"^(?:\d[\d,.]*\s+)?(?:(?:readers?|users?|visitors?|supporters?|fans?|members?|subscribers?)['’]?\s+)?(?:comments?|responses?|replies|reactions?|discussion|talkback|"
    rf"{furniture_words.THREAD_HEADINGS})"
    r"(?:\s*[(\[（]\s*\d[\d,.]*\s*[)\]）]|\s+\d[\d,.]*)?\s*[:.]?$|^\d[\d,.]*\s+(?:comments?|responses?|replies)\s+so far\s*[:.]?$"
    r"|^(?:(?:show|view|read|see)\s+)?all\s+\d[\d,.]*\s+comments?$|^\d[\d,.]*\s+answers?$|^(?:show|view|read|see)\s+(?:all\s+)?(?:\d+\s+)?comments?\b.*$"
    r"|^(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?|reactions?)\s+(?:on|to|for)\b.{0,200}$"
    # (as WordPress themes say it in other languages: "4 réflexions sur « ... »", "3 comentarios en ...", "2 Gedanken zu ...")
    r"|^\d+\s+(?:réflexions?|commentaires?|réponses?|comentarios?|respuestas?|comentários?|commenti|risposte|pensieri|gedanken|kommentare|"
    r"antworten|reacties|gedachten|komentarzy|komentarze|kommentarer|tankar)\s+(?:sur|à|en|sobre|em|a|su|zu|zum|zur|op|over|do|till|til|om|på|bij)\b.{0,200}$"
    # (a story's link to its forum thread, with the thread under it: "Discuss this article in the forums (10 replies)")
    r"|^(?:discuss this (?:article|story|post)(?: in (?:the|our) forums?)?|discuti l'articolo(?: sul forum)?|artikel im forum diskutieren|"
    r"discuter de (?:cet|l')article(?: sur le forum)?)(?:\s*\(\d[\d,.]*(?: (?:replies|comments|posts|risposte|antworten|réponses))?\))?\s*[:.]?$"
    r"|^(?:what (?:readers|people|you) (?:say|think|said|are saying)|join the (?:discussion|conversation)|conversation|"
    r"have your say|share what you think|your (?:comments|views|say|letters)|guest ?book|condolences|tribute wall|(?:memories|messages) (?:&|and) condolences|reader (?:views|reactions)|readers['’]? letters|letters to the editor)(?:\s*\(\d[\d,.]*\))?\s*(?:[:.?!]|\.\.\.|…)?$",
    re.I,
)
# Page furniture that is neither article nor comment.
_BOILER = re.compile(
    r"^(?:more on (?:the|this) (?:topic|story|subject)|related(?: (?:stories|articles|posts|content|links|coverage|topics))?|"
    r"read (?:more|also|next)|see also|also read|recommended(?: for you)?|(?:most|more) (?:popular|read|viewed)|trending(?: now)?|"
    r"you (?:may|might) also like|share(?: this(?: article| story| post)?)?(?: on .*)?|(?:[\d,.]+k?\s+)?shares|share or comment on this (?:article|story|post).*|"
    r"do you know more\?.*|tweet|e-?mail|print|"
    r"leave a (?:reply|comment)|post a comment|post your reply|direct message|more|add (?:a |your )?comment|write a comment|submit(?: comment)?|post comment|"
    r"(?:please )?(?:log|sign) ?in(?: or (?:register|sign up))?(?: to (?:comment|reply|post|join).*)?|register|cancel reply|"
    r"you must be logged in.*|your email address will not be published.*|required fields are marked.*|"
    r"comments? (?:are|is) (?:closed|moderated).*|comment policy.*|community guidelines.*|"
    r"sort(?:ed)? by.*|sort:.*|(?:ordenar|ordenado|sortieren|sortiert|trier|trié|ordina|ordinati|sorteer|sortera|sortuj) (?:por|nach|par|per|op|efter|według)\b.*|markdown (?:is )?supported\.?|(?:view|show|see|load) (?:\d+ )?more (?:comments?|replies|reply)|(?:show|hide|view|see) (?:all )?(?:\d+ )?(?:replies|reply)|(?:newest|oldest|best|top)(?: first)?|(?:best|worst) rated|(?:newest|oldest) first\s*[|·•]\s*(?:newest|oldest) first|load more(?: comments)?|show more(?: comments| replies)?|"
    r"advertisement|sponsored(?: content)?|avatar|#\d{1,6}|\d{1,4}\.|(?:junior|senior|new|registered|super|banned) member|join date:.*|joined:.*|registered:.*|member since:?.*|posts:\s*[\d,]+|(?:view|see|show) (?:the )?results|subscribe(?:\b.*)?|sign up for .*|newsletter.*|follow us.*|"
    r"tags?:.*|filed under.*|categories?:.*|posted in .*|(?:all rights reserved|copyright|©).*|"
    r"previous(?: (?:post|article|story))?|next(?: (?:post|article|story))?|back to top|top of page|save|gift (?:this )?article|"
    r"facebook|twitter|linkedin|reddit|whatsapp|pinterest|"
    # an empty thread's notes and its form's labels ("Comments (0)", "Be the first to comment", "Name *")
    r"(?:0|no)\s+(?:comments?|responses?|replies)(?:\s+yet)?|comments?\s*[(\[]\s*0\s*[)\]]|be the first to (?:comment|respond|reply|share).*|"
    r"there are no comments.*|comments? (?:have|has) been (?:disabled|closed|turned off).*|commenting (?:is|has been) (?:disabled|closed).*|"
    r"(?:your )?(?:name|e-?mail(?: address)?|website|url|comment)\s*\*|your comment|your (?:name|town|city|location)|website|save my name, email.*|notify me of .*|"
    r"(?:newer|older) posts?(?: (?:newer|older) posts?)?(?: home)?|copy link|topics|show me|invalid email|add to (?:my )?calendar|get directions|shop now|"
    # (a widget's counts and icons: giscus's "5 comments · 3 replies", The Register's "Reply Icon")
    r"\d+ comments? · \d+ repl(?:y|ies)|write a reply|footer links|reply icon|"
    r"post reply|\d[\d,]* posts? [•·|] page \d+ of \d+|"
    r"(?:what is|how much is|solve:?) \d{1,3} ?[+x×*\-] ?\d{1,3} ?(?:=|\?)?\s*\??|"  # (the form's sum against spam: "What is 3 + 4?")
    # (a story's feedback widget and a newsletter box: "Was this article helpful?", "Get the StarGlow newsletter", "Sign me up")
    r"was this (?:article|story|page|post|information|answer) (?:helpful|useful)\??|(?:get|join) (?:our|the) .{1,40} newsletter.*|sign me up|"
    r"your privacy is important to us\.?|.{1,60},? straight to your inbox[.!]?|"
    # (a Q&A site's reputation badges and its answers' labels)
    r"\d[\d,]* (?:gold|silver|bronze) badges?(?: \d[\d,]* (?:silver|bronze) badges?)*|this (?:answer|question) is (?:not )?useful|accepted|"
    r"show activity on this post|"
    # (a guest book's entry kinds over each entry: "Condolence", "Memory", "Family Response")
    r"condolence|memory|family response|showing entries \d+\s*[-–]\s*\d+ of \d+|"
    # comment widgets' and newsletter boxes' chrome ("Start the discussion…", "Log in with", "Enter your comment here...")
    r"recommend|start the discussion\W*|log in with|or sign up with .{1,30}|(?:enter|type) your (?:comment|e-?mail(?: address)?|name)(?: here)?\W*|"
    r"your e-?mail(?: address)?|sign ?up|follow|blog at wordpress\.com\.?|leave a reply(?: cancel reply)?|cancel reply|"
    r"click (?:any|a) reaction.*|like this|like loading\W*|welcome to the discussion\.?|thank you for subscribing|thanks? (?:you )?for signing up|we have more newsletters|(?:more|top|latest|other) (?:stories|news|headlines)(?: from .*)?|(?:most|more) recent|facebook (?:comments|social) plugin|view all|send us your feedback|skip next section.*|explore more|"
    # the page's legal and widget footers, a form's captcha, a thread's rules
    r"(?:your )?ad ?choices|site ?map|do not sell my (?:personal )?(?:data|info(?:rmation)?)|add disqus to your site|"
    r"please enter the code(?: shown)?|please turn off your caps lock|tags|"
    # comment widgets' stand-ins where their script did not run, and their sign-in notes
    r"please enable javascript to view the comments.*|(?:blog )?comments powered by disqus|posting as (?:guest|.{1,30} \(change\))|"
    r"(?:log|sign) ?in or (?:create (?:an|your) account|register|sign up) to (?:join|comment|reply|post).*|"
    # a newsletter platform's furniture (Substack's "3 Restacks", "Discussion about this post", "Ready for more?")
    r"(?:\d+ )?restacks?|no posts|discussion about this post|ready for more\?|start writing|get the app|"
    # Blogger's comment form and its post links
    r"comment as:.*|publish\s+preview|newer post\s+home\s+older post|"
    # the same furniture in other languages ("Teilen", "Kommentar schreiben", "Weitere Kommentare laden", "Anzeige")
    rf"{furniture_words.FURNITURE})\s*(?:[:.!]|\.\.\.|…)?$",
    re.I,
)
# What a text browser prints for a picture (w3m's "[image]", lynx's "[IMG]"): an avatar's, beside a comment; and a
# widget's separator dots alone on their line ("•", Disqus's between a comment's actions).
_PLACEHOLDER = re.compile(r"^(?:\[(?:image|img|inline|photo|picture|avatar|icon)\]|[•·]+|[−+–-]|[☆★✩✪✫✬✭✮✯✰]+)$", re.I)  # (and Disqus's "−" to fold a thread, a rating's empty stars)
# A poll's heading: its question and choices under it, down to its "Vote" row and count, are never a comment (_mark_polls).
_POLL_HEADING = re.compile(r"^(?:(?:our |today's |the |quick |daily |weekly )?(?:readers?'?|online|web) )?poll\s*:?$", re.I)
_POLL_CLOSE = re.compile(r"^(?:vote|view results|see results|show results|[\d,.]+ votes?|total votes:?\s*[\d,]+|poll results are not scientific\.?"
                         r"|[^:]{1,40}:\s*\d{1,3}%(?:\s*\([\d,]+ votes?\))?)$", re.I)  # (and its results: "Yes: 58% (412 votes)")
_ZERO_COUNT = re.compile(r"^(?:0|no)\s|[(\[]\s*0\s*[)\]]", re.I)
# A page's word that its own thread is empty or switched off ("0 Comments", "No responses yet", "Be the first to comment",
# "Comments are turned off. Learn more"); not "Comments are closed", which a thread with comments says as well, nor a
# widget's note about the reader's own account ("Commenting has been disabled for this account").
_EMPTY_THREAD = re.compile(
    r"^(?:(?:0|no)\s+(?:comments?|responses?|replies|condolences?|tributes?|memories|entries|reviews?)(?:\s+yet)?\s*(?:[:.!]|[.!]\s+\S.{0,100})?|comments?\s*[(\[]\s*0\s*[)\]]|"
    r"be the first to (?:comment|respond|reply|share)\b.*|there are no (?:comments|responses|replies|condolences|tributes|memories|entries)\b.*|"
    r"(?:comments|replies|commenting) (?:are |is |have been |has been )?(?:turned off|switched off|disabled)"
    r"(?: (?:for|on) this (?:article|story|post|piece|video|page))?\.?(?: learn more\.?)?|"
    rf"{furniture_words.EMPTY_THREAD})$", re.I)
_CLOSED_THREAD = re.compile(rf"^(?:comments? (?:are|is|have been|has been) (?:now )?closed\b|commenting (?:is|has been) (?:now )?closed\b|"
                            rf"this (?:topic|thread|discussion) (?:is|has been) (?:now )?closed\b|(?:{furniture_words.CLOSED_THREAD}))", re.I)
# Boilerplate however long its line: what its first words say ("Posted in Culture, Energy | Tagged ...", "Previous Post: ...")
_BOILER_LEAD = re.compile(r"^(?:posted in|this entry was posted (?:in|on)\b|bookmark the permalink|filed under|"
                          # a forum's footer: its posting permissions, its clock, its software, its disclaimer
                          r"you may (?:not )?(?:post|edit) (?:new threads|replies|attachments|your posts)|all times are gmt|"
                          r"(?:proudly )?powered by (?:vbulletin|wordpress|blogger|drupal|joomla|phpbb|xenforo|ghost|invision)\b|"
                          r"[–—-]?\s*(?:proudly |website )?powered by (?:giscus|utterances|remark42|isso|cusdis|commento|disqus)\b.{0,20}$|"
                          r"[–—-]?\s*(?:proudly |website )?powered by (?-i:[A-Z0-9])[\w.\-]*(?: (?-i:[A-Z0-9&])[\w.\-]*)*(?: from \S+)?\.?$|"  # ("Powered by BLOX Content Management System from TownNews.com.")
                          r".{0,60} is not responsible for the content of members|tagged(?: with)?:?|tags?:|categories?:|labels:|©|\(c\)|copyright\b|all rights reserved|"
                          r"save my name, email|your email address will not be published|notify me of (?:follow-?up|new) (?:comments|posts)|"
                          # (the publisher's owner in the footer: "GadgetBench is part of Northgate Media Group plc ..."; the form's display-name note)
                          r"[\w.&'’ -]{1,40} is (?:a )?(?:part|division|subsidiary|member|brand) of .{0,60}\b(?:media|group|network|publishing|publications|plc|inc|ltd|llc|holdings|digital)\b|"
                          r"you must confirm your public display name|please log ?out and then log ?in again|"
                          r"最終更新|"  # (the story's "last updated" line under it: "最終更新:11/20(水) 18:40")
                          r"[^©\n]{1,60}©\s*(?:19|20)\d{2}\b|"  # (the site's name before its copyright: "Sazón de Rancho © 2024")
                          r"¿hiciste esta receta\?|did you make this recipe\?|hai provato questa ricetta\?|as-tu (?:testé|essayé|fait) cette recette\?|"
                          r"[^›»\n]{1,40}(?:\s[›»]\s[^›»\n]{1,100}){2,}$|"  # (a breadcrumb: "Forums › Airline News › <topic>")
                          r"(?:(?:previous|next|older|newer) (?:post|article|story|entry)|(?:<<|«|‹|←)\s*(?:previous|next))\s*:|"
                          # a rule between blocks, a row of buttons: "━━━━━━", "[Log in] [Sign up]"
                          r"[\s\-–—_=*~━─═]{3,}$|(?:\[[^\]\n]{1,25}\]\s*){2,6}$|"
                          r"sign up (?:to|for) (?:our|the) .{0,40}newsletter|we use your sign-?up|keep it clean\b|please avoid (?:obscene|offensive)|"
                          r"comments (?:are|have been) (?:disabled|closed) (?:for|on) this|we are no longer accepting comments|you must be (?:logged|signed) in to\b|comments are moderated\b|the comments? section (?:is|has been) closed\b|"
                          rf"{furniture_words.LEGAL_LEADS}|"
                          r"the comments below have (?:not )?been moderated|(?:this|our) (?:web)?site uses cookies|we use cookies|.{0,60}\backnowledges? the traditional (?:owners|custodians)|this site uses akismet to reduce spam|the views expressed in the contents above|(?:don't|do not) threaten\b|be truthful\b)", re.I)
# A thread's rules, wherever the sentence starts: "The Gazette is committed to a lively but civil forum. Please keep comments relevant."
_THREAD_RULES = re.compile(rf"{furniture_words.THREAD_RULES}|"
                           r"\bplease keep (?:the |your )?comments (?:civil|relevant|respectful|on[- ]topic|clean)\b|\bplease keep it clean\b|"
                           # (the site's disclaimer: "Comments are the opinions of their authors, not of The Record.")
                           r"\bcomments are (?:the )?(?:opinions?|views?) of (?:their|the) (?:authors?|writers?|posters?)\b|"
                           r"\bcomments (?:are|remain) the sole responsibility of\b|"
                           r"\bby submitting a comment, you (?:accept|agree)\b|\bto encourage thoughtful and respectful conversations?\b|"
                           # the form's note on signing in, after other words: "Want to join the conversation? Please log in or register to comment"
                           r"\byou (?:must|need to|have to) be (?:logged|signed) in to (?:comment|post|reply|join)\b|\b(?:sign|log) ?in with .{1,40}? to (?:comment|reply|post)\b|\b(?:log|sign) ?in (?:or (?:register|sign up|create an account) )?to (?:comment|post|reply|join the)\b|"
                           r"\bcommitted to (?:maintaining |providing |hosting )?a (?:lively|civil|respectful|safe)\b.{0,40}\b(?:forum|discussion|conversation)\b", re.I)
# A row of links apart by bars or dots: "About us · Contact · Write for us · Privacy", "Terms | Privacy Policy | Cookies"
_LINK_ROW = re.compile(r"^(?:[A-Z][\w'&.-]*(?: [\w'&.-]+){0,3})(?:\s+[|·•∙]\s+[A-Z][\w'&.-]*(?: [\w'&.-]+){0,3}){2,}$")
# Boilerplate that heads a list of other stories: the short headlines under it are furniture too.
_LIST_HEADING = re.compile(r"^(?:related(?: (?:stories|articles|posts|content|links|coverage))?|"
                           r"recommended(?: for you)?|(?:most|more) (?:popular|read|viewed|recent)|(?:recent|popular) (?:posts|entries|articles)|latest(?: news| stories| headlines)?|read (?:next|also)|also read|see also|more from .{1,40}|"
                           r"more on this (?:story|subject)|sponsored(?: content| stories| links)?|promoted(?: stories)?|"
                           r"[←«‹<]?\s*(?:previous|next) (?:post|article|story|entry)\s*[→»›>]?|"
                           r"similar (?:topics|threads)|(?:also|more) from this (?:source|author)|trending(?: now| (?:on|in|at) .{1,40})?|explore more|you (?:may|might) also like|(?:more|top|latest|other) (?:stories|news|headlines)(?: from .*)?|"
                           rf"{furniture_words.LIST_HEADINGS})"
                           r"\s*[:.!]?$", re.I)
# A clock time after a date ("at 6:18 pm", "· 8:23 PM", "- 13:04", "1:04:41 AM"), and a year of four
# digits or two ("7 Aug 12 at 11:21 pm"; two digits only when no clock follows: "Aug 8 12:30").
# (Spanish and French sites may end the clock with "h": "12/03/2012 - 15:31h"; French ones write it "18h44"; "at" in
# Slovene "ob", Czech "v", Polish and Slovak "o", Croatian "u", Romanian "la", Russian "в")
_CLOCK_AFTER = (r"(?:,?\s*(?:(?:at|a las|à|às|um|alle|ore|om|kl\.?|klo|ob|v|o|u|la|в|@|-|–|·|\|)\s*)?(?:\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}[hu]\d{2}\b|\d{1,2} h \d{2}\b)"
                r"(?:\s*[ap]\.?m\.?|h(?:s|rs)?\b|\s*uhr\b)?)?")  # ("11.03.2011 a las 21:04hs", "12.03.2013, 15:02 Uhr")
_YEAR = r"(?:\d{4}|\d{2}(?![\d:.]))"
# A month's name or its abbreviation, as a whole word ("1. Martin" and "Mayor" are no dates).
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
# (a word of its own: "Eamon Wed May 23" holds one weekday, not "mon"; "Ramon Sato Thu May 23" none in "Sato")
_WEEKDAY_NAME = r"(?<![^\W\d_])(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b"
_WEEKDAY = rf"{_WEEKDAY_NAME}\.?,?\s+"
# the time zone a clock time is given in ("5:21 PM PDT", "10:07 AM EDT"): part of the time, not text
# (written in capitals: "et al" after a time is no zone)
_ZONE = r"\s+(?-i:[ECMP][SD]T|AK[SD]T|HST|UTC|GMT|BST|CES?T|IST|AE[SD]T|[ECMP]T)\b|\s+\((?-i:UTC|GMT)\)"
_IBERIAN_MONTH = (r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre"
                  r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
                  r"|gener|febrer|març|maig|juny|juliol|setembre|desembre)")  # (and Catalan's)
_TIME = (
    rf"(?:{_WEEKDAY})?"
    r"(?:(?:about |over |almost )?(?:an?|one|\d+)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\.?\s+ago"
    r"|just now|yesterday(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?)?|today(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*[ap]\.?m\.?)?"  # ("Today 2:11pm")
    # the same age in other languages: "3 saat önce", "2 ore fa", "5 uur geleden", "2 godz. temu", "3 часа назад",
    # "3 giờ trước", "3 घंटे पहले", "2 dagar sedan"; "hace 4 horas", "há 2 dias", "il y a 3 heures", "vor 3 Stunden",
    # "před 3 hodinami", "πριν από 3 ώρες", "לפני 3 שעות", "منذ 3 ساعات"; "3時間前", "3小时前", "3 시간 전"
    r"|\d+\s*\S{1,14}\s+(?:önce|fa|geleden|temu|назад|тому|trước|पहले|sedan|siden|sitten|(?:yang )?lalu)(?!\w)"
    r"|(?<!\w)(?:hace|há|il y a|vor|před|pred|prije|acum|fa|πριν(?:\s+από)?|לפני|منذ|cách đây)\s+\d+\s+(?:de\s+)?\S{1,14}"
    r"|\d+\s+(?:másodperce|perce|órája|napja|hete|hónapja|éve)(?!\w)"  # (Hungarian: "3 órája")
    r"|\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|日|天|週間|周|個月|个月|か月|ヶ月|年)\s*前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|달|년)\s*전"
    rf"|(?:{_WEEKDAY_NAME},?\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:{_YEAR})?{_CLOCK_AFTER}"
    rf"|{_MONTH}-\d{{1,2}}-(?:\d{{4}}|\d{{2}})(?![\d-]){_CLOCK_AFTER}"  # (Ogden Newspapers' "Mar-13-12 6:40 AM")
    # "9 December, 2011", "09. Jul, 2012"
    rf"|(?<![\w#])\d{{1,2}}(?:st|nd|rd|th|\.)?\s+{_MONTH},?\s*(?:{_YEAR})?{_CLOCK_AFTER}"  # (not a name's last digit: "BusyMomOf3 Mar. 12, 2012"; nor a post's number: "#5 Mar 12, 2010")
    # the same with the month in another language, where a year follows: "12 березня 2024 15:08", "12. März 2024"
    # (and with Spanish and Portuguese "de": "12 de marzo de 2012 - 14:31", "12 de Marzo del 2012")
    rf"|(?<![\d#-])\d{{1,2}}\.?\s+[^\W\d_]{{3,12}}\.?,?\s+(?:19|20)\d{{2}}(?![\d:]|[-/.]\d){_CLOCK_AFTER}"
    # (the weekday before it in its own language: "dimarts, 4 de març de 2025, 18.42", "martes, 4 de marzo de 2025")
    rf"|(?:(?<!\w)[^\W\d_]{{4,12}},\s+)?(?<![\d#-])\d{{1,2}}\s+de\s+{_IBERIAN_MONTH}\s+(?:de|del)\s+(?:19|20)\d{{2}}(?![\d:]|[-/.]\d){_CLOCK_AFTER}"
    # (Folha's "12.mar.2024 às 14h41": the month's short name between dots, the clock with an "h")
    rf"|\d{{1,2}}\.{_MONTH}\.\d{{4}}(?:\s+(?:às|as|a las|at)\s+\d{{1,2}}h\d{{2}})?"
    # (Iranian sites' clock and Solar Hijri date, in Persian digits: "۱۴:۳۱ - ۱۴۰۲/۱۲/۲۲")
    r"|\d{1,2}:\d{2}\s*-\s*[1۱][34۳۴]\d{2}/\d{1,2}/\d{1,2}"
    # (a day word and a dotted clock with "Uhr": SPIEGEL's "Heute, 14.47 Uhr", "Gestern, 9.05 Uhr")
    r"|(?:heute|gestern|vorgestern),?\s+\d{1,2}[.:]\d{2}\s*uhr\b"
    # (a day word, then the clock, as many languages write it: "dzisiaj, 14:05", "ontem às 9:12", "bugün 14:05")
    r"|(?<!\w)(?:dzisiaj|dziś|wczoraj|hoje|ontem|idag|igår|i går|dnes|včera|bugün|dün|azi|tegnap|ma|σήμερα|χθες),?\s+"
    r"(?:(?:o|às|v|saat|kl\.?|la|kello)\s+)?\d{1,2}[:.]\d{2}\b"
    # (Finnish sites' "klo 13.32", "eilen klo 22.47")
    r"|(?:(?:tänään|eilen),?\s+)?klo\s+\d{1,2}[.:]\d{2}\b"
    # (Thai: the month's name in Thai letters, its vowels marks and all, a Buddhist-era year and "เวลา 14:18 น.")
    r"|\d{1,2}\s+[\u0e01-\u0e4e.]{3,12}\s+25\d{2}(?:\s*(?:เวลา\s*)?\d{1,2}[:.]\d{2}(?:\s*น\.)?)?"
    r"|\d{4}-\d{2}-\d{2}(?:(?:[ T]|,\s*|\s+(?:kl\.?|klo|um|at|à|alle|om)\s+)\d{2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?(?!\w))?)?"  # (LiveJournal's "2010-03-12 01:15 pm (UTC)"; "2024-04-09, 09:02", "2024-04-09 kl. 09.02")
    # year first, as East Asian sites write it: "2024年03月12日 20:14", "2024.03.12. 20:14", "2024/3/12 20:14"
    rf"|(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日(?:\s*[(（][^)）]{{1,3}}[)）])?{_CLOCK_AFTER}"
    rf"|(?:19|20)\d{{2}}(?:\.\d{{1,2}}\.\d{{1,2}}|/\d{{1,2}}/\d{{1,2}})(?![\d/]|\.\d)\.?(?:\s*[(（][^)）\d]{{1,3}}[)）])?{_CLOCK_AFTER}"
    # (and the month and day with the weekday, no year: Yahoo! Japan's "3/12(火) 16:48")
    r"|\d{1,2}/\d{1,2}\s*[(（][^)）\d\s]{1,3}[)）]\s*\d{1,2}:\d{2}"
    # "10/8/12 8:26 PM", "08/09/2012 - 13:04", and dotted with two-digit parts: "07.15.12 at 11:59" (not "2.6.32")
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}{_CLOCK_AFTER}|\d{{2}}\.\d{{2}}\.(?:\d{{4}}|\d{{2}})(?![\d.]){_CLOCK_AFTER}"
    # (one-digit parts where the year has four, as central Europe writes it, a space after each dot or none: "2.12.2025 14:05",
    # "12. 12. 2025 14:05")
    rf"|(?<![\d.])\d{{1,2}}\.\s?\d{{1,2}}\.\s?(?:19|20)\d{{2}}(?:\.(?=\s))?(?![\d.]){_CLOCK_AFTER}"  # (Croatian ends the year with a dot)
    # (and with one-digit parts where the clock follows an "@": Reason's "3.12.12 @ 10:19AM")
    r"|\d{1,2}\.\d{1,2}\.\d{2}\s*@\s*\d{1,2}:\d{2}\s*[ap]m\b"
    # a clock, then the day: MediaWiki's "15:21, March 12, 2012", "02:41 PM on 03/12/2011"; "yesterday at" as other
    # languages write it: "вчера в 9:12", "gestern um 9:12", "hier à 9h12" (not the "h"), "今天 15:02"
    r"|(?:(?:вчера|сегодня|gestern|heute|hier|aujourd'hui|ayer|hoy|ieri|oggi|gisteren|vandaag|igår|i dag)\s+"
    r"(?:в|um|à|a las|alle|om|kl\.?)\s+|(?:今天|昨天|前天|今日|昨日)\s*)?\d{1,2}(?::|[hu](?=\d\d\b))\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?"  # (the space kept for the day after a bare clock)
    # (and the weekday before the day: "9:12 pm on Saturday, March 12, 2011", "12:01 PM Mon, 12 Mar 2012"; or the day in
    # digits: "11:23 am 04/11/2012", Stuff's "07:12am 21 Mar 2012", the BBC's "17:21 17th Mar 2012"; the clock's zone between them: People's "11:32 AM EDT on
    # Mar 12, 2012")
    rf"(?:{_ZONE}(?=\s+on\s))?"
    rf"(?:(?:,\s*|\s+on\s+|\s+(?={_WEEKDAY})|\s+(?={_MONTH}\s*\d)|\s+(?=\d{{1,2}}(?:/\d{{1,2}}/\d{{2,4}}|(?:st|nd|rd|th)?\s+{_MONTH})))(?:{_WEEKDAY})?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s*{_YEAR})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s*{_YEAR})?|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}))?)"
    # (and the year after the zone, as Unix's date prints it: "Tue May 22 17:02:19 BST 2012")
    rf"(?:(?:{_ZONE})(?:\s+(?:19|20)\d{{2}}(?![\d:]))?)?"
)
_TIME_ONLY = re.compile(rf"^(?:[·•|\-–—]\s*)?(?:posted |commented |written |updated )?(?:on |at )?(?P<time>{_TIME})\.?$", re.I)
_TIME_ANY = re.compile(_TIME, re.I)
# Every form of _TIME holds a digit or one of these words (matched the same way, in any case): a line
# without any skips the full pattern, which costs ~20 µs a line.
_TIME_HINT = re.compile(r"\d|ago|now|yesterday|today", re.I)


def find_time(text: str) -> re.Match | None:
    """_TIME_ANY.search(text), without running it on text that cannot hold a time."""
    return _TIME_ANY.search(text) if _TIME_HINT.search(text) else None


# The age a social widget prints after its actions ("3h", "2d", "1w", "5 min").
_SHORT_AGE = r"\d{1,3}\s?(?:[smhdwytuj]|mo|mins?|hrs?|wks?|yrs?)\b"  # (and "3 t", "3 u", "3 j": hours in Norwegian and Dutch, days in French)
# Action and vote rows under a comment: "Reply", "Reply · Report", "12 likes", "▲ 5 ▼", "+3 -1", "Like (4)".
_ACTION_WORD = (r"(?:click to rate|complain about this comment(?: \(comment number \d+)?|reply(?: to this)?|replies|responder|denunciar|(?:no )?me gusta|(?:não )?gosto|concordo|discordo|répondre|signaler|report(?: abuse| content| this(?: comment| post| reply)?)?|flag|like|likes|unlike|dislike|dislikes|"
                r"vote(?: up| down)?|votes|(?:up|down)[- ]?votes?|points?|reposts?|retweets?|quotes|bookmarks|boosts?|favou?rites|recommend|recommended(?: by \d+ readers?)?|share|permalink|copy link|link|edit|delete|quote|"
                r"helpful|not helpful|offensive|thumbs? up|thumbs? down|expand|collapse|thread|parent|(?:dis)?agree(?=\s*\(?\d)|respect(?=\s*\(?\d)|rating(?=\s*:?\s*[+\-−]?\d|\s*$)|score(?=\s*:\s*[+\-−]?\d)|"
                rf"{furniture_words.ACTION_WORDS})")
_ACTIONS = re.compile(
    rf"^(?:[\s·•|/,()\[\]\-−–—▲▼△▽↑↓👍👎❤+›»\d]*(?:{_ACTION_WORD}\b[\s·•|/,()\[\]\-−–—▲▼△▽↑↓👍👎❤+›»\d:]*)+(?:(?<!\d)(?P<time>{_TIME}|{_SHORT_AGE}))?[\s›»]*"
    r"|[\s▲▼△▽↑↓👍👎❤+\-−\d|·•]+)$",
    re.I,
)
# A vote count alone on its line ("12", "-4") under a comment in a copied thread. Only on text pages:
# in an HTML comment's own body such a line is what the reader wrote ("+1" is a comment, and stays one).
# A comment's note on who liked or answered it: "Liked by Nora Blakely", "1 reply by Nora Blakely"
_WHO_ANSWERED = re.compile(r"^(?i:liked by|\d+ repl(?:y|ies) by) [A-Z][\w'. \-]{1,40}$")
_VOTES = re.compile(r"^[\-−]?\d{1,6}$")
_COUNT = re.compile(r"^(?:[\-−+]\s?)?(?:\d{1,6}|\d{1,3}(?:,\d{3})+|\d{1,3}(?:\.\d)?[KkM])$"  # a count alone: "12", "3,014", "1.4K"
                    r"|^\+\d{1,6}\s*/?\s*[\-−]\d{1,6}$")  # (or the votes for and against: "+42 −5", "+21 / −4")
# Reddit's copied threads give each comment's depth on a line of its own: "level 2".
_LEVEL = re.compile(r"^level\s+(\d{1,2})$", re.I)
# A user name on its own: a handle or one to three capitalised words, no sentence punctuation.
# (a capital of the Latin, Greek or Cyrillic alphabets: "Łukasz", "Γιώργος Π.", "Ольга")
_CAPITAL = "[" + "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha()) + "]"
_HANDLE = (rf"[@~]?[\w.\-][\w.\-*]{{1,29}}|~?{_CAPITAL}[\w'.\-]*(?: (?!(?:at|on|said|says|wrote|posted|in|@)\b){_CAPITAL}[\w'.\-]*){{0,2}}"
           # (a name with a particle before the last word: "Basia z Kraśnika", "Pete from Perth", "Ana de Souza")
           rf"(?: (?:z|ze|de|del|della|da|di|du|dos|das|from|van|von|van der|van den|von der) {_CAPITAL}[\w'.\-]*)?")
# The days of the week in other languages, which open a date as a name would ("Kamis, 15 Februari 2024")
_WEEKDAYS = (r"(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|"
             r"jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|"
             r"sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|mandag|"
             r"tirsdag|lørdag|søndag)")
_AUTHOR_TIME = re.compile(
    # ("1. Anna wrote on March 3, 2024:": a numbered byline, words between name and date; a few of them,
    # so that a long run of separators fails at once)
    rf"^(?:(?:#\d{{1,4}}[.)]?|\d{{1,4}}[.)])\s+)?(?:(?:posted|post|comment|reply|written|submitted)\s+)?(?:by:?\s+|from:\s*|"
    # (and "comment by" in other languages: "Commento di Giuliana – 9 aprile 2025 ore 19:02")
    r"(?:commento|commentaire|comentario|comentário|kommentar|reactie|komentarz|kommentti|messaggio|beitrag|message|mensaje|bericht|"
    r"wiadomość|inlägg|innlegg|viesti)\s+(?:di|de|da|von|van|od|par|av|door|från|fra)\s+)?"
    rf"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+\d|{_WEEKDAYS}\b)(?P<author>{_HANDLE})"
    # where the reader writes from, as letters pages print it: "Hannah (Portland) 3 March 2024"; the date may sit in
    # brackets: "#1 TaxpayerTom (4/19/2011 6:42:10 AM)"
    r"(?:\s*\([^()\d]{1,40}\))?"
    # (and the links a byline prints after the name: Greymatter's "Posted by NAME [e-mail] [homepage] @ 03/14/2010 09:40 PM")
    r"(?:\s*\[[^\[\]\d]{1,20}\])*"
    # (phpBB's "Post by Dougal_F » Tue Mar 05, 2024 9:14 am": its guillemet)
    rf"(?:\s*(?:[·•|,\-–—»]|\bon\b|\bat\b|\bsaid\b|\bwrote\b|\bsays\b|\bcommented\b|\breplied\b|\bposted\b|:|\b(?:owner|author|member|collaborator|contributor|maintainer)\b(?=\s+(?:commented|replied)\b))){{0,4}}\s*(?:on |at )?(?P<paren>\()?(?P<time>{_TIME})(?(paren)\))\s*(?:[·•|,\-–—]\s*)?(?:{_ACTION_WORD}\b.*|(?:said|says|wrote|writes)\b)?[.:]?$",
    re.I,
)
# "Posted by: NAME on DATE": after the label, any name the writer gave ("Debbie and Rich Sowinski", "USW Local 1147 Retirees",
# "Sue (Kovach) Harmon", "Brezniak & Sons Funeral Home")
_POSTED_BY_ON = re.compile(rf"^(?:posted|submitted|written|signed|shared|left) by:?\s+(?P<author>[^\s:][^:]{{0,58}}?)\s+(?:on|at|[·•|,\-–—])\s+(?P<time>{_TIME})\s*$", re.I)
# a reply's subject before its byline: SMF's and TinyPortal's "Re: Cup QF: Rovers 3 Kingsmead 2 by Deano on March 17, 2012, 07:44:09 PM"
_REPLY_SUBJECT_BYLINE = re.compile(rf"^re:\s.{{1,100}}?\s+by:?\s+(?P<author>{_HANDLE})\s+(?:on\s+)?(?P<time>{_TIME})\s*$", re.I)
_GREETING = re.compile(r"^(?:hello|hi|hey|dear|thanks|thank you|yes|no|re|to|for|dude|sir|madam)\b", re.I)


def _name_at_date(text: str) -> re.Match | None:
    """Pixelpost's "NAME @ 2008-06-14 09:12": "@" for "at" before a whole date (not a clock alone: "Hello Mark @ 3:15")."""
    if " @ " not in text:
        return None
    match = _AUTHOR_TIME.match(text.replace(" @ ", " at ", 1))
    if match is None or _CLOCK_ONLY.match(match.group("time")) or _GREETING.match(match.group("author")):
        return None  # (nor a reply's greeting to the comment it answers: "Hello MrCommunal Award @ 25 October 2012 at 9:42 pm")
    return match


_CLOCK_ONLY = re.compile(r"^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$", re.I)
_TIME_LABELS = frozenset(("date", "posted", "time", "submitted", "published", "updated", "added", "written", "created", "asked", "answered",
                          "edited", "modified",
                          # ("posted" or "written" as other forums label a post's date: Norwegian "Skrevet 11. november 2025")
                          "skrevet", "skrivet", "geschrieben", "gepostet", "verfasst", "publié", "posté", "publicado", "escrito", "postado",
                          "pubblicato", "scritto", "geplaatst", "napisano", "napsáno", "kirjoitettu", "lähetetty", "yazıldı", "gönderildi",
                          "投稿日", "投稿"))  # (and a Q&A site's "asked Nov 19, 2023 at 21:47")
_LABELS_NOT_NAMES = _TIME_LABELS | {"question", "answer", "q", "a", "source", "photo", "image", "video", "advertisement"}
_POSTED_BY_AT = re.compile(r"^(?:posted )?by\s.{1,80}\s@\s", re.I)  # (and CuteNews's "by NAME @ 29 Jan 2012 22:41")
_ACTION_TAIL = re.compile(rf"(?:\s*[·•|\-–—]\s*{_ACTION_WORD}\b)+\s*$", re.I)
_TIME_AUTHOR = re.compile(rf"^(?:posted |written )?(?:on )?(?P<time>{_TIME})\s*(?:[·•|,\-–—]+|\bby\b)\s*(?:by\s+)?(?P<author>{_HANDLE})(?:\s*\(not verified\))?\s*[.:]?"
                          # (and the byline's links after it: Xanga's "Posted 3/14/2006 at 11:01 PM by meg - delete - reply")
                          rf"(?:\s*[·•|\-–—]\s*{_ACTION_WORD}\b.*)?$", re.I)
# the BBC's numbered byline, the time first: "At 10:14am on 12 Jun 2010, Dai_the_Bus wrote:"
_AT_TIME_AUTHOR_WROTE = re.compile(rf"^at (?P<time>{_TIME}),\s*(?P<author>{_HANDLE}) wrote:$", re.I)
_AUTHOR_SAYS = re.compile(rf"^(?:(?:posted |comment )?by\s+)?(?P<author>(?:{_HANDLE})(?:\s+@\s+[A-Z][\w'&.\-]*(?: [\w'&.\-]+){{0,4}})?)\s+(?:says|said|wrote|writes|replied|commented|added|responded|a posté(?: le)?|a écrit|dit|dice|dijo|disse|diz|sagt|zegt|skriver|siger|sier|sanoo)\s*(?::|,|\.\.\.|…)?$|^(?:(?:posted |comment |written )?by:?|(?:comment|reply) from:?|from:|name:|author:)\s+(?P<author2>{_HANDLE})\s*$"
                          # (Blogger's "said..." follows any name the reader chose: "Pam in Presteigne said...")
                          r"|^(?P<author3>\w[\w'’.\-]*(?: [\w'’.()\-]+){0,3}) said(?:\.\.\.|…)$", re.I)
# A reply's byline naming whom it answers: two names apart by an arrow or by the wider gap a copied
# Disqus thread leaves where its arrow icon was ("Tomasz  Hannah Cole • 2 hours ago").
_REPLY_BYLINE = re.compile(
    rf"^(?P<author>{_HANDLE})(?:\s*[→➜⤷↪▶►]\s*|\s{{2,}})(?P<to>{_HANDLE})\s*[·•|,\-–—]\s*(?P<time>{_TIME})\s*$", re.I)
# A social network's byline: "Hannah Cole @hannahc · 3h".
_AGE_ONLY = re.compile(rf"^{_SHORT_AGE}$")
_SOCIAL_BYLINE = re.compile(rf"^(?P<author>{_HANDLE})(?:\u200f?\s+@[\w.]{{1,30}}\s*(?:[·•|]\s*)?|\s*[·•|]\s*)(?P<time>{_SHORT_AGE}|{_TIME})\s*$", re.I)
# A name and its @handle on one line, over a post (Twitter's layout of 2019: "Hannah Vu‏ @hannahvu_eats", a mark of direction
# between them)
_NAME_HANDLE = re.compile(rf"^(?P<author>{_HANDLE})\u200f?\s+@[\w.]{{1,30}}$")
# Facebook's comments plugin: the name, then what the profile says ("Jessica Moreno · Works at Starbucks",
# "Tanya Fields · Top Commenter · University of Florida", "Kevin O'Rourke · Boston, Massachusetts")
_PROFILE_BYLINE = re.compile(rf"^(?P<author>{_HANDLE})\s+·\s+(?:(?i:top commenter|works at\b|worked at\b|studied\b|studies\b|attended\b|"
                             r"lives in\b|went to\b|(?:owner|retired|student|teacher|manager|director|president|founder|ceo) at\b)|[A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*)*, [A-Z][\w'.\-]*(?: [A-Z][\w'.\-]*)*$"
                             # (or the school the profile names: "Brenda Collins · Pine Hollow High School")
                             r"|(?:[A-Z][\w'.\-]* ){1,4}(?:High School|College|University|Academy)$)[^·]{0,60}(?:·[^·]{1,60}){0,2}$")
# A tabloid's byline under the comment: the name, where the reader writes from, when ("Sid Harrow, Basildon, United
# Kingdom, 2 hours ago")
_AUTHOR_PLACE_TIME = re.compile(rf"^(?P<author>{_HANDLE}),\s+(?:[A-Z][\w'.\-]*(?: [A-Za-z][\w'.\-]*){{0,3}},\s+){{1,3}}(?P<time>{_TIME})$")
_REPLY_MARK = r"(?:[↳▸]\s*)?"  # (the arrow a thread prints before the line naming whom a reply answers)
_REPLY_TO = re.compile(rf"^{_REPLY_MARK}(?:(?:in )?(?:reply(?:ing)?|response) to\s+|(?:antwort auf|reakce na(?: příspěvek| komentář)?|en réponse à|(?:en )?respuesta a|em resposta a|antwoord aan|antwort an|"
                       rf"in risposta a|reactie op|odpowiedź (?:dla|na|do)|odpowiada|yanıt olarak|svar (?:till|på|til)|vastaus(?: käyttäjälle)?|răspuns (?:la|pentru))\s*:?\s+)(?P<author>{_HANDLE})(?:\s*\([^()]{{1,30}}\))?(?:,\s*{_TIME})?\s*[:.]?$", re.I)
# (Turkish names whom a reply answers with a suffix on the name: "↳ Adalı Mehmet'e yanıt")
_REPLY_TO_SUFFIXED = re.compile(rf"^{_REPLY_MARK}(?P<author>{_HANDLE})['’](?:y?[ea]|n[ea])\s+(?:yanıt|cevap)$", re.I)
_AUTHOR_ONLY = re.compile(rf"^(?:{_HANDLE})$")
_PLACE = re.compile(r"^[A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2}(?:, [A-Z][\w.'\-]*(?: [A-Z][\w.'\-]*){0,2})?$")  # "Portland, OR", "New Jersey"
_AUTHOR_PLACE = re.compile(rf"^(?P<author>{_HANDLE}),\s+[A-Z][\w'\-]*(?: [A-Za-z][\w'\-]*){{0,3}}$")
# old reddit's comment byline as a browser copies it (the three hidden scores run together): "[–]mrs_pettigrew 118 points119
# points120 points 5 hours ago (4 children)", "[–] honeybadger_notfound[S] 9 points 2 years ago"
_OLD_REDDIT = re.compile(r"^\[[–\-+]\]\s*(?P<author>[\w\-]{2,30}|\[deleted\])(?:\[[A-Z+]{1,3}\])*\s+(?:[\-−]?[\d,.]+k?\s+points?\s*){1,3}"
                         r"(?P<time>\d+\s+\w+\s+ago)(?:\s*\(\d+\s+child(?:ren)?\))?$", re.I)
# Hacker News's comment byline: "fernhill 8 hours ago | prev | next [–]", "quiet_badger 8 hours ago | parent | next [–]"
_HN_BYLINE = re.compile(r"^(?P<author>[\w\-]{2,30})\s+(?P<time>\d+\s+(?:minutes?|hours?|days?|months?|years?)\s+ago)"
                        r"(?:\s*\|\s*(?:parent|prev|next|root|context|flag|favorite|on:\s.{1,100}))+\s*(?:\[[–\-+]\d*\])?$")
# and its row of actions under each comment, its words run together in the copy: "permalinkembedsaveparentreportgive awardreply"
_OLD_REDDIT_ACTIONS = re.compile(r"^(?:[\d,.]+k?\s*comments?)?(?:permalink|embed|share|save|parent|report|give award|reply|hide|crosspost|source|context|"
                                 r"full comments|edit|delete){3,}$|^(?:permalink|embed|hide|crosspost|give award)$", re.I)
# A letter's signature under its text: "— Hannah Cole, Portland", "-- Tomasz", "— Ravi, 12 Mar 2009 15:40".
_SIGNATURE = re.compile(rf"^(?:—|–|--)\s*(?P<author>{_HANDLE})(?:\s*\([^()]{{1,30}}\))?(?:,\s*(?P<time>{_TIME})|,\s*[A-Z][\w.'\- ]{{0,40}})?$")
# The name before the text on the comment's own line: "Hannah Cole: text", "[Tomasz] text", "<dave> text".
_INLINE_AUTHOR = re.compile(
    rf"^(?:\[(?P<a1>{_HANDLE})\]|<(?P<a2>{_HANDLE})>|(?P<a3>{_HANDLE})(?:\s*\((?P<when>[^()]{{1,40}})\))?:)\s+(?P<text>\S.*)$", re.S)


@dataclass
class Line:
    no: int
    text: str  # stripped
    indent: int
    blank_before: bool
    kind: str = "content"  # content | boiler | header | meta | title
    author: str | None = None
    time: str | None = None
    reply_to: str | None = None
    meta_role: str | None = None  # header (names a comment) | footer (actions under it)
    depth: int | None = None  # the comment's depth, where a line states it ("level 2")
    in_story: bool = False  # furniture the story still shows where it stands (a poll under it)


# The links to the blog's previous and next posts: "« Broad beans at last", "Back to school, again →"
_NEIGHBOUR_POST = re.compile(r"^[«‹←]\s*[^«‹←»›→]+$|^[^«‹←»›→]+?\s*[»›→]$")
_SHARE_WORDS = frozenset("share tweet email e-mail print facebook twitter x linkedin whatsapp reddit pinterest pin it this on "
                         "via copy link save messenger telegram".split())


def _share_row(words: list[str]) -> bool:
    """A row of share buttons printed as one line: "Tweet Share on Facebook Email this"."""
    bare = [word.strip("|·•,:()[]").lower() for word in words]
    return len(words) >= 2 and all(word in _SHARE_WORDS for word in bare if word) and any(
        word in ("share", "tweet", "email", "e-mail", "facebook", "twitter") for word in bare)


_LIST_MARK = re.compile(r"^(?:[*+•-]|\d{1,3}[.)])\s+(?=\S)")  # a printed list's mark before an item: "1.  Dan says:"


def classify_line(line: Line) -> None:
    text = line.text
    if (mark := _LIST_MARK.match(text)) and line.kind == "content" and not _LIST_MARK.match(text[mark.end():]):
        # (a thread printed as a list, html2text's and lynx's: the byline under the item's number is still a byline;
        # one mark, not a row of them, "- - - -", which would recurse once a mark)
        item = Line(no=line.no, text=text[mark.end():], indent=line.indent, blank_before=line.blank_before)
        classify_line(item)
        if item.kind == "meta":
            line.kind, line.meta_role, line.author, line.time, line.reply_to, line.depth = (
                item.kind, item.meta_role, item.author, item.time, item.reply_to, item.depth)
            return
    words = text.split()
    if text[:1] == "[" and (match := _OLD_REDDIT.match(text)):
        line.kind, line.meta_role, line.author, line.time = "meta", "header", match.group("author"), match.group("time")
        return
    if " ago |" in text and (match := _HN_BYLINE.match(text)):
        line.kind, line.meta_role, line.author, line.time = "meta", "header", match.group("author"), match.group("time")
        return
    if _OLD_REDDIT_ACTIONS.match(text):
        line.kind, line.meta_role = "meta", "footer"
        return
    if len(words) <= 16 and (match := _PROFILE_BYLINE.match(text)):
        line.kind, line.meta_role, line.author = "meta", "header", match.group("author")
        return
    if _HEADER.match(text):
        # (an empty thread's heading opens nothing: "Comments (0)", "0 Comments")
        # (nor a form's label: "Comment" alone, over the box to write in)
        line.kind = "boiler" if _ZERO_COUNT.search(text) or text.rstrip(" :*").lower() == "comment" else "header"
        return
    if (len(words) <= 12 and (_BOILER.match(text) or _PLACEHOLDER.match(text) or _POLL_HEADING.match(text) or _share_row(words) or _NEIGHBOUR_POST.match(text) and not _ACTIONS.match(text)) or _BOILER_LEAD.match(text)
            or len(words) <= 40 and _THREAD_RULES.search(text) or _LIKED_THIS.match(text) or len(words) <= 20 and (_EMPTY_THREAD.match(text) or _CLOSED_THREAD.match(text))
            or _CARD_LABELLED.match(text)
            or _LINK_ROW.match(text) and not _ACTIONS.match(text)):
        line.kind = "boiler"
        return
    if text[:3].lower() == "re:" and (match := _REPLY_SUBJECT_BYLINE.match(text)):
        line.kind, line.meta_role = "meta", "header"  # (however long the subject)
        line.author, line.time = match.group("author"), match.group("time")
        return
    # (a byline's words, not its date's or its links': "Posted by Frank on Saturday, June 16, 2007 at 9:02 AM")
    # (a byline with its links and date is short: the trailing actions are sought on short lines only, a search that
    # would cost the square of a long line's length)
    if len(words) <= 10 or len(text) <= 400 and len(_TIME_ANY.sub(" ", _ACTION_TAIL.sub("", text)).split()) <= 10:
        match = _REPLY_TO.match(text) or _REPLY_TO_SUFFIXED.match(text)  # (before the bylines: "Response to fredbloggs1955, 9:41am")
        if match:
            line.kind, line.meta_role = "meta", "header"
            line.reply_to = match.group("author").lstrip("@").rstrip(".")  # (the sentence's stop: "In reply to Dave.")
            return
        match = _REPLY_BYLINE.match(text)
        if match:
            line.kind, line.meta_role = "meta", "header"
            line.author, line.reply_to, line.time = match.group("author").lstrip("@"), match.group("to").lstrip("@"), match.group("time")
            return
        match = _AUTHOR_TIME.match(text) or _POSTED_BY_ON.match(text) or _SOCIAL_BYLINE.match(text) or _AUTHOR_PLACE_TIME.match(text) or (
            # (Greymatter's "Posted by NAME [e-mail] @ 03/14/2010 09:40 PM": "@" for "at", after "Posted by" or an opening "by" only)
            _POSTED_BY_AT.match(text) and _AUTHOR_TIME.match(text.replace(" @ ", " at ", 1))) or _name_at_date(text)
        if match and (alone := _TIME_ONLY.match(text)):
            # a time alone names no author: "2010-03-13 11:58 pm (UTC)" is no "2010-03-13" at 11:58, "eilen klo 22.47" no "eilen",
            # "Posted on August 9, 2012" no "Posted"
            line.kind, line.meta_role, line.time = "meta", "header", alone.group("time")
            return
        if match and "paren" in match.groupdict() and match.group("paren") and _CLOCK_ONLY.match(match.group("time")):
            match = None  # a clock in brackets is a moment of a video or a match: "Darby (1:41)"
        if match and match.group("author").lower() in _TIME_LABELS:
            # a form's label before the time names no author: "Date: 2011-05-04 10:31", "Posted: 4/11/2012 6:45 PM",
            # a community's "Created Mar 3, 2012"
            line.kind, line.meta_role, line.time = "meta", "header", match.group("time")
            return
        if match:
            line.kind, line.meta_role = "meta", "header"
            line.author, line.time = match.group("author").lstrip("@"), match.group("time")
            return
        match = _TIME_AUTHOR.match(text) or _AT_TIME_AUTHOR_WROTE.match(text) if not _TIME_ONLY.match(text) else None  # "Mar 3, 2024" names no "2024"
        if match:
            line.kind, line.meta_role = "meta", "header"
            line.author, line.time = match.group("author").lstrip("@"), match.group("time")
            return
        match = _AUTHOR_SAYS.match(text)
        if match:
            line.kind, line.meta_role = "meta", "header"
            line.author = (match.group("author") or match.group("author2") or match.group("author3")).lstrip("@")
            return
        if _TIME_ONLY.match(text):
            line.kind, line.meta_role, line.time = "meta", "header", text.rstrip(".").lstrip("·•|-–— ")
            return
        match = _LEVEL.match(text)
        if match:
            line.kind, line.meta_role, line.depth = "meta", "header", int(match.group(1))
            return
        if _WHO_ANSWERED.match(text):
            line.kind, line.meta_role = "meta", "footer"  # (a note in the comment's footer, not a heading over the thread)
            return
        match = _ACTIONS.match(text)
        if match and re.search(r"[^\W\d_]|[▲▼△▽↑↓👍👎❤]", text):
            line.kind, line.meta_role = "meta", "footer"
            line.time = match.group("time")  # Facebook's "Like · Reply · 3h"
            return
        if (parted := _action_row_with_time(text)) is not None:
            line.kind, line.meta_role, line.time = "meta", "footer", parted  # "👍 41 · for 11 timer siden · Svar"
            return
    if len(words) <= 16 and text.endswith(":") and sum(c.isupper() for c in text) > 0.6 * sum(c.isalpha() for c in text):
        line.kind = "boiler"  # "MORE ON THE TOPIC:", "RELATED:"


# A commenter's badge on its own line between the name and the time: "Featured", "Verified", "Subscriber", "Editor's pick"
_BADGE = re.compile(r"^(?:featured|verified(?: (?:user|commenter|reader|account))?|staff|subscriber|premium|moderator|mod|admin|(?:post |blog |article )?author|guest|"
                    r"editor['’]?s? (?:pick|choice)|nyt pick|top commenter|pinned|journalist|reporter|expert|member|supporter|"
                    r"ověřený uživatel|verifiziert|abonnent(?:in)?|redaktion|abonné|suscriptor|assinante|abbonato|abonnee|"
                    r"prenumerant|tilaaja|abone|redakcja|subscriptor|subscriptora|"
                    # (the blog's author as other languages badge her: Polish "Autorka", German "Autorin", French "Auteur")
                    r"autor(?:ka|in)?|auteur|autrice|autore|forfatter|författare|kirjoittaja|yazar|szerző|"
                    # (the masked address a portal prints, "IP: 83.21.*.*"; a fan's badge, "Supporter van Feyenoord"; a level, "Seviye 7")
                    r"ip:\s*[\d*]{1,3}(?:\.[\d*]{1,3}){3}|"
                    r"(?:supporter|fan|aanhanger|anhänger) (?:van|von|of|de|du) [\w .'\-]{1,40}|"
                    r"(?:level|seviye|stufe|niveau|nivel|livello|poziom|úroveň|taso|уровень) \d{1,3})\s*[✓✔]?$", re.I)
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_CLOCK_SPAN = re.compile(rf"^{_CLOCK}\s*[-–]\s*{_CLOCK}(?:\s*(?:,|and|&)\s*{_CLOCK}\s*[-–]\s*{_CLOCK})*$", re.I)  # "2:00 PM - 4:00 PM, 7:00 PM - 9:00 PM"
def _action_row_with_time(text: str) -> str | None:
    """The time in an action row that gives it among its parts ("👍 41 · for 11 timer siden · Svar", "12 likes | 3 hours ago |
    Reply"), or None where the line is no such row: each part a count, a reaction, an action or the time, one action at least."""
    parts = [part for part in re.split(r"\s+[·•|]\s+", text) if part]
    if len(parts) < 3 or len(parts) > 8:
        return None
    time = None
    for part in parts:
        if (alone := _TIME_ONLY.match(re.sub(r"^for\s+", "", part, flags=re.I))) and time is None:
            time = alone.group("time")
        elif not (_ACTIONS.match(part) or _COUNT.match(part) or _REACTION.match(part)):
            return None
    return time if time is not None and any(re.search(r"[^\W\d_]", part) and _ACTIONS.match(part) for part in parts) else None


_POSTSCRIPT = re.compile(r"^P\.?\s?(?:P\.?\s?)?S\b")
_CLOCK_OR_AGE = re.compile(r"\d:\d\d|\bago\b", re.I)  # a commenter's time; a dateline under a signature has neither
_VALEDICTION = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+){0,4},$")  # a letter's close: "Until next week,", "Stay warm,", "Love,"


def _mark_authors(lines: list[Line]) -> None:
    """A bare name is an author when a time line sits next to it (above or below), or when the text
    under it ends in an action row ("Like · Reply · 3h") before any other name or metadata line."""
    for line, below in zip(lines, lines[1:]):
        if line.kind == "content" and len(line.text) <= 3 and line.text.isalpha() and line.text.isupper() and "".join(
                word[:1] for word in below.text.split()).upper().startswith(line.text):
            line.kind = "boiler"  # an avatar's initials over the name: "B" / "BinBaron", "JP" / "Jef Peeters · gisteren om 21u13"
    first_paragraph = _first_paragraph(lines)

    def name_place_time(i: int) -> bool:  # a name, where the reader writes from, then the time alone: "Bazza" / "Geelong" / "3 hours ago"
        return (i + 2 < len(lines) and lines[i].kind == "content" and lines[i + 1].kind == "content" and _PLACE.match(lines[i + 1].text)
                and lines[i + 2].kind == "meta" and lines[i + 2].time and not lines[i + 2].author)
    # (read so only where the page prints its bylines so, three times or more: a short comment over a byline is no name)
    places_under_names = sum(1 for i in range(len(lines)) if name_place_time(i) and _AUTHOR_ONLY.match(lines[i].text)) >= 3
    for i, line in enumerate(lines):
        if line.kind != "content" or len(line.text) > 40 or line.text.rstrip(" :").lower() in _LABELS_NOT_NAMES or _BADGE.match(line.text) \
                or _LIST_HEADING.match(line.text) and i + 1 < len(lines) and _LIST_MARK.match(lines[i + 1].text):
            continue  # (a label over a date or an answer is no reader: "Published", "Question"; nor a numbered list's heading: "Meistgelesen")
        if i < first_paragraph and any(lines[j].text[:1].isalpha() and (lines[j].kind == "boiler" or lines[j].kind == "content" and _nav_like(lines[j].text))
                                       for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            continue  # (a menu's entry beside the page's date: "Home", "Blind Items", "Contact" over "Monday, March 4, 2024")
        if i and lines[i - 1].kind == "content" and _VALEDICTION.match(lines[i - 1].text):
            continue  # (the name under "Until next week," signs the letter above it: "Tom")
        # (past a vote count under the name: the Guardian's "Bilberry22" / "644" / "14 Mar 2019 7:42"; past the widget's
        # badges and dots: Coral's "Bryn Hughes" / "Featured" / "5 hours ago", Disqus's "Sue H" / "•" / "2 hours ago")
        below = i + 1
        while below < min(i + 4, len(lines)) and (_BADGE.match(lines[below].text) or _PLACEHOLDER.match(lines[below].text)
                                                  or lines[below].reply_to and not lines[below].author):  # ("Reakce na Jaroslav Pešek")
            below += 1
        if below == i + 1 and i + 2 < len(lines) and _VOTES.match(lines[i + 1].text):
            below = i + 2
        neighbours = [lines[j] for j in (i - 1, below) if 0 <= j < len(lines)]
        dated = any(n.kind == "meta" and n.time and not n.author for n in neighbours)
        if (dated and i >= 2 and not (below < len(lines) and lines[below].kind == "meta" and lines[below].time and not lines[below].author)
                and lines[i - 2].kind == "meta" and lines[i - 2].author and not lines[i - 2].time):
            dated = False  # a name over its time, then this: the comment's words ("Patricia Leblanc" / "1 hour ago" / "Good")
        if dated and below + 1 < len(lines) and _CLOCK_SPAN.match(lines[below + 1].text):
            dated = False  # an event's name, its day and its hours: an obituary's "Visitation" / "Tuesday, December 5" / "4:00pm - 8:00pm"
        name = _LIST_MARK.sub("", line.text, count=1)  # (a numbered thread's "1. Ros" over the date)
        if name_place_time(i) and (name != line.text and _AUTHOR_ONLY.match(name) or places_under_names and (
                _AUTHOR_ONLY.match(name) or len(name.split()) <= 5 and name[-1:] not in ".!?,;:")):
            # (where the page's bylines are so, a name in any words: "Doc in the bush")
            # the numbered name, then where the reader writes from, then the date: the Times's "2. M. Chen" / "Brooklyn"
            line.kind, line.meta_role, line.author = "meta", "header", name.lstrip("@")
            lines[i + 1].kind, lines[i + 1].meta_role = "meta", "header"
            continue
        if _AUTHOR_ONLY.match(name) and (handled := _handle_then_time(lines, i)):
            # X's and Mastodon's post header, a line each: "Marcy Tan" / "@marcytan_rn" / "·" / "Jun 8"
            line.kind, line.meta_role, line.author, line.time = "meta", "header", name.lstrip("@"), lines[handled - 1].time
            for other in lines[i + 1:handled]:
                other.kind, other.meta_role = "boiler", "nav"  # (read into the name's line)
            continue
        if dated and (pair := _ARROW_PAIR.match(line.text)):
            # a reply's byline naming whom it answers, its time under it: Disqus's "Dan P. → Ionuț Marinescu" / "• acum 2 ore"
            # (or "cometcorner  SacTownSince85", two spaces where its arrow icon was)
            line.kind, line.meta_role = "meta", "header"
            line.author, line.reply_to = pair.group("author").lstrip("@"), pair.group("to").lstrip("@")
            for other in lines[i + 1:below]:
                other.kind, other.meta_role = "boiler", "nav"  # (its badge: "Mod")
            continue
        if _AUTHOR_ONLY.match(name) and (card := _card_without_date(lines, i)):
            # a forum's card without the post's date (XenForo's "Stout_Steve" / "Well-Known Member" / "Joined:" ...): the post
            # is signed under its words ("Stout_Steve, Feb 2, 2025"), so the card's name is furniture
            for other in lines[i:card]:
                other.kind, other.meta_role = "boiler", "nav"
            continue
        if _AUTHOR_ONLY.match(name) and (card := _user_card(lines, i)):
            # a forum's card under the name, then the post's date: "Gaz_CTFC" / "Season Ticket Holder" / "Posts: 1,203"
            line.kind, line.meta_role, line.author = "meta", "header", name.lstrip("@")
            for other in lines[i + 1:card]:
                other.kind, other.meta_role = "boiler", "nav"
            continue
        if (i + 3 < len(lines) and _AUTHOR_ONLY.match(name) and lines[i + 1].kind == "content" and _AUTHOR_ONLY.match(lines[i + 1].text)
                and _PLACEHOLDER.match(lines[i + 2].text) and lines[i + 3].kind == "meta" and lines[i + 3].time and not lines[i + 3].author):
            # a copied Disqus reply: its writer, then whom it answers where the arrow was, then "•" and the time
            line.kind, line.meta_role, line.author = "meta", "header", name.lstrip("@")
            lines[i + 1].kind, lines[i + 1].meta_role, lines[i + 1].reply_to = "meta", "header", lines[i + 1].text.lstrip("@")
            continue
        if _AUTHOR_ONLY.match(name) and (dated or _footer_closes(lines, i)):
            line.kind, line.meta_role, line.author = "meta", "header", name.lstrip("@")
            for other in lines[i + 1:below] if dated else ():
                if not other.reply_to:
                    other.kind, other.meta_role = "boiler", "nav"  # (the badges and dots between the name and its time)
        elif (_DISPLAY_NAME.match(line.text) and len(line.text.split()) <= 4 and i + 1 < len(lines) and lines[i + 1].kind == "meta"
              and lines[i + 1].time and not lines[i + 1].author and (i and lines[i - 1].kind == "meta" and lines[i - 1].meta_role == "footer"
                                                                     or _footer_closes(lines, i + 1))):
            # a display name in lower case over its comment's time, after the last comment's action row or over words
            # that end in one: "jenny wren", "carlisle born and bred"
            line.kind, line.meta_role, line.author = "meta", "header", line.text
        elif dated and (placed := _AUTHOR_PLACE.match(line.text)):
            # the name and where the reader writes from, over or under the date: Newsquest's "Keith W, Heathfield"
            line.kind, line.meta_role, line.author = "meta", "header", placed.group("author").lstrip("@")
    for line, below in zip(lines, lines[1:]):
        if line.kind == "content" and below.kind == "meta" and below.author and line.text == "@" + below.author:
            line.kind, line.meta_role = "boiler", "nav"  # (the writer's handle over their byline: giscus's "@ruthdev")
        if line.kind == "meta" and line.author and below.kind == "content" and _PROFILE_LINE.match(below.text):
            below.kind, below.meta_role = "boiler", "nav"  # (the writer's profile line, not their words)


_ARROW_PAIR = re.compile(rf"^(?P<author>{_HANDLE})(?:\s*[→➜⤷↪▶►]\s*|\s{{2,}})(?P<to>{_HANDLE})$")  # (or the gap where the arrow was)
# The labels of a forum member's card, with its figure on the same line ("Posts: 1,203", "Join Date: Mar 2009") or on the
# next one (XenForo's "Joined:" / "Dec 10, 2024")
_CARD_WORDS = (r"(?:posts|messages|threads|solutions|join(?:ed)?(?: date)?|member since|reputation|rep(?: power)?|reaction score|"
               r"likes(?: received)?|trophy points|points|location|age|gender|"
               # (and in other languages' forums: "Messaggi: 2311", "Beiträge: 812", "Iscritto il:", "Wohnort:")
               r"messaggi|beiträge|mensajes|mensagens|berichten|posty|příspěvky|viestejä|inlägg|innlegg|indlæg|iscritto il|località|"
               r"registriert seit|wohnort|inscrit le|localisation|reg|registrerad)")
# (or the figure first, as many forums print it and in their languages: "1,203 posts", Norwegian "2 104 innlegg")
_CARD_COUNT = (r"\d[\d,. \u00a0]{0,9}\s*(?:posts|messages|innlegg|inlägg|indlæg|beiträge|mensajes|mensagens|messaggi|berichten|"
               r"posty|postów|příspěvků|příspěvky|viestiä|mesaj)")
_FORUM_STAT = re.compile(rf"^(?:{_CARD_WORDS}\s*:\s*\S.{{0,40}}|{_CARD_COUNT})$", re.I)
_CARD_LABEL = re.compile(rf"^{_CARD_WORDS}\s*:$", re.I)
# (the member's own dates and home on a card, whatever the post's: "Iscritto il: 4 set 2006", "Reg: Okt 2011", "Wohnort: Graz")
_CARD_LABELLED = re.compile(r"^(?:reg|registrerad|iscritto il|registriert seit|inscrit le|membro dal|località|wohnort):\s*\S.{0,40}$", re.I)


# A post's likes as a forum prints them under it: "hopfen_haley, BarleyBarry and GingerBeardGavin like this."
_LIKED_THIS = re.compile(r"^(?:[\w.\-]+,\s*)*[\w.\-]+(?:\s+and\s+(?:\d+\s+others?|[\w.\-]+))?\s+likes?\s+this\.?$", re.I)


def _card_without_date(lines: list[Line], i: int) -> int:
    """Where a forum member's card under the name at i opens its labelled figures ("Joined:", its value on the next line),
    past a rank or two ("Well-Known Member"); 0 where no such card follows."""
    for j in range(i + 1, min(i + 4, len(lines))):
        if _CARD_LABEL.match(lines[j].text):
            return j
        if not (len(lines[j].text.split()) <= 4 and lines[j].text[-1:] not in ".!?,:" and lines[j].kind in ("content", "boiler")):
            return 0
    return 0


def _user_card(lines: list[Line], i: int) -> int:
    """Where the post's date stands under a forum member's card (the name at i, then a rank or two and the member's
    figures: "Season Ticket Holder", "Posts: 1,203"), or 0 where no card with a figure is under the name."""
    stats = 0
    for j in range(i + 1, min(i + 6, len(lines))):
        line = lines[j]
        if line.kind == "meta" and line.meta_role == "header" and line.time and not line.author:
            return j if stats else 0
        if _FORUM_STAT.match(line.text):
            stats += 1
        elif not (line.kind in ("content", "boiler") and len(line.text.split()) <= 4 and line.text[-1:] not in ".!?,"):
            return 0
    return 0


# What a Facebook comment shows under its writer's name: "Works at Bodø kommune", "Lives in Leeds", "Jobber hos ..."
_PROFILE_LINE = re.compile(r"^(?:works at|worked at|studied at|studies at|went to|attended|lives in|from|top (?:fan|commenter)|"
                           r"jobber (?:hos|i|på)|bor i|arbeitet (?:bei|in)|wohnt in|travaille (?:à|chez)|habite à|trabaja en|vive en|"
                           r"trabalha (?:na|no|em)|mora em|lavora (?:presso|a)|werkt bij|woont in|pracuje w|mieszka w|arbetar (?:på|hos))\b.{1,60}$", re.I)
_HANDLE_ALONE = re.compile(r"^@[\w.]{1,30}(?:@[\w.\-]{1,60})?$")  # "@rinaokafor", Mastodon's "@lou@mastodon.social"


def _social_poster(lines: list[Line]) -> str | None:
    """The name over a social post's @handle before its text ("Dr. Rina Okafor" / "@rinaokafor"), or None."""
    for i, line in enumerate(lines[:-1]):
        if _HANDLE_ALONE.match(lines[i + 1].text) and (line.author or line.kind == "content" and _AUTHOR_ONLY.match(line.text)):
            return line.author or line.text
        if match := _NAME_HANDLE.match(line.text.replace("\u200f", "")):
            return match.group("author")
    return None


def _opens_as_social_post(lines: list[Line]) -> bool:
    """Whether these opening lines hold a writer's @handle, alone or after the name: a social network's post."""
    return any(_HANDLE_ALONE.match(line.text) or _NAME_HANDLE.match(line.text.replace("\u200f", "")) for line in lines)


def _handle_then_time(lines: list[Line], i: int) -> int:
    """The index past the time when lines[i] (a name) has its @handle under it, then a "·" or none, then a time
    alone; else 0."""
    k = i + 1
    if k >= len(lines) or not _HANDLE_ALONE.match(lines[k].text):
        return 0
    k += 1
    if k < len(lines) and lines[k].text in ("·", "•"):
        k += 1
    return k + 1 if k < len(lines) and lines[k].kind == "meta" and lines[k].time and not lines[k].author else 0


_DISPLAY_NAME = re.compile(r"^[a-z][a-z0-9_' ]{1,28}[a-z0-9]$")
_FOOTER_REACH = 12  # lines of one comment's text between its author and its action row


def _footer_closes(lines: list[Line], i: int) -> bool:
    """Whether content follows lines[i] and the first line after that content is an action row
    with words in it (a vote count alone says too little)."""
    j = i + 1
    while j < len(lines) and j <= i + _FOOTER_REACH and lines[j].kind == "content" and not _AUTHOR_ONLY.match(lines[j].text):
        j += 1
    return (j > i + 1 and j < len(lines) and lines[j].kind == "meta" and lines[j].meta_role == "footer"
            and not _VOTES.match(lines[j].text))


# ---- comment-likeness of one content line -----------------------------------------------------

# Words of English that other languages of the Latin alphabet hardly use: a line of five words or more without any of
# them is in another language, where "i" (Swedish "in", Italian "the"), "me" and "my" (Czech "we") are no first person.
_ENGLISH_WORDS = frozenset("the and that this you your not was are have has they with but just what would should will about from "
                           "there their been very because people think like who when why how than then them his her our it's "
                           "don't i'm can't isn't".split())


def _speaks_english(words: list[str]) -> bool:
    return len(words) < 5 or any(word.lower().strip(".,!?;:\"'“”‘’()") in _ENGLISH_WORDS for word in words)


_FIRST_SECOND = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself|you|your|you're|you’re|yours|u|ur|imo|imho)\b", re.I)
_SLANG = re.compile(r"\b(?:lol|lmao|lmfao|rofl|omg|wtf|smh|idk|tbh|fyi|btw|haha\w*|hehe\w*|yeah|yep|nope|nah|dude|ok|okay|ugh|wow|damn|crap|shit\w*|fuck\w*|f\*+k\w*|idiot\w*|stupid|moron\w*|dumb|morons?|clown\w*|retard\w*|\w*shit|dildo|pedo\w*|troll\w*|sheeple|libtard\w*)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:said|says|told|according to|reported|announced|stated|added|explained|noted|confirmed|officials?|spokes(?:man|woman|person)|"
    r"minister|president|department|government|percent|per cent|million|billion|ministry|agency|committee|secretary|court|police)\b",
    re.I,
)
_ATTRIBUTED_QUOTE = re.compile(r"[\"”’']\s*,?\s*(?:[A-Z][\w.\-]+\s){0,3}(?:said|says|told|added|noted|explained|wrote)\b|\b(?:said|says|told)\b[^\"“”]*[\"“]")
# A line that is all one quotation, perhaps with whom it quotes after a dash: the story quoting posts or people
# ("\"Six hours without the app...\" — @tomfromleeds"); a reader quotes a line to answer it on the same line
_QUOTED_WHOLE = re.compile(r"^[\"“][^\"“”]{8,}[\"”]\s*(?:[—–-]+\s*[^\s.!?][^.!?]{0,80})?$")
# A reader judging the piece or its writer, or answering the thread: "Good column.", "The author is right", "Agree with
# the last comment", "@ the Senate staffer above"
_ABOUT_THE_PIECE = re.compile(
    r"\b(?:great|good|nice|excellent|interesting|brilliant|terrible|awful|thoughtful|fantastic|lovely|superb|informative|"
    r"well[- ]written|one[- ]sided|biased|silly|stupid|poor|lazy|pathetic|rubbish|garbage|balanced|fair) (?:article|column|piece|"
    r"write[- ]?up|read|interview|op-ed|blog post|post)\b|\bthe (?:author|writer|columnist|journalist|reporter)(?:'s| is| was| has|"
    r" should| needs| seems| clearly| obviously| forgot| missed| ignores)\b|"
    r"\bas the (?:author|writer|columnist) (?:says|writes|notes|argues|suggests|points out)\b|\b(?:thank you|thanks) for (?:writing|sharing|this|posting)\b|\b(?:last|previous|above|earlier|first|other) "
    r"(?:comment|commenter|poster)s?\b|\bcommenters\b|^@ ", re.I)
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_DIGITS = re.compile(r"\d")


def comment_likeness(text: str) -> float:
    """Log-odds-like evidence that one line was written by a reader rather than a reporter."""
    words = text.split()
    n = len(words)
    score = 0.0
    first_alpha = next((c for c in text if c.isalpha()), "")
    if first_alpha.islower():
        score += 1.2
    last = text.rstrip("\"'”’)]")[-1:] if text else ""
    if last not in ".:;?!\"”" and not _EMOJI.search(text[-2:] or " "):
        score += 0.8 if n > 3 else 0.3
    if last in ",-–":
        score += 0.6
    if _speaks_english(words):
        score += min(_FIRST_SECOND.findall(text).__len__(), 3) * 0.5
    score += min(len(_SLANG.findall(text)), 2) * 1.0
    if _EMOJI.search(text):
        score += 1.2
    if _ABOUT_THE_PIECE.search(text):
        score += 1.0
    if "!!" in text or "??" in text or "?!" in text or "…" in text or "..." in text:
        score += 0.6
    caps = sum(1 for w in words if len(w) >= 4 and w.isupper())
    if caps >= 2:
        score += 0.4
    score -= min(len(_REPORTING.findall(text)), 3) * 0.7
    if _ATTRIBUTED_QUOTE.search(text):
        score -= 1.5
    if _QUOTED_WHOLE.match(text):
        score -= 2.0
    if len(text) > 200:
        score -= 0.5 + min((len(text) - 200) / 400, 1.0)
    if last == "." and n >= 12 and first_alpha.isupper():
        score -= 0.4
    if len(_DIGITS.findall(text)) >= 4:
        score -= 0.4
    return score - 0.3  # a mild prior for the article: comments need evidence


_MINOR_WORDS = frozenset(("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "at", "by", "with", "from", "as",
                          "vs", "vs.", "is", "are", "&", "|", "-", "–", "—", "·", "•"))


def _says_nothing_personal(text: str) -> bool:
    """No reader's marks: no I or you, no slang, no emoji, and a capital first."""
    first = next((c for c in text if c.isalpha()), "")
    return first.isupper() and not (_FIRST_SECOND.search(text) or _SLANG.search(text) or _EMOJI.search(text))


def _nav_like(text: str, loose: bool = False) -> bool:
    """A menu's, footer's or list's entry: a few words in title case, no sentence's end ("Help Centre", "Cookie
    Notice", "Why Manila Is Rethinking Its Bases"); `loose`, or any four words or fewer ("Advertise with us")."""
    words = text.split()
    if not 1 <= len(words) <= 9 or text[-1:] in ".!?…,;" or not _says_nothing_personal(text):
        return False
    if loose and len(words) <= 4:
        return True
    lettered = [w for w in words if w[:1].isalpha()]
    return all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in lettered)


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|myself|imo|imho)\b", re.I)


def _headline_like(text: str) -> bool:
    """Another story's headline in a list under its heading: no more than sixteen words, a capital or a rank first,
    no reader's marks (a headline may speak to "you": "Your phone knows where you sleep. Here's how to stop it")."""
    first = next((c for c in text if c.isalpha()), "")
    return len(text.split()) <= 20 and text[-1:] not in "!,;:" and (first.isupper() or text[:1].isdigit()) and not (
        _FIRST_PERSON.search(text) and _speaks_english(text.split()) or _SLANG.search(text) or _EMOJI.search(text) or _SPOKEN.search(text))


# A reader's marks no headline has: an answer to someone ("@ Dave ..."), a one- or two-word sentence before the rest
# ("Typical. They find money for ..."; not an abbreviation: "Harlan Co. man charged"), two sentences and a full stop ("Fewer visits. Shameful.")
_SPOKEN = re.compile(r"^\W*@|^\W*\w+(?: \w+)?[.!?]\s+(?![a-z])\S|[a-z]{2}[.!?]\s+[A-Z].*\.$")


_RANKED = re.compile(r"^\d{1,2}\.?\s+[A-Z\"“‘']")  # a ranked list's entry: "2 I swapped my car for an e-bike for a month"


_FACT_ROW = re.compile(r"^[A-Z][^:.!?]{1,30}:\s+\S[^.!?]{0,80}$")  # a fact box's row: "Walkway open: from Wednesday 25 September"
_TAGS_HEADING = re.compile(r"^(?:tags|topics|categories|filed under|tagged(?: with)?)\s*:?$", re.I)


def _first_paragraph(lines: list[Line]) -> int:
    """Index of the story's first paragraph: its first content line of 25 words or more (0 when none is)."""
    return next((i for i, line in enumerate(lines) if line.kind == "content" and word_count(line.text) >= 25), 0)



def _mark_furniture(lines: list[Line]) -> None:
    """Lists of other stories under their heading ("Most Read", "Related stories") and menu entries are
    furniture: the headlines and links of other pages, not a reader's words."""
    # (the page's own headline again after its story is a link to this page: a sidebar's list, a breadcrumb)
    first_paragraph = _first_paragraph(lines)
    headlines = {line.text for line in lines[:first_paragraph] if line.kind == "content" and len(line.text.split()) >= 4}
    for line in lines[first_paragraph + 1:]:
        if line.kind == "content" and line.text in headlines:
            line.kind, line.meta_role = "boiler", "nav"
    listing = tagging = False
    for line in lines:
        # (a post's tags one per line under "Tags:": "Castell", "industrial action", "ports")
        if tagging and line.kind == "content" and len(line.text.split()) <= 4 and line.text[-1:] not in ".!?":
            line.kind, line.meta_role = "boiler", "nav"
            continue
        tagging = line.kind == "boiler" and _TAGS_HEADING.match(line.text) is not None
        if line.kind == "content" and _LIST_HEADING.match(line.text):
            line.kind, line.meta_role = "boiler", "nav"
        if line.kind == "boiler":
            listing = _LIST_HEADING.match(line.text) is not None or (listing and line.meta_role == "nav")
            continue
        if listing and line.kind == "meta" and (line.time and (not line.author or any(w[:1].islower() for w in line.author.split()[1:]))
                                                 or _VOTES.match(line.text)):
            # a listed story's date or rank ("28 January 2016", "2"), or its headline with a date ("School closings for Thursday, Feb. 20")
            line.kind, line.meta_role = "boiler", "nav"
            continue
        if line.kind != "content":
            listing = False
            continue
        if listing and (_headline_like(line.text) or _RANKED.match(line.text) and not _SLANG.search(line.text)):
            line.kind, line.meta_role = "boiler", "nav"
        else:
            listing = False
    # Dates alone one after another are an archive's list ("December 2010", "November 2010", ...): a comment's time
    # has the comment's words after it.
    # (and the names read as their authors beside them are the list's heading and the next one: "Archives", "Categories")
    dates: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and line.kind == "meta" and line.time and not line.author and _TIME_ONLY.match(line.text):
            dates.append(i)
            continue
        if len(dates) >= 3:
            run = set(dates)
            for j in [dates[0] - 1, *dates, i]:
                if 0 <= j < len(lines) and lines[j].kind == "meta" and (j in run or lines[j].author and not lines[j].time):
                    lines[j].kind, lines[j].meta_role, lines[j].author = "boiler", "nav", None
        dates = []
    # A story's timeline reads like bylines, a date and a name each ("Feb 12 - Pukguksong-2 medium-range missile"),
    # but three or more in a row with no words between them are its list, not its readers.
    timeline: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.kind == "meta" and line.meta_role == "header" and line.author and line.time:
            timeline.append(line)
            continue
        if len(timeline) >= 3:
            for member in timeline:
                member.kind, member.meta_role, member.author, member.time = "content", None, None, None
        timeline = []
    # A fact box's rows read like bylines where a date is the value ("Expected reopening: Monday 18 November"), but
    # three or more "label: value" rows in a row are the box, the story's ("Closure starts: ...", "Diversion: A73").
    box: list[Line] = []
    for line in [*lines, None]:
        if line is not None and line.kind in ("content", "meta") and _FACT_ROW.match(line.text):
            box.append(line)
            continue
        if len(box) >= 3:
            for member in box:
                if member.kind == "meta" and member.author:
                    member.kind, member.meta_role, member.author, member.time = "content", None, None, None
        box = []
    _mark_polls(lines)
    _mark_live_entries(lines)
    _mark_page_numbers(lines)
    # Menu entries come in runs (three or more with the furniture around them); a commenter's name alone in title
    # case is one line before the comment's words.
    run: list[Line] = []
    for above, line in zip([None, *lines], [*lines, None]):
        if line is not None and (line.kind == "boiler" or line.kind == "content" and _nav_like(line.text, loose=True) and not (
                run == [] and above is not None and above.kind == "meta" and above.meta_role == "header" and above.time)):
            # (not a line under a commenter's byline and time, which is the comment's: "Patricia Leblanc" / "1 hour ago" / "Good")
            run.append(line)
            continue
        # (a few short lines in a row are a menu only beside furniture or a title-case entry: not "Great article",
        # "Totally agree", "Well said")
        if len(run) >= 3 and any(member.kind == "boiler" or _nav_like(member.text) for member in run):
            for member in run:
                if member.kind == "content":
                    member.kind, member.meta_role = "boiler", "nav"
        run = []


def _mark_polls(lines: list[Line]) -> None:
    """A poll under its heading ("READER POLL"): its question and short choices, down to its "Vote" or "1,284 votes"
    row, are furniture (a reader's comment is no poll's choice) that the story keeps where the split leaves it there."""
    for i, line in enumerate(lines):
        if line.kind != "boiler" or not _POLL_HEADING.match(line.text):
            continue
        end = next((j for j in range(i + 1, min(i + 12, len(lines))) if _POLL_CLOSE.match(lines[j].text)), None)
        if end is None or any(lines[j].kind == "content" and len(lines[j].text.split()) > 25 for j in range(i + 1, end)):
            line.kind = "content"  # (no poll under it: a heading of the story's, as any other line)
            continue
        while end + 1 < len(lines) and _POLL_CLOSE.match(lines[end + 1].text):
            end += 1
        for j in range(i, end + 1):
            lines[j].kind, lines[j].meta_role, lines[j].in_story = "boiler", "nav", True


def _mark_page_numbers(lines: list[Line]) -> None:
    """A page's numbers between its "Previous" and "Next" ("1", "2", "3") are links to its pages, not votes."""
    numbers: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and line.kind == "meta" and _VOTES.match(line.text):
            numbers.append(i)
            continue
        if len(numbers) >= 2 and [int(lines[j].text) for j in numbers] == list(range(1, len(numbers) + 1)) \
                and numbers[0] > 0 and lines[numbers[0] - 1].kind == "boiler" and line is not None and line.kind == "boiler":
            for j in numbers:
                lines[j].kind, lines[j].meta_role = "boiler", "nav"
        numbers = []


def _clock_minutes(text: str) -> int:
    hours, minutes = (int(part) for part in re.findall(r"\d+", text)[:2])
    if re.search(r"p\.?m", text, re.I) and hours < 12:
        hours += 12
    return hours * 60 + minutes


def _mark_live_entries(lines: list[Line]) -> None:
    """A live blog opens each entry on a clock alone ("16:48"), the newest first or last: three or more such clocks
    in order, each over words and under no name, are the story's entries, not its readers' bylines (a reader's clock
    sits beside the reader's name)."""
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and (line.kind == "content" or line.kind == "boiler" and run):
            continue  # (an entry's words, a picture's credit in it)
        clock = (line is not None and line.kind == "meta" and not line.author and _CLOCK_ONLY.match(line.text)
                 and i + 1 < len(lines) and lines[i + 1].kind == "content" and not (i and lines[i - 1].kind == "meta"))
        if clock:
            run.append(i)
            continue
        minutes = [_clock_minutes(lines[j].text) for j in run]
        if len(run) >= 3 and (minutes == sorted(minutes) or minutes == sorted(minutes, reverse=True)):
            for j in run:
                lines[j].kind, lines[j].meta_role, lines[j].time = "content", None, None
        run = []


# ---- the split ---------------------------------------------------------------------------------

def _lines(text: str) -> list[Line]:
    out, blank = [], True
    for no, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        indent = len(raw.expandtabs(4)) - len(raw.expandtabs(4).lstrip())
        out.append(Line(no=no, text=stripped, indent=indent, blank_before=blank))
        blank = False
    return out


# The story's last words asking its readers to answer ("What do you think?", "Drop your thoughts below"): their answers follow.
_INVITES_REPLIES = re.compile(r"(?:\blet (?:me|us) know\b.{0,60}|\b(?:in|to) the comments(?: section)?(?: below)?|\bwhat do you think\b.{0,40}\?|"
                              r"\bwhat about you\?|\b(?:i|we)['’]d love to hear\b.{0,80}|\bsound off\b.{0,20}|"
                              r"\b(?:drop|share|leave|post) your (?:thoughts|views|comments?|opinions?)\b.{0,30}|\btell us what you think\b.{0,30}|"
                              r"\bhave your say\b.{0,30})\W*$", re.I)
_FILED = re.compile(r"^(?:(?:this entry was posted in|posted in|filed under|tagged(?: with)?|tags?|categories?)\s*:?\s+\S|labels:\s+\S|"
                    r"(?:share|like) this(?: (?:article|story|post))?:$)", re.I)
# The story's closing credit: "Edited by: Martin Kuebler", "(Reporting by Jae-won Choi; Editing by Paul Tait)"
_CREDIT = re.compile(r"^\(?(?i:edited by:?|(?:additional )?reporting by|writing by|compiled by)\s+[A-Z].{0,200}$")
_POINT = re.compile(r"^(\d{1,2})[.)]\s+\S")
_HASHTAGS = re.compile(r"^#[^\W\d][\w-]*(?:[\s,]+#[^\W\d][\w-]*)*$")  # the post's tags as a blog prints them: "#infrastructure #kubernetes"
# How much a story drier than _DRY_STORY (its lines' mean evidence) lifts each line after it (chosen on the plain-text
# sets text1-8 of sessions 36-37 and on marker-less pages rebuilt from the Dragnet training gold; README, session 38)
_STORY_CONTRAST, _DRY_STORY = 0.35, -1.5
# After an interview's last answer, as much as the weakest split accepted: lines with any reader's voice in them are its thread
_INTERVIEW_END = 2.0


_VERSE_LINE = re.compile(r"^\S+(?: \S+){2,9}$")


def _verse_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each run of verse: four or more short lines in a row with no blank line between them, each
    under 60 characters, two or more of them ending in a comma or a semicolon (a sentence going on to the next line,
    which a reader's one-line comments do not do)."""
    def short(line: Line | None) -> bool:
        return line is not None and line.kind == "content" and len(line.text) <= 60 and _VERSE_LINE.match(line.text) is not None

    runs, start = [], None
    for i, line in enumerate([*lines, None]):
        if short(line) and (start is None or not line.blank_before):
            start = i if start is None else start
            continue
        if start is not None and i - start >= 4 and sum(lines[j].text[-1] in ",;" for j in range(start, i)) >= 2:
            runs.append((start, i))
        start = i if short(line) else None
    return runs


# A question: "Q: ...", a line ending in a question mark, or a short one opening with a question ("What about melatonin?
# Sales are way up.")
_QUESTION = re.compile(r"^Q\s*[:.]\s*\S|^.{2,200}\?$|^[^.!?]{2,100}\?+\s+[^.!?]+[.!]?$")
# The interviewer's thanks that close an interview ("Thank you, Ines.", "Cheers, Robbo."), which the answer follows
_THANKS_CLOSE = re.compile(r"^(?:thanks|thank you|cheers),?\s+[A-Za-z][\w.'\-]*(?:\s[A-Z][\w.'\-]*)?[.!]$", re.I)


def _interview_runs(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) of each interview: three or more questions in a row of content lines, each a short line ending in a
    question mark (or opening "Q:", or with one short sentence after it), each answered by one to three lines before the
    next, and the last by one (or by up to four where the interviewer's thanks follow them), then the thanks and the reply
    to them where they follow. Questions and short answers read like a thread's replies; the story asked them."""
    def question(i: int) -> bool:
        return lines[i].kind == "content" and len(lines[i].text.split()) <= 25 and _QUESTION.match(lines[i].text) is not None

    def answer(i: int) -> bool:
        return lines[i].kind == "content" and not question(i)

    runs, i = [], 0
    while i < len(lines):
        asked, k = 0, i
        while k + 1 < len(lines) and question(k) and answer(k + 1):
            asked += 1
            # (the next question, after one to three lines of answer)
            nxt = next((j for j in range(k + 2, min(k + 5, len(lines))) if question(j) and all(answer(m) for m in range(k + 1, j))), None)
            if nxt is None:
                k += 2  # (the last answer: one line, what follows it may be the thread)
                break
            k = nxt
        if asked >= 3:
            # (the thanks may come after a last answer of a few lines: "Any last advice?" / four lines / "Thank you, Mrs Achieng.")
            thanks = next((j for j in range(k, min(k + 4, len(lines))) if lines[j].kind == "content" and _THANKS_CLOSE.match(lines[j].text)
                           and all(answer(m) for m in range(k, j))), None)
            if thanks is not None:
                k = thanks + 1
                if k < len(lines) and answer(k) and len(lines[k].text.split()) <= 15:
                    k += 1
            runs.append((i, k))
            i = k
        else:
            i += 1
    return runs


def _signed_off(lines: list[Line], first_paragraph: int) -> int:
    """Index of the last line of a letter's or a column's sign-off ("Until next week," over "Tom"; "— Joe Reardon"),
    with its date and postscripts under it, or 0: it closes the story, and its thread comes after it."""
    signed = next((i + 1 for i in range(first_paragraph + 1, len(lines) - 1) if lines[i].kind == "content"
                   and _VALEDICTION.match(lines[i].text) and lines[i + 1].kind == "content" and _AUTHOR_ONLY.match(lines[i + 1].text)), 0)
    # (or the columnist's own name under a dash, the name the byline over the story gave: "— Joe Reardon", then
    # "Harrisburg, May 2009", its place and date, which read like a commenter's name and time; not the writer's own
    # reply in the thread, signed with its clock: "— Adrian Felt (GadgetShack), 12 Mar 2009 16:25")
    byline = " ".join(line.text for line in lines[:first_paragraph])
    signed = signed or next((i for i in range(first_paragraph + 1, len(lines)) if lines[i].kind == "meta" and lines[i].author
                             and _SIGNATURE.match(lines[i].text) and not _CLOCK_OR_AGE.search(lines[i].text)
                             and re.search(rf"\b{re.escape(lines[i].author)}\b", byline)), 0)
    # (or a blogger's goodbye on its own line under the post's last paragraph: "Speak soon x", "Until next time!")
    signed = signed or next((i for i in range(first_paragraph + 1, len(lines)) if lines[i].kind == "content" and _GOODBYE.match(lines[i].text)
                             and lines[i - 1].kind == "content" and len(lines[i - 1].text.split()) >= 8), 0)
    while signed and signed + 1 < len(lines) and (lines[signed + 1].kind == "meta" and lines[signed + 1].time
                                                  and (not lines[signed + 1].author or not _CLOCK_OR_AGE.search(lines[signed + 1].text))
                                                  or lines[signed + 1].kind == "content" and _POSTSCRIPT.match(lines[signed + 1].text)):
        signed += 1
    return signed


# A letter to the editor's salutation, on its own line or opening the letter: "Sir – The Treasury claims ...", "Sir, –",
# "To the editor:", "Dear Editor,"
_SALUTATION = re.compile(r"^(?:sir|madam)\s*,?\s*[–—-]+\s*\S|^(?:to the editor|dear (?:editor|sir|madam))\s*[:,]?$", re.I)
_GOODBYE = re.compile(r"^(?:(?:speak|talk|chat) soon|until next time|see you (?:next (?:week|time)|soon)|(?:bye|ciao) for now|happy (?:baking|cooking|crafting|reading|gardening|travels|stitching)|xo+x*)"
                      r"(?:[,!.]*\s*(?:x+o*x*|[A-Z][\w'’]*))?\s*[!.]*$", re.I)
_QUOTED_POST = re.compile(r"^@\w{1,30}:\s+\S")


_SELECTED_RESPONSES = re.compile(
    r"\b(?:a selection of (?:the |your )?(?:responses|replies|comments|letters|emails|what you told us)|here(?:'s| is| are) (?:some of )?what you told us|"
    r"(?:responses|replies|comments|letters|emails) (?:have been |were |are )?edited for (?:length|clarity)|we asked (?:our )?readers\b.{0,80}\b(?:tell us|write in|share))",
    re.I)


def _story_claims(lines: list[Line], evidence: list[float], interviews: list[tuple[int, int]], first_paragraph: int) -> list[bool]:
    """Which lines the story claims, where no thread may begin: on a page that sets its blocks apart with blank lines,
    the block under a line that ends in a colon ("Other things that happened this week:") is the story's list or
    quotation; so are the posts it quotes under such a line on any page ("@handle: text"), a poem's or a prayer's lines
    and the title over them, and an interview (`interviews`, from _interview_runs) and the line that leads into it, their
    evidence capped (tweets, verse and short answers read like replies)."""
    claims = [False] * len(lines)
    # (not under the thread's heading: there a line that ends in a colon is a reader's, "The fix is here:")
    headed = next((i for i, line in enumerate(lines) if i > first_paragraph and line.kind == "header"), len(lines))
    if any(line.blank_before for line in lines[1:]):
        claimed = False
        for i, line in enumerate(lines[:headed]):
            claimed = claimed and (not line.blank_before or lines[i - 1].text.endswith(":"))
            claims[i] = claimed
            if line.kind == "content" and line.text.endswith(":") and not _INVITES_REPLIES.search(line.text):
                claimed = claims[i] = True
    # (on any page, the posts a story quotes under such a line, each opening on its writer's handle: "@jodie_c_91: imagine...")
    for i, line in enumerate(lines[:-1]):
        if line.kind == "content" and line.text.endswith(":") and not _INVITES_REPLIES.search(line.text):
            k = i + 1
            while k < len(lines) and lines[k].kind == "content" and _QUOTED_POST.match(lines[k].text):
                claims[k] = claims[i] = True
                evidence[k] = min(evidence[k], -1.0)
                k += 1
    # (readers' words the paper chose and prints as its story's, under its line saying so: "A selection of the responses
    # is below, edited for length.", "Here is a selection of what you told us", up to a thread's heading)
    for i, line in enumerate(lines):
        if i > first_paragraph and line.kind == "content" and _SELECTED_RESPONSES.search(line.text):
            k = i
            while k < len(lines) and lines[k].kind != "header":
                claims[k] = True
                evidence[k] = min(evidence[k], -1.0) if lines[k].kind == "content" else evidence[k]
                k += 1
            break
    for start, end in _verse_runs(lines) + interviews:
        for i in range(max(start - 1, 0), end):
            claims[i] = True
            evidence[i] = min(evidence[i], -1.0) if lines[i].kind == "content" else evidence[i]
    return claims


# The headings of a recipe's parts, in the languages of the page sets' food blogs
_RECIPE_PART = re.compile(
    r"^(?:ingredients?|instructions|method|directions|preparation|składniki(?: na .{1,40})?|przygotowanie|zutaten(?: für .{1,40})?|"
    r"zubereitung|ingrédients|préparation|ingredientes|preparación|modo de preparo|ingredienti|preparazione|procedimento|ingrediënten|"
    r"bereiding|ingredienser|gör så här|tillagning|fremgangsmåde|ainekset|valmistus|malzemeler|hazırlanışı|yapılışı|bahan(?:-bahan)?|"
    r"cara membuat|材料|作り方)(?:\s*\([^()]{1,40}\))?\s*:?$", re.I)


def _find_boundary(lines: list[Line]) -> int | None:
    """Index in `lines` where the comments begin, or None when the page has none."""
    evidence = []
    # (a byline over the story's first paragraph is the story's: "Posted by Jen on 2 May 2020")
    first_paragraph = _first_paragraph(lines)
    content = [line.text for line in lines if line.kind == "content"]
    # (the hand score, with the learned reader's-voice model's log-odds where models/ holds it)
    voices = iter(reader_voice.evidence(content, [comment_likeness(text) for text in content], reader_voice.load()))
    # (under a thread's heading, the lines under a commenter's byline are that comment's, however formal their voice)
    byline_above = thread_headed = False
    # (or where two or more commenters' bylines follow the story, a name with its clock or age: "Thomas R. Whitaker" over
    # "October 4, 2013 at 6:12 pm"; the first of them opens the thread as a heading would)
    stamped = [i for i, line in enumerate(lines) if i > first_paragraph and _commenter_byline(lines, i)]
    thread_opens = stamped[0] if len(stamped) >= 2 else len(lines)
    # (or where two or more readers' letters follow it, each opening on its salutation: "Sir – ...", "To the editor:")
    saluted = [i for i, line in enumerate(lines) if i > first_paragraph and line.kind == "content" and _SALUTATION.match(line.text)]
    letters_open = saluted[0] if len(saluted) >= 2 else _signed_letters_open(lines, first_paragraph)
    if first_paragraph < len(lines) and _SALUTATION.match(lines[first_paragraph].text):
        letters_open = None  # (where the page opens on a letter, the letters are the page: its letters page, no thread under a story)
    for i, line in enumerate(lines):
        if line.kind == "content":
            evidence.append(max(0.0, next(voices)) if byline_above or letters_open is not None and i >= letters_open else next(voices))
            if _CODE_LINE.match(line.text):
                evidence[-1] = min(evidence[-1], 0.0)  # (a post's code, in lower case and unpunctuated, is no reader's voice)
        elif line.kind == "meta":
            evidence.append(0.0 if i < first_paragraph else 0.3 if _COUNT.match(line.text) else 1.5)  # a number alone could be anything
        else:
            evidence.append(0.0)
        thread_headed = thread_headed or line.kind == "header" and i > first_paragraph or i >= thread_opens
        if line.kind != "content":
            byline_above = thread_headed and line.kind == "meta" and line.meta_role == "header" and bool(
                line.author or line.time and i and lines[i - 1].kind == "meta" and lines[i - 1].author)  # (the name, then its time under it)
    best_k, best_score = None, 2.0  # the weakest split we accept
    # (the story's filing row, "Posted in Garden | Tagged blight" or its hashtags, closes the story: its thread comes after
    # it; the first such row, as a reader may write hashtags alone)
    filed = next((i for i, line in enumerate(lines) if i > first_paragraph and (
        line.kind == "boiler" and _FILED.match(line.text) or line.kind == "content" and (
            _HASHTAGS.match(line.text) or _CREDIT.match(line.text)))), 0)
    # (a story's numbered points, 1, 2, 3 and on, each over its own paragraphs, are the story's: its thread comes
    # after the last of them; a thread printed as a numbered list has no paragraphs between its numbers)
    numbered, expected = [], 1
    for i, line in enumerate(lines):
        if i > first_paragraph and line.kind == "content" and (point := _POINT.match(line.text)):
            if int(point.group(1)) == expected and (not numbered or i - numbered[-1] >= 2):
                numbered.append(i)
                expected += 1
            elif int(point.group(1)) == 1:
                numbered, expected = [i], 2
    if len(numbered) >= 3:
        filed = max(filed, numbered[-1])
    # (a recipe's parts under their headings, "Ingredients" then "Method", are the story's, however short their lines and
    # however much their steps speak to "you": its thread comes after the last part's lines)
    recipe = [i for i, line in enumerate(lines) if i > first_paragraph and line.kind == "content" and _RECIPE_PART.match(line.text)]
    if recipe:
        end = recipe[-1]
        while end + 1 < len(lines) and lines[end + 1].kind == "content":
            end += 1
        filed = max(filed, end)
    signed_off = _signed_off(lines, first_paragraph)
    if letters_open is not None and signed_off >= letters_open:
        signed_off = 0  # (a reader's letter signed, not the story)
    filed = max(filed, signed_off)
    # (a thread's heading may sit over its widget's furniture: "18 Comments", "Login", "Sort by Best")
    under_heading, heading = [False] * len(lines), False
    for i, line in enumerate(lines):
        under_heading[i] = heading and lines[i - 1].kind == "boiler"
        if line.kind != "boiler" or line.meta_role == "nav":
            heading = line.kind == "header"
    interviews = _interview_runs(lines)
    interviews_end = {end for _, end in interviews}
    announced = _story_claims(lines, evidence, interviews, first_paragraph)
    # (running counts of the content lines before each index, and of their evidence, for the story's own voice)
    content_before, evidence_before = [0], [0.0]
    for line, score in zip(lines, evidence):
        content_before.append(content_before[-1] + (line.kind == "content"))
        evidence_before.append(evidence_before[-1] + (score if line.kind == "content" else 0.0))
    suffix = 0.0
    meta_after = False  # whether a comment's byline or action row follows
    for k in range(len(lines) - 1, filed, -1):
        suffix += evidence[k]
        meta_after = meta_after or lines[k].kind == "meta" and k >= first_paragraph
        if lines[k].kind in ("header", "boiler") or announced[k]:
            continue  # the split goes on the first line that holds a comment or its metadata
        prev = lines[k - 1]
        if k <= first_paragraph and (prev.kind != "header" or prev.text.rstrip(" :.").lower() in ("conversation", "comments", "discussion", "replies", "responses", "reactions")):
            continue  # a story has a paragraph before its thread, unless a heading opens the thread
        bonus = 0.0
        if prev.kind == "header" or under_heading[k] or k == letters_open:
            bonus += 6.0
        elif prev.kind == "boiler" and prev.meta_role != "nav":
            bonus += 1.5  # (not after a menu's or a list's entries: the story may follow them)
        elif k in interviews_end:
            bonus += _INTERVIEW_END
        elif signed_off and k == signed_off + 1:
            bonus += 1.5  # (the story signed off: what follows is its thread or the page's furniture)
        elif prev.kind == "content" and lines[k].blank_before and lines[k].kind == "meta":
            bonus += 0.5
        elif prev.kind == "content" and _INVITES_REPLIES.search(prev.text):
            bonus += 1.5
        elif not meta_after:
            bonus -= 0.5  # no marker at all, neither a heading nor a byline: the lines' own voice must say more
        if content_before[k] >= 5 and not meta_after:
            # A dry story sets its own bar: where the lines before the split read far more like a reporter's than most
            # stories do, each line after it earns part of the difference (plain comments under a wire story read
            # neutral alone, but not beside it).
            story_voice = evidence_before[k] / content_before[k]
            bonus += _STORY_CONTRAST * max(0.0, _DRY_STORY - story_voice) * (content_before[-1] - content_before[k])
        if suffix + bonus > best_score:
            best_k, best_score = k, suffix + bonus
    empty = next((i for i, line in enumerate(lines) if i > first_paragraph and line.kind != "content" and _EMPTY_THREAD.match(line.text)), None)
    if empty is None and best_k is not None and not any(line.kind == "meta" and line.author for line in lines[best_k:]):
        # ("Comments are closed" heads a closed thread with its comments as well: a thread without any name under it)
        empty = next((i for i, line in enumerate(lines) if i > first_paragraph and line.kind != "content" and _CLOSED_THREAD.match(line.text)), None)
    # (a social post, its writer's @handle over it: every reply there comes under its own name, so unsigned lines are the post's)
    if best_k is not None and _opens_as_social_post(lines[:max(first_paragraph, 3)]) and not any(line.kind == "meta" and line.meta_role == "header" and line.author for line in lines[best_k:]):
        return None
    if best_k is not None and empty is not None and not any(_commenter_byline(lines, i) for i in range(best_k, len(lines))):
        # The page says its thread is empty: lines without a commenter's name and clock above that word are the story's,
        # and those under it the page's furniture (its sidebar's headlines, a community's "Created Mar 3, 2012"), not readers'.
        for line in lines[empty:]:
            line.kind = "boiler" if line.kind == "content" else line.kind
        return None
    if best_k is not None and best_k - 1 > first_paragraph and lines[best_k - 1].kind == "content" and _bylines_trail(lines[best_k:]):
        best_k -= 1  # (the first comment's words sit over its byline: "Catch it every day..." / "Posted by Jodie at 6:42 PM")
    return best_k


# A line of program code in a post: "import tracemalloc", "pending.add(task)", "for s in stats[:10]:", "x = f(y)"
_REACTION = re.compile("^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\u2764][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+(?:\\s+\\d{1,6})?$")
_CODE_LINE = re.compile(r"^(?:import [\w.]+(?:,|\s*$| as )|from [\w.]+ import\b|def \w+\(|class \w+[(:]|return\b|async def\b|await \S|"
                        r"(?:const|let|var) \w+\s*=|function\s*\w*\(|#include\b|print\().*"
                        r"|^(?:for|if|while|elif|else|try|except|with)\b.*:$"
                        r"|^[A-Za-z_]\w*(?:\.\w+)*\s*(?:\(.*\)|\[.*\])\s*[:;]?$"
                        r"|^[A-Za-z_]\w*(?:\.\w+)*\s*[+\-*/]?=\s*\S.*$"
                        r"|^[\])}]+[;,]?$")
_REPORTED = re.compile(r"\b(?:said|says|told|wrote|added|according to)\b")


def _signed_letters_open(lines: list[Line], first_paragraph: int) -> int | None:
    """Where readers' letters begin that each end on a signature under their words ("-- Iain MacLeod, Newtonmore"), two or
    more after the story: the first letter takes up to four lines over its signature, stopping under a line that reports
    what someone said, which is the story's; None without such letters."""
    signed = [i for i, line in enumerate(lines) if i > first_paragraph + 1 and line.kind == "meta" and line.author
              and _SIGNATURE.match(line.text) and lines[i - 1].kind == "content"]
    if len(signed) < 2:
        return None
    start = signed[0]
    while start > first_paragraph + 1 and signed[0] - start < 4 and lines[start - 1].kind == "content" and not (
            _ATTRIBUTED_QUOTE.search(lines[start - 1].text) or _REPORTED.search(lines[start - 1].text)):
        start -= 1
    return start if start < signed[0] else None


def _commenter_byline(lines: list[Line], i: int) -> bool:
    """Whether lines[i] names a commenter with the moment they wrote: a byline whose time, on it or on the line under
    it, has a clock or an age ("6:12 pm", "2 hours ago"), as a reader's has and a story's date does not."""
    line = lines[i]
    if line.kind != "meta" or line.meta_role != "header" or not line.author or line.author.lower() in _TIME_LABELS:
        return False  # (not a label: "Updated 18:20, 3 February 2024")
    below = lines[i + 1] if i + 1 < len(lines) else None
    return bool(_CLOCK_OR_AGE.search(line.text) if line.time else
                below is not None and below.kind == "meta" and below.time and not below.author and _CLOCK_OR_AGE.search(below.text))


def _bylines_trail(region: list[Line]) -> bool:
    """Whether each comment's byline comes after its words: the region opens and ends with a byline, two or more,
    as a thread does whose first words were read as the story's."""
    kept = [line for line in region if line.kind not in ("boiler", "header")]
    bylines = [line for line in kept if line.kind == "meta" and line.meta_role == "header" and line.author]
    return len(bylines) >= 2 and kept[0] is bylines[0] and kept[-1] is bylines[-1]


def _looks_like_title(line: Line, following: list[Line]) -> bool:
    text = line.text
    return bool(following) and len(text) <= 150 and text[-1:] not in ".,;:" and len(text.split()) <= 20


def _reader_wrote(line: Line) -> bool:
    """A furniture-like line among the comments that a reader wrote all the same: "Subscribe to my
    channel you morons", "follow us on gab ...". Dropped, it would go unmoderated; the furniture it
    resembles starts with a capital and speaks to no one in the first or second person, without slang."""
    if _PLACEHOLDER.match(line.text) or _LIKED_THIS.match(line.text) or line.text[:1].isdigit() or len(line.text.split()) <= 3 and line.text[-1:] not in ".!?" and _BOILER.match(line.text):
        return False  # (a widget's words alone, whatever their case: "save", "sorted by: best"; not a reader's "best.")
    first = next((c for c in line.text if c.isalpha()), "")
    return first.islower() or bool(_FIRST_SECOND.search(line.text) or _SLANG.search(line.text))


def _ends_signed_with_actions(block: dict) -> bool:
    """Whether a comment without a byline ends on the reader's bare name and then its action row, words of its own
    over them: "... Happy birthday Brian!" / "xx Mel" / "Reply"."""
    lines, meta = block["lines"], block["meta"]
    if len(lines) < 2 or not meta or meta[-1].meta_role != "footer" or meta[-1].no < lines[-1].no or not re.search(r"[A-Za-z]", meta[-1].text):
        return False
    signed = lines[-1].text
    return len(signed.split()) <= 3 and signed[-1:] not in ".!?:,;" and not any(m.meta_role == "header" for m in meta)


def _closes_unsigned(region: list[Line], i: int, current: dict) -> bool:
    """Whether region[i], the action row just added under a comment whose byline has not come, closes it all the same:
    the comment ends signed with a bare name (_ends_signed_with_actions) and words, not a byline, come next."""
    if not _ends_signed_with_actions(current):
        return False
    after = next((other for other in region[i + 1:] if not (other.kind == "meta" and other.meta_role == "footer")), None)
    return after is not None and after.kind == "content"


def _is_bare_time(line: Line) -> bool:
    """A time alone: no writer, no one answered, no depth."""
    return bool(line.time) and not (line.author or line.reply_to or line.depth is not None)


def _trailing_time(region: list[Line], i: int) -> bool:
    """Whether region[i], a time alone, closes the comment above it: the next line names the next
    comment's writer (or there is none), so this time has no text of its own."""
    if not _is_bare_time(region[i]):
        return False
    after = next((other for other in region[i + 1:] if not (other.kind == "meta" and other.meta_role == "footer")), None)
    return after is None or (after.kind == "meta" and after.meta_role == "header" and after.author is not None)


def addressed_parent(text: str, latest: dict[str, int]) -> int | None:
    """In a flat thread, a reply that opens by addressing an earlier commenter ("@Harriet Vane thanks",
    "Ian, the committee agreed...", "Mitch: fair point", Facebook's tag "Kjetil Berg ikke fra ...") answers that
    commenter's latest comment.
    `latest`: each earlier commenter's name, lower-cased, to their latest comment (remember_author);
    a lookup per word break of the opening, so a thread of 5,000 comments costs no more than one."""
    head = text[:61].lower()
    found = []
    if head.startswith("@"):  # "@Name" then a break: "@Timothy" is not "@Tim"
        found = [latest[head[1:j]] for j in range(2, len(head) + 1)
                 if (j == len(head) or not (head[j].isalnum() or head[j] == "_")) and head[1:j] in latest]
    else:  # "Name," or "Name:", or a full name of two words or more tagged as Facebook tags it: "Josip Šimić nitko nije ..."
        found = [latest[head[:j]] for j, c in enumerate(head) if (c in ",:" or c == " " and " " in head[:j]) and head[:j] in latest]
    return max(found, default=None)


def remember_author(latest: dict[str, int], author: str | None, index: int) -> None:
    """Record a comment's author for addressed_parent (names under three characters are too common)."""
    if author and len(author) >= 3:
        latest[author.lower()] = index


def _boiler_a_reader_wrote(line: Line) -> bool:
    """A line read as furniture that a reader wrote all the same (_reader_wrote), not a list's heading or entry."""
    return line.kind == "boiler" and line.meta_role != "nav" and _reader_wrote(line) and not (
        _LIST_HEADING.match(line.text) or _BOILER_LEAD.match(line.text) or _LINK_ROW.match(line.text))


def _bylines_follow_actions(region: list[Line]) -> bool:
    """Whether half the bylines or more follow a comment's action row, not its words: then names open their comments
    even where words come first ("Join the conversation." over a thread whose names each open a comment closed by
    "Reply · Share · Respect 18")."""
    def opens(line: Line) -> bool:
        return line.kind == "meta" and line.meta_role == "header"

    before = [region[i - 1] for i in range(1, len(region)) if opens(region[i]) and not opens(region[i - 1])]
    after_actions = sum(1 for line in before if line.kind == "meta")
    return bool(after_actions) and after_actions >= len(before) - after_actions


def group_comments(region: list[Line]) -> list[Comment]:
    for line in region:
        if _boiler_a_reader_wrote(line):
            line.kind = "content"
    region = [line for line in region if line.kind not in ("boiler", "header")]
    has_meta = any(line.kind == "meta" and line.meta_role == "header" for line in region)
    blocks: list[dict] = []
    if has_meta:
        # Decide whether metadata precedes its text (name, time, text) or trails it (text, "by X on ...").
        first_content = next((i for i, l in enumerate(region) if l.kind == "content"), None)
        first_header = next((i for i, l in enumerate(region) if l.kind == "meta" and l.meta_role == "header"), None)
        leads = first_header is not None and (first_content is None or first_header < first_content
                                              or _bylines_follow_actions(region))
        current = closed = None
        pending_meta: list[Line] = []
        # (once one comment's date sat under its text, the last named comment's does too, whatever follows it: the blog's sidebar)
        dates_trail = False
        last_byline = max((i for i, line in enumerate(region) if line.kind == "meta" and line.meta_role == "header" and line.author), default=-1)
        for i, line in enumerate(region):
            if line.kind == "meta":
                if leads:
                    if line.meta_role == "header" and current is not None and current["lines"] and (
                            # (not where the comment has its time already: then the time opens the next one, "#2" / date / name)
                            _trailing_time(region, i) and not any(m.time for m in current["meta"])
                            or dates_trail and i > last_byline and _is_bare_time(line)
                            and any(m.author for m in current["meta"])):
                        current["meta"].append(line)  # the date under the text it dates (Blogger's) closes it
                        current["closed"] = dates_trail = True
                    elif line.meta_role == "header":
                        if current is None or current["lines"]:
                            current = {"lines": [], "meta": [], "indent": line.indent}
                            blocks.append(current)
                        current["meta"].append(line)
                    elif current is not None:
                        current["meta"].append(line)
                        current["closed"] = bool(current["lines"])  # (its action row under its words closes it)
                else:
                    if current is not None:
                        current["meta"].append(line)
                        if line.meta_role == "header" or _closes_unsigned(region, i, current):
                            closed, current = current, None  # a trailing byline closes its comment
                            continue
                    elif closed is not None and line.time and not line.author and not any(m.time for m in closed["meta"]) \
                            and _AUTHOR_PLACE.match(closed["meta"][-1].text):
                        # the date on the line right under the name that closed its comment: Newsquest's "Keith W,
                        # Heathfield" over "10:42am Thu 5 May 11"
                        closed["meta"].append(line)
                    else:
                        pending_meta.append(line)
                    closed = None
                continue
            closed = None
            if current is None or current.get("closed"):
                current = {"lines": [], "meta": pending_meta, "indent": line.indent}
                pending_meta = []
                blocks.append(current)
            current["lines"].append(line)
        if leads and sum(1 for b in blocks if b.get("closed")) >= 2:
            # where each comment's action row closes it, words after the last one without a byline of their own are
            # the page going on (the story's second part under a thread set inside it), not that comment's
            while blocks and not blocks[-1]["meta"]:
                blocks.pop()
        if not leads and current is not None and not any(m.author or m.time for m in current["meta"]) and sum(1 for b in blocks if b["meta"]) >= 2 \
                and not any(find_time(line.text) for line in current["lines"]) and not _ends_signed_with_actions(current):
            # where each comment's byline closes it, words after the last byline are no comment (the form's labels),
            # unless they hold a date (a byline of a shape not read: "Posted by: Get Rid of the Fed at ...") or end on
            # their own action row (a reader signed with a bare name: "Joanne" / "Reply")
            blocks.remove(current)
    else:
        blank_blocks = sum(1 for line in region[1:] if line.blank_before)
        multi_line_blocks = blank_blocks and blank_blocks < len(region) - 1
        for line in region:
            if not blocks or not multi_line_blocks or line.blank_before:
                blocks.append({"lines": [], "meta": [], "indent": line.indent})
            blocks[-1]["lines"].append(line)
    comments: list[Comment] = []
    stack: list[tuple[int, int]] = []  # (indent, comment index) of open ancestors
    latest: dict[str, int] = {}  # earlier commenters by name, for addressed replies
    for block in blocks:
        text = "\n".join(line.text for line in block["lines"]).strip()
        if not text:
            continue
        author = next((m.author for m in block["meta"] if m.author), None)
        time = next((m.time for m in block["meta"] if m.time), None)
        reply_to = next((m.reply_to for m in block["meta"] if m.reply_to), None)
        index = len(comments)
        parent = None
        indent = min([block["indent"]] + [m.indent for m in block["meta"] if m.meta_role == "header"])
        indent = next((m.depth for m in block["meta"] if m.depth is not None), indent)
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            parent = stack[-1][1]
        if reply_to:
            parent = next((earlier.index for earlier in reversed(comments)
                           if earlier.author and earlier.author.rstrip(".").lower() == reply_to.lower()), parent)
        else:  # "@Harriet Vane ...", "Tim, ...": said to an earlier commenter, over what the layout says
            addressed = addressed_parent(text, latest)
            parent = parent if addressed is None else addressed
        stack.append((indent, index))
        comments.append(Comment(index=index, text=text, author=author, time=time, parent=parent))
        remember_author(latest, author, index)
    return comments


def inline_authors(comments: list[Comment]) -> list[Comment]:
    """Where most comments start with their writer's name ("Hannah Cole: ...", "[Tomasz] ..."), that
    name is the author, not text. Most, so that one comment opening "Update: ..." is left alone."""
    found = [match if c.author is None and (match := _INLINE_AUTHOR.match(c.text)) and (
        match.group("a1") or match.group("a2") or match.group("a3")).lower() not in _LABELS_NOT_NAMES else None for c in comments]
    # (a transcript's "Question: ..." and "Answer: ..." name no one)
    if len(comments) < 2 or sum(m is not None for m in found) < 0.6 * len(comments):
        return comments
    for comment, match in zip(comments, found):
        if match:
            comment.author = (match.group("a1") or match.group("a2") or match.group("a3")).lstrip("@")
            comment.text = match.group("text").strip()
            when = match.group("when") and find_time(match.group("when"))
            comment.time = comment.time or (when.group(0).strip() if when else None)  # "Hannah (March 3, 2024): ..."
    return comments


# A quotation's head in a reply: "Quote:" / "Originally Posted by Tanner_Tom", '"Billy No Mates" wrote:', "Quote from: Dave"
_QUOTE_LABEL = re.compile(r"^(?:quote|citat|zitat|citation|cita|citazione|cytat|lainaus|alıntı):?$", re.I)
_QUOTE_HEAD = re.compile(r"^(?:quote:?\s+)?(?:originally posted by|quote from:?|quoting|ursprungligen postat av|ursprünglich (?:geschrieben|gepostet) von|"
                         r"opprinnelig skrevet av|oprindeligt skrevet af|originalmente (?:postado|publicado) por|publicado originalmente por|"
                         r"messaggio originale di|alkuperäinen kirjoittaja)\s+(?P<name>\S.{0,59}?)\s*:?$"
                         r"|^[\"“]?(?P<name2>[^\"“”:]{1,60}?)[\"”]?\s+(?:wrote|said|escribió|a écrit|schrieb|scrisse|schreef|napisał|skrev|ha scritto|"
                         r"escreveu|kirjoitti|yazdı|napsal|napisala|a scris|írta|έγραψε|написал|написала|menulis):$", re.I)


_RE_SUBJECT = re.compile(r"^re:\s*(\S.{0,119}?)\s*$", re.I)


_QUOTE_REACH = 200  # comments a quotation is sought among, the latest first


def _unquoted(line: str) -> str:
    """A quoted line without the ">" that marks it as quoted, as e-mail and many forums print it."""
    return line.strip().lstrip(">").strip()


def without_quotes(comments: list[Comment]) -> list[Comment]:
    """A reply that opens with an earlier comment's words under a quotation's head ('"Billy No Mates" wrote:') quotes that
    comment: the head and the quoted lines leave its text (they are another reader's words, scored as theirs) and the
    quoted comment becomes its parent. Only lines found in an earlier comment count as the quotation."""
    for i, comment in enumerate(comments):
        lines = comment.text.split("\n")
        start = 1 if len(lines) > 2 and _QUOTE_LABEL.match(lines[0].strip()) else 0
        head = _QUOTE_HEAD.match(lines[start].strip()) if len(lines) > start + 1 else None
        recent = comments[max(0, i - _QUOTE_REACH):i][::-1]  # (a bounded look back: a 5,000-comment forum of quotes stays linear)
        if head is None:
            if not (len(lines) > 1 and lines[0].startswith(">")):
                continue
            # (or quoted lines marked as e-mail quotes them, with no head: "> in what sense is it alive?" over the reply)
            start, earlier = -1, recent
        else:
            name = (head.group("name") or head.group("name2")).strip("\"“” ").lower()
            earlier = [c for c in recent if (c.author or "").lower() == name] or recent
        end = start + 1
        while end < len(lines) - 1 and len(lines[end].split()) >= 3 and any(_unquoted(lines[end]) in c.text for c in earlier):
            end += 1
        if end == start + 1:
            continue  # (no earlier comment holds the lines under the head: they are the reply's own)
        quoted = next(c for c in earlier if _unquoted(lines[start + 1]) in c.text)
        comment.text = "\n".join(lines[end:]).strip()
        comment.parent = comment.parent if comment.parent is not None else quoted.index
    return comments


def subject_replies(comments: list[Comment]) -> list[Comment]:
    """A reply titled "Re: <subject>" answers the comment that has that subject for its title (The Register's, Slashdot's)."""
    titles = {}
    for comment in comments:
        title = comment.text.split("\n", 1)[0].strip()
        if comment.parent is None and (subject := _RE_SUBJECT.match(title)) and subject.group(1).lower() in titles:
            comment.parent = titles[subject.group(1).lower()]
        if "\n" in comment.text and not _RE_SUBJECT.match(title) and len(title) <= 120:
            titles[title.lower()] = comment.index
    return comments


def read_lines(text: str) -> tuple[list[Line], str | None]:
    """A plain-text page's lines, each with its kind (content, boiler, header, meta) and what it says of a comment's
    author and time, and the page's headline where its markup gave one."""
    reflowed, headline = reflow_page(text)
    lines = _lines(reflowed)
    for line in lines:
        classify_line(line)
        # Only on text pages: in an HTML comment's own body these lines are what the reader wrote.
        if line.kind == "content" and _COUNT.match(line.text):
            line.kind, line.meta_role = "meta", "footer"
        elif line.kind == "content" and _AGE_ONLY.match(line.text):  # OpenWeb's and Viafoura's "3h", "2y" under a name
            line.kind, line.meta_role, line.time = "meta", "header", line.text
        elif line.kind == "content" and (match := _SIGNATURE.match(line.text)):
            line.kind, line.meta_role, line.author, line.time = "meta", "header", match.group("author").lstrip("@"), match.group("time")
    for label, value in zip(lines, lines[1:]):
        if _CARD_LABEL.match(label.text) and len(value.text.split()) <= 6:
            # a forum card's label and its value, a line each: "Joined:" / "Dec 10, 2024" (the member's, not the post's date)
            label.kind = value.kind = "boiler"
            label.meta_role = value.meta_role = "nav"
            label.time = value.time = value.author = None
    for above, line in zip(lines, lines[1:]):
        if line.text[:1] == "+" and line.kind == "meta" and line.meta_role == "footer" and above.kind == "meta" and above.meta_role == "header":
            line.kind, line.meta_role = "content", None  # a reader's "+1" under their byline, not a vote count
    for line, below in zip(lines, [*lines[1:], None]):
        if line.kind == "content" and _REACTION.match(line.text) and (line.text[-1:].isdigit() or below is not None and _COUNT.match(below.text)):
            line.kind, line.meta_role = "meta", "footer"  # a reaction and its count: "😄 2", "❤️" / "3" (not a reader's "😢" alone)
    for line, below in zip(lines, lines[1:]):
        if line.kind == "content" and len(line.text.split()) == 1 and _FORUM_STAT.match(below.text):
            line.kind, line.meta_role = "boiler", "nav"  # a member card's name over its figures (phpBB's, under the post)
    subjects = Counter(line.text.lower() for line in lines if _RE_SUBJECT.match(line.text))
    for line, below in zip(lines, lines[1:]):
        if subjects[line.text.lower()] >= 3 and below.kind == "meta" and below.meta_role == "header":
            # a forum's default subject over every post ("Re: <topic>" again and again, phpBB's): the software's, no one's words
            line.kind, line.meta_role = "boiler", "nav"
    _mark_authors(lines)
    _mark_furniture(lines)
    return lines, headline


def segment_text(text: str) -> tuple[str, str, list[Comment]]:
    """(title, article text, comments) of a plain-text page."""
    lines, headline = read_lines(text)
    if not lines:
        return "", "", []
    boundary = _find_boundary(lines)
    article_lines = lines if boundary is None else lines[:boundary]
    comment_lines = [] if boundary is None else lines[boundary:]
    while comment_lines and comment_lines[-1].kind in ("boiler", "header") and not _boiler_a_reader_wrote(comment_lines[-1]):
        comment_lines.pop()  # the page's footer after the thread
    if comment_lines and comment_lines[0].kind == "meta" and comment_lines[0].meta_role == "footer":
        # the post's own reactions and counts over its thread ("👍" / "8", "5 comments · 3 replies"), no comment's footer
        while comment_lines and (comment_lines[0].kind == "meta" and comment_lines[0].meta_role == "footer" or comment_lines[0].kind == "boiler"):
            comment_lines.pop(0)
    if boundary is not None and (poster := _social_poster(lines[:boundary])):
        # A post's writer continuing it in the thread's first posts (an X or Mastodon thread, "1/5" ...) adds to the post.
        own = 0
        for i, line in enumerate(comment_lines):
            if line.kind == "meta" and line.meta_role == "header" and line.author and line.author != poster:
                break
            if line.kind == "meta" and line.meta_role == "header" and line.author == poster:
                own = i
        if own:
            own = next((i for i in range(own + 1, len(comment_lines)) if comment_lines[i].kind == "meta" and comment_lines[i].meta_role == "header"
                        and comment_lines[i].author), len(comment_lines))
            article_lines, comment_lines = article_lines + comment_lines[:own], comment_lines[own:]
    # Furniture between the article and the thread (and at the article's ends) belongs to neither.
    article_lines = [line for line in article_lines if line.kind == "content" or line.in_story or (line.kind == "meta" and line.meta_role == "header")]
    title = ""
    if headline and (at := next((i for i, line in enumerate(article_lines) if line.text == headline), None)) is not None:
        article_lines = article_lines[at:]  # (what a converter printed over the h1 is the site's header)
    if article_lines and _looks_like_title(article_lines[0], article_lines[1:]):
        title = article_lines.pop(0).text
    article = "\n".join(line.text for line in article_lines)
    return title, article, subject_replies(without_quotes(inline_authors(group_comments(comment_lines))))
