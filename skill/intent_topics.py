"""The one table from a topic intent to the content entry that answers it.

Read by the topic handlers (``skill.handlers.topics``), the clinician's review report
(``skill.review``) and the consistency tests, so an intent, its answer and its review can never
drift apart. Every locale's content has each of these entries (the parity test checks).
"""

from types import MappingProxyType

TOPIC_OF_INTENT = MappingProxyType({
    "HeatOrIceIntent": "heat_or_ice",
    "DurationIntent": "duration",
    "CausesIntent": "causes",
    "DehydrationIntent": "dehydration",
    "TreatmentIntent": "treatment",
    "MedicationIntent": "medication",
    "ExerciseIntent": "exercise",
    "PreventionIntent": "prevention",
    "RecoveryIntent": "recovery",
    "MobilityIntent": "mobility",
    "ERInfoIntent": "er_info",
    "ERLocationIntent": "er_location",
    "ERPhoneIntent": "er_phone",
})
# The heat-or-ice answer once the onset is known: ice inside 48 hours, heat after.
TIMED_HEAT_OR_ICE = ("heat_or_ice_ice", "heat_or_ice_heat")
