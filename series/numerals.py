"""Chinese numerals as newspapers print installment numbers (之一, 之十二, 之一百零一)."""

DIGITS = "零一二三四五六七八九"
UNITS = [(1000, "千"), (100, "百"), (10, "十")]
TEN_THOUSAND = 10_000
# The largest number 万 over the units above can spell (九千九百九十九万…).
MAX_SPELLED = TEN_THOUSAND * TEN_THOUSAND - 1
_DIGIT_VALUES = {char: value for value, char in enumerate(DIGITS)} | {"两": 2, "〇": 0}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
_NUMERAL_CHARS = _DIGIT_VALUES.keys() | _UNIT_VALUES.keys() | {"万"}


def position_label(number: int | None) -> str:
    """之一, 之十二: how the paper names an installment's place in its series."""
    return f"之{chinese_numeral(number)}" if number else ""


def chinese_numeral(number: int) -> str:
    """Spell 1..99,999,999 the way a subtitle does: 十 not 一十, 一百零一, 一千零十,
    一万零一十二 (a series never runs that long; a numbering slip must not 500)."""
    if not 0 < number <= MAX_SPELLED:
        raise ValueError(f"numbers run from 1 to {MAX_SPELLED}, not {number}")
    high, low = divmod(number, TEN_THOUSAND)
    if not high:
        return _below_ten_thousand(low, leading=True)
    text = _below_ten_thousand(high, leading=True) + "万"
    if low:
        # A gap before the thousands reads as 零; after 万 the teens keep their 一.
        text += ("零" if low < 1000 else "") + _below_ten_thousand(low, leading=False)
    return text


def _below_ten_thousand(number: int, *, leading: bool) -> str:
    if leading and 10 <= number < 20:
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
    """Read 十二, 二十三, 一百零一, 两百, 一万零五 or Arabic digits back into an int."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    if not text or any(c not in _NUMERAL_CHARS for c in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    ten_thousands, total, digit = 0, 0, None
    for char in text:
        if char in _DIGIT_VALUES:
            digit = _DIGIT_VALUES[char]
            continue
        if char == "万":
            ten_thousands = (total + (digit or 0)) * TEN_THOUSAND
            total, digit = 0, None
            continue
        # A bare unit (十二) means one of it.
        total += (1 if digit is None else digit) * _UNIT_VALUES[char]
        digit = None
    total += ten_thousands + (digit or 0)
    if total <= 0:
        raise ValueError(f"not a positive numeral: {text!r}")
    return total


def first_free_number(taken) -> int:
    """The lowest positive installment number not in `taken`."""
    taken = set(taken)
    return next(n for n in range(1, len(taken) + 2) if n not in taken)
