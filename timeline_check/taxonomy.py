"""The event taxonomy (DESIGN.md): rules, reports and evaluation all key on these names."""

EVENT_KINDS: tuple[str, ...] = (
    "breach_start",
    "breach_end",
    "discovery",
    "containment",
    "investigation_start",
    "investigation_end",
    "determination",
    "notification_individuals",
    "notification_regulator",
    "notification_media",
    "notification_law_enforcement",
    "notification_covered_entity",
    "public_disclosure",
    "publication",
)

LABELS: dict[str, str] = {
    "breach_start": "the start of the breach",
    "breach_end": "the end of the breach",
    "discovery": "the discovery",
    "containment": "the containment",
    "investigation_start": "the start of the investigation",
    "investigation_end": "the end of the investigation",
    "determination": "the determination that a breach occurred",
    "notification_individuals": "the notice to individuals",
    "notification_regulator": "the notice to the regulator",
    "notification_media": "the notice to the media",
    "notification_law_enforcement": "the report to law enforcement",
    "notification_covered_entity": "the business associate's notice to the covered entity",
    "public_disclosure": "the public disclosure",
    "publication": "the text's own date",
    "breach": "the breach",  # an act of the breach the text dates nowhere (an undated event word)
}
