"""Hard request rules (Japanese and English). A rule that matches decides; otherwise the judge
falls through to its next stage. Patterns are deliberately narrow: intent + harmful object,
never a bare keyword, so that "how do I kill a Python process" stays ALLOW."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from training.safety.verdict import Decision, Verdict


@dataclass(frozen=True)
class RequestRule:
    rule_id: str
    decision: Decision
    category: str
    pattern: re.Pattern[str]
    rationale: str


def _r(rule_id: str, decision: Decision, category: str, rationale: str, *patterns: str) -> RequestRule:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return RequestRule(rule_id, decision, category, re.compile(joined, re.IGNORECASE), rationale)


R, E = Decision.REFUSE, Decision.ESCALATE

REQUEST_RULES: tuple[RequestRule, ...] = (
    _r("req.weapons.explosive", R, "weapons", "asks how to build an explosive or weapon",
       r"\b(make|build|assemble|construct)\b.{0,40}\b(bomb|explosive|pipe ?bomb|ied|grenade|molotov)",
       r"(爆弾|爆発物|火炎瓶|銃).{0,15}(作り方|作る|製造|組み立て)"),
    _r("req.drugs.synthesis", R, "drugs", "asks how to synthesise an illegal drug",
       r"\b(synthesi[sz]e|cook|make|produce)\b.{0,30}\b(meth(amphetamine)?|heroin|fentanyl|cocaine|lsd|mdma)\b",
       r"(覚醒剤|覚せい剤|ヘロイン|コカイン|麻薬|大麻).{0,15}(作り方|作る|合成|製造|栽培)"),
    _r("req.cyber.malware", R, "cyber", "asks for malware or credential theft",
       r"\b(write|create|build|code)\b.{0,30}\b(ransomware|keylogger|malware|virus|trojan|botnet)\b",
       r"\b(steal|harvest|dump)\b.{0,30}\b(passwords?|credentials|cookies|credit card)",
       r"(ランサムウェア|キーロガー|マルウェア|ウイルス).{0,15}(作|書)",
       r"(パスワード|認証情報|クレジットカード).{0,15}(盗|抜き取)"),
    _r("req.fraud.phishing", R, "fraud", "asks for help deceiving people for money or access",
       r"\b(write|draft|create)\b.{0,30}\bphishing\b",
       r"\b(launder|laundering)\b.{0,20}\bmoney\b|\bmoney laundering\b.{0,20}\b(how|steps)",
       r"(フィッシング|詐欺).{0,15}(メール|文面|手口).{0,10}(作|書|教え)",
       r"(マネーロンダリング|資金洗浄).{0,10}(方法|やり方)"),
    _r("req.violence.harm", R, "violence", "asks how to hurt or kill a person",
       r"\bhow (do|can|could|would) (i|you|we)\b.{0,20}\b(kill|murder|poison|strangle)\b.{0,20}\b(my|a|the|someone|person|wife|husband|boss|neighbou?r|people)\b",
       r"(人|上司|隣人|妻|夫|彼女|彼氏|同僚).{0,10}(殺す|殺し方|毒を盛)"),
    _r("req.self_harm.method", R, "self_harm", "asks for a method of self-harm",
       r"\b(how|best way|painless way)\b.{0,30}\b(kill myself|commit suicide|end my life)\b",
       r"(自殺|自死).{0,10}(方法|やり方)|楽に死ぬ方法"),
    _r("req.sexual_minors", R, "sexual_minors", "sexual content involving minors",
       r"\b(sexual|explicit|nude)\b.{0,40}\b(child|minor|kid|underage|\d{1,2}[- ]year[- ]old)\b",
       r"(児童|未成年|子供).{0,10}(性的|ポルノ|裸)"),
    _r("req.harassment.target", R, "harassment", "asks for abuse aimed at a person",
       r"\b(write|send)\b.{0,30}\b(threat(ening)?|harass(ing|ment)?)\b.{0,30}\b(message|letter|email)",
       r"(脅迫|嫌がらせ).{0,10}(文|メール|メッセージ).{0,10}(作|書)"),
    _r("req.medical.dosage", E, "medical", "personal dosage or diagnosis needs a clinician",
       r"\b(how (much|many)|what dose|dosage)\b.{0,40}\b(should i|can i|take|give)\b",
       r"\b(chest pain|can'?t breathe|overdos(e|ed))\b",
       r"(何錠|何mg|服用量|飲んでも大丈夫|診断して|胸が痛い|息ができない)"),
    _r("req.medical.ideation", E, "medical", "possible self-harm ideation: a person should respond",
       r"\b(want to die|thinking about suicide|don'?t want to live)\b",
       r"(死にたい|消えたい|生きていたくない)"),
    _r("req.legal.advice", E, "legal", "a legal matter needs a lawyer's review",
       r"\b(sue|lawsuit|legal action|contract dispute)\b.{0,40}\b(my|our|i|we)\b",
       r"(訴訟|訴え|裁判|契約違反|弁護士).{0,20}(したい|すべき|どうすれば|勝て)"),
    _r("req.hr.personnel", E, "hr", "a personnel matter needs HR",
       r"\b(fire|dismiss|terminate|discipline)\b.{0,30}\b(employee|staff|my (report|subordinate))",
       r"\b(report|reporting)\b.{0,20}\bharassment\b",
       r"(解雇|懲戒|ハラスメント.{0,5}(報告|相談)|人事評価.{0,10}個人)"),
    _r("req.security.credentials", E, "security", "production credentials or access changes need approval",
       r"\b(production|prod)\b.{0,30}\b(password|credentials?|secret|api key|root access)",
       r"\b(disable|open|turn off)\b.{0,20}\bfirewall\b",
       r"\b(access|log ?in to|into)\b.{0,20}\b(someone else'?s|another user'?s|my colleague'?s)\b.{0,10}\baccount",
       r"(本番|プロダクション).{0,15}(パスワード|認証情報|鍵|権限)",
       r"ファイアウォール.{0,10}(無効|開け|止め)"),
    _r("req.privacy.third_party", E, "privacy", "compiling personal data about a third party",
       r"\b(find|look up|compile|get)\b.{0,30}\b(home address|phone number|personal (data|information))\b.{0,20}\b(of|for|about)\b",
       r"(住所|電話番号|個人情報).{0,15}(調べ|特定|まとめ|教えて)"),
    _r("req.finance.transfer", E, "finance", "moving money needs the owner's approval",
       r"\b(transfer|wire|send|pay)\b.{0,20}[$¥€£]?\s?\d[\d,]*\s?(dollars|yen|euros?|usd|jpy)?\b.{0,30}\b(to|into)\b",
       r"\b(buy|sell|short)\b.{0,20}\b(shares|stocks?|options|bitcoin|crypto)\b.{0,20}\bfor me\b",
       r"(送金|振込|振り込|株.{0,5}(買|売)).{0,20}(して|したい|お願い)"),
)


def normalize(text: str) -> str:
    """NFKC (full-width to half-width) and collapse whitespace so patterns see one form."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def match_request(text: str) -> Verdict | None:
    """The strictest matching rule's verdict, or None when no rule applies."""
    norm = normalize(text)
    hits = [rule for rule in REQUEST_RULES if rule.pattern.search(norm)]
    if not hits:
        return None
    rule = max(hits, key=lambda r: r.decision.severity)
    return Verdict(rule.decision, rule.category, 0.99, rule.rationale + ".", f"rule:{rule.rule_id}")
