"""Sexual harassment in stock phrases (moderator.sexual_harassment), its spans through the lexicon member,
and the decision; look-alike sentences about legs, shows, sandwiches and kitchens are not it."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.sexual_harassment import find_sexual_harassment


def _found(text: str) -> bool:
    return bool(find_sexual_harassment(normalize(text).text))


@pytest.mark.parametrize("text", [
    "Keep your legs closed next time.",
    "She should have kept her legs shut.",
    "send nudes",
    "Send me ur nudes lol",
    "Show us your tits, sweetheart.",
    "sit on my face",
    "I'd hit that.",
    "id bang her",
    "Get back in the kitchen where you belong.",
    "Make me a sandwich.",
    "You'd be prettier if you smiled.",
    "Open your legs for the boss, that's how you got the job.",
    "k33p y0ur l3gs cl0sed",  # read through the normalization
    "suck my d1ck",
    "You can lick my balls, reporter.",
    "I'd love to see you without the blouse.",  # a development list of news comments, session 23
    "I'd like to show her what a real man can do.",
    "Send me some pictures, darling.",
    "She only got this job because she slept with the editor.",
    "She slept her way to the top.",
    # a second held-out list (session 24)
    "The weather girl can forecast in my bedroom any time ;)",
    "Wouldn't mind bending that MP over the despatch box if you know what I mean.",  # "wouldn't mind" is a yes
    "Forget the article, look at the reporter's ass in the video.",
    "Bet the female ref gets on her knees for the managers, how else did she get the job.",
    "She only got promoted cause she slept with the whole board.",
    "@KarenW you sound frigid, what you need is a good seeing to.",
    "What a pair on the new presenter.",
    "I'd smash the defendant's wife.",
    "Female pundits are eye candy, I'd ruin her.",
    "All that anger, sounds like you haven't been laid in years.",
    "Look at the mouth on that singer, built for one thing only.",
    "DM me and I'll show you what a real man's like.",
    # a fourth list (session 25)
    "The weather girl can forecast my bedroom any time.",
    "Bet the reporter got this job on her knees",
    "@jess_writes send pics and I might take your opinion seriously",
    "She'd be a lot more convincing if she took her top off while reading the autocue",
    "Shame about the face, but I'd still do her with a bag over her head",
    "I'd love to show that MP what a real man feels like",
    "With a mouth like that she should be putting it to better use, if you know what I mean",
    "Wonder what the female ref's wearing under those shorts ;)",
    "That gymnast in the photo is 17, so legal in my state, just saying",
    "Bet she screams just as loud in bed as she does in parliament",
    "Anyone got the uncropped version of her bikini pics from Marbella?",
    "Bet the new anchor is a right goer after a few wines",
    "I'd rate her a 4 but I'd still smash it",
    # a fifth list (session 25)
    "Wouldn't mind that weather girl reading me the forecast in bed, if you know what I mean",
    "@Lucy_M I'd rather you sat on my face.",
    "The reporter is clearly sleeping with her editor.",
    "That tennis player's skirt is doing a lot of work. Bet she's a screamer.",
    "She only won the seat because of what she does on her knees.",
    "@katiejourno DM me and wear nothing.",
    "You argue like a woman who needs a good seeing-to, Rachel.",
    "That's a lot of opinions from a woman who clearly hasn't been properly satisfied in years.",
    "Zoom in at 0:42, the news anchor's top is see-through",
    "Look at her lips in the cover photo. I know exactly what they're for.",
    # a sixth list (session 25)
    "The weather girl can forecast my bedroom any night she likes",
    "@SarahJ_news bet you'd look better without that blazer",
    "That reporter's legs are the real story. I'd keep her up all night.",
    "@MeganRuns DM me and I'll give you some.",
    "That newsreader looks like she'd be wild in bed, just saying.",
    "I've got a few things I'd like to do to you, love.",
    "She can punish me as hard as she likes.",
    "I'd pay good money to see that female MP in a bikini.",
    "She got promoted by sleeping with half the board.",
    "Your missus in your profile pic is fit, lend her to me for a weekend",
    "We're all just here for the presenter's chest.",
    "I'd have her back at the hotel before the medal ceremony.",
    "The male nurse looks like he'd be up for anything. Message me, sweetie.",
    "Those yoga pants at the press conference were an invitation.",
    # a seventh list (session 25)
    "@Jess_writes you'd get more readers if you posted pictures in a bikini instead of columns.",
    "She's only 17 but she's built like a grown woman, can't blame the lads.",
    "Hey @priya_m you'd look better on your knees than on a soapbox.",
    "The female firefighter can put out my fire anytime.",
    "Rate her out of ten lads: face a 6, body a solid 9.",
    "Those twins turned 18 last week, just saying the wait's over",
    "I'd pay good money to see the junior minister do a striptease.",
    "The woman who wrote this obviously hasn't been touched properly in years.",
    # the eighth list (session 26)
    "@dana_w that new profile pic is giving me ideas",
    "Lovely pair on the new weather presenter.",
    "Nice article. Message me, love.",
    "I'd pay for a private lesson with her, if you know what I mean.",
    "The senator should spend more time on her knees.",
    "DM me and wear something tight next time.",
    "Her accent does things to me.",
    "Is the new prosecutor single? Asking for a friend.",
    "The new intern belongs on my lap.",
    "I'll be your midnight snack, babe.",
    "You can see right down the presenter's blouse in the second photo.",
    "She can butter my toast any time.",
    "Saw you at the gym, looked good enough to follow home.",
    # the ninth list (session 26)
    "Write what you like, love, as long as you keep wearing that dress.",
    "She can review my application, bent over the desk preferably.",
    "That referee should be whistling in my bed.",
    "The new coach is far too fit to be round the under-16s.",
    "Lips made for something other than reading the news.",
    "Send me some without the cardigan.",
    "He'd be fun to handcuff. I'll be the one in cuffs though.",
    "The keeper has a serious bulge in that kit.",
    "Only here to stare at the weather girl's legs.",
    "Bet you like it rough, @meg_writes.",
])
def test_stock_phrases_are_found(text):
    assert _found(text)


@pytest.mark.parametrize("text", [
    "I'd hit that ball out of the park if I could.",
    "I would do it again tomorrow.",
    "I'd ride that bike every day.",
    "The show starts at nine.",
    "Flash floods hit the valley.",
    "Put the sandwich in the kitchen.",
    "My legs were sore after the run.",
    "I'd never tell anyone to get back in the kitchen.",  # negated
    "She said the senator told her to get back in the kitchen.",  # reported
    "Show us your tits, said the troll; I reported him.",  # reported after the words
    "They'd be prettier if they repainted the bridge.",
    "I'll go home and lick my wounds.",
    "These meetings suck my energy dry.",
    "I would love to see you without the cast soon, get well!",
    "Send me some pictures of the flood, please.",
    "He slept with the editor of his novel open on his chest.",
    "He bent over backwards to help the council.",  # session 24's look-alikes
    "I'd ruin her career if I published that.",
    "Look at the player's legs after that tackle.",
    "This car is built for one thing: speed.",
    "She went on her knees for the coach to pray.",
    "The steak needs a good pounding before it goes on the grill.",
    "What a pair on the bench, both of them injured again.",
    "I don't want to look at her ass, thanks.",  # negated
    "She got the job on merit, not on her knees to anyone, and the figures show it.",  # session 25's look-alikes
    "Send pics and we'll print the best ones in Saturday's edition.",
    "The protesters took their tops off outside parliament.",
    "Put the chips in a paper bag over there.",
    "Her bikini photos went viral last summer, the paper reported.",
    "Weed is legal in my state now.",
    "I'd still smash it in the gym at 60.",
    "Her mouth guard was put to good use in the scrum.",
    "I wouldn't mind him tucking the kids in bed tonight, I'm exhausted.",  # a fifth list's look-alikes
    "The dress is see-through in places, the designer said, which was the point.",
    "I know exactly what they're for: the tools are for pruning.",
    "She sat on my lap as a toddler.",
    "She'd look better without that fringe, honestly.",  # a sixth list's look-alikes
    "The baby will keep her up all night.",
    "Message me, mate, about the tickets.",
    "Things I'd like to do to the garden this spring.",
    "Rate the restaurant out of ten, we want your reviews.",  # a seventh list's look-alikes
    "She turned 18 last week and passed her driving test.",
    "I want to see the effects of strip mining on the valley.",  # a C3 news comment
    "She can have my vote any time.",  # the eighth list's look-alikes
    "The nurse spent more time on her knees scrubbing the ward floor.",
    "Is the new prosecutor single-handedly running the office?",
    "He asked what she's packing for the trip.",
    "Keep wearing those shorts, the heatwave is not over.",  # the ninth list's look-alikes
    "The bulge in the wall needs a structural engineer.",
])
def test_look_alikes_negations_and_reports_are_not_found(text):
    assert not _found(text)


def test_spans_point_at_the_text_as_typed(moderator_models):
    text = "Nice story. K33p your l3gs closed next time!"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "sexual_harassment"]
    assert [(s["text"], s["label"]) for s in spans] == [("K33p your l3gs closed", "harassment")]
    result = moderator_models.moderate([{"id": "sh-1", "text": text}])[0]
    assert result["decision"] == "flag"
    assert "harassment: sexual remarks aimed at a person" in result["reasons"]
