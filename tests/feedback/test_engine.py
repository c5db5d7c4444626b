"""The claims engine on its own: binding, antonyms, negation, misconceptions, keyword lists, formulas, scores."""

import pytest

from offerloop.feedback import Assessment, Claim, Misconception, assess
from offerloop.feedback.lexicon import ANTONYM_PAIRS, SYNONYM_GROUPS
from offerloop.feedback.text import stem

SUBJECTS = {"l1": ["l1", "lasso", "l1 penalty", "l1 regularization"],
            "l2": ["l2", "ridge", "weight decay", "l2 penalty"]}
CLAIMS = [
    Claim("sparse", "L1 produces sparse weights and performs feature selection",
          ["sparse", "exactly zero", "feature selection", "zeroes out"], subject="l1", opposite=["dense"]),
    Claim("smooth", "L2 shrinks weights smoothly and copes with correlated features",
          ["shrinks smoothly", "correlated features"], subject="l2"),
    Claim("penalty", "Both add a weight penalty to the loss to reduce overfitting",
          ["penalty on the weights", "reduce overfitting"]),
]
MISCONCEPTIONS = [
    Misconception("squares", "L1 adds the squared weights", ["squared", "sum of squares"],
                  "L1 adds the absolute values of the weights; the squares are L2.", subject="l1",
                  example="L1 regularization adds the sum of squared weights to the loss."),
]
REFERENCE = ("Both add a penalty on the weights to the loss to reduce overfitting. L1 drives many weights to "
             "exactly zero, so it selects features. L2 shrinks all weights smoothly and copes with correlated "
             "features.")
QUESTION = "What is the difference between L1 and L2 regularization?"


def judge(text: str) -> Assessment:
    return assess(text, CLAIMS, MISCONCEPTIONS, SUBJECTS, QUESTION, REFERENCE)


def status(result: Assessment) -> dict[str, str]:
    return {p.id: p.status for p in result.points}


def test_a_right_answer_covers_every_claim():
    result = judge("Both put a penalty on the weights to reduce overfitting. The lasso sets many weights to "
                   "exactly zero; ridge shrinks them smoothly and handles correlated features.")
    assert status(result) == {"sparse": "covered", "smooth": "covered", "penalty": "covered"}
    assert result.score == 1.0 and result.rating == "easy" and not result.misconceptions


def test_a_property_counts_only_for_its_own_subject():
    swapped = judge("L2 zeroes out coefficients and gives sparse models. L1 shrinks them smoothly.")
    assert status(swapped)["sparse"] == "contradicted" and status(swapped)["smooth"] == "contradicted"
    assert swapped.score == 0.0 and swapped.rating == "again"
    nobody = judge("Some of the weights become exactly zero.")  # said of no subject: not credited
    assert status(nobody)["sparse"] == "missed"


def test_binding_follows_the_sentence_and_its_continuation():
    assert status(judge("Unlike ridge, the lasso gives sparse weights."))["sparse"] == "covered"
    assert status(judge("Sparse weights come from L1, not from L2."))["sparse"] == "covered"
    assert status(judge("L1 uses absolute values. It gives sparse weights."))["sparse"] == "covered"
    assert status(judge("L1 is one option and L2 gives sparse weights."))["sparse"] == "contradicted"


def test_contradicted_points_quote_the_answer_and_the_reference_sentence():
    result = judge("L2 zeroes out coefficients. L1 shrinks them smoothly.")
    point = next(p for p in result.points if p.id == "sparse")
    assert point.evidence == "L2 zeroes out coefficients."
    assert point.correct == "L1 drives many weights to exactly zero, so it selects features."
    kinds = [k for k, _ in result.lines()]
    assert kinds.index("contradicted") < kinds.index("missed") < kinds.index("covered") if "covered" in kinds \
        else kinds[0] == "contradicted"


@pytest.mark.parametrize("text", ["The lasso gives dense weights.", "L1 makes the weights denser."])
def test_an_opposite_cue_contradicts(text):
    assert status(judge(text))["sparse"] == "contradicted"


def test_antonyms_from_the_table_contradict_a_relation():
    claims = [Claim("thr", "Raising the threshold increases precision", ["raising the threshold increases precision"])]
    assert status(assess("Raising the threshold increases precision.", claims))["thr"] == "covered"
    assert status(assess("Raising the threshold decreases precision.", claims))["thr"] == "contradicted"
    assert status(assess("Lowering the threshold increases precision.", claims))["thr"] == "contradicted"
    # two flips say the same thing again: not a contradiction
    assert status(assess("Lowering the threshold decreases precision.", claims))["thr"] != "contradicted"


