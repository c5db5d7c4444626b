"""The PROBLEM framework as data: sections, time boxes, score weights, and the generic claims that
tell the feedback engine a section or a check is there (case-specific claims live in the content pack)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    letter: str
    title: str
    minutes: int
    prompt: str  # what the pane asks for
    headings: tuple[str, ...]  # words that name this section in a heading


SECTIONS: tuple[Section, ...] = (
    Section("problem", "P", "Problem definition", 5,
            "What is being built, for whom, the business goal and how it becomes an ML task.",
            ("problem", "goal", "objective", "framing", "clarif", "scope", "task definition", "business")),
    Section("requirements", "R", "Requirements", 5,
            "Functional and non-functional: latency, scale, availability, freshness.",
            ("requirement", "constraint", "non-functional", "nonfunctional", "functional", "slo", "sla")),
    Section("overview", "O", "Overview of the architecture", 10,
            "The high-level components, the models and the features (a Mermaid diagram helps).",
            ("overview", "architecture", "high-level", "high level", "component", "system design", "model and features",
             "modeling", "modelling")),
    Section("bottlenecks", "B", "Bottlenecks and trade-offs", 10,
            "Where it breaks at scale, what you trade for it, the ML pitfalls of this case.",
            ("bottleneck", "trade-off", "tradeoff", "trade off", "challenge", "risk", "deep dive", "scaling issue", "pitfall")),
    Section("links", "L", "Links: the data flow", 5,
            "How events, features, labels and models move between the components.",
            ("link", "data flow", "dataflow", "pipeline", "flow of data", "data path", "training loop")),
    Section("evaluation", "E", "Evaluation", 10,
            "Offline metrics, online metrics and the A/B test that decides the launch.",
            ("evaluation", "metric", "experiment", "a/b", "ab test", "testing", "measure")),
    Section("maintenance", "M", "Maintenance", 5,
            "Retraining, monitoring, scaling and the fallback when the model fails.",
            ("maintenance", "monitoring", "retrain", "operation", "fallback", "mlops", "upkeep", "ops")),
)

# Heading words that name a section only when no word above does ("Monitoring data drift" is maintenance).
WEAK_HEADINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("links", ("data", "label")),
    ("overview", ("design", "approach", "solution", "model", "serving")),
)

SECTION_KEYS: tuple[str, ...] = tuple(s.key for s in SECTIONS)
BY_KEY = {s.key: s for s in SECTIONS}
TOTAL_MINUTES = 60  # the round; the boxes add to 50, the rest is for questions and slack

# Score out of 100 (issue 13): each group's share of the total.
GROUPS: dict[str, tuple[tuple[str, ...], int]] = {
    "problem_requirements": (("problem", "requirements"), 20),
    "architecture_data_flow": (("overview", "links"), 30),
    "bottlenecks_tradeoffs": (("bottlenecks",), 25),
    "evaluation": (("evaluation",), 15),
    "maintenance": (("maintenance",), 10),
}

CHECK_KEYS: tuple[str, ...] = (
    "latency_number", "scale_number", "offline_metrics", "online_metrics", "ab_test", "monitoring", "fallback",
)

# Which checks count toward which score group (a group's score blends its claims and its checks).
CHECK_GROUP = {
    "latency_number": "problem_requirements", "scale_number": "problem_requirements",
    "offline_metrics": "evaluation", "online_metrics": "evaluation", "ab_test": "evaluation",
    "monitoring": "maintenance", "fallback": "maintenance",
}

# Generic claims (id, cues) whose presence shows a section is being addressed, whatever the case.
SIGNALS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "problem": (
        ("goal", ("the goal is", "business goal", "business objective", "we want to", "success means", "optimize for",
                  "north star", "our aim is", "the objective is")),
        ("framing", ("binary classification", "multi-class classification", "multiclass classification",
                     "ranking problem", "regression problem", "learning to rank", "frame it as", "framed as",
                     "ml objective", "predict the probability", "supervised learning", "forecasting problem",
                     "retrieval problem", "label is", "the input is", "the output is", "forecast sales",
                     "predict whether", "predict which", "predict how", "classify each", "the task is")),
    ),
    "requirements": (
        ("functional", ("functional requirement", "must return", "should return", "the system must", "has to return",
                        "must support", "users can")),
        ("non-functional", ("non-functional", "nonfunctional", "p99", "p95", "tail latency", "latency budget",
                            "availability", "throughput", "queries per second", "requests per second", "qps",
                            "daily active users", "freshness", "uptime", "latency under", "latency below", "latency",
                            "real time", "real-time", "every night", "nightly batch", "weekly batch",
                            "start within", "load quickly", "must be fast")),
    ),
    "overview": (
        ("components", ("architecture", "high-level design", "the components are", "candidate generation",
                        "feature store", "model server", "serving layer", "inference service", "api gateway",
                        "two-stage", "two stages", "retrieval stage", "ranking stage", "ranking model",
                        "scoring service", "vector index")),
        ("model", ("gradient boosted", "gradient boosting", "xgboost", "lightgbm", "logistic regression",
                   "neural network", "random forest", "naive bayes", "two-tower", "transformer", "embedding model", "deep model", "baseline model",
                   "features include", "feature set", "input features", "classifier", "bert", "cnn",
                   "vector database", "load balancer", "vllm", "embeddings of")),
    ),
    "bottlenecks": (
        ("bottleneck", ("bottleneck", "too slow", "hot spot", "hotspot", "does not scale", "the slowest part",
                        "latency budget is dominated", "fan-out", "expensive step")),
        ("tradeoff", ("trade-off", "tradeoff", "at the cost of", "in exchange for", "the downside is", "we trade",
                      "instead of", "precompute", "pre-compute", "quantization", "quantize", "distillation",
                      "caching", "approximate nearest neighbor", "shard")),
    ),
    "links": (
        ("flow", ("data flow", "flows into", "flows to", "written to", "streamed to", "published to", "kafka",
                  "event stream", "message queue", "pubsub", "logged to", "data lake", "data warehouse",
                  "ingestion", "logging pipeline", "feeds into")),
        ("training-path", ("training pipeline", "batch job", "spark job", "nightly job", "model registry",
                           "pushed to", "deployed to", "feature pipeline", "airflow", "backfill", "joined with labels",
                           "training data is built")),
    ),
    "evaluation": (
        ("offline", ("offline metric", "offline evaluation", "holdout set", "held-out", "validation set",
                     "precision", "recall", "auc", "ndcg", "log loss", "mean absolute error", "rmse", "mape",
                     "f1 score", "mean reciprocal rank", "hit rate", "backtest", "accuracy", "test set",
                     "random split", "time-based split", "train test split")),
        ("online", ("online metric", r"re:\ba ?/? ?b[ -]?tests?\b", "online experiment", "click-through rate",
                    "conversion rate", "engagement", "treatment group", "control group", "statistical significance",
                    "interleaving", "guardrail metric", "thumbs up", "in production")),
    ),
    "maintenance": (
        ("retrain", ("retrain", "retraining", "re-train", "continuous training", "fine-tune weekly",
                     "refresh the model", "model refresh", "new model every")),
        ("operate", ("monitor", "monitoring", "drift", "alert", "dashboard", "fallback", "fall back", "rollback",
                     "roll back", "scale horizontally", "autoscal", "on-call", "canary")),
    ),
}

# Checks the engine judges by claims (numbers are checked by pattern in checks.py).
CHECK_CLAIMS: dict[str, tuple[str, ...]] = {
    "offline_metrics": (
        "offline metric", "precision at k", "precision@k", "recall at k", "recall@k", "ndcg", "auc", "roc auc",
        "pr auc", "area under the curve", "log loss", "cross entropy", "rmse", "root mean squared error",
        "mean absolute error", "mape", "f1 score", "mean reciprocal rank", "mrr", "hit rate", "precision and recall",
        "recall at a fixed precision", "precision at a fixed recall", "backtest", "accuracy", "wape", "mean average precision",
        "faithfulness", "groundedness", "exact match", "tokens per second", "time to first token",
    ),
    "online_metrics": (
        "online metric", "click-through rate", "ctr", "conversion rate", "engagement", "dwell time", "watch time",
        "session length", "retention rate", "revenue per session", "revenue per user",
        "revenue per thousand", "chargeback rate", "complaint rate",
        "thumbs up", "acceptance rate", "save rate", "stockout", "saved customers", "business metric in production",
        "time spent", "keystrokes saved", "user ratings", "cancellation rate", "booking conversion",
        "purchases per search", "complaints", "prevalence", "overturn rate", "cost per million tokens", "deflected support tickets", "resolution rate",
    ),
    "ab_test": (
        r"re:\ba ?/? ?b[ -]?tests?\b", "online experiment", "controlled experiment", "randomized experiment",
        "treatment and control", "treatment group", "control group", "interleaving", "holdout group",
        "split traffic", "percent of traffic", "statistical significance", "shadow mode",
        "canary", "switchback",
    ),
    "monitoring": (
        "monitor", "monitoring", "drift", "data quality", "alert", "dashboard", "model metrics",
        "feature distribution", "population stability", "gpu utilization", "gpu utilisation",
    ),
    "fallback": (
        "fallback", "fall back", "falls back", "rules-based", "rule-based", "default to", "degrade gracefully",
        "graceful degradation", "circuit breaker", "last known good",
        "previous model", "cached results", "heuristic when the model", "if the model fails", "if the model is down",
        "static list", "rules engine", "reverse chronological",
        r"re:\b(if|when|whenever)\b.{0,50}\b(fails?|is down|goes down|times out|is unavailable|crashes)\b",
    ),
}
