"""Do ahead what a check does on first use, for a process that checks many texts later (the check
server, ``server.py``): import the package's modules, compile every phrase list of the rules and
every pattern built for a language or a rule set, and check each language's example sentences.
Nothing here changes an output: what is computed on first use is the same whenever it is."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import sys
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from .rulefile import Phrases, word_index
from .ruleset import RuleSet

PACKAGE = __name__.rpartition(".")[0]


def phrase_lists(value: Any, seen: set[int] | None = None) -> Iterator[Phrases]:
    """Every ``Phrases`` reachable from ``value`` through attrs fields and cached properties,
    mappings and sequences."""
    seen = set() if seen is None else seen
    if id(value) in seen or isinstance(value, (str, bytes, int, float)) or value is None:
        return
    seen.add(id(value))
    if isinstance(value, Phrases):
        yield value
        return
    if attrs.has(type(value)):
        items: list[object] = [getattr(value, a.name) for a in attrs.fields(type(value))]
        items += _cached_properties(value)
    elif isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, (list, tuple, set, frozenset)):
        items = list(value)
    else:
        return
    for item in items:
        yield from phrase_lists(item, seen)


def _cached_properties(value: Any) -> list[object]:
    """The values of an attrs object's cached properties (computed now: they are computed once
    anyway). attrs keeps those of a slotted class as slots that are not fields."""
    fields = {a.name for a in attrs.fields(type(value))}
    found = []
    for klass in type(value).__mro__:
        for name in getattr(klass, "__slots__", ()):
            if name not in fields and not name.startswith("__"):
                try:
                    found.append(getattr(value, name))
                except Exception:  # noqa: BLE001, S112 - one that cannot be computed is left to its first use
                    continue
    return found


def warm_phrases(phrases: Phrases) -> None:
    """Compile a phrase list's whole pattern (its ``Gate``'s too), the pattern of each word it opens
    with, and each phrase's own."""
    phrases.gate.compile()
    words = (phrases.heads or frozenset()) | (phrases.keys or frozenset()) | set(phrases.head_prefixes)
    if words:
        index = word_index(" ".join(sorted(words)))
        for _match in phrases.finditer(index):
            pass
        phrases.search(index)
        phrases.compile_heads()


def _modules() -> Iterator[Any]:
    """The package's modules, imported (those whose optional dependency is missing left out)."""
    package = sys.modules[PACKAGE]
    for info in pkgutil.walk_packages(package.__path__, PACKAGE + "."):
        if info.name.endswith("__main__"):
            continue
        try:
            yield importlib.import_module(info.name)
        except ImportError:
            continue


def _memoised_of(module: Any, annotation: str) -> Iterator[Callable[[Any], Any]]:
    """The memoised functions of ``module`` that take one argument, of type ``annotation``."""
    for value in vars(module).values():
        wrapped = getattr(value, "__wrapped__", None)
        if hasattr(value, "cache_info") and inspect.isfunction(wrapped) and wrapped.__module__ == module.__name__:
            params = list(inspect.signature(wrapped).parameters.values())
            if len(params) == 1 and params[0].annotation in (annotation, f"{PACKAGE}.{annotation}"):
                yield value


def warm(rules: RuleSet) -> None:
    """Import the package, compile every phrase list of ``rules`` and what each memoised function
    of a language or of the rule set builds, then check and report each language's examples."""
    from .engine import check_text
    from .model import Report
    from .report import github, json, sarif, text
    from .report.deadlines import table

    for module in list(_modules()):
        for build in _memoised_of(module, "Language"):
            for lang in rules.languages.values():
                build(lang)
        for build in _memoised_of(module, "RuleSet"):
            build(rules)
    for phrases in phrase_lists(rules):
        warm_phrases(phrases)
    for code, lang in sorted(rules.languages.items()):
        sample = "\n\n".join(example for example, _dates in lang.examples)
        report = check_text(sample, lang=code)
        whole = Report(documents=(report,))
        text.render(whole, color=False)
        table(whole)
        json.render_entries([json.entry(report)])
        sarif.render(whole, rules)
        github.render(whole, rules, deadlines=True)
