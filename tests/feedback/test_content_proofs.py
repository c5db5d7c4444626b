"""`offerloop content check` proves each card's claims with the engine (on a bank written for the test)."""

from offerloop.content.check import check_bank, check_misconception_counts

CARD = '''
[[cards]]
uuid = "{uuid}"
slug = "{slug}"
topic = "regularization"
difficulty = "medium"
question = "What is the difference between L1 and L2 regularization?"
answer = "{answer}"
tags = {tags}
subjects = {{ l1 = ["l1", "lasso"], l2 = ["l2", "ridge"] }}
key_points = [
  {{ point = "L1 gives sparse weights", subject = "{subject}", cues = ["sparse", "exactly zero"], opposite = ["dense"] }},
  {{ point = "L2 shrinks weights smoothly", subject = "l2", cues = ["shrinks smoothly"] }},
  {{ point = "Both penalise large weights", cues = ["{penalty_cue}"] }},
]
misconceptions = [
  {{ claim = "L1 adds the squared weights", subject = "l1", cues = ["{mis_cue}"], correction = "L1 adds absolute values; squares are L2.", example = "{example}" }},
]
'''
GOOD = dict(slug="l1-l2", uuid="8d3c0b43-2a52-4c55-9b1e-3f4f1d6a0c11", subject="l1", tags='["most-asked"]',
            answer="L1 (the lasso) adds absolute values and gives sparse weights, many exactly zero. L2 shrinks "
                   "smoothly. Both put a penalty on large weights.",
            penalty_cue="penalty on large weights", mis_cue="squared", example="L1 adds the squared weights.")


def write(tmp_path, **changes):
    folder = tmp_path / "cards"
    folder.mkdir(exist_ok=True)
    (folder / "t.toml").write_text(CARD.format(**{**GOOD, **changes}))
    report = check_bank(prove=False, root=tmp_path)
    return [(i.path, i.message) for i in report.issues if "misconception(s)" not in i.message
            and i.path != "cards"]


def test_a_sound_card_passes(tmp_path):
    assert write(tmp_path) == []


def test_a_key_point_its_own_answer_misses_is_reported(tmp_path):
    issues = write(tmp_path, penalty_cue="weight decay coefficient schedule")
    assert len(issues) == 1 and issues[0][0] == "card l1-l2" and "Both penalise large weights" in issues[0][1]


def test_an_answer_that_contradicts_its_own_key_point_is_reported(tmp_path):
    issues = write(tmp_path, answer="L1 adds absolute values and gives sparse weights. L2 shrinks smoothly and "
                                    "L2 is dense. Both put a penalty on large weights.", subject="l2")
    assert any(path == "card l1-l2" and "contradicts" in msg and "L1 gives sparse weights" in msg
               for path, msg in issues), issues


def test_an_answer_that_asserts_a_misconception_is_reported(tmp_path):
    issues = write(tmp_path, mis_cue="absolute values")
    assert any("asserts the misconception 'L1 adds the squared weights'" in msg for _, msg in issues), issues


def test_an_example_that_does_not_assert_its_misconception_is_reported(tmp_path):
    issues = write(tmp_path, example="Ridge adds the squared weights.")
    assert any("example of the misconception" in msg for _, msg in issues), issues


def test_a_regex_cue_that_does_not_compile_names_the_card(tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "t.toml").write_text(CARD.format(**{**GOOD, "mis_cue": "re:(squared"}))
    report = check_bank(prove=False, root=tmp_path)
    assert report.cards == 0
    assert any("card l1-l2" in i.path and "not a valid regular expression" in i.message for i in report.issues)


def test_an_undeclared_subject_is_reported(tmp_path):
    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "t.toml").write_text(CARD.format(**{**GOOD, "subject": "elastic"}))
    report = check_bank(prove=False, root=tmp_path)
    assert any("card l1-l2" in i.path and "'elastic', which is not declared" in i.message for i in report.issues)


def test_misconception_counts_are_checked(tmp_path):
    from offerloop.content.loader import load_bank

    folder = tmp_path / "cards"
    folder.mkdir()
    (folder / "t.toml").write_text(CARD.format(**GOOD))
    bank = load_bank(tmp_path)
    issues = [(i.path, i.message) for i in check_misconception_counts(bank.cards)]
    assert ("card l1-l2", "has 1 misconception(s); a card tagged most-asked needs at least 2") in issues
    assert ("cards", "1 cards are tagged most-asked; at least 100 must be") in issues
