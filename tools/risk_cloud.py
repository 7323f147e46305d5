"""Cloud and cluster tools (aws, gcloud, az, kubectl, helm, terraform, pulumi, vault, glab, ansible): the commands that
print or mint credentials are secrets; inspection (list, describe, plan, diff, template, logs) changes nothing;
everything else changes remote infrastructure and goes to a person. Commands run elsewhere (`ssh HOST CMD`,
`kubectl exec … -- CMD`, `kubectl run … -- CMD`) are judged too."""

from __future__ import annotations

import re
import shlex

from tools.risk_paths import ALLOW, DENY, ActionRisk

_CREDENTIAL_NAME = r"[\w.-]*(?:passw|secret|token|credential|private[_-]?key|api[_-]?key|access[_-]?key)[\w.-]*"
_CLOUD_SECRET_TOOLS = re.compile(
    r"\baws\b.*\bsecretsmanager\s+get-secret-value\b|\baws\b.*\bssm\s+get-parameters?(?:-by-path)?\b.*--with-decryption|"
    r"\baws\b.*\bsts\s+(?:get-session-token|assume-role\S*|get-federation-token)\b|\baws\b.*\biam\s+create-access-key\b|"
    r"\bgcloud\b.*\bsecrets\s+versions\s+access\b|\bgcloud\b.*\bservice-accounts\s+keys\s+create\b|"
    r"\baz\b.*\bkeyvault\s+(?:secret|key|certificate)\s+(?:show|download|backup)\b|\baz\b.*\bstorage\s+account\s+keys\s+list\b|"
    r"\baz\b.*\bcredential\s+reset\b|\baz\s+ad\s+sp\s+create-for-rbac\b|"
    r"\.tfstate(?:\.backup)?\b.*(?:passw|secret|token|private_key|access_key)|"
    r"(?:passw|secret|token|private_key)\S*\s+(?:-\S+\s+)*\S*\.tfstate\b|\bvault\s+(?:kv\s+get|read|token\s+create|print\s+token)\b|"
    r"\bglab\s+(?:config\s+get\s+token|auth\s+status\b.*(?:--show-token|\s-t\b))|"
    r"\bpulumi\b.*--show-secrets|\bpulumi\b.*\bconfig\s+get\s+" + _CREDENTIAL_NAME + r"|"
    r"\bterraform\b.*\boutput\b.*\b" + _CREDENTIAL_NAME + r"|"
    r"\bterraform\b.*\bstate\s+pull\b.*(?:passw|secret|token|private_key|access_key)|"
    r"\bheroku\s+(?:config(?::get)?|auth:token)\b|\b(?:aws|gcloud)\b.*\bkms\s+decrypt\b|\bsops\s+(?:-d|--decrypt)\b|"
    r"\bansible-vault\s+(?:view|decrypt)\b|\baws\b.*\bcodeartifact\s+get-authorization-token\b|"
    r"\bdoppler\s+secrets\s+(?:get|download)\b|\bkubectl\b.*\bcreate\s+token\b", re.I)

_SECRET_PRINTERS = {"aws", "gcloud", "az", "vault", "glab", "pulumi", "terraform", "heroku", "doppler", "kubectl", "sops",
                    "ansible-vault"}


def prints_cloud_secret(words: list[str]) -> bool:
    """Whether a command (its words; a pipeline's with `|` between stages) prints or mints a credential."""
    if not any(w.rsplit("/", 1)[-1] in _SECRET_PRINTERS or ".tfstate" in w for w in words):
        return False
    return bool(_CLOUD_SECRET_TOOLS.search(" ".join(words)))


# Options that take a value, per tool (anything else starting with - is a flag).
_VALUE_OPTIONS = {
    "kubectl": {"-n", "--namespace", "--context", "--cluster", "--kubeconfig", "-l", "--selector", "-o", "--output",
                "-c", "--container", "--sort-by", "-f", "--filename", "-k", "--kustomize", "--field-selector", "--user"},
    "helm": {"-n", "--namespace", "-f", "--values", "--kube-context", "--set", "--set-string", "--version", "-o",
             "--output", "--kubeconfig", "--repo"},
}
_AWS_FLAGS = {"--no-cli-pager", "--human-readable", "--recursive", "--summarize", "--debug", "--no-paginate",
              "--no-verify-ssl", "--dryrun", "--dry-run", "--no-sign-request"}