def test_the_antonym_table_is_data_with_the_issues_pairs():
    pairs = {frozenset(p) for p in ANTONYM_PAIRS}
    for a, b in [("increase", "decrease"), ("sparse", "dense"), ("higher", "lower"), ("before", "after"),
                 ("train", "test"), ("more", "less")]:
        assert frozenset((a, b)) in pairs
    for group in SYNONYM_GROUPS:  # opposites never share a synonym group
        stems = {stem(w) for w in group}
        assert not any(stem(a) in stems and stem(b) in stems for a, b in ANTONYM_PAIRS), group


def test_a_negated_cue_contradicts_a_claim_with_a_subject():
    for text in ("L1 does not give sparse weights.", "L1 doesn't zero out any weight.",
                 "The lasso never gives sparse weights."):
        assert status(judge(text))["sparse"] == "contradicted", text
    assert status(judge("L2 does not give sparse weights, but L1 does: sparse weights."))["sparse"] == "covered"
    assert status(judge("Not only is it faster: L1 gives sparse weights."))["sparse"] == "covered"


def test_a_cue_that_is_itself_negative_matches_a_negation():
    claims = [Claim("p", "It is not the probability that the null is true",
                    ["not the probability that the null is true"])]
    assert status(assess("It isn't the probability that the null is true.", claims))["p"] == "covered"
    assert status(assess("It is the probability that the null is true.", claims))["p"] != "covered"


def test_a_misconception_is_asserted_only_of_its_subject_and_not_when_negated():
    hit = judge("L1 adds the sum of squared weights to the loss.")
    assert [m.id for m in hit.misconceptions] == ["squares"]
    assert hit.misconceptions[0].evidence == "L1 adds the sum of squared weights to the loss."
    assert hit.misconceptions[0].correction.startswith("L1 adds the absolute values")
    assert not judge("L1 adds absolute values; L2 adds the squared weights.").misconceptions
    assert not judge("L1 does not add squared weights.").misconceptions


def test_a_misconception_caps_the_score_below_good():
    text = ("Both put a penalty on the weights to reduce overfitting. The lasso sets many weights to exactly "
            "zero; ridge shrinks them smoothly with correlated features. L1 adds the squared weights.")
    result = judge(text)
    assert all(p.status == "covered" for p in result.points)
    assert result.score < 0.60 and result.rating == "hard"
    assert result.lines()[0][0] == "misconception"


def test_a_regex_cue_and_a_misconception_without_subject():
    mis = [Misconception("h0", "The p-value is the probability that H0 is true",
                         [r"re:\bprobab\w* (that )?(the )?null\b.{0,20}\b(is )?true"],
                         "It is the probability of data this extreme if H0 were true.")]
    claims = [Claim("c", "Compared with alpha", ["significance level"])]
    assert assess("The p-value is the probability that the null is true.", claims, mis).misconceptions
    assert not assess("It is not the probability that the null is true.", claims, mis).misconceptions
    assert not assess("We compare it with the significance level.", claims, mis).misconceptions


def test_a_bad_regex_cue_is_refused_with_the_reason():
    from offerloop.feedback import compile_regex

    with pytest.raises(ValueError, match="not a valid regular expression"):
        compile_regex("re:(unclosed")


@pytest.mark.parametrize("text", [
    "precision recall TP FP FN false positives spam cancer screening F1 harmonic mean threshold",
    "L1, L2, lasso, ridge, sparse, weight decay, penalty, overfitting, Gaussian prior, Laplace prior",
    "- sparse weights\n- feature selection\n- correlated features\n- penalty on the weights\n- weight decay",
])
def test_keyword_lists_are_recognised_and_capped_below_hard(text):
    result = judge(text)
    assert result.keyword_list
    assert result.score < 0.30 and result.rating == "again"
    assert ("keyword_list", result.lines()[[k for k, _ in result.lines()].index("keyword_list")][1]) in result.lines()


@pytest.mark.parametrize("text", [
    "L1 gives sparse weights.",
    "The lasso sets many weights to exactly zero, while ridge shrinks all of them smoothly.",
    "Both add a penalty on the weights, which reduces overfitting; L1 zeroes out coefficients.",
])
def test_sentences_are_not_keyword_lists(text):
    assert not judge(text).keyword_list


