"""Kubernetes manifests and Helm templates: each container a cluster would start, as the `docker run` it amounts to,
its `hostPath` volumes mounted from the host. A local cluster's node (kind) may itself be given host folders
(`extraMounts`): a node path is then the host path behind it. Helm's `{{ .Values.… }}` is read from the chart's
`values.yaml`; other template directives are blanked."""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from tools.risk_runfiles import as_docker_run, file_text

_TEMPLATE = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}")
_VALUE = re.compile(r"\.Values((?:\.\w+)+)")
_B64DEC = re.compile(r'\{\{-?\s*"([A-Za-z0-9+/=]{8,})"\s*\|\s*b64dec\s*-?\}\}')


def _chart_values(folder: Path, home: Path) -> dict:
    """The `values.yaml` of the chart a template folder belongs to (the nearest folder above holding `Chart.yaml`)."""
    import yaml  # only a manifest being judged needs it

    for chart in [folder, *folder.parents][:4]:
        if (chart / "Chart.yaml").is_file():
            try:
                values = yaml.safe_load(file_text(chart / "values.yaml", home) or "")
            except yaml.YAMLError:
                return {}
            return values if isinstance(values, dict) else {}
    return {}


def _decoded(m: re.Match) -> str:
    try:
        return base64.b64decode(m.group(1), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        return m.group(0)


def helper_scripts(text: str) -> list[str]:
    """The text of each template a Helm helpers file (`_helpers.tpl`) defines, base64 literals it decodes decoded:
    manifests include them, often as a container's shell script."""
    text = _B64DEC.sub(_decoded, text)
    return [m.group(1).strip() for m in re.finditer(r'\{\{-?\s*define\s+"[^"]+"\s*-?\}\}(.*?)\{\{-?\s*end\s*-?\}\}', text, re.S)]


def _filled(text: str, values: dict) -> str:
    """The template with each `.Values.a.b` that names a plain value written as it, base64 literals it decodes
    decoded, lines holding only directives dropped, and any other directive blanked."""
    text = _B64DEC.sub(_decoded, text)

    def value(m: re.Match) -> str:
        found = _VALUE.search(m.group(1))
        node: object = values
        for key in found.group(1).split(".")[1:] if found else []:
            node = node.get(key) if isinstance(node, dict) else None
        return str(node) if found and isinstance(node, (str, int, float)) else "x"

    lines = [line for line in text.splitlines() if not re.fullmatch(r"\s*(?:\{\{.*?\}\}\s*)+", line)]
    return _TEMPLATE.sub(value, "\n".join(lines))


def _node_mounts(workspace: Path, home: Path) -> dict[str, str]:
    """A kind cluster's node paths → the host paths given to the node (`extraMounts` in the workspace's kind configs)."""
    import yaml

    mounts = {}
    for config in sorted(workspace.glob("*kind*.y*ml"))[:4]:
        try:
            cluster = yaml.safe_load(file_text(config, home) or "")
        except yaml.YAMLError:
            continue
        for node in (cluster.get("nodes") or []) if isinstance(cluster, dict) else []:
            for mount in (node.get("extraMounts") or []) if isinstance(node, dict) else []:
                if isinstance(mount, dict) and mount.get("hostPath") and mount.get("containerPath"):
                    mounts[str(mount["containerPath"]).rstrip("/") or "/"] = str(mount["hostPath"])
    return mounts


def _pod_specs(node: object) -> list[dict]:
    if isinstance(node, dict):
        return [node] if isinstance(node.get("containers"), list) else [s for v in node.values() for s in _pod_specs(v)]
    return [s for v in node for s in _pod_specs(v)] if isinstance(node, list) else []


def kubernetes_runs(path: Path, text: str, workspace: Path, home: Path) -> list[str]:
    """Each container a manifest or Helm template starts, as a `docker run` with its host folders mounted."""
    import yaml

    if "containers:" not in text:
        return []
    try:
        documents = list(yaml.safe_load_all(_filled(text, _chart_values(path.parent, home))))
    except yaml.YAMLError:
        return []
    nodes = _node_mounts(workspace, home)
    runs = []
    for spec in _pod_specs(documents):
        host_paths = {}
        for volume in spec.get("volumes") or []:
            if isinstance(volume, dict) and isinstance(volume.get("hostPath"), dict) and volume["hostPath"].get("path"):
                on_node = str(volume["hostPath"]["path"]).rstrip("/") or "/"
                host_paths[volume.get("name")] = next(
                    (host + on_node[len(inner):] for inner, host in nodes.items() if (on_node + "/").startswith(inner + "/")),
                    on_node)
        for container in [*(spec.get("initContainers") or []), *spec["containers"]]:
            if not isinstance(container, dict):
                continue
            mounts = [f"{host_paths[m['name']]}:{m['mountPath']}" for m in container.get("volumeMounts") or []
                      if isinstance(m, dict) and m.get("name") in host_paths and m.get("mountPath")]
            command = []
            for part in (container.get("command"), container.get("args")):
                command += [str(w) for w in part] if isinstance(part, list) else [str(part)] if part else []
            if command:
                runs.append(as_docker_run({"image": container.get("image") or "image", "volumes": mounts,
                                           "command": command}))
    return runs
