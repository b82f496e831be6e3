"""A spaCy component that sets each token's coarse part of speech (`pos_`) from its fine tag as the English model's
attribute ruler does, by a table lookup instead of spaCy's Matcher.

The small English model's tagger writes only the fine tag (`tag_`); its attribute ruler then sets `pos_` (and a
whitespace token's tag) through about 180 token patterns run by the Matcher, which on the short texts naming tags
cost more than the tagger's network (docs/measurements.md, Measured speed). In a pipeline without the parser,
every pattern that sets POS or TAG reads one token's TAG, LOWER and IS_SPACE only: those that also read DEP (or a
neighbour's DEP) can never match, a token having no dependency label (""). So what the ruler writes follows from
those three values: `PosFromTags` works it out from the ruler's own patterns once per distinct (tag, lower form,
is_space), applying every matching pattern in the ruler's order (a later one wins, as in
AttributeRuler.set_annotations), and keeps it.

Patterns that set only other attributes (MORPH, LEMMA) are left out: the naming code reads `pos_` and `tag_` and
lexical attributes, never a token's morphology or lemma. `pos_rules` returns None when a ruler holds a pattern
setting POS or TAG that this cannot read exactly (several tokens, another attribute, another predicate than
equality, IN or NOT_IN); the ruler is then kept (`use_pos_table`).
"""

from __future__ import annotations

from typing import NamedTuple

NAME = "pos_from_tags"
# What a token with no dependency label (no parser in the pipeline) reads as for DEP.
_NO_DEP = ""
_READ = ("TAG", "LOWER", "IS_SPACE")
_WRITTEN = {"POS", "TAG"}


class Rule(NamedTuple):
    """One pattern of the ruler: a condition per read attribute (None: any value) and the POS and TAG it sets."""
    tag: object
    lower: object
    is_space: object
    pos_to: str | None
    tag_to: str | None


def _holds(condition, value) -> bool | None:
    """Whether a pattern's condition on one attribute holds for `value`; None when the condition is not one this
    reads (equality, IN, NOT_IN)."""
    if isinstance(condition, (str, bool)):
        return condition == value
    if isinstance(condition, dict) and len(condition) == 1:
        (how, values), = condition.items()
        if how == "IN" and isinstance(values, list):
            return value in values
        if how == "NOT_IN" and isinstance(values, list):
            return value not in values
    return None


def _rule(alternative: list[dict], attrs: dict, index: int) -> Rule | None | bool:
    """The Rule of one alternative of a pattern; False when it can never match (a DEP condition); None when it
    cannot be read exactly."""
    for token in alternative:
        if "DEP" in token:
            holds = _holds(token["DEP"], _NO_DEP)
            if holds is None:
                return None
            if not holds:
                return False
    if len(alternative) != 1 or index not in (0, -1):
        return None
    token = {key: value for key, value in alternative[0].items() if key != "DEP"}
    if set(token) - set(_READ) or any(_holds(value, "" if key != "IS_SPACE" else False) is None
                                      for key, value in token.items()):
        return None
    return Rule(token.get("TAG"), token.get("LOWER"), token.get("IS_SPACE"), attrs.get("POS"), attrs.get("TAG"))


def pos_rules(patterns: list[dict]) -> list[Rule] | None:
    """The rules, in the ruler's order, of the patterns (`AttributeRuler.patterns`) that set POS or TAG; None when
    one of them cannot be read exactly."""
    rules = []
    for pattern in patterns:
        attrs = pattern["attrs"]
        if not _WRITTEN & set(attrs):
            continue
        for alternative in pattern["patterns"]:
            rule = _rule(alternative, attrs, pattern.get("index", 0))
            if rule is None:
                return None
            if rule is not False:
                rules.append(rule)
    return rules


class PosFromTags:
    """The component: `pos_` (and `tag_`) of every token as the rules set them, looked up per (tag, lower form,
    is_space)."""

    def __init__(self, rules: list[Rule] | None = None):
        self.rules = rules or []
        self._seen: dict[tuple[str, str, bool], tuple[str | None, str | None]] = {}
        self._of_tag: dict[str, list[Rule]] = {}  # tag -> the rules (in order) whose TAG condition it meets

    def written(self, tag: str, lower: str, is_space: bool) -> tuple[str | None, str | None]:
        """(POS, TAG) the last matching rules set (None: not set)."""
        key = (tag, lower, is_space)
        if key not in self._seen:
            if tag not in self._of_tag:
                self._of_tag[tag] = [rule for rule in self.rules if rule.tag is None or _holds(rule.tag, tag)]
            pos_to = tag_to = None
            for rule in self._of_tag[tag]:
                if (rule.lower is None or _holds(rule.lower, lower)) and (
                        rule.is_space is None or _holds(rule.is_space, is_space)):
                    pos_to = rule.pos_to or pos_to
                    tag_to = rule.tag_to or tag_to
            self._seen[key] = (pos_to, tag_to)
        return self._seen[key]

    def __call__(self, doc):
        seen = self._seen
        for token in doc:
            key = (token.tag_, token.lower_, token.is_space)
            pos_to, tag_to = seen[key] if key in seen else self.written(*key)
            if pos_to is not None:
                token.pos_ = pos_to
            if tag_to is not None:
                token.tag_ = tag_to
        return doc


def use_pos_table(nlp):
    """`nlp` with its attribute ruler replaced by `PosFromTags` when every pattern of it that sets POS or TAG can be
    read exactly, and there is no parser (DEP would then be read); else `nlp` as it was."""
    if "attribute_ruler" not in nlp.pipe_names or "parser" in nlp.pipe_names:
        return nlp
    rules = pos_rules(nlp.get_pipe("attribute_ruler").patterns)
    if rules is None:
        return nlp
    from spacy.language import Language

    if not Language.has_factory(NAME):
        Language.factory(NAME, func=lambda nlp, name: PosFromTags())
    nlp.replace_pipe("attribute_ruler", NAME).rules = rules
    nlp.rename_pipe("attribute_ruler", NAME)
    return nlp
