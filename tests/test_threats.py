"""Threat phrasing (moderator.threats), its spans through the lexicon member, and the decision."""

import pytest

from moderator.members.lexicon import LexiconMember
from moderator.normalize import normalize
from moderator.threats import find_threats


def _kinds(text: str) -> list[str]:
    return [p.kind for p in find_threats(normalize(text).text)]


@pytest.mark.parametrize("text, kind", [
    ("Someone should shoot the mayor.", "call"),
    ("I will find you and kill you", "call"),
    ("He should be hanged", "call"),
    ("This journalist should really be shot.", "call"),  # a person before the adverb
    ("Islam must be eliminated", "call"),  # a faith is no thing
    ("The traitors should be shot down like dogs.", "call"),
    ("Politicians that should be hanged, all of them.", "call"),
    ("The office should be bombed.", "call"),  # a place: violence all the same
    ("I swear that I'll kill you", "call"),
    ("I said he should be shot, and I meant it.", "call"),  # the writer's own view
    ("I really believe he should be hanged", "call"),
    ("I hope the man who shot her dies.", "death_wish"),
    ("I hope you die down there in the mud.", "death_wish"),
    ("I hope all their farms burn down.", "death_wish"),
    ("I would love to punch him in the face", "call"),
    ("Traitors everywhere. Kill those filthy traitors!", "call"),
    ("I hope you die in a fire.", "death_wish"),
    ("kys", "death_wish"),
    ("Kill yourself.", "death_wish"),  # an order too, but the wish says what it is
    ("k i l l  y o u r s e l f", "death_wish"),  # spaced out, a wider gap between the words
    ("I will find where you live and make you pay.", "intimidation"),
    ("I know where you live.", "intimidation"),
    ("I know where you work, Mark. See you soon.", "intimidation"),
    ("You're a dead man.", "intimidation"),
    ("We're coming for you, traitor", "intimidation"),
    ("I'll hunt you down", "intimidation"),
    ("I will make you pay for this", "intimidation"),
    ("Watch your back.", "intimidation"),
    ("You will be killed if you come back here.", "call"),
    ("We'll beat you to a pulp", "call"),
    ("I will beat you", "call"),
    # violence named by its weapon or method, not by a violent verb
    ("I hope someone puts a bullet in that senator's head.", "call"),
    ("Someone should put a bullet in him.", "call"),
    ("He deserves a bullet.", "call"),
    ("That traitor needs a rope.", "call"),
    ("String him up from the nearest tree.", "call"),
    ("They should string them all up.", "call"),
    ("Somebody should run him over.", "call"),
    ("Line them up against a wall.", "call"),
    ("Someone needs to take a baseball bat to his skull.", "call"),
    ("He should be put down like a dog.", "call"),
    ("I'm going to find this reporter and teach her a lesson.", "intimidation"),
    ("Someone should pay him a visit.", "intimidation"),
    ("Shut your mouth or I'll shut it for you.", "intimidation"),
    ("Her home address is 42 Elm Street, pay her a visit.", "intimidation"),
    ("Your mother should have aborted you.", "death_wish"),
    ("You should've been aborted.", "death_wish"),
    ("Your mother should have swallowed you.", "death_wish"),
    ("I will end you.", "call"),
    ("I'd slit your throat if I could.", "call"),
    ("If I see you I'll smash your face in.", "call"),
    ("I'm gonna beat the shit out of you.", "call"),
    ("I'll burn your house down.", "call"),
    ("We'll burn down the mosque.", "call"),
    ("Somebody should shoot up that school.", "call"),
    ("Round them up and shoot them.", "call"),
    ("I hope you get cancer.", "death_wish"),
    ("I hope he gets hit by a bus.", "death_wish"),
    ("Die, you scum.", "death_wish"),
    ("Your days are numbered.", "intimidation"),
    ("Enjoy your last days.", "intimidation"),
    ("Wait till I get my hands on you.", "intimidation"),
    ("We know where your kids go to school.", "intimidation"),
    # telling someone to kill themselves, in the words people use for it
    ("Unalive yourself.", "death_wish"),
    ("go neck yourself", "death_wish"),
    ("Just go drink bleach.", "death_wish"),
    ("You should end your miserable life.", "death_wish"),
    ("Do us all a favour and die.", "death_wish"),
    ("Go jump off a bridge.", "death_wish"),
    ("Hang yourself, loser.", "death_wish"),
    # a livelihood threatened, a call to publish someone's private details
    ("I'll get you fired.", "intimidation"),
    ("I'll make sure you never work in this industry again.", "intimidation"),
    ("I will ruin your career.", "intimidation"),
    ("Someone should dox this reporter.", "intimidation"),
    ("Doxx her.", "intimidation"),
    # harm the writer promises without a violent verb
    ("I will hurt you.", "call"),
    ("I'm going to find you and hurt you", "call"),
    ("Im gonna hurt u", "call"),
    ("We will make you suffer.", "call"),
    # veiled: harm hinted at, never named, negations and all (a development list, session 23)
    ("It would be a shame if something happened to your kids.", "intimidation"),
    ("Accidents happen to people like her.", "intimidation"),
    ("Keep writing this and see what happens to you and your family.", "intimidation"),
    ("Someone should shut her up for good.", "intimidation"),
    ("If he shows up here he won't leave in one piece.", "intimidation"),
    ("Nobody would miss the author if she disappeared.", "intimidation"),
    ("We know your address. Sleep well.", "intimidation"),
    ("Take a long walk off a short pier.", "death_wish"),
    ("He should quietly stop breathing.", "death_wish"),
    ("You will end up six feet under.", "death_wish"),
    ("I hope the senator enjoys his retirement, preferably six feet under.", "death_wish"),
    ("The minister could do us a favour and quietly stop breathing.", "death_wish"),
    ("I'll break every bone in his body.", "call"),
    ("Traitors like him should be dragged out and strung up.", "call"),
    # someone's home or habits hunted for or shown to be known, a pile-on called for (session 23)
    ("Somebody should find out where Oyelaran lives.", "intimidation"),
    ("People know where she studies.", "intimidation"),
    ("Somebody post Halvorsen's home address.", "intimidation"),
    ("Everyone should show up at the Halvorsen house on Saturday.", "intimidation"),
    ("Someone needs to follow Paley home.", "intimidation"),
    ("Snitches end up in the hospital.", "intimidation"),
    ("Watch yourself walking to your car.", "intimidation"),
    ("Make her life a misery until she quits.", "intimidation"),
    ("Nobody will cry when you're gone.", "intimidation"),
    ("Be a shame if his classmates found out what grandpa's like.", "intimidation"),
    # explicit threats a held-out list found missed (session 23)
    ("Someone should shoot the lot of them at the border.", "call"),
    ("Gays should be thrown off buildings.", "call"),
    ("Put a bomb in that synagogue and be done with it.", "call"),
    ("The judge who let him off should be stabbed on his way home.", "call"),
    ("Trans people should be lined up and shot.", "call"),
    ("Someone needs to put that reporter in the ground.", "call"),
    # a second held-out list (session 24): roles news comments name, a person "of" a thing, the body
    # kicked or punched, the speaker's plan, and the stock lines of intimidation
    ("Someone should put a bullet in this councillor and I'd happily volunteer.", "call"),
    ("I will strangle that presenter if she says that again.", "call"),
    ("The writer of this article deserves to be stabbed.", "call"),
    ("If that ref shows his face again we will kick his head in.", "call"),
    ("Next time the landlord comes round I'm taking a hammer to his skull.", "call"),
    ("Give me 10 minutes alone with the winger who dived.", "intimidation"),
    ("He'll never walk again, mark my words.", "intimidation"),
    ("Would be a shame if something happened to that lovely little shop of yours.", "intimidation"),
    ("Be a pity if that nice new mosque on Elm Road had a little 'accident'.", "intimidation"),
    ("Funny how accidents seem to happen to people who talk too much.", "intimidation"),
    ("We know which car is yours. Enjoy your drive home.", "intimidation"),
    ("Consider this your last warning.", "intimidation"),
    ("The family of that witness had better hope they never run into any of us.", "intimidation"),
    ("They should gas the whole lot of those travellers.", "call"),
    # a third list (session 24)
    ("Say that to my face and I will break every bone in your hand.", "call"),
    ("I will find you and I will cut your fingers off.", "call"),
    ("If the mayor shows his face I'm punching him straight in the mouth.", "call"),
    ("I WILL burn the place down with him in it.", "call"),
    ("The reporter who wrote these lies deserves a beating.", "call"),
    ("That MP needs a knife in the ribs.", "call"),
    ("I know where that landlord drinks. He's getting glassed next time I see him.", "intimidation"),
    ("This journalist is getting a brick through her window tonight.", "intimidation"),
    ("Any of those protesters come down my street, they'll be leaving in body bags.", "intimidation"),
    # a fourth list (session 25): wishes of death and urging to self-harm, veiled intimidation
    ("Do us all a favour and jump off the Harbour Bridge.", "death_wish"),
    ("Honestly, people like you should just end it, the world would be lighter.", "death_wish"),
    ("If I were you I'd have topped myself years ago, just saying.", "death_wish"),
    ("Go play on the motorway, @ZoeWrites.", "death_wish"),
    ("I'd chip in for the rope myself.", "death_wish"),
    ("Sincerely hope you choke on your dinner tonight.", "death_wish"),
    ("Hope the virus finishes the job this time.", "death_wish"),
    ("rope. tree. you. figure it out", "death_wish"),
    ("Can't wait till this old fossil croaks, won't be a day too soon.", "death_wish"),
    ("Roll on the day he dies. I'll be throwing a party.", "death_wish"),
    ("Wish your whole family had been on that ferry.", "death_wish"),
    ("Hope her plane goes down on the way back from Davos.", "death_wish"),
    ("The world would be a better place with you six feet under.", "death_wish"),
    ("Every morning I check the death notices hoping to see your name.", "death_wish"),
    ("Nobody would miss you. Think about that.", "intimidation"),
    ("I know which pub the journalist who wrote this drinks in on a Friday.", "intimidation"),
    ("We know which school your kids go to, @freespeech_fiona.", "intimidation"),
    ("If I ever see that councillor in Tesco he'll be leaving in an ambulance.", "intimidation"),
    ("Keep running your mouth and see what happens.", "intimidation"),
    ("See what happens when you're not hiding behind a keyboard.", "intimidation"),
    ("People like you tend to end up in the canal eventually. Just saying.", "intimidation"),
    ("The reporter's car is the silver Golf, isn't it? Be a shame if something happened to it.", "intimidation"),
    ("There's plenty of us who'd happily settle this the old fashioned way.", "intimidation"),
    ("Keep defending nonces and you'll find out what happens to people who do that round here.", "intimidation"),
    ("You'll get what's coming to you, and a lot sooner than you think.", "intimidation"),
    ("I'd give anything for five minutes alone in a room with that cop.", "intimidation"),
    ("A few of us will be waiting for him in the car park after the game.", "intimidation"),
    ("I've got a bullet with the senator's name on it and I'm a patient man.", "intimidation"),
    ("Hope someone puts a brick through that mosque's windows tonight.", "call"),
    ("That ref needs his kneecaps sorted out on the way to the car park.", "call"),
    ("The locals should drag him out of his house and string him up from a lamppost.", "call"),
    # a fifth list (session 25)
    ("There's plenty of us who know where the landlord's kids go to school. Think on.", "intimidation"),
    ("Next time that ref shows his face at our ground he's leaving in an ambulance.", "intimidation"),
    ("If I ever meet you I'm putting you through a wall, keyboard warrior or not.", "intimidation"),
    ("Someone should take a baseball bat to that magistrate.", "call"),
    ("The premier had better hire extra security, because some of us are done talking.", "intimidation"),
    ("Wish someone would run that cycling campaigner off the road. Permanently.", "call"),
    ("Keep defending him and see what happens when we find you.", "intimidation"),
    ("I'd happily do a stretch inside for putting that minister in hospital.", "intimidation"),
    ("Get ready @ravi_k. Let's see how brave you are face to face.", "intimidation"),
    ("I hope Constable Reid gets her jaw broken at the next traffic stop.", "death_wish"),
    ("Tell the umpire we'll be waiting in the car park after the game.", "intimidation"),
    ("@ProudBrit_Tom I'll be replying to every single comment you post, forever.", "intimidation"),
    ("I'll be keeping an eye on this user across every article.", "intimidation"),
    ("I'm going to follow you round this site till you give up posting.", "intimidation"),
    ("I'll be reporting every comment you make from now on, Derek.", "intimidation"),
    ("I've made a list of everyone in here. Will be visiting all your profiles.", "intimidation"),
    ("Let's make this vet's life hell until she retracts.", "intimidation"),
    ("Can someone look up the owner of that Tesla and post their home address here?", "intimidation"),
    ("People like you should just take a handful of pills and call it a day.", "death_wish"),
    ("Can't wait for the day I read his obituary on this site.", "death_wish"),
    ("If you feel that strongly about it, rope's cheap at Bunnings.", "death_wish"),
    ("Wish the plane she's on would just drop out of the sky.", "death_wish"),
    ("I hope the CEO's whole family gets the disease his company covered up.", "death_wish"),
    ("Hope the striker breaks both legs and never plays again.", "death_wish"),
    ("The world will be a better place the day that minister stops breathing.", "death_wish"),
    ("End it, mate. No one reads your posts and no one would notice.", "intimidation"),
    ("Praying the Treasurer has a heart attack.", "death_wish"),
    ("Why don't you drink some bleach since you love the government's advice so much", "death_wish"),
    ("I hope the journalist's flat floods while she's asleep and she drowns in it.", "death_wish"),
    # a sixth list (session 25)
    ("Keep writing lies about our town and you'll find out what happens to people who do.", "intimidation"),
    ("That landlord better hope I never see him in person. He won't be getting up again.", "intimidation"),
    ("Someone is going to take care of that headteacher permanently.", "intimidation"),
    ("When the vote goes against us we'll be bringing more than placards, believe me.", "intimidation"),
    ("I'll find you after the match and break every bone in your face, pal.", "intimidation"),
    ("People like you get what's coming eventually.", "intimidation"),
    ("Next time that ref shows his face he's getting carried out on a stretcher.", "intimidation"),
    ("Dear author, we know where the office is. Hope your security guard is good.", "intimidation"),
    ("That doctor should be dragged out of the clinic and taught a lesson he'll never forget.", "intimidation"),
    ("One more post like this and I'll come to your shop and sort you out myself", "intimidation"),
    ("I've got a shotgun and a lot of free time. Keep pushing, councillor.", "intimidation"),
    ("@RangerFan88 keep talking, I know which stand you sit in.", "intimidation"),
    ("Whatever article you comment on, I'll be right under it.", "intimidation"),
    ("Someone set up a group chat so we can keep tabs on where the councillor goes.", "intimidation"),
    ("Drive past his house a few times a day, let him know we're watching.", "intimidation"),
    ("Noted your username, Liam. You'll see me again.", "intimidation"),
    ("I've started a spreadsheet of everyone who liked this. We'll get round to each of them.", "intimidation"),
    ("I'll keep making new accounts as fast as you block them, @ravi_k.", "intimidation"),
    ("We follow the magistrate to her car park every evening this week.", "intimidation"),
    ("I know your schedule better than you do, Deepa.", "intimidation"),
    ("Screenshot everything this reporter posts, we're building a file on her.", "intimidation"),
    ("Let the principal know what we think of her. Every day until she quits.", "intimidation"),
    ("Why don't you just end it, mate? Genuinely the world would be better.", "death_wish"),
    ("Hope the minister chokes on his next fancy dinner.", "death_wish"),
    ("May the cyclone hit your house first, @TownsvilleTony.", "death_wish"),
    ("Hope the floods take your house and your family with it.", "death_wish"),
    ("Swallow a bottle of pills and save the taxpayer the cost.", "death_wish"),
    ("I'd dance on her grave and I hope I get to do it this year.", "death_wish"),
    ("Hope the striker's knee snaps and he never walks again.", "death_wish"),
    ("Somebody give this guy a rope, he knows what to do with it.", "death_wish"),
    ("I hope the CEO's plane goes down.", "death_wish"),
    ("Wishing you a long and painful illness, you deserve every minute of it.", "death_wish"),
    ("Hopefully the flu finishes the old man off this winter.", "death_wish"),
    ("Can't wait for the day this columnist's obituary is in the paper.", "death_wish"),
    # a seventh list (session 25)
    ("Someone should pay a visit to his house with a tin of petrol. Just saying.", "intimidation"),
    ("People like her should be careful walking home at night.", "intimidation"),
    ("Keep defending the landlord, pal, you'll be eating through a straw for a month.", "intimidation"),
    ("I'll be waiting at the tunnel exit with something heavier than a flag.", "intimidation"),
    ("Whoever signed off on this, I'd check under your car tomorrow morning.", "intimidation"),
    ("One more article like this and I'm coming down. Bring security, you'll need it.", "intimidation"),
    ("Some of us have long memories and sharp knives, your honour.", "intimidation"),
    ("If they block my road again I'm driving straight through them. Try me.", "intimidation"),
    ("I've got your number plate now. Enjoy your drive while it lasts.", "intimidation"),
    ("ur lucky i dont know ur address yet @refwatch. yet.", "intimidation"),
    ("He's back in town, if anyone wants to pay him a visit.", "intimidation"),
    ("I've replied to every single post you've made this year, @Tony_H.", "intimidation"),
    ("Been following this journalist to every site she writes for.", "intimidation"),
    ("I saw you at the station this morning. Blue coat suits you. See you tomorrow.", "intimidation"),
    ("I'll be here on the next one too, Emma.", "intimidation"),
    ("Every time this councillor posts, we show up. Twenty of us.", "intimidation"),
    ("You're not worth the oxygen. Do us all a favour and don't wake up tomorrow.", "intimidation"),
    ("Pretty sure he won't be smiling once we get our hands on him.", "intimidation"),
    ("Teachers who push this curriculum deserve a brick through the window.", "call"),
    ("If I were as useless as you I'd have jumped off a bridge years ago.", "death_wish"),
    ("Praying that landlord's house burns down with him in it.", "death_wish"),
    ("Wish the cyclist had been hit harder tbh.", "death_wish"),
    ("Hope your kids get hooked on the same drugs you want to legalise.", "death_wish"),
    ("Someone that ugly should just starve yourself, do everyone a favour.", "death_wish"),
    ("The old senator should do the decent thing and stop breathing.", "death_wish"),
    ("I hope the tech CEO's self-driving car takes him straight into a wall.", "death_wish"),
    ("RIP in advance to the ref.", "death_wish"),
    ("May your pension vanish and your roof cave in.", "death_wish"),
    ("Cut deeper next time @sadgirl99.", "death_wish"),
    ("Hope the weatherman gets struck by lightning during his next broadcast.", "death_wish"),
    ("Really hoping the columnist gets the same cancer she cut funding for.", "death_wish"),
    # the eighth list (session 26)
    ("The chairman should start checking under his car.", "intimidation"),
    ("Someone will be waiting outside the court for him.", "intimidation"),
    ("That councillor needs a proper visit.", "intimidation"),
    ("We'll see how tough you are when we meet.", "intimidation"),
    ("If they block my road again I'm not stopping.", "intimidation"),
    ("Douse the depot in petrol and strike a match.", "intimidation"),
    ("He'd better hope I never run into him.", "intimidation"),
    ("Names are being taken down.", "intimidation"),
    ("Would be a shame if something happened to his car.", "intimidation"),
    ("We know the pub. Bring crowbars.", "intimidation"),
    ("He won't be walking out on his own two feet.", "intimidation"),
    ("A brick through the window of that office would sort it.", "intimidation"),
    ("Hope the minister catches something terminal.", "death_wish"),
    ("I'd cheer if his house burned down with him in it.", "death_wish"),
    ("Ropes are cheap.", "death_wish"),
    ("Everyone would be better off if you weren't around.", "death_wish"),
    ("Hope the ref gets run over by a tram.", "death_wish"),
    ("May your kids starve.", "death_wish"),
    ("Karma says that banker dies alone.", "death_wish"),
    ("Wishing a slow painful death on the lot of them.", "death_wish"),
    ("The cliff is right there, mate.", "death_wish"),
    # the ninth list (session 26)
    ("Be a shame if her car didn't survive the week.", "intimidation"),
    ("Someone should throw the chairman through the office window.", "intimidation"),
    ("I'm snapping both his arms when I see him.", "intimidation"),
    ("We know his face and where he drinks.", "intimidation"),
    ("Courts won't act, so we'll sort him out ourselves.", "intimidation"),
    ("I hope she has good locks on her doors.", "intimidation"),
    ("There's a bullet in my drawer with his name on it.", "intimidation"),
    ("I'm coming round to your house with a crowbar.", "intimidation"),
    ("That landlord will be found in the river one of these days.", "intimidation"),
    ("The imam should watch his back.", "intimidation"),
    ("I'd glass him without a thought.", "intimidation"),
    ("Swallow the whole bottle this time.", "death_wish"),
    ("He deserves to lose his own kids.", "death_wish"),
    ("Give him a rope, he'll know what to do.", "death_wish"),
    ("The sooner that old goat croaks the better.", "death_wish"),
    ("Fingers crossed for a heart attack.", "death_wish"),
    ("I hope your shop burns and you die alone.", "death_wish"),
    ("We'd all be better off if the editor didn't wake up tomorrow.", "intimidation"),
    ("You shouldn't be alive.", "intimidation"),
    # the general wish of harm (session 27): a wish, a person, and death, an accident or a deadly illness
    ("hope u get run over on ur way home, rat.", "death_wish"),
    ("Hope the councillor gets hit by one of his own buses.", "death_wish"),
    ("I hope every one of them catches it and dies in a corridor.", "death_wish"),
    ("I'd celebrate if that judge got terminal cancer.", "death_wish"),
    ("The day this reporter dies I'm opening champagne.", "death_wish"),
])
def test_calls_and_wishes_are_found(text, kind):
    assert _kinds(text) == [kind]


