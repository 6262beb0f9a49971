"""Personal information (moderator.personal_info): emails, phone numbers and home addresses, marked in the
comment as typed and flagged by the default policy; public places, numbers that are not phone numbers and
help lines are not."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.personal_info import find_personal_info


def _found(text: str) -> list[str]:
    return [text[start:end] for start, end in find_personal_info(text)]


@pytest.mark.parametrize("text, found", [
    ("Her number is 555-123-4567, call her and tell her what you think.", "555-123-4567"),
    ("email him at john.doe@gmail.com", "john.doe@gmail.com"),
    ("(416) 555 0199 is his cell", "(416) 555 0199"),
    ("+1 416.555.0199", "+1 416.555.0199"),
    ("Call +44 20 7946 0958 and ask for Dave", "+44 20 7946 0958"),
    ("He lives at 42 Elm Street, go visit.", "42 Elm Street"),
    ("The author lives at 14 Marlowe Close, Hexham.", "14 Marlowe Close"),  # British street names (session 23)
    ("She lives at 2 Kings Row, near the school.", "2 Kings Row"),
    ("Her home address is 1234 Maple Ave.", "1234 Maple Ave."),
    ("the reporter lives on 17 North Bay Road", "17 North Bay Road"),
    # national numbers with their leading 0, plates, accounts, a commenter unmasked (session 24)
    ("Here's the judge's home number: 01632 960418. Tell him.", "01632 960418"),
    ("Reporter's mobile is 07700 900217, fill your boots", "07700 900217"),
    ("ring 07700900217 after six", "07700900217"),
    ("call 020 7946 0958 now", "020 7946 0958"),
    ("She drives a silver Qashqai, plate YD19 KTR, spotted it outside Tesco", "YD19 KTR"),
    ("Her instagram is @lucy.h.official and she posts where she is", "@lucy.h.official"),
    ("the girl's tiktok is chloe_bennx", "chloe_bennx"),
    ("@KarenW real name Karen Walsh. Not so brave now", "Karen Walsh"),
    ("@TomH is actually Tom Hadley, works in insurance", "Tom Hadley"),
    ("His kids go to St Bede's primary, pick up is 3.15", "St Bede's primary"),  # where to find someone
    ("Here's the judge's home number: 555-0173. Let him hear from us", "555-0173"),  # a local number, named
    ("Where the cyclist lives, it's Flat 3, 22 Arundel Road, Brighton", "Flat 3, 22 Arundel Road"),
    ("Address for the dog owner: 9 Quarry Lane, Bendigo. Go pay him a visit.", "9 Quarry Lane"),
    ("The so called victim is at 2281 Maple Grove Dr, Apt 4B", "2281 Maple Grove Dr"),
    ("The protester works at the Costa on Broad Street, morning shift", "the Costa on Broad Street"),
    # a fourth list (session 25)
    ("That @TruthSeeker account is actually Mark Whitfield, 14 Larch Close.", "Mark Whitfield"),
    ("Anyone know the landlord's home address? Post it below.", "Anyone know the landlord's home address"),
    ("His wife works at St Mary's, ward 7, nights.", "St Mary's"),
    ("Plate on the cyclist's car was KX19 ABC, I've already run it.", "KX19 ABC"),
    ("Bus driver in this story lives above the chippy on Dock Road.", "Dock Road"),
    ("Coach's daughter goes to Marist College, Year 10. Small world eh.", "Marist College, Year 10"),
    ("I've got his ex-wife's number if anyone wants the real dirt on him.", "I've got his ex-wife's number"),
    ("He parks his black Ranger outside 22 Henley Rd every night.", "22 Henley Rd"),
    ("Phone number for the so called victim is 555-0143, let's all ring.", "555-0143"),
    # a fifth list (session 25)
    ("Rego on that ute is XKB-492, someone can get the address.", "XKB-492"),
    ("Found him. 14 Larkspur Close, Swindon. Lights are on right now.", "14 Larkspur Close"),
    ("Does anyone have the home address of the magistrate who gave that sentence?",
     "have the home address of the magistrate"),
    ("Here's the complainant's Facebook and Insta: jessica.m.oneill", "jessica.m.oneill"),
    ("The juror's name is out, DM me and I'll send it along with where he lives.", "I'll send it along with where he lives"),
    ("Someone work out who this anonymous whistleblower is.", "work out who this anonymous whistleblower is"),
    ("Post the name here, someone.", "Post the name here"),
    ("His wife works on reception at the Royal Children's, by the way.", "the Royal Children's"),
    ("The journo lives in one of the new flats on Clontarf Road, number 7.", "Clontarf Road"),
    ("Her son plays for Westgate Under 12s, training Tuesdays at 6.", "Westgate Under 12s"),
    ("Reverse image searched her profile pic and got her real name. Want it?", "got her real name"),
    ("his personal email is d.fraser1971 at gmail, flood it", "d.fraser1971 at gmail"),
    ("Anyone know where this woman lives? She deserves a knock on the door.", "Anyone know where this woman lives"),
    # a sixth list (session 25)
    ("The driver is Darren P, works at the depot on Mill Lane. Go say hi.", "the depot on Mill Lane"),
    ("Whoever can find the home address of the woman who reported the pub, post it here.",
     "find the home address of the woman"),
    ("His dad runs the garage on Kerr Street.", "Kerr Street"),
    ("She lives two streets from me, I'll get the house number tonight.", "I'll get the house number"),
    ("His wife's Facebook is public, go wild.", "His wife's Facebook is public"),
    ("I know the guy behind the @BrisbaneBloke account, real name Jason T, lives in Carindale.", "Jason T"),
    ("Post the nurse's full name and the ward she works on.", "Post the nurse's full name"),
    ("He is staying at the Riverside Hotel, block B, the room with the blue door.", "staying at the Riverside Hotel"),
    ("Got the MP's son's Snapchat, DM me if you want it.", "Got the MP's son's Snapchat"),
    # a seventh list (session 25)
    ("Anyone got the name of the girl who made the complaint?", "Anyone got the name of the girl who"),
    ("Anyone know which school the judge's kids attend?", "Anyone know which school the judge's kids attend"),
    ("The family who complained are the Hendersons at number 9.", "are the Hendersons at number 9"),
    ("Trying to track down the cyclist in the video. Names please.", "track down the cyclist in the video"),
    ("What's your manager's email?", "What's your manager's email"),
    ("Got the IP of the guy trolling the rugby page.", "Got the IP of"),
    ("They post from the library at lunchtimes. Let's unmask them.", "Let's unmask them"),
    ("Her ex-husband's new address is in the court papers.", "address is in the court papers"),
    ("@RegularReader your real name is Paul Whitley.", "Paul Whitley"),
    ("The landlord in the story is at 14 Harcourt Street, flat 2.", "14 Harcourt Street"),
    # the eighth list (session 26)
    ("Does anyone know where the guy who filmed this lives?", "Does anyone know where the guy who filmed this lives"),
    ("Her home address would be helpful, just saying.", "Her home address would be helpful"),
    ("Post her name and address below.", "Post her name and address below"),
    ("Found your Instagram, mate.", "Found your Instagram"),
    ("His wife's name is Carol, by the way.", "His wife's name is Carol"),
    ("Her name is Jane Moss and she works at the bakery.", "Her name is Jane Moss and she works"),
    ("He lives on Kettle Lane, the one with the red door.", "He lives on Kettle Lane"),
    ("It was Peter Grant, 17 Orchard Close, Leeds.", "Peter Grant, 17 Orchard Close"),
    ("From Northgate High, year 9, if anyone wants to know.", "From Northgate High, year 9"),
    ("I know who you are. Shall I say the name?", "Shall I say the name"),
    ("Got her address off the electoral roll.", "off the electoral roll"),
    ("White van, plate ends in K7X.", "plate ends in K7X"),
    ("Let's get the singer's medical records out there.", "get the singer's medical records"),
    ("She's in Block D, 3rd floor.", "Block D, 3rd floor"),
    # the ninth list (session 26)
    ("@localguy isn't your real name Tom?", "isn't your real name"),
    ("Your husband works at the garage, doesn't he.", "Your husband works at"),
    ("I've got his home postcode if anyone wants it.", "his home postcode"),
    ("I know who you are from your spelling, Sue.", "I know who you are from your"),
    ("Here's her Instagram, have fun.", "Here's her Instagram"),
    ("He's at the same gym every morning.", "He's at the same gym every morning"),
    ("Someone leak us the name of the clerk.", "leak us the name"),
    ("The whistleblower is Jan from payroll. Anyone got a surname?", "Anyone got a surname"),
    ("Her boy catches the 7:45 bus from the square.", "catches the 7:45 bus"),
    ("Did a reverse image search on @flowerpot's avatar.", "reverse image search on @flowerpot"),
    ("Early shifts at the bakery. Go say hello.", "Early shifts at the bakery. Go say hello"),
    ("Can anyone look up the reg in the video?", "look up the reg"),
    ("His mum's house is the one with the blue gate.", "His mum's house is the one with"),
    ("Google her name from the court list and you'll find the rest.", "Google her name from the court list and you'll find the rest"),
    ("Posting her ex's new address here.", "Posting her ex's new address"),
])
def test_contact_details_are_found(text, found):
    assert _found(text) == [found]


@pytest.mark.parametrize("text", [
    "The rally at 1600 Pennsylvania Avenue drew 5,000 people.",  # a public place, nobody said to live there
    "From 2012-2016 prices rose 3.5%.",
    "It cost $1,250,000 in 2019.",
    "Bill C-21 passed 180-140.",
    "ISBN 978-3-16-148410-0",
    "Flight AC 123 leaves at 10:45.",
    "@user that's wrong",
    "She lives in 3 different cities a year.",
    "If you are struggling, call 1-800-273-8255, they helped me.",  # a help line
    "Cancelling subscription now. 1-855-813-6111",  # a toll-free line: a business's, not a person's
    "Call their customer service at (888) 555-0199 and complain.",
    "ISBN 0306406152",  # session 24's look-alikes: ten digits in a row, dates, free and organisations' lines
    "On 01.02.2024 the council met.",
    "Call the free helpline on 0800 123 4567.",
    "Call 0300 123 1234 for the council.",
    "version 0.123.456 fixed it",
    "the plate is worn out and the reg number is wrong",
    "his twitter is full of lies",
    "her instagram is amazing",
    "Lady Gaga's real name is Stefani Germanotta.",
    "The PM's kids went to Eton, of course.",
    "My kids go to Hillside Primary and love it.",
    "She works at Tesco in Leeds.",
    "The rally is at 1600 Pennsylvania Avenue on Saturday.",
    "It's 10 Downing Street that decides, not parliament.",
    "Call 555 or 1234, the scores were tied.",
    "Anyone know the council's phone number? The website is down.",  # session 25's look-alikes: an office's
    "My wife works at a school, she says the same.",
    "Her son works in IT.",
    "I've got her number somewhere, I'll ask her about the fete.",
    "I live above the shop on High Street and the noise is fine.",  # the writer's own home
    "The plate on the car was scratched.",
    "His daughter goes to college next year.",
    "The number for the helpline is on the website.",
    "I live in one of the new flats on Clontarf Road and love it.",  # a fifth list's look-alikes
    "Her son plays for Manchester United now, proud mum.",
    "Email me at work, I'm at gmail most days.",
    "Does anyone have the address of the council offices?",
    "I'll send you the details of the meeting.",
    "We're staying at the Riverside Hotel, the rooms are lovely.",  # a sixth list's look-alikes
    "My dad runs the cafe on High Street, come by!",
    "I'll get the number of the council office tomorrow.",
    "The festival's Facebook is public now.",
    "Anyone know which school has the best results?",  # a seventh list's look-alikes
    "The winners are the Hendersons, well done.",
    "What's your favourite email app?",
    "Does anyone know where the new library is?",  # the eighth list's look-alikes
    "His name is on the ballot and he lives in hope.",
    "Her medical records were subpoenaed by the court, the article says.",
    "I go to the same gym every morning and love it.",  # the ninth list's look-alikes
    "The postcode lottery in care is a scandal.",
])
def test_numbers_places_and_help_lines_are_not_personal_information(text):
    assert _found(text) == []


def test_spans_point_at_the_text_as_typed_where_normalization_would_not():
    text = "Wr1te to h3r at jane_doe99@mail.com!"  # leetspeak around it: the email is read as typed
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "personal_info"]
    assert [(s["text"], s["label"]) for s in spans] == [("jane_doe99@mail.com", "harassment")]
    assert spans[0]["reason"] == "personal information: contact details, an address, a plate, an account or a real name"


def test_the_default_policy_flags_it_and_a_policy_can_turn_it_off(moderator_models):
    from moderator.policy import load_policy

    text = "The councillor's cell is 416-555-0199, let her know what you think of the vote."
    result = moderator_models.moderate([{"id": "pi-1", "text": text}])[0]
    assert result["decision"] == "flag"
    assert result["reasons"] == ["personal information: contact details, an address, a plate, an account or a real name"]
    assert [s["text"] for s in result["spans"] if s["label"] == "harassment"] == ["416-555-0199"]
    off = load_policy({"extends": "default", "phrases": {"flag": ["threat"]}})
    assert moderator_models.moderate([{"id": "pi-1", "text": text}], policy=off)[0]["decision"] == "keep"
