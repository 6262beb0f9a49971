import pytest

from moderator.labels import LABELS
from moderator.policy import PolicyError, load_policy


def zeros(**over):
    scores = {label: 0.0 for label in LABELS}
    scores.update(over)
    return scores


def test_default_policy_ships_and_covers_every_label():
    policy = load_policy()
    assert policy.name == "default"
    assert set(policy.flag) == set(LABELS)
    assert len(policy.digest) == 12


def test_decisions_follow_thresholds_with_reasons():
    policy = load_policy()
    assert policy.decide(zeros()) == ("keep", [])
    decision, reasons = policy.decide(zeros(toxicity=0.6))
    assert decision == "flag" and reasons == ["toxicity >= 0.50"]
    decision, reasons = policy.decide(zeros(slur=0.99, identity_attack=0.9), ["slur: antisemitic slur"])
    assert decision == "remove"
    assert reasons[0] == "slur: antisemitic slur"
    assert "identity_attack >= 0.85" in reasons


def test_custom_policy_file(tmp_path):
    path = tmp_path / "strict.toml"
    path.write_text('name = "strict"\n[remove]\ntoxicity = 0.5\n[flag]\ninsult = 0.2\n')
    policy = load_policy(path)
    assert policy.name == "strict"
    assert policy.decide(zeros(toxicity=0.55))[0] == "remove"
    assert policy.decide(zeros(insult=0.3))[0] == "flag"
    assert policy.digest != load_policy().digest


