"""Screenshots of the HTML report for the docs: the seed, a long English article and a French notice.

``python bench/screenshots.py`` (from the checkout's root, Chromium at /usr/bin/chromium) writes
``docs/report-seed.png``, ``docs/report-en.png`` and ``docs/report-fr.png``. The seed is read from
the shared folder next to the checkout, when it is there; the two others are in ``examples/``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline_check import check_path  # noqa: E402
from timeline_check.report import html  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
# name, text, window height (pixels): tall enough for the timeline, the findings and the start of the text
SHOTS = [("report-seed.png", ROOT.parent / "shared" / "seeds" / "healthec-fr.txt", 1900),
         ("report-en.png", ROOT / "examples" / "northgate-pharmacy-en.md", 2300),
         ("report-fr.png", ROOT / "examples" / "mutuelle-tilleuls-fr.txt", 1750)]


def shoot(text: Path, out: Path, height: int, tmp: Path) -> None:
    page = tmp / "page.html"
    os.chdir(text.parent)  # the report names the file as given: its name only
    page.write_text(html.render(check_path(text.name)), encoding="utf-8")
    cmd = [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
           "--disable-background-networking", f"--user-data-dir={tmp / 'profile'}", f"--window-size=1280,{height}",
           f"--screenshot={out}", page.as_uri()]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)


def main() -> None:
    if not CHROMIUM.exists():
        sys.exit(f"{CHROMIUM} is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text, height in SHOTS:
            if not text.exists():
                print(f"skipped {name}: {text} is absent")
                continue
            shoot(text, ROOT / "docs" / name, height, Path(tmp))
            print(ROOT / "docs" / name)


if __name__ == "__main__":
    main()
