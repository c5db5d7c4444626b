"""Real resume files made for the tests: PDFs drawn with reportlab, a DOCX written with python-docx."""

from __future__ import annotations

import io
from functools import cache

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

HEADER = ["Jane Rivera", "jane.rivera@example.com | linkedin.com/in/janerivera | github.com/janer | janerivera.dev"]
SUMMARY = ["Summary", "Machine learning engineer focused on fraud and search ranking."]
SKILLS = ["Technical Skills", "Python, SQL, PyTorch, XGBoost, Docker, Kubernetes, AWS"]
EXPERIENCE = [
    "Experience",
    "Senior ML Engineer, Paylane   Jan 2021 - Present",
    "\u2022 Developed fraud detection system using XGBoost and custom feature engineering, reducing false",
    "positives by 43% ($2.1M savings/year)",
    "\u2022 Worked on recommendation system",
    "ML Engineer, Shopwise   Mar 2018 - Dec 2020",
    "\u2022 Optimized model inference pipeline with ONNX Runtime and quantization, reducing latency from 450ms",
    "to 85ms (5.3x speedup)",
    "\u2022 Builds dashboards in Looker for the sales team",
]
PROJECTS = ["Projects", "\u2022 Built an NLP pipeline using BERT for sentiment analysis of 40K reviews, raising F1 from 0.71 to 0.84"]
EDUCATION = ["Education", "MSc Computer Science, Delft University of Technology, 2017"]
RESUME_LINES = HEADER + SUMMARY + SKILLS + EXPERIENCE + PROJECTS + EDUCATION


def pdf(lines_per_page: list[list[str]]) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    for lines in lines_per_page:
        y = 740
        for line in lines:
            c.setFont("Helvetica-Bold" if line in ("Summary", "Technical Skills", "Experience", "Projects", "Education")
                      else "Helvetica", 10)
            c.drawString(50, y, line)
            y -= 16
        c.showPage()
    c.save()
    return buf.getvalue()


@cache
def one_page_pdf() -> bytes:
    return pdf([RESUME_LINES])


@cache
def two_page_pdf() -> bytes:
    filler = [f"\u2022 Maintained nightly report number {i} for the finance team" for i in range(30)]
    return pdf([RESUME_LINES[:12], filler + RESUME_LINES[12:]])


@cache
def image_only_pdf() -> bytes:
    """A scanned-looking page: one raster image and no text layer at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    img = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(img)
    for i in range(20):
        draw.rectangle((40, 40 + i * 35, 540 - (i % 4) * 60, 52 + i * 35), fill="black")
    png = io.BytesIO()
    img.save(png, format="PNG")
    png.seek(0)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.drawImage(ImageReader(png), 30, 30, width=550, height=730)
    c.showPage()
    c.save()
    return buf.getvalue()


LEFT = ["Experience", "Data Scientist, Acme  2019 - Present", "\u2022 Reduced churn by 12% using LightGBM models",
        "\u2022 Automated reports with Airflow and dbt", "Projects", "\u2022 Built a RAG assistant with LangChain",
        "\u2022 Trained a CNN classifier in PyTorch", "Summary", "Data scientist for retail.", "Extra line one",
        "Extra line two", "Extra line three"]
RIGHT = ["Skills", "Python", "SQL", "Tableau", "Education", "BSc Mathematics 2018", "Contact", "sam@example.com",
         "Languages", "English", "Dutch", "Spanish"]


@cache
def two_column_pdf() -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 10)
    y = 740
    for left, right in zip(LEFT, RIGHT):
        c.drawString(40, y, left)
        c.drawString(400, y, right)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


@cache
def docx_resume() -> bytes:
    import docx

    d = docx.Document()
    d.add_paragraph("Jane Rivera")
    d.add_paragraph(HEADER[1])
    d.add_heading("Profile", level=1)
    d.add_paragraph(SUMMARY[1])
    d.add_heading("Technical Skills", level=1)
    d.add_paragraph(SKILLS[1])
    d.add_heading("Employment History", level=1)
    d.add_paragraph("Senior ML Engineer, Paylane   Jan 2021 - Present")
    d.add_paragraph("Developed fraud detection system using XGBoost and custom feature engineering, reducing false "
                    "positives by 43% ($2.1M savings/year)", style="List Bullet")
    d.add_paragraph("Worked on recommendation system", style="List Bullet")
    d.add_heading("Education", level=1)
    d.add_paragraph(EDUCATION[1])
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


MARKDOWN = """# Jane Rivera
jane.rivera@example.com | [LinkedIn](https://linkedin.com/in/janerivera) | [GitHub](https://github.com/janer)

## About
ML engineer.

## Experience
**Senior ML Engineer, Paylane**, 2012 - Present
- Led migration of feature pipelines from Hadoop to Spark, saving $180K per year in cluster costs
- Responsible for model monitoring

## Education
BSc Physics, 2011
"""

JD = """Senior Machine Learning Engineer at Brightpay
Requirements
- 5+ years of Python and SQL
- Experience with natural language processing
- XGBoost or LightGBM; Kubernetes in production
- Apache Spark
Nice to have
- Terraform is a plus
"""


RIGHT_DATES = [("Experience", None), ("Senior Data Scientist, Acme", "Jan 2020 - Present"),
               ("- Reduced churn by 12% using LightGBM and a new feature store built on Feast", None),
               ("- Automated nightly reporting with Airflow and dbt, freeing 10 hours per week", None),
               ("Data Scientist, Foo", "Mar 2017 - Dec 2019"),
               ("- Built a demand forecasting model with Prophet for 300 stores, cutting waste by 8%", None),
               ("Skills", None), ("Python, SQL", None), ("Education", None), ("MSc Statistics", "2016"),
               ("Projects", None), ("- Built a RAG demo with LangChain", None)]


@cache
def right_aligned_dates_pdf() -> bytes:
    """One column with the dates pushed to the right margin: an empty band, but not two columns."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 10)
    y = 740
    for left, right in RIGHT_DATES:
        c.drawString(50, y, left)
        if right:
            c.drawRightString(560, y, right)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


SIDEBAR = ["Skills", "Python", "SQL", "Airflow", "Contact", "kim@example.com", "Education", "BSc 2015", "", "", "", ""]
MAIN = ["Experience", "Lead Data Scientist, Orbit  Feb 2016 - Present",
        "- Cut fraud losses by 31% with gradient boosting on Kafka streams",
        "- Built a churn model in Python that lifted retention by 4 points",
        "- Automated finance reports with Airflow, saving 20 hours per month",
        "Projects", "- Built a RAG assistant with LangChain and pgvector",
        "Summary", "Data scientist who ships models.", "", "", ""]


@cache
def sidebar_pdf() -> bytes:
    """A narrow left sidebar (skills, contact) beside the main column."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter)
    c.setFont("Helvetica", 10)
    y = 740
    for left, right in zip(SIDEBAR, MAIN):
        if left:
            c.drawString(40, y, left)
        if right:
            c.drawString(170, y, right)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()
