"""The damage check at start reads the whole file on a thread of its own at the lowest CPU
priority (Linux), so that the KAM's typing beside it gets the cores first."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from kamdesk.ui.damage import background_priority


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a thread's nice is Linux's")
def test_the_check_thread_runs_at_the_lowest_priority_and_only_it() -> None:
    seen: list[int] = []
    before = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    def work() -> None:
        background_priority()
        seen.append(os.getpriority(os.PRIO_PROCESS, threading.get_native_id()))

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert seen == [19]
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == before  # unchanged
