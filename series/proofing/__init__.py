"""机审: the machine pre-check an installment passes before each sign-off.

- ``findings``: a Finding (rule, severity, where, the words) and the Report.
- ``pieces``: every text an editor proofreads, with where it sits in the page.
- one module per rule: ``numbers`` (text against the key figures), ``punctuation``,
  ``names`` (people and places one homophone off the newsroom's records),
  ``wording`` (the editors' 规范表述 list), ``numerals`` (GB/T 15835).
- ``checks``: runs them all over one installment (``precheck``).
- ``gate``: what blocks an approval, and the 终审 override.

Every rule is a pure function of the texts and the reference data it is given,
so each is tested on its own; ``checks.precheck`` loads that data once.
"""
