"""Servers, tunnels and browsers opened to others: serving the home folder or a system folder counts as sending its
secrets, an interactive shell put on a web page or the machine's ssh login tunnelled out as a reverse shell, a logged-in
browser profile opened to remote debugging as handing out its cookies. A server bound to this machine only, serving
the workspace, is allowed; other servers and tunnels go to a person."""

from __future__ import annotations

import re

from tools.risk_paths import (
    ALLOW,
    DENY,
    ESCALATE,
    REAL_BROWSER_PROFILE,
    ActionContext,
    ActionRisk,
    assess_path,
    holds_everything,
    inside,
    is_secret,
    resolve,
)

_LOOPBACK = re.compile(r"^(?:(?:tcp|https?)://)?(?:localhost|127\.0\.0\.1|\[?::1\]?)(?::\d+)?/?$")
_STATIC_SERVERS = {"serve": {"-l", "--listen", "-p", "--port", "-c", "--config"},
                   "http-server": {"-p", "--port", "-a", "-c", "-e", "--ext", "-P", "--proxy"},
                   "live-server": set()}
_SHELL_SERVERS = {"ttyd", "gotty", "shellinaboxd", "wetty", "tty-share", "upterm", "tmate"}
_SHELL_NAMES = {"bash", "sh", "zsh", "fish", "dash", "login", "tmux", "screen", "powershell", "pwsh", "cmd.exe"}
_BROWSERS = {"google-chrome", "google-chrome-stable", "chromium", "chromium-browser", "chrome", "microsoft-edge",
             "msedge", "brave-browser", "brave", "Google Chrome", "firefox", "firefox-esr"}
_SSH_PORT = re.compile(r"(?:^|:)(?:localhost|127\.0\.0\.1|0\.0\.0\.0)?:?22$")


def _served(folder: str, ctx: ActionContext, loopback: bool, label: str) -> list[ActionRisk]:
    path = resolve(folder, ctx)
    if holds_everything(path, ctx) or is_secret(path, ctx.home):
        return [ActionRisk(DENY, "exfiltration", f"{label} serves {path} (home or system files) to the network",
                           "act.shell.serve_home")]
    if loopback and inside(path, ctx.workspace):
        return [ActionRisk(ALLOW, "local_server", f"{label} serves the workspace to this machine only", "act.shell.server_local")]
    return [ActionRisk(ESCALATE, "network", f"{label} opens a web server", "act.shell.server")]


def _operands(args: list[str], value_options: set[str]) -> list[str]:
    found, skip = [], False
    for a in args:
        if skip:
            skip = False
        elif a in value_options:
            skip = True
        elif not a.startswith("-"):
            found.append(a)
    return found