@pytest.mark.parametrize("text", [
    "The mayor shot down the plan.",
    "The police shot him yesterday",  # a report of violence, not a call for it
    "That bomb killed 10 people in Kabul",
    "We need to kill this bill before it passes.",  # a thing, not a person
    "Nobody will kill him, said the police.",
    "Great article, thanks.",
    "I don't know where you live, but the council should tell you.",  # negated
    "Do you know where you live? Check the map.",  # no first person promising anything
    "I know where you work is hiring, send me your resume.",  # no: a workplace, spoken of kindly

    "I'll find you a link to the study.",
    "This law will make you pay more taxes.",
    "The dead man was found on Monday.",
    # predictions, not calls: a passive with "will" after anything but a person
    "Thousands of small businesses will be wiped out.",
    "Innocents will be killed as bombs fall.",
    "You ought to be hanging your heads in shame.",  # not a participle
    "They smoke, knowing full well how likely to kill you it is.",  # "well" is not "we'll"
    "Even Trudeau will be able to beat the Conservatives.",  # beating a party is winning
    "I hope Navy beat em this week.",
    # weapons and methods in reports, idioms and other senses
    "The gunman put a bullet in his own head, police said.",  # a report: nothing calls for it
    "The police found a bullet in the car.",
    "The senator dodged a bullet with that vote.",
    "He took a bullet for the team.",
    "The bill was run over by a filibuster.",
    "Line them up by height for the photo.",
    "He was put down as the contact person.",
    "This list deserves a bullet point of its own.",
    "The Leafs deserved the beating they got.",
    "I'll teach you a lesson in economics.",
    "We will pay them a visit next summer in Spain.",  # a visit the writer plans
    "Voters will teach the senator a lesson at the polls.",
    "His address is public record.",
    "She said the pregnancy should have been aborted, the court heard.",
    "We should burn down the house of cards that is this budget.",
    "They will bomb the school board elections.",
    "This will break your heart.",
    "These subsidies? I'll end them.",  # a thing, not the reader
    "I hope she gets cancer treatment soon.",
    "Die Hard is my favourite movie.",
    "Enjoy your last days of summer!",
    "His days as mayor are numbered.",
    "When we get our hands on the data we will publish.",
    "Enrollment will shoot up at the school.",
    "They burned down the old warehouse in 1990.",
    "You'll only shoot yourself in the foot with this policy.",  # an idiom
    "Shoot yourselves in the foot, Democrats.",
    "Take some of the pressure off yourself.",
    "Trump told people to drink bleach.",  # a report
    "Assisted dying gives you the right to end your life.",
    "We'll get you fired up for the game!",
    "I'll make sure you never forget this trip.",
    "I'm not going to dox him, but the receipt shows his town.",  # negated
    "They will ruin your life if you let them.",  # a warning, not the writer's promise
    "The paradox you point out is real.",
    "This tax will hurt you and your family.",  # a policy, not the writer, does the harm
    "I would never hurt you.",
    "I don't want to hurt you, but the numbers are wrong.",
    "I will hurt your feelings with these figures.",
    "We are going to hurt him at the polls.",
    "We will make you suffer at the ballot box.",
    # a passive call about a thing is policy talk or a recipe, not violence
    "The gas tax should be eliminated.",
    "This bill should be killed in committee.",
    "Subsidies must be killed before the next budget.",
    "The plan needs to be executed properly.",
    "The eggs should be beaten until stiff.",
    "That idea deserves to be shot down, and fast.",  # rejected, not fired at
    "The council should be shot down on this proposal.",
    "Why? It will kill him slowly.",  # a forecast about a thing
    "Smoking is going to kill you, doctors say.",
    "There are cops that want to shoot you just for fun.",  # describes someone, calls for nothing
    "Sickening. I hope they catch the scum that killed them.",  # the deed reported, the wish is an arrest
    # someone else's view reported
    "So, once again, Trump suggests Hillary Clinton should be killed.",
    "He won't vote for people who believe atheists should be executed.",
    "The imam preaches that apostates must be killed, and nobody stops him.",
    # a thing wished dead, or a verb that means no dying
    "I hope this policy dies in committee.",
    "I hope his career is dead.",
    "I hope the rumour dies down soon.",
    "I hope the campaign burns out.",
    "I wish I was dead tired of this debate, lol.",
    # another's threat quoted in a report, and abuse named to condemn it (a red-team list, session 22)
    "The court heard he texted 'I will kill you' to his ex-partner.",
    'Witnesses said the man shouted "I will shoot you all" before he fled.',
    "Telling someone to kill themselves is never okay.",
    "It is wrong to tell someone to kys.",
    "The bill will not leave the committee in one piece.",  # veiled shapes aimed at no one
    "Nobody would notice if the tax disappeared.",
    "Six Feet Under was a great show.",
    "It would be a shame if something happened to the park.",
    "My dad always said you won't leave in one piece if you ride without a helmet.",  # reported
    "It would be a shame if something happened to you, the mobster said in the film.",
    "Saying accidents happen to people like her is a veiled threat.",  # named a threat
    "Police are trying to find out where the suspect lives.",
    "We should show up at the town hall meeting.",
    "Let's show up at her house party tonight!",
    "Chemo made her life a misery.",
    "The victim was stabbed on his way home.",  # a report
    "The ducks should be lined up and counted.",
    "We should put the tree in the ground this spring.",
    "Dad was thrown off the roof by the blast.",
    "Her inbox was full of messages like 'you should be raped'.",  # quoted to report them
    "The article should have quoted the threats in full. 'We'll burn your church down' is no prank.",
    "The author of this bill should be ashamed.",  # session 24's look-alikes
    "The passage of this bill should be killed.",  # a thing "of" a thing stays a thing
    "Give me ten minutes with the manual and I'll fix it.",
    "He bent over backwards and kicked the ball in.",
    "I'm taking a hammer to the old shed this weekend.",
    "Consider this a warning about the floods.",
    "I know which car is better for a family.",
    "Accidents happen to people who drive tired.",
    "Let's smash them on Saturday lads, COYB!!",  # a fixture after "them": a match
    "We'll kill them in the derby.",
    "We should gas up the car before the trip.",
    "He's getting shot of the car at last.",  # British: getting rid of it
    "The team deserves a good hiding after that performance.",  # what a team deserves on the pitch
    "Militants who refuse will end up in body bags, sadly, whatever Putin says.",  # a forecast of war
    'The messages read out in court included "I know where your kids sleep". Chilling.',  # reported (session 24)
    'He was charged after screaming "I\'ll stab you" at the bus driver.',
    # session 25's look-alikes
    "Do us a favour and jump off the bandwagon now the team is winning.",
    "I think you need to end it and start dating an adult.",  # a relationship
    "The council should just end it, the scheme has failed.",
    "I'd pay for the rope swing myself if the council won't.",
    "I hope he chokes on his words when the results come in.",
    "I can't wait till my phone dies so I can stop reading this.",
    "Can't wait for the day this policy dies in committee.",
    "I wish you had been on the ferry with us, the views were stunning.",
    "I was shocked to see his name in the obituaries this morning.",
    "I know which bus route is quickest into town.",
    "Patients like you end up in hospital when they skip the jab.",
    "Stop paying into a pension and you'll find out what happens to people who don't save.",
    "They'll settle this outside court, they always do.",
    "We'll be waiting outside the court for the verdict.",
    "He needs his teeth sorted out before the wedding photos.",
    "The striker needs his knees sorted out before next season.",
    "I'd give anything for five minutes alone with my late dad.",
    "We should press high and beat them at their own game.",
    "The writer should look at the figures and kill them off as a myth.",
    "Someone threw a brick through the mosque's window last night; police are appealing for witnesses.",
    "Kohli's going to smash them to all corners tomorrow, mark my words.",  # a fifth list's look-alikes
    'The man in the video screams "I\'ll kill you" at the shop worker. Why was he given bail?',
    "The patient is leaving in an ambulance now, the nurse said.",
    "I'm putting the shelf through the wall, it needs a proper fixing.",
    "We're done talking about the budget, let's vote.",
    "I'll be replying to every comment on the survey by Friday.",
    "Follow the signs around the site to the visitor centre.",
    "Rope is cheap at Bunnings, and so are the pegs.",
    "I hope the tent doesn't flood while we're asleep.",
    "Why don't you ask the council? They know.",
    "My phone broke and nobody would notice if I never replaced it.",
    "Find out what happens to people who do their homework: they pass.",  # a sixth list's look-alikes
    "He won't be getting up again until noon, he's a teenager.",
    "The council should take care of the potholes permanently.",
    "Fans will be bringing more than placards: flags, drums and scarves.",
    "I'll find you after the match and buy you a pint.",
    "The striker got carried off on a stretcher in the second half.",
    "I hope your security team is good at spotting phishing.",
    "May the storm pass quickly for everyone in its path.",
    "I'd dance on the stage all night if they let me.",
    "Give him a rope to climb, the kids love the tree house.",
    "Wishing you a long and happy retirement.",
    "We follow the band to their gigs every summer.",
    "I know your schedule is busy, so I'll keep it short.",
    "Why don't you just end it with him, he treats you badly.",
    "Every day until she retires, the nurse has worked nights.",
    "Bring on the derby, we're going to batter them and hang them out to dry.",  # a seventh list's look-alikes
    "Pedestrians should be careful crossing the road at night.",
    "Check under your car for a tracker if you bought it second hand.",
    "I'm driving straight through to Leeds tonight.",
    "Enjoy the sunshine while it lasts.",
    "I saw you at the station this morning, see you at the match.",
    "May your day be as lovely as you are.",
    "The mechanic said cut deeper grooves next time.",
    "The doctor told him to stop breathing through his mouth at night.",
    "The hospital visit went well, she needs a proper visit from the nurse next week.",  # the eighth list's
    "Bring bats and balls for the cricket on Sunday.",
    "We would be better off without you in charge of the budget.",
    "The names are written down in the parish register.",
    "It would be better if the kids didn't wake up so early.",  # the ninth list's look-alikes
    "I hope the man who was killed gets justice.",  # session 27: a relative clause in the passive
    "We hope the people who were killed are remembered.",
    "I wish he hadn't died so young.",
    "Do you hope they get hit by the recession too?",
    "I hope nobody dies in this heat.",
    "I hope this bill dies in committee.",
    "I hope they catch cancer early with the new scanner.",  # an illness named for its care
    "I hope my dad gets his cancer results soon.",
])
def test_reports_things_and_negations_are_not_threats(text):
    assert _kinds(text) == []


