"""Test articles written for these tests (fictional details; our own words)."""

QUAKE_CHILE = (
    "A magnitude 6.8 earthquake struck northern Chile on Tuesday, killing at least twelve "
    "people in the port city of Antofagasta, the national emergency office said. The quake "
    "brought down two apartment blocks near the harbour and cut power to most of the region. "
    "President Gabriel Boric flew to Antofagasta in the evening and promised money for "
    "rebuilding. Rescue teams with dogs searched the rubble through the night, and the navy "
    "sent a hospital ship to the bay. The emergency office said aftershocks were likely for "
    "several days and asked residents to sleep away from damaged buildings."
)

QUAKE_CHILE_REWRITE = (
    "At least twelve people died in Antofagasta after a strong earthquake of magnitude 6.8 "
    "shook the north of Chile on Tuesday, according to the country's emergency office. Two "
    "apartment buildings close to the harbour collapsed and most of the region lost "
    "electricity. Gabriel Boric, the president, travelled to the port city that evening and "
    "pledged funds to rebuild. Rescuers and sniffer dogs worked overnight in the debris while "
    "the navy dispatched a hospital ship. Officials warned that aftershocks could continue."
)

QUAKE_CHILE_FOLLOWUP = (
    "The death toll from Tuesday's magnitude 6.8 earthquake in Antofagasta rose to nineteen on "
    "Friday, Chile's emergency office said, as rescue teams pulled more bodies from the two "
    "collapsed apartment blocks near the harbour. President Gabriel Boric returned to the port "
    "city and announced a reconstruction fund. Power has been restored to most of northern "
    "Chile, the office said, but hundreds of residents still sleep in tents."
)

QUAKE_INDONESIA = (
    "A magnitude 5.9 earthquake hit the island of Sulawesi in Indonesia on Tuesday, damaging "
    "hundreds of homes in the town of Mamuju, the disaster agency BNPB said. Three people were "
    "injured by falling roofs and a mosque lost its minaret. Residents in Mamuju ran into the "
    "streets and some spent the night in the hills for fear of a tsunami, although no warning "
    "was issued. The agency said it was sending tents and food to the town."
)

BACKGROUND = [
    "The central bank of Norway raised its key interest rate by a quarter point on Thursday to "
    "slow inflation, and said further increases were possible this year if prices kept rising "
    "faster than wages. Economists in Oslo had expected the move.",
    "A new football stadium opened in the city of Porto on Saturday with a friendly match "
    "between the home side and a visiting club from Brazil. Forty thousand fans attended and "
    "the local mayor cut a ribbon before kick-off.",
    "Farmers in the Punjab region protested against a proposed law on crop prices, blocking a "
    "highway with tractors for six hours. Union leaders said the law would cut their incomes "
    "and demanded talks with the agriculture ministry.",
    "A software company in Seattle announced that it would lay off eight hundred employees "
    "after its quarterly revenue fell short of forecasts. The chief executive said the cuts "
    "would mostly affect the marketing and sales departments.",
    "Scientists in Australia reported that coral bleaching on the Great Barrier Reef had "
    "spread to new areas during a summer heatwave, and warned that repeated bleaching leaves "
    "reefs little time to recover.",
]


def near_copy(text: str) -> str:
    """A wire copy with a few word edits and a dateline added."""
    return ("SANTIAGO (Wire) - " + text.replace("at least twelve", "at least 12")
            .replace("Rescue teams", "Rescuers").replace("the night", "the whole night"))
