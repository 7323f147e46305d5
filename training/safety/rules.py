"""Hard request rules (Japanese and English). A REFUSE rule is final; an ESCALATE rule sends the
request to a person unless human feedback has taught the head otherwise (see judge.py).

Patterns pair an intent with a harmful object, never a bare keyword, so that "how do I kill a
Python process" or "ナイフで玉ねぎを切るコツ" stay ALLOW."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import regex

from training.safety.verdict import Decision, Verdict


@dataclass(frozen=True)
class RequestRule:
    rule_id: str
    decision: Decision
    category: str
    pattern: regex.Pattern[str]
    rationale: str
    unless: regex.Pattern[str] | None = None  # a context that makes the pattern harmless

    def matches(self, norm: str) -> bool:
        # `regex` releases the GIL while it searches (`concurrent`): the safety head's dense
        # features run on the other core meanwhile (see `SafetyHead.begin`).
        return bool(self.pattern.search(norm, concurrent=True)) and not (
            self.unless and self.unless.search(norm, concurrent=True))


def _r(rule_id: str, decision: Decision, category: str, rationale: str, *patterns: str,
       unless: str = "") -> RequestRule:
    """Patterns are matched against lower-cased text (see `match_request`): lower-casing once is
    about a third faster than case-insensitive matching on long requests. No pattern uses an
    upper-case escape."""
    joined = "|".join(f"(?:{p})" for p in patterns)
    return RequestRule(rule_id, decision, category, regex.compile(joined.lower()), rationale,
                       regex.compile(unless.lower()) if unless else None)


# Defensive security work mentions malware too: detection, removal, analysis, protection.
_DEFENSIVE = (r"\b(?:detect(?:s|ions?|ing)?|prevent(?:ion|ing)?|protect(?:ion|ing)?|defen[cs]e|defend(?:ing)?|"
              r"remov(?:e|al|ing)|analy[sz](?:e|is|ing)|clean(?:ing)?|yara|signature|awareness|quiz|backups?|immutable|"
              r"restor(?:e|es|ing)|recover(?:y|ing)?|resilien(?:ce|t)|signs? of|checklist|mitigat\w*|harden\w*|synthetic|reduc\w* the (?:damage|risk|impact)|"
              r"triage|classif(?:y|ier|ication)|canary|honeypot|forensics?|incident timeline|alerts? (?:when|if|on))\b|"
              r"検知|防御|防ぐ|防止|対策|駆除|見分け|解析|分析|隔離|復旧|バックアップ|チェックリスト|初動|感染時|(?:さ|ま)れて(?:い)?ないか")


R, E = Decision.REFUSE, Decision.ESCALATE

# Garden and household pests: "slugs eat my lettuce, how do I kill them" is about the slugs. Only a "them"
# with a pest word near it is read that way; a person named as the object is never excused by a pest elsewhere.
_PESTS = (r"\b(?:aphids?|pests|insects|bugs|weeds|ants|mites|mice|rats|(?:cock)?roaches|slugs|snails|fleas|ticks|lice|bedbugs|"
          r"termites|wasps|hornets|flies|gnats|mosquito(?:e?s)?|moths|caterpillars|grubs|mou?ld|mildew|fungus)\b")
_THEM_NOT_PESTS = rf"(?<!{_PESTS}.{{0,100}})\bthem\b(?!.{{0,100}}{_PESTS})"
# A human victim: the object that turns "kill" from a process into a person.
_PERSON = (r"(?:(?:my|his|her|our|their|a|the|that|this)?\s?(?:wife|husband|girlfriend|boyfriend|ex|partner|mother|"
           r"father|mom|dad|brother|sister|son|daughter|child|kid|baby|boss|coworker|co-worker|colleague|"
           r"neighbou?r|teacher|classmate|roommate|landlord|person|people|someone|somebody|human|woman|man|"
           r"girl|boy|family|cop|police officer|president|senator|politician)s?\b(?!\s+(?:process|thread|task|job|node|pod|"
           rf"element|widget|window|container)s?\b)|\b(?:him|her)\b|{_THEM_NOT_PESTS})")
_HOW = r"(?:how (?:do|can|could|would|should|to)|best way to|easiest way to|ways? to|help me|teach me|steps? to|guide to|instructions (?:for|to|on))"
_CODE_ASK = (r"\b(?:write|create|generate|develop|craft|build|implement|produce|give me|provide|run|execute)\b"
             r".{0,80}\b(?:code|script|program|snippet|function|one-?liner|command|payload|exploit|python|bash)\b")
_SYSTEM_ABUSE = (
    r"\b(?:(?:escap\w*|break(?:s|ing)? out of|breakout from|bypass(?:es|ing)?)\b.{0,30}\b(?:sandbox|container|docker|chroot|jail|"
    r"virtual machine|vm|hypervisor|interpreter'?s? (?:restrictions|isolation))"
    r"|(?:escalat\w+|elevat\w+|gain\w*|obtain\w*|get)\b.{0,20}\b(?:privileges?|root (?:access|privileges|shell)|root\b|admin(?:istrator)? (?:rights|privileges))"
    r"|(?:read|dump|steal|exfiltrat\w+|extract|print|copy|send)\w*\b.{0,40}(?:/etc/shadow|password hashes|"
    r"private (?:ssh )?keys?|~/\.ssh|\.aws/credentials)"
    r"|fork ?bomb|(?:exhaust|consume|eat up|max out)\w*\b.{0,20}\b(?:all )?(?:the )?(?:memory|ram|cpu|disk space|file descriptors|"
    r"system resources)|denial[- ]of[- ]service"
    r"|(?:delete|wipe|erase|remove|overwrite)\w*\b.{0,30}\b(?:all (?:the )?files on the (?:system|host|server|machine)|"
    r"the root (?:file ?system|directory)|system files|/etc|/boot|/usr/bin)"
    r"|(?:disable|clear|delete|tamper with|wipe|erase)\w*\b.{0,20}\b(?:audit|security|system|auth) ?logs?"
    r"|reverse shell|bind shell|backdoor|(?:plant|install|add|establish|achiev|gain|maintain|set(?:ting)? up|creat)\w*\b.{0,30}\bpersisten(?:ce|t access)|(?:add|install|plant)\w*\b.{0,20}\bcron ?(?:job|tab)\b.{0,40}\b(?:hidden|secret|remote)"
    # attacks launched from the machine at others, and what an intruder does after getting in
    r"|(?:flood\w*|ddos\w*|overwhelm\w*|brute[- ]?forc\w*)\b.{0,40}\b(?:server|host|website|site|network|router|login|accounts?|target)"
    r"|cover(?:s|ing)? (?:its|their|your|my|the) tracks|(?:hide|hiding|conceal\w*)\b.{0,30}\b(?:presence|activity|process(?:es)?) from"
    r"|lateral movement|keylogg\w*|(?:dump|harvest|steal)\w*\b.{0,30}\b(?:credentials|passwords|tokens|cookies)"
    r"|fake login (?:page|form)|trick\w*\b.{0,30}\b(?:users?|employees|victims?|people)\b.{0,20}\binto\b.{0,30}\b(?:reveal|enter|typing|giving|click|download))\b")
_MAKE = r"(?:make|build|assemble|construct|create|produce|manufacture|synthesi[sz]e|cook|brew|3d[- ]?print|prepare)"

REQUEST_RULES: tuple[RequestRule, ...] = (
    _r("req.weapons.explosive", R, "weapons", "asks how to build an explosive, firearm or chemical weapon",
       rf"\b{_MAKE}\b.{{0,40}}\b(?:pipe ?bombs?|(?<!(?:smoke|bath|photo|fork)[^a-z0-9]{{1,6}})bombs?|explosives?|ieds?|grenades?|molotov|detonators?|napalm|"
       r"nerve (?:gas|agent)|sarin|vx gas|mustard gas|ricin|dirty bomb|ghost guns?|untraceable (?:gun|firearm)s?|silencers?|suppressors?)\b",
       r"\b(?:convert|modify)\b.{0,30}\b(?:rifle|gun|ar-?15|glock)\b.{0,30}\b(?:full[- ]?auto|automatic|machine gun)",
       r"(?:爆弾|爆発物|火炎瓶|起爆装置|拳銃|銃|サリン|毒ガス|神経ガス).{0,12}(?:作り方|作る|作れ|製造|組み立て|合成|自作)"),
    _r("req.drugs.synthesis", R, "drugs", "asks how to make or traffic an illegal drug",
       rf"\b{_MAKE}\b.{{0,30}}\b(?:meth(?:amphetamine)?|crystal meth|heroin|fentanyl|crack|cocaine|lsd|mdma|ecstasy|ghb|dmt)\b",
       r"\b(?:smuggle|traffic|sell|deal)\b.{0,30}\b(?:meth|heroin|fentanyl|cocaine|crack|mdma|lsd)\b",
       r"(?:覚醒剤|覚せい剤|ヘロイン|コカイン|麻薬|大麻|危険ドラッグ|MDMA).{0,15}(?:作り方|作る|合成|製造|栽培|密輸|売る|売りさばく)"),
    _r("req.cyber.malware", R, "cyber", "asks for malware, intrusion or credential theft",
       r"\b(?:write|create|build|(?<!without |no )code|develop|make|generate)\b.{0,40}\b(?:ransomware|keyloggers?|malware|computer virus|"
       r"trojan|botnet|rootkit|worm that|spyware|infostealer|credential stealer|reverse shell payload)\b",
       r"\b(?:steal|harvest|dump|exfiltrate)\b.{0,30}\b(?:passwords?|credentials|cookies|credit cards?|password hashes|session tokens?)",
       r"\b(?:hack|break) ?(?:into|in to)\b.{0,30}\b(?:my ex'?s?|someone(?: else)?'?s?|another person'?s?|his|her|their|"
       r"neighbou?r'?s?|girlfriend'?s?|boyfriend'?s?|wife'?s?|husband'?s?|coworker'?s?)\b",
       r"\b(?:write|run|perform|do|give me|attempt|pull off)\b.{0,30}\b(?:sandbox|container|docker|jail) (?:escape|breakout)\b|\b(?:escape|break out of)\b.{0,20}\b(?:the )?(?:sandbox|container)\b.{0,60}\b(?:root|host)\b",
       r"(?:ランサムウェア|キーロガー|マルウェア|ウイルス|バックドア|スパイウェア)(?:(?!題材|小説|物語|脚本|漫画|記事|報告|解説|説明).){0,15}"
       r"(?:自作|作(?:る|り|っ|れ|ら|成)|書(?:く|き|い|け|か)|仕込|ばらま)",
       r"(?:パスワード|認証情報|クレジットカード|クッキー).{0,15}(?:盗|抜き取|窃取)",
       r"(?:不正ログイン|不正アクセス|乗っ取)(?:する|して|したい|方法|る方法)|サンドボックス.{0,10}(?:脱出|抜け出)",
       unless=_DEFENSIVE),
    # A request to write or run code whose effect is an action the tool policy DENIES outright
    # (tools/risk.py): escaping the sandbox, taking root, reading system secrets, fork bombs,
    # wiping the system, blinding the audit trail, planting persistence or a remote shell.
    _r("req.cyber.system_abuse", R, "cyber", "asks for code or commands that attack the machine they run on",
       rf"{_CODE_ASK}.{{0,200}}{_SYSTEM_ABUSE}",
       rf"{_SYSTEM_ABUSE}.{{0,120}}\b(?:using|with|via|in) (?:a |an |the )?(?:python|bash|shell|script|code|program|command)",
       r"(?:サンドボックス|コンテナ).{0,10}(?:脱出|抜け出|エスケープ)|(?:root|管理者|特権)(?:権限)?.{0,6}(?:奪|昇格させ|乗っ取)"
       r"|/etc/shadow.{0,20}(?:読(?:んで|み出|み取|み込)|盗|抜き|送)|フォーク爆弾.{0,10}(?:作|書|実行)|(?:監査ログ|ログ).{0,8}(?:改ざん|消して痕跡)",
       unless=_DEFENSIVE + r"|\b(?:harden(?:ing)?|mitigat(?:e|ion)|audit(?:ing)? (?:which|whether))\b|\bmonitor(?:s|ing)? (?:for|whether|which)\b|\balert(?:s|ing)? (?:me|us|the|on)\b"
              r"|\b(?:confirm|check|verify|assert)\w*\b.{0,40}\b(?:is|are|gets?|get) (?:blocked|contained|prevented|denied|stopped)\b"),
    _r("req.fraud.deception", R, "fraud", "asks for help deceiving people for money or access",
       r"\b(?:write|draft|create|make)\b.{0,30}\bphishing (?:e-?mail|page|site|kit|message|sms|text)",
       r"\b(?:launder(?:ing)?)\b.{0,20}\bmoney\b",
       r"\b(?:forge|counterfeit|fake)\b.{0,20}\b(?:passports?|banknotes?|money|bills|ids?|driver'?s licen[cs]es?|doctor'?s notes?|invoices?)\b",
       r"(?:フィッシング|詐欺).{0,15}(?:メール|文面|手口|台本).{0,10}(?:作|書|教え)",
       r"(?:マネーロンダリング|資金洗浄)(?:する|の方法|のやり方)|偽札を(?:作|刷|使)|偽造(?:パスポート|免許証|する)",
       unless=r"\b(?:avoid|spot|detect|catch|flag|recogni[sz]e|protect|prevent|identify|awareness|warning signs|analy[sz]\w*|cluster\w*|takedowns?)\b|見分け|対策|防止|とは|どんな|研修|啓発|(?:の|な)特徴を(?:教え|知り|まとめ)"),
    _r("req.violence.harm", R, "violence", "asks how to hurt or kill a person",
       rf"\b{_HOW}\b.{{0,25}}\b(?:kill|murder|poison|strangle|stab|kidnap|abduct|torture|hurt|maim|beat up)\b\s{_PERSON}",
       rf"\b(?:kill|murder|poison)\b\s{_PERSON}.{{0,40}}\b(?:get away with it|without (?:getting caught|leaving (?:evidence|marks|a trace))|look like an accident)",
       # not a plot question: "how did the murderer hide the body in ..." (`regex` allows this lookbehind)
       r"(?<!\bdid (?:the |a |he |she |they )?\w+ )\b(?:get rid of|dispose of|hide) (?:a|the) (?:dead )?body\b",
       r"(?:人|上司|隣人|妻|夫|彼女|彼氏|同僚|子供|子ども|家族|親).{0,6}(?:を)?(?:殺す|殺し方|殺したい|殺せる|毒を盛|誘拐)",
       r"死体を.{0,10}(?:処分|隠)",
       # process talk and a word quoted to ask about it ("kill them" said of pests: see `_THEM_NOT_PESTS`)
       unless=r"(?:子|親|ゾンビ)プロセス|プロセス(?:グループ|ツリー)|\b(?:parent|child|zombie) process|\bkill -\d|\bPID\b|「[^」]{0,4}殺[^」]{0,4}」(?:って|という|と言|の)"),
    _r("req.self_harm.method", R, "self_harm", "asks for a method of self-harm",
       r"\b(?:how|best way|painless(?:ly)?|easiest way|quickest way)\b.{0,30}\b(?:kill myself|commit suicide|end my (?:own )?life|hang myself)\b",
       r"\bhow many\b.{0,40}\b(?:to (?:die|not wake up)|would kill me|lethal)\b",
       r"\boverdos(?:e|ing)\b.{0,30}\b(?:to die|and die|to end)",
       r"(?:自殺|自死).{0,10}(?:方法|やり方|する方法)|楽に死ぬ|確実に死ね|何錠.{0,10}死ね|首を吊る方法"),
    _r("req.sexual_minors", R, "sexual_minors", "sexual content involving minors",
       r"\b(?:sexual|sexy|erotic|explicit|nude|naked|porn)\w*\b.{0,40}\b(?:child|children|minor|kid|underage|"
       r"schoolgirl|schoolboy|\d{1,2}[- ]year[- ]old|teen(?:ager)?s? under)\b",
       r"\b(?:child|children|minor|kid|underage|\d{1,2}[- ]year[- ]old)\w*\b.{0,40}\b(?:sexual|erotic|explicit|nude|naked|porn)",
       r"\bgroom(?:ing)? (?:a|the) (?:child|kid|minor)",
       r"(?:児童|未成年|子供|子ども|小学生|中学生).{0,10}(?:性的|ポルノ|裸|わいせつ)",
       # child-protection talk names the harm it guards against
       unless=r"\b(?:warning signs|signs (?:of|that) (?:an adult|someone|a child|grooming|abuse)|why (?:sharing|sending) (?:nude|naked|explicit)|"
              r"report(?:ing)? (?:it|abuse|grooming)|recogni[sz]e (?:the )?(?:signs|grooming|abuse))\b|見分け方|から守る|防ぐ方法|相談窓口|相談先"
              r"|禁止法の(?:目的|趣旨|概要|内容|改正|歴史)|(?:取っている|している)対策"),
    _r("req.harassment.target", R, "harassment", "asks for abuse, threats or stalking aimed at a person",
       r"\b(?:write|send|draft)\b.{0,30}\b(?:threat(?:ening)?|harass(?:ing|ment)?|bullying)\b.{0,30}\b(?:message|letter|e-?mail|text|note|post)",
       r"\b(?:dox|doxx)\b\s+(?:him|her|them|my|this|that|a|an|the|someone|somebody)\b|\bhelp me (?:dox|doxx)\b",
       r"\b(?:track|spy on|stalk)\b.{0,30}\b(?:my (?:wife|husband|girlfriend|boyfriend|ex|partner)|someone)\b.{0,30}\bwithout\b",
       r"(?:脅迫|嫌がらせ|いじめ).{0,10}(?:文|メール|メッセージ).{0,10}(?:作|書|送)",
       r"(?:個人情報を晒|住所を突き止め|住所を特定)",
       # Asking who is behind an address or number that keeps contacting you: the privacy rule's case.
       unless=r"(?:の持ち主|誰の(?:番号|電話|メアド|メールアドレス))(?:が|か|は|を)"),
    _r("req.medical.urgent", E, "medical", "urgent or personal medical matters need a clinician",
       r"\b(?:how (?:much|many)|what dose|dosage)\b"
       r"(?=.{0,100}\b(?:take|pills?|tablets?|mg|doses?|medicines?|medications?|drugs?|insulin|ibuprofen|paracetamol|"
       r"aspirin|syrup|antibiotics?|painkillers?)\b).{0,40}\b(?:should i|can i|do i|to give|give my)\b",
       r"\b(?:chest pain|can'?t breathe|overdos(?:e|ed)|took too many)\b",
       r"(?:何錠|何mg|服用量|飲んでも大丈夫|診断して|胸が.{0,12}痛|息が苦し|息ができない|飲みすぎてしまった)"),
    _r("req.medical.ideation", E, "medical", "possible self-harm ideation: a person should respond",
       r"\b(?:want to die|thinking about suicide|don'?t want to live|ending it all)\b",
       r"\b(?:better off without me|no reason to (?:live|go on))\b",
       r"(?:死にたい|消えたい|生きていたくない|生きていても意味がない|生きる意味がない|いなくなりたい)"),
    _r("req.legal.advice", E, "legal", "a personal legal matter needs a lawyer's review",
       r"\b(?:sue|lawsuit|legal action|contract dispute)\b.{0,40}\b(?:my|our|i|we)\b",
       r"(?:訴訟|訴え|裁判|契約違反|損害賠償).{0,20}(?:したい|すべき|どうすれば|勝て|対応)"),
    _r("req.hr.personnel", E, "hr", "a personnel matter needs HR",
       r"\b(?:fire|dismiss|terminate|discipline|lay off)\b.{0,30}\b(?:employee|staff|my (?:report|subordinate)|people in my)",
       r"\b(?:report|reporting)\b.{0,20}\bharassment\b|\breport(?:ing)? my (?:manager|boss)\b(?! (?:on|about) (?:the|our|a) )",
       r"(?:解雇|懲戒|ハラスメント.{0,5}(?:報告|相談)|パワハラ|セクハラ)",
       unless=r"\b(?:definition|what is|what counts as|policy|training)\b|とは|定義|研修|防止|規程|一般的"),
    _r("req.security.access", E, "security", "production credentials or access changes need approval",
       r"\b(?:production|prod)\b.{0,30}\b(?:password|credentials?|secret|api key|root access|admin)",
       r"\b(?:disable|open|turn off)\b.{0,30}\bfirewall\b",
       r"\b(?:access|log ?in to|into|log in as)\b.{0,20}\b(?:someone else'?s|another user'?s|my (?:colleague|coworker)'?s?)\b.{0,10}\baccount",
       r"(?:本番|プロダクション).{0,15}(?:パスワード|認証情報|鍵|権限)",
       r"ファイアウォール.{0,10}(?:無効|開け|止め)"),
    _r("req.privacy.third_party", E, "privacy", "compiling or disclosing personal data about someone",
       r"\b(?:find|look up|compile|get|share|send)\b.{0,30}\b(?:home address|phone numbers?|personal (?:data|information)|medical records?)\b.{0,20}\b(?:of|for|about|to)\b",
       r"(?:住所|電話番号|個人情報).{0,15}(?:調べ|まとめ|送って)"),
    _r("req.finance.transfer", E, "finance", "moving money needs the owner's approval",
       r"\b(?:transfer|wire|send|pay)\b.{0,20}(?:[$¥€£]\s?\d[\d,.]*|\d[\d,.]*\s?(?:k\s)?(?:dollars|yen|euros?|usd|jpy|pounds|bucks)\b).{0,30}\b(?:to|into)\b",
       r"\b(?:buy|sell|short)\b.{0,20}\b(?:shares|stocks?|options|bitcoin|crypto)\b.{0,20}\bfor me\b",
       r"(?:送金|振込|振り込|支払|株.{0,5}(?:買|売)).{0,20}(?:して|したい|お願い|んで|って)"),
)


def normalize(text: str) -> str:
    """NFKC (full-width to half-width) and collapse whitespace so patterns see one form."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def match_request(text: str) -> Verdict | None:
    """The strictest matching rule's verdict, or None when no rule applies."""
    norm = normalize(text).lower()
    hits = [rule for rule in REQUEST_RULES if rule.matches(norm)]
    if not hits:
        return None
    rule = max(hits, key=lambda r: r.decision.severity)
    return Verdict(rule.decision, rule.category, 0.99, rule.rationale[0].upper() + rule.rationale[1:] + ".",
                   f"rule:{rule.rule_id}")
