"""Split a written design into its PROBLEM sections by headings (Markdown `#`, bold lines, `Label:` lines,
"P - Problem" letters). Text under no recognised heading is left for the content-based detection."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from offerloop.design.rubric import SECTIONS, SECTION_KEYS, WEAK_HEADINGS

# Most specific first: "data flow design" is links, "evaluation design" is evaluation, plain "design" is overview.
_ORDER = ("links", "bottlenecks", "evaluation", "maintenance", "requirements", "problem", "overview")
_LETTERS = {s.letter: s.key for s in SECTIONS}

_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_BOLD = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_LABEL = re.compile(r"^\s*(?:[-*]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z /&,()'-]{2,48}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.*)$")
_LETTER = re.compile(r"^\s*([PROBLEM])\s*[-–—:.)]\s+\S")
_MERMAID = re.compile(r"```\s*mermaid\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'./%-]*")


def words(text: str) -> int:
    return len(_WORD.findall(text))


def section_of_heading(heading: str) -> str | None:
    """The PROBLEM section a heading names, or None (a title, or a heading of the candidate's own)."""
    h = heading.strip().lower().replace("*", "").replace("_", " ")
    h = re.sub(r"\(\s*\d+\s*min(?:utes?)?\s*\)", "", h).strip()
    m = _LETTER.match(heading.strip().replace("*", ""))
    if m and len(h) <= 60:
        key = _LETTERS[m.group(1)]
        rest = h[2:]
        # "P - Problem", "E: metrics": trust the letter when the words agree or say nothing else known
        found = _by_words(rest)
        return found or key
    return _by_words(h)


def _by_words(h: str) -> str | None:
    by_key = {s.key: s for s in SECTIONS}
    for key in _ORDER:
        for word in by_key[key].headings:
            if re.search(r"(?<![a-z])" + re.escape(word), h):
                return key
    for key, weak in WEAK_HEADINGS:
        if any(re.search(r"(?<![a-z])" + re.escape(word), h) for word in weak):
            return key
    return None


@dataclass
class Block:
    heading: str | None  # the heading text as written, None for text before any heading
    section: str | None  # the section that heading names
    text: str


@dataclass
class Outline:
    blocks: list[Block] = field(default_factory=list)

    @property
    def has_headings(self) -> bool:
        return any(b.section for b in self.blocks)

    def text_of(self, section: str) -> str:
        return "\n".join(b.text for b in self.blocks if b.section == section).strip()

    def heading_of(self, section: str) -> str | None:
        for b in self.blocks:
            if b.section == section and b.heading:
                return b.heading
        return None


def _heading(line: str) -> tuple[str, str] | None:
    """(heading, rest of the line) when the line is a heading; rest is text after a `Label:`."""
    m = _ATX.match(line)
    if m:
        return m.group(1).strip(), ""
    m = _BOLD.match(line)
    if m and words(m.group(1)) <= 8:
        return m.group(1).strip(), ""
    m = _LABEL.match(line)
    if m and words(m.group(1)) <= 5 and section_of_heading(m.group(1)):
        return m.group(1).strip(), m.group(2).strip()
    stripped = line.strip()
    if _LETTER.match(stripped) and words(stripped) <= 8 and section_of_heading(stripped):
        return stripped, ""
    return None


def split(text: str) -> Outline:
    """Blocks of text with the section their heading names; fenced code is never read as headings."""
    outline = Outline()
    heading: str | None = None
    section: str | None = None
    lines: list[str] = []
    fenced = False

    def close() -> None:
        body = "\n".join(lines).strip()
        if body or heading:
            outline.blocks.append(Block(heading, section, body))

    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            lines.append(line)
            continue
        found = None if fenced else _heading(line)
        if found is None:
            lines.append(line)
            continue
        title, rest = found
        # A first "# Title" names the design, not a section ("# Fraud detection design").
        key = None if (not outline.blocks and heading is None and re.match(r"^#\s", line)) else section_of_heading(title)
        if key is None and not _ATX.match(line) and not _BOLD.match(line):
            lines.append(line)
            continue
        close()
        heading, section, lines = title, key, ([rest] if rest else [])
    close()
    return outline


def has_diagram(text: str) -> bool:
    """A Mermaid block, or a drawn flow of arrows between components."""
    if _MERMAID.search(text):
        return True
    return len(re.findall(r"(-->|->|→|↓|⟶|=>)", text)) >= 3


__all__ = ["Block", "Outline", "SECTION_KEYS", "has_diagram", "section_of_heading", "split", "words"]
