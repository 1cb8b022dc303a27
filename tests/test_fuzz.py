"""Fuzzing: whatever the text, the checker answers, and what it answers points into the text.

Properties, over arbitrary Unicode (control characters, NUL, RTL marks, lone and
surrogate-escaped code points, odd line breaks, date and trigger fragments) and over
mutated narratives (seeds written here, narratives drawn by ``strategies.narratives``,
and, when ``../shared`` is beside the checkout, real HHS breach descriptions):

- ``check_text`` returns a report; it never raises;
- the JSON report parses and has the keys of the output contract;
- every event and every quoted span lies inside the text, its text is the text at that
  span, and its line and column are where that span starts;
- files of random bytes, whatever their suffix, are checked or refused with an
  ``InputError`` (one line); the command line exits 0, 1 or 2 and never raises.

Found by these properties and seeds, fixed in the engine:
- "Two days after the incident was reported" (a telling to no known recipient as the
  anchor of a relative phrase) raised an IndexError in ``events._anchor_kind``;
- "notified the patients on July 14, 2023, more than 60 days after discovery" (discovery
  on May 3) was a certain duration error: the tagger read "60 days after" and dropped
  "more than" (likewise "less than", "about"); relative phrases now take the modifiers
  that stated lengths take.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strategies import narratives
from timeline_check import check_path, check_text
from timeline_check.cli import cli
from timeline_check.document import Document, InputError
from timeline_check.model import DocumentReport, Report
from timeline_check.report.json import render
from timeline_check.taxonomy import EVENT_KINDS

ROOT = Path(__file__).resolve().parent.parent
HHS = ROOT.parent / "shared" / "corpus-raw" / "hhs-ocr-breach-descriptions.jsonl"

SEEDS = {
    "en": [
        "Published March 4, 2024\n\nHarborview Pediatrics said on Monday that an unauthorized party accessed its "
        "patient portal between January 8 and January 19, 2024. The practice discovered the intrusion on January 22, "
        "2024, when a nurse reported unusual password resets, and hired a forensic firm (which had worked for the "
        "county before) the same day. The investigation ended on February 12, 2024; it found that names, dates of "
        "birth and diagnoses of 4,512 patients were exposed. Harborview notified HHS on February 27, 2024 and began "
        "mailing letters to affected individuals two days later.",
        "On 3 May 2023, Lakeside Dental learned that a laptop holding patient records had been stolen from an "
        "employee's car on April 28, 2023. The laptop was not encrypted. Lakeside contained the incident by "
        "disabling the device's accounts on May 4, 2023, and notified the 812 affected patients on July 14, 2023, "
        "more than 60 days after discovery. The HHS Office for Civil Rights was notified on July 20, 2023.",
        "Incident report (draft, 2022-11-30). Ransomware encrypted the billing servers from 2022-10-02 to "
        "2022-10-05. IT staff detected the attack on Tuesday, October 4, 2022 and isolated the network within "
        "hours. The forensic review began on October 6 and concluded on November 18, 2022; it lasted six weeks. "
        "Notice to individuals, to HHS and to the media is due by December 3, 2022.",
    ],
    "fr": [
        "Le 12 mars 2024, la Clinique des Tilleuls a découvert qu'un tiers avait accédé à sa messagerie entre le 2 et "
        "le 9 mars 2024. L'enquête, confiée à un prestataire, s'est achevée le 28 mars 2024. La clinique a notifié "
        "la violation à la CNIL le 15 mars 2024, soit plus de 72 heures après en avoir pris connaissance, et a "
        "informé les 1 250 patients concernés le 2 avril 2024.",
        "Avis aux patients, 20 juin 2023. Dans la nuit du 4 au 5 juin 2023, un rançongiciel a chiffré les serveurs "
        "du laboratoire, qui a constaté l'attaque le 5 juin au matin. Trois jours plus tard, le laboratoire a "
        "informé l'autorité de contrôle. L'incident a été maîtrisé le 7 juin 2023 ; l'analyse a duré deux semaines.",
    ],
}

# Characters that break naive text handling.
ODD = ["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\r", "\r\n", "\t", "\u200b", "\u200e",
       "\u200f", "\u202a", "\u202e", "\u202c", "\u2066", "\u2069", "\ufeff", "\u2028", "\u2029", "\xa0", "\u202f",
       "\udcff", "\udc80", "\ud800", "\udfff", "\ufffd", "\U0001f600", "ﬁ", "İ", "ß", "\u0301", "１２", "٣"]
# Pieces of what the checker reads, to land in its code paths.
TOKENS = ["May 1, 2024", "1/2/2023", "2023-02-30", "Feb. 30, 2023", "31 février 2023", "le 3 mai 2024",
          "between July 3 and 9, 2023", "entre le 3 et le 9 juillet 2023", "from June 3 to June 19, 2023",
          "Tuesday, May 1, 2024", "two days later", "trois jours plus tard", "for 3 days", "pendant deux semaines",
          "60 days after discovery", "the next day", "le lendemain", "in early 2023", "July", "juillet", "2019",
          "discovered", "a découvert", "notified HHS", "notified patients", "a informé la CNIL", "the breach",
          "the investigation ended", "that", "which", "qui", "que", "(", ")", ",", ";", ":", ".", "...", "!", "?",
          "\n", "\n\n", " ", "  ", "-", "–", "’", "'", '"', "«", "»", "4,512 patients", "HIPAA", "at 9:52 am",
          "# Title\n", "* ", "1. ", "<p>", "&amp;", "`"]

pieces = st.one_of(st.characters(exclude_categories=()), st.sampled_from(ODD), st.sampled_from(TOKENS),
                   st.text(max_size=12))
arbitrary_texts = st.lists(pieces, max_size=60).map("".join)
langs = st.sampled_from([None, "en", "fr"])

_HHS_TEXTS: list[str] | None = None


def hhs_texts() -> list[str]:
    global _HHS_TEXTS
    if _HHS_TEXTS is None:
        _HHS_TEXTS = [t for line in HHS.read_text(encoding="utf-8").splitlines()
                      if (t := json.loads(line).get("web_description"))] if HHS.is_file() else []
    return _HHS_TEXTS


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[str]) -> str:
    """A text with a few random edits: cut, doubled, moved or swapped pieces, inserted odd
    characters and fragments, digits changed, case changed, line breaks added."""
    text = draw(base)
    for _ in range(draw(st.integers(0, 6))):
        n = len(text)
        i = draw(st.integers(0, n))
        j = draw(st.integers(i, min(n, i + 80)))
        op = draw(st.sampled_from(["cut", "double", "insert", "digit", "case", "swap", "break", "truncate"]))
        if op == "cut":
            text = text[:i] + text[j:]
        elif op == "double":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.one_of(st.sampled_from(ODD + TOKENS), pieces)) + text[i:]
        elif op == "digit":
            k = next((p for p in range(i, n) if text[p].isdigit()), None)
            if k is not None:
                text = text[:k] + draw(st.sampled_from("0123456789")) + text[k + 1:]
        elif op == "case":
            text = text[:i] + (text[i:j].upper() if draw(st.booleans()) else text[i:j].lower()) + text[j:]
        elif op == "swap":
            k = draw(st.integers(j, n))
            text = text[:i] + text[j:k] + text[i:j] + text[k:]
        elif op == "break":
            text = text[:i] + text[i:j].replace(" ", "\n") + text[j:]
        else:
            text = text[:j]
    return text


def seed_texts() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(SEEDS["en"] + SEEDS["fr"]), narratives().map(lambda n: n.text))


def check_invariants(text: str, lang: str | None) -> DocumentReport:
    """Check ``text`` and verify what the report says about it."""
    report = check_text(text, lang=lang)
    doc = Document("<text>", text)
    n = len(text)

    def inside(start: int, end: int, quoted: str, line: int, column: int, what: str) -> None:
        assert 0 <= start <= end <= n, f"{what} span {start}..{end} outside a text of {n}"
        assert text[start:end] == quoted, f"{what} quotes {quoted!r}, the text has {text[start:end]!r}"
        assert (line, column) == doc.locate(start), f"{what} at {line}:{column}, its start is at {doc.locate(start)}"

    ids = {e.id for e in report.events}
    for e in report.events:
        assert e.kind in EVENT_KINDS
        inside(e.start, e.end, e.text, e.line, e.column, f"event {e.id}")
        if e.earliest is not None and e.latest is not None:
            assert e.earliest <= e.latest
    for f in report.findings:
        assert f.severity in ("error", "warning", "info") and f.category in (
            "order", "conflict", "duration", "date", "deadline", "missing")
        assert set(f.events) <= ids, f"{f.rule} names events {f.events} not in {sorted(ids)}"
        assert f.message.strip()
        for ev in f.evidence:
            inside(ev.start, ev.end, ev.text, ev.line, ev.column, f"evidence of {f.rule}")
    for r in report.regimes:
        for c in r.cues:
            inside(c.start, c.end, c.text, c.line, c.column, f"cue of {r.name}")
    check_json(render(Report((report,))), [report])
    return report


def check_json(out: str, reports: list[DocumentReport]) -> None:
    """The JSON output parses and has the keys of the output contract."""
    data = json.loads(out)
    assert set(data) >= {"tool", "documents", "summary"}
    assert data["tool"]["name"] == "timeline-check" and data["tool"]["version"]
    assert len(data["documents"]) == data["summary"]["documents"] == len(reports)
    counts = {"errors": 0, "warnings": 0, "infos": 0}
    for d in data["documents"]:
        assert set(d) >= {"path", "language", "reference_date", "regimes", "events", "findings"}
        for e in d["events"]:
            assert set(e) >= {"id", "kind", "earliest", "latest", "text", "line", "column", "start", "end"}
        for f in d["findings"]:
            assert set(f) >= {"rule", "category", "severity", "message", "events", "line", "column", "regime",
                              "citation", "due", "actual"}
            counts[f["severity"] + "s"] += 1
    assert {k: data["summary"][k] for k in counts} == counts


@pytest.mark.slow
@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(arbitrary_texts, langs)
def test_arbitrary_unicode(text: str, lang: str | None) -> None:
    check_invariants(text, lang)


@pytest.mark.slow
@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(seed_texts()), langs)
def test_mutated_narratives(text: str, lang: str | None) -> None:
    check_invariants(text, lang)


@pytest.mark.slow
@pytest.mark.skipif(not HHS.is_file(), reason=f"{HHS} is absent (the shared corpus sits beside the checkout in CI)")
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_real_descriptions(data: st.DataObject) -> None:
    texts = hhs_texts()
    text = data.draw(mutated(st.integers(0, len(texts) - 1).map(texts.__getitem__)))
    check_invariants(text, "en")


def test_the_seeds_are_checked_whole() -> None:
    for lang, texts in SEEDS.items():
        for text in texts:
            report = check_invariants(text, lang)
            assert len(report.events) >= 3, text[:60]
            assert not [f.rule for f in report.findings if f.severity == "error" and f.category == "duration"], text[:60]


@pytest.mark.parametrize("text", [
    "The clinic discovered the breach on May 3, 2023 and notified patients on July 14, 2023, more than 60 days "
    "after discovery.",
    "The clinic discovered the breach on May 3, 2023 and notified patients on July 14, 2023, less than 90 days "
    "after discovery.",
    "The clinic discovered the breach on May 3, 2023 and notified patients on July 14, 2023, about 70 days after "
    "discovery.",
    "La clinique a découvert la violation le 3 mai 2023 et a informé les patients le 14 juillet 2023, plus de "
    "60 jours après la découverte.",
])
def test_relative_phrase_with_a_modifier_is_no_contradiction(text: str) -> None:
    """Found by the seeds: "more than 60 days after" was read as exactly 60 days."""
    report = check_invariants(text, None)
    assert not [f.rule for f in report.findings if f.category == "duration"]


def test_relative_phrase_with_a_modifier_still_contradicts() -> None:
    report = check_invariants("The clinic discovered the breach on May 3, 2023 and notified patients on June 2, 2023, "
                              "more than 60 days after discovery.", "en")
    assert [f.severity for f in report.findings if f.category == "duration"] == ["error"]


def test_french_quotation_ends_its_sentence() -> None:
    """Found by bench/soundness.py: "… l'incident. » Le même jour, …" was one sentence (the space
    before » hid the boundary), so "le même jour" counted from the wrong event: a false error."""
    report = check_invariants(
        "Des pirates ont eu accès aux dossiers des patients du 1er mars au 6 mars 2026. Dans un communiqué, "
        "l'organisme a indiqué : « Le jeudi 16 avril 2026, l'hôpital a découvert l'incident. » Le même jour, "
        "l'hôpital a lancé une enquête avec un cabinet spécialisé. Deux jours plus tard, l'enquête s'est terminée.",
        "fr")
    assert not [f.rule for f in report.findings if f.severity == "error"]


def test_relative_phrase_after_an_untold_notice() -> None:
    """Found by fuzzing: this raised an IndexError in the binder."""
    report = check_invariants("Two days after the incident was reported, the clinic notified patients on May 3, 2024.",
                              "en")
    assert any(e.kind == "notification_individuals" and e.earliest is not None for e in report.events)


# -- files and the command line ---------------------------------------------------------

def _docx(body: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   f'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>{body}</w:t></w:r></w:p></w:body></w:document>')
    return buf.getvalue()


DOCX = _docx("The clinic discovered the breach on May 1, 2024 and notified patients on May 9, 2024.")
SUFFIXES = [".txt", ".md", ".html", ".docx", ".pdf", ".bin"]


@st.composite
def file_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    """A suffix and bytes for it: random, text in some encoding, or a valid file damaged."""
    suffix = draw(st.sampled_from(SUFFIXES))
    kind = draw(st.sampled_from(["random", "text", "damaged"]))
    if kind == "random":
        data = draw(st.binary(max_size=300))
    elif kind == "text":
        text = draw(st.one_of(arbitrary_texts, mutated(seed_texts())))
        codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "latin-1", "cp1252"]))
        errors = draw(st.sampled_from(["replace", "surrogateescape", "surrogatepass", "ignore"]))
        try:
            data = text.encode(codec, errors=errors if codec.startswith("utf-8") else "replace")
        except UnicodeEncodeError:  # surrogateescape takes only U+DC80..U+DCFF
            data = text.encode(codec, errors="surrogatepass" if codec.startswith("utf-8") else "replace")
        if suffix in (".md", ".html") and draw(st.booleans()):
            data = (b"<html><body><article><p>" if suffix == ".html" else b"---\ndate: 2024-05-01\n---\n") + data
    else:
        base = DOCX if suffix != ".pdf" else b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        data = bytes(data[: draw(st.integers(0, len(data)))])
    return suffix, data


@pytest.mark.slow
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(file_bytes())
def test_files_are_checked_or_refused_in_one_line(tmp_path: Path, case: tuple[str, bytes]) -> None:
    suffix, data = case
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        report = check_path([str(path)])
    except InputError as exc:  # pragma: no cover - check_path reports these as problems
        pytest.fail(f"check_path raised {exc!r}")
    assert len(report.documents) + len(report.problems) == 1
    for p in report.problems:
        assert p.message.startswith(str(path)) and "\n" not in p.message and "Traceback" not in p.message
    check_json(render(report), list(report.documents))


@pytest.mark.slow
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(file_bytes(), st.sampled_from(["json", "text", "sarif", "github", "html"]))
def test_cli_never_raises(tmp_path: Path, case: tuple[str, bytes], fmt: str) -> None:
    suffix, data = case
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["check", "--format", fmt, str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (0, 1, 2), result.output
    if result.exit_code == 2:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("timeline-check: ") and str(path) in lines[0], result.stderr
    else:
        assert result.stderr == ""
        if fmt == "json":
            check_json(result.stdout, [None] * 1)  # type: ignore[list-item]
