"""Recipient records: streaming CSV / JSON / JSONL readers and the normalised name view.

Readers yield :class:`Recipient` objects or :class:`SourceProblem` objects (a ragged row,
an undecodable row, a broken JSON line): bad input is reported, never raised, and the rest of
the file is still read. Memory stays flat: rows are read one at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Union

from .model import RecipientRef

_SNIFF_BYTES = 64 * 1024
_CHUNK = 64 * 1024
csv.field_size_limit(1 << 24)

# Field roles and the column names that commonly carry them, compared after folding
# (lowercase, no spaces, underscores, dashes or dots): "First Name" == "first_name".
DEFAULT_FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "given": ("firstname", "first", "givenname", "given", "forename", "fname", "vorname",
              "prenom", "prénom", "nombre", "voornaam", "contactfirstname"),
    "family": ("lastname", "last", "surname", "familyname", "family", "lname", "nachname",
               "nom", "apellido", "apellidos", "achternaam", "contactlastname"),
    "full": ("name", "fullname", "contactname", "displayname", "recipientname", "attendeename"),
    "preferred": ("preferredname", "nickname", "knownas", "goesby", "preferredfirstname",
                  "callname", "rufname"),
    "honorific": ("salutation", "honorific", "nameprefix", "prefix", "anrede", "civilite",
                  "civilité", "tratamiento", "aanhef"),
    "email": ("email", "emailaddress", "mail", "e-mail", "workemail", "contactemail"),
    "attended": ("attended", "attendance", "attendedwebinar", "attendedevent", "wasattended",
                 "attendeestatus", "status", "registrationstatus", "attendancestatus"),
    "event_date": ("eventdate", "webinardate", "sessiondate", "eventstart", "eventstartdate",
                   "webinarstart", "attendedat", "attendeddate", "meetingdate", "jointime"),
}


# Parents of nested fields that describe the recipient (``contact.first_name``).
PERSON_PARENTS = frozenset(
    {"contact", "person", "recipient", "attendee", "lead", "user", "customer", "profile", "member",
     "subscriber", "registrant", "prospect", "to", "kontakt", "persona", "personne"}
)


def fold_key(key: str) -> str:
    return re.sub(r"[\s_\-.]+", "", key).lower()


@dataclass(frozen=True, slots=True)
class SourceProblem:
    """A problem with the recipient input itself, reported as an FL02x diagnostic."""

    code: str  # "FL020" unreadable, "FL021" malformed row, "FL022" encoding notice
    message: str
    source: str
    line: int = 1
    column: int = 1
    index: int | None = None  # 0-based position of the bad record among those given to lint()


class FieldMap:
    """Resolves name roles (given, family, ...) to the keys of a record, cached per key set."""

    def __init__(self, custom: Mapping[str, str | Iterable[str]] | None = None) -> None:
        self._aliases: dict[str, tuple[str, ...]] = {}
        for role, aliases in DEFAULT_FIELD_ALIASES.items():
            self._aliases[role] = tuple(fold_key(a) for a in aliases)
        self._custom: dict[str, tuple[str, ...]] = {}
        for role, columns in (custom or {}).items():
            cols = (columns,) if isinstance(columns, str) else tuple(columns)
            self._custom[role] = tuple(cols)
        self._cache: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {}

    def resolve(self, keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """Map each role to the key path (possibly dotted, e.g. ``contact.firstname``)."""
        key_tuple = tuple(keys)
        cached = self._cache.get(key_tuple)
        if cached is not None:
            return cached
        folded: dict[str, tuple[str, ...]] = {}
        for key in key_tuple:
            parts = tuple(key.split("."))
            # a nested key names the person only under a person-like parent: contact.firstname
            # is a given name, company.name is not
            if len(parts) == 1 or fold_key(parts[-2]) in PERSON_PARENTS:
                folded.setdefault(fold_key(parts[-1]), parts)
            folded.setdefault(fold_key(key), parts)
        result: dict[str, tuple[str, ...]] = {}
        for role, aliases in self._aliases.items():
            for custom in self._custom.get(role, ()):
                if custom in key_tuple:
                    result[role] = tuple(custom.split("."))
                    break
            else:
                for alias in aliases:
                    if alias in folded:
                        result[role] = folded[alias]
                        break
        if len(self._cache) < 256:
            self._cache[key_tuple] = result
        return result

    def custom_columns(self, role: str) -> tuple[str, ...]:
        """The columns the configuration maps to ``role`` (``fields.given = ["Vorname"]``)."""
        return self._custom.get(role, ())

    def role_of_variable(self, path: tuple[str, ...]) -> str | None:
        """The role a template variable names, by its last part (``contact.lastname`` -> family)."""
        dotted = ".".join(path)
        for role, columns in self._custom.items():
            if dotted in columns or path[-1] in columns:
                return role
        if len(path) > 1 and fold_key(path[-2]) not in PERSON_PARENTS:
            return None  # company.name, event.title: not the recipient's name
        leaf = fold_key(path[-1])
        for role, aliases in self._aliases.items():
            if leaf in aliases:
                return role
        return None


def flat_keys(record: Mapping[str, Any], prefix: str = "", depth: int = 0) -> list[str]:
    """Keys of ``record``, with nested mappings as dotted paths (``contact.firstname``)."""
    keys: list[str] = []
    for key, value in record.items():
        full = f"{prefix}{key}"
        keys.append(full)
        if isinstance(value, Mapping) and depth < 3:
            keys.extend(flat_keys(value, full + ".", depth + 1))
    return keys


def lookup(record: Mapping[str, Any], path: tuple[str, ...]) -> Any:
    """The value at a dotted ``path`` in nested mappings, or None."""
    if len(path) == 1 and type(record) is dict:  # the common, flat case: no ABC checks
        return record.get(path[0])
    value: Any = record
    for part in path:
        if not (type(value) is dict or isinstance(value, Mapping)) or part not in value:
            return None
        value = value[part]
    return value


@dataclass(frozen=True, slots=True)
class NameView:
    """The recipient's name parts as rules see them; ``None`` where the record has no field.

    ``*_field`` give the column each part came from (for messages and fixes); parts derived by
    parsing a full-name column have ``derived=True``.
    """

    given: str | None = None
    family: str | None = None
    full: str | None = None
    preferred: str | None = None
    honorific: str | None = None
    email: str | None = None
    given_field: str | None = None
    family_field: str | None = None
    full_field: str | None = None
    preferred_field: str | None = None
    honorific_field: str | None = None
    email_field: str | None = None
    derived: bool = False


@dataclass(slots=True)
class Recipient:
    """One record, as given (for rendering), with where it came from."""

    data: Mapping[str, Any]
    ref: RecipientRef
    field_map: FieldMap = field(repr=False, default_factory=FieldMap)
    _names: NameView | None = field(default=None, repr=False)
    _roles: dict[str, tuple[str, ...]] | None = field(default=None, repr=False)
    memo: dict[str, Any] = field(default_factory=dict, repr=False)
    """Per-record results shared by rules and templates (computed once per record)."""

    @property
    def roles(self) -> dict[str, tuple[str, ...]]:
        if self._roles is None:
            keys = flat_keys(self.data) if any(isinstance(v, Mapping) for v in self.data.values()) else list(self.data)
            self._roles = self.field_map.resolve(keys)
        return self._roles

    def value(self, role: str) -> str | None:
        """The raw text of a role's field, or None when the record has no such field."""
        path = self.roles.get(role)
        if path is None:
            return None
        raw = lookup(self.data, path)
        if raw is None:
            return ""
        return raw if isinstance(raw, str) else str(raw)

    def field_name(self, role: str) -> str | None:
        path = self.roles.get(role)
        return None if path is None else ".".join(path)

    @property
    def names(self) -> NameView:
        if self._names is None:
            self._names = self._build_names()
        return self._names

    def _build_names(self) -> NameView:
        given = self.value("given")
        family = self.value("family")
        full = self.value("full")
        derived = False
        if full and (given is None and family is None):
            from .names import parse_full_name  # parsed only when structured fields are absent

            parsed = parse_full_name(full)
            given, family, derived = parsed.given or None, parsed.family or None, True
        return NameView(
            given=given,
            family=family,
            full=full,
            preferred=self.value("preferred"),
            honorific=self.value("honorific"),
            email=self.value("email"),
            given_field=self.field_name("given") or (self.field_name("full") if derived else None),
            family_field=self.field_name("family") or (self.field_name("full") if derived else None),
            full_field=self.field_name("full"),
            preferred_field=self.field_name("preferred"),
            honorific_field=self.field_name("honorific"),
            email_field=self.field_name("email"),
            derived=derived,
        )


