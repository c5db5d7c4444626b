"""Typed-answer feedback: paraphrase, word order, inflection and typos; strong answers beat weak ones."""

import pytest

from offerloop.cards.feedback import assess, match_cue, stem, suggest_rating, tokenize, uncovered_by_own_answer
from offerloop.content.loader import load_bank

POINTS = [
    ("learning rate sets the step", ["learning rate"]),
    ("L1 gives sparse weights", ["exactly zero weights"]),
    ("regularisation reduces overfitting", ["regularization reduces overfitting"]),
]


def test_inflections_share_a_stem():
    assert stem("regularization") == stem("regularised") == stem("regularizing") == stem("regularize")
    assert stem("overfitting") == stem("overfits") == stem("overfitted")
    assert stem("biases") == stem("bias")
    assert stem("generative") != stem("generalization")


def test_word_order_and_inflection_do_not_matter():
    assert match_cue("regularization reduces overfitting", tokenize("overfitting is what regularizing reduced")).hit


def test_a_typo_is_forgiven_but_a_different_word_is_not():
    assert match_cue("regularization", tokenize("we add regulrization to the loss")).hit
    assert match_cue("gradient", tokenize("follow the gradeint downhill")).hit
    assert not match_cue("recall", tokenize("the model is really fast")).hit


def test_synonyms_from_the_ml_vocabulary():
    assert match_cue("learning rate", tokenize("the step size must be tuned")).hit
    assert match_cue("overfit", tokenize("the tree has high variance")).hit
    assert match_cue("sensitivity", tokenize("we want a high true positive rate")).hit


def test_repeating_the_question_earns_nothing():
    points = [("L1 gives sparsity", ["lasso", "sparse"]), ("L2 is ridge", ["ridge"])]
    question = "What is the difference between L1 and L2 regularization?"
    assert assess("L1 and L2 are two kinds of regularization.", points, question).score == 0
    assert assess("L1 and L2 are two kinds of regularization.", points).score == 1.0  # l1 ~ lasso, l2 ~ ridge
    assert assess("The lasso gives sparse weights, ridge does not.", points, question).score == 1.0


def test_words_far_apart_do_not_make_a_phrase():
    far = "zero " + "filler words about something entirely unrelated to the topic " * 3 + "weights"
    assert not match_cue("exactly zero weights", tokenize(far)).hit


def test_scores_rank_and_rate():
    full = assess("Regularising cuts overfitting; lasso drives weights to exactly zero; the learning rate "
                  "is the step.", POINTS)
    assert full.score == 1.0 and full.suggested_rating == "easy" and full.missed == []
    part = assess("You must choose the step size carefully.", POINTS)
    assert part.covered == ["learning rate sets the step"]
    assert part.score == pytest.approx(1 / 3, abs=0.01) and part.suggested_rating == "hard"
    none = assess("No idea, sorry.", POINTS)
    assert none.score == 0 and none.suggested_rating == "again" and len(none.missed) == 3
    revealed = assess("", POINTS)
    assert revealed.suggested_rating is None  # nothing typed: the user rates themselves


def test_rating_thresholds():
    assert [suggest_rating(x) for x in (0.0, 0.29, 0.3, 0.59, 0.6, 0.84, 0.85, 1.0)] == [
        "again", "again", "hard", "hard", "good", "good", "easy", "easy"]


def test_evidence_points_at_the_words_typed():
    result = assess("I would pick a smaller step-size", POINTS)
    assert result.points[0].evidence == "step-size"


