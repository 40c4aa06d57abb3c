"""Inputs that are no regular file (a FIFO, a device) and a stdin that never ends must not stall a batch."""
from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT

TEXT = "Des hommes armés ont attaqué mardi un poste de police à Gao, selon une source locale.\n"


def _sitrep(*args, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sitrep", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, **kw)


def _finish(proc: subprocess.Popen, what: str) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"sitrep hung on {what}")
    return proc.returncode, out.decode(), err.decode()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_file_that_is_not_regular_gets_one_error_and_the_batch_goes_on(tmp_path, kind):
    if kind == "fifo":
        odd = tmp_path / "pipe.txt"
        os.mkfifo(odd)  # nobody ever writes to it: reading it would wait forever
    else:
        odd = "/dev/zero"  # a device never ends
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    rc, out, err = _finish(_sitrep("code", str(odd), str(good), "--lang", "fr", "--published", "2024-05-08"), kind)
    assert rc == 0
    assert err.strip().splitlines() == [f"sitrep: error [E030] {odd}: not a regular file ({'a FIFO' if kind == 'fifo' else 'a device'}): "
                                        "give its content on stdin with `-`"]
    assert '"article_id": "good"' in out


def test_stdin_that_sends_nothing_times_out_when_asked(tmp_path):
    reader, writer = os.pipe()  # the writing end stays open and silent, as with a hung producer
    proc = _sitrep("code", "-", "--stdin-timeout", "1", stdin=reader)
    os.close(reader)
    try:
        rc, out, err = _finish(proc, "an idle stdin")
    finally:
        os.close(writer)
    assert rc == 1
    assert err.strip() == "sitrep: error [E031] <stdin>: nothing arrived on stdin for 1 s (--stdin-timeout)"


def test_the_timeout_is_for_silence_so_a_slow_producer_is_read_whole(tmp_path):
    reader, writer = os.pipe()
    proc = _sitrep("code", "-", "--lang", "fr", "--published", "2024-05-08", "--stdin-timeout", "60", stdin=reader)
    os.close(reader)
    half = len(TEXT) // 2
    os.write(writer, TEXT[:half].encode())
    time.sleep(2)
    os.write(writer, TEXT[half:].encode())
    os.close(writer)
    rc, out, err = _finish(proc, "a slow stdin")
    assert rc == 0, err
    assert '"article_id": "stdin"' in out and "Gao" in out
