"""Dossier texts: key reasons, strategy, SWOT, etiquette, relations, complaints (demo data)."""

from __future__ import annotations

from typing import Final

COUNTRY_NAMES: Final = {
    "RU": "Russia",
    "HU": "Hungary",
    "IT": "Italy",
    "AZ": "Azerbaijan",
    "KZ": "Kazakhstan",
}
MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# How a justification names a client's industry ("in {industry}").
INDUSTRY_PHRASES: Final = {
    "Retail chain": "retail",
    "Food production": "food production",
    "HoReCa": "hospitality",
    "Logistics": "logistics",
    "Pharma": "pharma",
    "Construction": "construction",
    "Automotive": "the automotive industry",
    "Facility services": "facility services",
}

# Why the revenue key accounts matter, by their rank among our clients.
REVENUE_RANKS: Final = (
    "our largest account and a critical dependency",
    "our second-largest account",
    "our third-largest account",
    "one of our largest accounts",
)
# One-sentence justifications per key reason (models.client.KEY_REASONS). Placeholders:
# share, rank, spend (thousand EUR), wallet (our % of it), industry, country, city, category.
KEY_REASON_TEXTS: Final[dict[str, tuple[str, ...]]] = {
    "revenue": ("About {share} % of our net revenue over the last 12 months: {rank}.",),
    "potential": (
        "Spends about {spend} k EUR a year on our categories; we cover only {wallet} % of it.",
        "Buys about {spend} k EUR a year of what we sell, only {wallet} % of it from us so far.",
    ),
    "reference": (
        "Everyone in {industry} in {country} knows them; prospects ask whether we supply them.",
        "Among the best-known names in {industry} in {country}; their name helps us in tenders.",
        "A recognised brand in {city}; their reference letter won us two new clients.",
    ),
    "partner": (
        "Runs joint tenders with us for public contracts in {country}.",
        "Shares monthly consumption forecasts; we plan our stock on their data.",
        "Develops a private-label {category} range together with us.",
    ),
    "competent": (
        "Their purchasing team writes precise specifications and gives honest feedback on "
        "our range.",
        "Their quality department audits suppliers thoroughly; passing it is a mark of "
        "quality for us.",
        "Their category managers know the market; they tell us early what clients will ask for.",
    ),
    "innovator": (
        "First to trial our new {category} line; others in {industry} follow what they adopt.",
        "Pilots e-invoicing and automatic reordering with us before we offer them to others.",
        "Tests new {category} products for us before launch.",
    ),
}
POTENTIAL_PROSPECT: Final = (
    "Spends about {spend} k EUR a year on our categories and buys nothing from us yet.",
    "A {spend} k EUR a year buyer of what we sell, still entirely with competitors.",
)

# Vision and priorities of the client. Placeholders: n, year, country, city.
VISIONS: Final = (
    "Become the leading company of its kind in {country} by {year}; priorities: cost "
    "control, reliable supply and fewer suppliers.",
    "Grow revenue by {n} % a year without losing margin; priorities are automation and lean "
    "purchasing.",
    "Open {n} new sites by {year}; needs suppliers who can follow them to new regions.",
    "Sustainability first: {n} % less plastic by {year}, certified suppliers only.",
    "Centralise purchasing at headquarters in {city}; fewer, larger framework contracts.",
    "Quality and safety above price; audit-ready documentation from every supplier.",
    "Protect cash in a weak market: less stock, longer payment terms, stable prices.",
    "Digital procurement by {year}: EDI orders, e-invoices and a supplier portal.",
)
# SWOT of our position at the client. Placeholders: n, year, month, since, city, country,
# category, competitor.
SWOT_STRENGTHS: Final = (
    "Reliable deliveries since {since}; the warehouse team trusts us.",
    "The only supplier covering {category} and hygiene on one invoice.",
    "Good personal relationship with the purchasing head.",
    "Our prices are fixed until the end of the year.",
    "Consignment stock on site: they never run out.",
    "Technical advice on wrapping and dosing that competitors do not give.",
    "Complaints handled fast: credit notes within a week.",
)
SWOT_WEAKNESSES: Final = (
    "Our prices are about {n} % above the local competitor's.",
    "Only one person at the client knows us well.",
    "Deliveries outside {city} take three days.",
    "No EDI link yet; orders arrive by e-mail and get lost.",
    "Two late deliveries last quarter damaged trust.",
    "We do not meet the director regularly.",
    "Narrow range in {category}; they buy the rest elsewhere.",
)
SWOT_OPPORTUNITIES: Final = (
    "A new site opens in {year}: volumes could grow by {n} %.",
    "The competitor's contract for {category} ends in {month}.",
    "They move to eco packaging, where our kraft and bagasse lines fit.",
    "Centralised purchasing would let us supply every site.",
    "They want fewer suppliers: we can take over {category}.",
    "The new purchasing head is open to a supplier review.",
)
SWOT_THREATS: Final = (
    "{competitor} offers free dispensers for a three-year contract.",
    "{competitor} undercuts us on {category} by about {n} %.",
    "Headquarters may run a central tender next year.",
    "Their cash flow is tight; payments could slip.",
    "Our champion there may leave the company.",
    "They are considering direct imports from Asia.",
)
DELIVERY_SITES: Final = (
    "Central warehouse",
    "Distribution centre",
    "Production site",
    "Goods-in",
    "Regional warehouse",
)
DELIVERY_HOURS: Final = (
    "deliveries 7:00-14:00",
    "ramp {ramp}, announce by phone",
    "pallets max 1.6 m high",
    "no deliveries on Fridays",
)

