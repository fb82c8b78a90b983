"""Reading amounts left to right: number cores (digits, multipliers, number words, vague amounts,
ranges) with the approximators and qualifiers around them."""

from __future__ import annotations

from ... import lang as langdata
from ...textutil import fold_punct
from .filters import _mask
from .qualifiers import _apply_qualifier, _share_scale
from .tokens import _TOKEN_RE, Qualifier, TokKind, _Amount, _Tok, _lower_same_len, _parse_digits

# currency symbols and ISO codes before a number -> the currency as a unit: the same in every language
CURRENCY_SYMBOLS = {"$": "dollar", "us$": "dollar", "€": "euro", "£": "pound",
                    "¥": "yen", "₽": "rouble", "₹": "rupee", "₸": "tenge", "₴": "hryvnia",
                    "₺": "lira", "₩": "won", "chf": "franc", "usd": "dollar", "eur": "euro",
                    "gbp": "pound", "rub": "rouble"}


class _Scanner:
    """One document's amounts, read left to right over the masked view with the language's words."""

    def __init__(self, text: str, lang: str, temporal: list[tuple[int, int]] = ()):
        self.text = text
        self.lg = lg = langdata.get(lang)
        self.view = _lower_same_len(fold_punct(text))
        self.masked = _mask(self.view, list(temporal), lg.code)
        self.toks = [
            _Tok(TokKind(m.lastgroup or "punct"), m.group(), m.start(), m.end())
            for m in _TOKEN_RE.finditer(self.masked)
        ]
        # phrase tables as tuples of words
        self.approx = self._phrases(lg.approximators)
        self.vague = self._phrases(lg.vague_amounts)
        self.vague_factor = self._phrases(lg.vague_factors)
        self.post = self._phrases(lg.post_qualifiers)
        self.percent = self._phrases({p: True for p in lg.percent_words})
        self.cardinals = lg.cardinal_words
        self.mult = lg.multipliers

    @staticmethod
    def _phrases(table: dict) -> list[tuple[tuple[str, ...], object]]:
        out = []
        for k, v in table.items():
            words = tuple(m.group() for m in _TOKEN_RE.finditer(k))
            out.append((words, v))
        out.sort(key=lambda kv: -len(kv[0]))
        return out

    def _match_phrase(self, i: int, table) -> tuple[int, object] | None:
        for words, v in table:
            n = len(words)
            if i + n > len(self.toks):
                continue
            ok = True
            for k, w in enumerate(words):
                t = self.toks[i + k]
                tt = t.text
                if tt != w:
                    ok = False
                    break
                if k and self.toks[i + k - 1].end != t.start and not self.view[self.toks[i + k - 1].end:t.start].isspace():
                    ok = False
                    break
            if ok:
                return n, v
        return None

    # -- number cores ------------------------------------------------------------------
    def _number(self, i: int) -> tuple[int, float, bool] | None:
        """A single number at token i -> (n_tokens, value, words_only)."""
        if i >= len(self.toks):
            return None
        kind = self.toks[i].kind
        if kind == TokKind.NUM:
            return self._digits_at(i)
        return self._words_at(i) if kind == TokKind.WORD else None

    def _digits_at(self, i: int) -> tuple[int, float, bool] | None:
        """Digits with an optional multiplier: "2,300", "1.5 million", "3bn" (short forms attached)."""
        toks = self.toks
        t = toks[i]
        v = _parse_digits(t.text)
        if v is None:
            return None
        n = 1
        if i + 1 < len(toks):
            nt = toks[i + 1]
            word = nt.text.rstrip(".")
            abbreviations = self.lg.multiplier_abbreviations
            if nt.kind == TokKind.WORD and word in self.mult and self.mult[word] != 12:  # "3 dozen" counts dozens
                m = self.mult[word]
                n, v = 2, v * m
                if i + 2 < len(toks) and toks[i + 2].kind == TokKind.WORD and toks[i + 2].text in self.mult \
                        and self.mult[toks[i + 2].text] > m:
                    n, v = 3, v * self.mult[toks[i + 2].text]
            elif nt.kind == TokKind.WORD and nt.start == t.end and word in abbreviations:
                n, v = 2, v * abbreviations[word]
        return n, v, False

    def _words_at(self, i: int) -> tuple[int, float, bool] | None:
        """A spelled-out number: "a hundred", "ten thousand", "two hundred and fifty", "twenty-five"."""
        toks = self.toks
        j = i
        words: list[tuple[str, float]] = []  # ("unit"|"mult1"|"mult", value)
        if toks[i].text in self.lg.indefinite_articles and i + 1 < len(toks) and toks[i + 1].text in self.mult:
            words.append(("mult1", 1))
            j += 1
        while j < len(toks):
            w = toks[j].text
            parts = w.split("-")
            if w in self.cardinals:
                words.append(("unit", self.cardinals[w]))
            elif len(parts) == 2 and all(p in self.cardinals for p in parts) and self.cardinals[parts[0]] >= 20 \
                    and self.cardinals[parts[1]] < 10:
                words.append(("unit", self.cardinals[parts[0]] + self.cardinals[parts[1]]))
            elif w in self.mult:
                if not words:
                    break  # bare "thousand"/"million" without a count word
                words.append(("mult", self.mult[w]))
            elif w in self.lg.number_conjunctions and words and j + 1 < len(toks) \
                    and toks[j + 1].text in self.cardinals and any(k == "mult" for k, _ in words):
                j += 1
                continue
            else:
                break
            j += 1
        if not words:
            return None
        value, used = _words_value(words)
        return self._tokens_used(i, used), value, True

    def _tokens_used(self, i: int, used: int) -> int:
        """Scanner tokens spanned by the first `used` number words from i (conjunctions in between count)."""
        n_tok, seen, jj = 0, 0, i
        while seen < used and jj < len(self.toks):
            if not (self.toks[jj].text in self.lg.number_conjunctions and seen > 0):
                seen += 1
            jj += 1
            n_tok += 1
        return n_tok

    def _adjacent(self, a: _Tok, b: _Tok, allow: str = "") -> bool:
        gap = self.view[a.end:b.start]
        return gap.strip(allow + " ") == "" and "\n\n" not in gap

    def scan(self) -> list[_Amount]:
        out: list[_Amount] = []
        toks = self.toks
        i = 0
        while i < len(toks):
            amt = self._amount_at(i)
            if amt is None:
                i += 1
                continue
            out.append(amt)
            i = amt.last + 1
        return out

    def _amount_at(self, i: int) -> _Amount | None:
        toks = self.toks
        start_i = i
        qual = None
        approx_word = None
        currency = None
        m = self._match_phrase(i, self.approx)
        if m:
            n, qual = m
            approx_word = " ".join(t.text for t in toks[i:i + n])
            j = i + n
        else:
            j = i
        # currency symbol before the number
        if j < len(toks) and toks[j].text in CURRENCY_SYMBOLS and toks[j].kind in (TokKind.PUNCT, TokKind.WORD):
            if j + 1 < len(toks) and toks[j + 1].kind == TokKind.NUM and toks[j + 1].start == toks[j].end \
                    or (toks[j].kind == TokKind.WORD and j + 1 < len(toks) and toks[j + 1].kind == TokKind.NUM):
                currency = CURRENCY_SYMBOLS[toks[j].text]
                j += 1
        core = self._core(j)
        if core is None:
            return None
        amt = core
        if approx_word is not None:
            amt.approx = approx_word
            amt.start = toks[start_i].start
            amt.qualifier, amt.low, amt.high = _apply_qualifier(qual, amt, self.lg)
        if currency:
            amt.currency = currency
            if approx_word is None:
                amt.start = toks[j - 1].start
        k = amt.last + 1
        # percent
        if k < len(toks):
            if toks[k].text == "%" and toks[k].start == toks[k - 1].end or toks[k].text == "%":
                amt.percent, amt.last, k = True, k, k + 1
            else:
                mp = self._match_phrase(k, self.percent)
                if mp:
                    amt.percent = True
                    amt.last = k + mp[0] - 1
                    k = amt.last + 1
        # post qualifiers
        if k < len(toks) and amt.qualifier in (Qualifier.EXACT,):
            mp = self._match_phrase(k, self.post)
            if mp and not (mp[1] == Qualifier.ABOUT and toks[k].text == "odd" and self.view[toks[k - 1].end:toks[k].start] != "-"):
                amt.qualifier, amt.low, amt.high = _apply_qualifier(mp[1], amt, self.lg)
                amt.last = k + mp[0] - 1
                k = amt.last + 1
            elif k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text == "odd":
                amt.qualifier, amt.low, amt.high = _apply_qualifier(Qualifier.ABOUT, amt, self.lg)
                amt.last = k + 1
                k = amt.last + 1
        # -strong compounds
        if k + 1 < len(toks) and toks[k].text == "-" and toks[k + 1].text == "strong" \
                and toks[k].start == toks[k - 1].end:
            amt.strong = True
            amt.last = k + 1
        amt.end = toks[amt.last].end
        return amt

    def _core(self, j: int) -> _Amount | None:
        toks = self.toks
        if j >= len(toks):
            return None
        lg = self.lg
        # between X and Y
        if lg.between_words and toks[j].text == lg.between_words[0]:
            a = self._number(j + 1)
            if a:
                k = j + 1 + a[0]
                if k < len(toks) and toks[k].text == lg.between_words[1]:
                    b = self._number(k + 1)
                    if b:
                        lo, hi = a[1], b[1]
                        lo, hi = _share_scale(lo, hi, toks, j + 1, a[0])
                        if hi > lo:
                            last = k + b[0]
                            return _Amount(toks[j].start, toks[last].end, lo, lo, hi, Qualifier.RANGE,
                                           first_num=j + 1, last=last,
                                           words_only=a[2] and b[2])
        # vague factor x multiplier: "several hundred", "a few thousand"
        mf = self._match_phrase(j, self.vague_factor)
        if mf:
            k = j + mf[0]
            if k < len(toks) and toks[k].text in self.mult:
                mult = self.mult[toks[k].text]
                lo, hi = mf[1][0] * mult, mf[1][1] * mult
                last = k
                return _Amount(toks[j].start, toks[last].end, lo, lo, hi, Qualifier.VAGUE, first_num=j,
                               last=last, vague=True, words_only=True)
        mv = self._match_phrase(j, self.vague)
        if mv:
            lo, hi = mv[1]
            last = j + mv[0] - 1
            return _Amount(toks[j].start, toks[last].end, float(lo), float(lo), float(hi), Qualifier.VAGUE,
                           first_num=j, last=last, vague=True, words_only=True)
        a = self._number(j)
        if a is None:
            return None
        n, v, words_only = a
        last = j + n - 1
        amt = _Amount(toks[j].start, toks[last].end, v, v, v, Qualifier.EXACT, first_num=j, last=last,
                      words_only=words_only)
        # range tail: X-Y, X–Y, X to Y, X or Y
        k = last + 1
        if k < len(toks):
            sep = toks[k]
            is_dash = sep.text == "-" and self._adjacent(toks[last], sep) and k + 1 < len(toks) \
                and self._adjacent(sep, toks[k + 1])
            is_word = sep.text in lg.range_to_words or sep.text in lg.range_or_words
            if (is_dash or is_word) and k + 1 < len(toks):
                b = self._number(k + 1)
                if b and (b[2] == words_only or not is_dash):
                    lo, hi = v, b[1]
                    lo, hi = _share_scale(lo, hi, toks, j, n)
                    prev = toks[j - 1].text if j > 0 else ""
                    if hi > lo and not (sep.text in lg.range_to_words and prev in lg.range_from_words):
                        if not (sep.text in lg.range_or_words and hi > lo * 10):
                            last = k + b[0]
                            amt = _Amount(toks[j].start, toks[last].end, lo, lo, hi, Qualifier.RANGE,
                                          first_num=j, last=last, words_only=words_only and b[2])
        return amt


def _words_value(words: list[tuple[str, float]]) -> tuple[float, int]:
    """The value of a run of number words and how many of them it uses: a second unit right after a unit
    without a multiplier ends the number ("one two" is not twelve, "twenty five" is 25)."""
    total, cur = 0.0, 0.0
    used = 0
    prev = None
    for k, (kind, val) in enumerate(words):
        if kind == "unit":
            if prev == "unit" and not (cur >= 20 and cur % 10 == 0 and val < 10):
                break
            cur += val
        elif kind == "mult1":
            cur = 1
        elif val in (100, 12):  # hundred and dozen multiply what precedes and stay open: "two hundred and fifty"
            cur = (cur or 1) * val
        else:
            total += (cur or 1) * val
            cur = 0
        prev = "unit" if kind == "unit" else "mult"
        used = k + 1
    return total + cur, used
