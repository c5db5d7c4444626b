"""Per-interview checklists in the seed's four moments: the day before, the morning of, during, after."""

from __future__ import annotations

from typing import Any, Iterable

from offerloop.errors import InvalidInput

# (key, label, items); each item is (key, text). Keys are stored, so never rename one.
CHECKLIST: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("day-before", "The day before", (
        ("resume", "Reread your resume so you can speak to every bullet"),
        ("company-work", "Read up on the company's ML work: blog posts, papers, products"),
        ("questions", "Pick two or three questions to ask them"),
        ("practice-coding", "Do a practice problem while sharing your screen or on a whiteboard"),
        ("flashcards", "Go through your ML fundamentals flashcards"),
        ("av-check", "Check camera, microphone and the video tool they use"),
        ("charge", "Charge the laptop and keep a spare charger at hand"),
        ("resume-copy", "Have a printed copy of your resume"),
        ("quiet-room", "Arrange a quiet room"),
        ("outfit", "Choose what to wear (business casual)"),
        ("sleep", "Go to bed on time"),
    )),
    ("morning-of", "The morning of", (
        ("breakfast", "Eat something light"),
        ("stories", "Run through your STAR stories"),
        ("warm-up", "Warm up with one or two easy coding problems"),
        ("early", "Arrive or log in 5 to 10 minutes early"),
        ("water", "Keep water close"),
        ("paper", "Have paper and a pen for notes"),
        ("phone", "Put your phone on silent"),
    )),
    ("during", "During the interview", (
        ("enthusiasm", "Smile and show you are interested"),
        ("think-aloud", "Say your reasoning out loud"),
        ("clarify", "Ask clarifying questions before answering"),
        ("dont-know", "Say so when you do not know something"),
        ("note-questions", "Write down the questions they ask and their feedback"),
        ("ask-yours", "Ask the questions you prepared"),
        ("thank", "Thank them for their time"),
    )),
    ("after", "After the interview", (
        ("thank-you", "Send a thank-you note within 24 hours"),
        ("reflect", "Write down what went well and what to improve"),
        ("tracker", "Record the questions and notes here in the tracker"),
    )),
)

ALL_KEYS: tuple[str, ...] = tuple(f"{group}.{item}" for group, _, items in CHECKLIST for item, _ in items)


def check_key(key: str) -> str:
    key = (key or "").strip()
    if key not in ALL_KEYS:
        raise InvalidInput(
            f"There is no checklist item {key!r}; items are written group.item, for example day-before.resume."
        )
    return key


def tick(done: Iterable[str], key: str, value: bool = True) -> list[str]:
    """The ticked keys after ticking (or unticking) one item, in checklist order."""
    key = check_key(key)
    current = set(done)
    if value:
        current.add(key)
    else:
        current.discard(key)
    return [k for k in ALL_KEYS if k in current]


def view(done: Iterable[str]) -> list[dict[str, Any]]:
    """The checklist with each item's done flag, grouped, plus progress per group."""
    done = set(done)
    groups = []
    for group, label, items in CHECKLIST:
        rows = [{"key": f"{group}.{item}", "text": text, "done": f"{group}.{item}" in done} for item, text in items]
        groups.append({"group": group, "label": label, "items": rows,
                       "done": sum(r["done"] for r in rows), "total": len(rows)})
    return groups
