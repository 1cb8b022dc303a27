"""The console script's exit (``client.leave``): what ``sys.exit`` gives, without the teardown."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)


@pytest.mark.parametrize("given,status,err", [("4", 4, ""), ("None", 0, ""), ("'no such rule'", 1, "no such rule\n")])
def test_leave_exits_as_sys_exit_with_its_output_flushed(given: str, status: int, err: str) -> None:
    done = _run(f"import sys\nfrom timeline_check.client import leave\nsys.stdout.write('half a line')\nleave({given})\n")
    assert (done.returncode, done.stdout, done.stderr) == (status, "half a line", err)


def test_leave_takes_the_usual_exit_while_another_thread_runs() -> None:
    # os._exit would end the thread mid-way: the usual exit waits for it and its output
    done = _run("import threading, time, sys\nfrom timeline_check.client import leave\n"
                "t = threading.Thread(target=lambda: (time.sleep(0.3), print('thread done')))\nt.start()\nleave(5)\n")
    assert (done.returncode, done.stdout) == (5, "thread done\n")


def test_a_check_through_the_console_script_keeps_its_exit_code_and_output(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("On March 3, 2024, the clinic learned that a laptop had been stolen on March 9, 2024.\n",
                     encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "timeline_check", "check", "--format", "json", str(story)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stdout.rstrip().endswith("}") and '"documents"' in done.stdout
