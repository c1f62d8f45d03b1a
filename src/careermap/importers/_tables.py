"""Reading the CSV and tab-separated tables of the official downloads, with clear errors.

Both importers read a folder of tables through :class:`Source`, which collects
every problem (a missing file, a missing column, a malformed row) as a
:class:`careermap.Problem` naming the file, the line and the column, and raises
them together as one :class:`careermap.TaxonomyError`.
"""

from __future__ import annotations

import csv
import logging
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from careermap.base.errors import Problem, TaxonomyError
from careermap.taxonomy.models import Taxonomy
from careermap.taxonomy.validate import check_taxonomy

__all__ = [
    "CSV",
    "MAX_PROBLEMS",
    "TSV",
    "Dialect",
    "Source",
    "Table",
    "finish",
    "unique_aliases",
]

#: Most problems listed in one error; a wrong file can otherwise produce one per row.
MAX_PROBLEMS = 100

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Dialect:
    """How a download writes its tables.

    Attributes
    ----------
    delimiter : str
        The field separator.
    quoting : int
        A :mod:`csv` quoting constant.
    missing : frozenset of str
        Values that mean "no value"; they are read as ``""``.
    """

    delimiter: str = ","
    quoting: int = csv.QUOTE_MINIMAL
    missing: frozenset[str] = frozenset()


#: ESCO: comma-separated, minimal quoting, multi-line quoted fields.
CSV = Dialect()
#: O*NET: tab-separated, no quoting, ``n/a`` for a missing value.
TSV = Dialect(delimiter="\t", quoting=csv.QUOTE_NONE, missing=frozenset({"n/a"}))


class Source:
    """A folder of tables that collects the problems found while reading it.

    Parameters
    ----------
    path : str or path-like
        The folder of the download.
    dialect : Dialect
        How its tables are written.
    what : str
        What the folder should hold, for messages (e.g. ``"the ESCO CSV download"``).
    """

    def __init__(self, path: str | os.PathLike[str], dialect: Dialect, what: str) -> None:
        self.root = Path(path)
        self.name = os.fspath(path)
        self.dialect = dialect
        self.what = what
        self.problems: list[Problem] = []
        if not self.root.is_dir():
            found = "a file" if self.root.exists() else "nothing"
            self.add(self.name, None, "", f"expected the folder of {what}, found {found} there")
            self.check()

    def add(self, file: str, line: int | None, field: str, message: str) -> None:
        """Record one problem."""
        self.problems.append(Problem(file, line, None, field, message))

    def check(self) -> None:
        """Raise a :class:`careermap.TaxonomyError` listing the problems so far, if any."""
        if not self.problems:
            return
        shown = self.problems[:MAX_PROBLEMS]
        hidden = len(self.problems) - len(shown)
        if hidden:
            shown.append(Problem(self.name, None, None, "", f"... and {hidden} more problems"))
        raise TaxonomyError(shown)

    def tables(self, wanted: Mapping[str, Sequence[str]]) -> dict[str, Table]:
        """Open every table of *wanted* (file name -> columns), or raise for all that fail.

        Every missing file and every missing column is reported at once.
        """
        found = {name: self.table(name, columns) for name, columns in wanted.items()}
        self.check()
        return {name: table for name, table in found.items() if table is not None}

    def table(self, name: str, columns: Sequence[str]) -> Table | None:
        """Open table *name*, checking that it exists and has *columns*.

        Returns ``None`` (and records a problem) when the file or a column is missing.
        """
        path = self.root / name
        file = os.fspath(path)
        if not path.is_file():
            self.add(file, None, "", f"missing file {name!r}; {self.what} should hold it")
            return None
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                header = next(csv.reader(handle, **self.csv_options()), None)
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            self.add(file, 1, "", f"cannot read the header: {exc}")
            return None
        if not header:
            self.add(file, 1, "", f"empty file; expected a header naming {', '.join(columns)}")
            return None
        header = [cell.strip() for cell in header]
        missing = [column for column in columns if column not in header]
        for column in missing:
            self.add(
                file, 1, column, f"missing column {column!r}; the header has: {', '.join(header)}"
            )
        if missing:
            return None
        index = tuple(header.index(column) for column in columns)
        return Table(self, path, file, len(header), tuple(columns), index)

    def csv_options(self) -> dict[str, Any]:
        """Keyword arguments of :func:`csv.reader` for this source's dialect."""
        return {
            "delimiter": self.dialect.delimiter,
            "quoting": self.dialect.quoting,
            "strict": True,
        }

    def build(self, model: type[M], data: Mapping[str, Any], file: str, line: int) -> M | None:
        """Validate *data* as *model* once; record a problem at *file*:*line* if it fails."""
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                field = ".".join(str(part) for part in error["loc"])
                value = f" (got {error['input']!r})" if error["type"] != "missing" else ""
                self.add(file, line, field, f"{error['msg']}{value}")
            return None


