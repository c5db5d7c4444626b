"""Questions to ask interviewers, what not to ask early, and what the phone screen looks like.

Data, written for offerloop from the structure of the seed guide: four groups of questions
(role, team, growth, culture), the topics to hold back in a first screen and why, and the
signals to note when an interviewer cannot answer.
"""

from __future__ import annotations

from typing import Any

ASK: dict[str, dict[str, Any]] = {
    "role": {
        "title": "About the role",
        "questions": [
            "What would you need to see from me after six months to call this hire a success?",
            "What is the hardest problem the team is working on right now?",
            "How does a project move from an idea to a model in production here, and how long does that usually take?",
            "How do you measure and monitor a model once it is live?",
            "How is performance reviewed for this role, and who takes part?",
        ],
    },
    "team": {
        "title": "About the team",
        "questions": [
            "How is the team set up: how many ML engineers, data scientists and data engineers?",
            "Which tools make up the ML stack, and is anything about to change?",
            "How does the team work with product and the other engineering teams day to day?",
            "Is there an on-call rotation, and what does a typical page look like?",
        ],
    },
    "growth": {
        "title": "About growth",
        "questions": [
            "What does the technical ladder look like above this level, and what did the last promotion to staff take?",
            "How do people here keep learning: reading groups, courses, a training budget?",
            "Can engineers present at conferences, publish, or contribute to open source?",
            "Who would I learn the most from on this team, and how would I work with them?",
        ],
    },
    "culture": {
        "title": "About culture",
        "questions": [
            "How would you describe the way this team works together?",
            "What do you enjoy most about working here?",
            "What has changed in the team over the last year?",
            "How are disagreements about technical direction usually settled?",
        ],
    },
}

AVOID: list[dict[str, str]] = [
    {"topic": "Salary, bonus and benefits in the first screen",
     "why": "It signals you care about the package before the work. Raise it once they want you, in later rounds."},
    {"topic": "\"What does your company do?\"",
     "why": "Anything you could read on their website before the call shows you did not prepare."},
    {"topic": "Negative framing (\"What is the worst thing about working here?\")",
     "why": "It puts the interviewer on the defensive; ask what changed recently or what is hard right now instead."},
    {"topic": "Time off, remote days and perks before an offer",
     "why": "Like salary, it belongs to the offer stage, where you have the most leverage."},
    {"topic": "Questions the interviewer already answered",
     "why": "It suggests you were not listening: build on what they said instead."},
]

RED_FLAGS: list[str] = [
    "They cannot say clearly what the role is responsible for.",
    "There is no way they measure success in the role.",
    "How the team is organised or how work gets done stays unclear.",
    "Simple questions get defensive answers.",
]

PHONE_SCREEN: dict[str, Any] = {
    "minutes": "30-45",
    "agenda": [
        {"minutes": 5, "part": "Introductions"},
        {"minutes": 10, "part": "Your background (the pitch)"},
        {"minutes": 15, "part": "Technical basics: core ML concepts, metrics, your projects in depth"},
        {"minutes": 5, "part": "Your questions for them"},
    ],
    "common_questions": [
        {"question": "Walk me through your resume.",
         "advice": "Not a chronological list of jobs: a 3-minute pitch of who you are now, your best measured "
                   "result, your specialisation and why this company. Build it with the pitch builder."},
        {"question": "Why are you interested in this role?",
         "advice": "Name their problem and the project of yours that prepares you for it; "
                   "'I want to learn more about ML' says nothing about them."},
        {"question": "What are your current or expected salary numbers?",
         "advice": "Do not give a number first. Say the fit matters most to you and you expect to agree on "
                   "a fair number if both sides want to go on, then ask what range they budgeted for the role."},
    ],
}


def as_data() -> dict[str, Any]:
    return {"ask": ASK, "avoid": AVOID, "red_flags": RED_FLAGS, "phone_screen": PHONE_SCREEN}
