"""Readers by format: each fixture is built here, states a discovery after the end of the
investigation, and the finding must point into the original file."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from timeline_check.document import Document, InputError
from timeline_check.engine import check_path
from timeline_check.read import read_path

RULE = "order/discovery-after-investigation-end"


def findings(path: Path, rule: str = RULE):
    report = check_path(str(path))
    assert not report.problems, report.problems
    (doc,) = report.documents
    return [f for f in doc.findings if f.rule == rule]


def line_col(source: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the first ``needle`` in ``source``."""
    i = source.index(needle)
    return source.count("\n", 0, i) + 1, i - (source.rfind("\n", 0, i) + 1) + 1


# -- plain text, encodings ---------------------------------------------------------------

def test_text_finding_at_line(tmp_path: Path) -> None:
    p = tmp_path / "notice.txt"
    p.write_text("Notice\n\nThe clinic discovered the breach on June 3, 2024. "
                 "The investigation concluded on May 20, 2024.\n")
    (f,) = findings(p)
    assert (f.line, f.column) == line_col(p.read_text(), "discovered")


def test_utf16_with_bom_is_decoded(tmp_path: Path) -> None:
    p = tmp_path / "notice.txt"
    p.write_bytes("Notice\r\nThe clinic discovered the breach on June 3, 2024. "
                  "The investigation concluded on May 20, 2024.\r\n".encode("utf-16"))
    (doc,) = read_path(str(p))
    assert "\r" not in doc.text and doc.text.startswith("Notice\n")
    (f,) = findings(p)
    assert f.line == 2


def test_binary_file_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary"):
        read_path(str(p))


