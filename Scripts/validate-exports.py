#!/usr/bin/env python3
"""Checks the hand-off golden files with tools that share no code with SDS Companion.

Run by Scripts/test inside a virtual environment holding the pinned packages in
Scripts/validate-exports.requirements.txt. For every file in Tests/SDSHandoffTests/Golden:

  NAME.json       validates against Sources/SDSHandoff/Schema/sds-draft-1.schema.json (jsonschema)
  NAME.fhir.json  validates as a FHIR R4 (4.0.1) Bundle with fhir.resources 6.4.0, the last release
                  whose default models are R4 (7.x and 8.x default to R5 and offer only R4B and STU3).
                  fhir.resources checks structure, cardinality and types but not codes, so the codes
                  of the elements SDS Companion writes are checked here against R4's required bindings,
                  and every reference must point at an entry in the Bundle.
  NAME.md         renders with cmark-gfm (GitHub's renderer, raw HTML allowed) to only the template's
                  own headings, paragraphs, bold labels and quotes: no link, image, list, table or HTML.
  NAME.html       holds only the template's tags, no event-handler or URL attributes, and a
                  Content-Security-Policy whose style hash matches the page's only style sheet.

Prints one line per problem and exits 1 if there is any.
"""
import base64
import hashlib
import html.parser
import json
import pathlib
import re
import sys

import cmarkgfm
import fhir.resources
import jsonschema
from cmarkgfm.cmark import Options
from fhir.resources.bundle import Bundle

ROOT = pathlib.Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "Tests" / "SDSHandoffTests" / "Golden"
SCHEMA = ROOT / "Sources" / "SDSHandoff" / "Schema" / "sds-draft-1.schema.json"

problems = []


def problem(path, message):
    problems.append(f"{path.relative_to(ROOT)}: {message}")


