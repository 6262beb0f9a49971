"""Identity terms: words that name a group of people.

A word like "gay", "muslim" or "black" is not abuse, but in the training data it appears far more often in
abusive posts than in others, so a bag-of-words model learns to score the word itself (Dixon et al., 2018,
"Measuring and Mitigating Unintended Bias in Text Classification"). The linear member therefore sees every
identity term as one shared token: it can still learn that a group is being talked about, but it cannot
learn that one group is worse than another. The list is written from general knowledge of group names,
not from any evaluation set.
"""

import re

IDENTITY_TOKEN = "idterm"

IDENTITY_TERMS: frozenset[str] = frozenset(
    """
    lesbian lesbians gay gays homosexual homosexuals heterosexual heterosexuals straight bisexual bisexuals
    queer queers lgbt lgbtq lgbtqia transgender transgenders trans transsexual nonbinary non-binary
    cis cisgender asexual pansexual intersex
    man men woman women male males female females boy boys girl girls gentleman gentlemen lady ladies
    black blacks white whites brown asian asians african africans american americans european europeans
    latino latinos latina latinas latinx hispanic hispanics arab arabs indian indians mexican mexicans
    chinese japanese korean koreans canadian canadians british french german germans russian russians
    ukrainian ukrainians irish italian italians african-american caucasian caucasians native natives
    indigenous aboriginal jewish jew jews muslim muslims islamic christian christians catholic catholics
    protestant protestants hindu hindus buddhist buddhists sikh sikhs atheist atheists taoist taoists
    mormon mormons evangelical evangelicals orthodox immigrant immigrants refugee refugees migrant migrants
    deaf blind disabled paralyzed wheelchair autistic elderly old older young younger teenage teenager
    teenagers millenial millennial millennials boomer boomers middle-aged
    """.split()
)

_WORD = re.compile(r"[a-z][a-z\-]*")


def blind_identity_terms(text: str) -> str:
    """Replace each identity term in lower-cased text by IDENTITY_TOKEN."""
    if IDENTITY_TERMS.isdisjoint(_WORD.findall(text)):
        return text  # most comments name no group: one C-speed scan instead of a Python call per word
    return _WORD.sub(lambda m: IDENTITY_TOKEN if m.group(0) in IDENTITY_TERMS else m.group(0), text)
