"""Offers: whether the user would accept an offer as it stands.

Revision ID: offers_0002
"""
import sqlalchemy as sa
from alembic import op

revision = "offers_0002"
down_revision = "offers_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offers") as batch:
        batch.add_column(sa.Column("accept_as_is", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("offers") as batch:
        batch.drop_column("accept_as_is")