STRONG_WEAK = {
    "gradient-descent": (
        "Gradient descent is an iterative optimiser: at every step you compute the gradiant of the loss with "
        "respect to the weights and move the parameters a little in the opposite direction, w = w - lr * grad, "
        "so the loss goes down. The step size is crucial - too big and it overshoots or diverges, too small "
        "and it crawls. On a convex problem it reaches the global minimum, otherwise it can stall in local "
        "minima or saddle points. In practice people use the stochastic or mini-batch version, often with "
        "momentum or Adam.",
        "It is an algorithm used to train models, it goes down a hill.",
    ),
    "bias-variance-tradeoff": (
        "The expected test error can be decomposed into bias squared plus variance plus irreducible noise. "
        "Bias is error from a model that is too simple and underfits; variance is how sensitive the fit is to "
        "the particular training sample, which is overfiting. Making the model more complex lowers bias but "
        "raises variance, so test error is U-shaped and you look for the sweet spot. To fight variance: "
        "regularisation, more data, bagging; for bias: a richer model or boosting. I check it with learning "
        "curves and the gap between training and validation error.",
        "Bias and variance are both kinds of error and you need to balance them.",
    ),
    "l1-vs-l2-regularization": (
        "Both add a penalty on the weights to the loss to reduce overfitting. L1, the lasso, adds the sum of "
        "absolute values and pushes many coefficients to exactly zero, so it does feature selction; L2, ridge "
        "or weight decay, adds the sum of squares and shrinks all weights smoothly, which is more stable with "
        "correlated features. From a Bayesian angle L2 is a Gaussian prior and L1 a Laplace prior. Elastic net "
        "mixes them; lambda is the strength and features should be standardized first.",
        "L1 and L2 are two kinds of regularization with different norms.",
    ),
    "precision-vs-recall": (
        "Precision is TP over TP plus FP: of the items I flagged, how many are right. Recall, or sensitivity, is "
        "TP over TP plus FN: of all real positives, how many I caught. Moving the decision treshold trades one "
        "for the other. I favour precision when a false positive is expensive, like spam filters, and recall "
        "when missing a case is costly, like cancer screening or fraud. To summarise both I use F1 or F-beta, "
        "or fix one as a constraint and maximise the other.",
        "Precision and recall are classification metrics computed from the confusion matrix.",
    ),
    "imbalanced-datasets": (
        "First, accuracy is misleading because predicting the majority class scores high, so I look at PR-AUC, "
        "F1 or a business cost. Then options: class weights in the loss, inverse to frequency; resampling such "
        "as oversampling with SMOTE or undersampling, done only on the training fold; tuning the decision "
        "threshold; balanced random forests or other ensembles; and with extreme imbalance, treating it as "
        "anomaly detection. I also use stratified splits so the class ratio is kept.",
        "I would collect more data and train a model.",
    ),
    "attention-qkv": (
        "Each token embedding is projected by learned matrices into a query, a key and a value. Scores are dot "
        "products of queries with keys, divided by the square root of d_k, passed through a softmax, and the "
        "weights give a weighted sum of the values: softmax(QK^T/sqrt(d_k))V. The scaling stops the variance of "
        "the scores growing with dimension so the softmax does not saturate and gradients do not vanish. "
        "Multi-head attention runs several of these in parallel and concatenates them. The cost is quadratic "
        "in sequence length, and it appears as self-attention, causal masked attention and cross-attention.",
        "Attention lets the model focus on the important words in the sentence.",
    ),
    "bleu-vs-rouge": (
        "Both score generated text by n-gram overlap with human references. BLEU is precision oriented: clipped "
        "n-gram precisions combined with a geometric mean, plus a brevity penalty so very short outputs are not "
        "rewarded; it is the classic metric for machine translation. ROUGE is recall oriented, measuring how "
        "much of the reference is covered, with ROUGE-N for n-grams and ROUGE-L for the longest common "
        "subsequence; it is used for summarization. Both only match surface words, miss paraphrases and "
        "correlate weakly with human judgement, so I'd add BERTScore or human evaluation.",
        "They are two metrics for evaluating text generation.",
    ),
    "p-value": (
        "Assuming the null hypothesis is true, the p-value is the probability of getting data at least as "
        "extreme as what we observed. We compare it with a significance level alpha chosen beforehand, such as "
        "0.05, and reject the null if it is below. It is not the probability that the null is true, and it says "
        "nothing about effect size, so report the effect size with a confidence interval. Running many tests "
        "or peeking inflates false positives; correct with Bonferroni or Benjamini-Hochberg.",
        "A p-value tells you whether your result is important.",
    ),
    "discriminative-vs-generative": (
        "A discriminative model learns P(y|x) directly, or just the decision boundary between classes: logistic "
        "regression, SVMs, decision trees. A generative model learns the joint distribution P(x, y), typically "
        "P(x|y)P(y), and classifies with Bayes' rule: naive Bayes, Gaussian mixtures, hidden Markov models, "
        "GANs. With plenty of data discriminative models usually reach lower error; generative ones need less "
        "data but make stronger assumptions, and they can generate new samples, cope with missing features "
        "and spot outliers.",
        "One kind of model discriminates and the other one generates.",
    ),
    "cross-validation": (
        "Cross-validation estimates how a model generalizes to unseen data by training and testing on several "
        "splits. In k-fold you cut the data into k folds, train on k-1 and evaluate on the held-out fold, repeat "
        "k times and average; k is usually 5 or 10. It gives a lower-variance estimate than a single split at k "
        "times the cost. Variants: stratified, group k-fold, time series forward chaining, leave-one-out. It is "
        "used for model selection and hyperparameter tuning, with a separate test set or nested CV, and all "
        "preprocessing must be fit inside each fold to avoid leakage.",
        "You split the data and check the accuracy of the model.",
    ),
}


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.mark.parametrize("slug", sorted(STRONG_WEAK))
def test_a_strong_answer_scores_strictly_higher_than_a_weak_one(bank, slug):
    card = bank.cards[slug]
    points = [(k.point, k.cues) for k in card.key_points]
    strong_text, weak_text = STRONG_WEAK[slug]
    strong, weak = assess(strong_text, points, card.question), assess(weak_text, points, card.question)
    assert strong.score > weak.score, (slug, strong.missed, weak.covered)
    assert strong.score >= 0.6, (slug, strong.missed)
    assert weak.score <= 0.35, (slug, weak.covered)


