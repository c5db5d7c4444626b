"""The passes that read a text against the model answer (offerloop.feedback.align): wrong claims found by
aligning sentences, points said in other words, misconceptions said in other words."""

import pytest

from offerloop.feedback import Claim, Misconception, assess
from offerloop.feedback import engine


def status(result, claim_id: str) -> str:
    return next(p.status for p in result.points if p.id == claim_id)


def point(result, claim_id: str):
    return next(p for p in result.points if p.id == claim_id)


# -- a qualifier turned into its opposite beside the same word ---------------------------------------
FOREST_REFERENCE = ("Averaging many deep trees gives low variance for the whole forest. "
                    "Boosting fits the residuals of the ensemble one shallow tree at a time.")
FOREST_CLAIMS = [
    Claim("avg", "A forest is steadier than one tree", ["averaging many deep trees"]),
    Claim("seq", "Boosting is sequential", ["residuals of the ensemble"]),
]


def judge_forest(text: str):
    return assess(text, FOREST_CLAIMS, (), {}, "How do forests and boosting differ?", FOREST_REFERENCE)


def test_a_qualifier_flipped_beside_the_same_word_contradicts_the_claim_of_that_sentence():
    wrong = judge_forest("Averaging many deep trees gives high variance for the whole forest. "
                         "Boosting fits the residuals of the ensemble one shallow tree at a time.")
    avg = point(wrong, "avg")
    assert avg.status == "contradicted" and avg.cue.startswith("pole")
    assert avg.evidence.startswith("Averaging many deep trees gives high variance")
    assert avg.correct == "Averaging many deep trees gives low variance for the whole forest."
    assert status(wrong, "seq") == "covered" and wrong.score < 0.6
    right = judge_forest(FOREST_REFERENCE)
    assert status(right, "avg") == "covered" and right.score == 1.0


def test_without_the_alignment_pass_the_flip_goes_unseen(monkeypatch):
    monkeypatch.setattr(engine, "ALIGNMENT", False)
    wrong = judge_forest("Averaging many deep trees gives high variance for the whole forest.")
    assert status(wrong, "avg") == "covered"  # the cue alone is found: the pass above is what sees the flip


def test_a_negated_flip_agrees_and_a_change_word_turns_it_around():
    # "cannot give high variance" says "low variance"; "reduces high variance" is no claim of high variance
    assert status(judge_forest("Averaging many deep trees cannot give high variance for the whole forest."),
                  "avg") != "contradicted"
    assert status(judge_forest("Averaging many deep trees reduces high variance for the whole forest."),
                  "avg") != "contradicted"


# -- a sentence said of the other subject ------------------------------------------------------------
OPT_SUBJECTS = {"adagrad": ["adagrad"], "rmsprop": ["rmsprop"]}
OPT_REFERENCE = ("AdaGrad accumulates every squared gradient it has ever seen, so its steps only shrink. "
                 "RMSProp keeps a decaying average of recent squared gradients, so its steps stay usable.")
OPT_CLAIMS = [
    Claim("sum", "AdaGrad's denominator only grows", ["accumulates"], subject="adagrad"),
    Claim("ema", "RMSProp forgets old gradients", ["decaying average"], subject="rmsprop"),
]


def test_a_sentence_aligned_with_one_subjects_sentence_but_said_of_the_other_contradicts_it():
    wrong = assess("RMSProp sums every squared gradient it has ever seen, so its steps only shrink.",
                   OPT_CLAIMS, (), OPT_SUBJECTS, "What do AdaGrad and RMSProp do?", OPT_REFERENCE)
    assert status(wrong, "sum") == "contradicted" and point(wrong, "sum").cue.startswith("swap")
    right = assess("AdaGrad sums every squared gradient it has ever seen, so its steps only shrink.",
                   OPT_CLAIMS, (), OPT_SUBJECTS, "What do AdaGrad and RMSProp do?", OPT_REFERENCE)
    assert status(right, "sum") != "contradicted"


# -- one word of a counterpart pair replaced by the other ------------------------------------------
CURVE_REFERENCE = "If both errors are high and close together, the model has high bias and is underfitting."
CURVE_CLAIMS = [Claim("bias", "Curves that meet high up mean the model is too simple", ["both errors are high"])]


