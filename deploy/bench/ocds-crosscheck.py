# Independent check of published OCDS with Python jsonschema (Draft 4, formats on), the
# library OCP's lib-cove-ocds builds on, against the bundled OCDS 1.1.5 schemas (needs python3
# jsonschema >= 4.18 and referencing). Usage: ocds-crosscheck.py <package.json> <release|record>
import json, sys, pathlib
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
base = pathlib.Path(__file__).resolve().parents[2] / "portal-api/src/main/resources/id/terbuka/contracts/ocds/1__1__5"
url = "https://standard.open-contracting.org/schema/1__1__5/"
resources = []
for f in base.glob("*.json"):
    s = json.loads(f.read_text())
    resources.append((url + f.name, Resource.from_contents(s, default_specification=__import__("referencing.jsonschema").jsonschema.DRAFT4)))
registry = Registry().with_resources(resources)
kind = sys.argv[2]
schema = json.loads((base / f"{kind}-package-schema.json").read_text())
doc = json.loads(pathlib.Path(sys.argv[1]).read_text())
v = Draft4Validator(schema, registry=registry, format_checker=FormatChecker())
errors = list(v.iter_errors(doc))
print(sys.argv[1], kind, "errors:", len(errors))
for e in errors[:5]:
    print(" ", list(e.absolute_path), e.message[:200])
