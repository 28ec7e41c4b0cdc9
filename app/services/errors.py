"""Errors a user can cause. The UI shows their message as it is; never a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field


class DomainError(Exception):
    """A problem the user can fix: the message says what and where."""


class NotFound(DomainError):
    pass


class TransitionError(DomainError):
    pass


@dataclass
class RowError:
    """One problem in an input file, named by file row and column (1-based rows as a spreadsheet shows them)."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class FileRefused(DomainError):
    """An input file was refused as a whole; nothing was written."""

    filename: str
    errors: list[RowError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        head = f"{self.filename}: refused, {len(self.errors)} error(s); nothing was imported"
        return "\n".join([head, *(f"  {e}" for e in self.errors[:50])])