@dataclass(frozen=True)
class Table:
    """One table of a :class:`Source`, with the positions of the columns asked for."""

    source: Source
    path: Path
    file: str
    width: int
    columns: tuple[str, ...]
    index: tuple[int, ...]

    def rows(self, *, required: Sequence[int] = ()) -> Iterator[tuple[int, list[str]]]:
        """Yield ``(line, values)`` for every record, values in the order asked for.

        ``line`` is the 1-based line where the record starts (records may span lines).
        A record with fewer fields than the header is padded with ``""``, as
        :class:`csv.DictReader` pads with ``None``; one with more fields, or with an
        empty value at a position in *required*, is recorded as a problem and skipped.
        Values are stripped of surrounding whitespace; values in the dialect's
        ``missing`` set are read as ``""``.
        """
        missing = self.source.dialect.missing
        line = 1
        try:
            with self.path.open(encoding="utf-8-sig", newline="") as handle:
                reader = csv.reader(handle, **self.source.csv_options())
                next(reader, None)
                line = reader.line_num + 1
                for record in reader:
                    start, line = line, reader.line_num + 1
                    if not record:
                        continue  # a blank line
                    if len(record) > self.width:
                        self.source.add(
                            self.file,
                            start,
                            "",
                            f"{len(record)} fields, but the header names {self.width}; "
                            "is a separator inside a value left unquoted?",
                        )
                        continue
                    values = [record[i].strip() if i < len(record) else "" for i in self.index]
                    if missing:
                        values = ["" if value in missing else value for value in values]
                    empty = [self.columns[i] for i in required if not values[i]]
                    if empty:
                        for column in empty:
                            self.source.add(self.file, start, column, f"empty {column}")
                        continue
                    yield start, values
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            self.source.add(self.file, line, "", f"cannot read the file: {exc}")


def unique_aliases(label: str, values: Sequence[str]) -> tuple[str, ...]:
    """Return *values* stripped, without blanks, repeats or *label*, compared case-insensitively.

    The first spelling of a repeated value is kept.

    Examples
    --------
    >>> unique_aliases("Nurse", [" RN ", "nurse", "rn", "", "Staff nurse"])
    ('RN', 'Staff nurse')
    """
    seen = {label.strip().casefold()}
    kept = []
    for value in values:
        text = value.strip()
        key = text.casefold()
        if text and key not in seen:
            seen.add(key)
            kept.append(text)
    return tuple(kept)


def finish(taxonomy: Taxonomy, source: Source, title: str, details: str) -> Taxonomy:
    """End an import: log one summary line, then check *taxonomy* as a loaded one is.

    Both importers end here, so their summaries read alike and neither skips the
    cross-reference checks of :func:`careermap.load_taxonomy`.

    Parameters
    ----------
    taxonomy : Taxonomy
        What the importer built.
    source : Source
        The folder it was read from (its name is the problems' file).
    title : str
        The data set, as people call it ("ESCO", "O*NET").
    details : str
        What was merged, dropped or skipped, for the log.

    Raises
    ------
    TaxonomyError
        When the imported taxonomy fails the cross-reference checks.
    """
    relations = f"{len(taxonomy.relations):,} relations, " if taxonomy.relations else ""
    logging.getLogger("careermap.importers").info(
        "imported %s %s from %s: %d sectors, %d skills, %s%d roles; %s",
        title,
        taxonomy.version,
        source.name,
        len(taxonomy.sectors),
        len(taxonomy.skills),
        relations,
        len(taxonomy.roles),
        details,
    )
    return check_taxonomy(taxonomy, source=source.name)