RecordOrProblem = Union[Recipient, SourceProblem]


# --------------------------------------------------------------------------------------
# Readers


def read_records(
    records: Iterable[Mapping[str, Any]],
    *,
    source: str = "<records>",
    field_map: FieldMap | None = None,
) -> Iterator[RecordOrProblem]:
    """Wrap in-memory records (``lint()``'s ``recipients``); row numbers are 1-based."""
    fmap = field_map or FieldMap()
    for index, record in enumerate(records):
        if not isinstance(record, Mapping):
            yield SourceProblem(
                "FL021", f"record {index + 1} is a {type(record).__name__}, not a mapping of fields", source, index + 1,
                index=index,
            )
            continue
        yield Recipient(record, RecipientRef(index + 1, source, index), fmap)


def read_recipient_file(path: Path, *, field_map: FieldMap | None = None) -> Iterator[RecordOrProblem]:
    """Stream records from a CSV/TSV, JSON array or JSONL file, by suffix."""
    fmap = field_map or FieldMap()
    suffix = path.suffix.lower()
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield SourceProblem("FL020", f"cannot read recipients file: {exc.strerror or exc}", source)
        return
    with handle:
        if suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(handle, source, fmap)
        elif suffix == ".json":
            yield from _read_json_array(handle, source, fmap)
        elif suffix in (".csv", ".tsv", ".txt"):
            yield from _read_csv(handle, source, fmap)
        else:
            yield SourceProblem(
                "FL020",
                f"unsupported recipients file type {suffix or '(none)'!r}; use .csv, .tsv, .json or .jsonl",
                source,
            )