@pytest.mark.parametrize("cue, said", [
    ("P(y|x)", "it models p of y given x directly"),
    ("P(y|x)", "it learns P(y given X)"),
    ("P(y|x)", "the probability of y given x"),
    ("sqrt(n)", "the error falls with the square root of n"),
    ("sqrt(n)", "it shrinks like one over root n"),
    ("1/sqrt(n)", "it shrinks like 1 over root n"),
    ("TP / (TP + FP)", "TP over TP plus FP"),
    ("TP / (TP + FP)", "TP divided by the sum of TP and FP"),
    ("sqrt(d_k)", "we divide by the square root of d k"),
    ("w^2", "it adds w squared"),
])
def test_formulas_said_aloud_match_formula_cues(cue, said):
    claims = [Claim("f", "the formula", [cue])]
    assert status(assess(said, claims))["f"] == "covered"


@pytest.mark.parametrize("cue, said", [
    ("P(y|x)", "it models p of x given y"),
    ("TP / (TP + FP)", "TP over TP plus FN"),
    ("sqrt(n)", "it shrinks like n squared"),
    ("k-1", "train on k folds, 1 held out"),
])
def test_a_different_formula_does_not_match(cue, said):
    claims = [Claim("f", "the formula", [cue])]
    assert status(assess(said, claims))["f"] == "missed"


def test_paraphrase_typos_word_order_and_inflection_still_match():
    claims = [Claim("a", "Regularization reduces overfitting", ["regularization reduces overfitting"]),
              Claim("b", "The learning rate sets the step", ["learning rate"])]
    result = assess("Overfitting is what regularising reduced. The step size matters.", claims)
    assert status(result) == {"a": "covered", "b": "covered"}
    assert status(assess("we add regulrization, which reduces overfiting", claims))["a"] == "covered"


def test_score_adds_covered_halves_partial_subtracts_contradicted_and_clips_at_zero():
    claims = [Claim("a", "A", ["apple banana cherry damson"]), Claim("b", "B", ["sparse"], subject="l1"),
              Claim("c", "C", ["zeta"], weight=2.0)]
    subjects = {"l1": ["l1"], "l2": ["l2"]}
    result = assess("apple and banana here. zeta is it. L2 gives sparse weights.", claims, subjects=subjects)
    assert status(result) == {"a": "partial", "b": "contradicted", "c": "covered"}
    assert result.score == pytest.approx((0.5 - 1 + 2) / 4, abs=0.001)
    assert assess("L2 gives sparse weights.", claims, subjects=subjects).score == 0.0


def test_nothing_typed_is_not_rated():
    result = judge("   ")
    assert result.score == 0.0 and result.rating is None and not result.keyword_list
    assert all(p.status == "missed" for p in result.points)


def test_to_dict_uses_the_agreed_names():
    data = judge("L2 zeroes out coefficients. L1 adds the squared weights.").to_dict()
    assert set(data) == {"score", "rating", "points", "misconceptions", "keyword_list"}
    assert set(data["points"][0]) == {"id", "point", "status", "evidence", "cue", "correct"}
    assert {"id", "claim", "correction", "evidence"} <= set(data["misconceptions"][0])


def test_repeating_the_question_earns_nothing():
    result = judge(QUESTION)
    assert result.score == 0.0 and result.rating == "again"


def test_a_point_with_both_sides_said_with_the_sides_swapped_is_contradicted():
    claims = [Claim("lr", "The learning rate controls the step: too large diverges, too small is slow",
                    ["learning rate too large", "too small is slow"])]
    swapped = assess("A learning rate that is too small makes training diverge, while one that is too large "
                     "is merely slow.", claims)
    assert status(swapped)["lr"] == "contradicted" and "swapped" in swapped.points[0].cue
    right = assess("If the learning rate is too large it diverges; if it is too small training is slow.", claims)
    assert status(right)["lr"] == "covered"


def test_a_key_point_reversed_by_one_word_is_contradicted_even_with_its_cue():
    claims = [Claim("q", "The cost of attention is quadratic in sequence length", ["sequence length", "quadratic"])]
    assert status(assess("The cost of attention is quadratic in the sequence length.", claims))["q"] == "covered"
    wrong = assess("The cost of attention is linear in sequence length, so it scales well.", claims)
    assert status(wrong)["q"] == "contradicted" and wrong.score < 0.60
    # a point that names both sides is not reversed by one of them
    both = [Claim("b", "More complexity lowers bias and raises variance", ["lowers bias"])]
    assert status(assess("More complexity lowers bias and raises variance.", both))["b"] == "covered"


