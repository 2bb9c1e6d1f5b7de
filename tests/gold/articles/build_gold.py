"""Build the entity and attribution gold files from the hand-written tables below.

Run:  python3 tests/gold/articles/build_gold.py
Writes tests/gold/entities.jsonl, tests/gold/attributions.jsonl and
tests/gold/articles/metadata.csv.  Offsets are never typed by hand: every span is
found by searching for its text (inside a unique context string when the text is
not unique).  Same approach as hedge_articles/build_hedges.py.  Stdlib only.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
REPO = GOLD.parent.parent
SEED_ID = "000_cb6ded0eeada37bf"
DOCS = [SEED_ID] + [f"gold_a{i:02d}" for i in range(1, 13)]


def seed_path() -> Path:
    p = REPO / "seeds" / f"{SEED_ID}.txt"
    return p if p.exists() else Path("/work/shared/seeds") / f"{SEED_ID}.txt"


def read_doc(doc_id: str) -> str:
    p = seed_path() if doc_id == SEED_ID else HERE / f"{doc_id}.txt"
    return open(p, encoding="utf-8").read()


def word_hits(text: str, sub: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Starts of ``sub`` in text[lo:hi] not inside a longer word (case-sensitive)."""
    hi = len(text) if hi is None else hi
    pat = r"(?<!\w)" + re.escape(sub) + r"(?!\w)"
    return [lo + m.start() for m in re.finditer(pat, text[lo:hi])]


def unique(doc: str, sub: str, what: str) -> int:
    n = doc.count(sub)
    if n != 1:
        raise ValueError(f"{what} {sub!r} occurs {n} times")
    return doc.find(sub)


def in_ctx(doc: str, sub: str, ctx: str) -> tuple[int, int]:
    """Span of the first whole-word ``sub`` inside the unique context ``ctx``."""
    c = unique(doc, ctx, "context")
    hits = word_hits(doc, sub, c, c + len(ctx))
    if not hits:
        raise ValueError(f"{sub!r} not inside context {ctx!r}")
    return hits[0], hits[0] + len(sub)


# --------------------------------------------------------------------------- metadata
METADATA = [
    # doc_id, title, outlet, published, url
    ("gold_a01", "Russia, North Korea agree to expand rail freight link", "Northbridge Wire Digest",
     "2023-09-13", "https://northbridgewire.example/world/2023/09/13/russia-north-korea-rail"),
    ("gold_a02", "Khabarovsk to host Russian-Korean aviation forum, governor says", "Far East Bulletin",
     "2023-09-14", "https://fareastbulletin.example/region/aviation-forum-khabarovsk"),
    ("gold_a03", "White House calls arms cooperation a “dangerous escalation”", "Harbor City Times",
     "2023-09-18", "https://harborcitytimes.example/politics/white-house-arms-cooperation"),
    ("gold_a04", "Aircraft, rent and shells: Seoul reads Kim's Far East trip", "Han River Review",
     "2023-09-22", "https://hanriverreview.example/analysis/kim-far-east-trip"),
    ("gold_a05", 'Spain tightens checks on Russian tankers; embassy calls move "politically motivated"', "Iberian Ledger",
     "2023-10-03", "https://iberianledger.example/economy/spain-tanker-inspections?ref=home&id=88"),
    ("gold_a06", "Don floods reach Rostov-on-Don outskirts, 400 homes evacuated", "Volga Evening Post",
     "2023-10-02", "https://volgaeveningpost.example/news/rostov-floods"),
    ("gold_a07", "Oil jumps after new U.S. sanctions on Russian crude", "Capital Wire Roundup",
     "2023-10-12", "https://capitalwireroundup.example/markets/oil-sanctions-russian-crude"),
    ("gold_a08", "Think tank: Russia's arms industry now leans on North Korean shells", "The Policy Desk",
     "2024-01-15", "https://policydesk.example/defence/north-korean-munitions-report"),
    ("gold_a09", "Yekaterinburg court jails ex-rail manager for six years", "Civic Daily",
     "2023-11-08", "https://civicdaily.example/courts/zhuravlyov-sentenced"),
    ("gold_a10", "Russia to launch North Korean weather satellite, Interfax says", "Orbital Times",
     "2023-11-20", "https://orbitaltimes.example/launches/vostochny-dprk-satellite"),
    ("gold_a11", "Kim Ye-rin wins in Kazan as both Koreas return to Russian ice", "Touchline Asia",
     "2023-12-02", "https://touchlineasia.example/skating/kazan-winter-cup"),
    ("gold_a12", "WHO says it has no data on North Korean measles outbreak", "Northfield Courier",
     "2024-02-06", "https://northfieldcourier.example/health/who-north-korea-measles"),
]

