"""Guarded patterns find exactly what their bare patterns find: the literals read off a pattern are in every match,
and every match starts with one of the characters read off it."""

import json
import re
from functools import cache

import pytest

import tools.risk_code
import tools.risk_paths
import tools.risk_runfiles
import tools.risk_shell
import tools.risk_winscripts
from tools.guarded_pattern import GuardedPattern, first_character_filter, required_literals
from training.safety.dataset import SEED_ACTIONS

MODULES = (tools.risk_code, tools.risk_paths, tools.risk_shell, tools.risk_runfiles, tools.risk_winscripts)
GUARDED = {**{name: g for module in MODULES for name, g in vars(module).items() if isinstance(g, GuardedPattern)},
           **{f"{name}[{i}]": g for module in MODULES for name, group in vars(module).items()
              if isinstance(group, tuple) and group and all(isinstance(g, GuardedPattern) for g in group)
              for i, g in enumerate(group)},
           **{f"_PS_STEPS[{i}]": g for i, (g, _) in enumerate(tools.risk_winscripts._PS_STEPS)}}


@cache
def _action_texts() -> tuple[str, ...]:
    texts = []
    for path in sorted(SEED_ACTIONS.parent.glob("*actions*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [json.dumps(row["args"]), *row.get("files", {}).values()]
    return tuple(texts)


def _variants(text: str) -> list[str]:
    """The text, its cases swapped, and its letters replaced by the non-ASCII ones the engine folds to them."""
    return [text, text.swapcase(), text.replace("s", "\u017f").replace("k", "\u212a"),
            text.replace("i", "\u0131"), text.replace("I", "\u0130")]


def test_the_rules_guard_their_costliest_patterns():
    assert {"_SENDS", "_RUNS_COMMANDS[0]", "_KEY_MATERIAL", "_FORK_LOOP", "_TOKEN_GETTERS", "_DRIVE_DELETE"} <= set(GUARDED)
    assert all(g.literals for g in GUARDED.values())
    key_literals = GUARDED["_KEY_MATERIAL"].literals
    assert "proj" not in {x.text for x in key_literals}  # in every workspace path; `sk-proj-` is the literal
    assert ("AKIA", False) in key_literals  # only its `aws_secret_access_key` part ignores case


# Texts each pattern with a hand-written `needs` matches (the action sets hold few): a guard must pass them all, and
# their variants with other cases and with the letters the engine folds to ASCII ones.
NEEDS_EXAMPLES = {
    "_DRIVE_DELETE": ["Remove-Item C:\\ -Recurse -Force", "ri -r -fo 'D:\\*'", "rd C:\\ ", "x; DEL \"f:\" ", "RMDIR E:",
                      "Get-ChildItem C:\\ -Recurse | Remove-Item -Force", "gci D:\\ | ri", "ls 'c:' -x | del"],
    "_PS_DELETE": ["Remove-Item -Recurse -Path C:\\Users\\x\\*", "ri -Force foo", "del x", "(rd\tz)", "xremove-item  y",
                   "rmdir /s build"],
    "_FORK_BOMB": [":(){ :|:& };:", "bomb() { bomb | bomb & }; bomb", "sh $0 & sh $0", "$0 | $0", "while :; do x & done",
                   "WHILE TRUE; DO sleep 1 & done", "os.fork(); while True: pass", "loop { fork }", "FORK until x"],
    "_SHELL_CALL": ["os.system('rm -rf /')", "subprocess.run(['sh', '-c', 'x'])", "c.run('ls')", "ctx.sudo(\"x\")", "sh('a')",
                    "sh `ls -l`", "io.popen('x')", "__import__('os').system('x')", "execSync(`x`)", "['-c', 'x']"],
    "_JOINED_LIST": ["''.join(['ae', 'gis'])", "paste0(c(\"ae\", \"gis\"), collapse = \"\")", "join([\"a\", \"b\"])",
                     "implode('', ['a','b'])", "{'x' ,'y'}"],
    "_RUN_TEXT": ["eval(x)", "exec x", "[ScriptBlock]::Create('x')", "[SCRIPTBLOCK]::create(", "include 'x.php'",
                  "require_once \"a\"", "iex (x)", "Function('a')", "instance_eval x", "Invoke-Expression $x"],
}


def test_a_needs_pattern_finds_something_in_every_text_its_pattern_matches():
    assert {name for name, g in GUARDED.items() if g.needs is not None} == set(NEEDS_EXAMPLES)
    for name, texts in NEEDS_EXAMPLES.items():
        guarded = GUARDED[name]
        assert [t for t in texts if not guarded.pattern.search(t)] == []
        assert [v for t in texts for v in _variants(t) if guarded.pattern.search(v) and not guarded.possible(v)] == []


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_a_guard_never_hides_a_match_in_the_action_sets(name):
    guarded = GUARDED[name]
    assert [t[:80] for t in _action_texts()
            if [m.span() for m in guarded.finditer(t)] != [m.span() for m in guarded.pattern.finditer(t)]] == []
    matched = [t for t in _action_texts() if guarded.pattern.search(t)][:200]
    assert [v[:80] for t in matched for v in _variants(t) if guarded.pattern.search(v) and not guarded.possible(v)] == []
    filtered = first_character_filter(guarded.pattern) or guarded.pattern  # on texts that vary the first characters
    assert [v[:80] for t in matched for v in _variants(t)
            if [m.span() for m in filtered.finditer(v)] != [m.span() for m in guarded.pattern.finditer(v)]] == []


def _as_written(*texts: str) -> tuple[tuple[str, bool], ...]:
    return tuple((text, False) for text in texts)


@pytest.mark.parametrize(("pattern", "literals"), [
    (r"\b(?:system2?|exec\w*|eval)\s*\(", _as_written("eval", "exec", "system")),  # system2 holds system
    (r"fork\s*\(\s*\)", _as_written("fork")),
    (r"curl[^|]*\|\s*(?:ba)?sh", _as_written("curl")),  # the longest of the pieces every match holds
    (r"[Cc]hrome/Default", _as_written("Chrome/Default", "chrome/Default")),
    (r"x(?=abc)y", _as_written("xy")),  # a lookahead matches no characters of its own
    (r"ab{2,3}c", _as_written("abbbc", "abbc")),
    (r"[A-Za-z]:\\", _as_written(":\\")),
    # a part that ignores case is looked for in the lowered text; the others as written
    (r"(?i:Invoke-Expression)|iex", (("iex", False), ("invoke-expression", True))),
    (r"(?i)Start-(?-i:Process)", (("start-process", True),)),  # a literal joined to a folded one is folded too
    (r"Function\(|(?i:\[ScriptBlock\])", (("Function(", False), ("[scriptblock]", True))),
    (r"xAbcx|(?i:abc)", (("abc", True),)),  # a text holding xAbcx holds abc once lowered
    ("(?i)\u017ftart", (("tart", True),)),  # which ASCII letters a non-ASCII one matches is left unknown
])
def test_literals_read_off_the_parse_tree(pattern, literals):
    assert required_literals(re.compile(pattern)) == literals


@pytest.mark.parametrize("pattern", [r"\w+\s*\d", r"a?b?", r"[A-Za-z]\d", r"(\w)\1", r"x|.", r"(?i)[a-z]{3}"])
def test_no_literals_when_a_match_may_hold_none(pattern):
    assert required_literals(re.compile(pattern)) is None
    assert GuardedPattern(re.compile(pattern)).possible("")


def test_a_needs_pattern_replaces_the_literals_and_reads_lowered_text_for_a_pattern_that_ignores_case():
    verb = GuardedPattern(re.compile(r"(?i)\bdel\s+\w+"), needs=re.compile(r"d(?<!\wd)el\s"))
    assert verb.search("DEL x") and verb.search("a; Del  y")
    assert verb.search("model x") is None and not verb.possible("model x")
    cased = GuardedPattern(re.compile(r"Function\("), needs=re.compile("Function"))
    assert cased.search("new Function(") and not cased.possible("function(")


def test_case_folded_literals_and_letters_the_engine_folds_to_ascii():
    start = GuardedPattern(re.compile(r"(?i)start-process"))
    assert start.literals == (("start-process", True),)
    assert start.search("Start-Process x") and start.search("START-PROCESS")
    assert start.search("\u017ftart-proce\u017f\u017f")  # the engine folds the long s to s; lower() does not
    assert start.search("\u0130nvoke") is None and start.search("Get-Item x") is None
    invoke = GuardedPattern(re.compile(r"(?i)invoke"))
    assert invoke.search("\u0130NVO\u212aE") and invoke.search("\u0131nvoke")
    key = GuardedPattern(re.compile(r"AKIA\w+"))
    assert [m.group(0) for m in key.finditer("a AKIA1 b AKIA2")] == ["AKIA1", "AKIA2"]
    assert list(key.finditer("akia1")) == [] and key.sub("<key>", "x AKIA1") == "x <key>"
    mixed = GuardedPattern(re.compile(r"new Function\(|(?i:invoke-expression)"))
    assert mixed.search("new Function(x)") and mixed.search("INVOKE-EXPRESSION $x")
    assert not mixed.possible("new function(x)")  # the part that keeps case is not looked for lowered


def _first(pattern: str, flags: int = 0) -> str | None:
    filtered = first_character_filter(re.compile(pattern, flags))
    return None if filtered is None else re.match(r"\(\?=(.*?)\)\(\?:", filtered.pattern).group(1)


def test_the_characters_a_match_starts_with_read_off_the_parse_tree():
    assert _first(r"(?<![\w.])(?:exec|eval)\s*\(|\bFunction\(") == "[\\U00000046\\U00000065]"  # F, e
    assert _first(r"x?y*(?:ab|c)") == "[\\U00000061\\U00000063\\U00000078\\U00000079]"  # what may come first, in turn
    assert _first(r"(?i)del\b") == "(?i:[\\U00000064])"  # a part that ignores case is looked for so
    assert _first(r"a|(?i:B)") == "(?i:[\\U00000042\\U00000061])"  # widened to both cases: a filter may pass more
    assert _first(r"[0-3]x") == "[\\U00000030\\U00000031\\U00000032\\U00000033]"


@pytest.mark.parametrize("pattern", [r"\w+x", r"[^a]b", r"a?b?", r"x*", r".y", r"(a)\1?c|\1", r"[\x00-\U0010ffff]"])
def test_no_filter_when_a_match_may_start_with_any_of_many_characters_or_be_empty(pattern):
    assert _first(pattern) is None


def test_the_filter_keeps_flags_groups_and_verbose_comments():
    verbose = first_character_filter(re.compile(r"""(?x) (a) b  # a comment at the end""", re.I))
    assert verbose.search("xAB").group(1) == "A" and verbose.search("b") is None
    flagged = first_character_filter(re.compile(r"(?i)(?s)start.(\w)"))
    assert flagged.search("x START\nq").group(1) == "q"
    folded = first_character_filter(re.compile(r"(?i)ks"))
    assert folded.search("\u212a\u017f")  # letters the engine folds to ASCII ones still start a match
