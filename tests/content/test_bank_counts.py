"""The bank keeps the sizes and the exact contracts the issues promised."""

from collections import Counter

from offerloop.content.loader import load_bank

BANK = load_bank()


def by_track(track):
    return [p for p in BANK.problems.values() if p.meta.track == track]


def test_ml_track_has_100_problems_and_the_published_contracts():
    ml = {p.slug: p.meta for p in by_track("ml")}
    assert len(ml) >= 100
    contracts = {
        "linear-regression": "linear_regression(X, y)",
        "kmeans": "kmeans(X, k, max_iters=100)",
        "train-test-split": "train_test_split(X, y, test_size=0.2, random_state=None)",
        "softmax": "softmax(z)",
        "precision-recall-f1": "precision_recall_f1(y_true, y_pred)",
        "roc-auc": "roc_auc(y_true, scores)",
        "scaled-dot-product-attention": "attention(Q, K, V, mask=None)",
        "bleu": "bleu(candidate, references, max_n=4)",
        "rouge-l": "rouge_l(candidate, reference)",
        "k-fold-indices": "k_fold_indices(n, k)",
        "standardize-train-test": "standardize(X_train, X_test)",
        "ndcg-at-k": "ndcg_at_k(relevances, k)",
        "int8-quantize": "quantize_int8(x)",
    }
    for slug, signature in contracts.items():
        assert ml[slug].signature == signature, slug
    assert ml["roc-auc"].scaling is not None and ml["roc-auc"].scaling.target == "O(n log n)"


def test_ml_topics_cover_the_seed_areas():
    topics = Counter(t for p in by_track("ml") for t in p.meta.topics)
    for topic in ("linear-algebra", "regression", "classification", "optimization", "regularization",
                  "classical-models", "evaluation", "statistics", "deep-learning", "transformers", "llm",
                  "ranking", "data-work"):
        assert topics[topic] >= 2, topic


# Algorithm problems whose complexity is not measured by a scaling check, and why that is right:
# backtracking answers are exponentially large themselves (no growth to compare), and design problems
# time many calls through a driver under the time limit. The rest, each with its reason:
OUTPUT_BOUND_PATTERNS = {"backtracking"}
NO_SCALING = {
    "reverse-bits": "the input is one 32-bit word",
    "happy-number": "the input is one number; the cycle check is the point, not growth",
    "integer-square-root": "one number up to 10**18: counting up meets the time limit",
    "rectangle-union-area": "constant-time arithmetic on two rectangles",
    "pascal-triangle": "the answer itself has n**2 numbers (n <= 60)",
    "set-matrix-zeroes": "a 600x600 hidden grid meets a per-zero method in the time limit",
}


def test_algo_track_is_neetcode_size_in_the_seed_mix_with_complexity_targets():
    from offerloop.content.schemas import ALGO_PATTERNS
    from offerloop.content.stats import seed_mix_floor

    algo = by_track("algo")
    mix = Counter(p.meta.difficulty for p in algo)
    assert len(algo) >= 150
    floor = seed_mix_floor(150)  # the seed's 15 : 30 : 5 scaled to the 150 problems: 45, 90, 15 at least
    assert all(mix[d] >= floor[d] for d in floor), (dict(mix), floor)
    patterns = Counter(p.meta.pattern for p in algo)
    assert set(patterns) == set(ALGO_PATTERNS) and min(patterns.values()) >= 3, patterns
    for p in algo:
        if p.meta.scaling is None:
            driven = "driver(" in p.cases_path.read_text()
            assert p.meta.pattern in OUTPUT_BOUND_PATTERNS or driven or p.slug in NO_SCALING, p.slug
        assert p.hints[0].startswith("Target") or "O(" in p.hints[0], p.slug  # hints lead with the target
    slugs = {p.slug: p.meta for p in algo}
    assert slugs["two-sum"].signature == "two_sum(nums, target)" and slugs["two-sum"].scaling
    assert slugs["max-subarray"].signature == "max_subarray(nums)" and slugs["max-subarray"].scaling


def test_python_data_tracks_and_cards_reach_their_sizes():
    assert len(by_track("python")) >= 40
    assert len(by_track("data")) >= 40
    assert all(set(p.meta.allowed_imports) & {"pandas", "sklearn"} for p in by_track("data"))
    assert len(BANK.cards) >= 400


def test_every_problem_has_three_wrong_solutions_and_hints_leading_with_a_target():
    for p in BANK.problems.values():
        assert len(p.wrong_paths) >= 3, p.slug
        assert p.hints, p.slug


def test_content_stats_counts_what_the_bank_holds(cli):
    import json

    from offerloop.content.schemas import ALGO_PATTERNS
    from offerloop.content.stats import bank_stats

    r = cli("content", "stats", "--json")
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data == json.loads(json.dumps(bank_stats(BANK)))
    tracks = data["problems"]["tracks"]
    for track in ("ml", "algo", "python", "data"):
        mine = by_track(track)
        assert tracks[track]["total"] == len(mine)
        assert tracks[track]["difficulty"] == {d: sum(p.meta.difficulty == d for p in mine) for d in ("easy", "medium", "hard")}
    patterns = data["problems"]["algo_patterns"]
    assert list(patterns) == list(ALGO_PATTERNS)
    assert sum(p["total"] for p in patterns.values()) == tracks["algo"]["total"]  # every algo problem names one
    assert data["cards"]["total"] == len(BANK.cards)
    table = cli("content", "stats").stdout
    for pattern in ALGO_PATTERNS:
        assert f"  {pattern} " in table, pattern
