"""ML system design: drafts per case and submitted attempts with their feedback.

Revision ID: design_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "design_0001"
down_revision = "0001_core"
branch_labels = ("design",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "design_drafts",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("design_drafts"),
        sa.Column("case_slug", sa.String(80), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("timer", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_design_drafts"),
    )
    op.create_index("ix_design_drafts_owner_id", "design_drafts", ["owner_id"])
    op.create_index("ix_design_drafts_case_slug", "design_drafts", ["case_slug"])

    op.create_table(
        "design_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("design_attempts"),
        sa.Column("case_slug", sa.String(80), nullable=False),
        sa.Column("case_uuid", sa.String(36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("feedback", sa.JSON(), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_design_attempts"),
    )
    op.create_index("ix_design_attempts_owner_id", "design_attempts", ["owner_id"])
    op.create_index("ix_design_attempts_case_slug", "design_attempts", ["case_slug"])


def downgrade() -> None:
    op.drop_table("design_attempts")
    op.drop_table("design_drafts")