def test_invalid_utf8_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "latin1.txt"
    p.write_bytes("La fuite a été découverte le 3 juin 2024.".encode("latin-1"))
    with pytest.raises(InputError, match="UTF-8") as exc:
        read_path(str(p))
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("name", ["empty.txt", "empty.md", "empty.html"])
def test_empty_file_has_no_findings(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    p.write_bytes(b"")
    report = check_path(str(p))
    assert not report.problems
    assert [d.findings for d in report.documents] == [()]


# -- Markdown -----------------------------------------------------------------------------

MARKDOWN = """\
---
title: Security incident at Harbor Dental
date: 2024-06-20
---
# Security incident at Harbor Dental

<!-- Editor: the old draft said the review ended on July 1, 2024. -->
Harbor Dental learned of the attack on 14 May 2024. Its outside
experts concluded their review on April 30, 2024, according to
[the filing](https://example.org/2023/01/05/filing "filed 2023-01-05").

```text
2022-11-02 review concluded
```
"""


def test_markdown_front_matter_comments_and_fences(tmp_path: Path) -> None:
    p = tmp_path / "article.md"
    p.write_text(MARKDOWN)
    (doc,) = read_path(str(p))
    assert doc.date == dt.date(2024, 6, 20)
    assert len(doc.text) == len(MARKDOWN)  # blanked, not removed: offsets do not move
    for gone in ("title:", "old draft", "2022-11-02", "example.org", "filed"):
        assert gone not in doc.text
    assert "according to\n[the filing]" in MARKDOWN and "[the filing]" in doc.text
    # every character that is still there is where it was in the file
    i = doc.text.index("experts")
    assert doc.locate(i) == line_col(MARKDOWN, "experts")
    (f,) = findings(p)
    assert (f.line, f.column) == line_col(MARKDOWN, "learned")
    quoted = " ".join(" ".join(e.text.split()) for e in f.evidence)
    assert "concluded their review on April 30, 2024" in quoted
    report = check_path(str(p))
    assert report.documents[0].reference_date == dt.date(2024, 6, 20).toordinal()


def test_markdown_date_given_on_command_line_wins(tmp_path: Path) -> None:
    p = tmp_path / "article.md"
    p.write_text(MARKDOWN)
    report = check_path(str(p), date=dt.date(2024, 7, 1))
    assert report.documents[0].reference_date == dt.date(2024, 7, 1).toordinal()


def test_markdown_rules_around_prose_are_not_front_matter(tmp_path: Path) -> None:
    p = tmp_path / "rules.md"
    text = "---\nThe clinic discovered the breach on June 3, 2024.\n---\nThe investigation concluded on May 20, 2024.\n"
    p.write_text(text)
    (doc,) = read_path(str(p))
    assert doc.text == text and doc.date is None
    (f,) = findings(p)
    assert f.line == 2


def test_markdown_unclosed_fence_and_comment_blank_to_the_end(tmp_path: Path) -> None:
    p = tmp_path / "draft.markdown"
    p.write_text("Intro.\n\n~~~\nThe investigation concluded on May 20, 2024.\n")
    (doc,) = read_path(str(p))
    assert doc.text.strip() == "Intro."
    p.write_text("Intro.\n<!-- The investigation concluded on May 20, 2024.\n")
    (doc,) = read_path(str(p))
    assert doc.text.strip() == "Intro."


def _blanked(doc: Document, source: str, needle: str) -> bool:
    """Whether ``needle`` (found in the file) is all spaces in the checked text, offsets kept."""
    i = source.index(needle)
    return len(doc.text) == len(source) and not doc.text[i:i + len(needle)].strip()


@pytest.mark.parametrize(("source", "code"), [
    # an indented code block: four spaces after a blank line
    ("Steps taken by the clinic.\n\n    2021-03-04 restore from tape\n\nNothing else.\n", "2021-03-04 restore"),
    # a tilde fence closed by a longer one
    ("Log:\n\n~~~ text\n2021-03-04 restore from tape\n~~~~\n\nNothing else.\n", "2021-03-04 restore"),
    # a fence inside a list item, indented as the item's text is
    ("- First step:\n\n    ```\n    2021-03-04 restore from tape\n    ```\n- Second step.\n", "2021-03-04 restore"),
    # code spans, one with double backticks around a backtick
    ("Run ``grep '`' 2021-03-04.log`` and `date -d 2021-03-05` first.\n", "2021-03-04.log"),
    ("Run ``grep '`' 2021-03-04.log`` and `date -d 2021-03-05` first.\n", "2021-03-05"),
    # a reference definition over two lines
    ("See [the log][log].\n\n[log]:\n  https://example.org/2021-03-04/log\n", "https://example.org/2021-03-04"),
    # a tag in a table cell (the cell's ">=" is text)
    ("| step | when |\n| --- | --- |\n| backup >= 2 | Monday<br>2021-03-04 |\n", "<br>"),
])
def test_markdown_code_and_markup_are_blanked(tmp_path: Path, source: str, code: str) -> None:
    p = tmp_path / "notes.md"
    p.write_text(source)
    (doc,) = read_path(str(p))
    assert _blanked(doc, source, code)
    assert not _blanked(doc, source, "Run" if source.startswith("Run") else source.split()[0])


def test_markdown_table_text_and_prose_around_code_stay(tmp_path: Path) -> None:
    source = "| step | when |\n| --- | --- |\n| backup >= 2 | Monday<br>2021-03-04 |\n"
    p = tmp_path / "table.md"
    p.write_text(source)
    (doc,) = read_path(str(p))
    assert "backup >= 2" in doc.text and "2021-03-04" in doc.text


def test_markdown_quote_and_link_at_line_end_read_as_one_sentence(tmp_path: Path) -> None:
    # A link at the end of a line used to leave blanks that looked like a hard line break;
    # a quoted paragraph kept its ">" marks and its line breaks.
    source = ("# Update\n\n"
              "> Harbor Dental learned of the attack on 14 May 2024 and told [the regulator](https://example.org/x)\n"
              "> on 20 May 2024. Its outside experts concluded their review on\n"
              "> April 30, 2024.\n")
    p = tmp_path / "quote.md"
    p.write_text(source)
    (doc,) = read_path(str(p))
    assert ">" not in doc.text and doc.text.count("\n") == source.count("\n") - 2
    assert "(https" not in doc.text and "[the regulator]" in doc.text
    assert doc.locate(doc.text.index("April")) == line_col(source, "April")
    (f,) = findings(p)
    assert (f.line, f.column) == line_col(source, "learned")


# -- HTML ---------------------------------------------------------------------------------

HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Breach at Harbor Dental, updated 2020-01-01</title>
  <meta property="article:published_time" content="2024-06-20T08:30:00+00:00">
  <style>p { margin: 0 } /* 2019-09-09 */</style>
  <script>window.stamp = "The investigation concluded on June 30, 2024.";</script>
</head>
<body>
  <header class="site"><nav><a href="/">Home</a> | Updated on 1 January 2023</nav></header>
  <article>
    <h1>Harbor Dental &amp; its patients</h1>
    <p>Harbor Dental learned of the attack on
       14&nbsp;May 2024. Its outside experts concluded
       their review on <strong>April 30, 2024</strong>.</p>
  </article>
  <aside>Related: the review was concluded on June 1, 2024.</aside>
  <footer>&copy; 2019 Example News</footer>
</body>
</html>
"""


def test_html_article_text_and_map(tmp_path: Path) -> None:
    p = tmp_path / "story.html"
    p.write_text(HTML)
    (doc,) = read_path(str(p))
    assert doc.date == dt.date(2024, 6, 20)
    for gone in ("Home", "2020-01-01", "window.stamp", "margin", "Related", "Example News", "January 2023"):
        assert gone not in doc.text
    assert "Harbor Dental & its patients" in doc.text
    assert "learned of the attack on 14\xa0May 2024. Its outside" not in doc.text  # &nbsp; is a plain space
    assert "learned of the attack on 14 May 2024. Its outside experts concluded their review on April 30, 2024." \
        in doc.text
    # each character of the extracted text is mapped to its place in the HTML source
    for needle in ("Harbor Dental &", "learned", "May 2024", "their review", "April 30", "patients"):
        assert doc.locate(doc.text.index(needle.replace("&", "&"))) == line_col(HTML, needle), needle
    assert doc.locate(doc.text.index("&")) == line_col(HTML, "&amp;")
    assert doc.locate(doc.text.index("May 2024") - 1) == line_col(HTML, "&nbsp;")
    (f,) = findings(p)
    assert (f.line, f.column) == line_col(HTML, "learned")
    assert {(e.line, e.column) for e in f.evidence} >= {line_col(HTML, "Harbor Dental learned")}


def test_an_html_table_row_is_one_line(tmp_path: Path) -> None:
    p = tmp_path / "timeline.html"
    p.write_text("<table><tr><th>Date</th><th>Event</th></tr><tr><td>2024-09-04</td><td>Server isolated</td></tr>"
                 "<tr><td>2024-10-01</td><td>Members notified by email</td></tr></table>", encoding="utf-8")
    (doc,) = read_path(str(p))
    assert [line for line in doc.text.split("\n") if line] == [
        "Date | Event", "2024-09-04 | Server isolated", "2024-10-01 | Members notified by email"]
    kinds = {e.kind for e in check_path(str(p)).documents[0].events}
    assert kinds == {"containment", "notification_individuals"}


def test_html_date_from_first_time_element_and_main(tmp_path: Path) -> None:
    p = tmp_path / "page.htm"
    p.write_text('<html><body><nav><time datetime="2023-01-01">today</time></nav>\n'
                 '<main><p>By the newsroom, <time datetime="2024-06-21">this morning</time>.</p>\n'
                 "<p>The clinic discovered the breach on June 3, 2024.<br>"
                 "The investigation concluded on May 20, 2024.</p></main></body></html>\n")
    (doc,) = read_path(str(p))
    assert doc.date == dt.date(2024, 6, 21)
    assert "today" not in doc.text
    (f,) = findings(p)
    assert f.line == 3


def test_html_date_from_json_ld(tmp_path: Path) -> None:
    p = tmp_path / "ld.html"
    p.write_text('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
                 '"datePublished": "2024-06-22T10:00:00Z"}</script></head><body><p>Text.</p></body></html>')
    (doc,) = read_path(str(p))
    assert doc.date == dt.date(2024, 6, 22) and doc.text.strip() == "Text."


def test_html_in_a_declared_legacy_charset(tmp_path: Path) -> None:
    p = tmp_path / "old.html"
    p.write_bytes('<html><head><meta charset="windows-1252"></head><body>'
                  "<p>La clinique a découvert la fuite le 3 juin 2024.</p></body></html>".encode("cp1252"))
    (doc,) = read_path(str(p))
    assert "découvert" in doc.text


# -- DOCX ---------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(path: Path, body: str) -> bytes:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   f'<w:document xmlns:w="{W}"><w:body>{body}<w:sectPr/></w:body></w:document>')
    return path.read_bytes()


def para(*runs: str) -> str:
    return "<w:p>" + "".join(f'<w:r><w:t xml:space="preserve">{r}</w:t></w:r>' for r in runs) + "</w:p>"


DOCX_BODY = (
    para("Notice of Data Security Incident")
    + "<w:p/>"  # an empty paragraph, not counted
    + para("Dear patient,")
    + "<w:tbl><w:tr><w:tc>" + para("Reference: HD-2024-17") + "</w:tc></w:tr></w:tbl>"
    + para("Harbor Dental learned of the attack on 14 ", "May 2024", ".")
    + '<w:p><w:r><w:t xml:space="preserve">Its outside experts concluded their review on April 30, 2024.</w:t></w:r>'
      '<w:del w:id="1" w:author="x"><w:r><w:delText> It ended on July 1, 2024.</w:delText></w:r></w:del></w:p>'
)


def test_docx_paragraphs(tmp_path: Path) -> None:
    p = tmp_path / "letter.docx"
    make_docx(p, DOCX_BODY)
    (doc,) = read_path(str(p))
    assert doc.text.split("\n") == [
        "Notice of Data Security Incident", "Dear patient,", "Reference: HD-2024-17",
        "Harbor Dental learned of the attack on 14 May 2024.",
        "Its outside experts concluded their review on April 30, 2024."]
    assert doc.locate(doc.text.index("learned")) == (4, len("Harbor Dental ") + 1)
    assert doc.where(doc.text.index("learned")) == "paragraph 4"
    (f,) = findings(p)
    assert f.line == 4
    assert [e.line for e in f.evidence] == [4, 5]
    assert f.evidence[0].text == "Harbor Dental learned of the attack on 14 May 2024."


def test_a_docx_table_row_is_one_line_each_cell_at_its_own_paragraph(tmp_path: Path) -> None:
    cells = lambda *texts: "<w:tr>" + "".join(f"<w:tc>{para(t)}</w:tc>" for t in texts) + "</w:tr>"  # noqa: E731
    p = tmp_path / "timeline.docx"
    make_docx(p, para("Incident timeline") + "<w:tbl>" + cells("2024-09-04", "Server isolated from the network")
              + cells("2024-10-01", "Affected members notified by email") + "</w:tbl>")
    (doc,) = read_path(str(p))
    assert doc.text.split("\n") == ["Incident timeline", "2024-09-04 | Server isolated from the network",
                                     "2024-10-01 | Affected members notified by email"]
    assert doc.locate(doc.text.index("Server")) == (3, 1)  # the second cell is paragraph 3
    events = {(e.kind, e.line) for e in check_path(str(p)).documents[0].events}
    assert events == {("containment", 2), ("notification_individuals", 4)}


def test_truncated_docx_is_an_input_error(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx", DOCX_BODY)
    p = tmp_path / "cut.docx"
    p.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputError, match="cut.docx: not a readable .docx") as exc:
        read_path(str(p))
    assert "\n" not in str(exc.value)
    report = check_path(str(p))
    assert not report.documents and len(report.problems) == 1


def test_docx_without_document_part_and_old_doc(tmp_path: Path) -> None:
    p = tmp_path / "other.docx"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputError, match="not a Word document"):
        read_path(str(p))
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(InputError, match="Word 97-2003"):
        read_path(str(p))


@pytest.mark.parametrize("part, doctype", [
    # an entity-expansion bomb: each entity ten times the one before
    ("word/document.xml", '<!DOCTYPE w:document [<!ENTITY a "boom"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'),
    # an external entity: the text of another file on the machine
    ("word/document.xml", '<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'),
    # the package relationships are parsed the same way
    ("_rels/.rels", '<!DOCTYPE Relationships [<!ENTITY secret SYSTEM "file:///etc/hostname">]>'),
])
def test_a_docx_part_with_a_dtd_is_refused_in_one_line(tmp_path: Path, part: str, doctype: str) -> None:
    whole = tmp_path / "whole.docx"
    make_docx(whole, para("Reported on &d;&secret; May 2, 2024."))
    p = tmp_path / "entities.docx"
    with zipfile.ZipFile(whole) as src, zipfile.ZipFile(p, "w") as dst:
        for item in src.infolist():
            xml = src.read(item).decode()
            if item.filename == part:
                xml = xml.replace("?>", "?>" + doctype, 1)
            dst.writestr(item, xml)
    with pytest.raises(InputError, match=f"entities.docx: {part} declares a DOCTYPE") as exc:
        read_path(str(p))
    assert "\n" not in str(exc.value)
    run = subprocess.run([sys.executable, "-m", "timeline_check", "check", str(p)], capture_output=True, text=True)
    assert run.returncode == 2 and len(run.stderr.strip().splitlines()) == 1 and "refusing it" in run.stderr


# -- PDF ----------------------------------------------------------------------------------

def make_pdf(pages: list[list[str]]) -> bytes:
    """A small, valid PDF: each page's lines in Helvetica, one under the other."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    n = len(pages)
    font = 3 + 2 * n
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               ("<< /Type /Pages /Count %d /Kids [%s] >>"
                % (n, " ".join(f"{3 + 2 * i} 0 R" for i in range(n)))).encode()]
    for i, lines in enumerate(pages):
        content = ("BT /F1 11 Tf 14 TL 72 720 Td " + " T* ".join(f"({esc(t)}) Tj" for t in lines) + " ET").encode()
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R"
                       f" >> >> /Contents {4 + 2 * i} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF_PAGES = [
    ["Notice of Data Security Incident", "Harbor Dental, Springfield"],
    ["What happened", "Harbor Dental learned of the attack on 14 May 2024.",
     "Its outside experts concluded their review on April 30, 2024."],
]


