"""Practice: graded submissions.

Revision ID: practice_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "practice_0001"
down_revision = "0001_core"
branch_labels = ("practice",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("problem_uuid", sa.String(36), nullable=False),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("verdict", sa.String(30), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("time_ms", sa.Float(), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("result", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_practice_submissions"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_practice_submissions_owner_id_users", ondelete="CASCADE"),
    )
    op.create_index("ix_practice_submissions_owner_id", "practice_submissions", ["owner_id"])
    op.create_index("ix_practice_submissions_problem_uuid", "practice_submissions", ["problem_uuid"])
    op.create_index("ix_practice_submissions_created_at", "practice_submissions", ["created_at"])


def downgrade() -> None:
    op.drop_table("practice_submissions")
