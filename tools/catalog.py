"""The message catalogues, built with Babel (the ``test`` extra): never imported by a check.

    python tools/catalog.py update    # collect the message ids, merge them into each .po
    python tools/catalog.py compile   # write each .mo from its .po

The ids are collected, so the catalogues cannot drift from what the checker says: the message
templates of the rule files (``rules/order.toml``, ``consistency.toml``, ``deadline.toml``,
``content.toml``, a regime's ``[messages]``), the words of a regime rule that reports quote (its
``why``, ``standard``, ``actor`` and ``recipient``, context ``regime``), the event labels, month and weekday names, and the
strings marked in code (``msg._``, ``msg.ngettext``, ``msg.pgettext``) and in the HTML templates
(``_()``).
"""

from __future__ import annotations

import io
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import get_args

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_check.content import CONTENT, Outcome  # noqa: E402
from timeline_check.kinds.date import WEEKDAYS  # noqa: E402
from timeline_check.notices import NoticeKind  # noqa: E402
from timeline_check.messages import DOMAIN, EVENT, LANGUAGES, LOCALE, MONTHS, REGIME, REGIME_TEXTS  # noqa: E402
from timeline_check.report.deadlines import STATUSES  # noqa: E402
from timeline_check.report.html import SEVERITIES  # noqa: E402
from timeline_check.report.text import OUTCOME, OUTCOME_WORDS  # noqa: E402
from timeline_check.taxonomy import LABELS  # noqa: E402

RULES = ROOT / "rules"
Id = tuple[str | tuple[str, str], str | None, str]  # (id or (singular, plural), context, where)


def rule_templates(rules: Path = RULES) -> Iterator[tuple[str, str]]:
    """Every message template of the rule files, with the file it comes from."""
    for name in ("order.toml", "consistency.toml"):
        for rule in tomllib.loads((rules / name).read_text(encoding="utf-8")).get("rule", []):
            if "message" in rule:
                yield rule["message"], f"rules/{name}"
    for path in [rules / "deadline.toml", rules / "content.toml", *sorted((rules / "regimes").glob("*.toml"))]:
        for text in tomllib.loads(path.read_text(encoding="utf-8")).get("messages", {}).values():
            yield text, path.relative_to(rules.parent).as_posix()


def regime_texts(rules: Path = RULES) -> Iterator[tuple[str, str]]:
    """The words of the regime files a report quotes (each rule's ``REGIME_TEXTS``), with their file."""
    for path in sorted((rules / "regimes").glob("*.toml")):
        for rule in tomllib.loads(path.read_text(encoding="utf-8")).get("rule", []):
            for key in REGIME_TEXTS:
                if rule.get(key):
                    yield rule[key], path.relative_to(rules.parent).as_posix()


# Words the code looks up by value (``msg.pgettext(context, value)``): (values, context, where).
WORDS: tuple[tuple[Iterable[str], str, str], ...] = (
    (LABELS.values(), EVENT, "timeline_check/taxonomy.py"),
    (MONTHS, "month", "timeline_check/messages.py"),
    (WEEKDAYS, "weekday", "timeline_check/kinds/date.py"),
    (SEVERITIES, "severity", "timeline_check/report/html.py"),
    (sorted({*get_args(Outcome), *OUTCOME_WORDS.values()}), OUTCOME, "timeline_check/report/text.py"),
    (get_args(NoticeKind), "notice", "timeline_check/notices.py"),
    (STATUSES, "status", "timeline_check/report/deadlines.py"),
)


def ids() -> Iterator[Id]:
    """Every message id, with its context and where it comes from."""
    for text, where in rule_templates():
        yield text, None, where
    for text, where in regime_texts():
        yield text, REGIME, where
    for path in sorted((RULES / "content").glob("*.toml")):
        for element in tomllib.loads(path.read_text(encoding="utf-8")).get("element", []):
            for key in ("label", "satisfy"):
                yield element[key], CONTENT, path.relative_to(ROOT).as_posix()
    for words, context, where in WORDS:
        for word in words:
            yield word, context, where
    methods = [("**/templates/**.j2", "jinja2.ext:babel_extract"), ("**.py", "python")]
    for filename, lineno, message, _comments, context in extract_from_dir(ROOT / "timeline_check", methods):
        yield message, context, f"timeline_check/{filename}:{lineno}"


def template() -> Catalog:
    """The catalogue of every id, untranslated."""
    catalog = Catalog(domain=DOMAIN, project="timeline-check", fuzzy=False)
    for message, context, where in ids():
        catalog.add(message, None, [(where, 0)], context=context)
    return catalog


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang)


def compiled(catalog: Catalog) -> bytes:
    """The ``.mo`` bytes of a catalogue."""
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def update() -> None:
    """Merge the ids into each translated language's ``.po``: new ids untranslated, gone ids dropped."""
    new = template()
    for lang in LANGUAGES[1:]:
        catalog = read(lang)
        created = catalog.creation_date  # the ids' date would change the files at every run
        catalog.update(new, no_fuzzy_matching=True)
        catalog.creation_date = created
        catalog.obsolete.clear()
        with po_path(lang).open("wb") as f:
            write_po(f, catalog, width=100, omit_header=False, include_previous=False, sort_output=False)


def compile_all() -> None:
    """Write each ``.mo`` from its ``.po``."""
    for lang in LANGUAGES[1:]:
        po_path(lang).with_suffix(".mo").write_bytes(compiled(read(lang)))


if __name__ == "__main__":
    {"update": update, "compile": compile_all}[sys.argv[1]]()
