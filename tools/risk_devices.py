"""Phones, boards and other hardware: tools that only report on a device are allowed; flashing a device or changing it
goes to a person; writing an image onto a disk counts as `dd` onto it; a command run on a phone through `adb shell` is
judged like one run here."""

from __future__ import annotations

import re

from tools.risk_paths import ALLOW, DENY, ESCALATE, RAW_DISK, ActionRisk

# Programs that report on hardware in every form, and reporting forms of the rest.
DEVICE_REPORTERS = {"lsusb", "lspci", "lshw", "hwinfo", "inxi", "sensors", "lsmod", "dmidecode"}
_REPORTING_FORMS = {
    "fastboot": lambda a: a[:1] in (["devices"], ["getvar"]),
    "scanimage": lambda a: any(x in ("-L", "--list-devices", "-A", "--all-options") for x in a),
    "udevadm": lambda a: a[:1] == ["info"],
    "iw": lambda a: not {"set", "connect", "disconnect", "scan", "del", "add", "interface"}.intersection(a),
    "nmcli": lambda a: bool({"status", "list"}.intersection(a)) or a[-1:] in (["show"], ["general"], ["device"], ["dev"])
    and not {"-s", "--show-secrets"}.intersection(a),
    "apksigner": lambda a: a[:1] == ["verify"],
    "flutter": lambda a: a[:1] in (["doctor"], ["devices"], ["analyze"], ["emulators"]) and "--launch" not in a,
    "esptool.py": lambda a: bool({"chip_id", "flash_id", "read_mac", "image_info"}.intersection(a)),
    "esptool": lambda a: bool({"chip_id", "flash_id", "read_mac", "image_info"}.intersection(a)),
    "dfu-util": lambda a: a in (["-l"], ["--list"]),
    "picotool": lambda a: a[:1] == ["info"],
    "arduino-cli": lambda a: a[:2] in (["board", "list"], ["core", "list"], ["lib", "list"]),
    "bluetoothctl": lambda a: a[:1] in (["devices"], ["show"], ["info"], ["list"], ["paired-devices"]),
    "lpinfo": lambda a: True,
    "adb": lambda a: a[:1] in (["devices"], ["version"], ["get-state"], ["get-serialno"], ["logcat"], ["reverse"], ["forward"])
    and "-c" not in a and "--remove-all" not in a,
    "v4l2-ctl": lambda a: any(x.startswith(("--list", "--all", "-D", "--info")) for x in a),
}
# What a phone reports through `adb shell` without changing anything.
_DEVICE_QUERIES = {"getprop", "dumpsys", "df", "ps", "uptime", "id", "whoami", "uname", "date", "ls", "cat", "top", "screencap",
                   "logcat", "ip", "ifconfig", "free", "pidof", "echo", "wm", "pm", "settings", "cmd", "am"}
_CHANGING_WORDS = {"put", "set", "install", "uninstall", "clear", "disable", "enable", "grant", "revoke", "reset",
                   "start", "startservice", "force-stop", "kill", "broadcast", "-c", "--clear", "delete", "suspend"}
_IMAGE_WRITERS = {"bmaptool", "rpi-imager", "etcher", "balena-etcher", "flash", "win32diskimager", "usbimager", "caligula"}


def adb_shell_command(args: list[str]) -> str | None:
    """The command `adb [-s SERIAL] shell CMD` runs on the phone."""
    i = 0
    while i < len(args) and args[i].startswith("-"):
        i += 2 if args[i] in ("-s", "-t", "-H", "-P", "-L") else 1
    if args[i:i + 1] in (["shell"], ["exec-out"]) and args[i + 1:]:
        rest = args[i + 1:]
        while rest and rest[0].startswith("-") and rest[0] in ("-n", "-t", "-T", "-x"):
            rest = rest[1:]
        return " ".join(rest) or None
    return None


def device_queries_only(command: str) -> bool:
    """A phone command (or `;`/`&&`/`|` chain of them) that only reports: `getprop`, `dumpsys`, `wm size`, `pm list`."""
    for part in re.split(r"\s*(?:&&|\|\||[;|])\s*", command.strip()):
        words = part.split()
        if not words:
            continue
        if words[0] not in _DEVICE_QUERIES | {"grep", "head", "tail", "wc", "sort"} or _CHANGING_WORDS.intersection(words[1:]):
            return False
        if words[0] in ("pm", "settings", "cmd", "am") and not {"list", "get", "path", "dump"}.intersection(words[1:3]):
            return False
        if words[0] == "wm" and len(words) > 2:  # `wm size` reports, `wm size 1080x1920` changes the screen
            return False
        if words[0] in ("cat", "ls") and any(w.startswith(("/data", "/sdcard", "/storage")) for w in words[1:]):
            return False  # the phone's app data and the user's photos and files are personal
    return True


def device_risks(name: str, args: list[str]) -> list[ActionRisk] | None:
    """Hardware tools: reporting forms are allowed, images written onto a disk are denied, the rest escalates; None
    for programs that are not hardware tools."""
    if name == "dmesg" and not {"-c", "-C", "--clear", "--read-clear", "-n", "--console-level", "-D", "-E"}.intersection(args):
        return [ActionRisk(ALLOW, "read_only", "dmesg prints the kernel's messages", "act.device.read_only")]
    if name in DEVICE_REPORTERS:
        return [ActionRisk(ALLOW, "read_only", f"{name} reports on hardware", "act.device.read_only")]
    if name in _IMAGE_WRITERS and any(RAW_DISK.match(a.split("=", 1)[-1]) for a in args):
        return [ActionRisk(DENY, "destructive", f"{name} writes an image onto a raw disk", "act.shell.disk")]
    if name in _REPORTING_FORMS and args and _REPORTING_FORMS[name](args):
        return [ActionRisk(ALLOW, "read_only", f"{name} {args[0]} only reports", "act.device.read_only")]
    if name == "adb" and args[:1] in (["pull"], ["backup"]):
        return [ActionRisk(ESCALATE, "personal_files", f"adb {args[0]} copies data off the phone", "act.device.pull")]
    if name in ("adb", "fastboot", "esptool", "esptool.py", "avrdude", "dfu-util", "picotool", "nmcli", "iw", "bluetoothctl",
                *_IMAGE_WRITERS):
        return [ActionRisk(ESCALATE, "device", f"{name} changes a device or its connection", "act.device.change")]
    return None
