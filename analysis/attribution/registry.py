"""The registry of attribution constructions: trigger, rule and the examples each must handle.

Token constructions are tried on every token outside quotations, in registry order: each entry
whose ``matches`` accepts the token applies its ``rule``; a ``fallback`` entry is tried only when
no earlier entry produced an attribution for that token. To add a construction, write its rule
and add an entry here with example sentences: ``tests/test_attribution_registry.py`` runs every
example (expected source, cue and content as written in the sentence).

Document constructions (quotations, credits) work on paragraphs rather than tokens; their
entries carry examples the same test runs, and name the function that applies them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from analysis.attribution.constructions import (
    according_to_attribution,
    colon_speaker_attribution,
    cue_noun_attribution,
    in_finding_attribution,
    in_the_words_of_attribution,
    inverted_quote_attribution,
    passive_attribution,
    verb_attribution,
)
from analysis.attribution.frames import (
    adjective_attribution,
    adjective_word,
    clause_noun_attribution,
    perspective_attribution,
)
from analysis.attribution.records import Attribution, cue_nouns, reporting_verbs


@dataclass(frozen=True)
class Example:
    """A sentence a construction must handle, with the expected source, cue and content text."""

    text: str
    source: str
    cue: str
    content: str | None = None  # None: the example does not fix the content


@dataclass(frozen=True)
class Construction:
    """One registered construction."""

    name: str
    trigger: str  # what it reacts to, in words
    rule: Callable[..., Attribution | None] | str  # a token rule, or the name of a document function
    examples: tuple[Example, ...]
    matches: Callable[[Token], bool] | None = None  # None: a document construction
    fallback: bool = False


def _reporting_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in reporting_verbs()


REGISTRY: tuple[Construction, ...] = (
    Construction(
        "verb", "a reporting verb (reporting_verbs.csv) with a subject and a clause, quotation or "
        "(np_object verbs: stance verbs such as denounce, tout, rail against, seek) a noun phrase", verb_attribution,
        (Example("Analysts emphasize that the merger likely saved jobs.", "Analysts", "emphasize",
                 "the merger likely saved jobs"),
         Example("The bridge will reopen in June, officials said.", "officials", "said",
                 "The bridge will reopen in June"),
         Example("Researchers found that the drug cut deaths by half.", "Researchers", "found",
                 "the drug cut deaths by half"),
         Example("The agency recommends that travellers avoid the area.", "agency", "recommends",
                 "travellers avoid the area"),
         Example("Trump attacked the judge, saying he was biased.", "Trump", "saying", "he was biased"),
         Example("The minister told reporters in a statement that the border would stay closed.",
                 "minister", "told", "the border would stay closed"),
         Example("As the mayor told the council, the budget is already spent.", "mayor", "told",
                 "the budget is already spent"),
         Example("47 percent said they would vote for the senator.", "47 percent", "said",
                 "they would vote for the senator"),
         Example("The union denounced the pension plan on Monday.", "union", "denounced", "the pension plan"),
         Example("The governor touted the new budget at a rally.", "governor", "touted", "the new budget"),
         Example("The senator railed against the trade deal.", "senator", "railed", "the trade deal"),
         Example("The mayor seeks a third term.", "mayor", "seeks", "a third term"),
         Example("Several candidates have called for a recount.", "candidates", "called", "a recount"),
         Example("The governor is hoping to win the state.", "governor", "hoping"),
         Example("Hundreds of farmers denounced the trade deal.", "Hundreds of farmers", "denounced",
                 "the trade deal"),
         Example("The senator landed in trouble by saying that the judge was biased.", "senator", "saying",
                 "the judge was biased"),
         Example("The ministry released a statement saying the talks had failed.", "ministry", "saying",
                 "the talks had failed"),
         Example("Critics called the plan a giveaway to the banks.", "Critics", "called",
                 "a giveaway to the banks"),
         Example("The economy is slowing, she said at the outset.", "she", "said", "The economy is slowing"),
         Example("Older voters were more likely to say that taxes were too high.", "Older voters", "say",
                 "taxes were too high"),
         Example("The senator is calling for the agency to release the files.", "senator", "calling",
                 "the agency to release the files"),
         Example("Rents rose sharply in May: the minister said the rise would not last.", "minister", "said",
                 "the rise would not last"),
         Example("The union accused the mayor of breaking her promise.", "union", "accused",
                 "the mayor of breaking her promise"),
         Example("The governor said so on Monday.", "governor", "said", "so")),
        matches=_reporting_verb),
    Construction(
        "passive", "a reporting verb with a by-agent", passive_attribution,
        (Example("The outage was confirmed by Reuters on Tuesday.", "Reuters", "confirmed", "The outage"),),
        matches=_reporting_verb),
    Construction(
        "inverted_quote_verb", "any verb right after a closing quotation mark, its subject after it",
        inverted_quote_attribution,
        (Example("“The budget is short again,” complained Rosa Delgado.", "Rosa Delgado", "complained",
                 "The budget is short again,"),
         Example("“We will not move,” grumbled the farmers’ leader.", "farmers’ leader", "grumbled",
                 "We will not move,")),
        matches=lambda t: t.pos_ == "VERB", fallback=True),
    Construction(
        "colon_speaker", "a colon after a name at the start of a sentence (headlines, transcripts)",
        colon_speaker_attribution,
        (Example("Loretta Lynch: No outside influence on the inquiry", "Loretta Lynch", ":",
                 "No outside influence on the inquiry"),
         Example("TAPPER: Do you think the senator can win?", "TAPPER", ":",
                 "Do you think the senator can win")),
        matches=lambda t: t.text == ":"),
    Construction(
        "in_the_words_of", "“in the words of X”, “in the view of X” at a sentence's edge",
        in_the_words_of_attribution,
        (Example("In the words of the mayor, the budget is already spent.", "mayor", "In the words of",
                 "the budget is already spent"),
         Example("The plan is doomed, in the view of most economists.", "most economists", "in the view of",
                 "The plan is doomed")),
        matches=lambda t: t.lower_ in ("words", "view", "opinion")),
    Construction(
        "in_finding", "“in a poll / survey / study” (finding_nouns.txt) on a clause that does not report "
        "by itself", in_finding_attribution,
        (Example("In a Fox poll, Cruz had 38 percent support.", "Fox poll", "In", "Cruz had 38 percent support"),
         Example("The senator has led by double digits in every statewide survey.", "statewide survey", "in",
                 "The senator has led by double digits")),
        matches=lambda t: t.lower_ == "in" and t.dep_ == "prep"),
    Construction(
        "according_to", "the words “according to” and a source", according_to_attribution,
        (Example("According to the health ministry, 40 people were treated.", "health ministry",
                 "According to", "40 people were treated"),
         Example("Turnout fell to 52 percent, according to Ipsos.", "Ipsos", "according to",
                 "Turnout fell to 52 percent")),
        matches=lambda t: t.lower_ == "according"),
    Construction(
        "prepositional", "a cue noun (cue_nouns.csv) with its author: from/by X, X's", cue_noun_attribution,
        (Example("A statement from the Foreign Ministry rejected the claims.", "Foreign Ministry",
                 "statement"),
         Example("The mayor's warning that the bridge is unsafe went unheeded.", "mayor", "warning",
                 "the bridge is unsafe")),
        matches=lambda t: t.pos_ == "NOUN" and t.lemma_.lower() in cue_nouns()),
    Construction(
        "quote", "quotation marks paired per paragraph (news conventions), tied to the verb of their "
        "sentence, any verb before a colon lead-in (“X shot back: …”), a neighbouring speaker, a colon lead-in or the subject of the previous sentence",
        "analysis.attribution.quotes.attach_quotes",
        (Example("“We are ready,” she said.", "she", "said", "We are ready,"),
         Example("Senator Olga Marin turned to the chief executive. “Your customers deserve an answer "
                 "today.”", "Olga Marin", "", "Your customers deserve an answer today."),
         Example("The senator was blunt. He demurred: “Whichever one I am in at the moment.”", "He",
                 "demurred", "Whichever one I am in at the moment.")),
    ),
    Construction(
        "credit", "a wire credit: “(TASS)” at a paragraph's end, a dateline, an em-dash credit; an image credit "
        "(“Image: X.”) after a caption; a quotation signed “— X”",
        "analysis.attribution.credits.find_credits",
        (Example("MOSCOW, Sept. 13 (Reuters) - Both sides agreed to extend the grain deal.", "Reuters",
                 "(Reuters) -"),
         Example("Wood ants on a pine stump, from file. Image: Mathias Krumbholz.", "Mathias Krumbholz",
                 "Image:", "Wood ants on a pine stump, from file."),
         Example("“Nadia knows this industry better than anyone.” —Commissioner Samuel Osei", "Samuel Osei",
                 "—", "Nadia knows this industry better than anyone.")),
    ),
    Construction(
        "attitude_adjective", "an adjective of belief or attitude (cue_adjectives.csv) after a linking verb "
        "(or “made clear”), its subject the holder, its clause, infinitive or prepositional object the content",
        adjective_attribution,
        (Example("Many farmers are worried that the drought will last.", "farmers", "worried",
                 "the drought will last"),
         Example("The coach was not sure the striker would play.", "coach", "sure", "the striker would play"),
         Example("The governor has been critical of the pension plan.", "governor", "critical",
                 "the pension plan"),
         Example("The board is convinced that the merger will pay off.", "board", "convinced",
                 "the merger will pay off"),
         Example("The mayor made it clear that she would not resign.", "mayor", "clear",
                 "she would not resign"),
         Example("The union seemed eager to return to the table.", "union", "eager", "to return to the table")),
        matches=lambda t: adjective_word(t) is not None, fallback=True),
    Construction(
        "clause_noun", "a noun of saying or believing (clause_nouns.csv) with its author (X's, his, from/by X) "
        "and a clause of its own: a that-clause, a to-infinitive, or “X's view is that …”",
        clause_noun_attribution,
        (Example("The senator's claim that the count was rigged drew scorn.", "senator", "claim",
                 "the count was rigged"),
         Example("Their fear that prices will rise is growing.", "Their", "fear", "prices will rise"),
         Example("The mayor's promise to fix every pothole was popular.", "mayor", "promise",
                 "to fix every pothole"),
         Example("Dr. Okafor's view is that the merger is sound.", "Dr. Okafor", "view", "the merger is sound"),
         Example("The coach has no doubt that the team will recover.", "coach", "doubt", "the team will recover")),
        matches=lambda t: t.pos_ == "NOUN", fallback=True),
    Construction(
        "perspective", "“To X, …” opening a sentence, X a plausible source, a clause after the comma",
        perspective_attribution,
        (Example("To her supporters, the ruling was a victory.", "her supporters", "To", "the ruling was a victory"),
         Example("To Senator Vance, the vote is a warning.", "Senator Vance", "To", "the vote is a warning")),
        matches=lambda t: t.lower_ == "to" and t.dep_ == "prep"),
)


def token_attributions(token: Token, sent_of, mentions) -> list[Attribution]:
    """Return the attributions the registered token constructions find at ``token``."""
    found: list[Attribution] = []
    for construction in REGISTRY:
        if construction.matches is None or (construction.fallback and found):
            continue
        if construction.matches(token):
            attribution = construction.rule(token, sent_of, mentions)
            if attribution is not None:
                found.append(attribution)
    return found
