"""One side of `aegis bench actions`: judges the action sets it is sent with the rules of the AEGIS tree it is given.

Run as `python action_worker.py TREE`; reads one JSON request per line (`{"path", "home"}`) and answers each with one
JSON line: the decision and milliseconds of every call of that set, each call judged where `placed` puts it."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main(tree: str) -> None:
    sys.path.insert(0, tree)
    from tools.risk import ActionContext, assess_action
    from training.safety.evaluate import placed

    for request in sys.stdin:
        asked = json.loads(request)
        home, decided = Path(asked["home"]), []
        for line in Path(asked["path"]).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            with placed(item.get("files", {}), item["args"], home / "project", home) as where:
                ctx = ActionContext(where.workspace, where.home, where.home / ".local/share/aegis")
                start = time.perf_counter()
                decision = assess_action(item["tool"], where.args, ctx).decision
                decided.append([str(decision), (time.perf_counter() - start) * 1000])
        print(json.dumps(decided), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
