"""Reading responses the way a browser or crawler would: parsed HTML and JSON-LD."""

import json

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def json_ld(response) -> list[dict]:
    """Every JSON-LD object on the page, parsed from its <script> element's text."""
    scripts = soup(response).find_all("script", type="application/ld+json")
    return [json.loads(script.string) for script in scripts]


def ld_of_type(response, schema_type: str) -> dict:
    found = [item for item in json_ld(response) if item.get("@type") == schema_type]
    assert len(found) == 1, f"expected one {schema_type}, got {len(found)}"
    return found[0]


def texts(elements) -> list[str]:
    return [" ".join(element.get_text(" ", strip=True).split()) for element in elements]
