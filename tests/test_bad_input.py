"""Bad files: each is one clear line on stderr and exit code 2, and the other files are still checked.

``test_cli.py`` and ``test_readers.py`` cover a binary file, invalid UTF-8, UTF-16 with a
BOM, an empty file, a missing path, a folder without ``--recursive`` and a truncated DOCX
or PDF one at a time. Here every other kind of bad input goes through one run of the
command line, between good files, and each must give exactly one line naming it.

What this found, fixed in ``read/__init__.py`` and ``document.py``:
- ``/dev/zero`` (any file whose size is not known beforehand) was read until memory ran
  out: reading now stops one byte past the limit;
- a 50 MB text was read and checked for minutes: a text over ``MAX_CHARS`` (10 MiB)
  is refused at once (documented in the README's command-line section);
- a UTF-32 file (its BOM begins like UTF-16's) was read as UTF-16 garbage without a word;
- a file name with a line break made a two-line message.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from timeline_check import check_path
from timeline_check.document import MAX_BYTES, MAX_CHARS, InputError
from timeline_check.read import read_path

ROOT = Path(__file__).resolve().parent.parent
GOOD = "The clinic discovered the breach on May 1, 2024 and notified patients on May 9, 2024.\n"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>')


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline_check", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def docx(document_xml: bytes | str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", TYPES)
        z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def paragraph(text: str) -> str:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'


BILLION_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
                  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;">]>'
                  f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>')


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], list[str]]:
    """A folder of good and bad inputs: the bad ones with the words their message must hold."""
    d = tmp_path_factory.mktemp("inputs")
    good = []
    for name in ("good-1.txt", "good-2.md", "sub/good-3.html"):
        (d / name).parent.mkdir(exist_ok=True)
        (d / name).write_text(GOOD if not name.endswith(".html") else f"<p>{GOOD}</p>", encoding="utf-8")
        good.append(str(d / name))
    (d / "good-4.docx").write_bytes(docx(paragraph(GOOD.strip())))
    good.append(str(d / "good-4.docx"))
    (d / "bom-utf8.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (d / "utf16-be.txt").write_bytes(b"\xfe\xff" + GOOD.encode("utf-16-be"))
    (d / "whitespace.txt").write_text(" \n\t\n", encoding="utf-8")
    good += [str(d / "bom-utf8.txt"), str(d / "utf16-be.txt"), str(d / "whitespace.txt")]

    bad: dict[str, str] = {}

    def put(name: str, data: bytes, words: str) -> None:
        (d / name).write_bytes(data)
        bad[str(d / name)] = words

    (d / "broken.txt").symlink_to(d / "nowhere.txt")
    bad[str(d / "broken.txt")] = "broken symbolic link"
    bad[str(d / "missing" / "deep.txt")] = "no such file or directory"
    bad[str(d / "sub")] = "is a directory"
    put("utf32.txt", GOOD.encode("utf-32"), "UTF-32")
    put("odd-utf16.txt", GOOD.encode("utf-16")[:-1], "not valid UTF-16")
    put("binary.md", bytes(range(256)) * 4, "binary file")
    put("binary.html", b"\x00\x01PK\x03\x04" + bytes(300), "binary file")
    put("latin1.md", "Découverte le 3 juin 2024.".encode("latin-1"), "not valid UTF-8")
    put("empty.docx", b"", ".docx")
    put("empty.pdf", b"", "PDF")
    put("malformed.docx", docx(paragraph("unclosed <w:t>")), "not a readable .docx")
    put("laughs.docx", docx(BILLION_LAUGHS), "DOCTYPE")
    put("bomb.docx", docx(b" " * (MAX_BYTES + 1)), "too large")
    put("cut.pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R", "cut.pdf: ")
    put("new\nline.txt", b"\xff\xfe\x00\x00", "new\\nline.txt: UTF-32")
    with open(d / "huge.txt", "w", encoding="utf-8") as f:  # 50 MB of narrative
        for _ in range(50 * 1024 * 1024 // len(GOOD) + 1):
            f.write(GOOD)
    bad[str(d / "huge.txt")] = "text too long to check"
    if Path("/dev/zero").exists():
        bad["/dev/zero"] = "file too large"
    return d, bad, good


def test_each_bad_input_is_one_line_and_the_good_ones_are_checked(
        inputs: tuple[Path, dict[str, str], list[str]]) -> None:
    d, bad, good = inputs
    order = [p for pair in zip(good, list(bad)) for p in pair] + list(bad)[len(good):]
    start = time.monotonic()
    run = cli("check", "--format", "json", *order)
    took = time.monotonic() - start
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr
    lines = run.stderr.splitlines()
    assert len(lines) == len(bad), "\n".join(lines)
    for path, words in bad.items():
        shown = path.replace("\n", "\\n")
        line = next((x for x in lines if x.startswith(f"timeline-check: {shown}")), None)
        assert line is not None, f"no line for {shown!r} in:\n{run.stderr}"
        assert words in line, line
    checked = [doc["path"] for doc in json.loads(run.stdout)["documents"]]
    assert checked == good
    assert took < 60, f"{took:.1f}s for {len(order)} inputs, one of 50 MB"


def test_recursive_folder_reports_its_bad_files_alone(inputs: tuple[Path, dict[str, str], list[str]]) -> None:
    d, bad, good = inputs
    run = cli("check", "--recursive", "--format", "json", str(d))
    assert run.returncode == 2 and "Traceback" not in run.stderr
    named = {line.split(": ")[1] for line in run.stderr.splitlines()}
    inside = {p.replace("\n", "\\n") for p in bad if p.startswith(str(d)) and Path(p).suffix
              and Path(p).is_file() and not Path(p).is_symlink()}
    assert inside <= named, named ^ inside
    assert set(good) <= {doc["path"] for doc in json.loads(run.stdout)["documents"]}


def test_50_mb_file_is_refused_at_once(inputs: tuple[Path, dict[str, str], list[str]]) -> None:
    d, _, _ = inputs
    huge = d / "huge.txt"
    assert huge.stat().st_size >= 50 * 1024 * 1024
    start = time.monotonic()
    with pytest.raises(InputError, match=rf"text too long to check \([\d,]+ characters; the limit is {MAX_CHARS:,}\)"):
        read_path(str(huge))
    assert time.monotonic() - start < 10


def test_text_at_the_limit_is_checked(tmp_path: Path) -> None:
    p = tmp_path / "limit.txt"
    p.write_text("x" * MAX_CHARS, encoding="utf-8")
    (doc,) = read_path(str(p))
    assert len(doc.text) == MAX_CHARS
    p.write_text("x" * (MAX_CHARS + 1), encoding="utf-8")
    with pytest.raises(InputError, match="text too long"):
        read_path(str(p))


def test_bom_and_utf16_big_endian_keep_columns(inputs: tuple[Path, dict[str, str], list[str]]) -> None:
    d, _, _ = inputs
    for name in ("bom-utf8.txt", "utf16-be.txt"):
        (report,) = check_path(str(d / name)).documents
        first = report.events[0]
        assert (first.line, first.column) == (1, GOOD.index("May 1") + 1), name
        assert first.text == "May 1, 2024"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="running as root: chmod 000 does not stop root from reading the file")
def test_unreadable_file_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "secret.txt"
    p.write_text(GOOD, encoding="utf-8")
    p.chmod(0)
    try:
        run = cli("check", str(p), str(ROOT / "examples" / "clinic-breach-en.txt"))
    finally:
        p.chmod(0o600)
    assert run.returncode == 2
    assert run.stderr.splitlines() == [f"timeline-check: {p}: permission denied"]
    assert "in 1 file" in run.stdout


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="running as root: a folder without read permission can still be listed")
def test_unreadable_folder_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        run = cli("check", "--recursive", str(tmp_path / "locked"))
    finally:
        (tmp_path / "locked").chmod(0o700)
    assert run.returncode in (0, 2) and "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) <= 1


@pytest.mark.parametrize(("data", "code", "words"), [
    (b"", 0, None),
    (b"\x00\x01\x02\xff", 2, "<stdin>: binary file"),
    (b"caf\xe9", 2, "<stdin>: not valid UTF-8"),
    ("\ufeffThe clinic discovered the breach on May 1, 2024.".encode("utf-16"), 0, None),
])
def test_standard_input(data: bytes, code: int, words: str | None) -> None:
    run = subprocess.run([sys.executable, "-m", "timeline_check", "check", "-"], input=data, capture_output=True,
                         cwd=ROOT, timeout=60)
    assert run.returncode == code, run.stderr
    err = run.stderr.decode()
    assert "Traceback" not in err
    if words:
        lines = err.splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"timeline-check: {words}"), err
    else:
        assert err == ""
