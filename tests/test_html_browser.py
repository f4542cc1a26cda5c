"""The HTML report in a real browser (headless Chromium) with the network blocked.

It opens the report through the DevTools protocol (``websocket-client``), records
every request the page makes, runs the filters, and checks that the
contradiction is rendered, no request left the file and no script failed.
Without ``websocket-client`` it falls back to ``--dump-dom`` plus a net log.

Needs Chromium (``apt-get install chromium``; or set ``CHROMIUM=/path/to/chrome``).
Set ``CROSSCHECK_SCREENSHOT=/tmp/report.png`` to keep a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

try:
    from report_fixtures import build_report
except ImportError:  # tests/ imported as a package
    from tests.report_fixtures import build_report

pytestmark = pytest.mark.browser


def _chromium() -> str | None:
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


CHROMIUM = _chromium()
if CHROMIUM is None:
    pytest.skip(
        "headless Chromium not installed (apt-get install chromium, or set CHROMIUM=/path/to/chrome)",
        allow_module_level=True,
    )

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--window-size=1200,1600",
    # the network is blocked: every host name fails to resolve, and any proxied request goes nowhere
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
]


@pytest.fixture(scope="module")
def html_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("html") / "report.html"
    build_report().write(path)
    return path


def _screenshot_path(tmp: Path) -> Path:
    return Path(os.environ.get("CROSSCHECK_SCREENSHOT") or tmp / "report.png")


class _CDP:
    """A minimal DevTools-protocol client over one websocket (flattened sessions)."""

    def __init__(self, ws_url: str):
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            if "method" in reply:
                self.events.append(reply)
        raise TimeoutError(method)

    def wait_for(self, method: str, timeout: float = 30) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for ev in self.events:
                if ev["method"] == method:
                    return ev
            if time.monotonic() > deadline:
                raise TimeoutError(method)
            self.ws.settimeout(max(deadline - time.monotonic(), 0.1))
            reply = json.loads(self.ws.recv())
            if "method" in reply:
                self.events.append(reply)

    def close(self) -> None:
        try:
            self.ws.close()
        except Exception:
            pass


def _launch(tmp: Path) -> tuple[subprocess.Popen, str]:
    profile = tmp / "profile"
    proc = subprocess.Popen(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-port=0", "--remote-allow-origins=*",
         "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump():
        for line in proc.stderr:  # type: ignore[union-attr]
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=1)
        except queue.Empty:
            if proc.poll() is not None:
                break
            continue
        if "DevTools listening on" in line:
            return proc, line.split("DevTools listening on", 1)[1].strip()
    proc.kill()
    pytest.fail("Chromium did not start its DevTools endpoint")


JS_CHECKS = r"""
(() => {
  const visible = el => !!el && !el.hidden && el.offsetParent !== null;
  const flags = () => [...document.querySelectorAll('article.flag')].filter(visible);
  const box = v => document.querySelector(`nav.filters input[value="${v}"]`);
  const out = {};
  out.js = document.documentElement.classList.contains('js');
  const first = flags()[0];
  out.first_status = first && first.dataset.status;
  out.first_text = first && first.innerText;
  out.contradict_visible = flags().filter(f => f.dataset.status === 'contradict').length;
  out.visible = flags().length;
  out.clash = document.querySelectorAll('svg .tl-clash').length;
  out.red_marks = document.querySelectorAll('svg .tl-mark[data-status="contradict"]').length;
  out.script_in_dom = document.querySelectorAll('script').length;
  out.xss_text = document.body.innerText.includes('<script>alert("xss")</script>');
  box('contradict').click();
  out.after_status_filter = flags().filter(f => f.dataset.status === 'contradict').length;
  out.shown_counter = document.getElementById('shown').textContent;
  box('contradict').click();
  box('ru').click();
  out.after_lang_filter = flags().map(f => f.dataset.lang);
  box('ru').click();
  box('skipped').click();
  out.with_skipped = flags().length;
  box('skipped').click();
  const q = document.getElementById('q');
  q.value = 'Анталье'; q.dispatchEvent(new Event('input'));
  out.search = flags().map(f => f.id);
  q.value = ''; q.dispatchEvent(new Event('input'));
  out.final_visible = flags().length;
  return JSON.stringify(out);
})()
"""


def test_report_in_headless_chromium(html_file, tmp_path):
    try:
        import websocket  # noqa: F401
    except ImportError:
        _dump_dom_fallback(html_file, tmp_path)
        return
    proc, ws_url = _launch(tmp_path)
    cdp = _CDP(ws_url)
    try:
        target = cdp.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Network", "Page", "Runtime", "Log"):
            cdp.send(f"{domain}.enable", session=session)
        cdp.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1200, "height": 1700, "deviceScaleFactor": 1, "mobile": False}, session=session)
        cdp.send("Page.navigate", {"url": html_file.as_uri()}, session=session)
        cdp.wait_for("Page.loadEventFired")
        result = cdp.send("Runtime.evaluate", {"expression": JS_CHECKS, "returnByValue": True}, session=session)
        assert "exceptionDetails" not in result, result
        state = json.loads(result["result"]["value"])
        shot = cdp.send("Page.captureScreenshot", {"format": "png"}, session=session)
        path = _screenshot_path(tmp_path)
        path.write_bytes(base64.b64decode(shot["data"]))
        cdp.send("Runtime.evaluate", {"expression": "1"}, session=session)  # flush pending events
        events = [e for e in cdp.events if e.get("sessionId") in (None, session)]
    finally:
        try:
            cdp.send("Browser.close", timeout=5)
        except Exception:
            pass
        cdp.close()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    # the page's script ran and the contradiction is rendered first
    assert state["js"] is True
    assert state["first_status"] == "contradict"
    assert "first meeting of the two generals since 2015" in state["first_text"]
    assert "Exclusivity violated" in state["first_text"]
    assert state["contradict_visible"] == 2
    assert state["visible"] == 8  # skipped segments hidden by default
    assert state["clash"] == 1 and state["red_marks"] >= 3
    # document text with <script> shows as text and is not executed
    assert state["xss_text"] is True and state["script_in_dom"] == 1
    # filters work
    assert state["after_status_filter"] == 0 and state["shown_counter"] == "6"
    assert state["after_lang_filter"] and set(state["after_lang_filter"]) == {"en"}
    assert state["with_skipped"] == 12
    assert {"ru_vesti:03", "en_herald:03"} <= set(state["search"]) and len(state["search"]) < 8
    assert state["final_visible"] == 8
    # no request left the file, nothing failed, no script errors
    urls = [e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"]
    assert urls and all(u.startswith(("file:", "data:", "about:")) for u in urls), urls
    failed = [e["params"] for e in events if e["method"] == "Network.loadingFailed"]
    assert not failed, failed
    errors = [e["params"] for e in events if e["method"] == "Runtime.exceptionThrown"]
    errors += [e["params"] for e in events if e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error"]
    assert not errors, errors
    assert path.stat().st_size > 10_000


def _dump_dom_fallback(html_file: Path, tmp_path: Path) -> None:
    """Without websocket-client: --dump-dom (the DOM after scripts ran) and a net log."""
    netlog = tmp_path / "netlog.json"
    run = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", f"--log-net-log={netlog}",
         "--virtual-time-budget=3000", "--dump-dom", html_file.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    dom = run.stdout
    assert 'class="js"' in dom or "class=\"js\"" in dom.replace("'", '"'), "the page script did not run"
    first = dom.index('<article class="flag')
    assert 'data-status="contradict"' in dom[first : first + 300]
    assert "first meeting of the two generals since 2015" in dom
    log = netlog.read_text(encoding="utf-8", errors="replace") if netlog.exists() else ""
    assert "http://" not in log.replace("http://127.0.0.1", "") or '"url":"http' not in log
    subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile2'}", f"--screenshot={_screenshot_path(tmp_path)}",
         html_file.as_uri()],
        capture_output=True, timeout=120,
    )
