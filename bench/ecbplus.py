"""Reading ECB+ (CAT XML) for the benchmarks: document text, gold mentions, gold clusters.

    from ecbplus import SPLITS, curated_sentences, read_document, topic_paths
    doc = read_document(path)                       # EcbDocument
    doc.gold(("HUMAN_PART", "LOC"), curated)        # [(mention id, start, end, cluster)]

Data: ../shared/bench/ecbplus (topics 1-35 without 15 and 17; the test topics 36-45
are not there). The text of a document is its tokens joined by single spaces, one
sentence a line, so a token's character offsets are known exactly. A mention's gold
cluster is its CROSS_DOC_COREF chain (the relation's ``note``), else its
INTRA_DOC_COREF chain (file and target), else the mention alone (a singleton).
Only the sentences ECB+ lists as curated (ECBplus_coreference_sentences.csv) were
annotated completely, so mentions are usually taken from those alone.
"""
from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ECB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ecbplus"
SPLITS = {"dev": range(23, 26), "train": range(1, 23)}  # the usual dev split; train = the rest below it
ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC", "TIME")
EVENT_TAGS = ("ACTION", "NEG_ACTION")
_CHAINS = ("CROSS_DOC_COREF", "INTRA_DOC_COREF")


@dataclass
class EcbMention:
    id: str  # "<file name>:<m_id>", unique across the corpus
    tag: str  # the markable's tag, e.g. HUMAN_PART_PER, ACTION_OCCURRENCE
    start: int
    end: int
    sentence: int  # ECB+ sentence number of its first token
    cluster: str  # gold chain label (a singleton's own id when unlinked)


@dataclass
class EcbDocument:
    name: str  # file name, e.g. "1_10ecbplus.xml"
    topic: int
    subtopic: str  # "1-ecb" or "1-plus": the two real-world events of a topic
    text: str
    mentions: list = field(default_factory=list)  # list[EcbMention]

    @property
    def stem(self) -> str:
        """The file name as the curated-sentences list writes it ("10ecbplus")."""
        return self.name.rsplit(".", 1)[0].split("_", 1)[1]

    def gold(self, tags: tuple, curated: set | None = None) -> list:
        """[(mention id, start, end, cluster)] of the mentions whose tag starts with one of
        ``tags`` (tuple[str]), only in curated sentences when ``curated`` (set) is given."""
        return [(m.id, m.start, m.end, m.cluster) for m in self.mentions
                if m.tag.startswith(tags)
                and (curated is None or (self.topic, self.stem, m.sentence) in curated)]


def curated_sentences() -> set:
    """{(topic, file stem, sentence number)} of the curated sentences."""
    with open(ECB / "ECBplus_coreference_sentences.csv", newline="") as fh:
        return {(int(r["Topic"]), r["File"], int(r["Sentence Number"])) for r in csv.DictReader(fh)}


def topic_paths(topics) -> dict:
    """{topic: [xml paths, sorted]} for the topics (iterable of int) present in the data."""
    found = {}
    for topic in topics:
        folder = ECB / "ECB+" / str(topic)
        if folder.is_dir():
            found[topic] = sorted(folder.glob("*.xml"))
    return found


def all_topics() -> list:
    """Every topic number present in the data, ascending."""
    return sorted(int(p.name) for p in (ECB / "ECB+").iterdir() if p.name.isdigit())


def _text_and_tokens(root) -> tuple:
    """(text, {t_id: (start, end, sentence)}): tokens joined by spaces, sentences by newlines."""
    pieces, tokens, pos, last = [], {}, 0, None
    for tok in root.iter("token"):
        sentence = int(tok.get("sentence"))
        if last is not None:
            pieces.append("\n" if sentence != last else " ")
            pos += 1
        word = tok.text or ""
        tokens[tok.get("t_id")] = (pos, pos + len(word), sentence)
        pieces.append(word)
        pos += len(word)
        last = sentence
    return "".join(pieces), tokens


def _chains(root, name: str) -> dict:
    """{m_id: gold chain label} from the coreference relations of one file."""
    chain_of = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag not in _CHAINS:
            continue
        if rel.tag == "CROSS_DOC_COREF":
            label = rel.get("note")
        else:
            label = f"{name}:{rel.find('target').get('m_id')}"
        for src in rel.findall("source"):
            chain_of[src.get("m_id")] = label
    return chain_of


def read_document(path: Path) -> EcbDocument:
    """One ECB+ file as an :class:`EcbDocument` (every anchored markable, with its chain)."""
    root = ET.parse(path).getroot()
    text, tokens = _text_and_tokens(root)
    chain_of = _chains(root, path.name)
    mentions = []
    markables = root.find("Markables")
    for mark in markables if markables is not None else []:
        anchors = [a.get("t_id") for a in mark.findall("token_anchor")]
        if not anchors:
            continue  # an unanchored markable is a chain's target description, not a mention
        mid = f"{path.name}:{mark.get('m_id')}"
        first, last = tokens[anchors[0]], tokens[anchors[-1]]
        mentions.append(EcbMention(mid, mark.tag, first[0], last[1], first[2],
                                   chain_of.get(mark.get("m_id"), mid)))
    sub = "plus" if path.name.endswith("ecbplus.xml") else "ecb"
    return EcbDocument(path.name, int(path.parent.name), f"{path.parent.name}-{sub}", text, mentions)
