"""Practice: per-problem drafts, autosaved from the problem page.

Revision ID: practice_0003
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "practice_0003"
down_revision = "practice_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "practice_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("problem_uuid", sa.String(36), nullable=False),
        sa.Column("slug", sa.String(120), nullable=False),
        sa.Column("code", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_practice_drafts"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_practice_drafts_owner_id_users", ondelete="CASCADE"),
        sa.UniqueConstraint("owner_id", "problem_uuid", name="uq_practice_drafts_owner_problem"),
    )
    op.create_index("ix_practice_drafts_owner_id", "practice_drafts", ["owner_id"])


def downgrade() -> None:
    op.drop_table("practice_drafts")
