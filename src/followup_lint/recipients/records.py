"""What the readers produce: :class:`Recipient` records (with the normalised name view and the
field-name aliases that find the name parts) and :class:`SourceProblem` reports."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Union

from ..model import RecipientRef
from .event_date_columns import event_date_column

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

    code: str  # "FL020" unreadable, "FL021" malformed row, "FL022" encoding notice, "FL023" header
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
                else:
                    if role == "event_date":  # "date_atelier", "fecha_taller" (event_date_columns.py)
                        path = event_date_column(key_tuple)
                        if path is not None:
                            result[role] = path
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
            self._roles = self.field_map.resolve(self.field_keys())
        return self._roles

    def field_keys(self) -> tuple[str, ...]:
        """The record's keys, nested mappings as dotted paths (``contact.firstname``)."""
        data = self.data
        nested = any(type(v) is not str and isinstance(v, Mapping) for v in data.values())
        return tuple(flat_keys(data)) if nested else tuple(data)

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

    def name_parts(self) -> tuple[str | None, str | None, bool]:
        """(given, family, derived): the name columns, or the parts of a full-name column when
        the record has neither (``derived``)."""
        given = self.value("given")
        family = self.value("family")
        if given is None and family is None:
            full = self.value("full")
            if full:
                from ..names import parse_full_name  # parsed only when structured fields are absent

                parsed = parse_full_name(full)
                return parsed.given or None, parsed.family or None, True
        return given, family, False

    def _build_names(self) -> NameView:
        given, family, derived = self.name_parts()
        full = self.value("full")
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