def test_pdf_text_layer_by_page(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    p = tmp_path / "notice.pdf"
    p.write_bytes(make_pdf(PDF_PAGES))
    (doc,) = read_path(str(p))
    i = doc.text.index("learned")
    assert doc.page(i) == 2
    assert doc.locate(i) == (2, len("Harbor Dental ") + 1)
    assert doc.where(i) == f"page 2, line 2, column {len('Harbor Dental ') + 1}"
    assert doc.page(doc.text.index("Springfield")) == 1
    (f,) = findings(p)
    assert f.line == 2
    assert [e.line for e in f.evidence] == [2, 3]


def test_truncated_pdf_is_an_input_error(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    whole = make_pdf(PDF_PAGES)
    p = tmp_path / "cut.pdf"
    for size in (len(whole) // 2, 40, 8):
        p.write_bytes(whole[:size])
        with pytest.raises(InputError, match="cut.pdf: ") as exc:
            read_path(str(p))
        assert "\n" not in str(exc.value)


def test_pdf_without_text_layer(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    p = tmp_path / "scan.pdf"
    p.write_bytes(make_pdf([[]]))
    with pytest.raises(InputError, match="no text layer"):
        read_path(str(p))


def test_pdf_without_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)  # as if pypdf were not installed
    p = tmp_path / "notice.pdf"
    p.write_bytes(make_pdf(PDF_PAGES))
    with pytest.raises(InputError, match=r"pip install 'timeline-check\[pdf\]'") as exc:
        read_path(str(p))
    assert "\n" not in str(exc.value)


# -- dispatch, directories, the command line -----------------------------------------------

def test_recursive_picks_up_every_format(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("A.")
    (tmp_path / "b.md").write_text("B.")
    (tmp_path / "sub" / "c.HTML").write_text("<p>C.</p>")
    (tmp_path / "sub" / "d.htm").write_text("<p>D.</p>")
    (tmp_path / "e.markdown").write_text("E.")
    make_docx(tmp_path / "f.docx", para("F."))
    (tmp_path / "skip.json").write_text("{}")
    names = {Path(d.path).name for d in read_path(str(tmp_path), recursive=True)}
    assert {"a.txt", "b.md", "c.HTML", "d.htm", "e.markdown", "f.docx"} <= names
    assert "skip.json" not in names


def test_cli_damaged_input_is_one_line_and_exit_2(tmp_path: Path) -> None:
    whole = make_docx(tmp_path / "whole.docx", DOCX_BODY)
    p = tmp_path / "cut.docx"
    p.write_bytes(whole[:100])
    run = subprocess.run([sys.executable, "-m", "timeline_check", "check", str(p)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1 and "cut.docx" in run.stderr


def test_document_defaults_are_unchanged() -> None:
    doc = Document("x.txt", "one\ntwo")
    assert doc.date is None and doc.source is None
    assert doc.locate(4) == (2, 1)
    assert doc.where(4) == "line 2, column 1"


INCIDENT_REPORT = """# Incident report IR-2024-031

**Prepared:** 2024-05-20

## Summary

On 2024-04-02 the SOC detected credential-stuffing attempts against the patient portal. Successful logins
to 312 patient accounts occurred between 2024-03-28 and 2024-04-02.

## Timeline

| Date | Event |
| --- | --- |
| 2024-04-02 | Detection by SOC; affected accounts locked |
| 2024-04-26 | Investigation concluded |
| 2024-05-17 | Patients notified by letter |

## Notifications

- Patients: letters mailed 2024-05-17.
"""


def test_an_incident_report_in_markdown_with_a_table_and_a_list(tmp_path: Path) -> None:
    """Telegraphic lines ("Patients notified by letter", "letters mailed 2024-05-17") are
    notices, not a discovery told by patients nor a misdirected mailing (which gave an
    order error: the investigation ending before the breach began)."""
    path = tmp_path / "ir.md"
    path.write_text(INCIDENT_REPORT, encoding="utf-8")
    report = check_path(str(path))
    (doc,) = report.documents
    assert [f.rule for f in doc.findings if f.severity == "error"] == []
    kinds = {(e.kind, dt.date.fromordinal(e.earliest).isoformat()) for e in doc.events}
    assert kinds == {("publication", "2024-05-20"), ("discovery", "2024-04-02"), ("breach_start", "2024-03-28"),
                     ("breach_end", "2024-04-02"), ("investigation_end", "2024-04-26"),
                     ("notification_individuals", "2024-05-17"), ("containment", "2024-04-02")}


RAPPORT = """# Rapport d'incident

Date du rapport : 12/06/2024

- 02/05/2024 : première connexion illégitime au serveur de fichiers.
- 27/05/2024 : détection de l'intrusion par l'équipe de sécurité.
- 28/05/2024 : serveur isolé, mots de passe réinitialisés.
- 29/05/2024 : notification à la CNIL.
- 07/06/2024 : information des clients concernés par courriel.
"""


def test_a_french_incident_report_as_a_dated_list(tmp_path: Path) -> None:
    """"DATE : words": the date opens its line as "On DATE," opens a sentence."""
    path = tmp_path / "rapport.md"
    path.write_text(RAPPORT, encoding="utf-8")
    (doc,) = check_path(str(path)).documents
    kinds = {(e.kind, dt.date.fromordinal(e.earliest).isoformat()) for e in doc.events}
    assert kinds == {("publication", "2024-06-12"), ("breach_start", "2024-05-02"), ("discovery", "2024-05-27"),
                     ("containment", "2024-05-28"), ("notification_regulator", "2024-05-29"),
                     ("notification_individuals", "2024-06-07")}


def test_markdown_emphasis_around_a_date_is_blanked_but_not_inside_words(tmp_path: Path) -> None:
    p = tmp_path / "update.md"
    p.write_text("The lab found the leak on __March 4, 2024__ and **told HHS on April 2, 2024**.\n\nSee field_one and 6*7.\n")
    (doc,) = read_path(str(p))
    assert "on   March 4, 2024   and **told" in doc.text and "field_one and 6*7" in doc.text
    assert len(doc.text) == len(p.read_text())
