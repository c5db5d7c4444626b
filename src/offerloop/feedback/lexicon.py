"""The engine's vocabulary as data: stopwords, negators, synonym groups and antonym pairs.

Synonym groups list phrasings of one idea; a phrase found in a text tags its words with the group's
concept, and words sharing a concept match each other. Antonym pairs are the opposites a claim can be
turned into ("increases" / "decreases"): said of a claim's subject they contradict it. Words of one
antonym pair must never share a synonym group.
"""

from __future__ import annotations

STOPWORDS = frozenset("""
a an the of to in on for by with at from as into onto about via per than then so such
is are was were be been being am it its it's this that these those there here
and or but if while because since though although whereas
which who whom whose what when where how why
i we you they he she them us our your their my me his her
do does did doing done have has had having can could would should will shall may might must
just also very really quite rather basically actually simply
e g eg ie etc i.e e.g
not no nor without
isn aren wasn weren doesn don didn won wouldn shouldn couldn hasn haven hadn
one's
""".split())

# Words that negate the few content words after them, within their clause.
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "cannot", "neither", "rarely", "seldom",
                      "hardly", "barely", "none", "nothing", "lack", "lacks", "lacking"})
NOT_NEGATING = frozenset({"only", "just", "merely", "matter"})  # "not only X but also Y" negates nothing
# Words that start a new clause (negation and antonyms do not reach across them).
CLAUSE_WORDS = frozenset({"but", "however", "although", "though", "whereas", "while", "yet", "instead",
                          "rather", "and", "unlike", "so", "because", "which", "whilst", "then"})
# A subject named right after these is the one being contrasted, not the one being described:
# "L1, unlike L2, gives sparse weights".
CONTRAST_BEFORE = frozenset({"unlike", "not", "than", "vs", "versus", "over", "without", "nor", "neither"})
CONTRAST_PAIRS = frozenset({("instead", "of"), ("rather", "than"), ("compared", "to"), ("compared", "with"),
                            ("as", "opposed"), ("different", "from")})
# A sentence that starts with one of these continues the subject of the sentence before it.
CONTINUATIONS = frozenset({"it", "its", "this", "they", "their", "these", "those", "so", "hence", "thus",
                           "therefore", "also", "here"})
# A sentence with one of these words talks about a wrong claim instead of making it
# ("a common misreading is that ..."): a misconception found there is not asserted.
DISAVOWALS = frozenset({"wrong", "wrongly", "mistake", "mistaken", "mistakenly", "misconception", "myth",
                        "misreading", "misread", "misinterpretation", "misinterpret", "incorrect", "incorrectly",
                        "fallacy", "misleading", "untrue", "erroneous", "confuse", "confused",
                        "confusion", "misunderstanding", "trap", "pitfall", "tempting", "myths"})

# Verbs and function words: a text made of few of them and many nouns is a keyword list.
RELATION_WORDS = frozenset("""
is are was were be been being am has have had do does did can could would should will shall may might must
means gives give makes make causes leads reduces increases lowers raises adds uses measures controls prevents
helps tells shows computes returns picks pushes drives shrinks keeps trades becomes become stays depends learns
predicts needs takes divides multiplies compares assumes works fits gets catches flags misses avoids requires
combines favour favor prefer prefers chooses optimises optimizes maximises maximizes minimises minimizes
penalises penalizes encourages tends lets allows produces creates grows goes moves
when if because so since while whereas but which that who where how why then than by of to in on for with
from into over under between without not no never only also each every it they this these you we
""".split())

# Words too common to carry a claim alone: a one-word cue made of one of them never contradicts.
COMMON_WORDS = frozenset("""
data model models power alpha prior value values error errors loss train training test testing feature features
weight weights rate rates time times set sets point points result results number numbers size sample samples
class classes output outputs input inputs score scores metric metrics method methods way ways thing things use
used case cases good bad high low large small big more less new old first last same different work works step
steps example examples problem problems learn learning function functions parameter parameters mean average
layer layers network networks token tokens word words text user users item items system systems
""".split())

SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("learning rate", "step size", "eta", "lr"),
    ("overfit", "overfitting", "over fit", "high variance", "memorize the training data", "memorise noise",
     "fits the noise", "fail to generalize", "memorizes", "memorises"),
    ("underfit", "underfitting", "under fit", "high bias", "too simple"),
    ("regularization", "penalty", "penalize", "penalise", "shrinkage", "shrink"),
    ("l1", "lasso", "l1 norm", "absolute value", "absolute values", "manhattan"),
    ("l2", "ridge", "l2 norm", "squared magnitude", "squared weights", "weight decay", "tikhonov", "euclidean"),
    ("sparse", "sparsity", "exactly zero", "zero weights", "zeroes out", "zeros out", "feature selection",
     "set to zero", "driven to zero"),
    ("gradient", "derivative", "slope", "partial derivatives"),
    ("minimum", "minima", "minimize", "minimise", "optimum", "lowest point"),
    ("loss", "cost", "objective", "error function", "loss function", "cost function"),
    ("converge", "convergence", "settle"),
    ("sgd", "stochastic gradient descent"),
    ("minibatch", "mini batch", "mini-batch", "small batch", "batch of examples"),
    ("epoch", "full pass", "pass over the data"),
    ("momentum", "velocity", "moving average of gradients"),
    ("adam", "adaptive learning rate", "adaptive moment"),
    ("hyperparameter", "hyper parameter", "hyperparameters", "knob", "setting"),
    ("parameter", "weight", "weights", "coefficient", "coefficients"),
    ("feature", "features", "predictor", "input variable", "covariate", "attribute", "column"),
    ("label", "target", "ground truth", "outcome"),
    ("example", "sample", "observation", "data point", "instance", "row", "record"),
    ("dataset", "data set"),
    ("training set", "train set", "training data", "train data", "training split"),
    ("validation set", "validation data", "dev set", "held out set", "held-out", "holdout"),
    ("test set", "test data", "unseen data", "new data"),
    ("generalize", "generalise", "generalization", "unseen data", "new data", "out of sample"),
    ("cross validation", "cross-validation", "k fold", "k-fold", "cv"),
    ("fold", "folds", "split", "partition", "subset", "chunk"),
    ("false positive", "type i error", "false alarm", "fp", "wrongly flagged"),
    ("false negative", "type ii error", "miss", "missed positive", "fn", "missed case"),
    ("true positive", "tp", "hit", "correctly flagged"),
    ("recall", "sensitivity", "true positive rate", "tpr", "hit rate"),
    ("precision", "positive predictive value", "ppv"),
    ("specificity", "true negative rate", "tnr"),
    ("f1", "f1 score", "f score", "harmonic mean"),
    ("auc", "area under the curve", "roc auc", "auroc"),
    ("pr auc", "average precision", "precision recall curve", "auprc"),
    ("threshold", "cutoff", "cut off", "decision threshold", "operating point", "cut point"),
    ("accuracy", "share of correct predictions", "fraction correct"),
    ("imbalance", "imbalanced", "skewed", "unbalanced", "rare class", "class imbalance"),
    ("minority class", "rare class", "positive class", "minority"),
    ("majority class", "common class", "majority", "dominant class"),
    ("oversample", "oversampling", "upsample", "upsampling", "duplicate minority", "smote"),
    ("undersample", "undersampling", "downsample", "downsampling"),
    ("class weight", "class weights", "weighted loss", "cost sensitive", "cost-sensitive", "reweight"),
    ("null hypothesis", "h0", "no effect", "no difference"),
    ("p value", "p-value", "pvalue"),
    ("significance level", "alpha", "significance threshold"),
    ("probability", "chance", "likelihood of seeing", "odds of seeing"),
    ("extreme", "at least as extreme", "as or more extreme", "more unusual"),
    ("query", "queries", "q"),
    ("key", "keys", "k"),
    ("value", "values", "v"),
    ("dot product", "inner product", "scalar product", "dot products"),
    ("softmax", "normalized exponential", "normalise into probabilities", "normalize into probabilities"),
    ("scale", "scaled", "scaling", "divide by square root", "sqrt dk", "square root of d"),
    ("weighted sum", "weighted average", "weighted combination", "convex combination", "weighted mix"),
    ("attention", "self attention", "self-attention", "attend"),
    ("multi head", "multi-head", "multihead", "several heads", "multiple heads"),
    ("n gram", "ngram", "n-gram", "word sequences", "bigram", "unigram"),
    ("overlap", "overlapping", "shared", "match", "matching", "in common"),
    ("reference", "references", "human translation", "human summary", "gold"),
    ("brevity penalty", "short candidate", "length penalty", "too short"),
    ("translation", "machine translation", "mt"),
    ("summarization", "summarisation", "summary", "summaries"),
    ("discriminative", "conditional model", "p y given x", "p y x", "decision boundary"),
    ("generative", "joint distribution", "joint probability", "p x y", "p x given y", "generate new data"),
    ("bayes", "bayes rule", "bayes theorem"),
    ("naive bayes", "nb"),
    ("logistic regression", "logreg", "logit model"),
    ("mse", "mean squared error", "squared error"),
    ("mae", "mean absolute error", "absolute error"),
    ("cross entropy", "cross-entropy", "log loss", "logistic loss", "negative log likelihood", "nll"),
    ("neural network", "neural net", "nn", "deep network", "mlp"),
    ("transformer", "transformers"),
    ("llm", "large language model", "language model"),
    ("rag", "retrieval augmented generation", "retrieval-augmented"),
    ("fine tune", "finetune", "fine-tune", "fine tuning", "finetuning"),
    ("distillation", "knowledge distillation", "teacher student", "student model"),
    ("quantization", "quantisation", "lower precision", "int8", "int4", "fewer bits"),
    ("embedding", "embeddings", "vector representation", "dense vector"),
    ("tradeoff", "trade off", "trade-off", "balance"),
    ("complexity", "complex", "flexible", "flexibility", "capacity", "expressive"),
    ("simple", "simpler", "less flexible", "rigid", "low capacity"),
    ("noise", "noisy", "random error", "irreducible error"),
    ("average", "mean", "averaged", "averaging"),
    ("estimate", "estimator", "approximation", "approximate"),
    ("reduce", "decrease", "lower", "cut", "drop", "diminish", "fall", "less", "fewer", "smaller"),
    ("increase", "raise", "grow", "boost", "higher", "more", "rise", "larger", "bigger"),
    ("large", "big", "high", "huge", "great"),
    ("small", "low", "tiny", "little", "few"),
    ("fast", "quick", "quickly", "speedy"),
    ("slow", "slowly", "sluggish"),
    ("expensive", "costly", "pricey", "cost a lot"),
    ("cheap", "inexpensive", "low cost"),
    ("use", "utilize", "utilise", "employ", "apply", "rely"),
    ("choose", "pick", "select", "prefer", "favour", "favor"),
    ("important", "matters", "critical", "crucial", "essential"),
    ("direction", "opposite direction", "negative gradient", "downhill", "steepest descent"),
    ("iterate", "iteratively", "repeatedly", "step", "steps", "update", "updates"),
    ("diverge", "overshoot", "oscillate", "bounce", "blow up"),
    ("local minimum", "local minima", "saddle point"),
    ("feature scaling", "standardize", "normalize inputs", "standardization", "standardise", "rescale features"),
    ("correlated", "collinear", "multicollinear", "collinearity", "multicollinearity"),
    ("variance", "spread", "variability", "instability"),
    ("leakage", "leak", "leaking", "data leakage", "peek at the test"),
    ("interpretable", "interpretability", "explainable", "explainability", "easy to explain"),
    ("vanishing gradient", "vanishing gradients", "gradients shrink", "gradients die"),
    ("exploding gradient", "exploding gradients", "gradients blow up"),
    ("batch normalization", "batchnorm", "batch norm"),
    ("layer normalization", "layernorm", "layer norm"),
    ("dropout", "drop out", "randomly zero activations"),
    ("ensemble", "ensembling", "combine models", "committee"),
    ("bagging", "bootstrap aggregating", "bootstrap aggregation"),
    ("boosting", "sequentially corrects", "fits the residuals"),
    ("decision tree", "tree"),
    ("random forest", "forest of trees"),
    ("cluster", "clusters", "clustering", "group", "groups"),
    ("centroid", "cluster center", "cluster centre", "mean of the cluster"),
    ("dimensionality reduction", "reduce dimensions", "fewer dimensions", "project down"),
    ("principal component", "principal components", "pca"),
    ("eigenvector", "eigenvectors", "eigen vector"),
    ("covariance", "covariance matrix"),
    ("tokens", "token", "subword", "subwords", "word piece"),
    ("context window", "context length", "context size"),
    ("prompt", "prompting", "instruction"),
    ("hallucination", "hallucinate", "made up", "invented facts", "confabulation"),
    ("retrieve", "retrieval", "look up", "fetch", "search"),
    ("latency", "response time", "delay"),
    ("throughput", "requests per second", "qps"),
    ("drift", "distribution shift", "data drift", "covariate shift"),
    ("monitor", "monitoring", "track", "alert", "alerting"),
    ("a b test", "ab test", "a/b test", "online experiment", "split test", "controlled experiment"),
    ("confidence interval", "interval estimate", "error bars"),
    ("sample size", "number of samples", "more data", "n"),
    ("standard error", "standard errors"),
    ("independent", "independence", "iid"),
    ("prior", "prior distribution", "prior belief"),
    ("posterior", "posterior distribution", "updated belief"),
    ("likelihood", "likelihood function"),
    ("maximum likelihood", "mle"),
    ("map", "maximum a posteriori", "map estimate", "map estimation"),
    ("recommend", "recommendation", "recommendations", "recommender"),
    ("cold start", "new users", "new items", "no history"),
    ("collaborative filtering", "user item matrix", "similar users"),
    ("content based", "content-based", "item features"),
    ("matrix factorization", "matrix factorisation", "latent factors"),
    ("ranking", "rank", "ordering", "order the results"),
    ("encoder", "encoders", "encoding side"),
    ("decoder", "decoders", "decoding side"),
    ("positional encoding", "position embedding", "positional embedding", "position information"),
    ("sequence length", "length of the sequence", "number of tokens", "sequence size"),
    ("quadratic", "n squared", "squared in the length", "o n 2"),
    ("linear", "linearly", "o n"),
    ("parallel", "in parallel", "parallelize", "parallelise", "concurrently"),
    ("sequential", "sequentially", "one after another", "step by step"),
    ("kernel", "kernel trick"),
    ("margin", "maximum margin", "widest gap"),
    ("support vector", "support vectors", "svm"),
    ("residual", "residuals", "leftover error"),
    ("outlier", "outliers", "extreme values", "anomaly", "anomalies"),
    ("robust", "robustness", "insensitive"),
    ("missing values", "missing data", "nulls", "nan", "gaps in the data"),
    ("impute", "imputation", "fill in", "fill missing"),
    ("one hot", "one-hot", "dummy variables", "dummy encoding"),
    ("categorical", "category", "categories", "nominal"),
    ("normalize", "normalise", "normalization", "normalisation", "min max", "min-max"),
    # abbreviations and their spelled-out names
    ("svm", "support vector machine", "support vector machines"),
    ("knn", "k nearest neighbours", "k nearest neighbors", "k-nearest neighbours", "k-nearest neighbors"),
    ("pca", "principal component analysis"),
    ("lda", "linear discriminant analysis"),
    ("gbm", "gradient boosting machine", "gradient boosted trees", "gbdt"),
    ("roc", "receiver operating characteristic"),
    ("fpr", "false positive rate", "fall out"),
    ("fnr", "false negative rate", "miss rate"),
    ("em", "expectation maximization", "expectation maximisation"),
    ("kl", "kl divergence", "kullback leibler", "relative entropy"),
    ("rnn", "recurrent neural network", "recurrent network", "recurrent net"),
    ("lstm", "long short term memory", "long short-term memory"),
    ("gru", "gated recurrent unit"),
    ("cnn", "convolutional neural network", "convolutional network", "convnet"),
    ("gan", "generative adversarial network"),
    ("vae", "variational autoencoder", "variational auto encoder"),
    ("tf idf", "tf-idf", "tfidf", "term frequency inverse document frequency"),
    ("ndcg", "normalized discounted cumulative gain", "normalised discounted cumulative gain"),
    ("mrr", "mean reciprocal rank"),
    ("gd", "gradient descent", "batch gradient descent"),
    ("lora", "low rank adaptation", "low-rank adaptation", "low rank adapters"),
    ("rlhf", "reinforcement learning from human feedback"),
    ("dpo", "direct preference optimization", "direct preference optimisation"),
    ("kv cache", "key value cache", "key-value cache", "cached keys and values"),
    ("ann", "approximate nearest neighbour", "approximate nearest neighbor", "approximate nearest neighbours"),
    ("hnsw", "hierarchical navigable small world"),
    ("smote", "synthetic minority oversampling", "synthetic minority over-sampling"),
    ("iqr", "interquartile range", "inter-quartile range"),
    ("vif", "variance inflation factor"),
    ("shap", "shapley values", "shapley additive explanations"),
    ("ctr", "click through rate", "click-through rate"),
    ("ltv", "lifetime value", "customer lifetime value"),
    ("oov", "out of vocabulary", "unknown words"),
    ("bpe", "byte pair encoding", "byte-pair encoding"),
    ("mcmc", "markov chain monte carlo"),
    ("gmm", "gaussian mixture model", "gaussian mixture models", "mixture of gaussians"),
    ("dbscan", "density based clustering", "density-based clustering"),
    ("t sne", "t-sne", "tsne"),
    ("rmse", "root mean squared error", "root mean square error"),
    ("mape", "mean absolute percentage error"),
    ("r2", "r squared", "coefficient of determination"),
    ("iid", "independent and identically distributed", "i.i.d"),
    ("sla", "service level agreement"),
    ("p99", "99th percentile", "tail latency"),
    # everyday words for the same ideas: how people answer who never read the card's wording
    ("spam", "junk", "junk mail", "junk folder", "unwanted email"),
    ("cancer", "tumour", "tumor", "disease", "diagnosis", "illness", "patient"),
    ("fraud", "fraudulent", "stolen card", "scam", "chargeback"),
    ("effect size", "size of the effect", "size of the change", "magnitude of the effect", "practical significance"),
    ("confidence interval", "plausible range", "range of plausible values", "margin of error"),
    ("multiple comparisons", "multiple testing", "many tests", "many variants", "many comparisons",
     "compare twenty variants", "lots of tests"),
    ("peeking", "keep checking", "checking early", "stop early when significant", "optional stopping"),
    ("decompose", "decomposition", "decomposes"),
    ("u shaped", "u-shaped", "falls and then rises", "falls then climbs", "goes down then up", "sweet spot"),
    ("memorize", "memorise", "memorises", "memorizes", "learns the noise", "latch onto noise", "quirks"),
    ("parallel", "side by side", "independently of each other"),
    ("sequential", "one after another", "in sequence", "relay"),
    ("bootstrap", "resample with replacement", "drawn with replacement", "sampling with replacement"),
    ("weak learner", "weak learners", "stump", "stumps", "small trees", "shallow trees"),
    ("majority vote", "voting"),
    ("gaussian", "normal distribution", "bell curve", "bell-shaped", "bell shaped"),
    ("laplace", "double exponential", "double-exponential"),
    ("orthogonal", "perpendicular", "uncorrelated directions", "at right angles"),
    ("eigenvalue", "eigenvalues", "explained variance", "variance explained"),
    ("nearest neighbour", "nearest neighbor", "closest point", "closest neighbour", "knn", "k nearest"),
    ("centroid", "centre", "center", "cluster mean"),
    ("learning curve", "learning curves", "error against training size", "error as data grows"),
    ("train validation gap", "gap between training and validation", "generalization gap", "generalisation gap",
     "gap between train and test"),
    ("early stopping", "stop early", "stop training early", "halt when validation error rises"),
    ("activation", "activations", "nonlinearity", "non-linearity", "squashing function"),
    ("sigmoid", "logistic function", "s-shaped", "s shaped", "squashing curve"),
    ("relu", "rectifier", "rectified linear"),
    ("jacobian", "jacobians", "derivative matrix", "matrix of derivatives"),
    ("chain rule", "backpropagation", "backprop", "multiply derivatives"),
    ("skip connection", "skip connections", "residual connection", "residual connections", "shortcut"),
    ("gradient clipping", "clip the gradient", "clipping", "cap the gradient norm", "capping the gradient"),
    ("sequence", "sentence", "sequences", "sentences"),
    ("projection", "projections", "linear map", "learned matrix", "learned matrices", "linear layer"),
    ("concatenate", "concatenates", "concatenated", "glued together", "stacked together"),
    ("calibrated", "calibration", "probabilities mean what they say", "well calibrated"),
    ("imputation", "fill in missing", "filling gaps"),
    ("leakage", "information from the future", "peek at the answer"),
    ("cross validation", "rotate the held out", "every chunk takes a turn", "each fold takes a turn"),
    ("stratified", "stratify", "same class mix", "keep the label mix", "same proportion of classes"),
    ("time series split", "forward chaining", "earlier periods", "train on the past", "walk forward"),
    ("group split", "group k-fold", "keep a user's rows together", "one customer's rows"),
    ("prior", "belief held beforehand", "prior belief", "belief before seeing the data"),
    ("posterior", "belief after seeing the data", "updated belief"),
    ("mode", "most probable value", "highest point of the distribution"),
    ("point estimate", "single best value"),
    ("uncertainty", "spread of the belief", "error bars"),
    ("retrain", "retraining", "refit", "refresh the model", "train again"),
    ("online learning", "update continuously", "learn on the fly", "incremental updates"),
    ("cold start", "brand new user", "brand new item", "nothing known about"),
    ("popularity", "most popular", "bestsellers", "trending"),
    ("exploration", "explore", "bandit", "bandits", "try new items"),
    ("latency", "how fast it answers", "response time"),
    ("stale", "out of date", "outdated", "old predictions"),
    ("hallucinate", "hallucination", "make things up", "makes things up", "invents"),
    ("chunk", "chunks", "passages", "pieces of the documents"),
    ("rerank", "reranking", "re-rank", "reorder the results"),
)

