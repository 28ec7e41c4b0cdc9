"""Alembic environment: the engine comes from the caller (app.db), never from an ini file."""

from __future__ import annotations

from alembic import context

from app.migrations import include_object
from app.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        from app.db import make_engine

        engine = make_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                          include_object=include_object)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
