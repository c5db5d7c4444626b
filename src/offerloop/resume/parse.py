"""Reading a resume file (PDF, DOCX, Markdown, plain text) into lines with their section and kind.

Nothing is invented: a PDF without a text layer is refused with a sentence saying so, never
replaced by sample text; a two-column PDF is read column by column and the user is told; page
counts are exact for PDF and estimated (and flagged) for the other formats.
"""

from __future__ import annotations

import io
import math
import re
import zipfile
from dataclasses import asdict, dataclass, field
from typing import Any

from offerloop.errors import InvalidInput

MAX_BYTES = 5 * 1024 * 1024  # a resume is a few hundred kilobytes; 5 MB leaves room for embedded fonts
FORMATS = ("pdf", "docx", "markdown", "text")


class FileTooLarge(InvalidInput):
    """An upload bigger than a resume or job description can be."""

    http_status = 413


# -- section headings -----------------------------------------------------------------------------
SECTION_NAMES: tuple[str, ...] = ("summary", "skills", "experience", "projects", "education")
_HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": ("summary", "professional summary", "career summary", "executive summary", "profile",
                "professional profile", "about", "about me", "objective", "career objective", "overview",
                "personal statement", "introduction", "highlights", "summary of qualifications"),
    "skills": ("skills", "technical skills", "core skills", "key skills", "skills and tools", "skills & tools",
               "technologies", "tech stack", "technical stack", "core competencies", "competencies", "expertise",
               "areas of expertise", "tools", "tools and technologies", "tools & technologies",
               "technical proficiencies", "skills & technologies", "skills and technologies", "technical skills and tools"),
    "experience": ("experience", "work experience", "professional experience", "employment", "employment history",
                   "work history", "career history", "relevant experience", "industry experience",
                   "professional background", "experience and leadership", "research experience"),
    "projects": ("projects", "personal projects", "selected projects", "key projects", "side projects",
                 "academic projects", "open source", "open-source", "open source contributions",
                 "open-source contributions", "portfolio", "project experience", "ml projects"),
    "education": ("education", "academic background", "education and training", "education & training",
                  "degrees", "academic history", "education and certifications", "education & certifications"),
    "other": ("certifications", "certificates", "publications", "awards", "honors", "honours", "awards and honors",
              "languages", "spoken languages", "volunteering", "volunteer experience", "interests", "hobbies",
              "references", "patents", "talks", "presentations", "leadership", "activities", "courses",
              "coursework", "relevant coursework", "additional information", "contact"),
}
_HEADING_INDEX = {v: k for k, vs in _HEADINGS.items() for v in vs}

_BULLET = re.compile(r"^\s*(?:\(cid:\d+\)|[\u2022\u25cf\u25aa\u25a0\u2023\u25e6\u2043\u2219\u00b7\uf0b7\uf0a7*+\-\u2013\u2014>]|\d{1,2}[.)])\s+")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_LINKEDIN = re.compile(r"(?:https?://)?(?:[\w]+\.)?linkedin\.com/[^\s|,;()]+", re.IGNORECASE)
_GITHUB = re.compile(r"(?:https?://)?(?:www\.)?github\.com/[^\s|,;()]+", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s|,;()]+|\b[\w-]+\.(?:dev|io|me|ai|com|net|org|page|site)(?:/[^\s|,;]*)?\b", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}[\s.-]\d{2,4}[\s.-]\d{2,5}")


def heading_section(text: str) -> str | None:
    """The section a line names when it is a heading ("Employment History:" -> experience), else None."""
    key = re.sub(r"[#*_=:|]+", " ", text).strip().lower()
    key = re.sub(r"\s+", " ", key)
    if not key or len(key) > 45:
        return None
    return _HEADING_INDEX.get(key)


@dataclass
class Line:
    text: str
    kind: str  # "heading", "bullet" or "text"
    section: str  # summary, skills, experience, projects, education, other, or "header" (before any heading)
    page: int | None = None


@dataclass
class Document:
    """A resume as read: its lines, how many pages, and what the reader has to tell the user."""

    format: str
    lines: list[Line]
    pages: int
    pages_estimated: bool
    warnings: list[str] = field(default_factory=list)
    source_name: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"format": self.format, "pages": self.pages, "pages_estimated": self.pages_estimated,
                "warnings": list(self.warnings), "source_name": self.source_name,
                "lines": [asdict(line) for line in self.lines]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        return cls(format=data["format"], lines=[Line(**x) for x in data["lines"]], pages=data["pages"],
                   pages_estimated=data["pages_estimated"], warnings=list(data.get("warnings", [])),
                   source_name=data.get("source_name", ""))

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


