#!/usr/bin/env python3
"""Real-browser test of the Hearth web application, through chromium-driver's WebDriver protocol.

Drives a running server: signs in, opens the scorecard, opens an indicator, drills down to the
children behind it, opens one child's chronology and prints the committee pack to an A4 PDF,
saving a screenshot at each step. Every page
is also fetched with the browser's session cookie so an HTTP error fails the test, and each step
fails if an element it needs is missing. Needs only Debian's `chromium` and `chromium-driver`
and the Python standard library.

Either point it at a running server:
    scripts/browser-test.py --url http://127.0.0.1:8080 --user demo-performance-analyst --password PW
or let it start one and read the demo analyst's password from the server's output:
    scripts/browser-test.py --start ".build/debug/hearth serve --archive /tmp/county --database /tmp/web.sqlite --demo-users --port 18080"
Exit status 0 when every step passed.
"""
import argparse, base64, json, os, re, shlex, socket, subprocess, sys, time, urllib.error, urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


class Failure(Exception):
    pass


def stop(proc, grace=10):
    """Ends a child process; a slow shutdown on a loaded machine must not fail a test that passed."""
    proc.terminate()
    try:
        proc.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class WebDriver:
    def __init__(self, driver_path, chromium_path):
        self.port = free_port()
        self.proc = subprocess.Popen([driver_path, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 20
        while True:
            try:
                self.call("GET", "/status")
                break
            except Exception:
                if time.time() > deadline:
                    raise Failure("chromium-driver did not start")
                time.sleep(0.2)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": chromium_path,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,1000"]}}}}
        self.session = self.call("POST", "/session", caps)["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                payload = json.loads(r.read() or b"{}")
        except urllib.error.HTTPError as e:
            payload = json.loads(e.read() or b"{}")
            raise Failure(f"WebDriver {method} {path}: {payload.get('value', {}).get('message', e)}")
        value = payload.get("value", payload)
        if isinstance(value, dict) and "sessionId" in payload:
            value["sessionId"] = payload["sessionId"]
        return value

    def s(self, path, method="GET", body=None):
        return self.call(method, f"/session/{self.session}{path}", body)

    def go(self, url):
        self.s("/url", "POST", {"url": url})

    def find(self, css, what, wait=15):
        """The element, waiting up to `wait` seconds for a page that is still loading."""
        deadline = time.time() + wait
        while True:
            try:
                return self.s("/element", "POST", {"using": "css selector", "value": css})[ELEMENT]
            except Failure:
                if time.time() > deadline:
                    raise Failure(f"missing element: {what} ({css}) on {self.url()}")
                time.sleep(0.25)

    def type(self, css, text, what):
        self.s(f"/element/{self.find(css, what)}/value", "POST", {"text": text})

    def click(self, css, what):
        self.s(f"/element/{self.find(css, what)}/click", "POST", {})

    def attribute(self, css, name, what):
        return self.s(f"/element/{self.find(css, what)}/attribute/{name}")

    def url(self):
        return self.s("/url")

    def source(self):
        return self.s("/source")

    def cookies(self):
        return {c["name"]: c["value"] for c in self.s("/cookie")}

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self.s("/screenshot")))

    def quit(self):
        try:
            self.s("", "DELETE")
        except Exception:
            pass
        stop(self.proc)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http_status(url, cookie):
    """The status the server gives this URL with the browser's session cookie (no redirects followed)."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *a, **k):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    req = urllib.request.Request(url, headers={"Cookie": f"hearth_session={cookie}"} if cookie else {})
    try:
        with opener.open(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def start_server(command):
    proc = subprocess.Popen(shlex.split(command), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    password, url, deadline = None, None, time.time() + 300
    while url is None:
        line = proc.stdout.readline()
        if not line:
            raise Failure("the server exited before it was serving")
        m = re.search(r"demo user demo-performance-analyst .* password: (\S+)", line)
        if m:
            password = m.group(1)
        m = re.search(r"(https?://[0-9.:a-z]+)", line) if "Serving" in line else None
        if m:
            url = m.group(1)
        if time.time() > deadline:
            raise Failure("the server did not start within 5 minutes")
    for _ in range(100):
        try:
            if http_status(url + "/health", None) == 200:
                break
        except Exception:
            time.sleep(0.2)
    return proc, url, password


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url")
    ap.add_argument("--user", default="demo-performance-analyst")
    ap.add_argument("--password")
    ap.add_argument("--start", help="command that starts the server and prints the demo users' passwords")
    ap.add_argument("--out", default="out/browser", help="directory for screenshots")
    ap.add_argument("--driver", default="/usr/bin/chromedriver")
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)

    server = None
    if args.start:
        server, args.url, started_password = start_server(args.start)
        args.password = args.password or started_password
    if not args.url or not args.password:
        ap.error("give --url and --password, or --start")

    browser = None
    step = "starting the browser"
    try:
        browser = WebDriver(args.driver, args.chromium)
        cookie = None

        def page(name, expect_css, what):
            nonlocal step
            step = name
            status = http_status(browser.url(), cookie)
            if status >= 400:
                raise Failure(f"HTTP {status} for {browser.url()}")
            browser.find(expect_css, what)
            browser.screenshot(os.path.join(args.out, f"{name}.png"))
            print(f"ok  {name}: {browser.url()} (HTTP {status})")

        step = "sign in"
        browser.go(args.url + "/login")
        browser.type("#name", args.user, "user name field")
        browser.type("#password", args.password, "password field")
        browser.screenshot(os.path.join(args.out, "01-login.png"))
        browser.click("#sign-in", "sign-in button")
        deadline = time.time() + 20
        while not (cookie := browser.cookies().get("hearth_session")) and time.time() < deadline:
            time.sleep(0.25)
        if not cookie:
            raise Failure("no session cookie after signing in (wrong password?)")
        page("02-home", ".who", "signed-in banner")

        browser.go(args.url + "/scorecard")
        page("03-scorecard", "table#scorecard tbody a", "an indicator link in the scorecard")
        browser.click("table#scorecard tbody a", "first indicator link")
        page("04-indicator", "svg.trend", "the trend chart")
        browser.click("#children-behind", "link to the children behind the number")
        page("05-children-behind", "table#children", "the list of children")
        browser.click("table#children tbody a", "first child in the list")
        page("06-chronology", "table#chronology", "the chronology")
        browser.go(args.url + "/committee-pack?committee=Corporate%20Parenting%20Panel")
        page("07-committee-pack", "section.cover h1", "the committee pack cover")
        pdf = browser.s("/print", "POST", {"orientation": "portrait", "page": {"width": 21.0, "height": 29.7}, "background": True})
        with open(os.path.join(args.out, "07-committee-pack.pdf"), "wb") as f:
            f.write(base64.b64decode(pdf))
        print("ok  07-committee-pack.pdf (A4)")
        print("7 passed, 0 failed")
        return 0
    except Failure as e:
        if browser:
            try:
                browser.screenshot(os.path.join(args.out, "failure.png"))
            except Exception:
                pass
        print(f"FAIL at {step}: {e}", file=sys.stderr)
        print("0 passed, 1 failed")
        return 1
    finally:
        if browser:
            browser.quit()
        if server:
            stop(server)


if __name__ == "__main__":
    sys.exit(main())