# --------------------------------------------------------------------------- entities
# (text, label, entity=text, ctx=None).  Without ctx every whole-word occurrence of
# text is annotated, except occurrences inside a longer span already annotated
# (specs are applied longest-first).  With ctx only the occurrence inside ctx.
ENT: dict[str, list[tuple]] = {
    SEED_ID: [
        ("Kim Jong-un", "PERSON"), ("North Korean", "NORP"), ("Workers’ Party of Korea", "ORG"),
        ("Komsomolsk-on-Amur", "GPE"), ("Yuri A. Gagarin", "PERSON"), ("TASS", "ORG"),
        ("Mikhail Degtyarev", "PERSON"), ("Khabarovsk Region", "GPE"), ("Alexander Zhornik", "PERSON"),
        ("Gagarin plant", "FAC"), ("PJSC Sukhoi Company", "ORG"), ("Russia", "GPE"),
        ("Su-35", "PRODUCT"), ("Su-57", "PRODUCT"), ("Vladimir Putin", "PERSON"),
        ("Vostochny Cosmodrome", "FAC"), ("Kremlin", "ORG"), ("Moscow", "GPE"),
        ("Pyongyang", "GPE"), ("North Korea", "GPE"),
    ],
    "gold_a01": [
        ("MOSCOW", "GPE", "Moscow"), ("Reuters", "ORG"), ("Russia", "GPE"), ("North Korea", "GPE"),
        ("Khabarovsk", "GPE"), ("Rason", "GPE"), ("Russian", "NORP"), ("Oleg Vasilyev", "PERSON"),
        ("Komsomolsk-on-Amur", "GPE"), ("Vasilyev", "PERSON", "Oleg Vasilyev"), ("Kremlin", "ORG"),
        ("Vladimir Putin", "PERSON"), ("North Korean", "NORP"), ("Foreign Ministry", "ORG"),
        ("Pak Myong-chol", "PERSON"), ("U.S.", "GPE", "United States"), ("United States", "GPE"),
        ("Pyongyang", "GPE"), ("United Nations", "ORG"), ("White House", "ORG"),
        ("Irina Kolesnikova", "PERSON"), ("Moscow", "GPE"), ("Centre for Eurasian Studies", "ORG"),
        ("Chinese", "NORP"),
    ],
    "gold_a02": [
        ("Khabarovsk Region", "GPE"), ("Mikhail Degtyarev", "PERSON"), ("Russian", "NORP"),
        ("Korean", "NORP"), ("Komsomolsk-on-Amur", "GPE"), ("Pyongyang", "GPE"), ("TASS", "ORG"),
        ("Rossiya-24", "ORG"), ("Degtyarev", "PERSON", "Mikhail Degtyarev"), ("Foreign Ministry", "ORG"),
        ("Yelena Sokolova", "PERSON"), ("Ministry of Industry and Trade", "ORG"),
        ("Korean Central News Agency", "ORG"), ("North Korean", "NORP"), ("Ri Chol-man", "PERSON"),
        ("State Planning Commission", "ORG"), ("Vladivostok", "GPE"),
    ],
    "gold_a03": [
        ("WASHINGTON", "GPE", "Washington"), ("White House", "ORG"), ("Russia", "GPE"),
        ("North Korea", "GPE"), ("AP", "ORG", "Associated Press"), ("America", "GPE", "United States"),
        ("Karen Whitfield", "PERSON"), ("Seoul", "GPE"), ("South Korea", "GPE"), ("Foreign Ministry", "ORG"),
        ("Pyongyang", "GPE"), ("Moscow", "GPE"), ("Russian", "NORP"), ("Viktor Sedykh", "PERSON"),
        ("Interfax", "ORG"), ("Washington", "GPE"), ("Cha Eun-ji", "PERSON"),
        ("Korea Peninsula Policy Forum", "ORG"),
    ],
    "gold_a04": [
        ("Park Ji-hoon", "PERSON"), ("North Korean", "NORP"), ("Komsomolsk-on-Amur", "GPE"),
        ("Kim Jong-un", "PERSON"), ("Russia", "GPE"), ("Pyongyang", "GPE"), ("Gagarin plant", "FAC"),
        ("TASS", "ORG"), ("Su-57", "PRODUCT"), ("Seoul", "GPE"), ("Unification Ministry", "ORG"),
        ("Park", "PERSON", "Park Ji-hoon"), ("Russians", "NORP"), ("Choi Seo-yeon", "PERSON"),
        ("Moscow", "GPE"), ("South Korea", "GPE"), ("National Intelligence Service", "ORG"),
        ("North Korea", "GPE"), ("Lee Min-jun", "PERSON"), ("Hanbit University", "ORG"), ("Ukraine", "GPE"),
    ],
    "gold_a05": [
        ("MADRID", "GPE", "Madrid"), ("Spain", "GPE"), ("Transport Ministry", "ORG"), ("Russian", "NORP"),
        ("Algeciras", "GPE"), ("Ceuta", "GPE"), ("Maria Lopez", "PERSON"), ("European Commission", "ORG"),
        ("Russian Embassy", "ORG"), ("Madrid", "GPE"), ("Moscow", "GPE"), ("North Africa", "LOC"),
        ("Lloyd's List", "ORG"), ("Tangier", "GPE"), ("Urals", "PRODUCT"), ("Novorossiysk", "GPE"),
    ],
    "gold_a06": [
        ("ROSTOV-ON-DON", "GPE", "Rostov-on-Don"), ("Don River", "LOC"), ("Rostov-on-Don", "GPE"),
        ("Emergencies Ministry", "ORG"), ("Krasnodar", "GPE"), ("Volgograd", "GPE"),
        ("Tsimlyansk dam", "FAC"), ("Aksai", "GPE"), ("Svetlana Ivanova", "PERSON"), ("Kremlin", "ORG"),
        ("Vladimir Putin", "PERSON"),
    ],
    "gold_a07": [
        ("United States", "GPE"), ("Russian", "NORP"), ("Reuters", "ORG"), ("Brent", "PRODUCT"),
        ("U.S.", "GPE", "United States"), ("West Texas Intermediate", "PRODUCT"), ("India", "GPE"),
        ("Anjali Mehta", "PERSON"), ("Kestrel Energy", "ORG"), ("Singapore", "GPE"),
        ("Treasury Department", "ORG"), ("Dubai", "GPE"), ("Treasury", "ORG", "Treasury Department"),
        ("Russia", "GPE"), ("Energy Ministry", "ORG"), ("America", "GPE", "United States"),
        ("Europe", "LOC"), ("State Department", "ORG"), ("Saudi Arabia", "GPE"), ("OPEC+", "ORG"),
        ("Riyadh", "GPE"),
    ],
    "gold_a08": [
        ("Stockholm", "GPE"), ("Nordic Institute for Security Studies", "ORG"), ("Russia", "GPE"),
        ("North Korean", "NORP"), ("Rajin", "GPE"), ("Kremlin", "ORG"), ("Kim Jong-un", "PERSON"),
        ("America", "GPE", "United States"), ("Johan Lindqvist", "PERSON"), ("Khasan", "GPE"),
        ("Central Asia", "LOC"), ("Pentagon", "ORG"), ("Defense Department", "ORG"), ("Washington", "GPE"),
        ("Beijing", "GPE"), ("Chinese Embassy", "ORG"), ("Olga Morozova", "PERSON"), ("Russian", "NORP"),
        ("Tbilisi", "GPE"), ("Caucasus Economic Review", "ORG"),
    ],
    "gold_a09": [
        ("Yekaterinburg", "GPE"), ("Alexei Zhuravlyov", "PERSON"), ("Uralsk Rail Works", "ORG"),
        ("Zhuravlyov", "PERSON", "Alexei Zhuravlyov"), ("Kazakhstan", "GPE"),
        ("Natalya Kuznetsova", "PERSON"), ("Kuznetsova", "PERSON", "Natalya Kuznetsova"),
        ("Federal Security Service", "ORG"), ("FSB", "ORG", "Federal Security Service"),
        ("Western", "NORP"), ("Open Docket", "ORG"),
    ],
    "gold_a10": [
        ("Interfax", "ORG"), ("Russia", "GPE"), ("North Korean", "NORP"), ("Vostochny Cosmodrome", "FAC"),
        ("Roscosmos", "ORG"), ("Korean Central News Agency", "ORG"),
        ("National Aerospace Technology Administration", "ORG"), ("Western", "NORP"),
        ("U.N.", "ORG", "United Nations"), ("Pyongyang", "GPE"), ("Hannah Berger", "PERSON"),
        ("Danube Space Policy Institute", "ORG"), ("Vienna", "GPE"), ("Tokyo", "GPE"), ("Seoul", "GPE"),
        ("Kremlin", "ORG"), ("Arkady Sorokin", "PERSON"), ("Moscow", "GPE"), ("DPRK", "GPE", "North Korea"),
    ],
    "gold_a11": [
        ("South Korean", "NORP"), ("Kim Ye-rin", "PERSON"), ("Kazan Winter Cup", "EVENT"), ("Russia", "GPE"),
        ("Koreas", "GPE", "Korea"), ("Kim", "PERSON", "Kim Ye-rin"), ("Lee Sung-ho", "PERSON"),
        ("Seoul", "GPE"), ("North Korea", "GPE"), ("Ri Un-hyang", "PERSON"), ("Ri", "PERSON", "Ri Un-hyang"),
        ("North Korean", "NORP"), ("Kazan", "GPE"), ("International Skating Union", "ORG"),
        ("Denis Arkhipov", "PERSON"), ("Russian", "NORP"),
    ],
    "gold_a12": [
        ("GENEVA", "GPE", "Geneva"), ("World Health Organization", "ORG"), ("North Korea", "GPE"),
        ("Chinese", "NORP"), ("Tomas Berglund", "PERSON"), ("WHO", "ORG", "World Health Organization"),
        ("South Korean", "NORP"), ("China", "GPE"), ("Hyesan", "GPE"), ("Foreign Ministry", "ORG"),
        ("Wang Lei", "PERSON"), ("Beijing", "GPE"), ("Pyongyang", "GPE"), ("Ryanggang Province", "GPE"),
        ("United Nations", "ORG"),
    ],
}

