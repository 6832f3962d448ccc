"""Writes demo-articles.jsonl: FICTIONAL wire stories for the accord demo (no real reporting).

Run `python examples/demo/make_demo.py` after editing the stories below.
"""

from __future__ import annotations

import json
from pathlib import Path

NOTE = "Fictional article written for the accord demo."
OUT = Path(__file__).with_name("demo-articles.jsonl")

# (id, published, source, title, body)
STORIES = [
    ("demo-01", "2024-01-16", "Northern Wire", "United States and Canada sign power grid agreement",
     ("The United States and Canada signed an agreement on Tuesday to link their electricity grids across the border. "
     "The United States praised Canada for its work on clean hydropower. "
     "Canada pledged to share grid data with American regulators. "
     "Officials said the agreement would take effect in the spring.")),
    ("demo-02", "2024-02-08", "Continental Press Service", "EU accuses Canada of stalling trade deal ratification",
     ("The European Union accused Canada on Thursday of delaying the full ratification of their trade agreement. "
     "The European Union criticized Canada for new rules on European cheese imports. "
     "Canada rejected the criticism and said the rules were lawful. "
     "Diplomats said the dispute had cooled relations between Ottawa and Brussels.")),
    ("demo-03", "2024-02-26", "Atlantic Dispatch", "Russia strikes Ukrainian ports",
     ("Russia attacked Ukrainian grain ports in Odesa with drones overnight. "
     "Ukraine accused Russia of targeting civilian infrastructure. "
     "Ukraine condemned the strikes as a war crime. "
     "Port officials said three warehouses were destroyed.")),
    ("demo-04", "2024-03-14", "Pacific Report Agency", "Japan and Australia sign defence logistics pact",
     ("Japan and Australia signed a defence logistics agreement in Tokyo on Thursday. "
     "Japan praised Australia as a close partner in the Indo-Pacific. "
     "Australia agreed to host Japanese training aircraft next year.")),
    ("demo-05", "2024-04-09", "Capital Ledger", "US and Canada agree to expand air defence modernisation",
     ("The United States and Canada agreed on Tuesday to expand the modernisation of their joint air defence command. "
     "Canada pledged new funding for northern radar stations. "
     "The United States praised Canada for the commitment.")),
    ("demo-06", "2024-04-30", "Continental Press Service", "EU and Canada clash over fishing quotas",
     ("The European Union criticized Canada over its new fishing quotas in the North Atlantic. "
     "Canada accused the European Union of ignoring scientific advice on fish stocks. "
     "The European Union threatened Canada with a complaint at the World Trade Organization.")),
    ("demo-07", "2024-05-21", "Capital Ledger", "Washington imposes tariffs on Chinese electric vehicles",
     ("The United States imposed tariffs on Chinese electric vehicles on Tuesday. "
     "China condemned the United States for the tariffs. "
     "China threatened the United States with countermeasures.")),
    ("demo-08", "2024-06-12", "Atlantic Dispatch", "NATO condemns Russian strikes on Kharkiv",
     ("NATO condemned Russia on Wednesday for missile strikes on Kharkiv. "
     "Russia attacked energy facilities in Ukraine for the third night in a row. "
     "Russia threatened NATO over weapons deliveries to Ukraine.")),
    ("demo-09", "2024-07-10", "Northern Wire", "US and Canada leaders meet at NATO summit",
     ("The United States and Canada met on the sidelines of the NATO summit in Washington on Wednesday. "
     "The United States praised Canada for raising its defence budget. "
     "Canada and the United States agreed to coordinate Arctic patrols.")),
    ("demo-10", "2024-08-20", "Pacific Report Agency", "Japan and Australia hold joint naval exercise",
     ("Japan and Australia held a joint naval exercise off Darwin on Tuesday. "
     "Australia praised Japan for its contribution to regional security. "
     "Japan agreed to send a destroyer to the next exercise.")),
    ("demo-11", "2024-09-17", "Continental Press Service", "EU and Canada meet, but trade frictions linger",
     ("Canada and the European Union met in Brussels on Tuesday for annual talks. "
     "The European Union criticized Canada again over the delayed trade ratification. "
     "Canada accused the European Union of unfair subsidies for farmers.")),
    ("demo-12", "2024-10-15", "Atlantic Dispatch", "Russia launches new offensive in eastern Ukraine",
     ("Russia attacked Ukrainian positions near Pokrovsk on Tuesday. "
     "Ukraine accused Russia of using banned munitions. "
     "Ukraine condemned Russia before the United Nations Security Council.")),
    ("demo-13", "2024-11-16", "Pacific Report Agency", "China and US agree to resume military talks",
     ("China and the United States met in Lima on Saturday. "
     "China and the United States agreed to resume military communication channels. "
     "The United States accused China of cyberattacks on American telecom companies.")),
    ("demo-14", "2024-12-31T23:30:00-05:00", "Capital Ledger", "US and Canada sign border security accord",
     ("The United States and Canada signed a border security accord on Tuesday night. "
     "The United States praised Canada for new spending on border patrols. "
     "Canada pledged more helicopters for the border.")),
    ("demo-15", "2025-01-22", "Pacific Report Agency", "Australia and Japan agree on critical minerals",
     ("Australia and Japan signed a critical minerals agreement in Canberra on Wednesday. "
     "Japan pledged investment in Australian lithium refineries. "
     "Australia praised Japan as a reliable partner.")),
    ("demo-16", "2025-02-11", "Continental Press Service", "EU and Canada open talks on security partnership",
     ("Canada and the European Union agreed on Tuesday to open talks on a security and defence partnership. "
     "The European Union praised Canada for its support of Ukraine. "
     "Canada welcomed the decision of the European Union.")),
    ("demo-17", "2025-03-06", "Northern Wire", "US and Canada agree on critical minerals cooperation",
     ("The United States and Canada agreed on Thursday to cooperate on critical minerals. "
     "The United States praised Canada for its nickel and cobalt projects. "
     "Canada pledged to speed up permits for American investors.")),
    ("demo-18", "2025-03-25", "Atlantic Dispatch", "Russia strikes Ukrainian power grid",
     ("Russia attacked the Ukrainian power grid with missiles on Tuesday. "
     "Ukraine accused Russia of trying to freeze civilians. "
     "NATO condemned Russia for the attack.")),
    ("demo-19", "2025-04-15", "Capital Ledger", "US and Canada sign Arctic research agreement",
     ("The United States and Canada signed an Arctic research agreement on Tuesday. "
     "Canada praised the United States for funding two new icebreakers. "
     "The United States pledged aid to Canadian northern communities after the spring floods.")),
    ("demo-20", "2025-05-13", "Continental Press Service", "Canada and EU sign clean energy pact",
     ("Canada and the European Union signed a clean energy agreement in Ottawa on Tuesday. "
     "The European Union praised Canada for its hydrogen exports. "
     "Canada agreed to supply liquefied natural gas to European buyers.")),
    ("demo-21", "2025-05-27", "Northern Wire", "US and Canada meet on wildfire response",
     ("The United States and Canada met in Ottawa on Tuesday to plan the wildfire season. "
     "The United States pledged aid to Canada for firefighting aircraft. "
     "Canada thanked the United States for the support.")),
    ("demo-22", "2025-06-10", "Pacific Report Agency", "Japan and Australia deepen defence ties",
     ("Japan and Australia agreed on Tuesday to build frigates together. "
     "Australia praised Japan for the offer. "
     "Japan and Australia signed a new intelligence sharing agreement.")),
    ("demo-23", "2025-06-23", "Continental Press Service", "Canada and EU sign defence partnership",
     ("Canada and the European Union signed a security and defence partnership in Brussels on Monday. "
     "The European Union praised Canada as a trusted ally. "
     "Canada pledged to join European defence procurement projects.")),
    ("demo-24", "2025-07-08", "Northern Wire", "US and Canada agree to extend border cooperation",
     ("The United States and Canada agreed on Tuesday to extend their border cooperation programme. "
     "Canada praised the United States for sharing intelligence on drug trafficking. "
     "The United States and Canada met again in Washington to review the programme.")),
    ("demo-25", "2025-07-29", "Atlantic Dispatch", "Russia strikes Kyiv as NATO pledges air defence",
     ("Russia attacked Kyiv with drones and missiles on Tuesday. "
     "Ukraine accused Russia of deliberately targeting apartment blocks. "
     "NATO pledged aid to Ukraine for air defence systems.")),
    ("demo-26", "2025-08-26", "Capital Ledger", "US imposes tariffs on Canadian steel",
     ("The United States imposed tariffs on Canadian steel and aluminium on Tuesday. "
     "Canada condemned the United States for the tariffs. "
     "Canada accused the United States of breaking their trade agreement.")),
    ("demo-27", "2025-09-02", "Northern Wire", "Canada retaliates with tariffs on US goods",
     ("Canada imposed tariffs on American goods worth billions of dollars on Tuesday. "
     "The United States threatened Canada with new tariffs on cars. "
     "The United States criticized Canada for the retaliation.")),
    ("demo-28", "2025-09-09", "Capital Ledger", "US accuses Canada of dumping lumber",
     ("The United States accused Canada of dumping softwood lumber on the American market. "
     "Canada rejected the accusation and condemned the United States. "
     "The United States imposed new tariffs on Canadian lumber.")),
    ("demo-29", "2025-09-16", "Northern Wire", "Canada threatens energy export curbs",
     ("Canada threatened the United States with curbs on electricity exports. "
     "The United States accused Canada of blackmail. "
     "Canada criticized the United States for abandoning the border cooperation programme.")),
    ("demo-30", "2025-09-18", "Pacific Report Agency", "China and US trade accusations continue",
     ("The United States accused China of subsidising steel exports. "
     "China and the United States met in Geneva on Thursday for trade talks. "
     "China criticized the United States for new export controls.")),
    ("demo-31", "2025-09-22", "Continental Press Service", "Canada and EU pledge joint aid to Ukraine",
     ("Canada and the European Union pledged aid to Ukraine for winter energy repairs on Monday. "
     "The European Union praised Canada for its leadership. "
     "Japan and Australia signed a space cooperation agreement on the same day.")),
    ("demo-32", "2024-11-20", "Continental Press Service", "EU and Canada trade barbs over dairy and forests",
     ("The European Union accused Canada of protecting its dairy farmers from European competition. "
      "Canada criticized the European Union over its new deforestation rules. "
      "The European Union rejected the Canadian complaint.")),
    ("demo-33", "2025-07-15", "Continental Press Service", "Canada and EU agree to link carbon markets",
     ("Canada and the European Union agreed on Tuesday to link their carbon markets. "
      "The European Union praised Canada for its climate policy. "
      "Canada signed a research agreement with the European Union in Brussels.")),
    ("demo-34", "2025-08-19", "Northern Wire", "Canada and EU meet on critical minerals",
     ("Canada and the European Union met in Ottawa on Tuesday to discuss critical minerals. "
      "Canada and the European Union agreed to cooperate on battery supply chains. "
      "The European Union welcomed the offer of Canada to supply nickel.")),
]


def main() -> None:
    with OUT.open("w", encoding="utf-8") as fh:
        for id_, published, source, title, body in STORIES:
            row = {"id": id_, "title": title, "text": f"{NOTE}\n\n{body}", "published": published,
                   "source": source, "fictional": NOTE}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(STORIES)} fictional articles written to {OUT}")


if __name__ == "__main__":
    main()
