"""Tables of rule files as attrs classes whose validators check every value (``string``, ``flag``,
``strings`` and the checks of each field); read by cattrs, every failure turned into one
``file:line: message`` error (``structure``).

A well-formed table is built by its class directly: cattrs, and the cost of importing it, is
paid only for a table that fails, to say what is wrong with it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from string import Formatter
from typing import Any, TypeVar

import attrs

from .rulefile import RuleFileError, check_keys, line_of

T = TypeVar("T")
Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


class Invalid(ValueError):
    """A value of the right type that cannot be used: the key it was read from, and why."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message)
        self.key = key


class _WrongType(TypeError):
    """A value of another type than the table's class says (``key``: the field, when a validator
    found it; cattrs names the field of a failed hook)."""

    def __init__(self, expected: str, value: object, key: str | None = None) -> None:
        super().__init__(f"must be {expected}, not {type(value).__name__}")
        self.key = key


def _typed(kind: type) -> Validator:
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise _WrongType(kind.__name__, value, attribute.name)
    return check


string = _typed(str)  # a validator: a string
flag = _typed(bool)  # a validator: true or false
integer = _typed(int)  # a validator: a whole number
table = _typed(dict)  # a validator: a TOML table
listing = _typed(list)  # a validator: a TOML list (of anything)


def listed(value: Any) -> Any:
    """A converter: a TOML list as a tuple (anything else is left for the validators to refuse)."""
    return tuple(value) if isinstance(value, list) else value


def strings(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a list of strings (after ``listed``)."""
    if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
        raise _WrongType("a list of strings", value, attribute.name)


def words(empty: bool = True) -> Validator:
    """A list of phrases, none blank (``empty``: the list itself may be empty)."""
    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, list):
            raise _WrongType("list", value, attribute.name)
        if not (value or empty) or not all(isinstance(w, str) and w.strip() for w in value):
            raise Invalid(attribute.name, f'"{attribute.name}" must be a list of non-empty strings')
    return check


def web_address(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A validator: a string that is a web address."""
    string(_, attribute, value)
    if not value.startswith(("https://", "http://")):
        raise Invalid(attribute.name, f'"{attribute.name}" must be a web address (https://...)')


def one_of(choices: Iterable[str], say: str = '"{key}" must be one of {known}, not {value!r}') -> Validator:
    """A value among ``choices``; ``say`` words the error ({key}, {known}, {value})."""
    allowed = tuple(choices)

    def check(_: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, str) or value not in allowed:
            raise Invalid(attribute.name, say.format(key=attribute.name, known=", ".join(allowed), value=value))
    return check


def template(fields: Callable[[Any], Iterable[str]]) -> Validator:
    """A message template whose placeholders are among ``fields(instance)``."""
    def check(inst: Any, attribute: attrs.Attribute[Any], value: str) -> None:
        try:
            used = [field for _, field, _, _ in Formatter().parse(value)]
        except ValueError as exc:  # a lone "{" or "}"
            raise Invalid(attribute.name, f"bad message template: {exc}") from None
        allowed = set(fields(inst))
        for field in used:
            if field is not None and field not in allowed:
                known = ", ".join(sorted(allowed)) or "none"
                raise Invalid(attribute.name, f'unknown placeholder "{{{field}}}" in message (known: {known})')
    return check


def _strict(expected: str, kind: type, item: type | None = None) -> Callable[[Any, Any], Any]:
    """A hook that takes a value of ``kind`` (its items all ``item``) as it is, and nothing else:
    cattrs on its own would make ``2`` the string ``"2"`` and ``"abc"`` a tuple of letters."""
    def hook(value: Any, _: Any) -> Any:
        items: Any = value
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)) \
                or (item is not None and not all(isinstance(v, item) for v in items)):
            raise _WrongType(expected, value)
        return tuple(items) if item is not None else value
    return hook


@functools.cache
def _converter() -> Any:
    import cattrs

    conv = cattrs.Converter(forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict("str", str))
    conv.register_structure_hook(bool, _strict("bool", bool))
    conv.register_structure_hook(int, _strict("int", int))
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], _strict("a list of strings", list, str))
    return conv


def _failures(exc: BaseException, at: str | None = None) -> Iterator[tuple[str | None, BaseException]]:
    """The errors inside cattrs' exception groups, each with the key it was raised for (when known)."""
    from cattrs.errors import AttributeValidationNote

    for note in getattr(exc, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            at = note.name
    if isinstance(exc, BaseExceptionGroup):
        for sub in exc.exceptions:
            yield from _failures(sub, at)
    else:
        yield at, exc


def structure(path: Path, raw: str, data: dict[str, Any], cls: type[T], where: str, nth: int = 0,
              block: str | None = None, named: str | None = None) -> T:
    """The ``nth`` ``[[block]]`` of a file (``where`` names it in messages) as a ``cls``, or a
    RuleFileError at the line of the first thing wrong with it. Without ``block``, ``data`` is
    the file's top level (or a ``[table]`` of it) and a key's line is its first ``key =``.
    ``named`` names the table where a key is missing (``[[rule]] "notice"``; default ``where``)."""
    try:
        return cls(**data)
    except (TypeError, ValueError):  # something is wrong: cattrs says what
        pass
    from cattrs.errors import ForbiddenExtraKeysError

    try:
        out: T = _converter().structure(data, cls)
        return out
    except Exception as exc:  # cattrs groups what is wrong; the first thing is reported
        failures = list(_failures(exc))  # a misspelt key first: it explains a key found missing
        key, err = next((f for f in failures if isinstance(f[1], ForbiddenExtraKeysError)), failures[0])
        if isinstance(err, ForbiddenExtraKeysError):
            check_keys(path, raw, data, [a.name for a in attrs.fields(cls)], where, nth, block)  # type: ignore[arg-type]
        if isinstance(err, Invalid):
            raise RuleFileError(path, line_of(raw, err.key, nth, block), str(err)) from None
        if isinstance(err, KeyError) and key is not None:
            if block is None:  # a file's top level
                raise RuleFileError(path, 1, f'missing required key "{key}"') from None
            raise RuleFileError(path, line_of(raw, block, nth, block), f'{named or where} needs "{key}"') from None
        if isinstance(err, _WrongType) and (key := err.key or key) is not None:
            raise RuleFileError(path, line_of(raw, key, nth, block), f'"{key}" {err}') from None
        raise
