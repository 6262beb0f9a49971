"""A pile-on called for (moderator.pile_on): many readers sent after one person; flagged by the default
policy; campaigns aimed at an office, a company or one's own representative are not it."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.pile_on import find_pile_ons


def _found(text: str) -> list[str]:
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_pile_ons(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("Everyone spam the coach's inbox.", "everyone spam the coach's inbox"),
    ("Let's flood Ruiz's phone.", "let's flood ruiz's phone"),
    ("Bury his inbox.", "bury his inbox"),  # an order opening a sentence
    ("Mass report @naomifeld.", "mass report @naomifeld"),
    ("Everyone report her account until they ban her.", "everyone report her account until"),
    ("Everyone go leave one-star reviews on his bakery.", "everyone go leave one-star reviews"),
    ("Keep calling until she cries.", "keep calling until she cries"),
    ("Everyone email Paley's editor and demand he be fired.", "everyone email paley's editor and demand he be fired"),
    ("3v3ryone sp@m her inb0x", "everyone spam her inbox"),  # read through the normalization
    # session 24
    ("Spam this journalist's DMs till she deletes her account.", "spam this journalist's dms"),
    ("Ratio the journalist into oblivion boys", "ratio the journalist"),
    ("Anyone else want to pile on @KarenW?", "anyone else want to pile on @karenw"),
    ("Go and harass every shop in town that put a flag up.", "go and harass every shop"),
    ("Everyone reply to every comment @Ellie_M makes.", "everyone reply to every comment @ellie_m"),
    ("Tag his employer in every post.", "tag his employer in every"),
    ("Keep replying to him, let's drive him off this site.", "let's drive him off this site"),
    ("All of you go and give @jj the abuse he deserves.", "all of you go and give @jj the abuse"),
    ("Everyone go to the author's twitter and let her know.", "everyone go to the author's twitter and let her"),
    ("Report him if you like, and flood his DMs lads", "flood his dms"),  # a third list (session 24)
    ("Flood the pastor's voicemail, he's earned it.", "flood the pastor's voicemail"),
    ("Dogpile time. This guy thinks he's clever.", "dogpile time"),
    # a fourth list (session 25)
    ("Let's get her name trending.", "let's get her name trending"),
    ("Everyone go tell her on Twitter what a disgrace this is.", "everyone go tell her on twitter"),
    ("Report her account en masse lads, 500 reports and it's gone.", "report her account en masse"),
    ("Screenshot her comments and tag her employer.", "tag her employer"),
    ("Make her unemployable.", "make her unemployable"),
    ("Tag her husband in this. He deserves to know.", "tag her husband in this"),
    ("Spam the restaurant's Google reviews with 1 stars till they sack that waiter.", "spam the restaurant's google reviews"),
    ("Everyone ring the station and demand that presenter is sacked.",
     "everyone ring the station and demand that presenter is sacked"),
    ("Comment on every one of her posts, then her family's.", "comment on every one of her posts"),
    ("email his school, email his rugby club. He needs to FEEL it", "email his school"),
    ("Someone collect everything this kid ever posted. Let's bury him.", "let's bury him"),
    ("Share her photo so she can't walk down the street without being recognised.", "so she can't walk down the street"),
    ("I'll keep posting this under every article she writes until she quits.",
     "keep posting this under every article she writes until she quits"),
    ("Here's her LinkedIn. Her bosses should hear about this.", "her bosses should hear about this"),
    ("Reverse image search her profile pic, you'll find her workplace in two minutes.", "you'll find her workplace"),
    ("I'm sending the list to their employers.", "i'm sending the list to their employers"),
    # a fifth list (session 25)
    ("Everyone report her YouTube channel for anything you can think of.", "everyone report her youtube channel"),
    ("The councillor's email is on the website. 500 emails each, let's crash it.", "emails each"),
    ("Review bomb her restaurant, one star each.", "review bomb her"),
    ("Get in there and tell her family what sort of person she is.", "tell her family what sort of person"),
    ("Turn up at the columnist's book signing and make sure she can't speak.", "make sure she can't speak"),
    ("Pile on, everyone.", "pile on, everyone"),
    ("Start a hashtag and trend her name.", "trend her name"),
    ("Keep it going till her sponsors drop her.", "till her sponsors drop her"),
    ("If anyone recognises her, let's get her exposed.", "let's get her exposed"),
    # a sixth list (session 25)
    ("Tag her in every post. Every. Single. One.", "tag her in every post"),
    ("Everyone go comment on the ref's daughter's Insta.", "everyone go comment on the ref's daughter's insta"),
    ("Let's mass-DM the author at 6am every morning.", "mass-dm the author"),
    ("Organising a pile-on against @GreenMum_Cork tonight at 9.", "organising a pile-on"),
    ("Right lads, we'll all ring the clinic nonstop till they shut the phones off.", "ring the clinic nonstop"),
    ("Join the channel, we're coordinating calls to the teacher's home phone.", "coordinating calls to the teacher's home"),
    # a seventh list (session 25)
    ("Everyone go to the columnist's Twitter and flood her replies.", "flood her replies"),
    ("Lads, mass-report every one of @OliviaGreen's comments.", "mass-report every one of @oliviagreen's"),
    ("Comment the clown emoji on every picture, even the dog ones.", "comment the clown emoji on every"),
    ("By the morning this vicar will have a thousand messages waiting for him.", "this vicar will have a thousand messages waiting"),
    ("The ref's email is below, let's give him the inbox he deserves.", "give him the inbox he deserves"),
    ("Plan for tonight: everyone makes fresh accounts and downvotes the mod.", "makes fresh accounts and downvotes"),
    ("I've made a spreadsheet of his comments. Time to send it to his wife.", "send it to his wife"),
    ("I've screenshotted your old posts, your employer would love to see them.", "your employer would love to see"),
    ("Keep tagging the climate girl in every post until she cracks.", "tagging the climate girl in every post"),
    # the eighth list (session 26)
    ("I'll reply to every comment you post, forever.", "i'll reply to every comment you"),
    ("One star reviews, everyone.", "one star reviews, everyone"),
    ("We'll be following her to every thread she joins.", "we'll be following her to every"),
    ("Let's all turn up at his surgery and make it impossible for him.", "let's all turn up at his surgery and make it impossible"),
    ("Ban me, I've got ten other accounts.", "i've got ten other accounts"),
    ("Report every video this guy uploads.", "report every video this"),
    ("Time to make this journalist's life hell.", "make this journalist's life hell"),
    ("Keep ringing the shop, he'll get the message.", "keep ringing the shop, he'll get the message"),
    ("Raid his channel at 9.", "raid his channel"),
    ("We keep a list of names, you're on it.", "we keep a list of names"),
    ("Make sure his phone never stops ringing.", "make sure his phone never stops ringing"),
    # the ninth list (session 26)
    ("Everyone leave a one-star review on his garage.", "leave a one-star review"),
    ("Fifty emails a day till he resigns.", "emails a day till he resigns"),
    ("She'll never be rid of me.", "never be rid of me"),
    ("His page is public and comments are open. You know what to do.", "comments are open. you know what to do"),
    ("Wait for her in the car park after the meeting.", "wait for her in the car park"),
    ("Share his photo everywhere.", "share his photo everywhere"),
    ("Anyone who spots them, post where and when.", "post where and when"),
    ("Don't let her have a single post in peace.", "don't let her have a single post in peace"),
    ("Let the whole street know what he did.", "let the whole street know what he"),
    ("He'll crack eventually.", "he'll crack eventually"),
    ("A convoy past the mayor's house on Sunday, horns on.", "convoy past the mayor's house"),
    ("I've been keeping a file on you.", "keeping a file on you"),
])
def test_pile_ons_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "Everyone should email their MP about this bill.",  # readers taking part in politics
    "Flood the council's inbox with objections before Friday.",  # an office, not a person
    "We should all call our MPs until they listen.",
    "I left a one-star review for the hotel.",  # one reader's own review
    "Keep calling the bank until they answer.",
    "Please report the account if you see spam.",
    "Don't spam her inbox, she is busy.",  # negated
    "\"Flood her phone,\" the troll wrote, and was banned.",  # reported
    "They make new accounts and mass report me all day.",  # said of oneself
    "We should reply to every comment with facts.",  # session 24's look-alikes
    "Tag the council in every post about potholes.",
    "The trolls harass her daily and the site does nothing.",
    "I will not pile on him, he has had enough.",
    "Give them hell lads!",
    "Let's drive them out of the league.",
    "Everyone should email the school and ask about the new timetable.",  # session 25's look-alikes
    "Let's bury the hatchet and move on.",
    "Tell her on Twitter? She blocked me years ago.",
    "Their boss should hear about this award, it's well deserved.",
    "Call his club and book a table, the food is great.",
    "We're sending the letters to their parents next week about the trip.",
    "Share this so people can't say they weren't warned.",
    "They're review bombing the business, which is unfair.",  # a fifth list's look-alikes
    "Everyone should report the pothole to the council.",
    "Make sure she can't miss the bus, leave early.",
    "I sent 500 emails each week as a marketer.",
    "Tell her family what a great job she did.",
    "Tag her in the photo, she'll love it.",  # a sixth list's look-alikes
    "Mass email the residents about the bin changes.",
    "Organising a party for the team.",
    "The clinic phones rang nonstop after the announcement.",
    "Our inbox will have a thousand messages waiting after the holidays, sorry.",
    "Send it to his wife's address, the parcel is for her.",
    "I'll reply to every comment once I'm back from holiday.",  # the eighth list's look-alikes
    "One star reviews are unfair on small restaurants.",
    "The charity's phone never stops ringing at Christmas.",
    "The ice will crack eventually if the thaw keeps up.",  # the ninth list's look-alikes
    "One-star reviews are how small businesses die, the owner says.",
])
def test_campaigns_negations_and_reports_are_not_pile_ons(text):
    assert _found(text) == []


def test_a_pile_on_is_a_harassment_span_and_the_default_policy_flags_it(moderator_models):
    text = "Everyone spam the coach's inbox. Make it rain!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "pile_on"]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [("Everyone spam the coach's inbox", "harassment")]
    result = moderator_models.moderate([{"id": "0", "text": text}])[0]
    assert result["decision"] == "flag", result
    assert "harassment: a call to pile on someone" in result["reasons"]