def test_a_counterpart_said_in_place_of_the_other_contradicts_the_aligned_claim():
    wrong = assess("If both errors are high and close together, the model has high variance and is overfitting.",
                   CURVE_CLAIMS, (), {}, "What does a learning curve show?", CURVE_REFERENCE)
    assert status(wrong, "bias") == "contradicted" and point(wrong, "bias").cue.startswith("substitution")
    right = assess("When both errors are high and close together the model is underfitting: high bias.",
                   CURVE_CLAIMS, (), {}, "What does a learning curve show?", CURVE_REFERENCE)
    assert status(right, "bias") == "covered"


# -- a point said in other words ---------------------------------------------------------------------
BAG_REFERENCE = ("Bagging fits each model independently on its own bootstrap resample of the rows, "
                 "so the models can be trained in parallel.")
BAG_CLAIMS = [Claim("par", "Bagging trains its models in parallel", ["in parallel", "at the same time"])]


def test_a_point_whose_cues_fail_counts_when_one_sentence_says_most_of_its_reference_sentence():
    text = "Every model gets its own bootstrap resample of the rows and is fitted independently of the rest."
    on = assess(text, BAG_CLAIMS, (), {}, "What is bagging?", BAG_REFERENCE, paraphrase=True)
    off = assess(text, BAG_CLAIMS, (), {}, "What is bagging?", BAG_REFERENCE)
    assert status(on, "par") == "covered" and point(on, "par").cue == "said in other words"
    assert status(off, "par") == "missed"
    unrelated = assess("Boosting adds shallow trees one after another to fix the errors so far.",
                       BAG_CLAIMS, (), {}, "What is bagging?", BAG_REFERENCE, paraphrase=True)
    assert status(unrelated, "par") == "missed"


def test_a_point_that_says_what_is_not_so_needs_a_negation_to_be_said_in_other_words():
    claims = [Claim("not", "It is not the probability that the null hypothesis is true", ["re:\\bnot the chance\\b"])]
    question = "What is a p-value?"
    # every word of the point is here, but not its "not": the gist of the definition, not this point
    plain = assess("If the null hypothesis is true, it is the probability of data this extreme.", claims, (), {},
                   question, paraphrase=True)
    negated = assess("It is never the probability that the null hypothesis is true.", claims, (), {}, question,
                     paraphrase=True)
    assert status(plain, "not") == "missed" and status(negated, "not") == "covered"


# -- a misconception said in other words -------------------------------------------------------------
BAG_MISCONCEPTION = Misconception(
    "bias", "Bagging mainly reduces bias", ["re:\\bbagging reduces bias\\b"],
    "Averaging lowers variance, not the other error term.",
    example="Bagging mainly reduces the bias of the base models.")
BAG_MIS_REFERENCE = "Bagging averages models trained on bootstrap samples, which reduces variance."


@pytest.mark.parametrize("text, said", [
    ("Bagging is mainly a way to cut the bias of the base models.", True),
    ("A common mistake is to think bagging is mainly a way to cut the bias of the base models.", False),
    ("Bagging is not mainly a way to cut the bias of the base models.", False),
    ("Bagging averages models trained on bootstrap samples, which reduces variance.", False),
])
def test_a_misconception_said_in_other_words_is_asserted_unless_disavowed_or_negated(text, said):
    result = assess(text, [], [BAG_MISCONCEPTION], {}, "What does bagging do?", BAG_MIS_REFERENCE)
    assert bool(result.misconceptions) is said


def test_the_content_proofs_judge_by_the_cues_alone():
    # an example always says its own misconception in its own words: the proof must come from the cues
    result = assess(BAG_MISCONCEPTION.example, [], [BAG_MISCONCEPTION], {}, "What does bagging do?",
                    BAG_MIS_REFERENCE, cues_only=True)
    assert not result.misconceptions
    text = "Every model gets its own bootstrap resample of the rows and is fitted independently of the rest."
    assert status(assess(text, BAG_CLAIMS, (), {}, "What is bagging?", BAG_REFERENCE, paraphrase=True,
                         cues_only=True), "par") == "missed"