def test_the_writers_own_quoted_threat_is_still_one():
    assert _kinds('I said "I will kill you" and I meant it') == ["call"]
    assert _kinds("Telling you to kill yourself is what I do best") == ["death_wish"]


def test_disguised_threats_are_read_through_the_normalization():
    assert _kinds("S0meone sh0uld sh00t the m\u200bayor") == ["call"]
    assert _kinds("I h0pe y0u d1e") == ["death_wish"]
    # a violent word with a letter masked is filled in
    assert _kinds("go k*ll yourself") == _kinds("go kill yourself") == ["call"]
    assert _kinds("someone should k-ll the mayor") == ["call"]
    assert _kinds("I will r*pe you") == ["call"]
    assert _kinds("someone should st*b him") == ["call"]
    assert _kinds("I will kiiiill you") == _kinds("I wiII kiII you") == _kinds("I will kiill you") == ["call"]


def test_threat_spans_point_at_the_text_as_typed():
    text = "Honestly. S0meone sh0uld sh00t the m\u200bayor!"
    spans = [s for s in LexiconMember().spans(text) if s["label"] == "threat"]
    assert len(spans) == 1
    span = spans[0]
    assert text[span["start"] : span["end"]] == span["text"] == "S0meone sh0uld sh00t the m\u200bayor"
    assert span["reason"] == "threat: violence called for or promised"