@pytest.mark.parametrize(
    "body, message",
    [
        ("[remove]\nnastiness = 0.5\n", "unknown label"),
        ("[flag]\ntoxicity = 1.5\n", "[0, 1]"),
        ("[flag]\ntoxicity = 'high'\n", "[0, 1]"),
        ("[cascade]\nband = [0.9, 0.1]\n", "band"),
        ("[cascade]\nfull = \"yes\"\n", "full must be true or false"),
        ("[phrases]\nflag = ['insult']\n", "phrase kinds"),
        ("[phrases]\nflag = 'threat'\n", "phrase kinds"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_bad_policies_say_what_is_wrong(tmp_path, body, message):
    path = tmp_path / "bad.toml"
    path.write_text(body)
    with pytest.raises(PolicyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_policy(path)


def test_policy_from_api_dict():
    policy = load_policy({"flag": {"toxicity": 0.9}})
    assert policy.decide(zeros(toxicity=0.8))[0] == "keep"
    with pytest.raises(PolicyError):
        load_policy({"flag": ["toxicity"]})


def test_shipped_policies_load_by_name():
    from moderator.policy import load_policy, shipped_policies

    assert {"default", "thorough"} <= set(shipped_policies())
    thorough = load_policy("thorough")
    assert thorough.name == "thorough" and thorough.cascade_full
    assert not load_policy("default").cascade_full
    assert thorough.flag == load_policy().flag  # the same thresholds: only how much reads each comment differs


def test_a_policy_extends_a_shipped_one_and_states_only_its_changes():
    from moderator.policy import PolicyError, load_policy

    default = load_policy()
    stricter = load_policy({"name": "stricter", "extends": "default", "flag": {"insult": 0.3}})
    assert stricter.name == "stricter" and stricter.flag["insult"] == 0.3
    assert {k: v for k, v in stricter.flag.items() if k != "insult"} == {k: v for k, v in default.flag.items() if k != "insult"}
    assert stricter.remove == default.remove and stricter.cascade_band == default.cascade_band
    with pytest.raises(PolicyError, match="extends"):
        load_policy({"extends": "nonexistent"})


def test_threat_phrases_flag_whatever_the_scores_unless_the_policy_says_not():
    reason = "threat: violence called for or promised"
    threat = [("threat", reason)]
    default = load_policy()
    assert default.flag_phrases == ("threat", "accusation", "exclusion", "stereotype", "sexual_harassment",
                                    "dehumanization", "personal_info", "coded_hate", "pile_on", "put_down")
    assert default.decide(zeros(), [], threat) == ("flag", [reason])
    # a threshold crossed keeps its own decision, the phrase's reason beside it
    decision, reasons = default.decide(zeros(threat=0.9), [], threat)
    assert decision == "remove" and reasons == [reason, "threat >= 0.80"]
    off = load_policy({"extends": "default", "phrases": {"flag": []}})
    assert off.flag_phrases == () and off.decide(zeros(), [], threat) == ("keep", [])
    assert off.digest != default.digest
    assert load_policy("thorough").flag_phrases == default.flag_phrases  # extends the default
    # a publisher may keep one kind and drop the other
    threats_only = load_policy({"extends": "default", "phrases": {"flag": ["threat"]}})
    accusation = [("accusation", "accusation: calls someone a sex offender or a murderer")]
    assert threats_only.decide(zeros(), [], accusation) == ("keep", [])
    assert threats_only.decide(zeros(), [], threat) == ("flag", [reason])


def test_the_default_policys_cascade_band_is_the_one_the_shipped_models_were_trained_with():
    """`moderator train` chooses the band on the validation split and writes it to the manifest; the
    benchmark thresholds there were chosen under it, so the policy that ships must use the same band."""
    import json

    from moderator.datapaths import models_dir
    from moderator.policy import load_policy

    manifest = models_dir() / "manifest.json"
    if not manifest.is_file():
        pytest.skip(f"no trained models at {manifest.parent}")
    band = json.loads(manifest.read_text())["cascade_band"]
    assert list(load_policy().cascade_band) == band


def test_a_threat_removes_only_with_its_words_marked():
    """"This policy will kill people." scores threat 0.87 on the shipped models: on the score alone the
    default policy flags it for a person; with the threat's words marked it removes."""
    default = load_policy()
    assert default.remove_needs_words == ("threat",)
    decision, reasons = default.decide(zeros(threat=0.87))
    assert decision == "flag"
    assert reasons == ["threat >= 0.80 but no threat words marked: a person decides", "threat >= 0.40"]
    call = [("threat", "threat: violence called for or promised")]
    assert default.decide(zeros(threat=0.87), [], call)[0] == "remove"  # the phrase marks the words
    assert default.decide(zeros(threat=0.87), [], [], None, {"threat"})[0] == "remove"  # or the lexicon does
    # another label over its remove threshold removes as before
    assert default.decide(zeros(threat=0.87, toxicity=0.96))[0] == "remove"
    assert load_policy("thorough").remove_needs_words == ("threat",)  # extends the default
    off = load_policy({"extends": "default", "evidence": {"remove_needs_words": []}})
    assert off.decide(zeros(threat=0.87))[0] == "remove"
    with pytest.raises(PolicyError, match="remove_needs_words"):
        load_policy({"evidence": {"remove_needs_words": ["menace"]}})


def test_a_forecast_about_a_policy_waits_for_a_person(moderator_models):
    result = moderator_models.moderate([{"id": "ev-1", "text": "This policy will kill people."}])[0]
    assert result["scores"]["threat"] >= 0.80  # the score alone would remove it
    assert result["decision"] == "flag"
    assert result["reasons"][0] == "threat >= 0.80 but no threat words marked: a person decides"
    threat = moderator_models.moderate([{"id": "ev-2", "text": "I will kill you."}])[0]
    assert threat["decision"] == "remove"


@pytest.mark.parametrize("text", [
    "The dyke along the river held during the flood.",  # an embankment: was removed as a slur
    "My nan made faggots and peas for Sunday dinner.",  # a meatball: was removed
    "I'm going outside for a fag, back in five minutes.",  # a cigarette: was removed
    "We went to see the Spic and Span factory on the school trip.",  # a brand: was removed
    "I'm such a bitch before my morning coffee.",  # the writer about herself: toxicity 0.97, was removed
    "I love the old Dick Van Dyke show reruns.",  # a name: was removed as a slur
    "My son was called a retard at school and the principal did nothing.",  # reported: was removed
])
def test_everyday_senses_and_self_mockery_are_not_removed(moderator_models, text):
    result = moderator_models.moderate([{"text": text}])[0]
    assert result["decision"] != "remove", result
    assert not any(r.startswith("slur") for r in result["reasons"]), result


@pytest.mark.parametrize("text", ["The dyke next door should move out.", "You are such a bitch."])
def test_the_same_words_aimed_at_someone_still_count(moderator_models, text):
    assert moderator_models.moderate([{"text": text}])[0]["decision"] != "keep"
