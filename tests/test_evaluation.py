"""`moderator evaluate`'s news-comment measures on a small C3-shaped file written here (the real sets are
measured by the command itself, not by tests)."""

import pandas as pd
import pytest

from moderator.evaluation import Runner, eval_c3, format_table

COMMENTS = [
    ("Thanks for a careful, well-sourced article on the council vote.", 1.0),
    ("The budget numbers in paragraph four do not add up, please check them.", 1.0),
    ("I disagree with the mayor, but this plan is better than the last one.", 1.0),
    ("You are a pathetic idiot and everyone here hates you, shut up you moron.", 3.0),
    ("What a stupid, ignorant thing to write. The author is a clown.", 2.4),
    ("Meh.", 1.2),
]


@pytest.fixture()
def c3_root(tmp_path):
    (tmp_path / "c3").mkdir()
    pd.DataFrame({"comment_text": [t for t, _ in COMMENTS] + ["   "],
                  "crowd_toxicity_level": [lvl for _, lvl in COMMENTS] + [1.0]}).to_csv(
        tmp_path / "c3" / "c3_eval.csv", index=False)
    return tmp_path


def test_c3_reports_what_the_policy_does_with_news_comments(moderator_models, c3_root):
    result = eval_c3(c3_root, Runner(moderator_models, obfuscate=False, full=None, no_transformer=False), {})
    decisions = [r["decision"] for r in moderator_models.moderate([{"text": t} for t, _ in COMMENTS])]
    assert result["n"] == len(COMMENTS)  # the blank comment is left out
    acted = [d != "keep" for d in decisions]
    assert result["acted_share"] == pytest.approx(sum(acted) / 6)
    assert result["acted_share_toxic"] == pytest.approx(sum(acted[3:5]) / 2)
    assert result["acted_share_nontoxic"] == pytest.approx(sum(acted[:3]) / 3)
    assert result["removed_share_nontoxic"] == pytest.approx(sum(d == "remove" for d in decisions[:3]) / 3)
    assert result["acted_share_toxic"] == 1.0 and result["acted_share_nontoxic"] == 0.0  # plain cases
    assert result["auc_toxicity"] == 1.0
    table = format_table({"c3": {"plain": result}})
    assert "| c3 | acted_share_nontoxic |  | 0.0000 |" in table


def test_obfuscated_runs_report_the_auc_alone(moderator_models, c3_root):
    result = eval_c3(c3_root, Runner(moderator_models, obfuscate=True, full=None, no_transformer=False), {})
    assert set(result) == {"n", "auc_toxicity"}
