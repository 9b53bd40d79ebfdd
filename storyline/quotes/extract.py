"""Quotes in one article: direct, partial and indirect, with cue, source and speaker.

Finding (quote marks, cues, reported clauses) is done in ``marks`` and
``attribution``; this module puts the findings together, resolves speakers in text
order (so "he added" can take the speaker before it) and builds :class:`Quote` records.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from ..model import Article, Quote, Span
from .attribution import Cue, best_cue, cues_in
from .decide import keep_findings
from .reported import reported_clauses
from .extents import after_dateline
from .headlines import colon_attribution, headline_attribution
from .interviews import turn_speaker
from .titles import title_author
from .marks import QuotedSpan, find_quoted_spans
from .marks import paragraphs
from .speakers import SpeakerInfo, core_phrase, is_anonymous, is_carrier, resolve
from ..nlp import doc_text

# A quoted fragment this short with no attribution is a scare quote or a title.
MIN_UNATTRIBUTED_PARTIAL_WORDS = 4
# Sentences back over which an unattributed direct quote keeps the last speaker.
CONTINUATION_SENTENCES = 2


@dataclass
class Finding:
    """One quote before its speaker is resolved."""

    kind: str
    start: int
    end: int
    cue: Optional[Cue] = None
    group: Optional[str] = None
    frame: tuple = (0, 0)  # char span of the sentences the quote was read in
    continued: bool = False
    extras: list = field(default_factory=list)  # other cues in the frame (carriers, "citing")
    headline: bool = False  # a colon headline's content, which no reported clause may claim
    listed: bool = True  # False: a verb outside the cue lists, a candidate for ``decide`` only


class Sentences:
    """Sentence boundaries of a spaCy Doc, searchable by char offset."""

    def __init__(self, doc):
        self.paragraphs = paragraphs(doc_text(doc))
        self.para_starts = [p[0] for p in self.paragraphs]
        # a sentence never runs across a line break: headlines and captions stand alone
        self.spans = []
        for sent in doc.sents:
            for lo, hi in self.paragraphs_in(sent.start_char, sent.end_char):
                self.spans.append((lo, hi))
        self.starts = [s for s, _ in self.spans]

    def paragraphs_in(self, start: int, end: int) -> list:
        i = max(0, bisect.bisect_right(self.para_starts, start) - 1)
        found = []
        while i < len(self.paragraphs) and self.paragraphs[i][0] < end:
            lo, hi = max(start, self.paragraphs[i][0]), min(end, self.paragraphs[i][1])
            if hi > lo:
                found.append((lo, hi))
            i += 1
        return found or [(start, end)]

    def clip(self, anchor: int, start: int, end: int) -> tuple:
        """[start, end) cut to the paragraph holding char ``anchor``."""
        i = max(0, bisect.bisect_right(self.para_starts, anchor) - 1)
        if not self.paragraphs:
            return start, end
        lo, hi = self.paragraphs[i]
        return max(start, lo), min(end, hi)

    def index(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def frame(self, start: int, end: int) -> tuple:
        """Indexes of the first and last sentence the span [start, end) touches."""
        return self.index(start), self.index(max(start, end - 1))


def _classify(text: str, span: QuotedSpan, sentence_start: int) -> str:
    """direct when the quote stands as a sentence or follows "said:"; partial when embedded."""
    if span.continued:
        return "direct"
    before = text[sentence_start:span.mark_start].rstrip()
    if not before or before[-1] in ":\"“'‘«(—–-":
        return "direct"
    opening = text[span.start:span.start + 1]
    # after a comma, or after a sentence the parser ran into the quote ("… opening.
    # ''The bridge …'' she said": two apostrophes often defeat its sentence split)
    if before[-1] in ",.!?" and opening.isupper():
        return "direct"
    return "partial"


def _frame_cues(doc, text, sents, first, last, span, inside) -> tuple:
    """Cues around a quoted span, reaching into a short next sentence ("….” / he said.")
    or a previous one ending in a colon when the quote's own sentences have none."""
    lo, hi = sents.spans[first][0], sents.spans[last][1]
    cues = cues_in(doc, lo, hi, inside)
    if cues:
        return cues, (lo, hi)
    if not text[span.mark_end:hi].strip(" .,!?\"”’'") and last + 1 < len(sents.spans):
        n_lo, n_hi = sents.spans[last + 1]
        if "\n" not in text[hi:n_lo]:
            short = len(text[n_lo:n_hi].split()) <= 12
            cues = cues_in(doc, n_lo, n_hi, inside)
            # '“Who are they?” Trump said of Apple in February, when …': a long next
            # sentence still attributes the quote when it opens with its cue
            cues = [c for c in cues if short or len(text[n_lo:c.start].split()) <= 4]
            if cues:
                return cues, (lo, n_hi)
    if not text[lo:span.mark_start].strip() and first > 0:
        p_lo, p_hi = sents.spans[first - 1]
        if text[p_lo:p_hi].rstrip().endswith(":"):
            cues = cues_in(doc, p_lo, p_hi, inside)
            if cues:
                return cues, (p_lo, hi)
    return [], (lo, hi)