def test_a_negated_predicate_said_without_its_negation_is_contradicted():
    claims = [Claim("t", "Tree models do not need feature scaling", ["trees do not need it"])]
    assert status(assess("Tree models are the ones that most need feature scaling.", claims))["t"] == "contradicted"
    assert status(assess("Tree models do not need feature scaling.", claims))["t"] != "contradicted"


def test_a_point_that_says_something_is_avoided_is_not_contradicted_by_its_cue_negated():
    claim = Claim("jitter", "Jitter avoids synchronised retry waves", ["synchronised waves"])
    said = assess("Add jitter so that the clients do not retry in synchronised waves.", [claim])
    assert said.points[0].status != "contradicted"
    plain = Claim("waves", "Clients retry in synchronised waves", ["synchronised waves"])
    assert assess("Clients never retry in synchronised waves.", [plain]).points[0].status == "contradicted"


def test_a_cue_said_of_both_subjects_is_not_a_swap():
    subjects = {"cb": ["content-based"], "cf": ["collaborative filtering"]}
    claim = Claim("new", "content-based handles new items", ["brand new items"], subject="cb")
    both = assess("Content-based handles new items well. Collaborative filtering struggles with brand new items.",
                  [claim], subjects=subjects)
    assert both.points[0].status != "contradicted"
    swapped = assess("Collaborative filtering handles brand new items well.", [claim], subjects=subjects)
    assert swapped.points[0].status == "contradicted"


def test_a_point_that_opens_with_its_negation_is_contradicted_when_said_plainly():
    claim = Claim("grouped", "Does not solve grouped data: use group-aware splits", ["group-aware splits"])
    assert assess("It also solves grouped data, so no group-aware splits are needed.",
                  [claim]).points[0].status == "contradicted"
    assert assess("It does not solve grouped data; use group-aware splits.", [claim]).points[0].status == "covered"


def test_a_point_with_a_formula_can_still_be_reversed():
    claim = Claim("r2", "Never decreases with more features in training; adjusted R^2 penalises", ["adjusted r^2"])
    said = assess("On the training data R squared decreases when you add useless features; adjusted R^2 is "
                  "not needed.", [claim])
    assert said.points[0].status == "contradicted"
    right = assess("On the training data R squared never decreases when you add features, so use adjusted R^2.",
                   [claim])
    assert right.points[0].status == "covered"


def test_sides_swapped_past_a_shared_noun_contradict_the_point():
    claim = Claim("layers", "early layers are general, later ones task-specific", ["general features"])
    swapped = assess("The later layers learn general features, while the early layers are the task-specific ones.",
                     [claim])
    assert swapped.points[0].status == "contradicted"
    right = assess("The early layers learn general features, while the later layers are task-specific.", [claim])
    assert right.points[0].status == "covered"


def test_new_antonym_pairs_are_opposites_not_synonyms():
    pairs = {(stem(a), stem(b)) for a, b in ANTONYM_PAIRS}
    assert (stem("close"), stem("far")) in pairs and (stem("hard"), stem("soft")) in pairs
    for a, b in (("close", "far"), ("hard", "soft"), ("general", "specific")):
        assert not any(a in group and b in group for group in SYNONYM_GROUPS)


def test_plain_word_phrasings_match_the_term_they_stand_for():
    claim = Claim("shape", "GMM handles elliptical clusters", ["elliptical clusters"])
    assert assess("It copes with oval clusters of unequal size.", [claim]).points[0].status == "covered"
    jitter = Claim("jitter", "Add jitter to each retry", ["jitter"])
    assert assess("Add a random amount to each wait before retrying.", [jitter]).points[0].status == "covered"


def test_letters_joined_by_dots_do_not_end_a_sentence():
    from offerloop.feedback.text import scan

    words = scan("Coverage holds in finite samples for i.i.d. data. The set grows.").words
    sents = {w.text: w.sent for w in words}
    assert sents["data"] == sents["coverage"] and sents["grows"] == sents["data"] + 1
    assert {w.sent for w in scan("The size is d. Then it grows.").words} == {0, 1}


@pytest.mark.parametrize("cue, wrong, right", [
    ("additive update", "In an LSTM the cell update is multiplicative.", "In an LSTM the cell update is additive."),
    ("smoother decision boundaries", "Mixup gives sharper decision boundaries.",
     "Mixup gives smoother decision boundaries."),
    ("masked self-attention", "The decoder uses unmasked self-attention.", "The decoder uses masked self-attention."),
])
def test_fourth_round_antonyms_reverse_a_cue(cue, wrong, right):
    claim = Claim("c", cue, [cue])
    assert assess(wrong, [claim]).points[0].status == "contradicted"
    assert assess(right, [claim]).points[0].status == "covered"


