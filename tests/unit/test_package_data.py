"""Every data file a package reads at run time ships in a wheel, not only in an editable install."""

import fnmatch
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("agent", "graphs", "tools", "memory", "training")


def test_package_data_patterns_cover_every_tracked_data_file():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["*"]
    tracked = subprocess.run(["git", "ls-files", *PACKAGES], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.split()
    data = [p for p in tracked if not p.endswith(".py") and "/" in p]
    missed = [p for p in data if not any(fnmatch.fnmatch(Path(p).name, pat) for pat in patterns)]
    assert data and not missed, missed