def test_threats_are_flagged_with_their_phrase_and_reports_are_kept(moderator_models):
    texts = ["Someone should shoot the mayor.", "I hope you die in a fire.", "I know where you live, Dave.",
             "The police shot him yesterday, witnesses said.", "We need to kill this bill before it passes."]
    results = moderator_models.moderate([{"id": str(i), "text": t} for i, t in enumerate(texts)])
    for result, text, phrase in zip(results[:3], texts, ["Someone should shoot the mayor", "I hope you die",
                                                         "I know where you live"]):
        assert result["decision"] != "keep", result
        assert any(r.startswith("threat:") for r in result["reasons"]), result
        threats = [s for s in result["spans"] if s["label"] == "threat"]
        assert phrase in [s["text"] for s in threats], result
        assert all(text[s["start"] : s["end"]] == s["text"] for s in threats)
    assert [r["decision"] for r in results[3:]] == ["keep", "keep"], results[3:]
    # a publisher that turns the rule off gets the scores' decision alone
    from moderator.policy import load_policy

    off = load_policy({"extends": "default", "phrases": {"flag": []}})
    assert moderator_models.moderate([{"id": "0", "text": texts[0]}], policy=off)[0]["decision"] == "keep"


def test_a_word_that_is_both_a_term_and_a_threat_is_highlighted_once(moderator_models):
    # "kys" is an insult term in the lexicon and a wish of death: one span, the phrase's, both reasons kept
    result = moderator_models.moderate([{"id": "k", "text": "Just kys already"}])[0]
    assert result["decision"] != "keep", result
    ranges = [(s["start"], s["end"]) for s in result["spans"]]
    assert ranges == sorted(set(ranges)), result
    assert {"start": 5, "end": 8, "label": "threat", "text": "kys"} in result["spans"], result
    assert "threat: wish of death" in result["reasons"], result


def test_a_threat_with_its_violent_word_masked_is_not_kept(moderator_models):
    """Kept with toxicity 0.12 while "k*ll" stayed masked; the normalization now fills one masked letter
    of a violent word in, so the threat phrase and the members read it."""
    result = moderator_models.moderate([{"id": "1", "text": "go k*ll yourself"}])[0]
    assert result["decision"] != "keep" and any(r.startswith("threat:") for r in result["reasons"]), result