def _detect_encoding(head: bytes) -> tuple[str, bool]:
    """Return (encoding, is_fallback). UTF-8 (with or without BOM) unless the head is not UTF-8."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", False
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", False
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig", False
    except UnicodeDecodeError:
        pass
    # Some bytes are not UTF-8. A file with more valid multi-byte UTF-8 characters than bad
    # bytes is UTF-8 with a few broken rows (reported row by row); otherwise it is cp1252.
    text = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape").decode(head, final=False)
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    good = sum(1 for ch in text if ch > "\x7f") - bad
    if good > bad:
        return "utf-8-sig", False
    return "cp1252", True


def _cp1252_or_latin1(error: UnicodeError) -> tuple[str, int]:
    # cp1252 leaves five bytes undefined; read them as latin-1 so no byte is lost
    assert isinstance(error, UnicodeDecodeError)
    chunk = error.object[error.start : error.end]
    return chunk.decode("latin-1"), error.end


codecs.register_error("followup_lint_latin1", _cp1252_or_latin1)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # what surrogateescape makes of a non-UTF-8 byte


def _has_surrogates(values: Iterable[str]) -> bool:
    return any(not value.isascii() and _ESCAPED_BYTE.search(value) for value in values)


def _read_csv(handle: io.BufferedReader, source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    head = handle.read(_SNIFF_BYTES)
    handle.seek(0)
    if not head.strip():
        yield SourceProblem("FL020", "recipients file is empty", source)
        return
    encoding, fallback = _detect_encoding(head)
    errors = "followup_lint_latin1" if fallback else "surrogateescape"
    if encoding == "utf-16":
        errors = "replace"
    text = io.TextIOWrapper(handle, encoding=encoding, errors=errors, newline="")
    if fallback:
        yield SourceProblem(
            "FL022", "recipients file is not UTF-8; read it as Windows-1252 (cp1252). Save it as UTF-8 to be sure names are right", source
        )
    sample = head.decode(encoding if encoding != "utf-8-sig" else "utf-8", errors="ignore")
    dialect = _sniff_dialect(sample, source)
    reader = csv.reader(text, dialect)
    try:
        header = next(reader)
    except StopIteration:
        yield SourceProblem("FL020", "recipients file has no header row", source)
        return
    except (csv.Error, UnicodeError) as exc:
        yield SourceProblem("FL020", f"cannot read the header row: {exc}", source)
        return
    header = [h.strip() for h in header]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            yield SourceProblem("FL021", f"header column {position} has no name; its values are ignored", source, 1, position)
        elif name in seen:
            yield SourceProblem("FL021", f"header column {name!r} appears twice; the first one is used", source, 1, position)
        seen.add(name)
    width = len(header)
    roles = fmap.resolve([h for h in header if h])
    index = 0
    line = reader.line_num
    while True:
        start_line = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            line = reader.line_num
            yield SourceProblem("FL021", f"malformed CSV row: {exc}", source, start_line)
            continue
        line = reader.line_num
        if not row or (len(row) == 1 and not row[0].strip()):
            continue
        if len(row) != width:
            yield SourceProblem(
                "FL021",
                f"row has {len(row)} fields but the header has {width}; the row is skipped",
                source,
                start_line,
            )
            continue
        if not fallback and _has_surrogates(row):
            yield SourceProblem(
                "FL021", "row is not valid UTF-8 (mixed encodings in one file); the row is skipped", source, start_line
            )
            continue
        record: dict[str, Any] = {}
        for key, value in zip(header, row):
            if key and key not in record:
                record[key] = value
        recipient = Recipient(record, RecipientRef(start_line, source, index), fmap)
        recipient._roles = roles
        index += 1
        yield recipient


def _sniff_dialect(sample: str, source: str) -> type[csv.Dialect] | csv.Dialect:
    if source.lower().endswith(".tsv"):
        return csv.excel_tab
    first_lines = "\n".join(sample.splitlines()[:20])
    try:
        dialect = csv.Sniffer().sniff(first_lines, delimiters=",;\t|")
        dialect.doublequote = True
        return dialect
    except csv.Error:
        return csv.excel


def _read_jsonl(handle: io.BufferedReader, source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    index = 0
    for line_no, raw in enumerate(handle, start=1):
        if line_no == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        try:
            value = json.loads(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield SourceProblem("FL021", "line is not valid UTF-8; the record is skipped", source, line_no)
            continue
        except json.JSONDecodeError as exc:
            yield SourceProblem("FL021", f"invalid JSON: {exc.msg}", source, line_no, exc.colno)
            continue
        if not isinstance(value, dict):
            yield SourceProblem("FL021", f"expected a JSON object, found {_json_type(value)}", source, line_no)
            continue
        yield Recipient(value, RecipientRef(line_no, source, index), fmap)
        index += 1


def _json_type(value: Any) -> str:
    return {list: "an array", str: "a string", int: "a number", float: "a number", bool: "a boolean"}.get(
        type(value), "null"
    )


def _read_json_array(handle: io.BufferedReader, source: str, fmap: FieldMap) -> Iterator[RecordOrProblem]:
    """Stream the elements of a top-level JSON array without loading the whole file."""
    decoder = json.JSONDecoder()
    reader = codecs.getincrementaldecoder("utf-8-sig")(errors="strict")
    buffer = ""
    pos = 0
    line = 1  # line number at ``pos``
    eof = False
    index = 0

    def fill() -> bool:
        nonlocal buffer, pos, eof
        chunk = handle.read(_CHUNK)
        if not chunk:
            eof = True
            buffer = buffer[pos:] + reader.decode(b"", final=True)
        else:
            buffer = buffer[pos:] + reader.decode(chunk)
        pos = 0
        return not eof or bool(buffer)

    def skip_ws() -> None:
        nonlocal pos, line
        while True:
            while pos < len(buffer) and buffer[pos] in " \t\r\n":
                if buffer[pos] == "\n":
                    line += 1
                pos += 1
            if pos < len(buffer) or eof:
                return
            fill()

    try:
        fill()
        skip_ws()
        if pos >= len(buffer) or buffer[pos] != "[":
            yield SourceProblem("FL020", "a .json recipients file must hold an array of objects (use .jsonl for one object per line)", source, line)
            return
        pos += 1
        while True:
            skip_ws()
            if pos >= len(buffer):
                yield SourceProblem("FL021", "JSON array is not closed with ']'", source, line)
                return
            if buffer[pos] == "]":
                return
            if buffer[pos] == "," and index > 0:
                pos += 1
                skip_ws()
            start_line = line
            while True:
                try:
                    value, end = decoder.raw_decode(buffer, pos)
                    if eof or isinstance(value, (dict, list, str)) or not _may_continue(buffer, end):
                        break
                    # a number or literal at the very end of the buffer may continue
                    # ("1." + "5", "2e" + "10", "tru" + "e")
                except json.JSONDecodeError as exc:
                    if eof or not _incomplete(buffer, pos):
                        ln = start_line + buffer.count("\n", pos, exc.pos)
                        yield SourceProblem(
                            "FL021", f"invalid JSON: {exc.msg}; the rest of the file is skipped", source, ln
                        )
                        return
                fill()
            line += buffer.count("\n", pos, end)
            pos = end
            if isinstance(value, dict):
                yield Recipient(value, RecipientRef(start_line, source, index), fmap)
            else:
                yield SourceProblem("FL021", f"expected a JSON object, found {_json_type(value)}", source, start_line)
            index += 1
    except UnicodeDecodeError:
        yield SourceProblem("FL020", "recipients file is not valid UTF-8 JSON", source, line)


def _may_continue(buffer: str, end: int) -> bool:
    """True when a scalar decoded up to ``end`` may go on in the next chunk."""
    return all(char in "0123456789.eE+-" for char in buffer[end:])


def _incomplete(buffer: str, pos: int) -> bool:
    """True when the JSON value starting at ``pos`` may just be cut off by the buffer end."""
    depth = 0
    in_string = False
    escape = False
    for char in buffer[pos:]:
        if in_string:
            if escape:
                escape = False
            elif char == "\\":
                escape = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
        elif char in "]}":
            depth -= 1
            if depth <= 0:
                return False
    return True
