"""Speakers that are a state's bodies named again or referred to by a pronoun (docs/annotation.md,
"Attribution sources": a plural or neuter pronoun speaker takes the body it refers to). Sentences
written for these tests."""

from __future__ import annotations

import pytest

import accord


@pytest.mark.parametrize("text, expected", [
    # a quotation of several sentences between the body and the pronoun is the body's words, not
    # narrative: the pronoun looks back past it; and a statement quoted after a colon, which the
    # parser makes the main clause, leaves the body the subject of the narrative
    ("The Nevada Department of Wildlife closed the trail near Ely on Monday.\n\nThe Department issued a"
     " warning that a bear had been seen: \"A black bear was spotted near the camp. Rangers are tracking it."
     " Hikers should stay away.\" They also said the trail would reopen next week.", "USA"),
    ("Finland's border agency stopped the ferry at Turku. \"The papers were false. The crew was detained."
     " The cargo was seized.\" It added that the captain had been fined.", "FIN"),
    # the source of 'according to' and the agent of a passive are who acted in the narrative
    ("A train left the rails near Oruro, Bolivia. According to the Bolivian transport ministry, nine"
     " carriages overturned. It also said the line would reopen on Friday.", "BOL"),
    ("Fishing was banned on Lake Malawi by the Malawian government on Monday. It said the ban would last"
     " two months.", "MWI"),
    # a body framed by a place is of the place's state, not of the state named last
    ("Ecuador and Peru signed a trade pact on Monday. Officials in Quito closed the airport for the"
     " ceremony. They added that flights would resume on Friday.", "ECU"),
])
def test_a_pronoun_continues_the_body_before_a_quotation(text: str, expected: str) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    last = quotes[-1].speaker
    assert last is not None and last.text.lower() in ("they", "it") and last.actor == expected


@pytest.mark.parametrize("text, expected", [
    # state media with no state named are the media of the state the story is about
    ("A landslide buried a village near Kigali, Rwanda, on Tuesday. State radio reported that thirty"
     " homes had been destroyed.", ("State radio", "RWA")),
    # people who belong to a state body speak for its state
    ("A strike closed the port of Mombasa, Kenya, on Friday. Employees of the transport ministry said the"
     " cranes would restart on Monday.", ("Employees of the transport ministry", "KEN")),
    ("Ghana's parliament debated the budget in Accra on Monday. Members of the parliament said the vote"
     " would be held next week.", ("Members of the parliament", "GHA")),
    ("President William Ruto visited Nakuru on Sunday. People in the Ruto administration said the road"
     " would be finished by June.", ("People in the Ruto administration", "KEN")),
    # a body whose name names its state is that state's, whatever state the story names most
    ("An earthquake struck near Kermadec, off New Zealand, on Monday. New Zealand sent ships. The United"
     " States Geological Survey said the quake measured 7.1.", ("The United States Geological Survey", "USA")),
    # a name after a description of a state's body: the state named in the description
    ("A new vaccine was approved in Lima on Friday. The Peruvian drug regulator Digesa said the first doses"
     " would arrive in May.", ("Digesa", "PER")),
    # experts or observers an international organisation names before them speak for it
    ("Voting ended in Harare, Zimbabwe, on Monday. African Union election observers said the count had been"
     " orderly.", ("African Union election observers", "AU")),
    # the aides of a state office: whose they are, or those of the office-holder named last
    ("Russia expelled two Estonian diplomats on Monday. Kremlin aides said the move was justified.",
     ("Kremlin aides", "RUS")),
    ("President Uhuru Kenyatta toured a dam in Thika on Monday, a newspaper reported. Aides said he would"
     " open it in June.", ("Aides", "KEN")),
    # a law, or the article of a law it is cited by, speaks for the state that made it
    ("Ghana's parliament debated the bill in Accra. Article 21 of the Ghanaian constitution says every"
     " person has the right to free speech.", ("the Ghanaian constitution", "GHA")),
    ("A court in Denver, Colorado, heard the case on Monday. Section 12 of the Open Records Act says"
     " every file must be released within a week.", ("the Open Records Act", "USA")),
])
def test_a_state_body_by_its_structure(text: str, expected: tuple[str, str]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a body of no state: an office-holder's campaign, aid agencies, a centre named by its own name
    ("President William Ruto toured Nakuru on Sunday. Ruto campaign officials said the rally would go"
     " ahead.", "Ruto campaign officials"),
    ("A cyclone struck Beira, Mozambique, on Friday. Aid agencies said forty thousand people needed"
     " shelter.", "Aid agencies"),
    ("Fighting spread near Goma, Congo, on Monday. Aid officials said ten thousand people had fled.",
     "Aid officials"),
    ("Chile reported 300 new cases in Santiago on Monday. According to the Halvorsen Center for Tropical"
     " Studies, the outbreak had peaked.", "the Halvorsen Center for Tropical Studies"),
    # a notice a body of no state issued is not the state's act
    ("A record label wrote to a website host in Lyon, France. The label's takedown notice said the site"
     " broke copyright law.", "The label's takedown notice"),
    # the aides of a campaign, or of no one holding a state office on the day
    ("Senator Amina Osei opened her campaign in Kumasi, Ghana. Campaign aides said the tour would last a"
     " month.", "Campaign aides"),
    # a state's people as such (protesters, residents) are unnamed individuals, not the state
    ("Thousands marched through Tbilisi, Georgia, on Sunday. Demonstrators said the vote had been"
     " rigged.", "Demonstrators"),
    ("Thousands marched through Tbilisi, Georgia, on Sunday. Protesters blocked the main avenue. They said"
     " the vote had been rigged.", "They"),
    # members of a body of no state
    ("Poland's parliament met in Warsaw on Monday. Members of the farmers' union said the tax was"
     " unfair.", "Members of the farmers' union"),
])
def test_a_body_of_no_state_speaks_for_none(text: str, expected: str) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker][-1] == (expected, None)


