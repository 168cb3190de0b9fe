"""Chinese numerals as newspapers print installment numbers (之一, 之十二, 之一百零一)."""

DIGITS = "零一二三四五六七八九"
UNITS = [(1000, "千"), (100, "百"), (10, "十")]
# The largest number the units above can spell.
MAX_SPELLED = 9999
_DIGIT_VALUES = {char: value for value, char in enumerate(DIGITS)} | {"两": 2, "〇": 0}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}


def chinese_numeral(number: int) -> str:
    """Spell 1..9999 the way a subtitle does: 十 not 一十, 一百零一, 一千零十."""
    if not 0 < number <= MAX_SPELLED:
        raise ValueError(f"numbers run from 1 to {MAX_SPELLED}, not {number}")
    if 10 <= number < 20:
        # Newspapers write 十二, not 一十二, for the teens.
        return "十" + (DIGITS[number - 10] if number > 10 else "")
    parts: list[str] = []
    remainder = number
    for value, unit in UNITS:
        digit, remainder = divmod(remainder, value)
        if digit:
            parts.append(DIGITS[digit] + unit)
        elif parts and remainder:
            parts.append("零")
    if remainder:
        parts.append(DIGITS[remainder])
    # Collapse runs of 零 (一千零零五 -> 一千零五).
    text = "".join(parts)
    while "零零" in text:
        text = text.replace("零零", "零")
    return text


def parse_chinese_numeral(text: str) -> int:
    """Read 十二, 二十三, 一百零一, 两百 or Arabic digits back into an int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGIT_VALUES and c not in _UNIT_VALUES for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    total, digit = 0, None
    for char in text:
        if char in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[char]
            continue
        # A bare unit (十二) means one of it.
        total += (1 if digit is None else digit) * _UNIT_VALUES[char]
        digit = None
    total += digit or 0
    if total <= 0:
        raise ValueError(f"not a positive numeral: {text!r}")
    return total


def first_free_number(taken) -> int:
    """The lowest positive installment number not in `taken`."""
    taken = set(taken)
    return next(n for n in range(1, len(taken) + 2) if n not in taken)