def _prefer_speaker(cues: list, chosen: Optional[Cue]) -> Optional[Cue]:
    """When the chosen cue's source is an outlet ("reported Xinhua"), prefer a cue whose
    source is a speaker, if the frame has one."""
    if chosen is None or chosen.source is None:
        return chosen
    text = doc_text(chosen.source.doc)[slice(*core_phrase(chosen.source))]
    if not is_carrier(chosen.source, text):
        return chosen
    for cue in cues:
        if cue.source is not None and not is_carrier(
                cue.source, doc_text(cue.source.doc)[slice(*core_phrase(cue.source))]):
            return cue
    return chosen


def _runs_on(text: str, span: QuotedSpan, sentence_end: int) -> bool:
    """Whether the sentence goes on after the quote: '“Broad City” star Ilana' is a
    title, not something said."""
    return bool(text[span.mark_end:sentence_end].strip(" .,!?;:\"”’'»)"))


def _goes_on(text: str, previous: Finding, span: QuotedSpan) -> bool:
    """'"A," he said. "B."': a quote standing alone right after an attributed direct
    quote's sentence goes on with it (PolNeAR marks both as one content)."""
    if previous.kind != "direct" or previous.cue is None or previous.end > span.start:
        return False
    return not text[previous.frame[1]:span.mark_start].strip()


def _colon_cue(doc, sents: Sentences, span: QuotedSpan) -> Optional[Cue]:
    """The colon of 'Pollsters agree - Carl Bialik: “…”' as the cue of the quote after it,
    the name before it as the source; None when the quote has no such opening."""
    line = sents.paragraphs[max(0, bisect.bisect_right(sents.para_starts, span.mark_start) - 1)]
    found = colon_attribution(doc, line[0], span.mark_start)
    if found is None:
        return None
    (lo, hi), colon = found
    name = doc.char_span(lo, hi, alignment_mode="expand")
    head = max((t for t in name if t.pos_ in {"PROPN", "NOUN"}), key=lambda t: t.i)
    return Cue(colon, colon.idx, colon.idx + 1, head, (lo, hi))


def direct_findings(doc, text: str, sents: Sentences, spans: list, inside) -> list:
    """Findings (list[Finding]) for the quoted spans, grouped where they share a cue."""
    findings = []
    for span in spans:
        first, last = sents.frame(span.mark_start, span.mark_end)
        kind = _classify(text, span, sents.spans[first][0])
        cues, frame = _frame_cues(doc, text, sents, first, last, span, inside)
        cue = _prefer_speaker(cues, best_cue(cues, doc, span.start, span.end, kind == "partial"))
        colon = _colon_cue(doc, sents, span) if kind == "direct" else None
        if colon is not None and (cue is None or cue.end <= colon.source_span[0]):
            cue = colon  # 'Polls did predict it - HuffPollster: “…”': the name speaks
        if cue is None and (kind == "partial" or _runs_on(text, span, sents.spans[last][1])) \
                and len(text[span.start:span.end].split()) < MIN_UNATTRIBUTED_PARTIAL_WORDS:
            continue
        finding = Finding(kind, span.start, span.end, cue, frame=frame,
                          continued=span.continued, extras=[c for c in cues if c is not cue])
        previous = findings[-1] if findings else None
        same_cue = (previous is not None and cue is not None and previous.cue is not None
                    and previous.cue.token.i == cue.token.i)
        # the last paragraph of a quote run over several, attributed only there
        closes = previous is not None and span.continued and previous.cue is None
        if previous is not None and (same_cue or closes or (cue is None and (
                span.continued or _goes_on(text, previous, span)))):
            previous.group = previous.group or f"q{previous.start}"
            finding.group = previous.group
            if same_cue and previous.kind == "direct" and span.mark_start - previous.end < 60:
                finding.kind = "direct"  # '"…," he said, "and …"': the quote goes on
            if finding.cue is None:
                finding.cue, finding.kind = previous.cue, previous.kind
            elif closes:
                _attribute_opening(findings, finding)
        findings.append(finding)
    return findings


