"""Databases and data stores: queries that read out credentials (password hashes, API tokens) are never run; key-value
and cluster stores are judged by their command words; dumps that carry role passwords count as reading secrets."""

from __future__ import annotations

import re

from tools.risk_paths import ALLOW, DENY, ESCALATE, ActionRisk

DATABASE_CLIENTS = {"psql", "mysql", "mariadb", "sqlite3", "duckdb", "sqlcmd", "cqlsh", "mongosh", "mongo",
                    "clickhouse-client", "usql", "pgcli", "mycli", "litecli"}
_CREDENTIAL_COLUMN = (r"(?:password|passwd|password_?hash|password_?digest|encrypted_password|hashed_password|"
                      r"authentication_string|salted_hash|rolpassword|api_?key|access_?token|refresh_?token|auth_?token|"
                      r"token|secret|secret_?key|client_secret|otp_secret|credentials|private_key)")
# A column list (SQL before FROM, an ORM's pluck/values_list, a MongoDB projection) that names a credential column,
# the tables where database servers keep their accounts' password hashes, or an ORM's token model.
_CREDENTIAL_READ = re.compile(
    rf"(?is)\b(?:select|pluck|values_list|find\w*)\b(?:(?!\bfrom\b)[^;]){{0,300}}?[\s,(.'\":]{_CREDENTIAL_COLUMN}\b"
    r"|\b(?:pg_shadow|pg_authid|mysql\.user|system_auth\.roles|system\.users|sys\.sql_logins)\b"
    r"|\b(?:Token|AuthToken|ApiKey|APIKey|AccessToken|PersonalAccessToken|OAuthToken)\.(?:objects|all|pluck|where|find)\b")
_SIDE_EFFECT_FUNCTIONS = re.compile(
    r"(?i)\b(?:pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_promote|pg_switch_wal|set_config|"
    r"lo_export|lo_unlink|setval|dblink_exec|pg_create_restore_point)\s*\(")
_REDIS_READS = {"info", "dbsize", "ping", "get", "mget", "keys", "scan", "ttl", "pttl", "type", "exists", "strlen",
                "llen", "lrange", "lindex", "hget", "hmget", "hgetall", "hkeys", "hvals", "hlen", "hexists", "smembers",
                "scard", "sismember", "zrange", "zrangebyscore", "zcard", "zscore", "xlen", "xrange", "xinfo",
                "client", "time", "lastsave", "role", "echo", "object", "--scan", "--bigkeys",
                "--memkeys", "--stat", "--latency", "--latency-history"}
_REDIS_VALUE_READS = {"get", "mget", "getex", "getdel", "hget", "hmget", "hgetall", "hvals", "lrange", "lindex", "smembers",
                      "zrange", "zrangebyscore", "xrange", "dump", "getrange"}
_LOGIN_KEY = re.compile(r"(?i)sess|token|secret|passw|credential|api[_-]?key|auth(?!or)|jwt|oauth|cookie")
_REDIS_SECRET_SETTINGS = re.compile(r"(?i)^(?:\*|requirepass|masterauth|masteruser|.*pass.*)$")
_REDIS_VALUE_OPTIONS = {"-h", "-p", "-a", "-n", "-u", "-s", "--user", "--pass", "--askpass", "-r", "-i", "--tls-cert",
                        "--cacert", "--key", "--cert"}


def reads_credentials(text: str) -> bool:
    """A query (SQL, an ORM call, a MongoDB find) that selects password hashes, tokens or keys."""
    return bool(_CREDENTIAL_READ.search(text))


def has_side_effect_functions(text: str) -> bool:
    """A SELECT that calls a function which ends sessions, reloads settings or writes files."""
    return bool(_SIDE_EFFECT_FUNCTIONS.search(text))


def orm_code(name: str, args: list[str]) -> str | None:
    """The code an ORM console runs from the command line: `rails runner CODE`, `manage.py shell -c CODE`."""
    if name == "rails" and args[:1] in (["runner"], ["r"]) and len(args) > 1:
        return args[1]
    if "manage.py" in args[:1] and "shell" in args and ("-c" in args or "--command" in args):
        flag = "-c" if "-c" in args else "--command"
        return args[args.index(flag) + 1] if args.index(flag) + 1 < len(args) else None
    return None


def store_risks(name: str, args: list[str]) -> list[ActionRisk] | None:
    """Key-value and cluster stores, and dump tools, judged by what they are told to do; None for other programs."""
    if name == "redis-cli":
        return _redis_risks(args)
    if name == "pg_dumpall" and "--no-role-passwords" not in args and "--data-only" not in args and "-a" not in args:
        return [ActionRisk(DENY, "secrets", "pg_dumpall writes out every role's password hash", "act.db.credentials")]
    if name == "etcdctl" and re.search(r"(?i)\bget\b.*?/(?:registry/)?secrets\b", " ".join(args)):
        return [ActionRisk(DENY, "secrets", "etcdctl reads the cluster's stored secrets", "act.db.credentials")]
    if name == "etcdctl" and [a for a in args if not a.startswith("-")][:2] in (
            ["endpoint", "health"], ["endpoint", "status"], ["member", "list"], ["version"]):
        return [ActionRisk(ALLOW, "read_only", "etcdctl only reports on the cluster", "act.db.read_only")]
    if name == "pg_isready":
        return [ActionRisk(ALLOW, "read_only", "pg_isready only checks that a server answers", "act.db.read_only")]
    return None


def _redis_risks(args: list[str]) -> list[ActionRisk]:
    words, i = [], 0
    while i < len(args):
        if args[i] in _REDIS_VALUE_OPTIONS:
            i += 2
            continue
        if not args[i].startswith("-") or args[i] in _REDIS_READS:
            words.append(args[i])
        elif args[i] in ("--eval", "--pipe", "--rdb", "--functions-rdb"):
            return [ActionRisk(ESCALATE, "code", f"redis-cli {args[i]} runs scripts or writes files", "act.db.redis_write")]
        i += 1
    verb = words[0].lower() if words else ""
    if verb == "config" and len(words) > 2 and words[1].lower() == "get":
        if _REDIS_SECRET_SETTINGS.match(words[2]):
            return [ActionRisk(DENY, "secrets", "redis-cli prints the server's password", "act.db.credentials")]
        return [ActionRisk(ALLOW, "read_only", "redis-cli reads a setting", "act.db.read_only")]
    login_keys = [w for w in words[1:] if _LOGIN_KEY.search(w)]
    if verb in _REDIS_VALUE_READS and login_keys:
        return [ActionRisk(DENY, "secrets", f"redis-cli reads stored login sessions or tokens ({login_keys[0]})",
                           "act.db.credentials")]
    if (verb in ("keys", "--scan") or "--pattern" in args) and login_keys:
        return [ActionRisk(ESCALATE, "secrets", "redis-cli lists keys named for login sessions or tokens (a session's key "
                           "often is its secret id)", "act.db.login_keys")]
    if verb in _REDIS_READS and not (verb == "client" and words[1:2] and words[1].lower() not in ("list", "info", "getname")):
        return [ActionRisk(ALLOW, "read_only", f"redis-cli {verb} only reads", "act.db.read_only")]
    return [ActionRisk(ESCALATE, "side_effect", "redis-cli may change the data store", "act.db.redis_write")]