# --------------------------------------------------------------------------- attributions
V, P, ACC, PREP, Q = "verb", "passive", "according_to", "prepositional", "quote"
PER, ORG_, GOV, ANON, DOC, MED, UNATT = ("person", "organisation", "government", "anonymous",
                                         "document", "media", "unattributed")


def R(kind, stype, source, src, cue, content, ctx, src_ctx=None, cue_ctx=None):
    """One attribution.  src / cue: text as written, found (first whole word) inside
    src_ctx / cue_ctx (default ctx); content: exact text, unique in the document."""
    return dict(kind=kind, stype=stype, source=source, src=src, cue=cue, content=content,
                ctx=ctx, src_ctx=src_ctx or ctx, cue_ctx=cue_ctx or ctx)


ATT: dict[str, list[dict]] = {
    SEED_ID: [
        R(P, MED, "TASS", "TASS", "reported", "This visit", "This visit was reported by TASS"),
        R(V, ANON, "official spokespeople", "official spokespeople", "indicated",
          "rumors of a further Kremlin encounter between the two leaders were not confirmed",
          "official spokespeople indicated"),
        R(V, ANON, "observers", "Observers", "note",
          "Moscow sees potential in expanding military-technical cooperation with Pyongyang, a relationship that "
          "could influence regional defense planning and regional arms development scenarios", "Observers note"),
        R(V, ANON, "analysts", "Analysts", "emphasize",
          "discussions likely covered future procurement, joint exercises, and technology sharing within the "
          "bounds of international law and national policies", "Analysts emphasize"),
        R(V, GOV, "Kremlin", "Kremlin", "clarified", "certain aspects of the talks", "the Kremlin clarified"),
        R(V, ANON, "officials", "officials", "underscored",
          "the importance of stable, predictable dialogue and the role of ongoing exchanges in maintaining "
          "regional balance and security", "The officials underscored"),
        R(V, DOC, "public briefings", "public briefings", "hinted",
          "a shared interest in expanding scientific and industrial ties", "public briefings also hinted"),
    ],
    "gold_a01": [
        R(V, PER, "Oleg Vasilyev", "Oleg Vasilyev", "said",
          "Russia and North Korea agreed on Wednesday to expand freight rail links between Khabarovsk and the "
          "port of Rason", "Oleg Vasilyev said"),
        R(Q, PER, "Oleg Vasilyev", "Vasilyev", "told",
          "The corridor will carry grain one way and fertiliser the other,", "Vasilyev told"),
        R(Q, PER, "Oleg Vasilyev", "Vasilyev", None,
          "We expect the first trains before winter. Nothing has been signed on military cargo.", "Vasilyev told"),
        R(V, GOV, "Kremlin", "Kremlin", "did not say",
          "whether President Vladimir Putin would meet the North Korean delegation again this week",
          "The Kremlin did not say"),
        R(ACC, GOV, "Foreign Ministry", "Foreign Ministry", "According to",
          "the delegation, led by Vice Minister Pak Myong-chol, will stay in Russia until Friday",
          "According to the Foreign Ministry"),
        R(V, ANON, "sources familiar with the talks", "Sources familiar with the talks", "said",
          "the two sides also discussed settling payments in roubles to bypass the U.S. dollar",
          "Sources familiar with the talks said"),
        R(V, GOV, "United States", "United States", "warned",
          "any arms trade with Pyongyang would breach United Nations sanctions",
          "The United States has repeatedly warned"),
        R(V, GOV, "White House", "White House", "said", "it was watching the talks closely",
          "the White House said"),
        R(V, ANON, "analysts", "Analysts", "warned", "the rail deal could be hard to monitor", "Analysts warned"),
        R(Q, PER, "Irina Kolesnikova", "Irina Kolesnikova", "said",
          "It's a logistics story with a security shadow,", "said Irina Kolesnikova"),
        R(V, PER, "Irina Kolesnikova", "She", "added",
          "Chinese carriers were likely to lose some transit business", "She added"),
    ],
    "gold_a02": [
        R(V, PER, "Mikhail Degtyarev", "Mikhail Degtyarev", "said",
          "the region would host a Russian-Korean aviation forum next spring", "Mikhail Degtyarev, said"),
        R(V, PER, "Mikhail Degtyarev", "He", "said",
          "the event would bring together engineers from Komsomolsk-on-Amur and Pyongyang", "He said the event"),
        R(Q, PER, "Mikhail Degtyarev", "Degtyarev", "said",
          "This is a practical step, not a ceremony. Our engineers want contracts, not photographs.",
          "Degtyarev said:"),
        R(V, ANON, "regional officials", "Regional officials", "said", "around 300 participants were expected",
          "Regional officials said"),
        R(V, PER, "Yelena Sokolova", "Yelena Sokolova", "told",
          'the forum would be "open to partners who respect international law"', "Yelena Sokolova told"),
        R(V, PER, "Yelena Sokolova", "She", "denied", "any military contracts were on the agenda", "She denied"),
        R(V, GOV, "Ministry of Industry and Trade", "Ministry of Industry and Trade", "said",
          "the Komsomolsk-on-Amur aircraft plant had hired 1,200 young specialists this year, many of them "
          "graduates of the local technical university",
          "A statement from the Ministry of Industry and Trade said"),
        R(V, MED, "Korean Central News Agency", "Korean Central News Agency", "reported",
          "the North Korean delegation would be led by Ri Chol-man, a vice-chairman of the State Planning "
          "Commission, who visited Vladivostok in the spring", "The Korean Central News Agency reported"),
    ],
    "gold_a03": [
        R(V, GOV, "White House", "White House", "said",
          "arms cooperation between Russia and North Korea amounted to a “dangerous escalation”",
          "The White House said"),
        R(V, ANON, "officials", "officials", "said", "new sanctions were being prepared", "officials said new"),
        R(Q, PER, "Karen Whitfield", "Karen Whitfield", "said",
          "We are not going to let this slide. America has options, and we will use them,",
          "said Karen Whitfield"),
        R(V, PER, "Karen Whitfield", "She", "did not say", "when the measures would be announced",
          "She did not say"),
        R(V, GOV, "Foreign Ministry", "Foreign Ministry", "said", "it “shares the concerns” of its ally",
          "Foreign Ministry said"),
        R(V, DOC, "statement", "statement", "urged", "Pyongyang to return to talks without preconditions",
          "The statement urged"),
        R(V, GOV, "Moscow", "Moscow", "denied", "any weapons had changed hands", "Moscow denied"),
        R(V, PER, "Viktor Sedykh", "Viktor Sedykh", "told",
          "Washington was “inventing pretexts” to justify new sanctions against Russian companies",
          "Viktor Sedykh told"),
        R(Q, PER, "Cha Eun-ji", "Cha Eun-ji", "said",
          "Sanctions alone have never changed Pyongyang’s behaviour,", "said Cha Eun-ji"),
    ],
    "gold_a04": [
        R(Q, PER, "Park Ji-hoon", "he", "said",
          "Kim Jong-un’s trip was about aircraft, but it was also about rent,", "” he said"),
        R(Q, PER, "Park Ji-hoon", "he", None,
          "Russia pays in fuel and food; Pyongyang pays in shells.", "” he said"),
        R(P, MED, "TASS", "TASS", "reported", "The visit to the Gagarin plant", "was reported by TASS"),
        R(V, GOV, "Unification Ministry", "Unification Ministry", "said", "it was analysing the images",
          "Unification Ministry said"),
        R(Q, PER, "Choi Seo-yeon", "Choi Seo-yeon", None,
          "I think the aerospace talk is mostly theatre. The Russians are not handing over engine technology.",
          "belong to Choi Seo-yeon"),
        R(ACC, GOV, "National Intelligence Service", "National Intelligence Service", "According to",
          "North Korea has shipped several million artillery shells to Russia since last year",
          "According to South Korea’s National Intelligence Service"),
        R(PREP, PER, "Lee Min-jun", "Lee Min-jun", "In the view of",
          "the partnership will outlast the war in Ukraine, because both governments now depend on it",
          "In the view of Lee Min-jun"),
    ],
    "gold_a05": [
        R(V, ANON, "officials", "officials", "said",
          "Spain's Transport Ministry has tightened inspections of Russian-flagged tankers calling at the ports "
          "of Algeciras and Ceuta", "officials said"),
        R(V, PER, "Maria Lopez", "Maria Lopez", "said",
          "Vessels carrying oil bought above the price cap will be turned away", "said Maria Lopez"),
        R(Q, PER, "Maria Lopez", "she", "said", "We are applying the rules as written. No more and no less,",
          '" she said'),
        R(V, ORG_, "European Commission", "commission", "said",
          "the measure closed a gap that shadow fleets had exploited for months", "the commission said"),
        R(V, ORG_, "European Commission", "It", "added", "other member states were considering similar steps",
          "It added"),
        R(V, GOV, "Russian Embassy", "Russian Embassy in Madrid", "denied", "the tankers had broken any law",
          "The Russian Embassy in Madrid denied"),
        R(ACC, GOV, "Russian Embassy", "embassy", "According to", 'the inspections are "politically motivated"',
          "According to the embassy"),
        R(V, ANON, "embassy spokesman", "embassy spokesman", "added", "Moscow reserved the right to respond",
          "An embassy spokesman added"),
        R(V, ANON, "shipping analysts", "Shipping analysts", "warned",
          "the ships might simply move to ports in North Africa", "Shipping analysts warned"),
        R(V, MED, "Lloyd's List", "Lloyd's List", "reported",
          "two tankers had already changed course toward Tangier on Wednesday, one of them carrying Urals crude "
          "loaded at Novorossiysk", "Lloyd's List reported"),
    ],
    "gold_a06": [
        R(V, ANON, "spokesman", "regional governor's spokesman", "said", "about 400 homes had been evacuated",
          "regional governor's spokesman said"),
        R(Q, ANON, "spokesman", "spokesman", "added",
          "The water is still rising in the low districts. We are asking people to stay with relatives,",
          "the spokesman added"),
        R(V, ANON, "spokesman", "He", "said",
          "rescuers from the Emergencies Ministry were working through the night", "He said rescuers"),
        R(V, GOV, "Emergencies Ministry", "Emergencies Ministry", "said",
          "12 pumping stations had been sent from Krasnodar and Volgograd",
          "A statement from the Emergencies Ministry said"),
        R(V, GOV, "Emergencies Ministry", "ministry", "did not say",
          "how long repairs to the Tsimlyansk dam would take", "The ministry did not say"),
        R(P, UNATT, None, None, "reported", "a bridge near Aksai had been closed", "It was also reported"),
        R(V, PER, "Svetlana Ivanova", "Svetlana Ivanova", "said", "her street had flooded twice in a decade",
          "Svetlana Ivanova, 67, said"),
        R(Q, PER, "Svetlana Ivanova", "she", "said",
          "Nobody from the city came until the water was at the door,", '" she said'),
        R(V, DOC, "report", "report published on Sunday", "warned", "the river could peak by Thursday",
          "A report published on Sunday warned"),
        R(V, GOV, "Kremlin", "Kremlin", "said",
          "President Vladimir Putin had been briefed on the situation", "The Kremlin said"),
        R(V, ANON, "local officials", "Local officials", "said",
          "schools in three districts would stay closed until Friday", "Local officials said"),
    ],
    "gold_a07": [
        R(V, ANON, "traders", "traders", "said",
          "Oil prices posted their biggest one-day gain in a month on Thursday after the United States announced "
          "fresh sanctions on Russian crude exports", "traders said"),
        R(Q, PER, "Anjali Mehta", "Anjali Mehta", "said",
          "The market is pricing in fewer Russian barrels reaching India,", "said Anjali Mehta"),
        R(V, GOV, "Treasury Department", "Treasury Department", "said",
          "the measures targeted 14 tankers and two trading firms based in Dubai", "The Treasury Department said"),
        R(V, GOV, "Treasury Department", "department", "said",
          "the firms had helped move Russian oil sold above the price cap", "The department said"),
        R(V, GOV, "Energy Ministry", "Energy Ministry", "said", "exports would continue through other channels",
          "Energy Ministry said"),
        R(ACC, ANON, "senior State Department official", "senior State Department official", "according to",
          "America's allies in Europe were consulted in advance",
          "according to a senior State Department official"),
        R(V, ANON, "oil analysts", "Oil analysts", "said",
          "prices could ease if Saudi Arabia raised output at the OPEC+ meeting on Oct. 4", "Oil analysts said"),
    ],
    "gold_a08": [
        R(V, ORG_, "Nordic Institute for Security Studies", "Nordic Institute for Security Studies", "argues",
          "Russia's defence industry has become dependent on North Korean munitions",
          "Nordic Institute for Security Studies argues"),
        R(V, DOC, "report", "report", "estimates",
          "shipments through the port of Rajin rose sharply after the Kremlin hosted Kim Jong-un in 2023",
          "The report estimates"),
        R(Q, PER, "Johan Lindqvist", "Johan Lindqvist", "said",
          "America and its allies have been looking at the wrong border,", "Johan Lindqvist, said"),
        R(Q, PER, "Johan Lindqvist", "Johan Lindqvist", None,
          "The supply line runs through Khasan, not through Central Asia.", "Johan Lindqvist, said"),
        R(V, ANON, "Defense Department spokesperson", "Defense Department spokesperson", "said",
          "Washington was aware of the transfers and had raised them with Beijing",
          "A Defense Department spokesperson said"),
        R(PREP, PER, "Olga Morozova", "Olga Morozova", "In the words of",
          "the numbers are plausible, but the dependency story is overstated.", "In the words of Olga Morozova"),
    ],
    "gold_a09": [
        R(V, ANON, "prosecutors", "prosecutors", "said",
          "A court in Yekaterinburg on Wednesday sentenced Alexei Zhuravlyov, a former logistics manager at "
          "Uralsk Rail Works, to six years in prison for passing shipping schedules to a foreign intelligence "
          "service", "service, prosecutors said"),
        R(V, PER, "Alexei Zhuravlyov", "Zhuravlyov", "denied", "the charges", "Zhuravlyov denied"),
        R(V, ANON, "prosecutors", "Prosecutors", "said", "he had received 400,000 roubles for the documents",
          "Prosecutors said he"),
        R(Q, PER, "Alexei Zhuravlyov", "he", "told",
          "I sent timetables to a friend in Kazakhstan, not to spies,", "” he told"),
        R(V, PER, "Natalya Kuznetsova", "Natalya Kuznetsova", "said", "she would appeal",
          "Natalya Kuznetsova, said"),
        R(ACC, PER, "Natalya Kuznetsova", "Kuznetsova", "According to",
          "the prosecution relied on messages that were “translated badly and read selectively”",
          "According to Kuznetsova"),
        R(V, GOV, "Federal Security Service", "Federal Security Service", "said",
          "the case showed “continuing attempts by Western services” to obtain rail data",
          "the FSB, said in a statement", src_ctx="The Federal Security Service, known"),
        R(V, ORG_, "Open Docket", "Open Docket", "said",
          "the trial had been closed to the public for most of its length", "Open Docket said"),
        R(V, ANON, "court spokeswoman", "court spokeswoman", "said", "only two sessions had been closed",
          "A court spokeswoman said"),
    ],
    "gold_a10": [
        R(P, MED, "Interfax", "Interfax", "reported",
          "Russia plans to launch a North Korean-built weather satellite from the Vostochny Cosmodrome next year",
          "It was reported by Interfax"),
        R(V, ORG_, "Roscosmos", "Roscosmos", "did not confirm", "the report", "Roscosmos did not confirm"),
        R(V, ANON, "Roscosmos representative", "Roscosmos representative", "said",
          "all international projects were proceeding according to plan", "a Roscosmos representative said"),
        R(V, MED, "Korean Central News Agency", "Korean Central News Agency", "reported",
          "the country's National Aerospace Technology Administration had completed \"a new generation of "
          "observation satellites\"", "The Korean Central News Agency reported"),
        R(V, ANON, "Western officials", "Western officials", "say",
          "any such cooperation would violate U.N. resolutions banning missile-technology transfers to Pyongyang",
          "Western officials say"),
        R(Q, PER, "Hannah Berger", "Hannah Berger", "said",
          "A satellite launcher and a ballistic missile are cousins,", "said Hannah Berger"),
        R(V, PER, "Hannah Berger", "She", "said", "the launch would be watched closely in Tokyo and Seoul",
          "She said the launch"),
        R(Q, PER, "Arkady Sorokin", "Arkady Sorokin", "told",
          "Our cooperation with the DPRK is transparent. There is nothing to hide.", "Arkady Sorokin told"),
        R(V, PER, "Arkady Sorokin", "He", "added", "Russia respected its international obligations", "He added"),
    ],
    "gold_a11": [
        R(Q, PER, "Kim Ye-rin", "Kim", "told",
          "I didn’t think about politics. I thought about the triple axel,", "Kim told"),
        R(V, PER, "Lee Sung-ho", "Lee Sung-ho", "said",
          "she had trained in Seoul for two months without a day off", "Lee Sung-ho, said"),
        R(ACC, ANON, "organisers", "organisers", "according to", "North Korea sent a team of six",
          "according to the organisers"),
        R(V, ORG_, "International Skating Union", "International Skating Union", "said",
          "it had not sanctioned the event and that results would not count toward world rankings",
          "The International Skating Union said"),
        R(V, PER, "Denis Arkhipov", "Denis Arkhipov", "said",
          "the tournament showed that sport could “build bridges where politics burns them”",
          "Denis Arkhipov, said"),
        R(V, ANON, "critics", "Critics in Seoul", "said",
          "the event was a propaganda exercise staged for Russian and North Korean television",
          "Critics in Seoul said"),
    ],
    "gold_a12": [
        R(V, ORG_, "World Health Organization", "World Health Organization", "said",
          "it had received no data from North Korea on a reported measles outbreak near the Chinese border, "
          "despite repeated requests", "The World Health Organization said"),
        R(Q, PER, "Tomas Berglund", "Tomas Berglund", "said", "We cannot assess what we cannot see,",
          "said Tomas Berglund"),
        R(Q, PER, "Tomas Berglund", "spokesman", "added", "We have offered vaccines twice,",
          "the spokesman added"),
        R(V, ANON, "South Korean officials", "South Korean officials", "said",
          "refugees arriving via China had described crowded hospitals in Hyesan", "South Korean officials said"),
        R(V, ANON, "health experts", "Health experts", "warned",
          "measles spreads quickly among malnourished children, and that a single case can infect more than a "
          "dozen people", "Health experts warned"),
        R(V, PER, "Wang Lei", "Wang Lei", "told", "Beijing was “ready to help if asked”", "Wang Lei, told"),
        R(V, MED, "state media", "Pyongyang’s state media", "reported",
          "the country remained free of infectious disease outbreaks", "state media, meanwhile, reported",
          src_ctx="Pyongyang’s state media"),
        R(V, ANON, "United Nations official", "United Nations official in Beijing", "said",
          "aid agencies had been barred from the province since 2020",
          "A United Nations official in Beijing, speaking on condition of anonymity, said"),
    ],
}