_AWS_READS = {("s3", "ls"), ("sts", "get-caller-identity"), ("configure", "list"), ("configure", "list-profiles"),
              ("logs", "tail"), ("logs", "filter-log-events"), ("cloudwatch", "get-metric-statistics"),
              ("cloudwatch", "get-metric-data")}
_CHANGES = {"create", "delete", "update", "set", "add", "remove", "deploy", "start", "stop", "restart", "run", "invoke",
            "ssh", "scp", "reset", "import", "export", "copy", "apply", "patch", "attach", "detach", "resize", "rollback",
            "upgrade", "purge", "access", "login", "get-credentials"}
_KUBECTL_READS = {"get", "describe", "logs", "top", "diff", "version", "api-resources", "api-versions", "cluster-info",
                  "explain", "auth", "events", "wait", "kustomize"}
_HELM_READS = {"list", "ls", "status", "history", "template", "lint", "show", "inspect", "search", "version", "env",
               "diff", "dependency", "verify"}
_TERRAFORM_READS = {"plan", "validate", "fmt", "show", "version", "providers", "graph", "output"}
_GLAB_READS = {("mr", "list"), ("mr", "view"), ("mr", "diff"), ("issue", "list"), ("issue", "view"), ("ci", "status"),
               ("ci", "list"), ("ci", "view"), ("repo", "view"), ("release", "list"), ("release", "view")}
_VAULT_READS = {("status",), ("version",), ("secrets", "list"), ("auth", "list"), ("policy", "list"), ("kv", "list")}


def _positionals(args: list[str], values: set[str] | None = None, *, all_values: bool = False) -> list[str]:
    """Operands, skipping options and the values they take: those in `values`, or with `all_values` every option
    without `=` that is not a known flag (`--project acme`, `-g rg`)."""
    out, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "--":
            break
        if a.startswith("-"):
            takes = (values is not None and a in values) or (all_values and "=" not in a and a not in _AWS_FLAGS)
            i += 2 if takes and i + 1 < len(args) and not args[i + 1].startswith("-") else 1
            continue
        out.append(a)
        i += 1
    return out


def cloud_reads_only(name: str, args: list[str]) -> bool:
    """Whether a cloud or cluster command only inspects."""
    if name == "aws":
        words = _positionals(args, all_values=True)
        return len(words) >= 2 and (words[1].startswith(("describe-", "list-")) or tuple(words[:2]) in _AWS_READS)
    if name in ("gcloud", "az"):
        words = _positionals(args, all_values=True)
        verbs = {"list", "describe", "info", "get-value", "read", "tail"} if name == "gcloud" else {"list", "show"}
        return bool(verbs.intersection(words)) and not _CHANGES.intersection(words)
    if name == "kubectl":
        words = _positionals(args, _VALUE_OPTIONS["kubectl"])
        if not words:
            return False
        if words[0] in _KUBECTL_READS or words[:2] in (["rollout", "status"], ["rollout", "history"]):
            return True
        if words[0] == "config" and words[1:2] in (["get-contexts"], ["current-context"], ["get-clusters"], ["view"]):
            return not any(a in ("--raw", "--flatten") for a in args)
        return words[0] in ("apply", "create", "delete", "patch", "replace") and any(
            re.fullmatch(r"--dry-run(=(client|server))?", a) for a in args)
    if name == "helm":
        words = _positionals(args, _VALUE_OPTIONS["helm"])
        return bool(words) and words[0] in _HELM_READS and words[:2] != ["dependency", "update"] \
            and words[:2] != ["dependency", "build"]
    if name == "terraform":
        words = _positionals([a for a in args if not a.startswith("-chdir=")])
        if words[:2] in (["state", "list"], ["state", "show"]):
            return True
        return bool(words) and words[0] in _TERRAFORM_READS
    if name == "pulumi":
        words = _positionals(args, all_values=True)
        return words[:1] in (["preview"], ["whoami"], ["about"], ["version"]) or words[:2] == ["stack", "ls"]
    if name == "glab":
        return tuple(_positionals(args)[:2]) in _GLAB_READS
    if name == "vault":
        words = tuple(_positionals(args))
        return any(words[:len(r)] == r for r in _VAULT_READS)
    if name in ("docker", "podman"):
        words = _positionals(args)
        return words[:1] in (["ps"], ["images"], ["logs"], ["inspect"], ["info"], ["version"], ["top"], ["stats"]) or (
            len(words) > 1 and words[0] in ("image", "container", "volume", "network", "context")
            and words[1] in ("ls", "list", "inspect", "history"))
    if name == "ansible-inventory":
        return any(a in ("--graph", "--list", "--host") for a in args)
    if name == "ansible-playbook":
        return any(a in ("--syntax-check", "--list-tasks", "--list-hosts", "--list-tags", "--check", "-C") for a in args)
    if name == "kustomize":
        return _positionals(args)[:1] == ["build"]
    if name in ("eksctl", "kind", "flux"):
        return _positionals(args, all_values=True)[:1] == ["get"]
    if name == "minikube":
        return _positionals(args)[:1] in (["status"], ["ip"], ["version"])
    return False