def http_server_risks(args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """`python -m http.server [PORT] [--bind ADDR] [--directory DIR]`."""
    served = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-d", "--directory")), ".")
    bind = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-b", "--bind")), "")
    return _served(served, ctx, bool(_LOOPBACK.match(bind)), "http.server")


def serving_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk] | None:
    """Static file servers, web terminals, tunnels and remote-debugged browsers; None for other programs."""
    if name in ("npx", "bunx", "pnpx") or name in ("pnpm", "yarn") and args[:1] == ["dlx"]:
        rest = args[1:] if args[:1] == ["dlx"] else args
        rest = [a for a in rest if a not in ("-y", "--yes")]
        if rest and rest[0] in _STATIC_SERVERS:
            name, args = rest[0], rest[1:]
    if name == "php" and "-S" in args:
        address = args[args.index("-S") + 1] if args.index("-S") + 1 < len(args) else ""
        root = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "-t"), ".")
        return _served(root, ctx, bool(_LOOPBACK.match(address)), "php -S")
    if name in _STATIC_SERVERS:
        options = _STATIC_SERVERS[name]
        listen = next((args[i + 1] for i, a in enumerate(args[:-1]) if a in ("-l", "--listen", "-a")), "")
        folders = _operands(args, options)
        return _served(folders[0] if folders else ".", ctx, bool(_LOOPBACK.match(listen)), name)
    if name in _SHELL_SERVERS and (set(args) & _SHELL_NAMES or name in ("shellinaboxd", "upterm", "tty-share", "tmate")):
        return [ActionRisk(DENY, "exfiltration", f"{name} puts an interactive shell on a web page", "act.shell.web_shell")]
    if name == "ngrok":
        files = [a for a in args if a.startswith("file://")]
        if files:
            return _served(files[0], ctx, False, "ngrok")
        if args[:1] == ["tcp"] and any(_SSH_PORT.search(a) for a in args[1:]):
            return [ActionRisk(DENY, "exfiltration", "ngrok exposes this machine's ssh login", "act.shell.tunnel_shell")]
        return [ActionRisk(ESCALATE, "network", "ngrok exposes a local port to the internet", "act.shell.tunnel")]
    if name == "cloudflared" and re.search(r"(?:ssh|tcp)://(?:localhost|127\.0\.0\.1):22\b", " ".join(args)):
        return [ActionRisk(DENY, "exfiltration", "cloudflared exposes this machine's ssh login", "act.shell.tunnel_shell")]
    if name == "tailscale" and args[:1] in (["funnel"], ["serve"]) and any(a.startswith(("/", "~", "./")) for a in args[1:]):
        return _served(next(a for a in args[1:] if a.startswith(("/", "~", "./"))), ctx, False, f"tailscale {args[0]}")
    if name == "tensorboard" and "--inspect" not in args:
        logdir = next((a.split("=", 1)[1] for a in args if a.startswith("--logdir=")), None) or next(
            (args[i + 1] for i, a in enumerate(args[:-1]) if a == "--logdir"), ".")
        host = next((a.split("=", 1)[1] for a in args if a.startswith("--host=")), None) or next(
            (args[i + 1] for i, a in enumerate(args[:-1]) if a == "--host"), "localhost")
        return _served(logdir, ctx, bool(_LOOPBACK.match(host)), "tensorboard")
    if name == "rclone" and args[:1] == ["serve"] and len(args) > 2:
        listen = next((args[i + 1] for i, a in enumerate(args[:-1]) if a == "--addr"), "")
        return _served(next((a for a in args[2:] if not a.startswith("-") and a != listen), "."), ctx,
                       bool(_LOOPBACK.match(listen)), "rclone serve")
    if name == "code-server" or name == "jupyter" and args[:1] in (["lab"], ["notebook"], ["server"]) and "list" not in args:
        return _workbench_risks(name, args, ctx)
    if name in ("bore", "chisel") and any(re.search(r"(?:^|:)22$", a) for a in args):
        return [ActionRisk(DENY, "exfiltration", f"{name} exposes this machine's ssh login", "act.shell.tunnel_shell")]
    if name in ("cloudflared", "localtunnel", "lt", "bore", "chisel", "frpc", "zrok") or name == "tailscale" and args[:1] in (
            ["funnel"], ["serve"]):
        return [ActionRisk(ESCALATE, "network", f"{name} exposes a local port to the internet", "act.shell.tunnel")]
    if name in _BROWSERS and any(a.startswith("--remote-debugging-port") for a in args):
        profile = next((a.split("=", 1)[1] for a in args if a.startswith("--user-data-dir=")), "") or next(
            (args[i + 1] for i, a in enumerate(args[:-1]) if a in ("--profile", "-profile")), "")
        if REAL_BROWSER_PROFILE.search(str(resolve(profile, ctx)) if profile else "") or any(
                a.startswith("--remote-debugging-address=") and not _LOOPBACK.match(a.split("=", 1)[1]) for a in args):
            return [ActionRisk(DENY, "secrets", f"{name} opens a logged-in browser profile to remote debugging "
                               "(its cookies and saved passwords)", "act.shell.browser_debugging")]
    if name in _BROWSERS and "--headless" in " ".join(args):
        return _headless_risks(name, args, ctx)
    return None


def _workbench_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk]:
    """A web IDE or notebook server: with no login on a network address it is a shell for anyone who connects."""
    text = " ".join(args)
    address = re.search(r"--(?:ip|bind-addr|host)[= ](\S+)", text)
    open_to_network = address is not None and not _LOOPBACK.match(address.group(1).rsplit(":", 1)[0] if name == "code-server"
                                                                    else address.group(1))
    no_login = re.search(r"--auth[= ]none|Token(?:Authenticator\.token)?=(?:''|\"\"|\s|$)|token=(?:''|\"\"|\s|$)|"
                         r"--(?:NotebookApp|ServerApp)\.token=(?:''|\"\")?(?:\s|$)", text)
    if open_to_network and no_login:
        return [ActionRisk(DENY, "exfiltration", f"{name} opens a terminal without a login to the network", "act.shell.web_shell")]
    return [ActionRisk(ESCALATE, "network", f"{name} opens a web server", "act.shell.server")]


def _headless_risks(name: str, args: list[str], ctx: ActionContext) -> list[ActionRisk] | None:
    """A headless browser with its own profile in the workspace that renders a workspace page or this machine's
    server into a PDF or a screenshot in the workspace."""
    profile = next((a.split("=", 1)[1] for a in args if a.startswith("--user-data-dir=")), "")
    outputs = [a.split("=", 1)[1] for a in args if a.startswith(("--print-to-pdf=", "--screenshot="))]
    pages = [a for a in args if not a.startswith("-")]
    local = all(inside(resolve(p, ctx), ctx.workspace) if p.startswith("file://") else _LOOPBACK.match(
        re.sub(r"^(https?://[^/]+).*$", r"\1", p)) is not None for p in pages)
    if profile and inside(resolve(profile, ctx), ctx.workspace) and outputs and pages and local and not any(
            a.startswith("--remote-debugging") for a in args):
        return [*(assess_path(o, ctx, write=True) for o in outputs),
                ActionRisk(ALLOW, "convert", f"{name} renders a local page into a file", "act.shell.convert")]
    return None


def ssh_forwards_login(args: list[str]) -> bool:
    """`ssh -R PORT:localhost:22 HOST`: this machine's ssh login offered on another machine."""
    forwards = [args[i + 1] for i, a in enumerate(args[:-1]) if a == "-R"] + [a[2:] for a in args if a.startswith("-R") and len(a) > 2]
    return any(re.search(r"(?:^|:)(?:localhost|127\.0\.0\.1)?:?22$", f) for f in forwards)