def test_a_sentence_naming_both_sides_is_no_flip_unless_the_sides_are_swapped():
    reference = "The training window can be expanding, keeping all history."
    claims = [Claim("win", "Expanding or sliding windows", ["training window"])]
    both = assess("Expanding versus sliding training window.", claims, (), {}, "How to validate?", reference)
    assert status(both, "win") != "contradicted"
    reference = "In a log-structured store the writes are fast and the reads are slow."
    claims = [Claim("lsm", "Log-structured stores favour writes", ["log-structured store"])]
    question = "What is a log-structured store?"
    swapped = assess("In a log-structured store the writes are slow and the reads are fast.", claims, (), {},
                     question, reference)
    assert status(swapped, "lsm") == "contradicted" and point(swapped, "lsm").cue.startswith("pole")
    assert status(assess(reference, claims, (), {}, question, reference), "lsm") == "covered"


def test_a_reference_sentence_is_answered_by_the_sentence_that_matches_it_best():
    reference = "Overfitting means good on training data but poor on new data, from fitting noise."
    claims = [Claim("over", "Overfitting fits noise", ["fitting noise"])]
    text = ("Overfitting means good on training data but poor on new data, from fitting noise. "
            "Underfitting means poor on training data and on new data.")
    assert status(assess(text, claims, (), {}, "Overfitting?", reference), "over") == "covered"
    alone = "Overfitting is fine. Underfitting means good on training data but poor on new data, from fitting noise."
    assert status(assess(alone, claims, (), {}, "Overfitting?", reference), "over") == "contradicted"


# -- a word denied right after "not" / "cannot" / "non-" on one side only (fourth round) ---------------
RNN_REFERENCE = ("An RNN keeps a hidden state updated from the input and the previous state. "
                 "Computation is sequential, so training cannot be parallelised across time steps.")
RNN_CLAIMS = [
    Claim("state", "Hidden state updated each step", ["hidden state"]),
    Claim("seq", "Sequential computation cannot be parallelised", ["sequential computation", "cannot be parallelised"]),
]


def judge_rnn(text: str):
    return assess(text, RNN_CLAIMS, (), {}, "How does an RNN process sequences?", RNN_REFERENCE, paraphrase=True)


def test_a_word_denied_on_one_side_only_contradicts_the_claim_of_that_sentence(monkeypatch):
    wrong = "An RNN keeps a hidden state. Its computation is sequential, yet training is parallelised across time steps."
    assert status(judge_rnn(wrong), "seq") == "contradicted"
    assert point(judge_rnn(wrong), "seq").cue.startswith("negation")
    monkeypatch.setattr("offerloop.feedback.align.DIRECT_NEGATION", False)
    assert status(judge_rnn(wrong), "seq") != "contradicted"  # the cues alone are found: this rule sees it


@pytest.mark.parametrize("text", [
    "An RNN keeps a hidden state. Computation is sequential, so training can't be parallelised across time steps.",
    # an alternative set against what came before ("X, not Y") is no denial of the sentence's claim
    "An RNN keeps a hidden state. Training runs step by step over time, not parallelised across time steps.",
    # the plain side says it only in contrast ("rather than")
    "An RNN keeps a hidden state. Training steps run one after another rather than parallelised across time.",
])
def test_a_denial_said_the_same_way_or_set_as_an_alternative_is_no_flip(text):
    assert status(judge_rnn(text), "seq") != "contradicted"


def test_inversely_denies_the_word_it_joins():
    reference = "K-means++ picks each next centroid with probability proportional to the squared distance to the nearest one."
    claims = [Claim("pp", "Seeds picked with probability proportional to squared distance", ["proportional to the squared distance"])]
    wrong = assess("K-means++ picks each next centroid with probability inversely proportional to the squared "
                   "distance to the nearest one.", claims, (), {}, "What is k-means++?", reference, paraphrase=True)
    assert status(wrong, "pp") == "contradicted"
    right = assess(reference, claims, (), {}, "What is k-means++?", reference, paraphrase=True)
    assert status(right, "pp") != "contradicted"


def test_non_prefix_denies_the_word_it_joins():
    reference = "The NMF problem is non-convex, so results depend on initialisation and are not unique."
    claims = [Claim("nc", "NMF is non-convex: init matters", ["non-convex", "depend on initialisation"])]
    wrong = assess("The NMF problem is convex, so results never depend on the starting point.", claims, (), {},
                   "What is NMF?", reference, paraphrase=True)
    assert status(wrong, "nc") == "contradicted"
    right = assess(reference, claims, (), {}, "What is NMF?", reference, paraphrase=True)
    assert status(right, "nc") == "covered"