def _attribute_opening(findings: list, closing: Finding) -> None:
    """A quote run over several paragraphs is attributed once, at its end: its opening
    paragraphs (the findings of ``closing``'s group with no cue) take that cue."""
    for finding in reversed(findings):
        if finding.group != closing.group or finding.cue is not None:
            break
        finding.cue, finding.kind = closing.cue, "direct"


def headline_findings(doc, sents: Sentences, spans: list, findings: list) -> list:
    """``findings`` with each colon headline ("Graham: Trump's Rhetoric ...") as one
    finding whose cue is the colon, replacing unattributed quotes inside it."""
    for lo, hi in sents.paragraphs:
        found = headline_attribution(doc, lo, hi)
        if found is None:
            continue
        (s_lo, s_hi), colon, (start, end) = found
        head = doc.char_span(s_lo, s_hi, alignment_mode="expand")
        cue = Cue(colon, colon.idx, colon.idx + 1, head.root, (s_lo, s_hi))
        whole = next((q for q in spans if q.mark_start == start and q.mark_end == end), None)
        findings = [f for f in findings if not start <= f.start < end]
        if whole is not None:  # 'Trump: ‘I’m the Worst Thing …’' is a direct quote
            findings.append(Finding("direct", whole.start, whole.end, cue, frame=(lo, hi)))
        else:
            findings.append(Finding("indirect", start, end, cue, frame=(lo, hi), headline=True))
    return sorted(findings, key=lambda f: f.start)


def _speaker_for(article, finding: Finding, last: Optional[tuple], sents: Sentences) -> SpeakerInfo:
    """Resolve the speaker of one finding; ``last`` is (SpeakerInfo, sentence index) of
    the previous attributed quote, which pronouns and bare continuations fall back on."""
    previous = last[0] if last else None
    info = SpeakerInfo()
    if finding.cue is not None and finding.cue.source is not None:
        info = resolve(article, finding.cue.source, previous)
    near = last is not None and sents.index(finding.start) - last[1] <= CONTINUATION_SENTENCES
    if info.speaker is None and not info.anonymous and finding.kind == "direct" and near \
            and (finding.cue is None or info.carrier) and previous is not None:
        info = SpeakerInfo(previous.speaker, previous.code, previous.anonymous, info.carrier,
                           person=previous.person, thing=previous.thing)
    for cue in finding.extras:  # "according to Xinhua", "citing people familiar with ..."
        if cue.source is None:
            continue
        phrase = doc_text(cue.source.doc)[slice(*core_phrase(cue.source))]
        if info.carrier is None and is_carrier(cue.source, phrase):
            info.carrier = resolve(article, cue.source).carrier
    for token in _cited(finding, article):
        if info.speaker is None and is_anonymous(token):
            info.anonymous = True
    if info.speaker is None and not info.anonymous and info.relayer \
            and finding.kind not in {"direct", "partial"}:
        # "state news agency X said …" with no one else named: the agency's own claim, so
        # it is the source; words in marks are someone's the agency quotes
        info.speaker = info.relayer
    return info


def _cited(finding: Finding, article) -> list:
    """Objects of "citing" / "cited" in the finding's frame."""
    doc = article.doc
    span = doc.char_span(finding.frame[0], finding.frame[1], alignment_mode="expand")
    if span is None:
        return []
    return [c for t in span if t.lemma_.lower() == "cite" for c in t.children if c.dep_ == "dobj"]


def extract_quotes(article: Article) -> list:
    """All quotes of an article (list[Quote]), in text order: the rules' findings the
    learned attribution decision (``decide``) keeps.

    article (Article): with ``doc`` set by the nlp stage (offsets equal ``article.text``'s).
    """
    findings, sents, inside = find_all(article)
    kept = keep_findings(findings, article.doc, sents, inside)
    return _build(article, kept, sents)


