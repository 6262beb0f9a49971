"""Stock put-downs (moderator.put_downs): the idioms that insult a person's mind, worth or looks without an
insult word, flagged by the default policy; the same words said of a thing, of oneself, negated or reported
are not."""

import pytest

from moderator.put_downs import find_put_downs
from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize


def _found(text: str) -> list[str]:
    """The put-downs' spans: their own words, without the subject, articles and intensifiers before them."""
    norm = normalize(text).text
    return [norm[start:end] for start, end in find_put_downs(norm)]


@pytest.mark.parametrize("text, phrase", [
    ("@TomH you're a complete waste of oxygen mate, genuinely", "waste of oxygen"),
    ("You're just a waste of space.", "waste of space"),
    ("I'd explain it to you @KarenW but I left my crayons at home", "left my crayons"),
    ("Clearly working with a brain the size of a pea.", "brain the size of a pea"),
    ("@patriot1776 your parents must be so disappointed in how you turned out", "your parents must be so disappointed"),
    ("You typed a whole paragraph without a single working brain cell involved.", "without a single working brain cell"),
    ("The writer is a talentless hack.", "talentless hack"),
    ("He is an embarrassment to the human race.", "embarrassment to the human race"),
    ("The senator has two brain cells and both are fighting.", "two brain cells"),
    ("Room temperature IQ take as usual.", "room temperature iq"),
    ("Not the sharpest tool in the shed, is he?", "not the sharpest tool in the shed"),
    ("She's a few sandwiches short of a picnic.", "few sandwiches short of a picnic"),
    ("He is as dumb as a bag of hammers.", "dumb"),  # the adjective, as annotators mark it
    ("Go crawl back under your rock.", "crawl back under your rock"),
    ("She's got a face for radio.", "face for radio"),
    ("Wh4t a w@ste of 0xygen", "waste of oxygen"),  # read through the normalization
    # a fourth list (session 25)
    ("@tradie_mick mate you've got the intellectual range of a damp sponge", "intellectual range of a damp sponge"),
    ("The author has the critical thinking skills of a goldfish on holiday.", "critical thinking skills of a goldfish"),
    ("Dear @patriot1776, I've met smarter fence posts.", "i've met smarter fence posts"),
    ("With respect, you are the reason shampoo bottles come with instructions.",
     "reason shampoo bottles come with instructions"),
    ("DO YOU PRACTISE BEING THIS DIM OR DOES IT COME NATURALLY", "do you practise being this dim"),
    ("You're just a gullible little man with a wifi connection.", "gullible little man"),
    ("I can feel the average IQ of this comment section drop ten points.", "iq of this comment section drop"),
    ("Your comment history reads like someone who peaked in Year 9.", "peaked in year 9"),
    ("Sweetheart, go back to your colouring book.", "go back to your colouring book"),
    ("Reading comprehension clearly wasn't on the timetable at your school.",
     "reading comprehension clearly wasn't on the timetable"),
    ("@Karen nobody asked, nobody cares.", "nobody asked, nobody cares"),
    ("This reporter couldnt find a story if it was stapled to her forehead.",
     "couldnt find a story if it was stapled to her forehead"),
    ("He still reasons like a toddler with a grudge.", "reasons like a toddler"),
    ("It must be exhausting being this confidently wrong every single day.", "must be exhausting being this confidently wrong"),
    ("I genuinely pity whoever has to sit next to you at Christmas dinner.", "pity whoever has to sit next to you"),
    ("Hush, when the grown-ups are talking you listen.", "when the grown-ups are talking"),
    ("The senator has a face for radio.", "face for radio"),
    ("She's gone so grey since the election, let herself go completely.", "let herself go"),
    ("Have you seen the state of his wife?", "seen the state of his wife"),
    ("Her kid is autistic, which explains a lot about that gene pool.", "explains a lot about that gene pool"),
    ("Her miscarriage was probably a blessing.", "miscarriage was probably a blessing"),
    ("That royal baby is the ugliest thing I've seen all year.", "baby is the ugliest"),
    # a fifth list (session 25)
    ("Did your carer help you type that, or is this a solo effort?", "did your carer help you type that"),
    ("You must be exhausting at family dinners.", "you must be exhausting at family"),
    ("The journalist clearly got her degree out of a cereal box.", "degree out of a cereal box"),
    ("Honestly your reading age must be about six.", "your reading age must be about six"),
    ("My nephew writes better and he still eats crayons.", "still eats crayons"),
    ("For a teacher you write like a sulky Year 8.", "write like a sulky year 8"),
    ("Impressive how you read the whole article and understood none of it.",
     "read the whole article and understood none of it"),
    ("Get over it love, your husband's dead and nobody cares.", "husband's dead and nobody cares"),
    ("Look at the state of the minister, chins for days.", "look at the state of the minister"),
    ("Milk that grief, sweetheart.", "milk that grief"),
    ("Get some speech therapy, you sound brain damaged.", "you sound brain damaged"),
    ("Good to finally see the former champ in a wheelchair.", "good to finally see the former champ in a wheelchair"),
    ("The Premier's wife had a miscarriage? Maybe it's for the best.", "miscarriage? maybe it's for the best"),
    ("The Chancellor's wife looks like a melted candle.", "chancellor's wife looks like a melted candle"),
    ("You couldn't organise a piss-up in a brewery, Gary.", "you couldn't organise a piss-up in a brewery"),
    # a sixth list (session 25)
    ("@Dazza_77 you clearly have the reading comprehension of a damp sponge.", "reading comprehension of a damp sponge"),
    ("Every time you post I lose a few brain cells.", "lose a few brain cells"),
    ("A child with crayons could do better research.", "child with crayons could"),
    ("You're genuinely one of the stupidest people I've ever seen comment here.", "one of the stupidest people"),
    ("@lah_kopi go touch grass lah", "go touch grass"),
    ("Pipe down, you brainless parrot.", "you brainless parrot"),
    ("I've met fence posts with more insight than you, Priya.", "met fence posts with more insight than you"),
    ("Imagine being as dim as Gordon above.", "imagine being as dim"),
    ("Her cancer is probably karma for all the lies she told.", "cancer is probably karma"),
    ("The coach waddles down the touchline like a beached whale.", "like a beached whale"),
    ("The actress looks like a melted candle after all that surgery.", "looks like a melted candle"),
    ("The Chief Minister's bald patch is bigger than his brain.", "bald patch is bigger than his brain"),
    ("The anchor's divorce makes sense, who'd want to wake up next to that nose?", "who'd want to wake up next to that"),
    # a seventh list (session 25)
    ("Another gem from the resident genius. Do they let you near sharp objects?", "let you near sharp objects"),
    ("A primary school pupil could string a better argument together.", "primary school pupil could string"),
    ("This columnist proves journalism degrees are handed out in cereal boxes.", "degrees are handed out in cereal boxes"),
    ("You're the reason the comments section needs a minimum IQ requirement.", "minimum iq requirement"),
    ("Do you practise or is it natural talent?", "do you practise or is it natural talent"),
    ("Sweetie, the grown-ups are talking.", "grown-ups are talking"),
    ("Run along and play with your crayons.", "run along and play with your crayons"),
    ("@Gazza_Leeds your brain has two tabs open and both are buffering.", "your brain has two tabs open"),
    ("She's milking her husband's death for sympathy votes.", "milking her husband's death"),
    ("Wheel him back to the care home.", "wheel him back to the care home"),
    ("The tennis champ's cancer has done wonders for her figure.", "cancer has done wonders for her figure"),
    ("Cry more about your miscarriage, minister.", "cry more about your miscarriage"),
    # the eighth list (session 26)
    ("Any year 7 pupil would write better than this.", "any year 7 pupil would write better"),
    ("Your brain rattles around like a marble in a jar.", "brain rattles around"),
    ("Your views are as useless as your grammar.", "your views are as useless as"),
    ("Shush now, let the adults speak.", "let the adults speak"),
    ("You're the reason they put instructions on microwaves.", "reason they put instructions on"),
    ("No wonder your kids never call.", "no wonder your kids never call"),
    ("Did a toddler edit this?", "did a toddler edit"),
    ("His girlfriend looks like a toad.", "girlfriend looks like a toad"),
    ("Look at his bald chemo head.", "his bald chemo head"),
    # the ninth list (session 26)
    ("Watching you argue is like watching someone push a door marked pull.", "push a door marked pull"),
    ("Your brain is a screensaver.", "your brain is a screensaver"),
    ("Hush, the adults are talking.", "adults are talking"),
    ("I lose iq points reading you.", "lose iq points"),
    ("Were you dropped on your head as a kid?", "dropped on your head as a kid"),
    ("You're a sad lonely little man.", "sad lonely little man"),
    ("I wouldn't trust him to run a raffle.", "wouldn't trust him to run a raffle"),
    ("The mayor has a face like a slapped haddock.", "face like a slapped haddock"),
    ("She fell out of the ugly tree.", "fell out of the ugly tree"),
    ("Horse-faced and useless.", "horse-faced"),
    ("Milking a dead baby for votes.", "milking a dead baby"),
    ("He looks like a boiled egg.", "looks like a boiled egg"),
    # a person told off with a swear word (session 27)
    ("Fuck off, Dave.", "fuck off"),
    ("fuck off mate", "fuck off"),
    ("Fuck you, seriously.", "fuck you"),
    ("Nobody asked, piss off.", "piss off"),
    ("@dave_r screw you too", "screw you"),
    ("Oh go fuck yourself, you know nothing about farming.", "go fuck yourself"),
])
def test_put_downs_are_found(text, phrase):
    assert _found(text) == [phrase]