# -- format detection ------------------------------------------------------------------------------
def detect_format(data: bytes, name: str = "") -> str:
    """pdf, docx, markdown or text, from the bytes first and the file name second."""
    lower = name.lower()
    if not data or not data.strip():
        raise InvalidInput(f"The file is empty ({name})." if name else "The file is empty.")
    if data[:1024].lstrip().startswith(b"%PDF"):
        return "pdf"
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if "word/document.xml" in z.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            if lower.endswith(".docx"):
                raise InvalidInput("The DOCX file cannot be read: it looks damaged (not a valid Word archive).") from None
        raise InvalidInput("offerloop reads PDF, DOCX, Markdown and plain text; this file is a ZIP archive of another kind.")
    if lower.endswith(".pdf"):
        raise InvalidInput("The file is named .pdf but is not a PDF (it may be damaged or mislabelled).")
    if lower.endswith(".docx"):
        raise InvalidInput("The DOCX file cannot be read: it looks damaged (not a valid Word archive).")
    if lower.endswith(".doc"):
        raise InvalidInput("Old Word .doc files cannot be read; save the resume as DOCX or PDF.")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InvalidInput("offerloop reads PDF, DOCX, Markdown and plain text; this file is none of these.")
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    if lower.endswith((".txt", ".text")):
        return "text"
    # Text without a text file's name is most likely something else (a form field, a data file).
    raise InvalidInput("offerloop reads PDF, DOCX, Markdown (.md) and plain text (.txt); this file is none of these.")


def decode_text(data: bytes) -> str:
    codec = "utf-8"
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            codec = name
            break
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        raise InvalidInput("The text file is not UTF-8; save it as UTF-8 text.") from None
    if "\x00" in text:
        raise InvalidInput("offerloop reads PDF, DOCX, Markdown and plain text; this file is none of these.")
    return text


def check_size(size: int, what: str = "file") -> None:
    if size > MAX_BYTES:
        raise FileTooLarge(f"The {what} is {size / 1024 / 1024:.1f} MB; offerloop accepts up to "
                           f"{MAX_BYTES // 1024 // 1024} MB (a resume is usually well under 1 MB).")


def read_document(data: bytes, name: str = "") -> Document:
    """Read a resume from its bytes; raises InvalidInput with one sentence when it cannot."""
    check_size(len(data))
    fmt = detect_format(data, name)
    if fmt == "pdf":
        raw, pages, warnings = _pdf_lines(data)
        doc = _structure(raw, "pdf", pages, False, warnings)
    elif fmt == "docx":
        doc = _structure(_docx_lines(data), "docx", 0, True, [])
    else:
        text = decode_text(data)
        if not text.strip():
            raise InvalidInput("The file is empty.")
        raw = _markdown_lines(text) if fmt == "markdown" or _looks_markdown(text) else _text_lines(text)
        doc = _structure(raw, "markdown" if fmt == "markdown" or _looks_markdown(text) else "text", 0, True, [])
    if not any(line.text.strip() for line in doc.lines):
        raise InvalidInput("No text could be read from the file.")
    doc.source_name = name
    if doc.pages_estimated:
        doc.pages = estimate_pages(doc.lines)
    return doc


def read_text(text: str, name: str = "") -> Document:
    return read_document(text.encode("utf-8"), name or "resume.txt")


# -- raw lines per format ---------------------------------------------------------------------------
# Each reader yields (text, hint) pairs: hint is "heading", "bullet" or "" (let the text decide).
def _pdf_lines(data: bytes) -> tuple[list[tuple[str, str, int | None]], int, list[str]]:
    import pdfplumber

    out: list[tuple[str, str, int | None]] = []
    warnings: list[str] = []
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception:  # pdfminer raises many types for a broken file; all mean the same to the user
        raise InvalidInput("The PDF cannot be read: it looks damaged or is password-protected.") from None
    try:
        try:
            pages = pdf.pages
            count = len(pages)
        except Exception:
            raise InvalidInput("The PDF cannot be read: it looks damaged or is password-protected.") from None
        empty_pages: list[int] = []
        two_col: list[int] = []
        for number, page in enumerate(pages, start=1):
            try:
                words = page.extract_words()
                gutter = _gutter(words, page.width) if words else None
                if gutter is not None:
                    two_col.append(number)
                    left = page.crop((0, 0, gutter, page.height)).extract_text() or ""
                    right = page.crop((gutter, 0, page.width, page.height)).extract_text() or ""
                    text = left + "\n" + right
                else:
                    text = page.extract_text() or ""
            except InvalidInput:
                raise
            except Exception:
                raise InvalidInput(f"Page {number} of the PDF cannot be read: the file looks damaged.") from None
            if not text.strip():
                empty_pages.append(number)
            for raw in text.splitlines():
                if raw.strip():
                    out.append((raw, "", number))
    finally:
        pdf.close()
    if count == 0:
        raise InvalidInput("The PDF has no pages.")
    if len(empty_pages) == count:
        raise InvalidInput("The PDF has no text layer (it is probably a scanned image), so there is nothing to "
                           "read; export it again from your editor as a text PDF, or upload the DOCX.")
    if empty_pages:
        warnings.append(f"Page(s) {', '.join(map(str, empty_pages))} of the PDF have no text layer (scanned?): "
                        "nothing was read from them.")
    if two_col:
        warnings.append(f"Page(s) {', '.join(map(str, two_col))} are laid out in two columns: offerloop read the left "
                        "column and then the right one, but many applicant tracking systems read across and mix them "
                        "up, so a one-column layout is safer.")
    return out, count, warnings


