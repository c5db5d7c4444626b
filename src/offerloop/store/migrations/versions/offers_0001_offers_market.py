"""Offers: offers, editable market ranges, market data points, negotiation profile.

Revision ID: offers_0001
"""
import sqlalchemy as sa
from alembic import op

from offerloop.store.base import UTCDateTime

revision = "offers_0001"
down_revision = "0001_core"
branch_labels = ("offers",)
depends_on = None


def _owner(table: str) -> list:
    return [
        sa.Column("owner_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["users.id"], name=f"fk_{table}_owner_id_users", ondelete="CASCADE"),
    ]


def upgrade() -> None:
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("offers"),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False),
        sa.Column("level", sa.String(20), nullable=True),
        sa.Column("company_type", sa.String(20), nullable=True),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("base", sa.BigInteger(), nullable=False),
        sa.Column("bonus_pct", sa.String(20), nullable=True),
        sa.Column("bonus_amount", sa.BigInteger(), nullable=True),
        sa.Column("sign_on", sa.BigInteger(), nullable=False),
        sa.Column("sign_on_clawback_months", sa.Integer(), nullable=True),
        sa.Column("equity_kind", sa.String(10), nullable=False),
        sa.Column("equity_grant", sa.BigInteger(), nullable=True),
        sa.Column("vesting", sa.JSON(), nullable=True),
        sa.Column("cliff_months", sa.Integer(), nullable=True),
        sa.Column("refresh_grant", sa.BigInteger(), nullable=True),
        sa.Column("option_shares", sa.BigInteger(), nullable=True),
        sa.Column("option_strike", sa.String(40), nullable=True),
        sa.Column("option_price", sa.String(40), nullable=True),
        sa.Column("option_price_basis", sa.String(20), nullable=True),
        sa.Column("retirement_match_pct", sa.String(20), nullable=True),
        sa.Column("pto_days", sa.Integer(), nullable=True),
        sa.Column("remote_policy", sa.String(20), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("deadline", UTCDateTime(), nullable=True),
        sa.Column("written_offer", sa.Boolean(), nullable=False),
        sa.Column("quit_first", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offers"),
    )
    op.create_index("ix_offers_owner_id", "offers", ["owner_id"])

    op.create_table(
        "offer_market_ranges",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("offer_market_ranges"),
        sa.Column("level", sa.String(20), nullable=False),
        sa.Column("company_type", sa.String(20), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("low", sa.BigInteger(), nullable=False),
        sa.Column("high", sa.BigInteger(), nullable=False),
        sa.Column("excludes_equity", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offer_market_ranges"),
    )
    op.create_index("ix_offer_market_ranges_owner_id", "offer_market_ranges", ["owner_id"])

    op.create_table(
        "offer_data_points",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("offer_data_points"),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("level", sa.String(20), nullable=True),
        sa.Column("company_type", sa.String(20), nullable=True),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("total_comp", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offer_data_points"),
    )
    op.create_index("ix_offer_data_points_owner_id", "offer_data_points", ["owner_id"])

    op.create_table(
        "offer_prefs",
        sa.Column("id", sa.Integer(), nullable=False),
        *_owner("offer_prefs"),
        sa.Column("rare_skills", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offer_prefs"),
    )
    op.create_index("ix_offer_prefs_owner_id", "offer_prefs", ["owner_id"])


def downgrade() -> None:
    for table in ("offer_prefs", "offer_data_points", "offer_market_ranges", "offers"):
        op.drop_table(table)
