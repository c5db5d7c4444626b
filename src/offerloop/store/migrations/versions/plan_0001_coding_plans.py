"""Readiness: the user's coding plan.

Revision ID: plan_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "plan_0001"
down_revision = "0001_core"
branch_labels = ("plan",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "coding_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("interview_on", sa.Date(), nullable=True),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("replans", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_coding_plans"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_coding_plans_owner_id_users", ondelete="CASCADE"),
        sa.UniqueConstraint("owner_id", name="uq_coding_plans_owner_id"),
    )
    op.create_index("ix_coding_plans_owner_id", "coding_plans", ["owner_id"])


def downgrade() -> None:
    op.drop_table("coding_plans")
