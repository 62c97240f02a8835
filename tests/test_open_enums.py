"""Open enums: decoding keeps a value the model does not list, as an UnknownValue."""

from __future__ import annotations

from botocore.model import ServiceModel

from generator.ir import build_service
from generator.loader import load_service
from generator.targets.client.pytypes import annotation, enum_literal
from runtime.enums import UnknownValue
from runtime.wire import from_wire
from tests.conftest import KITCHENSINK

MODEL = ServiceModel(
    {
        "metadata": {"protocol": "json", "apiVersion": "1", "serviceId": "x"},
        "operations": {},
        "shapes": {
            "Colour": {"type": "string", "enum": ["red", "green"]},
            "Colours": {"type": "list", "member": {"shape": "Colour"}},
            "ByColour": {
                "type": "map",
                "key": {"shape": "Colour"},
                "value": {"shape": "Colour"},
            },
        },
    }
)


def test_unlisted_values_are_kept_and_marked() -> None:
    decoded = from_wire(MODEL.shape_for("Colours"), {}, ["red", "purple"])
    assert decoded == ["red", "purple"]
    assert [type(v) for v in decoded] == [str, UnknownValue]
    mapping = from_wire(MODEL.shape_for("ByColour"), {}, {"teal": "green"})
    assert mapping == {"teal": "green"}
    [(key, value)] = mapping.items()
    assert isinstance(key, UnknownValue) and not isinstance(value, UnknownValue)


def test_annotations_say_a_value_may_be_unknown() -> None:
    service = build_service(load_service("kitchensink", KITCHENSINK))
    colour = service.shape("Colour")
    literal = (
        """_t.Literal["red", "green", "blue", 'with"quote'] | UnknownValue"""  # black's quotes
    )
    assert enum_literal(colour) == literal
    assert annotation(service, "Colour") == "Colour"  # the alias above, unknown included
    assert annotation(service, "Colour", True, "_shapes.") == "_shapes.Colour | str"