# Credits: every "(TASS)" / "(Reuters)" paragraph-final credit, every paragraph-final
# "— AP", and a dateline "CITY, Date (Reuters) -" are generated automatically.
CREDIT_NAMES = {"TASS": "TASS", "Reuters": "Reuters", "AP": "Associated Press"}


def credit_rows(doc_id: str, doc: str) -> list[dict]:
    rows = []
    pos = 0
    for para in doc.split("\n"):
        p0, p1 = pos, pos + len(para)
        pos = p1 + 1
        for name, canon in CREDIT_NAMES.items():
            # paragraph-final "(NAME)"
            if para.endswith(f" ({name})"):
                cs = p1 - len(name) - 1
                rows.append((cs, canon, p0, p1 - len(name) - 3))
            # paragraph-final em-dash credit "— NAME"
            elif para.endswith(f" — {name}"):
                cs = p1 - len(name)
                rows.append((cs, canon, p0, p1 - len(name) - 3))
            # dateline "..., Date (NAME) - lede"
            m = re.match(r"^[A-Z][A-Z .'-]+, [^()\n]{3,20} \(" + re.escape(name) + r"\) - ", para)
            if m:
                cs = p0 + m.end() - len(name) - 4
                rows.append((cs, canon, p0 + m.end(), p1))
    out = []
    for cs, canon, c0, c1 in rows:
        name = [k for k, v in CREDIT_NAMES.items() if v == canon][0]
        assert doc[cs:cs + len(name)] == name, (doc_id, doc[cs:cs + 10])
        out.append({"doc_id": doc_id, "kind": "credit", "source": canon, "source_type": "media",
                    "source_text": name, "source_start": cs, "source_end": cs + len(name),
                    "cue": name, "cue_start": cs, "cue_end": cs + len(name),
                    "content_start": c0, "content_end": c1})
    return out


