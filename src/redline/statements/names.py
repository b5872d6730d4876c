"""Given names with a usual gender, to match "he"/"she" to the right person.

Only names that are rarely used for the other gender are listed; a person
whose gender the text never shows stays unknown and matches either pronoun.
"""

from __future__ import annotations

MALE_NAMES: frozenset[str] = frozenset(
    """
    aaron adam adrian ahmed alan albert alexander alexei alex alfonso ali andre andrew
    andrei angus anthony antonio antony arnold arthur barack ben benjamin benny bernie
    bill billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan
    carl carlos charles charlie chris christian christopher chuck clark colin craig dale
    dan daniel danny darrin darren dave david dean dennis derek dmitry dmitri dominic don
    donald doug douglas duncan dwight ed eddie edward emmanuel enrique eric erik ernest
    evan frank franklin fred frederick gary gavin george gerald gordon graham greg
    gregory guy hamish hank harold harry hassan henry howard hugh ian igor isaac ivan jack
    jacob jake james jamie jared jason javier jeff jeffrey jeremy jerry jim jimmy joe joel
    john johnny jon jonathan jordan jorge jose joseph josh joshua juan justin keith
    kenneth kevin kim-jong kirk kurt larry lawrence lee leonard liam louis luis luke mahmoud
    malcolm marco marcus mario mark martin matt matthew max michael mike mikhail miguel
    mitch mitt mohammed muhammad nathan neil nicholas nick nigel noah norman oleg oliver
    omar oscar owen pat patrick paul pedro pete peter phil philip rahm ralph ray raymond
    reagan recep reince richard rick ricky rob robert roberto rodrigo roger roland ron
    ronald ross roy rudy russell ryan sam samuel scott sean sergei sergey seth shawn simon
    stanley stephen steve steven stuart ted terry thomas tim timothy todd tom tommy tony
    travis trevor troy tyler vernon victor vincent vladimir volodymyr walter warren wayne
    wesley william willie xi yuri zachary
    """.split()
)

FEMALE_NAMES: frozenset[str] = frozenset(
    """
    abby abigail alexandra alice alicia alison allison amanda amber amy ana andrea angela
    angelina ann anna anne annie april ashley barbara betsy betty beverly brenda brittany
    carly carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine
    cindy claire claudia colleen courtney cynthia dana danielle deborah debbie debra denise
    diana diane donna doris dorothy elaine eleanor eleanore elena elisabeth elizabeth ellen
    emily emma erin eva evelyn fiona frances gabriela gail gina gloria grace hannah heather
    heidi helen hillary holly ivanka jacqueline jane janet janice jean jennifer jen jenny
    jessica jill joan joanna joy joyce judith judy julia julie karen karine kate katherine
    kathleen kathy katie kay kelly kimberly kristen laura lauren leah linda lisa liz lori
    lucy lynn madeleine margaret maria marie marilyn marina martha mary megan melania
    melissa michelle monica nancy natalie nicola nicole nina nora olga pamela patricia
    paula pauline rachel rebecca rita rosa rose ruth sabrina samantha sandra sara sarah
    sharon shirley sophie stephanie susan suzanne tanya teresa theresa tiffany tina ursula
    valerie vanessa veronica victoria virginia wendy yulia yvonne zoe
    """.split()
)


def gender_of_name(full_name: str) -> str | None:
    """'m', 'f' or None from the first word of a person's name."""
    words = full_name.split()
    if not words:
        return None
    first = words[0].lower().strip(".")
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None