# FHIR R4 required bindings for the elements SDS Companion writes.
R4_CODES = {
    ("Bundle", "type"): {"document", "message", "transaction", "transaction-response", "batch", "batch-response", "history", "searchset", "collection"},
    ("QuestionnaireResponse", "status"): {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled", "entered-in-error", "rejected"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
}


def references(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "reference" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def check_fhir(path):
    text = path.read_text(encoding="utf-8")
    try:
        Bundle.parse_raw(text)
    except Exception as error:  # pydantic reports every problem in one message
        problem(path, "not a valid FHIR R4 Bundle: " + str(error).replace("\n", "; "))
        return
    bundle = json.loads(text)
    for key, allowed in R4_CODES.items():
        if key[0] == "Bundle" and bundle.get(key[1]) not in allowed:
            problem(path, f"Bundle.{key[1]} {bundle.get(key[1])!r} is not an R4 code")
    urls = [entry["fullUrl"] for entry in bundle.get("entry", [])]
    if len(urls) != len(set(urls)):
        problem(path, "two entries share a fullUrl")
    kinds = {}
    for entry in bundle.get("entry", []):
        resource = entry["resource"]
        kind = resource["resourceType"]
        kinds.setdefault(kind, []).append(resource)
        for (rtype, field), allowed in R4_CODES.items():
            if rtype == kind and resource.get(field) not in allowed:
                problem(path, f"{kind}.{field} {resource.get(field)!r} is not an R4 code")
    for reference in references(bundle):
        if reference not in urls:
            problem(path, f"the reference {reference} points at nothing in the Bundle")
    # What the issue asks for, against the draft the Bundle was made from.
    draft_path = path.with_name(path.name.replace(".fhir.json", ".json"))
    if draft_path.exists():
        draft = json.loads(draft_path.read_text(encoding="utf-8"))
        if len(kinds.get("QuestionnaireResponse", [])) != 1:
            problem(path, "there must be exactly one QuestionnaireResponse")
        elif len(kinds["QuestionnaireResponse"][0].get("item", [])) != len(draft["answers"]):
            problem(path, "the QuestionnaireResponse must hold every answer")
        if len(kinds.get("Goal", [])) != len(draft["outcomes"]):
            problem(path, "there must be one Goal per outcome")
        plans = kinds.get("CarePlan", [])
        goal_urls = {e["fullUrl"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Goal"}
        if len(plans) != 1 or {g["reference"] for g in plans[0].get("goal", [])} != goal_urls:
            problem(path, "there must be one CarePlan pointing at every Goal")
        if (len(kinds.get("RelatedPerson", [])) == 1) != (draft["completedBy"]["role"] == "carer"):
            problem(path, "there must be a RelatedPerson exactly when a carer filled it in")


def check_draft(path, validator):
    draft = json.loads(path.read_text(encoding="utf-8"))
    for error in sorted(validator.iter_errors(draft), key=lambda e: list(e.path)):
        problem(path, "does not match sds-draft/1 at " + "/".join(map(str, error.path)) + ": " + error.message)


def check_markdown(path):
    rendered = cmarkgfm.github_flavored_markdown_to_html(path.read_text(encoding="utf-8"), options=Options.CMARK_OPT_UNSAFE)
    tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", rendered))
    unexpected = tags - {"h1", "h2", "h3", "h4", "p", "strong", "blockquote", "code"}
    if unexpected:
        problem(path, "renders elements the template never writes: " + ", ".join(sorted(unexpected)))
    for code in re.findall(r"<code>(.*?)</code>", rendered):
        if code != "@":
            problem(path, f"renders code {code!r}; only the @ of an email address goes in code")
    for quote in re.findall(r"<blockquote>(.*?)</blockquote>", rendered, flags=re.S):
        if re.search(r"<(h[1-6]|strong)", quote):
            problem(path, "the person's words make a heading or bold text inside a quote")


class PageChecker(html.parser.HTMLParser):
    ALLOWED = {"html", "head", "meta", "title", "style", "body", "main", "h1", "h2", "h3", "h4", "p", "section", "dl", "dt", "dd", "blockquote", "ul", "li"}

    def __init__(self, path):
        super().__init__(convert_charrefs=True)
        self.path = path
        self.policy = None
        self.in_style = False
        self.style = ""

    def handle_starttag(self, tag, attrs):
        if tag not in self.ALLOWED:
            problem(self.path, f"has a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on") or name in {"src", "href", "action", "formaction", "srcset", "style"}:
                problem(self.path, f"has a {name} attribute on <{tag}>")
            if tag == "meta" and name == "http-equiv" and value == "Content-Security-Policy":
                self.policy = dict(attrs).get("content")
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if self.in_style:
            self.style += data


def check_html(path):
    checker = PageChecker(path)
    checker.feed(path.read_text(encoding="utf-8"))
    policy = checker.policy or ""
    digest = base64.b64encode(hashlib.sha256(checker.style.encode("utf-8")).digest()).decode()
    wanted = ["default-src 'none'", f"style-src 'sha256-{digest}'", "img-src 'none'", "script-src 'none'"]
    for part in wanted:
        if part not in policy:
            problem(path, f"its Content-Security-Policy lacks {part}")


def main():
    if fhir.resources.__fhir_version__ != "4.0.1":
        print(f"validate-exports: fhir.resources models FHIR {fhir.resources.__fhir_version__}, not R4 (4.0.1)", file=sys.stderr)
        return 1
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    counts = {"FHIR Bundles": 0, "drafts": 0, "Markdown files": 0, "HTML pages": 0}
    for path in sorted(GOLDEN.iterdir()):
        if path.name.endswith(".fhir.json"):
            check_fhir(path)
            counts["FHIR Bundles"] += 1
        elif path.suffix == ".json":
            check_draft(path, validator)
            counts["drafts"] += 1
        elif path.suffix == ".md":
            check_markdown(path)
            counts["Markdown files"] += 1
        elif path.suffix == ".html":
            check_html(path)
            counts["HTML pages"] += 1
    if min(counts.values()) == 0:
        problems.append("no golden files of some kind were found: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    for line in problems:
        print(line)
    summary = ", ".join(f"{v} {k}" for k, v in counts.items())
    print(f"validate-exports: checked {summary}: {len(problems)} problem{'s' if len(problems) != 1 else ''}.", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
