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
from analysis.attribution.fronted import fronted_subject_attribution
from analysis.attribution.leadins import colon_lead_in_attribution
from analysis.attribution.quotative import quotative_like_attribution
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
         Example("61 percent said they would back the levy.", "61 percent", "said",
                 "they would back the levy"),
         Example("Some say the new bridge was built too late.", "Some", "say", "the new bridge was built too late"),
         Example("Those surveyed say the school tax should rise.", "Those", "say", "the school tax should rise"),
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
         Example("The governor said so on Monday.", "governor", "said", "so"),
         Example("Asked whether the levy was fair, 46 percent of members said yes.", "46 percent of members",
                 "said", "yes"),
         Example("The board said no.", "board", "said", "no")),
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
        "colon_speaker", "a colon after a speaker label at the start of a sentence (headlines, transcripts); "
        "labels in capitals only with support (a person of that surname, or a transcript), "
        "see analysis/attribution/labels.py",
        colon_speaker_attribution,
        (Example("Marta Quell: No new money for the harbour this year", "Marta Quell", ":",
                 "No new money for the harbour this year"),
         Example("HOLLIS: Do you think the council can pass it?\nKESTREL: Yes, and by a wide margin.", "HOLLIS", ":",
                 "Do you think the council can pass it")),
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
         Example("The map shows the two known sites near the station image: Okoro et al.", "Okoro et al", "image:",
                 "The map shows the two known sites near the station"),
         Example("“Nadia knows this industry better than anyone.” —Commissioner Samuel Osei", "Samuel Osei",
                 "—", "Nadia knows this industry better than anyone.")),
    ),
    Construction(
        "frame_after_quote", "a frame (source and cue, either order) right after a quotation that opens its "
        "clause and ends as one (,” ?” !”): the frame owns the quotation, whatever the parser hung on the "
        "verb after it (a show's title, a participle, a relative clause of the source)",
        "analysis.attribution.quotes.frames_quote",
        (Example("“Being a mayor, that is the whole job,” Dana Ruiz said in June on the radio show “Open Line.”",
                 "Dana Ruiz", "said", "Being a mayor, that is the whole job,"),
         Example("“The count was fair,” Ana Lutz said answering a question at a forum in Dover, Delaware.",
                 "Ana Lutz", "said", "The count was fair,"),
         Example("“Our members will decide,” said Peter Vogel, chairman of the board at Lakeside Clinic, who "
                 "co-founded the clinic with his sister.", "Peter Vogel", "said", "Our members will decide,")),
    ),
    Construction(
        "split_quote", "a reporting frame between two fragments of one quotation (“A,” he said, “B.”): "
        "the content covers both fragments", "analysis.attribution.quotes.join_split_quotes",
        (Example("“Our plan,” she said, “is that perhaps the board will relent.”", "she", "said",
                 "Our plan,” she said, “is that perhaps the board will relent."),
         Example("“Are we ready? Probably not,” Ms. Alder said, “but we will be by spring.”", "Ms. Alder",
                 "said", "Are we ready? Probably not,” Ms. Alder said, “but we will be by spring.")),
    ),
    Construction(
        "mixed_quote", "a quotation inside the clause a reporting verb reports (“said he won ‘every "
        "vote’ and …”): the verb keeps its whole clause as content", "analysis.attribution.quotes.attach_quotes",
        (Example("Helen Marsh said she won “every single vote” in the hall and perhaps more would follow.",
                 "Helen Marsh", "said", "she won “every single vote” in the hall and perhaps more would follow"),
         Example("He said he left the story out because “nobody can show it yet, and perhaps nobody will.”", "He",
                 "said", "he left the story out because “nobody can show it yet, and perhaps nobody will."),
         Example("At a briefing the chief also said that the cause was still unknown, and there was “no sign” so "
                 "far of arson.", "chief", "said", "the cause was still unknown, and there was “no sign"),
         Example("She added that the turnout looks thin, which worries her because, “At the close of the day, "
                 "people vote for a face.”", "She", "added", "the turnout looks thin, which worries her because, “At "
                 "the close of the day, people vote for a face.")),
    ),
    Construction(
        "transcript_label", "a speaker label opening a paragraph (“KESTREL: …”, “Ann Lee: …”), inside "
        "quotation marks too; not a heading (not_speaker_labels.txt), a place, or a heading in capitals with no "
        "support in the article (analysis/attribution/labels.py)", "analysis.attribution.transcripts.transcript_turns",
        (Example("The host pressed Tom Harlan.\n\n“HARLAN: Honestly, the council apparently treats this as a contest.",
                 "HARLAN", ":", "HARLAN: Honestly, the council apparently treats this as a contest."),
         Example("The debate went on.\n\nMORROW: I think the council may see the difference now.\n\n"
                 "KESTREL: It may, but not before the vote.", "MORROW", ":", "I think the council may see the difference now"),
         Example("Okafor: The Toll Story Is Not Over Yet.\n\nCouncillor Ruth Okafor spoke in Leeds on Sunday.",
                 "Okafor", ":", "The Toll Story Is Not Over Yet"),
         Example("Poll: Mayor Ties Rival in a Three-Way Race.\n\nThe survey ran for a week.", "Poll", ":",
                 "Mayor Ties Rival in a Three-Way Race")),
    ),
    Construction(
        "signed_quote", "a quotation paragraph signed with a dash or a horizontal bar (U+2015), the "
        "signature possibly ending in a period", "analysis.attribution.credits.find_credits",
        (Example("“Perhaps the council should try listening for once.” ― Steve Quill.", "Steve Quill", "―",
                 "Perhaps the council should try listening for once."),
         Example("”I never thought a plan this thin could pass.”\u00a0― Jane Doe", "Jane Doe", "―",
                 "I never thought a plan this thin could pass.")),
    ),
    Construction(
        "continued_quote", "a quotation opening a paragraph with no speaker of its own, after a paragraph "
        "that ends with a quotation and its frame (“…,” he said.): the same speaker goes on, in a row of its "
        "own with no cue (never one span over the frame and the break); not when the new paragraph names "
        "a person after the quotation",
        "analysis.attribution.quotes.attach_quotes",
        (Example("Rosa Diaz runs the caucus.\n\n“No one is marching for the plan yet,” she said.\n\n"
                 "“Today the mood is against the plan. I still expect it to pass.”", "she", "",
                 "Today the mood is against the plan. I still expect it to pass."),),
    ),
    Construction(
        "fronted_subject", "a reporting verb with a clause and no subject, right after a person's name that the "
        "parser read as the end of a fronted phrase (no comma: “In a meeting with the board of the Herald Smith said "
        "that …”)", fronted_subject_attribution,
        (Example("During a long interview with the staff of the Denver Ledger Mayor Alice Brandt said that "
                 "support for the treaty may need to be cut.", "Alice Brandt", "said",
                 "support for the treaty may need to be cut"),),
        matches=_reporting_verb, fallback=True),
    Construction(
        "frame_scope", "a reporting frame inside or at the end of a sentence without quotation marks reports the "
        "whole sentence: “Though A, he said, B.” (the frame between), “A, but B, another source said.” (the "
        "frame last, whatever clause the parser hung it on); applied inside the verb rule",
        "analysis.attribution.constructions.final_frame_content",
        (Example("Though that change was smooth, he said, replacing the chairman could lead to a fight.", "he",
                 "said", "Though that change was smooth, he said, replacing the chairman could lead to a fight"),
         Example("The van was supposed to wait, but the guards drove her away before the police could follow, "
                 "another source said.", "source", "said",
                 "The van was supposed to wait, but the guards drove her away before the police could follow"),
         Example("The plan will probably pass, but it may take weeks, officials said.", "officials", "said",
                 "The plan will probably pass, but it may take weeks")),
    ),
    Construction(
        "colon_name_quote", "a quotation introduced by a named person or body and a colon, after a dash, a "
        "paragraph start or “from” (“More from Ruth Okafor: “…””); not a verb's audience (“told CNN: …”)",
        "analysis.attribution.quotes.colon_name_speaker",
        (Example("More from Ruth Okafor: “The ferry timetable is only a first draft, and it is likely to "
                 "change.”", "Ruth Okafor", ":",
                 "The ferry timetable is only a first draft, and it is likely to change."),
         Example("Why the count went wrong - Barack Obama: “The machines were old, and perhaps nobody checked "
                 "them.”", "Barack Obama", ":", "The machines were old, and perhaps nobody checked them.")),
    ),
    Construction(
        "quote_mark_typos", "quotation marks typed oddly: an opening curly mark where the quotation closes "
        "(“It is odd,“ he said), three apostrophes for a double mark and a single one inside it",
        "analysis.attribution.quotes.find_quotes",
        (Example("“It is unusual and perhaps unwise,“ said Larry Nobel, a lawyer.", "Larry Nobel", "said",
                 "It is unusual and perhaps unwise,"),
         Example("''I would call it 'hands-on,''' said Mr. Slayer.", "Mr. Slayer", "said",
                 "I would call it 'hands-on,'")),
    ),
    Construction(
        "colon_lead_in", "a verb of saying and a colon closing a paragraph (“Limbaugh added:”): the next "
        "paragraph, set off without quotation marks, is the content", colon_lead_in_attribution,
        (Example("The host went on.\n\nHarlan added:\n\nAnd from a supposed leader, this reeks of fear.\n\n"
                 "The show ended.", "Harlan", "added", "And from a supposed leader, this reeks of fear"),),
        matches=_reporting_verb, fallback=True),
    Construction(
        "frame_after_quoted_question", "a frame the parser split off as its own sentence after a quotation "
        "ending in ? or ! (“… votes?” Trump said, looking out): the frame's verb owns the quotation",
        "analysis.attribution.phrases.has_quote_near",
        (Example("“Who would have believed that we would win almost a million votes?” Rosa Diaz said, looking out "
                 "on the crowd.", "Rosa Diaz", "said",
                 "Who would have believed that we would win almost a million votes?"),),
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
        "perspective", "“To X, …” opening a sentence, X a plausible source, a judging clause after the comma "
        "(be, seem, mean …; not a destination: “To Europe, the company shipped cars”)",
        perspective_attribution,
        (Example("To her supporters, the ruling was a victory.", "her supporters", "To", "the ruling was a victory"),
         Example("To Senator Vance, the vote is a warning.", "Senator Vance", "To", "the vote is a warning")),
        matches=lambda t: t.lower_ == "to" and t.dep_ == "prep"),
    Construction(
        "quotative_like", "conversational “be like” and a comma: “I was like, …” reports what a person subject "
        "said or thought in a clause, question or quotation; not a comparison (“It was like a dream”), a thing "
        "(“The house was like, empty”) or a bare phrase (“He is like, six feet tall”)", quotative_like_attribution,
        (Example("I was like, why not record the whole thing again.", "I", "like",
                 "why not record the whole thing again"),
         Example("And my sister is like, \u2018Are you serious?\u2019", "my sister", "like", "Are you serious")),
        matches=lambda t: t.lower_ == "like"),
    Construction(
        "other_senses", "applied inside the verb rule: no row for a past participle naming a noun (“a project "
        "called Lexis”), an extraposed frame with an empty “it” (“It is important to note that …”) or a verb of "
        "finding with a reflexive object (“found themselves stranded”), “mean” of a thing (“it means that …”, “…, "
        "meaning that …”); the reporting senses keep their rows "
        "(tests/test_attribution_other_senses.py holds the sentences that give no row)",
        "analysis.attribution.other_senses.other_sense",
        (Example("The minister called the new tax a mistake.", "minister", "called"),
         Example("The coach said it is important to rest.", "coach", "said", "it is important to rest"),
         Example("Engineers found that the bridge was unsafe.", "Engineers", "found", "the bridge was unsafe"),
         Example("She meant that the deal was off.", "She", "meant", "the deal was off")),
    ),
    Construction(
        "signed_block", "a block signed with a dash and a name after a finished sentence, with or without quotation "
        "marks (“… laughs about it. — Mary Okafor”), or a signature paragraph of its own after the block (“— CLEMENT "
        "II, King of the Isles.”); not an apposition after an unfinished sentence (“went to one person — Ann Lee.”)",
        "analysis.attribution.signatures.signed_block",
        (Example("The council met.\nThe plan is a disgrace, and the press laughs about it. — Mary Okafor\nThe vote "
                 "failed.", "Mary Okafor", "—", "The plan is a disgrace, and the press laughs about it."),
         Example("All citizens of the isles shall obey this decree.\n— CLEMENT II, King of the Isles.\nThe paper "
                 "printed it.", "CLEMENT II", "—", "All citizens of the isles shall obey this decree.")),
    ),
    Construction(
        "memory_gerund", "a verb of memory (remember, recollect) with a gerund: the remembered event is the content "
        "(“I remember signing my first contract”); applied inside the verb rule",
        "analysis.attribution.constructions.reports_content",
        (Example("I remember signing my first contract when I was nineteen.", "I", "remember",
                 "signing my first contract when I was nineteen"),),
    ),
    Construction(
        "pronoun_quantifier_source", "a quantifier or indefinite pronoun the parser tags PRON (all, most, everyone, "
        "someone) heads the source of a verb that reports a clause or a quotation; applied inside the verb rule",
        "analysis.attribution.phrases.is_plausible_source",
        (Example("All of my neighbours would say, \u201cYou should sell the house.\u201d", "All of my neighbours", "say",
                 "You should sell the house."),
         Example("Everyone told me that the river would flood.", "Everyone", "told", "the river would flood")),
    ),
    Construction(
        "nearest_frame_quote", "a quotation in a sentence with two verb frames goes to the frame next to it, not to "
        "the first one (“The mayor had called twice, and the treasurer told her: “…””)",
        "analysis.attribution.quotes.attach_quotes",
        (Example("The mayor had called twice, and the treasurer told her: \u201cWe are broke.\u201d", "treasurer", "told",
                 "We are broke."),),
    ),
    Construction(
        "according_to_standard", "“according to” a standard (not_sources.txt: plan, system, theory, model …) is "
        "no attribution, unless the standard has an owner (“according to her theory”); applied in the according_to rule",
        according_to_attribution,
        (Example("According to her theory, the comet returns every seventy years.", "her theory", "According to",
                 "the comet returns every seventy years"),),
    ),
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