def test_phrases_that_collapse_into_each_other_are_no_synonyms():
    # "left to right" (causal) and "left and right" (bidirectional) share their stems once "to"/"and" fall
    # away: read as one phrase, a causal model said in plain words contradicted "causal self-attention"
    claim = Claim("c", "Causal self-attention", ["causal self-attention"])
    text = "Learned models include a self-attention one that reads the visit left to right, and a recurrent one."
    assert assess(text, [claim]).points[0].status != "contradicted"
    assert assess("The model uses bidirectional self-attention.", [claim]).points[0].status == "contradicted"


@pytest.mark.parametrize("cue, text", [
    ("misclassified examples", "The examples the learner got wrong count for more."),
    ("correctly classified examples", "The examples it got right count for less."),
    ("needs one-hot encoding", "You have to one-hot encode every column."),
    ("clipping fixes", "Clipping solves it."),
])
def test_fourth_round_plain_wording_matches_the_cue(cue, text):
    assert assess(text, [Claim("c", cue, [cue])]).points[0].status == "covered"


@pytest.mark.parametrize("text, said", [
    ("AdaBoost increases the weights of correctly classified examples.", True),
    ("Misclassified examples get their weights increased and the correctly classified examples decreased.", False),
    ("It increases weights but correctly classified examples lose weight.", False),
])
def test_a_regex_misconception_cue_does_not_reach_over_a_joined_clause(text, said, monkeypatch):
    mis = Misconception("m", "AdaBoost increases the weights of correctly classified examples",
                        ["re:(increase|raise)\\w*\\W+(\\w+\\W+){0,3}correctly\\W+classified\\W+examples"],
                        "Misclassified examples gain weight.")
    assert bool(assess(text, [], [mis], cues_only=True).misconceptions) is said
    if not said:
        monkeypatch.setattr("offerloop.feedback.engine.REGEX_WITHIN_CLAUSE", False)
        assert assess(text, [], [mis], cues_only=True).misconceptions  # the pattern alone reaches over the join


@pytest.mark.parametrize("text, said", [
    ("Backpropagation needs one pass per weight.", True),
    ("The gradient costs about two forward passes, instead of one pass per weight as with finite differences.", False),
    ("It costs two passes rather than one pass per weight.", False),
])
def test_a_misconception_said_as_the_rejected_alternative_is_not_asserted(text, said, monkeypatch):
    mis = Misconception("m", "Backpropagation needs one pass per weight", ["re:one\\W+pass\\W+per\\W+weight"],
                        "One backward pass gives every derivative.")
    assert bool(assess(text, [], [mis], cues_only=True).misconceptions) is said
    if not said:
        monkeypatch.setattr("offerloop.feedback.engine.SET_AGAINST_BEFORE", False)
        assert assess(text, [], [mis], cues_only=True).misconceptions


@pytest.mark.parametrize("text, said", [
    ("The Brier score punishes confident mistakes more than log loss does.", True),
    ("Log loss is more sensitive to confident mistakes, while the Brier score is more robust.", False),
])
def test_a_comparing_misconception_cue_needs_than(text, said, monkeypatch):
    mis = Misconception("m", "The Brier score punishes confident mistakes more than log loss",
                        ["more than log loss"], "Log loss punishes confident mistakes far more.")
    assert bool(assess(text, [], [mis], cues_only=True).misconceptions) is said
    if not said:
        monkeypatch.setattr("offerloop.feedback.engine.COMPARISON_NEEDS_THAN", False)
        assert assess(text, [], [mis], cues_only=True).misconceptions


def test_a_cue_that_says_less_agrees_with_its_word_denied(monkeypatch):
    # the question's "less" is echoed, not required: the cue comes down to "calibrated", here denied
    claim = Claim("c", "Trade-offs: tuning, worse calibration", ["label noise", "less calibrated"])
    question = "What is focal loss and when is it less useful?"
    text = "The resulting probabilities are not well calibrated."
    assert assess(text, [claim], question=question).points[0].status != "contradicted"
    monkeypatch.setattr("offerloop.feedback.engine.CUE_DIMINISHERS", False)
    assert assess(text, [claim], question=question).points[0].status == "contradicted"
