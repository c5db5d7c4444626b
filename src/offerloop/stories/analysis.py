"""Story feedback, computed locally from the text alone: STAR parts, quantified result, "I" against
"we", length and speaking time, vague phrases and filler words, and the one most useful next edit.

Everything here is a pure function over strings. Free text is split into sentences and each
sentence is scored against cue lists and tense patterns for the four STAR parts; labelled text
("Situation: ...") is taken at its word.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field
from typing import Any

PARTS: tuple[str, ...] = ("situation", "task", "action", "result")
WORDS_PER_MINUTE = 150
TARGET_SECONDS: tuple[int, int] = (120, 180)  # a spoken STAR answer should take 2-3 minutes

# --- labelled form -------------------------------------------------------------------------------
_LABEL_NAMES = {
    "situation": "situation", "s": "situation", "context": "situation", "background": "situation",
    "task": "task", "t": "task", "goal": "task",
    "action": "action", "actions": "action", "a": "action",
    "result": "result", "results": "result", "r": "result", "outcome": "result",
}
# A label opens a line: optional markdown (#, *, -, >), the name, optional bold, then ':' or a dash.
_LABEL = re.compile(
    r"^[ \t>#*_-]*(situation|context|background|task|goal|actions?|results?|outcome|[star])[*_ ]*"
    r"(?:\([^)]*\))?[*_ ]*[:\-\u2013\u2014][*_ ]*",
    re.IGNORECASE | re.MULTILINE,
)


def split_labelled(text: str) -> dict[str, str] | None:
    """The four parts of a story written with labels, or None when the text carries no labels.

    Single-letter labels ("S:") count only when at least two different parts are labelled, so a
    sentence starting "A: ..." in free text is not mistaken for a story structure.
    """
    matches = list(_LABEL.finditer(text or ""))
    if not matches:
        return None
    found = {_LABEL_NAMES[m.group(1).lower()] for m in matches}
    if all(len(m.group(1)) == 1 for m in matches) and len(found) < 2:
        return None
    parts = {p: "" for p in PARTS}
    preamble = text[: matches[0].start()].strip()
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        name = _LABEL_NAMES[m.group(1).lower()]
        chunk = text[m.end():end].strip()
        parts[name] = (parts[name] + "\n" + chunk).strip() if parts[name] else chunk
    if preamble and not parts["situation"]:
        parts["situation"] = preamble  # text before the first label sets the scene
    return parts


# --- free text: sentences and cues ----------------------------------------------------------------
_SENTENCE = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n\s*\n|\n\s*[-*\u2022]\s+|\n(?=\s*\d+[.)]\s)")
_IRREGULAR = (
    "built|wrote|led|ran|took|made|set|began|drove|brought|chose|spoke|met|gave|got|held|found|taught|"
    "put|split|sent|kept|rewrote|rebuilt|sought|thought|caught|dug|fought|undertook|overcame|stood|"
    "told|sold|won|went|broke|cut|shut|spent|lent|built|did|flew|saw|knew|drew|tore|threw|shook|fed|"
    "paid|laid|read|led|became|withdrew"
)
# Spoken stories often use the present ("so I build a model"): common work verbs count too.
_PRESENT_ACTIONS = (
    "build|write|lead|run|design|propose|create|implement|analyze|analyse|train|test|deploy|ship|talk|"
    "meet|organize|organise|decide|start|rewrite|measure|collect|add|fix|introduce|automate|refactor|"
    "prototype|benchmark|profile|migrate|split|pair|set up|reach out|escalate|negotiate|present|convince"
)
# A first-person subject followed (maybe after an adverb) by a past-tense verb: the action.
_ACTION = re.compile(
    rf"(?<!when )(?<!while )(?<!after )(?<!before )(?<!since )(?<!until )(?<!once )"
    rf"\b(i|we)\s+(?:(?:then|also|first|quickly|personally|immediately|eventually|finally|carefully|"
    rf"together|jointly|next|later|instead|initially|still|basically|actually|just|really|soon)\s+)?(?!needed|wanted|was|were|had|used to|"
    rf"noticed|realized|realised|learned|learnt|felt|hoped|liked)(\w+ed|{_IRREGULAR}|{_PRESENT_ACTIONS})\b",
    re.IGNORECASE,
)
_ACTION_PHRASES = (
    "i decided to", "i started", "i proposed", "i suggested", "i set up", "i reached out", "i took ownership",
    "my approach was", "i spent", "i worked with", "i worked through", "i organized", "i organised",
    "i scheduled", "i volunteered", "i stepped in", "i pushed for", "i made sure", "first, i", "then i",
    "next, i", "so i", "i started by", "i began by",
)
_SITUATION_CUES = (
    "at the time", "back in", "last year", "a few years ago", "when i was", "when i joined", "while i was",
    "while working", "in my previous", "in my last", "in my role", "at my previous", "at my last",
    "our team", "my team", "the team", "the company", "our company", "our product", "the project",
    "the client", "there was", "there were", "initially", "originally", "working as", "we had", "i was working",
    "context", "background", "was responsible for maintaining", "the system", "our model", "the model",
    "in my first", "at a", "at an", "on a project", "during", "years ago", "months ago", "startup",
    "working at", "i work at", "i worked at", "i'm working", "i was at", "we were", "customers",
)
_SITUATION_RE = re.compile(
    r"\b(was|were|am|is|are|'m)\s+\w+ing\b|\bhad\s+been\b|\bin\s+(19|20)\d\d\b|\bat\s+[A-Z][\w&.-]+|\bused\s+to\b"
    r"|^\s*(?:So\s+)?(?:In|At|On|During|When|While|Back|Last|Before|Early)\b",  # an opening that sets time or place
)
_TASK_CUES = (
    "i needed to", "we needed to", "needed to", "i had to", "we had to", "my goal", "our goal", "the goal",
    "goal was", "my job was", "my role was", "my task", "the task", "i was asked", "i was tasked",
    "was tasked", "asked me to", "responsible for", "my responsibility", "the challenge was", "objective",
    "the target was", "target of", "required", "requirement", "was expected to", "was supposed to",
    "aim was", "i was assigned", "assigned me", "in charge of", "my mission", "deadline", "had to deliver",
    "i wanted to", "we wanted to", "the ask was", "i owned", "volunteered to", "offered to", "took on",
    "stepped up to", "i need to", "we need to", "need to", "have to", "my goal is", "goal is", "my job is",
)
_RESULT_CUES = (
    "as a result", "resulted in", "the result", "result was", "in the end", "eventually", "ultimately",
    "outcome", "led to", "which meant", "this meant", "reduced", "increased", "improved", "saved", "cut ",
    "grew", "rose", "fell", "dropped", "achieved", "exceeded", "beat", "shipped", "launched", "delivered",
    "went live", "adopted", "was promoted", "promoted", "praised", "appreciated", "recognized", "recognised",
    "successful", "paid off", "since then", "ever since", "today", "still in use", "is now", "are now",
    "now uses", "now runs", "i learned", "i learnt", "lesson", "taught me", "from now on", "going forward",
    "the team was", "feedback was", "turned out", "in production", "went from", "faster", "cheaper",
    "fewer", "higher", "lower", "better", "got better", "reached", "ended up", "hit", "drop", "rise", "doubled", "tripled", "halved", "won", "closed", "finished",
)
_RESULT_RE = re.compile(r"\b(has|have)\s+(since|now|been)\b|\bby\s+\d|\bfrom\s+\S+\s+to\s+\S+")

# --- quantities -----------------------------------------------------------------------------------
_NUMBER_WORDS = (
    "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    "a hundred|hundreds|thousands|millions|a dozen|dozens|half|a third|a quarter"
)
_TIME_UNITS = r"(?:ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|sprints?)"
_QUANTITY = re.compile(
    r"[$\u20ac\u00a3]\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\b"                  # money: $40k
    r"|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\s?(?:usd|eur|gbp|dollars|euros|pounds)\b"
    r"|\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|pp\b|percentage points?\b|bps\b|basis points\b)"   # percentages
    r"|\b\d+(?:\.\d+)?\s?(?:x|\u00d7)(?![\w])"                                                 # 5.3x
    rf"|\b\d[\d,.]*\s?{_TIME_UNITS}\b"                                                        # durations
    rf"|\b(?:{_NUMBER_WORDS})\s+{_TIME_UNITS}\b"
    r"|\b(?:doubled|tripled|quadrupled|halved|twice as|three times|ten times|\d+ times)\b"
    r"|\b\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)\b"                                   # 500K users
    r"|\b(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?\b",                                              # any other number but a year
    re.IGNORECASE,
)

# --- words to cut ---------------------------------------------------------------------------------
VAGUE_PHRASES: tuple[str, ...] = (
    "a lot of", "a lot", "lots of", "a bunch of", "many things", "various things", "various", "some stuff",
    "stuff", "things like that", "and so on", "etc", "helped with", "worked on", "was involved in",
    "were involved in", "participated in", "contributed to", "assisted with", "dealt with", "took care of",
    "made it better", "improved things", "pretty good", "very successful", "quite successful",
    "significantly", "significant improvement", "huge impact", "big impact", "went well", "it worked",
    "somehow", "some time", "a while", "best practices", "synergy", "leveraged",
)
FILLER_WORDS: tuple[str, ...] = (
    "um", "uh", "erm", "basically", "actually", "literally", "you know", "i mean", "kind of", "sort of",
    "just", "really", "very", "honestly", "totally", "so yeah", "like,",
)

_I = re.compile(r"\bI(?:'m|'ve|'d|'ll|\u2019m|\u2019ve|\u2019d|\u2019ll)?\b")
_WE = re.compile(r"\bwe(?:'re|'ve|'d|'ll|\u2019re|\u2019ve|\u2019d|\u2019ll)?\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019.,-][A-Za-z0-9\u00c0-\u024f]+)*")


@dataclass
class PhraseCount:
    phrase: str
    count: int


@dataclass
class StoryFeedback:
    """What the analyzer found in one story. `suggestions[0]` is the single most useful next edit."""

    form: str  # "labelled" or "free"
    situation: bool
    task: bool
    action: bool
    result: bool
    quantified_result: bool
    quantities: list[str]
    i_count: int
    we_count: int
    i_we_ratio: float | None  # share of "I" among I + we in the action; None when neither appears
    words: int
    speaking_seconds: int
    target_seconds: tuple[int, int]
    length: str  # "empty", "short", "on target" or "long"
    vague_phrases: list[PhraseCount] = field(default_factory=list)
    filler_words: list[PhraseCount] = field(default_factory=list)
    parts: dict[str, str] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [p for p in PARTS if not getattr(self, p)]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["target_seconds"] = list(self.target_seconds)
        data["missing"] = self.missing
        return data


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if s and s.strip()]


def count_words(text: str) -> int:
    return len(_WORD.findall(text or ""))


def speaking_seconds(words: int) -> int:
    return round(words * 60 / WORDS_PER_MINUTE)


def find_quantities(text: str) -> list[str]:
    """Numbers that measure something: percentages, money, durations, multipliers, counts (not years)."""
    return [m.group(0).strip() for m in _QUANTITY.finditer(text or "")]


@functools.lru_cache(maxsize=64)
def _phrase_patterns(phrases: tuple[str, ...]) -> tuple[tuple[str, re.Pattern], ...]:
    """The phrases longest first, each with its whole-word pattern (compiled once: lists analyse many stories)."""
    return tuple((phrase, re.compile(r"(?<![\w'])" + re.escape(phrase) + (r"(?![\w'])" if phrase[-1].isalnum() else "")))
                 for phrase in sorted(phrases, key=len, reverse=True))


def count_phrases(text: str, phrases: tuple[str, ...]) -> list[PhraseCount]:
    lowered = " " + (text or "").lower().replace("\u2019", "'") + " "
    found: list[PhraseCount] = []
    taken: list[tuple[int, int]] = []  # "a lot of" must not be counted again as "a lot"
    for phrase, pattern in _phrase_patterns(phrases):
        if phrase not in lowered:
            continue  # a plain substring test first: most phrases are absent from most texts
        n = 0
        for m in pattern.finditer(lowered):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            n += 1
        if n:
            found.append(PhraseCount(phrase.rstrip(","), n))
    order = {p.rstrip(","): i for i, p in enumerate(phrases)}
    return sorted(found, key=lambda pc: order[pc.phrase])


def _cue_hits(lowered: str, cues: tuple[str, ...]) -> int:
    return sum(1 for cue in cues if re.search(r"(?<![\w])" + re.escape(cue.strip()) + r"(?![\w])", lowered))


def score_sentence(sentence: str) -> dict[str, float]:
    """How strongly one sentence reads as each STAR part, from its cues and its tense."""
    low = " " + sentence.lower().replace("\u2019", "'") + " "
    scores = {
        "situation": _cue_hits(low, _SITUATION_CUES) + len(_SITUATION_RE.findall(sentence)),
        "task": 1.5 * _cue_hits(low, _TASK_CUES),
        "action": 1.5 * len(_ACTION.findall(sentence)) + _cue_hits(low, _ACTION_PHRASES),
        "result": 1.2 * _cue_hits(low, _RESULT_CUES) + len(_RESULT_RE.findall(low)),
    }
    if scores["result"] and find_quantities(sentence):
        scores["result"] += 1.0  # a number next to an outcome word is the strongest result signal
    return scores


def classify_free_text(text: str) -> dict[str, str]:
    """Assign each sentence of a free-text story to the STAR part it reads as (position breaks ties).

    A sentence with task, action or result cues nearly as strong as its best part also counts for that
    part, so "I cut latency by 40%" is both what you did and what came of it.
    """
    sents = sentences(text)
    parts: dict[str, list[str]] = {p: [] for p in PARTS}
    n = len(sents)
    for i, sent in enumerate(sents):
        scores = score_sentence(sent)
        where = i / max(n - 1, 1)
        # Stories run S, T, A, R: a small nudge toward the part expected at this position.
        prior = {"situation": 0.3 * (1 - where), "task": 0.2 * (1 - abs(where - 0.3)),
                 "action": 0.1, "result": 0.3 * where}
        if max(scores.values()) <= 0:
            if i == 0 and n > 1:
                parts["situation"].append(sent)  # an opening sentence with no cue still sets the scene
            continue
        best = max(PARTS, key=lambda p: (scores[p] + prior[p] if scores[p] > 0 else -1))
        parts[best].append(sent)
        for also in ("task", "action", "result"):
            close = scores[also] >= 1.2 and scores[also] >= scores[best] - 1.0
            # Task cues are specific phrases ("I owned", "my goal was"): one is enough on its own.
            if also != best and (close or (also == "task" and scores[also] >= 1.5)) and (i > 0 or also != "result"):
                parts[also].append(sent)
    return {p: " ".join(v) for p, v in parts.items()}


def _fmt_parts(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def analyze_story(text: str = "", *, situation: str = "", task: str = "", action: str = "",
                  result: str = "", target_seconds: tuple[int, int] = TARGET_SECONDS) -> StoryFeedback:
    """Feedback on one story, given as free text (labels inside are recognised) or as four parts."""
    given = {"situation": situation, "task": task, "action": action, "result": result}
    if any(v.strip() for v in given.values()):
        parts, form = {p: (v or "").strip() for p, v in given.items()}, "labelled"
        if text.strip():
            parts["situation"] = (text.strip() + "\n" + parts["situation"]).strip()
    else:
        labelled = split_labelled(text or "")
        if labelled is not None:
            parts, form = labelled, "labelled"
        else:
            parts, form = classify_free_text(text or ""), "free"
    body = "\n".join(v for v in parts.values() if v) if form == "labelled" else (text or "")
    present = {p: bool(parts[p].strip()) and count_words(parts[p]) > 0 for p in PARTS}

    quantities = find_quantities(parts["result"]) if present["result"] else []
    action_text = parts["action"] if present["action"] else body
    i_count, we_count = len(_I.findall(action_text)), len(_WE.findall(action_text))
    ratio = round(i_count / (i_count + we_count), 2) if i_count + we_count else None

    words = count_words(body)
    seconds = speaking_seconds(words)
    low, high = target_seconds
    length = "empty" if words == 0 else "short" if seconds < low else "long" if seconds > high else "on target"

    fb = StoryFeedback(
        form=form, quantified_result=bool(quantities), quantities=quantities, i_count=i_count,
        we_count=we_count, i_we_ratio=ratio, words=words, speaking_seconds=seconds,
        target_seconds=target_seconds, length=length, vague_phrases=count_phrases(body, VAGUE_PHRASES),
        filler_words=count_phrases(body, FILLER_WORDS), parts=parts, **present,
    )
    fb.suggestions = suggest_edits(fb)
    return fb


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _times(n: int) -> str:
    return "once" if n == 1 else f"{n} times"


def suggest_edits(fb: StoryFeedback) -> list[str]:
    """Every edit worth making, the single most useful one first.

    The order follows what interviewers weigh: a story without a result or without your own
    action fails outright; an unmeasured result or a team-only "we" weakens it; length, vague
    wording and filler are polish.
    """
    out: list[str] = []
    low, high = fb.target_seconds
    if fb.words == 0:
        return ["Write the story: what the situation was, what you had to do, what you did, and what came of it."]
    if not fb.result:
        out.append("The result is missing: end with what changed because of what you did, "
                   "with a number (a percentage, money saved, time cut) if you have one.")
    if not fb.action:
        out.append("The action is missing: say step by step what you yourself did, with verbs like "
                   "'I built', 'I proposed', 'I measured'.")
    if fb.result and not fb.quantified_result:
        out.append("The result is not quantified: put a number on it (a percentage, money, time saved, "
                   "a multiplier like 3x, users or requests affected).")
    if fb.action and fb.we_count > fb.i_count:
        said_i = f"'I' {_times(fb.i_count)}" if fb.i_count else "never 'I'"
        out.append(f"The action says 'we' {_times(fb.we_count)} and {said_i}: the interviewer "
                   "is hiring you, so say which part you did.")
    missing_context = [p for p in ("situation", "task") if not getattr(fb, p)]
    if missing_context:
        what = {"situation": "where and when it happened and what was at stake",
                "task": "what you were responsible for or the goal you had to reach"}
        out.append(f"The {_fmt_parts(missing_context)} {'is' if len(missing_context) == 1 else 'are'} missing: "
                   f"add a sentence on {'; and one on '.join(what[p] for p in missing_context)}.")
    if fb.length == "long":
        out.append(f"It runs about {_clock(fb.speaking_seconds)} spoken, over the {_clock(high)} limit: "
                   "trim the situation and keep the action and result.")
    if fb.vague_phrases:
        listed = ", ".join(f"'{pc.phrase}'" for pc in fb.vague_phrases[:5])
        out.append(f"Replace vague wording with specifics: {listed}.")
    if fb.length == "short":
        out.append(f"It runs about {_clock(fb.speaking_seconds)} spoken, under the {_clock(low)}-{_clock(high)} "
                   "target: add detail to the action (what you tried, what you decided and why).")
    if fb.filler_words:
        listed = ", ".join(f"'{pc.phrase}'" for pc in fb.filler_words[:5])
        out.append(f"Cut filler words: {listed}.")
    if not out:
        out.append("All four parts are there and the result is measured: rehearse it aloud and time it.")
    return out
