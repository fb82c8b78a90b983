"""The named mention a pronoun or a description speaker stands for, chosen by salience, never by distance.

Why: "he said" after a sentence naming two people is the *subject* of the discourse, not the name written
last ("Quenby attacked Marlowe on taxes. 'It's a disgrace,' he said." is Quenby), and a name inside someone
else's quotation is talked about, not speaking. The choice follows the centering / Hobbs tradition of
pronoun resolution, with what one document shows:
  * candidates are the named PERSON (and, for 'they' and 'the ministry', ORG) mentions outside quoted
    words, each with its sentence, whether it is a subject (of its clause, or a quotation's speaker) and
    the gender its honorific, gendered title or given name says (lang: MASCULINE_/FEMININE_NAME_WORDS,
    _GIVEN_NAMES), shared by every mention of the same surname when the document names one gender only;
  * a pronoun walks back sentence by sentence (within `quotes.pronoun_window`): in its own sentence only a
    subject before it counts; in an earlier one a compatible subject wins, a non-subject only when its
    gender is known to agree and it is the only person there; two different people equally salient leave
    the speaker unresolved (None) rather than guessed;
  * a resolved pronoun joins its antecedent's chain, so 'he added' two paragraphs on still finds the person;
  * a description ("the senator", "the ministry") resolves to the most recent person whose title or role
    (seen with any mention of the same name) has that head noun, or the most recent organisation whose
    name holds it; 'the latter' to the last person named; 'the former' stays unresolved.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from ... import lang
from ...config import current
from .candidates import Cand, SpeakerKind, _Spk
from .parse import _person_span
from .speakers import _role_fwd
from .surface import _tokens

EN = lang.get("en")  # these rules read the English parse and English cue words

_SUBJ = ("nsubj", "nsubjpass")
_WORD = re.compile(r"[^\W\d_][\w\-]*")


@dataclass
class Mention:
    start: int
    end: int
    kind: str  # PERSON | ORG
    sent: int
    key: str  # the surname (last name word) of a person, the folded name of an organisation
    subject: bool = False
    main: bool = False  # the subject of its sentence's main verb
    gender: str | None = None  # "m" | "f" when the document says
    words: set[str] = field(default_factory=set)  # head nouns of the titles and roles seen with it
    context: set[str] = field(default_factory=set)  # every word of those titles and roles (modifiers too)
    spk: _Spk | None = None


def _name_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _key(text: str) -> str:
    words = [w for w in _name_words(text) if w not in EN.honorifics and w.rstrip(".") not in EN.honorifics]
    words = [w for w in words if w not in EN.name_suffixes]
    return words[-1] if words else text.lower()


def _gender_of(words: list[str]) -> str | None:
    """'m' / 'f' from honorifics, gendered titles and roles and the given name; None if they disagree."""
    g = set()
    for w in words:
        if w in EN.masculine_name_words or w + "." in EN.masculine_name_words:
            g.add("m")
        if w in EN.feminine_name_words or w + "." in EN.feminine_name_words:
            g.add("f")
    return g.pop() if len(g) == 1 else None


def _descriptors(text: str, spans) -> set[str]:
    """The head nouns a description may repeat: of each title or role phrase its head (the last word before
    a preposition or a clause: 'a former campaign manager for X' -> 'manager') and every title or role noun
    in it ('Secretary of State' -> 'secretary'), abbreviations written out ('Sen.' -> 'senator')."""
    out = set()
    for sp in spans:
        if not sp:
            continue
        words = [EN.title_abbreviations.get(w.rstrip("."), w.rstrip(".")) for w in _name_words(text[sp[0]:sp[1]])]
        head = []
        for w in words:
            if w in EN.role_prepositions or w in EN.relative_pronouns or w in ("in", "on", "to", "and"):
                break
            head.append(w)
        if head:
            out.add(_ranked(head, len(head) - 1))
        out.update(_ranked(words, i) for i, w in enumerate(words) if w in EN.titles or w in EN.role_nouns)
    return out


def _ranked(words: list[str], i: int) -> str:
    """words[i] as an office: 'vice president' when a rank modifier stands before it, else the word."""
    if i > 0 and words[i - 1] in EN.title_rank_modifiers:
        return f"{words[i - 1]} {words[i]}"
    return words[i]


class Antecedents:
    """The candidate antecedents of one document and the choice among them."""

    def __init__(self, text: str, f: str, doc, cands: list[Cand]) -> None:
        self.text = text
        self.quoted = sorted((c.start, c.end) for c in cands if c.kind == "direct")
        if doc is not None:
            self.sent_starts = [s.start_char for s in doc.sents]
        else:
            self.sent_starts = [0] + [m.end() for m in re.finditer(r"[.!?][\"'\u201d\u2019)]*\s+|\n+", f)]
        self.plural_subject_sents: set[int] = set()
        self.described_subject: dict[int, tuple] = {}  # sentence -> its main subject when a description
        self.pronoun_subject: dict[int, str] = {}  # sentence -> its main subject when a personal pronoun
        self.mentions: list[Mention] = []
        named = [c.spk for c in cands if c.spk is not None and c.spk.kind is SpeakerKind.NAME]
        if doc is not None:
            self._from_parse(doc, f, named)
        for spk in named:
            over = [m for m in self.mentions if m.start < spk.end and spk.start < m.end]
            if not over:
                self.mentions.append(self._person(spk, subject=True))
            for m in over:
                # the speaker as the quotation step read it keeps its title and role ('Transport Minister X')
                m.subject = True
                if m.kind == "PERSON" and (spk.role or spk.title) and not (m.spk.role or m.spk.title):
                    richer = self._person(spk, subject=True, main=m.main)
                    m.spk, m.words, m.context = spk, m.words | richer.words, m.context | richer.context
                    m.gender = m.gender or richer.gender
        self.mentions.sort(key=lambda m: m.start)
        self._vote_type()
        self._share_gender()

    # ------------------------------------------------------------------ building

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _in_quote(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.quoted, (a, float("inf"))) - 1
        for s, e in self.quoted[max(0, i - 2):i + 1]:
            if s <= a and b <= e:
                return True
        return False

    def _person(self, spk: _Spk, *, subject: bool, extra=(), main: bool = False) -> Mention:
        text = self.text
        written = text[spk.start:spk.end]
        around = _descriptors(text, [spk.title, spk.role, *extra])
        context = {EN.title_abbreviations.get(w.rstrip("."), w.rstrip("."))
                   for sp in (spk.title, spk.role, *extra) if sp for w in _name_words(text[sp[0]:sp[1]])}
        words = _name_words(written) + sorted(around)
        gender = _gender_of(words)
        given = [w for w in _name_words(written) if w not in EN.honorifics and w.rstrip(".") not in EN.honorifics]
        if gender is None and len(given) >= 2:
            if given[0] in EN.masculine_given_names:
                gender = "m"
            elif given[0] in EN.feminine_given_names:
                gender = "f"
        return Mention(spk.start, spk.end, "PERSON", self.sent_of(spk.start), _key(written), subject=subject,
                       main=main, gender=gender, words=around, context=context | around, spk=spk)

    def _from_parse(self, doc, f: str, named: list[_Spk]) -> None:
        text = self.text
        for tok in doc:
            if tok.dep_ in _SUBJ and tok.tag_ in ("NNS", "NNPS") and not tok.ent_type_:
                self.plural_subject_sents.add(self.sent_of(tok.idx))
            if tok.dep_ in _SUBJ and tok.head.dep_ == "ROOT" and tok.lower_ in EN.person_pronouns:
                self.pronoun_subject.setdefault(self.sent_of(tok.idx), tok.lower_)
            if tok.dep_ in _SUBJ and tok.head.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN"):
                dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
                if dets and (tok.lemma_.lower() in EN.role_nouns or tok.lower_ in EN.role_nouns
                             or tok.ent_type_ == "NORP"):
                    # 'The Liberal is also encouraging ...': the sentence is about a described person
                    # (the description, and the extent of its whole phrase, where an apposed name may stand)
                    self.described_subject[self.sent_of(tok.idx)] = (
                        _Spk(SpeakerKind.DESCRIPTION, dets[0].idx, tok.idx + len(tok.text)),
                        (tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)))
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "PER", "ORG") or self._in_quote(ent.start_char, ent.end_char):
                continue
            line_a = text.rfind("\n", 0, ent.start_char) + 1
            line_b = text.find("\n", ent.end_char)
            line = text[line_a:line_b if line_b >= 0 else len(text)].strip()
            words = re.findall(r"[^\W\d_]+", line)
            title_case = len(words) >= 5 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
            if len(ent) >= 4 and (title_case or len(ent.text) >= 0.8 * len(line)):
                continue  # a title-case headline the tagger took for a name
            root = ent.root
            head = root.head if root.dep_ in ("appos", "compound", "flat", "conj") else root
            subject = head.dep_ in _SUBJ or any(s.start < ent.end_char and ent.start_char < s.end for s in named)
            main = subject and head.head.dep_ == "ROOT"
            if ent.label_ == "ORG":
                st = ent.start_char + (4 if text[ent.start_char:ent.start_char + 4].lower() == "the " else 0)
                self.mentions.append(Mention(st, ent.end_char, "ORG", self.sent_of(st),
                                             " ".join(_name_words(text[st:ent.end_char])), subject=subject,
                                             main=main, words=set(_name_words(text[st:ent.end_char])),
                                             context=set(_name_words(text[st:ent.end_char])),
                                             spk=_Spk(SpeakerKind.PHRASE, st, ent.end_char)))
                continue
            if any(c.dep_ == "conj" for c in root.children) or root.dep_ == "conj":
                if subject:
                    self.plural_subject_sents.add(self.sent_of(ent.start_char))
                subject = main = False  # 'Quenby and Marlowe said': neither alone is the subject
            st, en = _person_span(doc, text, ent)
            if len(_name_words(text[st:en])) > 4:
                continue  # a title-case headline the tagger took for a person, not a name
            spk = _Spk(SpeakerKind.NAME, st, en)
            if st > ent.start_char:
                spk.title = (ent.start_char, st)
            role, _ = _role_fwd(f, _tokens(f, en, min(len(f), en + 200)), 0)
            spk.role = role
            left = [t for t in root.children if t.i < ent.start and t.dep_ in ("compound", "amod", "nmod")]
            extra = [(min(t.left_edge.idx for t in left), ent.start_char)] if left else []
            appos = [c for c in root.children if c.dep_ == "appos" and c.ent_type_ not in ("PERSON",)]
            extra += [(a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)) for a in appos]
            self.mentions.append(self._person(spk, subject=subject, extra=extra, main=main))
        self._surnames(doc)

    def _surnames(self, doc) -> None:
        """A surname the tagger missed ('Quenby attacked ...' untagged) when the document names that person in
        full elsewhere: a mention of the person all the same."""
        people = {m.key for m in self.mentions if m.kind == "PERSON" and len(_name_words(
            self.text[m.start:m.end])) >= 2}
        taken = [(m.start, m.end) for m in self.mentions]
        for tok in doc:
            if (tok.ent_type_ or not tok.text[:1].isupper() or tok.lower_ not in people
                    or self._in_quote(tok.idx, tok.idx + len(tok.text))
                    or any(a <= tok.idx < b for a, b in taken)):
                continue
            subject = tok.dep_ in _SUBJ
            spk = _Spk(SpeakerKind.NAME, tok.idx, tok.idx + len(tok.text))
            self.mentions.append(self._person(spk, subject=subject, main=subject and tok.head.dep_ == "ROOT"))

    def _vote_type(self) -> None:
        """A name the document also writes as a person is a person where the tagger called it an organisation
        ('Quenby said' tagged ORG, 'Tove Quenby' PERSON): the type is a vote over the document's mentions."""
        people = {m.key for m in self.mentions if m.kind == "PERSON"}
        for m in self.mentions:
            if m.kind == "ORG" and len(m.key.split()) == 1 and m.key in people:
                m.kind = "PERSON"
                m.words = set()
                m.spk = _Spk(SpeakerKind.NAME, m.start, m.end)

    def _share_gender(self) -> None:
        """A bare surname takes the gender its fuller mentions agree on ('Mrs. Roe' ... 'Roe'), only when one
        person bears that surname in the document (two Smiths: the bare 'Smith' stays unknown)."""
        by_key: dict[str, set[str]] = {}
        full: dict[str, set[str]] = {}
        for m in self.mentions:
            if m.kind != "PERSON":
                continue
            words = [w for w in _name_words(self.text[m.start:m.end]) if w not in EN.honorifics
                     and w.rstrip(".") not in EN.honorifics]
            if len(words) >= 2:
                full.setdefault(m.key, set()).add(" ".join(words))
            if m.gender:
                by_key.setdefault(m.key, set()).add(m.gender)
        for m in self.mentions:
            if (m.kind == "PERSON" and m.gender is None and len(by_key.get(m.key, ())) == 1
                    and len(full.get(m.key, ())) <= 1):
                m.gender = next(iter(by_key[m.key]))

    # ------------------------------------------------------------------ choosing

    def pronoun(self, spk: _Spk) -> _Spk | None:
        low = self.text[spk.start:spk.end].lower()
        if low in EN.plural_pronouns:
            return self._plural(spk)
        if low not in EN.person_pronouns:
            return None
        want = "m" if low in EN.masculine_pronouns else "f" if low in EN.feminine_pronouns else None
        window = current().quotes.pronoun_window
        s0 = self.sent_of(spk.start)
        for s in range(s0, -1, -1):
            if s < s0 and self.sent_starts[s + 1] < spk.start - window:
                break
            ms = [m for m in self.mentions if m.sent == s and m.kind == "PERSON" and m.end <= spk.start
                  and (m.gender is None or want is None or m.gender == want)]
            if s == s0:
                ms = [m for m in ms if m.subject]
            desc = self.described_subject.get(s) if s < s0 else None
            if desc is not None and not any(m.main for m in ms):
                # the sentence's subject is a description: the pronoun goes on about that person, named in
                # the phrase ('The head of the inquiry, Kenneth Roe, said') or earlier ('the senator')
                named_in = [m for m in ms if desc[1][0] <= m.start < desc[1][1]]
                chosen = named_in[-1] if named_in else self._described(desc[0])
                if chosen is not None:
                    self._chain(chosen, spk)
                return chosen.spk if chosen is not None else None
            if not ms:
                continue
            if s < s0 and self.pronoun_subject.get(s) == low and not any(m.main for m in ms):
                continue  # 'He added a note, should Marlowe ...': that sentence is about the same 'he'
            chosen = self._choose(ms, want)
            if chosen is not None or len({m.key for m in ms}) > 1:
                if chosen is not None:
                    self._chain(chosen, spk)
                return chosen.spk if chosen is not None else None
        return None

    def _choose(self, ms: list[Mention], want: str | None) -> Mention | None:
        subj = [m for m in ms if m.subject]
        if subj:
            if len({m.key for m in subj}) == 1:
                return subj[-1]
            mains = [m for m in subj if m.main]
            return mains[-1] if len({m.key for m in mains}) == 1 else None
        # no subject in the sentence: a lone person whose gender is known to agree
        if len({m.key for m in ms}) == 1 and want is not None and ms[-1].gender == want:
            return ms[-1]
        return None

    def _chain(self, m: Mention, spk: _Spk) -> None:
        """The pronoun now mentions `m`'s person: a later pronoun may find it as a subject."""
        link = replace(m, start=spk.start, end=spk.end, sent=self.sent_of(spk.start), subject=True, main=True)
        if link.gender is None:  # 'he' says which the person is
            low = self.text[spk.start:spk.end].lower()
            link.gender = "m" if low in EN.masculine_pronouns else "f" if low in EN.feminine_pronouns else None
        bisect.insort(self.mentions, link, key=lambda x: x.start)

    def _plural(self, spk: _Spk) -> _Spk | None:
        """'they said': the most recent plural subject; only an organisation is a name to give."""
        window = current().quotes.pronoun_window
        s0 = self.sent_of(spk.start)
        for s in range(s0, -1, -1):
            if s < s0 and self.sent_starts[s + 1] < spk.start - window:
                break
            orgs = [m for m in self.mentions if m.sent == s and m.kind == "ORG" and m.subject and m.end <= spk.start]
            if s in self.plural_subject_sents:
                return None  # 'officials said ...': a group with no name
            if orgs:
                return orgs[-1].spk if len({m.key for m in orgs}) == 1 else None
        return None

    def description(self, spk: _Spk) -> _Spk | None:
        m = self._described(spk)
        return m.spk if m is not None else None

    def _described(self, spk: _Spk) -> Mention | None:
        """The mention a definite description repeats: its head noun seen as a title or role with that name,
        and every modifier too ('the Civic nominee' is not the person seen as 'Liberal nominee')."""
        words = [EN.title_abbreviations.get(w, w) for w in _name_words(self.text[spk.start:spk.end])]
        words = [w for w in words if w not in EN.articles]
        if not words:
            return None
        noun, mods = _ranked(words, len(words) - 1), set(words[:-1])
        mods -= set(noun.split())
        prior = [m for m in self.mentions if m.end <= spk.start
                 and spk.start - m.end < current().quotes.description_window]
        if noun == "latter":
            people = [m for m in prior if m.kind == "PERSON"]
            return people[-1] if people else None
        if noun == "former" or noun in EN.non_speaker_subjects:
            return None
        stem = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
        heads: dict[str, set[str]] = {}
        context: dict[str, set[str]] = {}
        for m in prior:
            if m.kind == "PERSON":
                heads.setdefault(m.key, set()).update(m.words)
                context.setdefault(m.key, set()).update(m.context)
        for m in reversed(prior):
            if m.kind == "PERSON" and (noun in heads[m.key] or stem in heads[m.key]) and mods <= context[m.key]:
                return m
            if m.kind == "ORG" and (noun in m.words or stem in m.words) and mods <= m.context:
                return m
        return None