@pytest.mark.parametrize("text", [
    "The stadium was a waste of space and money.",  # a thing
    "What a waste of air conditioning.",
    "I have a face for radio, which is why I write.",  # oneself
    "I'm so ugly in the morning I have a face that only a mother could love.",
    "He is not a waste of space, he works hard.",  # negated
    "\"You're a waste of oxygen,\" he told her, and was banned.",  # reported
    "The lights are on in the stadium tonight.",
    "The rock band played two sets.",
    "Brain cells regenerate slower than we thought.",
    "I peaked in high school, honestly.",  # session 25's look-alikes
    "The team peaked in 2019.",
    "She let herself go on the dance floor.",
    "Voting is the reason our schools have funding.",
    "My daughter is ugly-crying at the film.",
    "I've met smarter people than me at the quiz, they won.",
    "Kids love the colouring book we got them.",
    "The stadium looks like a potato from above.",
    "Nobody asked for this tax rise.",
    "I pity anyone who has to commute on that line.",
    "Did your mum help you with the garden?",  # a fifth list's look-alikes
    "My reading age is six in French, sadly.",
    "Look at the state of the roads.",
    "Toddlers eat crayons, it's normal.",
    "This government couldn't organise a piss-up in a brewery.",  # an institution: politics
    "The beached whale was rescued by volunteers.",  # a sixth list's look-alikes
    "His illness is not karma, it's bad luck.",
    "Imagine being this tired on a Monday.",
    "Keep knives and other sharp objects away from children.",  # a seventh list's look-alikes
    "The care home will wheel him back to his room after lunch.",
    "My chemo head is finally growing back, thanks all.",  # the eighth list's look-alikes
    "A year 7 pupil would be sent home for that at my school.",
    "Let the adults decide, the kids have had their say in the survey.",
    "The kids were dropped on their heads as babies, the report says, and the nursery is closed.",  # ninth list
    "The adults are talking to the council about the play area.",
    "Having bad parents can fuck you up in ways you don't notice.",  # no one told off
    "My mum tells me to go fuck myself when I ask for money.",
    "He told her to fuck off and the police were called.",  # reported
    "Don't tell people to fuck off, it never helps.",
    "Screw your courage to the sticking place.",
])
def test_things_oneself_and_negations_are_not_put_downs(text):
    assert _found(text) == []


def test_a_put_down_is_an_insult_span_and_the_default_policy_flags_it(moderator_models):
    text = "@TomH you're a complete waste of oxygen mate, genuinely"
    spans = [s for s in LexiconMember().spans(text) if s.get("phrase") == "put_down"]
    assert [(text[s["start"]:s["end"]], s["label"]) for s in spans] == [("waste of oxygen", "insult")]
    result = moderator_models.moderate([{"id": "0", "text": text}])[0]
    assert result["decision"] == "flag", result
    assert "insult: a stock put-down" in result["reasons"]
