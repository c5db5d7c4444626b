"""Mock loops: loops, rounds with their clock and answers, and the interview plan.

Revision ID: mock_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "mock_0001"
# Branches from the tracker's first revision because loops and plans may follow an application
# (as takehome_0001 does).
down_revision = "tracker_0001"
branch_labels = ("mock",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "mock_loops",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("mock_loops"),
        sa.Column("loop_type", sa.String(40), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("company_type", sa.String(40), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("finished_at", UTCDateTime(), nullable=True),
        sa.Column("scorecard", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name="fk_mock_loops_application_id_applications", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_mock_loops"),
    )
    op.create_index("ix_mock_loops_owner_id", "mock_loops", ["owner_id"])
    op.create_index("ix_mock_loops_application_id", "mock_loops", ["application_id"])
    op.create_index("ix_mock_loops_created_at", "mock_loops", ["created_at"])

    op.create_table(
        "mock_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("mock_rounds"),
        sa.Column("loop_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("phase_marks", sa.JSON(), nullable=False),
        sa.Column("elapsed_seconds", sa.Integer(), nullable=False),
        sa.Column("started_at", UTCDateTime(), nullable=True),
        sa.Column("resumed_at", UTCDateTime(), nullable=True),
        sa.Column("submitted_at", UTCDateTime(), nullable=True),
        sa.Column("self_assessment", sa.JSON(), nullable=True),
        sa.Column("scorecard", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(["loop_id"], ["mock_loops.id"], name="fk_mock_rounds_loop_id_mock_loops",
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name="pk_mock_rounds"),
        sa.UniqueConstraint("loop_id", "position", name="uq_mock_rounds_loop_position"),
    )
    op.create_index("ix_mock_rounds_owner_id", "mock_rounds", ["owner_id"])
    op.create_index("ix_mock_rounds_loop_id", "mock_rounds", ["loop_id"])

    op.create_table(
        "interview_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("interview_plans"),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("interview_on", sa.Date(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("replans", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(["application_id"], ["applications.id"],
                                name="fk_interview_plans_application_id_applications", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_interview_plans"),
        sa.UniqueConstraint("owner_id", name="uq_interview_plans_owner_id"),
    )
    op.create_index("ix_interview_plans_owner_id", "interview_plans", ["owner_id"])


def downgrade() -> None:
    op.drop_table("interview_plans")
    op.drop_table("mock_rounds")
    op.drop_table("mock_loops")