def _gutter(words: list[dict], width: float) -> float | None:
    """The x of an empty vertical band (12 pt or more) that no text line crosses, when the page has two columns.

    Right-aligned dates on a one-column page leave such a band too, so both sides must also hold a
    real share of the words (a tenth each), a quarter of the lines must reach the right side, and the
    right side must start its lines at one x (a column is left-aligned; dates are right-aligned)."""
    rows: dict[int, list[tuple[float, float]]] = {}
    for w in words:
        rows.setdefault(round(w["top"] / 3), []).append((w["x0"], w["x1"]))
    if len(rows) < 8:
        return None
    total = len(words)
    best: tuple[int, float] | None = None
    x = width * 0.2  # a narrow sidebar on the left is a column too
    while x <= width * 0.75:
        crossing = right_rows = 0
        for spans in rows.values():
            # A word within 6 pt of x means the line runs on through it (a space is ~3 pt wide).
            if any(a < x + 6 and b > x - 6 for a, b in spans):
                crossing += 1
            elif any(a >= x for a, b in spans):
                right_rows += 1
        left_words = sum(1 for w in words if w["x1"] <= x)
        right_words = total - left_words
        if (crossing <= len(rows) * 0.03 and right_rows >= len(rows) * 0.25
                and min(left_words, right_words) >= total * 0.1 and _left_aligned(rows, x)):
            if best is None or right_rows > best[0]:
                best = (right_rows, x)
        x += 4
    return None if best is None else best[1]


def _left_aligned(rows: dict[int, list[tuple[float, float]]], x: float) -> bool:
    """A real column starts its lines at one x; right-aligned dates start wherever their width says."""
    starts = sorted(min(a for a, b in spans if a >= x) for spans in rows.values() if any(a >= x for a, b in spans))
    if not starts:
        return False
    most = max(sum(1 for s in starts if abs(s - t) <= 3) for t in starts)
    return most >= len(starts) * 0.6


