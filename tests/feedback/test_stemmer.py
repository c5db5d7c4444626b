"""Snowball (the engine's stemmer) against the hand-written Porter-style stemmer it replaced.

The engine keeps Snowball only if it matches at least as well: it must join at least as many word
families and split at least as many different words as the old stemmer, on ML vocabulary."""

from offerloop.feedback.text import stem
from tests.feedback import legacy_porter

FAMILIES = [  # inflections and derivations a matcher must treat as one word
    ("regularization", "regularized", "regularizing", "regularize", "regularised", "regularisation"),
    ("overfitting", "overfits", "overfitted", "overfit"),
    ("normalization", "normalize", "normalized", "normalising"),
    ("standardization", "standardize", "standardized", "standardise"),
    ("bias", "biases", "biased"),
    ("generalization", "generalize", "generalizes", "generalise"),
    ("sparse", "sparsity"),
    ("hypothesis", "hypotheses"),
    ("increase", "increases", "increased", "increasing"),
    ("decrease", "decreases", "decreasing"),
    ("converge", "converges", "converging", "convergence"),
    ("probability", "probabilities"),
    ("classify", "classifies", "classified", "classifying"),
    ("sample", "samples", "sampled", "sampling"),
    ("optimize", "optimizes", "optimized", "optimise", "optimising"),
    ("correlated", "correlation", "correlations"),
    ("penalty", "penalties"),
    ("variance", "variances"),
    ("embedding", "embeddings"),
    ("shrink", "shrinks", "shrinking"),
    ("predict", "predicts", "predicted", "predicting"),
    ("cluster", "clusters", "clustered", "clustering"),
    ("estimate", "estimates", "estimated", "estimating"),
    ("matrix", "matrices"),
    ("index", "indices"),
    ("analysis", "analyses"),
    ("independent", "independently"),
    ("quantization", "quantize", "quantized"),
    ("tokenizer", "tokenizers"),
    ("stationary", "stationarity"),
]

DIFFERENT = [  # words a matcher must keep apart
    ("generative", "generalization"), ("general", "generate"), ("news", "new"), ("precision", "precise"),
    ("recall", "real"), ("positive", "position"), ("validation", "valid"), ("training", "trait"),
    ("variance", "various"), ("university", "universe"), ("organization", "organ"), ("policy", "police"),
    ("experiment", "expert"), ("absolute", "absolution"), ("relative", "relation"), ("normal", "norm"),
    ("mean", "meaning"), ("sparse", "spare"), ("dense", "density"), ("test", "testament"),
]


def _joined(stemmer) -> int:
    return sum(1 for family in FAMILIES if len({stemmer(w) for w in family}) == 1)


def _split(stemmer) -> int:
    return sum(1 for a, b in DIFFERENT if stemmer(a) != stemmer(b))


def test_snowball_matches_at_least_as_well_as_the_old_stemmer():
    new_joined, old_joined = _joined(stem), _joined(legacy_porter.stem)
    new_split, old_split = _split(stem), _split(legacy_porter.stem)
    print(f"\njoined families: snowball {new_joined}/{len(FAMILIES)}, old {old_joined}/{len(FAMILIES)}; "
          f"kept apart: snowball {new_split}/{len(DIFFERENT)}, old {old_split}/{len(DIFFERENT)}")
    assert new_joined >= old_joined and new_split >= old_split
    assert new_joined + new_split > old_joined + old_split


def test_the_engine_stem_joins_the_families_the_matcher_relies_on():
    for family in [FAMILIES[0], FAMILIES[1], FAMILIES[4], FAMILIES[6], FAMILIES[7]]:
        assert len({stem(w) for w in family}) == 1, family
    assert stem("generative") != stem("generalization")
