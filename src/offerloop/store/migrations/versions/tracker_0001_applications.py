"""Applications tracker: applications, timeline events, contacts, interviews, questions, red flags, prefs.

Revision ID: tracker_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "tracker_0001"
down_revision = "0001_core"
branch_labels = ("tracker",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def _to_application(table: str, nullable: bool = False, ondelete: str = "CASCADE") -> list:
    return [
        sa.Column("application_id", sa.Integer(), nullable=nullable),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name=f"fk_{table}_application_id_applications", ondelete=ondelete),
    ]


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("applications"),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("company_type", sa.String(20), nullable=False),
        sa.Column("stage", sa.String(40), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("link", sa.String(1000), nullable=False),
        sa.Column("job_description", sa.Text(), nullable=False),
        sa.Column("applied_at", UTCDateTime(), nullable=False),
        sa.Column("stage_changed_at", UTCDateTime(), nullable=False),
        sa.Column("offer_deadline", UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_applications"),
    )
    op.create_index("ix_applications_owner_id", "applications", ["owner_id"])

    op.create_table(
        "application_events",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("application_events"),
        *_to_application("application_events"),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("from_stage", sa.String(40), nullable=True),
        sa.Column("to_stage", sa.String(40), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_application_events"),
    )
    op.create_index("ix_application_events_owner_id", "application_events", ["owner_id"])
    op.create_index("ix_application_events_application_id", "application_events", ["application_id"])

    op.create_table(
        "application_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("application_contacts"),
        *_to_application("application_contacts"),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_application_contacts"),
    )
    op.create_index("ix_application_contacts_owner_id", "application_contacts", ["owner_id"])
    op.create_index("ix_application_contacts_application_id", "application_contacts", ["application_id"])

    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("interviews"),
        sa.Column("uid", sa.String(36), nullable=False),
        *_to_application("interviews"),
        sa.Column("round", sa.String(40), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("tz", sa.String(64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("interviewers", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("deadline", UTCDateTime(), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=True),
        sa.Column("checklist", sa.JSON(), nullable=False),
        sa.Column("thank_you_draft", sa.Text(), nullable=True),
        sa.Column("thank_you_sent_at", UTCDateTime(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_interviews"),
    )
    op.create_index("ix_interviews_owner_id", "interviews", ["owner_id"])
    op.create_index("ix_interviews_application_id", "interviews", ["application_id"])

    op.create_table(
        "interview_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("interview_questions"),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("topic", sa.String(100), nullable=False),
        sa.Column("card_slug", sa.String(200), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_interview_questions"),
        sa.ForeignKeyConstraint(["interview_id"], ["interviews.id"],
                                name="fk_interview_questions_interview_id_interviews", ondelete="CASCADE"),
    )
    op.create_index("ix_interview_questions_owner_id", "interview_questions", ["owner_id"])
    op.create_index("ix_interview_questions_interview_id", "interview_questions", ["interview_id"])

    op.create_table(
        "red_flags",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("red_flags"),
        sa.Column("company", sa.String(200), nullable=False),
        *_to_application("red_flags", nullable=True, ondelete="SET NULL"),
        sa.Column("flag_group", sa.String(20), nullable=False),
        sa.Column("preset", sa.String(40), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_red_flags"),
    )
    op.create_index("ix_red_flags_owner_id", "red_flags", ["owner_id"])
    op.create_index("ix_red_flags_company", "red_flags", ["company"])
    op.create_index("ix_red_flags_application_id", "red_flags", ["application_id"])

    op.create_table(
        "tracker_prefs",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("tracker_prefs"),
        sa.Column("follow_up_days", sa.Integer(), nullable=False),
        sa.Column("ghost_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tracker_prefs"),
    )
    op.create_index("ix_tracker_prefs_owner_id", "tracker_prefs", ["owner_id"])


def downgrade() -> None:
    for table in ("tracker_prefs", "red_flags", "interview_questions", "interviews",
                  "application_contacts", "application_events", "applications"):
        op.drop_table(table)