@pytest.mark.parametrize("text, expected", [
    # an international organisation named again by its kind
    ("The Southern African Development Community suspended Madagascar on Monday. The regional bloc said"
     " elections must be held within a year.", ("The regional bloc", "SADC")),
    ("The African Union sent envoys to Khartoum on Friday. The body said the talks would resume.",
     ("The body", "AU")),
    # not a party alliance after one
    ("The United Nations criticised the vote in Lomé on Monday. The opposition alliance said the count was"
     " rigged.", ("The opposition alliance", None)),
])
def test_an_igo_named_again_by_its_kind(text: str, expected: tuple[str, str | None]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a body named again by its noun alone is the body named before, not the state named last
    ("Chile's Supreme Court annulled the contract on Friday, angering Peru. The court said the tender had"
     " been flawed.", ("The court", "CHL")),
    ("The Egyptian foreign ministry summoned the Dutch ambassador on Monday. The ministry's spokesman said"
     " the envoy had been warned.", ("The ministry's spokesman", "EGY")),
])
def test_a_body_named_again(text: str, expected: tuple[str, str]) -> None:
    quotes = accord.analyze(text, published="2021-03-01").quotes
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker][-1] == expected


@pytest.mark.parametrize("text, expected", [
    # a survey, a warning or imagery speaks for whoever issued it: its source after 'from' (a date
    # there is when, not who), a state body's name before it, or the issuer of the warning named
    # before, which the article described as a state's body where it named it first
    ("Floods cut roads across Sindh. Aerial imagery from 2022, from the World Bank, suggests a third of"
     " the province was under water.", ("the World Bank", "WB")),
    ("Hurricane Ida weakened over New Orleans, United States, on Monday. According to a Coast Guard survey, the storm no longer"
     " had a closed centre.", ("a Coast Guard survey", "USA")),
    ("Storm Ciara reached the coast on Sunday. Met Norway, the national weather service of Norway, issued"
     " alerts for the west. The red warning issued by Met Norway applied to three counties. \"Waves will"
     " reach six metres,\" read the warning.", ("the warning", "NOR")),
])
def test_a_document_speaks_for_its_issuer(text: str, expected: tuple[str, str]) -> None:
    speakers = [(q.speaker.text, q.speaker.actor) for q in accord.analyze(text, published="2021-03-01").quotes
                if q.speaker is not None]
    assert expected in speakers


@pytest.mark.parametrize("text, expected", [
    # sources of several states or organisations sharing one attribution speak for none of them
    ("Talks on the canal ended in Brussels on Friday. Egypt and the European Union said the deal would be"
     " signed in May.", ("Egypt and the European Union", None)),
    ("The tanker was seized off Oman on Tuesday. Both Norway and the United States said the crew was safe.",
     ("Both Norway and the United States", None)),
    ("Fighting resumed near the border on Monday. The governments of Armenia and Azerbaijan said talks would"
     " resume.", ("The governments of Armenia and Azerbaijan", None)),
    ("President Emmanuel Macron met Chancellor Olaf Scholz in Paris on Monday. Macron and Scholz said the plan"
     " would cost 500 billion euros.", ("Macron and Scholz", None)),
    # sources of one state speak for it; a person with people of no side named keeps the first named
    ("A plane crashed near Lyon, France. Police and fire officials said six people had died.",
     ("Police and fire officials", "FRA")),
    ("President Joe Biden visited Ohio on Monday. Biden and his aides said the plant would reopen.",
     ("Biden and his aides", "person:joe-biden")),
])
def test_coordinated_sources_of_several_sides_name_no_actor(text: str, expected: tuple[str, str | None]) -> None:
    speakers = [(q.speaker.text, q.speaker.actor) for q in accord.analyze(text, published="2021-03-01").quotes
                if q.speaker is not None]
    assert speakers == [expected]


@pytest.mark.parametrize("text, expected", [
    # a part of a group speaks as the group would; a thing the issuer names by its owner is the owner's
    ("A fire destroyed a market in Kano, Nigeria, on Monday. One of the officials said the market would"
     " reopen.", ("One of the officials", "NGA")),
    ("A fire destroyed a market in Kano, Nigeria, on Monday. Some of the police officers said the fire"
     " started at night.", ("Some of the police officers", "NGA")),
    ("A bus crashed near Pune, India. According to one of the Maharashtra Police's officers, ten people died.",
     ("one of the Maharashtra Police's officers", "IND")),
    ("Storm Ida hit Florida, United States, on Sunday. Data collected by one of the National Weather"
     " Service's balloons showed that winds reached 100 mph.",
     ("Data collected by one of the National Weather Service's balloons", "USA")),
    # a part of a group of no state is no one's
    ("A ferry sank near Bali, Indonesia. One of the survivors said the boat had been overloaded.",
     ("One of the survivors", None)),
])
def test_a_part_of_a_group_speaks_as_the_group(text: str, expected: tuple[str, str | None]) -> None:
    speakers = [(q.speaker.text, q.speaker.actor) for q in accord.analyze(text, published="2021-03-01").quotes
                if q.speaker is not None]
    assert speakers == [expected]
