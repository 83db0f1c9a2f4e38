"""A process's resident memory from /proc, split into its two kinds.

VmRSS counts anonymous pages (the managed heap, native allocations) and file pages mapped into the process (the
search index, which Lucene.NET maps, and the runtime's and the hub's code). The file pages are the kernel's page
cache: shared, and dropped under pressure without swapping. Both are reported, so a budget can be read against the
part the process owns.
"""

import threading
from pathlib import Path

# VmHWM is the kernel's own record of the highest RSS since the process started.
FIELDS = {"VmRSS:": "rss", "VmHWM:": "peak_rss", "RssAnon:": "anonymous", "RssFile:": "file", "RssShmem:": "shared"}


def resident_mib(pid):
    """{"rss", "peak_rss", "anonymous", "file", "shared"} in MiB, or None when the process is gone."""
    try:
        lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    except OSError:
        return None
    values = {}
    for line in lines:
        parts = line.split()
        if parts and parts[0] in FIELDS:
            values[FIELDS[parts[0]]] = round(int(parts[1]) / 1024, 1)
    return values


class PeakMemory(threading.Thread):
    """The highest resident memory of each kind while it runs, sampled every half second."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self._done = pid, {}, threading.Event()

    def run(self):
        while not self._done.is_set():
            sample = resident_mib(self.pid)
            if sample is None:
                return
            for name, mib in sample.items():
                self.peak[name] = max(self.peak.get(name, 0), mib)
            self._done.wait(0.5)

    def finish(self):
        self._done.set()
        self.join(timeout=2)
        return dict(self.peak)
