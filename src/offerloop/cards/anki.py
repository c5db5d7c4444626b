"""Export cards as an Anki package (.apkg) with genanki: question on the front, model answer on the back.

Model and deck ids are fixed numbers, and each note's GUID comes from the card's UUID (bank) or
slug (own cards), so importing a newer export into Anki updates the notes instead of duplicating them.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

MODEL_ID = 1_607_392_611  # fixed: Anki matches note types by id across imports
DECK_ID = 2_059_400_111
DECK_NAME = "offerloop::ML theory"

CSS = """.card { font-family: system-ui, sans-serif; font-size: 18px; text-align: left; color: #1d2330;
  background: #fff; max-width: 46em; margin: 0 auto; }
.topic { font-size: 13px; color: #667; }
.points { font-size: 15px; } .points li { margin: .15em 0; }
"""

FRONT = '<div class="topic">{{Topic}}</div>\n<div class="question">{{Question}}</div>'
BACK = ('{{FrontSide}}\n<hr id=answer>\n<div class="answer">{{Answer}}</div>\n'
        '{{#KeyPoints}}<div class="points"><b>Key points</b><ul>{{KeyPoints}}</ul></div>{{/KeyPoints}}')


def _html(text: str) -> str:
    """Plain text as Anki field HTML: escaped, blank lines as paragraph breaks."""
    return escape(text.strip()).replace("\n", "<br>")


def build_package(items, path: Path, deck_name: str = DECK_NAME) -> int:
    """Write items (service.Item) to path as an .apkg; returns the number of notes written."""
    import genanki

    model = genanki.Model(
        MODEL_ID, "offerloop theory card",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "KeyPoints"}, {"name": "Topic"}, {"name": "Slug"}],
        templates=[{"name": "Recall", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
        sort_field_index=4,
    )
    deck = genanki.Deck(DECK_ID, deck_name)
    count = 0
    for item in items:
        points = "".join(f"<li>{escape(p)}</li>" for p, _ in item.key_points)
        answer = item.answer.strip() or "(no answer written yet)"
        tags = [t for t in (item.topic, item.difficulty, "own" if item.own else "offerloop") if t]
        guid = genanki.guid_for("offerloop", item.uuid or item.slug)
        deck.add_note(genanki.Note(model=model, fields=[_html(item.question), _html(answer), points,
                                                        escape(item.topic or "own"), escape(item.slug)],
                                   tags=[t.replace(" ", "_") for t in tags], guid=guid))
        count += 1
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    genanki.Package(deck).write_to_file(str(tmp))
    tmp.replace(path)  # never leave a half-written deck under the real name
    return count