def test_every_bank_card_is_covered_by_its_own_model_answer(bank):
    failing = {slug: uncovered_by_own_answer(c.answer, [(k.point, k.cues) for k in c.key_points], c.question)
               for slug, c in bank.cards.items()}
    assert {s: u for s, u in failing.items() if u} == {}


def test_a_partial_paraphrase_lands_between_strong_and_weak(bank):
    card = bank.cards["gradient-descent"]
    points = [(k.point, k.cues) for k in card.key_points]
    medium = assess("You repeatedly nudge the weights against the derivative of the cost, and the step size "
                    "has to be picked with care.", points, card.question)
    strong = assess(STRONG_WEAK["gradient-descent"][0], points, card.question)
    weak = assess(STRONG_WEAK["gradient-descent"][1], points, card.question)
    assert weak.score < medium.score < strong.score
    assert 2 <= len(medium.covered) <= 3 and medium.suggested_rating in ("hard", "good")


# test_content_check_reports_a_card_whose_answer_misses_its_own_key_point moved to
# tests/feedback/test_content_proofs.py, where it also checks contradictions, misconceptions and counts.


def test_formula_cues_must_appear_as_written():
    points = [("k-1 folds train", ["k-1"]), ("alpha is 0.05", ["0.05"])]
    assert assess("train on k - 1 of the folds; alpha 0.05", points).score == 1.0
    assert assess("train on k folds, 1 held out; alpha 0.5", points).score == 0.0


def test_a_three_word_cue_needs_all_three_words():
    points = [("TPR", ["true positive rate"])]
    assert assess("the true base rate matters", points).score == 0.0
    assert assess("the rate of true positives", points).score == 1.0


def test_a_word_in_two_groups_does_not_bridge_them():
    # "key" is an attention key, not a synonym of "crucial"
    assert not match_cue("keys", tokenize("this step is crucial")).hit
    assert match_cue("false positive is expensive", tokenize("false positives are costly here")).hit
    assert not match_cue("false positive is expensive", tokenize("false positives slow us down")).hit


def test_negation_is_respected_within_its_clause():
    sparse = [("L1 gives sparse weights", ["sparse weights"])]
    assert assess("L1 does not give sparse weights", sparse).score == 0
    assert assess("L1 doesn't give sparse weights", sparse).score == 0
    assert assess("L2 does not, but L1 gives sparse weights", sparse).score == 1.0
    assert assess("not only faster: L1 gives sparse weights", sparse).score == 1.0
    misreading = [("not P(H0 true)", ["not the probability that the null is true"])]
    assert assess("It isn't the probability that the null is true", misreading).score == 1.0
    assert assess("It is the probability that the null is true", misreading).score == 0


MEDIUM = {
    "p-value": "If the null were true, it's how likely we'd see a result this extreme or more. Below 0.05 we reject.",
    "precision-vs-recall": "Precision asks how many of my predicted positives are right, recall how many actual "
                           "positives I found; I'd push recall for cancer screening.",
    "cross-validation": "You rotate which chunk is held out: k-fold trains on the rest each time and you average the "
                        "scores, which tells you how well it generalises.",
}


@pytest.mark.parametrize("slug", sorted(MEDIUM))
def test_half_answers_score_between_weak_and_strong(bank, slug):
    card = bank.cards[slug]
    points = [(k.point, k.cues) for k in card.key_points]
    scores = [assess(text, points, card.question).score
              for text in (STRONG_WEAK[slug][1], MEDIUM[slug], STRONG_WEAK[slug][0])]
    assert scores[0] < scores[1] < scores[2]
    assert 0.3 <= scores[1] < 0.6  # "hard": the gist, not the whole answer
