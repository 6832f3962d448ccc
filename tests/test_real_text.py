"""Issue 11: the CAMEO verb dictionary compiled into the lexicon, the nominal and light-verb forms
of real news, the political-actor rule, the default minimum confidence of the views, and the
span and class gold formats of `accord eval`. Every sentence here was written for the test."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from accord.errors import AccordError
from accord.evaluation.gold import GoldError, parse_line
from accord.evaluation.realtext import PentaTally, Span, penta_class, shared_split, span_counts
from accord.evaluation.runner import above, score
from accord.events import compile_lexicon as cl
from accord.events.lexicon import COMPILED, build_lexicon, load_lexicon
from accord.events.ontology import load_ontology
from accord.events.triggers import match_verb
from accord.events.visibility import DEFAULT_MIN_CONFIDENCE, ENV, default_min_confidence, min_confidence
from accord.model import RawDocument
from accord.pipeline import analyze_documents

# --- compiling the CAMEO verb dictionary ----------------------------------------------------

TABLE = """03: AGREE
036: AGREE,  , diplomatic # Express intent to meet
04: CONSULT
042: CONSULT, visit,   # Make a visit
07: AID
073: AID,   ,   humanitarian # Provide humanitarian aid
163: COERCE, restrict,   diplomatic # Impose embargo
"""

DICTIONARY = """####### SYNONYM SETS #######
&RELIEF_GOODS
+FOOD
+BLANKETS
+MEDICAL_SUPPLIES

####### VERB PATTERNS #######
---  CONVEY   [---]  ---
CONVEY
FERRY {FERRIES FERRIED FERRYING}
- * &RELIEF_GOODS (TO)                                [073]         # CONVEY
- * (TO CAPITAL)                                      [042:043]     # FERRY
- * (BY/WITH PLANE)                                   [042]         # FERRY
- &ARMY * (TO FRONT)                                  [154]         # CONVEY
- * MESSAGE                                           [010]         # CONVEY
- * GREETINGS                                         [---]         # CONVEY
- * NOTE                                              [010]         # CONVEY
- * {ANGRY NOTE}                                      [111]         # CONVEY
- * {WARM REGARDS}                                    [018]         # CONVEY
- * {FRIENDLY REGARDS}                                [036]         # CONVEY

---  EMBARGO   [163]  ---
EMBARGO
+CUT_OFF
"""


@pytest.fixture(scope="module")
def compiled():
    table = cl.read_table_text(TABLE)
    return cl.compile_dictionary(DICTIONARY, table), table


def rows_of(compiled):
    result, table = compiled
    text, _ = cl.render(result, table)
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_patterns_compile_to_verb_triggers_with_their_objects_and_prepositions(compiled):
    rows = {r[1]: r for r in rows_of(compiled)}
    food = rows["convey to =blanket|blankets|food|supplies|supply"]
    assert food[2:6] == ["AID", "-", "-", "073"]  # "humanitarian" is no accord context: dropped
    assert rows["ferry to =capital"][2:4] == ["CONSULT", "visit"]  # "[042:043]": the first code
    assert "ferry by =plane" in rows and "ferry with =plane" in rows  # "(BY/WITH ...)": either
    assert rows["cut off"][2] == "COERCE"  # a multi-word verb of a block with a code
    # a pattern belongs to the verb its comment names, not to the whole synonym block
    assert "convey to =capital" not in rows and not any(r[1].startswith("ferry to =blanket") for r in rows_of(compiled))


def test_the_first_code_of_a_pattern_wins_even_without_a_plover_counterpart(compiled):
    rows = {r[1]: r for r in rows_of(compiled)}
    assert "convey =note" not in rows  # "* NOTE [010]" came first: a note conveyed is no criticism
    # "{WARM REGARDS} [018]" has no PLOVER counterpart: it claims warm regards, not every regard
    assert rows["convey =friendly_regard|friendly_regards|regard|regards"][2] == "AGREE"


def test_a_code_of_the_reversed_dyad_only_makes_the_subject_the_one_acted_on():
    table = cl.read_table_text("11: ACCUSE\n111: ACCUSE, disapprove # Criticize\n04: CONSULT\n"
                               "042: CONSULT, visit # Make a visit\n")
    dictionary = """####### VERB PATTERNS #######
