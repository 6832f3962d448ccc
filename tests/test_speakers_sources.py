"""Speakers that are no plain name: documents, offices, agencies, a name after its role, a
hyphenated given name. Sentences written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, published, expected", [
    # a name set off by commas after its role speaks, not the role
    ("The chancellor's spokesperson, Mareike Holz, said the talks would resume in March.", "2020-02-01",
     ("Mareike Holz", "person:mareike-holz")),
    # a full name opened by a known given name, at a sentence start where the tagger missed it
    ("Alexei Navalny said the poisoning had been ordered from above.", "2020-09-01",
     ("Alexei Navalny", "person:alexei-navalny")),
    # a hyphenated given name is part of the name; a surname alone does not make it an office-holder
    ("Amnesty International researcher Wai-ling Chan said the arrests were unlawful.", "2020-02-01",
     ("Amnesty International researcher Wai-ling Chan", "person:wai-ling-chan")),
    # an office speaks for the state of the person whose office it is
    ("A statement from Erdogan's office said the operation would continue until the border was secure.",
     "2019-10-10", ("Erdogan's office", "TUR")),
    ("Macron's office said the president would travel to Beirut on Thursday.", "2020-08-05",
     ("Macron's office", "FRA")),
    # national agencies named alone
    ("The FSB said the suspects had been detained in Moscow.", "2019-05-01", ("The FSB", "RUS")),
    ("According to the National Hurricane Center, the storm will weaken over land.", "2019-09-05",
     ("the National Hurricane Center", "USA")),
    # an office framed by a possessive state: its holder on the date
    ("Iran's foreign minister said the deal was dead.", "2019-06-01",
     ("Iran's foreign minister", "person:mohammad-javad-zarif")),
    # an unnamed office-holder the data does not know speaks for the state that frames the office
    ("Saudi Arabia's energy minister said output would recover within weeks.", "2019-09-15",
     ("Saudi Arabia's energy minister", "SAU")),
    # not a non-state role
    ("Belarus's opposition leader said the count was false.", "2020-08-10",
     ("Belarus's opposition leader", None)),
    # a description, then the name in apposition: the name speaks
    ("One of the militias, the Popular Mobilization Forces, said the strike killed five fighters.",
     "2019-10-01", ("the Popular Mobilization Forces", None)),
    ("Its closest ally, Iran, said the vote was illegal.", "2019-10-01", ("Iran", "IRN")),
    # who sent the document that requests
    ("US Secretary of State Mike Pompeo sent a letter requesting new sanctions on the airline.", "2019-10-01",
     ("US Secretary of State Mike Pompeo", "person:mike-pompeo")),
    # a document speaks for whoever its own sentence says issued it
    ("The Kenyan foreign ministry released a statement which said the envoy had been recalled.", "2019-10-01",
     ("a statement", "KEN")),
    # the participle that is the cue is no part of the speaker's words
    ("The road was closed, with officials saying the bridge was unsafe.", "2019-10-01", ("officials", None)),
    # "they" continues the nearest plural subject, an institution or a group of people
    ("Saudi officials met on Monday. They said the pipeline would reopen.", "2019-10-01", ("They", "SAU")),
    ("Protesters gathered outside the ministry. They said the vote was rigged.", "2019-10-01", ("They", None)),
    # state media speak for their state; other media for nobody but themselves
    ("Iranian state media reported that the tanker had been seized.", "2019-07-20",
     ("Iranian state media", "IRN")),
    ("Iranian media reported that the tanker had been seized.", "2019-07-20", ("Iranian media", None)),
    # a document with no issuer named: nobody
    ("The report said the river had flooded three villages.", "2020-11-01", ("The report", None)),
])
def test_speaker_of_an_attribution(text: str, published: str, expected: tuple[str, str | None]) -> None:
    quotes = accord.analyze(text, published=published).quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # 'the statement' is the one issued before: an office-holder's statement speaks for the state
    ("Prime Minister Boris Johnson, in a statement released on Sunday, announced new restrictions on travel."
     " The statement also said schools would stay open.", "2020-11-01", "GBR"),
    ("Foreign Minister Marise Payne issued a statement on Monday. The statement said Australia would send"
     " two ships.", "2020-01-03", "AUS"),
    ("The ministry published a letter from the Kenyan embassy. The letter said visas would be free.",
     "2021-06-01", "KEN"),
    # another kind of document before is not this one
    ("Foreign Minister Marise Payne issued a statement on Monday. The report said the ships had left.",
     "2020-01-03", None),
])
def test_a_document_named_again_speaks_for_its_issuer(text: str, published: str, expected: str | None) -> None:
    quotes = accord.analyze(text, published=published).quotes
    last = max(quotes, key=lambda q: q.start)
    assert last.speaker is not None and last.speaker.actor == expected


@pytest.mark.parametrize("text, expected", [
    # the parser coordinated the second cue with the reported clause: it continues the reporting verb
    ("In a statement, the prime minister found the raid justified and called the response swift and decisive.",
     ("the prime minister", "the response swift and decisive")),
    # a verb of the reported clause's own form keeps the clause's subject
    ("He said Iran attacked the ship and warned it would strike again.", ("Iran", "it would strike again")),
])
def test_a_cue_coordinated_with_the_reported_clause(text: str, expected: tuple[str, str]) -> None:
    quotes = accord.analyze(text, published="2019-10-01").quotes
    assert expected in [(q.speaker.text, q.text) for q in quotes if q.speaker]


def test_a_surname_later_is_the_person_named_after_a_portfolio_title() -> None:
    """'Health Minister Olivier Véran ... Véran added': the name, not the portfolio, makes the id."""
    text = ("Health Minister Olivier Véran said on Monday that schools would reopen. Véran added that masks "
            "would be compulsory.")
    quotes = accord.analyze(text, published="2020-06-01").quotes
    assert [q.speaker.actor for q in quotes if q.speaker] == ["person:olivier-veran"] * 2


@pytest.mark.parametrize("text, published, expected", [
    # a body named again by its noun is the body named before, not the state named last
    ("The Indian foreign ministry summoned the Pakistani envoy. In a statement, the ministry said the attack "
     "was unacceptable.", "2019-02-15", ("the ministry", "IND")),
    # 'the UN chief': the office-holder of the organisation named before
    ("UN Secretary-General António Guterres arrived in Geneva. The UN chief said both sides must protect"
     " civilians.", "2019-10-10", ("The UN chief", "person:antonio-guterres")),
    # 'the <demonym> leader': the office-holder of that state named before
    ("Kenyan President Uhuru Kenyatta met Ethiopian Prime Minister Abiy Ahmed in Nairobi on Friday. The Kenyan"
     " leader said the two countries would build a new road.", "2019-05-01",
     ("The Kenyan leader", "person:uhuru-kenyatta")),
])
def test_a_description_named_again(text: str, published: str, expected: tuple[str, str]) -> None:
    quotes = accord.analyze(text, published=published).quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [expected]
