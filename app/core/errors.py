"""Errors a user can cause. The UI shows their message as it is; never a traceback."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.messages import msg


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
        if self.row is not None and self.column:
            return msg("row {row}, column '{column}': {message}", row=self.row, column=self.column,
                       message=self.message)
        if self.row is not None:
            return msg("row {row}: {message}", row=self.row, message=self.message)
        if self.column:
            return msg("column '{column}': {message}", column=self.column, message=self.message)
        return self.message


@dataclass
class FileRefused(DomainError):
    """An input file was refused as a whole; nothing was written."""

    filename: str
    errors: list[RowError] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(str(self))

    def __str__(self) -> str:
        head = msg("{file}: refused, {count} error(s); nothing was imported", file=self.filename,
                   count=len(self.errors))
        return "\n".join([head, *(f"  {e}" for e in self.errors[:50])])
