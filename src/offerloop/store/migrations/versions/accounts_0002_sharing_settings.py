"""Accounts: sharing_settings, what a candidate shares with the coaches of their cohorts (owned).

Revision ID: accounts_0002
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "accounts_0002"
down_revision = "accounts_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sharing_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.Column("readiness", sa.Boolean(), nullable=False),
        sa.Column("activity", sa.Boolean(), nullable=False),
        sa.Column("interviews", sa.Boolean(), nullable=False),
        sa.Column("companies", sa.Boolean(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sharing_settings"),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name="fk_sharing_settings_owner_id_users",
                                ondelete="CASCADE"),
        sa.UniqueConstraint("owner_id", name="uq_sharing_settings_owner_id"),
    )
    op.create_index("ix_sharing_settings_owner_id", "sharing_settings", ["owner_id"])


def downgrade() -> None:
    op.drop_table("sharing_settings")