# -- a misconception made only of the model answer's own words (fourth round) --------------------------
NN_MISCONCEPTION = Misconception("nn", "Neural network losses are convex", ["re:\\bneural nets? are convex\\b"],
                                 "Neural network losses are non-convex: SGD finds local minima.")
NN_REFERENCE = ("Logistic regression and SVMs are convex. Neural network losses are non-convex, so SGD finds "
                "local minima or saddle points.")


@pytest.mark.parametrize("text, said", [
    ("Logistic regression is convex, and so are neural network losses trained with cross-entropy, "
     "the losses are convex.", True),
    ("Neural network losses are non-convex, unlike logistic regression.", False),
    ("Neural network losses are not convex.", False),
    ("A convex loss is what neural networks lack.", False),  # its words in another order
    ("Neural network losses are convex, a common misconception.", False),
])
def test_a_misconception_in_the_model_answers_own_words_needs_all_of_them_in_order_and_undenied(text, said, monkeypatch):
    result = assess(text, [], [NN_MISCONCEPTION], {}, "Why does convexity matter?", NN_REFERENCE)
    assert bool(result.misconceptions) is said
    if said:
        monkeypatch.setattr("offerloop.feedback.align.SAME_WORDS_MISCONCEPTIONS", False)
        result = assess(text, [], [NN_MISCONCEPTION], {}, "Why does convexity matter?", NN_REFERENCE)
        assert not result.misconceptions  # its cue misses it: this rule is what sees it


# -- a sentence whose best reference sentence is taken answers its next best (fourth round) -----------
AB_REFERENCE = ("In an A/B test each user sees one ranker, so different users are compared and user variance needs "
                "a lot of traffic. Interleaving lets the same user judge both rankers, which cancels user variance "
                "and needs less traffic.")
AB_CLAIMS = [Claim("ab", "A/B tests compare different users", ["different users"]),
             Claim("il", "Same user judges both", ["same user judges both", "cancels user variance"])]


def test_a_sentence_whose_best_reference_sentence_is_taken_is_read_against_its_next_best(monkeypatch):
    text = ("In an A/B test each user sees one ranker, so different users are compared and user variance needs a "
            "lot of traffic. With interleaving different users judge each ranker, so user variance adds up and it "
            "needs more traffic than an A/B test.")
    question = "What is interleaving?"
    assert status(assess(text, AB_CLAIMS, (), {}, question, AB_REFERENCE, paraphrase=True), "il") == "contradicted"
    assert status(assess(AB_REFERENCE, AB_CLAIMS, (), {}, question, AB_REFERENCE, paraphrase=True), "il") == "covered"
    monkeypatch.setattr("offerloop.feedback.align.NEXT_BEST_ALIGNMENT", False)
    assert status(assess(text, AB_CLAIMS, (), {}, question, AB_REFERENCE, paraphrase=True), "il") == "covered"


# -- of two or more wrong words, one may go unsaid unless it is the claim's last (fourth round) ---------
IL_REFERENCE = ("Interleaving merges two rankings into one list and counts clicks. It measures click preference, "
                "not business outcomes such as revenue or retention; an A/B test confirms those.")
IL_CORRECTION = "Interleaving measures click preference; revenue and retention still need an A/B test."


def _il(claim: str) -> Misconception:
    return Misconception("m", claim, ["re:\\bno cue here\\b"], IL_CORRECTION)


def test_a_misconception_may_leave_one_of_its_wrong_words_unsaid_but_not_its_last(monkeypatch):
    text = "Interleaving is so sensitive that it can replace A/B testing for revenue and retention."
    question = "What is interleaving?"
    spared = _il("Interleaving can replace A/B tests in decisions about revenue and retention")
    assert assess(text, [], [spared], {}, question, IL_REFERENCE).misconceptions  # "decisions" unsaid
    last = _il("Interleaving can replace A/B tests for revenue and retention decisions")
    assert not assess(text, [], [last], {}, question, IL_REFERENCE).misconceptions
    right = "Interleaving is sensitive, yet revenue and retention still need an A/B test."
    assert not assess(right, [], [spared], {}, question, IL_REFERENCE).misconceptions
    monkeypatch.setattr("offerloop.feedback.align.WRONG_WORDS_SPARED", 0)
    assert not assess(text, [], [spared], {}, question, IL_REFERENCE).misconceptions


