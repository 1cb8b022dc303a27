"""The reviewed copy of a Word letter: findings as comments anchored on their evidence.

The LibreOffice test converts the copy headless (Debian's package, installed by ``.ci/run``)
and checks that every comment survives with its anchor; it is skipped where ``soffice`` is
not installed.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("lxml")

from test_readers import make_docx  # noqa: E402
from timeline_check import check_path  # noqa: E402
from timeline_check.read.docx import read  # noqa: E402
from timeline_check.report.docx import anchors, review  # noqa: E402

WHEN = dt.datetime(2024, 6, 1, 12, 0, tzinfo=dt.timezone.utc)


def _docx(path: Path, paragraphs: list[list[str]], table: list[list[str]] | None = None) -> Path:
    """A Word package: each paragraph a list of runs; a one-row table after them, if given."""
    def para(runs: list[str]) -> str:
        return "<w:p>" + "".join(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>'
                                 if r.startswith("Dear") else f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>'
                                 for r in runs) + "</w:p>"
    body = "".join(para(p) for p in paragraphs)
    if table:
        body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{para([c])}</w:tc>" for c in row) + "</w:tr>"
                                    for row in table) + "</w:tbl>"
    make_docx(path, body)
    return path


LETTER = [
    ["Dear Patient,"],
    ["We are writing to tell you about an incident at Birchwood Family Clinic. ",
     "The forensic review of our systems ended on January 15, 2024."],
    ["We discovered ", "the intrusion on January 22, 2024", ", when a staff member saw strange email rules."],
    ["Letters were mailed to affected patients on March 28, 2024."],
    ["Call 1-800-555-0142 with questions. Sincerely, Birchwood Family Clinic"],
]


def _reviewed(tmp_path: Path, paragraphs: list[list[str]], table: list[list[str]] | None = None
              ) -> tuple[bytes, bytes, object]:
    src = _docx(tmp_path / "letter.docx", paragraphs, table)
    report = check_path([str(src)], regimes=("HIPAA",)).documents[0]
    data = src.read_bytes()
    return data, review(data, report, when=WHEN), report


def test_every_finding_is_a_comment_on_its_quoted_words(tmp_path: Path) -> None:
    data, out, report = _reviewed(tmp_path, LETTER)
    found = sorted(anchors(out))  # by comment id: the findings' order
    assert len(found) == len(report.findings) and found  # type: ignore[attr-defined]
    for (_, words, comment), f in zip(found, report.findings):  # type: ignore[attr-defined]
        assert f.rule in comment and f.message in comment
        quoted = [e.text.split("\n")[0] for e in f.evidence]
        assert words and any(q.startswith(words) for q in quoted)
    order = next(w for _, w, c in found if "order/discovery-after-investigation-end" in c)
    assert order.startswith("We discovered the intrusion on January 22, 2024")


def test_the_copy_reads_as_the_original(tmp_path: Path) -> None:
    data, out, _ = _reviewed(tmp_path, LETTER, table=[["2024-03-01", "HHS notified"]])
    assert read("a.docx", out).text == read("a.docx", data).text
    with zipfile.ZipFile(io.BytesIO(data)) as a, zipfile.ZipFile(io.BytesIO(out)) as b:
        assert set(a.namelist()) | {"word/comments.xml", "word/_rels/document.xml.rels"} == set(b.namelist())
        assert a.read("_rels/.rels") == b.read("_rels/.rels")


def test_the_original_file_is_untouched_by_the_command_line(tmp_path: Path) -> None:
    src = _docx(tmp_path / "letter.docx", LETTER)
    before = src.read_bytes()
    out = tmp_path / "letter.reviewed.docx"
    run = subprocess.run(["timeline-check", "check", "--regime", "HIPAA", "--format", "docx", "-o", str(out), str(src)],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    assert src.read_bytes() == before
    assert list(anchors(out.read_bytes()))
    same = subprocess.run(["timeline-check", "check", "--format", "docx", "-o", str(src), str(src)],
                          capture_output=True, text=True)
    assert same.returncode == 2 and "original" in same.stderr and src.read_bytes() == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_copy_with_every_comment_in_place(tmp_path: Path) -> None:
    _, out, report = _reviewed(tmp_path, LETTER)
    reviewed = tmp_path / "letter.reviewed.docx"
    reviewed.write_bytes(out)
    profile = tmp_path / "profile"
    for target in ("odt", "pdf"):
        run = subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                              target, "--outdir", str(tmp_path), str(reviewed)], capture_output=True, text=True,
                             timeout=180)
        assert run.returncode == 0, run.stderr
    assert (tmp_path / "letter.reviewed.pdf").stat().st_size > 1000
    with zipfile.ZipFile(tmp_path / "letter.reviewed.odt") as z:
        spans = _odt_annotations(z.read("content.xml"))
    # every comment survives, each still enclosing the words it was anchored on in the copy
    expected = {comment.split(" ", 2)[1]: words for _, words, comment in anchors(out)}
    assert len(spans) == len(report.findings) == len(expected)  # type: ignore[attr-defined]
    for note, words in spans:
        rule = note.split(" ", 2)[1]
        assert " ".join(words.split()) == " ".join(expected[rule].split()), rule


def _odt_annotations(content: bytes) -> list[tuple[str, str]]:
    """(the note's text, the document words between the note and its end) for each annotation of an ODT."""
    from lxml import etree

    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    root = etree.fromstring(content)
    notes: dict[str, str] = {}
    open_: dict[str, list[str]] = {}
    done: list[tuple[str, str]] = []
    order: list[str] = []

    def walk(el: object) -> None:
        for child in el:  # type: ignore[attr-defined]
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == f"{{{office}}}annotation":
                name = child.get(f"{{{office}}}name")
                notes[name] = " ".join("".join(p.itertext()) for p in child
                                       if isinstance(p.tag, str) and p.tag.endswith("}p"))
                open_[name] = []
                order.append(name)
            elif tag == f"{{{office}}}annotation-end":
                name = child.get(f"{{{office}}}name")
                done.append((notes[name], "".join(open_.pop(name))))
            else:
                if child.text:
                    for words in open_.values():
                        words.append(child.text)
                walk(child)
            if child.tail:
                for words in open_.values():
                    words.append(child.tail)

    walk(root.find(f"{{{office}}}body"))
    return done