def build_entities() -> list[dict]:
    out = []
    for doc_id, specs in ENT.items():
        doc = read_doc(doc_id)
        taken: list[tuple[int, int]] = []
        norm = [(s[0], s[1], s[2] if len(s) > 2 and s[2] else s[0], s[3] if len(s) > 3 else None) for s in specs]
        norm.sort(key=lambda s: (s[3] is None, -len(s[0])))
        for text, label, ent, ctx in norm:
            spans = [in_ctx(doc, text, ctx)] if ctx else [(a, a + len(text)) for a in word_hits(doc, text)]
            added = 0
            for a, b in spans:
                if any(a < y and x < b for x, y in taken):
                    continue
                taken.append((a, b))
                out.append({"doc_id": doc_id, "start": a, "end": b, "text": doc[a:b],
                            "label": label, "entity": ent})
                added += 1
            if not added:
                raise ValueError(f"{doc_id}: entity spec {text!r} matched nothing")
    order = {d: i for i, d in enumerate(DOCS)}
    out.sort(key=lambda r: (order[r["doc_id"]], r["start"]))
    return out


def build_attributions() -> list[dict]:
    out = []
    for doc_id in DOCS:
        doc = read_doc(doc_id)
        for r in ATT.get(doc_id, []):
            ss = se = cs = ce = None
            if r["src"] is not None:
                ss, se = in_ctx(doc, r["src"], r["src_ctx"])
            if r["cue"] is not None:
                cs, ce = in_ctx(doc, r["cue"], r["cue_ctx"])
            k0 = unique(doc, r["content"], "content")
            out.append({"doc_id": doc_id, "kind": r["kind"], "source": r["source"], "source_type": r["stype"],
                        "source_text": None if ss is None else doc[ss:se], "source_start": ss, "source_end": se,
                        "cue": None if cs is None else doc[cs:ce], "cue_start": cs, "cue_end": ce,
                        "content_start": k0, "content_end": k0 + len(r["content"])})
        out.extend(credit_rows(doc_id, doc))
    order = {d: i for i, d in enumerate(DOCS)}
    out.sort(key=lambda r: (order[r["doc_id"]], r["content_start"], r["kind"]))
    return out


def uncovered_capitals(ents: list[dict]) -> None:
    """Review aid: capitalised tokens not inside an entity span (not sentence-initial)."""
    by_doc: dict[str, list[tuple[int, int]]] = {}
    for e in ents:
        by_doc.setdefault(e["doc_id"], []).append((e["start"], e["end"]))
    for doc_id in ENT:
        doc = read_doc(doc_id)
        spans = by_doc.get(doc_id, [])
        words = set()
        for m in re.finditer(r"[A-Z][\w’'+.-]*", doc):
            if any(a <= m.start() < b for a, b in spans):
                continue
            words.add(m.group())
        print(f"  {doc_id}: {' '.join(sorted(words))}")


def main() -> None:
    with open(HERE / "metadata.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "title", "outlet", "published", "url"])
        w.writerows(METADATA)
    ents = build_entities()
    atts = build_attributions()
    for name, rows in (("entities.jsonl", ents), ("attributions.jsonl", atts)):
        with open(GOLD / name, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(ents)} entity mentions, {len(atts)} attributions")
    import sys
    if "--review" in sys.argv:
        uncovered_capitals(ents)


if __name__ == "__main__":
    main()