# A department mailbox per contact slot (see SLOTS), for the second e-mail address.
SLOT_MAILBOXES: Final = (
    "office",
    "purchasing",
    "purchasing",
    "accounting",
    "reception",
    "warehouse",
    "quality",
    "operations",
    "category",
)
FAMILIARITY: Final = ("none", "brief", "regular", "in depth")

# Etiquette a KAM must remember: fragments joined into one line, common and per country.
ETIQUETTE_COMMON: Final = (
    "prefers formal address until offered otherwise",
    "no calls before 10:00",
    "does not drink alcohol at business dinners",
    "vegetarian",
    "punctual to the minute; warn in advance if late",
    "dislikes small talk: come straight to the point",
    "expects the agenda by e-mail the day before",
    "no meetings on Friday afternoons",
    "likes to talk about family before business",
    "prefers short messages to calls",
    "accepts gifts only within company policy (under 30 EUR)",
    "smokes: plan a break in long meetings",
)
ETIQUETTE_BY_COUNTRY: Final[dict[str, tuple[str, ...]]] = {
    "RU": (
        "address by first name and patronymic",
        "expects the first meeting in person, not by video",
        "toasts at dinners: have a short one ready",
        "flowers for the assistant on 8 March",
    ),
    "HU": (
        "write 'Tisztelt' in letters; first names only when offered",
        "name days matter: send greetings",
        "no meetings over lunch (12:00-13:00)",
        "appreciates a good wine; never bring a supermarket bottle",
    ),
    "IT": (
        "always use the professional title (Dott., Ing.)",
        "no business calls in August",
        "lunch meetings run long: plan two hours",
        "values a well-designed offer as much as the price",
    ),
    "AZ": (
        "tea first, business later: never rush the first meeting",
        "greet the eldest person in the room first",
        "does not drink alcohol; offer tea or juice",
        "no meetings in the Novruz holiday week",
    ),
}

RELATION_NOTES: Final[dict[str, tuple[str, ...]]] = {
    "influences": (
        "Former colleagues; asked for an opinion before every decision.",
        "They play tennis together on Thursdays.",
        "Brought the other into the company and is still a mentor.",
        "Related by marriage.",
        "Prepares every decision memo the other signs.",
        "Old friends from university.",
        "Has the owner's ear; weighs more than the title suggests.",
    ),
    "conflicts": (
        "Competing for the same promotion.",
        "Openly disagreed about the supplier change last year.",
        "Blames the other's department for every stock-out.",
        "Do not invite both to the same meeting.",
        "Budget dispute between their departments.",
    ),
}

# (subject, description, resolution). Placeholders: n, days, lot, category.
COMPLAINTS: Final = (
    (
        "Damaged delivery",
        "{n} cartons of {category} arrived crushed; photos are attached to the delivery note.",
        "Replacement delivered; the damaged goods were credited.",
    ),
    (
        "Late delivery",
        "The delivery arrived {days} days late and a production line had to wait.",
        "Apologised in person; the carrier for this route was changed.",
    ),
    (
        "Short delivery",
        "{n} units missing against the order; the delivery note was signed with remarks.",
        "The missing quantity was delivered the next day.",
    ),
    (
        "Quality: {category}",
        "Batch {lot} does not meet the specification; the client stopped using it.",
        "Batch recalled and replaced; the manufacturer's corrective action report was sent.",
    ),
    (
        "Invoice error",
        "Invoice prices above the agreed price column on several lines.",
        "Credit note issued for the difference; price list corrected.",
    ),
    (
        "Wrong product delivered",
        "Received the wrong {category} article; the order gave the right article number.",
        "Exchanged at our cost within two days.",
    ),
    (
        "Missing certificates",
        "Certificates of conformity for {category} (batch {lot}) missing; goods blocked at "
        "goods-in.",
        "Certificates sent; the goods were released.",
    ),
)