def terraform_outputs(args: list[str]) -> list[str]:
    """Files terraform writes besides its state: `plan -out=FILE`."""
    return [a.split("=", 1)[1] for a in args if a.startswith(("-out=", "--out="))]


def remote_command(name: str, args: list[str]) -> str | None:
    """The command `ssh HOST CMD`, `kubectl exec … -- CMD`, `kubectl run … -- CMD`, `docker exec CONTAINER CMD` and
    `docker compose exec SERVICE CMD` run elsewhere."""
    if name == "ssh":
        values = set("bcDEeFIiJLlmOopQRSWw")
        i = 0
        while i < len(args) and args[i].startswith("-"):
            flag = args[i]
            i += 2 if len(flag) == 2 and flag[1] in values else 1
        rest = args[i + 1:]
        return (rest[0] if len(rest) == 1 else shlex.join(rest)) if rest else None
    if name == "kubectl" and _positionals(args, _VALUE_OPTIONS["kubectl"])[:1] in (["exec"], ["run"], ["debug"]) and "--" in args:
        rest = args[args.index("--") + 1:]
        return shlex.join(rest) if rest else None
    if name in ("docker", "podman"):
        words = args[1:] if args[:1] == ["compose"] else args
        if words[:1] == ["exec"]:
            i = 1
            while i < len(words) and words[i].startswith("-"):
                i += 2 if words[i] in ("-u", "--user", "-w", "--workdir", "-e", "--env", "--index") else 1
            rest = words[i + 1:]
            return shlex.join(rest) if rest else None
    return None


def execs_in_container(name: str, args: list[str]) -> bool:
    """`kubectl exec`, `docker exec`, `docker compose exec`: a command inside a running container."""
    if name == "kubectl":
        return _positionals(args, _VALUE_OPTIONS["kubectl"])[:1] == ["exec"]
    return name in ("docker", "podman") and (args[:1] == ["exec"] or args[:2] == ["compose", "exec"])


def workload_secret_risks(command: str) -> list[ActionRisk]:
    """An environment (this shell's, a container's, a pod's) printed and filtered for its credentials."""
    stages = [s.split() for s in re.split(r"[|;&]+", command)]
    dump = next((i for i, s in enumerate(stages) if s and (s[0] in ("env", "printenv") or s == ["set"])
                 or ".Config.Env" in " ".join(s)), None)
    if dump is not None and re.search(r"key|secret|token|passw", " ".join(w for s in stages[dump:] for w in s), re.I):
        return [ActionRisk(DENY, "secrets", "prints the credentials held in an environment (this one or a workload's)",
                           "act.cloud.secret")]
    return []


def cloud_read_risk(name: str) -> ActionRisk:
    return ActionRisk(ALLOW, "read_only", f"{name} only inspects", "act.cloud.read_only")


CLOUD_PROGRAMS = {"docker", "aws", "gcloud", "az", "kubectl", "helm", "terraform", "pulumi", "glab", "vault", "podman",
                  "ansible-inventory", "ansible-playbook", "kustomize", "eksctl", "kind", "flux", "minikube"}