---  ENDURE   [---]  ---
ENDURE
- * REPROACH                                          [:111]        # ENDURE
- * (TO PORT)                                         [042:043]     # ENDURE
"""
    text, _ = cl.render(cl.compile_dictionary(dictionary, table), table)
    flags = {r[1]: r[7] for r in (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))}
    # "[:111]": the one who endures reproach is criticised, not the critic; "[042:043]": the visitor
    assert flags == {"endure =reproach": "swap", "endure to =port": "-"}


def test_a_phrase_of_several_words_keeps_its_modifiers_and_lends_its_head_until_the_head_has_a_pattern():
    table = cl.read_table_text("04: CONSULT\n045: CONSULT, , diplomatic # Mediate\n07: AID\n073: AID # Humanitarian aid\n"
                               "19: ASSAULT\n190: ASSAULT, , military # Use conventional force\n")
    dictionary = """####### VERB PATTERNS #######
---  BEGIN   [---]  ---
BEGIN
- * {PEACE OFFENSIVE}                                 [045]         # BEGIN
- * {RELIEF CONVOY}                                   [073]         # BEGIN
- * OFFENSIVE                                         [190]         # BEGIN
"""
    text, _ = cl.render(cl.compile_dictionary(dictionary, table), table)
    rows = {r[1]: r[5] for r in (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))}
    # "began an offensive" is the plain pattern's; "began a convoy" has none, so it is the phrase's
    assert rows == {"begin =peace_offensive": "045", "begin =convoy|relief_convoy": "073", "begin =offensive": "190"}


def test_what_is_not_compiled_is_listed_with_its_reason(compiled):
    result, _ = compiled
    reasons = {(verb, pattern): reason for verb, pattern, _, reason in result.unmapped}
    assert reasons[("convey", "* MESSAGE")] == "no PLOVER counterpart"  # CAMEO 01: public statement
    assert reasons[("convey", "&ARMY * (TO FRONT)")] == "a constraint on the subject"
    assert reasons[("convey", "* GREETINGS")] == "null code (no event)"
    assert reasons[("embargo", "(verb)")] == "a verb alone, without its pattern"


@pytest.mark.parametrize("text, code", [
    ("Both armies launched a joint assault on the rebel stronghold.", "062"),  # the modified noun's pattern
    ("The rebels launched an assault on the barracks.", "190"),
    ("The rebels launched a dawn assault on the barracks.", "190"),  # a modifier no pattern names
])
def test_an_object_with_the_modifiers_of_a_pattern_matches_it_before_its_head_alone(nlp, text, code):
    compiled = [(1, ["verb", "launch =assault", "ASSAULT", "-", "military", "190", "0.6", "-"]),
                (2, ["verb", "launch =joint_assault", "COOPERATE", "-", "military", "062", "0.6", "-"])]
    lex = build_lexicon([], load_ontology(), compiled)
    verb = next(t for t in nlp(text) if t.lemma_ == "launch")
    entry = match_verb(verb, lex.verbs["launch"])
    assert entry is not None and entry.cameo == code


def test_the_verb_forms_the_dictionary_lists_are_compiled(compiled):
    result, _ = compiled
    assert result.forms == {"ferries": "ferry", "ferried": "ferry", "ferrying": "ferry"}
    lex = build_lexicon([], load_ontology(), [(1, ["verb", "ferry to", "CONSULT", "visit", "-", "042", "0.5", "-"])],
                        [(1, ["ferried", "ferry"]), (2, ["conveyed", "convey"])])
    assert lex.forms == {"ferried": "ferry"}  # only forms of a trigger's verb are kept


def test_hand_written_entries_override_compiled_ones():
    onto = load_ontology()
    hand = [(1, ["verb", "ferry to", "CONSULT", "visit", "-", "042", "0.8", "-"])]
    compiled = [(1, ["verb", "ferry =aid", "AID", "-", "-", "070", "0.6", "-"]),
                (2, ["verb", "convey =aid", "AID", "-", "-", "070", "0.6", "-"])]
    lex = build_lexicon(hand, onto, compiled)
    # the hand-written entries of a lemma come first; its compiled ones only when none of those matches
    assert [(e.type, e.compiled) for e in lex.verbs["ferry"]] == [("CONSULT", False), ("AID", True)]
    assert lex.verbs["convey"][0].compiled and lex.verbs["convey"][0].objects == {"aid"}


def test_the_shipped_lexicon_holds_the_compiled_dictionary():
    lex = load_lexicon()
    assert len(lex) > 2_000  # ~540 hand-written triggers before the dictionary
    assert any(e.compiled for entries in lex.verbs.values() for e in entries)
    assert not lex.verbs["attack"][0].compiled  # hand-written entries are tried first


def test_compiled_file_is_what_the_script_makes():
    if not cl.DICTIONARY.is_file() or not cl.TABLE.is_file():
        pytest.skip("the PETRARCH dictionary is not next to the repository (../shared/reference)")
    table = cl.read_table(cl.TABLE)
    text, _ = cl.render(cl.compile_dictionary(cl.DICTIONARY.read_text(encoding="latin-1"), table), table)
    assert (cl.HERE / COMPILED).read_text(encoding="utf-8") == text, \
        "lexicon-cameo.tsv is stale: run python -m accord.events.compile_lexicon"
    forms = cl.render_forms(cl.compile_dictionary(cl.DICTIONARY.read_text(encoding="latin-1"), table))
    assert cl.FORMS.read_text(encoding="utf-8") == forms, \
        "lexicon-cameo-forms.tsv is stale: run python -m accord.events.compile_lexicon"


# --- extraction on real-news forms --------------------------------------------------------------


def analyse(nlp, *texts: str):
    docs = [RawDocument(text=t, input=f"t{i}", id=f"t{i}", published=date(2024, 5, 6)) for i, t in enumerate(texts)]
    return [a.events for a in analyze_documents(docs, nlp)]


def triples(events):
    return [(e.type, sorted(p.actor or "?" for p in e.source), sorted(p.actor or "?" for p in e.target))
            for e in events]


@pytest.mark.parametrize("text, expected", [
    ("The Spanish prime minister gave the Moroccan king a warm welcome in Madrid.", "SUPPORT"),
    ("Kenya launched a mediation effort between Ethiopia and Eritrea.", "CONSULT"),
    ("Chile and Peru began a joint military operation against smugglers on their border.", "COOPERATE"),
    ("Colombian troops launched a military operation against the rebels in Cauca.", "ASSAULT"),
    ("Brazil and Argentina held joint war games near their border.", "COOPERATE"),
    ("Denmark announced a grant of $8 million to Malawi.", "AID"),
    ("Poland shares intelligence with Lithuania.", "COOPERATE"),
    ("Sweden handed over medicine to the Somali health ministry.", "AID"),
    ("Peru and Chile renewed negotiations over fishing rights.", "CONSULT"),
    ("Indonesia and Australia upgraded their diplomatic ties.", "SUPPORT"),
    ("The Kenyan Senate gave sanction for the deployment of police to Haiti.", "SUPPORT"),  # approval
])
def test_nominal_and_light_verb_forms(nlp, text, expected):
    (events,) = analyse(nlp, text)
    assert expected in [e.type for e in events] and "SANCTION" not in [e.type for e in events], triples(events)


@pytest.mark.parametrize("text, mode", [
    ("Armenia offered to free the prisoners of war.", "retreat"),
    ("Morocco promised to pull its troops out of the buffer zone.", "retreat"),
    ("Egypt said it was ready to send food aid to Yemen.", "aid"),
])
def test_offers_promises_and_willingness_are_agree_with_the_promised_act(nlp, text, mode):
    (events,) = analyse(nlp, text)
    agree = [e for e in events if e.type == "AGREE"]
    assert agree and agree[0].mode == mode and agree[0].status == "announced", triples(events)
    assert not [e for e in events if e.type in ("RETREAT", "AID")]  # the promised act is no event


@pytest.mark.parametrize("text", [
    "Residents of the village accused the landlord of fraud.",           # private people among themselves
    "A British tourist visited a museum in Cairo.",                       # a nationality, not the state
    "A Dutch woman travelled to Iraq in 2015 to join an armed group.",   # a private trip to a state
    "Will Portugal ever apologise to Angola?",                            # a question asks, it reports nothing
])
def test_no_event_without_a_political_actor_or_in_a_question(nlp, text):
    (events,) = analyse(nlp, text)
    assert events == [], triples(events)


@pytest.mark.parametrize("text, type_, target", [
    ("Ireland provided an extra $3 million in assistance to Haiti.", "AID", "HTI"),   # through the amount
    ("The Dutch army gave medical equipment to Ghana.", "AID", "GHA"),
    ("Italy returned 20 looted antiquities to the government of Libya.", "RETREAT", "LBY"),
])
def test_material_cooperation_in_news_prose(nlp, text, type_, target):
    (events,) = analyse(nlp, text)
    assert (type_, target) in [(e.type, p.actor) for e in events for p in e.target], triples(events)


@pytest.mark.parametrize("text, mode", [
    ("France will not lift the embargo on the junta.", "yield"),
    ("Colombia said it would not release the detained guerrillas.", "yield"),
])
def test_a_declared_refusal_is_an_occurred_reject(nlp, text, mode):
    (events,) = analyse(nlp, text)
    assert [(e.type, e.mode, e.status) for e in events] == [("REJECT", mode, "occurred")], triples(events)


def test_an_act_that_did_not_happen_stays_negated(nlp):
    (events,) = analyse(nlp, "Spain did not send aid to Cuba.")
    assert [(e.type, e.status) for e in events] == [("AID", "negated")]


def test_the_addressee_of_a_request_is_its_target_not_what_is_asked(nlp):
    (events,) = analyse(nlp, "Relief agencies urged officials to let the trucks through to Darfur.")
    assert [(e.type, [p.text for p in e.target]) for e in events] == [("REQUEST", ["officials"])]


def test_a_private_party_acting_towards_a_state_is_an_event(nlp):
    (events,) = analyse(nlp, "Protesters accused the Serbian government of fraud.")
    assert [e.type for e in events] == ["ACCUSE"]
    (events,) = analyse(nlp, "The Dutch prime minister travelled to Iraq on Monday.")
    assert [e.type for e in events] == ["CONSULT"]


# --- the default minimum confidence ---------------------------------------------------------


def test_default_minimum_confidence_and_its_override(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert default_min_confidence() == DEFAULT_MIN_CONFIDENCE
    assert min_confidence(0.0) == 0.0
    monkeypatch.setenv(ENV, "0.7")
    assert min_confidence(None) == 0.7
    monkeypatch.setenv(ENV, "high")
    with pytest.raises(AccordError, match=ENV):
        default_min_confidence()
    with pytest.raises(AccordError, match="between 0 and 1"):
        min_confidence(1.5)


def test_views_leave_out_weak_events(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from accord.cli import app

    monkeypatch.delenv(ENV, raising=False)
    db = str(tmp_path / "t.db")
    text = tmp_path / "a.txt"
    text.write_text("Japan pledged $5 million in aid to Fiji on Monday. Officials were assembling in Suva.",
                    encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(text), "--db", db, "--published", "2024-05-06"]).exit_code == 0
    everything = runner.invoke(app, ["events", "--db", db, "--json", "--min-confidence", "0"]).output
    shown = runner.invoke(app, ["events", "--db", db, "--json"]).output
    strict = runner.invoke(app, ["events", "--db", db, "--json", "--min-confidence", "0.99"]).output
    assert "AGREE" in shown and "AGREE" in everything and "AGREE" not in strict
    monkeypatch.setenv(ENV, "0.99")
    assert "AGREE" not in runner.invoke(app, ["events", "--db", db, "--json"]).output


# --- span gold and class gold -------------------------------------------------------------------

SPAN_LINE = {"id": "s1", "text": "Chile recalled its ambassador from Bolivia.",
             "gold": {"source": [{"start": 0, "end": 5, "text": "Chile"}],
                      "target": [{"start": 35, "end": 42, "text": "Bolivia"}]}}


def prediction(events, quotes=()):
    return {"article": {"text": SPAN_LINE["text"]}, "events": events, "actors": [], "quotes": list(quotes)}


def event(cameo, confidence, source=(), target=()):
    return {"type": "SANCTION", "cameo": cameo, "confidence": confidence, "source": list(source),
            "target": list(target)}


def test_span_gold_scores_the_most_confident_event_by_overlap():
    gold = parse_line(SPAN_LINE, "f", 1)
    weak = event("161", 0.2, source=[{"start": 35, "end": 42}])
    strong = event("161", 0.6, source=[{"start": 0, "end": 5}], target=[{"start": 31, "end": 42}])
    tasks = score([gold], [prediction([weak, strong])]).tasks()
    assert (tasks["source_span"].tp, tasks["source_span"].fp) == (1, 0)
    assert (tasks["target_span"].tp, tasks["target_span"].fn) == (1, 0)  # "from Bolivia" overlaps
    assert gold.split == shared_split(gold.text)


def test_actors_inside_one_gold_phrase_count_once():
    gold = [Span(0, 27)]  # "U.S. President Donald Trump"
    both = span_counts(gold, [Span(0, 4), Span(15, 27)])
    elsewhere = span_counts(gold, [Span(30, 35)])
    assert (both.tp, both.fp, both.fn) == (1, 0, 0)
    assert (elsewhere.tp, elsewhere.fp, elsewhere.fn) == (0, 1, 1)


def test_class_gold_accuracy_recall_and_no_event():
    tally = PentaTally()
    tally.add(3, prediction([event("111", 0.5)]))
    tally.add(4, prediction([event("111", 0.4), event("190", 0.9)]))
    tally.add(1, prediction([]))
    assert tally.accuracy == pytest.approx(2 / 3) and tally.no_event == pytest.approx(1 / 3)
    assert tally.recall(1) == 0.0 and tally.recall(4) == 1.0 and tally.recall(0) is None
    assert [penta_class(c) for c in ("020", "036", "0871", "1123", "195", None)] == [0, 1, 2, 3, 4, None]
    assert [penta_class(c) for c in ("145", "154", "163", "172")] == [4, 4, 3, 4]  # reduce relations: verbal


def test_class_gold_scored_with_statements_falls_back_to_the_first_attribution():
    tally = PentaTally()
    said, denied = {"kind": "indirect", "cameo": "010"}, {"kind": "indirect", "cameo": "112"}
    tally.add(0, prediction([], [said, denied]))            # a statement: class 0, right
    tally.add(3, prediction([], [denied, said]))            # the first statement is an accusation
    tally.add(1, prediction([event("036", 0.5)], [said]))   # an event comes before any statement
    tally.add(2, prediction([], [{"kind": "direct", "cameo": None}]))  # restored from an old output
    tally.add(4, prediction([]))
    assert tally.accuracy == pytest.approx(1 / 5) and tally.no_event == pytest.approx(4 / 5)
    assert tally.accuracy_with_statements == pytest.approx(3 / 5) and tally.no_code == pytest.approx(2 / 5)
    assert tally.to_dict()["with_statements"] == {"accuracy": 0.6, "no_code": 0.4}


def test_shared_split_reads_the_normalised_text():
    assert shared_split("Chile recalled its ambassador.") == shared_split("chile  recalled its ambassador")
    parts = [shared_split(f"sentence number {i}") for i in range(400)]
    assert 0.2 < parts.count("test") / len(parts) < 0.4


def test_malformed_span_and_class_lines_are_named():
    with pytest.raises(GoldError, match="penta"):
        parse_line({"id": "c1", "text": "x", "penta": 7}, "f", 3)
    with pytest.raises(GoldError, match=r"gold.source\[0\]"):
        parse_line({"id": "s2", "text": "short", "gold": {"source": [{"start": 2, "end": 40}]}}, "f", 4)


def test_shown_rows_leave_out_weak_events():
    pred = prediction([event("161", 0.2), event("161", 0.6)])
    assert [e["confidence"] for e in above(pred, 0.4)["events"]] == [0.6]


@pytest.mark.slow
def test_eval_real_scores_only_the_sets_and_parts_asked_for(tmp_path):
    """`--set wikinews --part dev` prints the dev rows of that set alone: held-out rows stay unseen."""
    from rich.console import Console

    from accord.evaluation.real import measure
    gold = tmp_path / "articles.jsonl"
    gold.write_text("\n".join(json.dumps({
        "id": f"a{i}", "split": split, "published": "2024-03-04", "text": "Chile recalled its ambassador from Peru.",
        "events": [{"type": "SANCTION", "source": ["CHL"], "target": ["PER"]}]}) for i, split in enumerate(["dev", "test"])))
    console = Console(file=io.StringIO(), width=220)
    events, attributions = measure(tmp_path, 0.4, console, gold, sets=["Wikinews"], parts=["dev"])
    console.print(events)
    rows = [line for line in console.file.getvalue().splitlines() if line.startswith("│")]
    assert [line.split("│")[2].strip() for line in rows] == ["dev", "dev, shown"]
    assert all(line.split("│")[1].strip() == "Wikinews" for line in rows) and attributions.row_count == 0


def test_attribution_row_gives_f1_per_kind_and_speakers_right_on_found():
    from accord.evaluation.real import attribution_row

    text = 'Kenya said the talks failed. "We will try again," Ruto said.'
    gold = parse_line({"id": "a1", "text": text, "quotes": [
        {"kind": "indirect", "text": "the talks failed", "speaker": "KEN", "speaker_text": "Kenya"},
        {"kind": "direct", "text": "We will try again,", "speaker": "person:william-ruto", "speaker_text": "Ruto"}]},
        "f", 1)
    ruto = text.index("Ruto")
    pred = {"article": {"text": text}, "events": [], "actors": [], "quotes": [
        {"kind": "indirect", "text": "the talks failed", "start": 11, "end": 27, "cue": "said",
         "speaker": {"actor": "KEN", "text": "Kenya", "start": 0, "end": 5}},
        {"kind": "direct", "text": "We will try again,", "start": 30, "end": 48, "cue": "said",
         "speaker": {"actor": "KEN", "text": "Ruto", "start": ruto, "end": ruto + 4}}]}
    # found F1, direct, indirect, mixed (no gold, no output: blank), speaker on found, strict, source on found
    assert attribution_row(score([gold], [pred])) == ["100.0", "100.0", "100.0", "", "50.0", "50.0", "100.0"]
    assert attribution_row(score([parse_line({"id": "e", "text": "x", "events": []}, "f", 2)],
                                 [{"article": {"text": "x"}, "events": [], "actors": []}])) is None


def test_sweep_picks_the_lowest_confidence_level_whose_shown_events_are_surely_right_enough():
    from accord.evaluation.real import lowest_meeting, sweep

    text = "Chile expelled two Peruvian diplomats. Peru protested."
    gold = parse_line({"id": "w1", "text": text, "split": "dev", "events": [
        {"type": "REJECT", "source": ["CHL"], "target": ["PER"]}]}, "f", 1)

    def coded(kind, confidence, src, tgt):
        return {"type": kind, "confidence": confidence, "source": [{"actor": src}], "target": [{"actor": tgt}]}

    pred = {"article": {"text": text}, "actors": [], "events": [
        coded("REJECT", 0.6, "CHL", "PER"), coded("ACCUSE", 0.3, "PER", "CHL"), coded("ASSAULT", 0.1, "PER", "CHL")]}
    swept = sweep([gold], [pred])
    assert [t for t, _ in swept] == [0.0, 0.1, 0.3, 0.6]
    assert [r.tasks()["event"].precision for _, r in swept] == pytest.approx([1 / 3, 1 / 3, 1 / 2, 1.0])
    # one right event of one is no evidence of 80%: the bound asks for enough of them
    assert lowest_meeting(swept) is None
    assert lowest_meeting(swept, precision=0.2) == 0.6 and lowest_meeting(swept, precision=0.09) == 0.3


def test_precision_lower_bound_grows_with_the_evidence():
    from accord.evaluation.real import precision_lower_bound

    assert precision_lower_bound(0, 0) == 0.0
    assert precision_lower_bound(1, 1) < precision_lower_bound(10, 10) < precision_lower_bound(100, 100) < 1.0
    assert precision_lower_bound(81, 100) < 0.80 < precision_lower_bound(90, 100) < 0.90
    assert precision_lower_bound(50, 100) == pytest.approx(0.4038, abs=1e-4)  # Wilson, z = 1.96


def test_intent_codes_on_verbs_of_doing_compile_as_the_done_act():
    table = cl.read_table_text(TABLE + "03: AGREE\n0333: AGREE, aid, humanitarian # Express intent to give aid\n"
                                       "06: COOPERATE\n")
    dictionary = """####### VERB PATTERNS #######
---  SEND   [---]  ---
SEND
- * MINISTER                                          [036]         # SEND
- * {RELIEF CONVOY}                                   [0333]        # SEND
- * ENVOYS                                            [030]         # SEND

---  PROMISE   [---]  ---
PROMISE
- * MINISTER                                          [036]         # PROMISE
"""
    result = cl.compile_dictionary(dictionary, table)
    text, _ = cl.render(result, table)
    rows = {r[1]: r for r in (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))}
    assert rows["send =minister"][2:] == ["CONSULT", "visit", "-", "042", "0.6", "-"]  # sent: a visit, done
    assert rows["send =convoy|relief_convoy"][2] == "AID" and rows["send =convoy|relief_convoy"][5] == "073"
    assert rows["promise =minister"][2] == "AGREE" and rows["promise =minister"][7] == "announced"
    reasons = {(verb, pattern): reason for verb, pattern, _, reason in result.unmapped}
    assert reasons[("send", "* ENVOYS")] == "an intent code on a verb of doing"  # 030: no done type