def _docx_lines(data: bytes) -> list[tuple[str, str, int | None]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises KeyError, BadZipFile, PackageNotFoundError, XML errors
        raise InvalidInput("The DOCX file cannot be read: it looks damaged (not a valid Word document).") from None
    out: list[tuple[str, str, int | None]] = []

    def paragraph(p: Paragraph) -> None:
        text = p.text.strip()
        if not text:
            return
        style = (p.style.name if p.style is not None else "") or ""
        numbered = p._p.pPr is not None and p._p.pPr.numPr is not None
        if style.startswith(("Heading", "Title")):
            hint = "heading"
        elif "List" in style or numbered:
            hint = "bullet"
        else:
            hint = ""
        for part in text.splitlines():
            if part.strip():
                out.append((part, hint, None))

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraph(block)
        elif isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    for p in cell.paragraphs:
                        paragraph(p)
    return out


def _looks_markdown(text: str) -> bool:
    return bool(re.search(r"^#{1,6}\s+\S", text, re.MULTILINE))


def _markdown_lines(text: str) -> list[tuple[str, str, int | None]]:
    out = []
    for raw in text.splitlines():
        s = raw.strip()
        if not s or re.fullmatch(r"[-*_=]{3,}", s):
            continue
        m = re.match(r"^#{1,6}\s+(.*)$", s)
        if m:
            out.append((m.group(1).strip(" #"), "heading", None))
            continue
        s = re.sub(r"\*\*|__|`", "", s)
        s = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 (\2)", s)  # keep link targets: they may be the contact URLs
        out.append((s, "", None))
    return out


def _text_lines(text: str) -> list[tuple[str, str, int | None]]:
    return [(raw, "", None) for raw in text.splitlines() if raw.strip()]


# -- structure ---------------------------------------------------------------------------------------
_CONNECTORS = ("and", "by", "using", "with", "to", "of", "for", "the", "from", "in", "on", "via", "a", "an", "which", "that")
_DATE_HINT = re.compile(r"\b(?:19|20)\d{2}\b|\bpresent\b|\bcurrent\b", re.IGNORECASE)


def _structure(raw: list[tuple[str, str, int | None]], fmt: str, pages: int, estimated: bool,
               warnings: list[str]) -> Document:
    lines: list[Line] = []
    section = "header"
    for text, hint, page in raw:
        text = _clean(text)
        if not text:
            continue
        named = heading_section(text)
        if named is not None and (hint in ("heading", "") or len(text) < 40):
            section = named
            lines.append(Line(text.strip(" :"), "heading", section, page))
            continue
        if hint == "heading" and section == "header":
            lines.append(Line(text, "text", section, page))  # "# Jane Rivera": the name, not a section
            continue
        if hint == "heading" and len(text) < 60:
            section = "other"
            lines.append(Line(text, "heading", section, page))
            continue
        labelled = re.match(r"^([A-Za-z &/]{3,40}):\s+(\S.*)$", text)
        if labelled and section not in ("experience", "projects") and heading_section(labelled.group(1)) in SECTION_NAMES:
            # "Skills: Python, SQL" is a heading and its content on one line.
            section = heading_section(labelled.group(1)) or section
            lines.append(Line(labelled.group(1).strip(), "heading", section, page))
            lines.append(Line(labelled.group(2).strip(), "text", section, page))
            continue
        bullet = _BULLET.match(text)
        if bullet:
            lines.append(Line(text[bullet.end():].strip(), "bullet", section, page))
            continue
        if hint == "bullet":
            lines.append(Line(text, "bullet", section, page))
            continue
        prev = lines[-1] if lines else None
        # A bullet wrapped onto the next line (PDF and plain text): glue it back on.
        if prev is not None and prev.kind == "bullet" and prev.section == section and _continues(prev.text, text):
            prev.text = f"{prev.text} {text}"
            continue
        if section in ("experience", "projects") and len(text.split()) >= 7 and not _DATE_HINT.search(text) \
                and not text.endswith(":"):
            lines.append(Line(text, "bullet", section, page))  # a bullet written without a marker
            continue
        lines.append(Line(text, "text", section, page))
    return Document(format=fmt, lines=lines, pages=pages, pages_estimated=estimated, warnings=warnings)


def _continues(prev: str, text: str) -> bool:
    if prev.endswith((".", "!", "?", ":")):
        return False
    first = text.split()[0] if text.split() else ""
    return bool(first) and (first[0].islower() or first[0] in "(%$" or prev.endswith((",", "-", "&"))
                            or prev.split()[-1].lower() in _CONNECTORS)


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u200b", "")
    text = re.sub(r"(?<=\S)\s*\(cid:\d+\)\s*", " ", text)  # an unmapped glyph inside a line
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[ \t]+", " ", text).strip()


CHARS_PER_LINE = 95  # a letter-size page at 10.5-11 pt with normal margins
LINES_PER_PAGE = 50


def estimate_pages(lines: list[Line]) -> int:
    """Pages a DOCX, Markdown or text resume would fill when printed (an estimate: said so to the user)."""
    total = 0.0
    for line in lines:
        total += max(1, math.ceil(len(line.text) / CHARS_PER_LINE)) + (0.6 if line.kind == "heading" else 0)
    return max(1, math.ceil(total / LINES_PER_PAGE))


# -- contact line --------------------------------------------------------------------------------------
def contact(doc: Document) -> dict[str, str | None]:
    """E-mail, LinkedIn, GitHub, portfolio and phone from the top of the resume (the header lines)."""
    head = [line.text for line in doc.lines if line.section == "header"] or [line.text for line in doc.lines[:6]]
    # The contact line belongs at the top; a two-column layout may put it anywhere, so look everywhere.
    text = "\n".join(head + [line.text for line in doc.lines if line.section != "header"])
    email = _EMAIL.search(text)
    linkedin = _LINKEDIN.search(text)
    github = _GITHUB.search(text)
    portfolio = None
    for m in _URL.finditer("\n".join(head)):
        value = m.group(0)
        if "linkedin.com" in value.lower() or "github.com" in value.lower() or (email and value in email.group(0)):
            continue
        portfolio = value
        break
    phone = _PHONE.search(_EMAIL.sub(" ", "\n".join(head)))
    top = [line.text for line in doc.lines if line.section == "header"]
    name = next((t for t in top if t.strip() and not _EMAIL.search(t) and not _URL.search(t) and len(t) < 60), None)
    return {"name": name, "email": email.group(0) if email else None,
            "linkedin": linkedin.group(0) if linkedin else None, "github": github.group(0) if github else None,
            "portfolio": portfolio, "phone": phone.group(0).strip() if phone else None}