def find_all(article: Article) -> tuple:
    """(findings, Sentences, inside) of an article: every quote the rules find, before
    the learned decision; ``inside(offset)`` tells whether a char is within quote marks.

    article (Article): with ``doc`` set by the nlp stage.
    """
    doc, text = article.doc, article.text
    sents = Sentences(doc)
    # furniture is blanked in the Doc: a quote there is not in the body
    spans = [s for s in find_quoted_spans(text) if doc_text(doc)[s.start:s.end].strip()]
    bounds = sorted((s.mark_start, s.mark_end) for s in spans)
    starts = [b[0] for b in bounds]

    def inside(offset: int) -> bool:
        i = bisect.bisect_right(starts, offset) - 1
        return i >= 0 and bounds[i][0] <= offset < bounds[i][1]

    findings = headline_findings(doc, sents, spans, direct_findings(doc, text, sents, spans, inside))
    # a partial quote's cue also reports the clause around it, so only direct cues are spent
    used = {f.cue.token.i for f in findings if f.cue is not None and f.kind == "direct"}
    full = [(f.start, f.end) for f in findings if f.kind == "direct" or f.headline]
    listed, unlisted = reported_clauses(doc, used, full, inside)
    candidates = [(*c, True) for c in listed] + [(*c, False) for c in unlisted]
    for cue, (start, end), kind, is_listed in candidates:
        start, end = sents.clip(cue.start, start, end)
        start = after_dateline(text, start, cue.start)
        too_short = end - start < (1 if kind == "attitude" else 8)
        if too_short or any(m[0] - 1 <= start and end <= m[1] + 1 for m in bounds):
            continue  # too short, or just the words of a quote already found
        lo, hi = sents.clip(cue.start, *sents.spans[sents.index(min(start, cue.start))][:1],
                            sents.spans[sents.index(max(start, end - 1, cue.start))][1])
        findings.append(Finding(kind, start, end, cue, frame=(lo, hi), listed=is_listed))
    # words in marks inside their own source are a title or a name ('the “Avatar” star')
    findings = [f for f in findings if not _in_own_source(f)]
    findings.sort(key=lambda f: (f.start, f.end))
    return findings, sents, inside


def _in_own_source(finding) -> bool:
    """Whether a finding's content lies within its cue's source phrase."""
    span = finding.cue.source_span if finding.cue is not None else None
    return span is not None and span[0] <= finding.start and finding.end <= span[1]


def _build(article: Article, findings: list, sents: Sentences) -> list:
    """Quote records from findings, resolving speakers in text order."""
    quotes, last, known = [], None, {}
    for finding in findings:
        info = _speaker_for(article, finding, last, sents)
        cue = finding.cue
        source = None
        if cue is not None and cue.source_span is not None:
            source = Span(cue.source_span[0], cue.source_span[1],
                          article.text[cue.source_span[0]:cue.source_span[1]])
            turn, speaker = turn_speaker(article, source.text, known)
            if turn:  # "A: …" of an interview: the interviewee speaks, "Q: …" no one named
                info = SpeakerInfo(speaker=speaker, person=True if speaker else None)
        elif not info.speaker and finding.kind in {"partial", "direct"}:
            author = title_author(article.doc, _opening_mark(article.text, finding.start))
            if author is not None:  # 'released a memo titled “…”': the releaser's words
                info = resolve(article, author, last[0] if last else None)
        quotes.append(Quote(
            article=article.id,
            content=Span(finding.start, finding.end, article.text[finding.start:finding.end]),
            kind=finding.kind,
            source=source,
            cue=Span(cue.start, cue.end, article.text[cue.start:cue.end]) if cue else None,
            speaker=info.speaker, speaker_code=info.code, anonymous=info.anonymous,
            carrier=info.carrier, sentence=article.sentence_index(finding.start),
            group=finding.group))
        if info.speaker or info.anonymous:
            last = (info, sents.index(finding.start))
    return _complete_names(quotes)


def _opening_mark(text: str, start: int) -> int:
    """Char offset of the quote mark just before content ``start`` (or ``start``)."""
    return start - 1 if start > 0 and text[start - 1] in "\"“‘'«" else start


def _complete_names(quotes: list) -> list:
    """Within one article, "Wang" after "Wang Yi" is the same speaker: use the full name."""
    full = {}
    for quote in quotes:
        if quote.speaker and " " in quote.speaker:
            full.setdefault(quote.speaker.split()[-1], quote.speaker)
    for quote in quotes:
        if quote.speaker and " " not in quote.speaker and quote.speaker in full:
            quote.speaker = full[quote.speaker]
    return quotes