# Opposites, as word pairs; the engine stems them, so "increases" / "decreasing" meet their pair.
# "with" / "without" needs no pair: "without" is a negator, so "without X" is X negated.
ANTONYM_PAIRS: tuple[tuple[str, str], ...] = (
    ("increase", "decrease"), ("increase", "reduce"), ("increase", "lower"), ("raise", "lower"),
    ("raise", "reduce"), ("higher", "lower"), ("high", "low"), ("more", "less"), ("more", "fewer"),
    ("larger", "smaller"), ("large", "small"), ("big", "small"), ("bigger", "smaller"), ("grow", "shrink"),
    ("rise", "fall"), ("up", "down"), ("above", "below"), ("maximum", "minimum"), ("maximize", "minimize"),
    ("sparse", "dense"), ("before", "after"), ("train", "test"), ("training", "test"),
    ("overfit", "underfit"), ("overfitting", "underfitting"), ("overestimate", "underestimate"),
    ("positive", "negative"), ("add", "remove"), ("include", "exclude"), ("accept", "reject"),
    ("fast", "slow"), ("faster", "slower"), ("cheap", "expensive"), ("cheaper", "costlier"),
    ("simple", "complex"), ("simpler", "complex"), ("shallow", "deep"), ("stable", "unstable"),
    ("biased", "unbiased"), ("linear", "nonlinear"), ("linear", "quadratic"), ("convex", "nonconvex"),
    ("supervised", "unsupervised"), ("parallel", "sequential"), ("online", "offline"), ("global", "local"),
    ("independent", "dependent"), ("correlated", "uncorrelated"), ("symmetric", "asymmetric"),
    ("discrete", "continuous"), ("deterministic", "stochastic"), ("deterministic", "random"),
    ("explicit", "implicit"), ("strong", "weak"), ("long", "short"), ("longer", "shorter"),
    ("wide", "narrow"), ("wider", "narrower"), ("first", "last"), ("early", "late"), ("start", "end"),
    ("improve", "worsen"), ("improve", "hurt"), ("help", "hurt"), ("easy", "hard"), ("easier", "harder"),
    ("inside", "outside"), ("upper", "lower"), ("significant", "insignificant"),
    ("always", "never"), ("constant", "varying"),
    ("smooth", "abrupt"), ("gradually", "abruptly"), ("underflow", "overflow"), ("vanishing", "exploding"),
    ("maximal", "minimal"), ("largest", "smallest"), ("most", "least"), ("stricter", "looser"),
    ("close", "far"), ("near", "far"), ("closer", "further"), ("earlier", "later"), ("early", "later"),
    ("hard", "soft"), ("general", "specific"), ("generic", "specific"), ("uniform", "peaked"),
    ("flat", "peaked"), ("necessary", "unnecessary"), ("bidirectional", "unidirectional"),
    ("bidirectional", "causal"), ("frozen", "unfrozen"), ("manual", "automatic"), ("static", "dynamic"),
    ("sufficient", "insufficient"), ("safe", "unsafe"), ("robust", "fragile"), ("same", "different"),
)
# Counterparts, not opposites: swapped in a claim about one of them they contradict it ("boosting reduces
# variance"), but a key point that mentions one is not reversed by the other.
SWAP_PAIRS: tuple[tuple[str, str], ...] = (
    ("precision", "recall"), ("bias", "variance"), ("absolute", "squared"), ("numerator", "denominator"),
    ("encoder", "decoder"), ("row", "column"), ("query", "key"),
)
# A key point with one of these says something is kept away ("jitter avoids synchronised waves"): its
# cues said under a negation ("clients do not retry in synchronised waves") agree with it.
PREVENTION_WORDS = frozenset({"avoid", "avoids", "avoiding", "prevent", "prevents", "preventing", "stop",
                              "stops", "eliminate", "eliminates", "removes", "protect", "protects",
                              "fix", "fixes", "lacks", "lack", "without"})
# Words that turn the next word around ("reduce complexity" says "simpler"): a reversed word right after
# one of them is not a reversal.
CHANGE_WORDS = frozenset({"reduce", "reduces", "reducing", "lower", "lowers", "lowering", "less", "fewer",
                          "increase", "increases", "increasing", "more", "add", "adds", "adding", "remove",
                          "removes", "avoid", "avoids", "prevent", "prevents", "limit", "limits", "cut", "cuts",
                          "decrease", "decreases", "raise", "raises", "too", "fight", "fights", "combat",
                          "control", "controls", "penalise", "penalize", "penalises", "penalizes"})