# -- the topic the question names may be left to "it" (fourth round) -----------------------------------
SVD_REFERENCE = "The SVD factorises any real matrix, of any shape, as U Sigma V transpose with orthonormal U and V."
SVD_MISCONCEPTION = Misconception("m", "The SVD is defined only for square matrices", ["re:\\bno cue here\\b"],
                                  "Every real matrix has an SVD, rectangular ones included.")


@pytest.mark.parametrize("second, said", [
    ("It exists only for square matrices.", True),
    ("Rotations exist only for square matrices.", False),  # another thing, not the topic, said of it
])
def test_a_misconception_about_the_questions_topic_may_leave_the_topic_to_a_pronoun(second, said, monkeypatch):
    text = "The SVD writes a matrix as three factors. " + second
    result = assess(text, [], [SVD_MISCONCEPTION], {}, "What is the SVD?", SVD_REFERENCE)
    assert bool(result.misconceptions) is said
    monkeypatch.setattr("offerloop.feedback.align.TOPIC_BY_PRONOUN", False)
    assert not assess(text, [], [SVD_MISCONCEPTION], {}, "What is the SVD?", SVD_REFERENCE).misconceptions


# -- a point about a subject said in a sentence bound to no subject (fourth round) ---------------------
MIX_SUBJECTS = {"mixup": ["mixup"], "cutmix": ["cutmix"]}
MIX_REFERENCE = ("Mixup blends two images and their labels with a weight drawn from a Beta distribution. "
                 "CutMix pastes a patch from another image and mixes the labels by the patch area.")
MIX_CLAIMS = [Claim("mix", "Mixup blends two inputs and their labels", ["re:\\bzzz\\b"], subject="mixup"),
              Claim("cut", "CutMix pastes a patch and mixes labels by area", ["re:\\byyy\\b"], subject="cutmix")]


@pytest.mark.parametrize("text, covered", [
    ("The first method blends two images and their labels, with a weight from a Beta distribution.", True),
    ("The first method blends two pictures.", False),  # half of a short point, but under three words
    ("CutMix blends two images and their labels, with a weight from a Beta distribution.", False),  # other subject
])
def test_a_sentence_naming_no_subject_may_say_half_of_a_subjects_point(text, covered, monkeypatch):
    question = "How do mixup and CutMix work?"
    result = assess(text, MIX_CLAIMS, (), MIX_SUBJECTS, question, MIX_REFERENCE, paraphrase=True)
    assert (status(result, "mix") == "covered") is covered and status(result, "cut") == "missed"
    monkeypatch.setattr("offerloop.feedback.align.UNBOUND_SHARE", None)
    result = assess(text, MIX_CLAIMS, (), MIX_SUBJECTS, question, MIX_REFERENCE, paraphrase=True)
    assert status(result, "mix") == "missed"


@pytest.mark.parametrize("text, said", [
    ("With the ADF test, a small p-value means the series is not stationary.", True),  # "non-" said as "not"
    ("With the ADF test, a small p-value means the series is stationary.", False),
])
def test_non_in_a_misconception_is_read_as_a_denial_of_the_word_it_joins(text, said):
    reference = "The ADF test has a unit root as its null, so a low p-value rejects it and suggests stationarity."
    mis = Misconception("m", "A small p-value in the ADF test means the series is non-stationary", ["re:\\bzzz\\b"],
                        "In the ADF test a low p-value rejects the unit root: evidence of stationarity.")
    assert bool(assess(text, [], [mis], {}, "What is stationarity?", reference).misconceptions) is said


def test_exists_is_a_light_word_in_a_misconception():
    # "exist" was the only word of "SVD exists only for square matrices" the model answer lacks: a sentence
    # about "the ratings that exist" said it, and with "svd", "only", "matrix" passed for the misconception
    reference = ("Any real matrix, square or not, has an SVD. Matrix factorisation for recommendations is inspired "
                 "by SVD, but it is fitted only on the observed ratings.")
    mis = Misconception("m", "SVD exists only for square matrices", ["re:\\bzzz\\b"],
                        "Every real matrix has an SVD, square or not.")
    text = "The rating-matrix factorisations people call SVD are really learned only from the ratings that exist."
    assert not assess(text, [], [mis], {}, "What is the singular value decomposition?", reference).misconceptions
