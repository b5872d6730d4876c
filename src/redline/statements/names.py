"""Given names with a usual gender, to match "he"/"she" to the right person.

Only names that are rarely used for the other gender are listed; a person
whose gender the text never shows stays unknown and matches either pronoun.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from redline.statements.lexicon import ROLE_NOUNS

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
    abdul abdullah adnan akhil alain alberto alejandro aleksandr alfred alistair allan
    amir anand andres andreas angelo anton armando arjun arturo austin barry bernard
    bert blake boyd bruno bryce calvin cameron carlo cedric cesar chad chester clarence
    clayton clifford clint cody conor conrad cory curtis cyril damian damon darius darrell
    darryl dave declan delroy denis derrick desmond dexter diego dimitri dmitriy dominik
    doyle drew duane dustin dwayne earl eddy edgar edmund eduardo elias elijah elliot
    elon emil emilio enzo erich ernie ethan eugene evgeny fabian farid farhad felipe felix
    fernando fidel florian floyd francesco francis francisco franz fraser gabriel gareth
    garrett gene geoffrey gerard gerhard giorgio giovanni glen glenn gonzalo grant gustavo
    hamid hans harvey hector heinz helmut herbert herman hiroshi horst hugo hussein ibrahim
    ignacio irving isaiah ivan jacques jaime jamal javed jay jeremiah jerome jesse jesus
    jimmie joachim joaquin joey johan johannes jose josef joseph juan julian julio jurgen
    kai karim karl kasim keith ken kendall kent khalid kieran kirill klaus kofi konstantin
    kyle lance lars leon leonardo leroy lester levi lewis lionel lloyd logan lorenzo lucas
    luigi lyle manuel marc marcel marcelo marek marko marshall marvin massimo mateo mathieu
    matthias maurice mauricio maxim melvin michel mick miles milo milton mitchell mohamad mohammad
    mohamed moses murray mustafa nasser nathaniel ned nelson nicolas nikita nikolai nils
    noel norbert olaf omar orlando osama otto pablo paolo pascal paulo percy perry
    pierre pieter quentin rafael rahul rajesh ralf ramon randall randy raul reginald rene
    reuben rex ricardo richie robbie rocco rod rodney rolf roman romeo ronnie rory ruben
    rupert salman salvador sanjay santiago saul sebastian sergio shane sheldon sidney
    silvio spencer stanislav stefan stewart sven tariq terrence theo theodore thierry
    tobias toby tomas tyrone ulrich umar uwe vaclav valentin vaughn vijay viktor vinny
    wade wallace werner wilfred willem wolfgang xavier yaroslav yasser yusuf zach zoltan
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
    adele adriana adrienne agnes aileen aisha alana alba alejandra alexis alina alma
    amelia anastasia andrea angelica anita annette antonia ariana arlene astrid audrey
    ava barbra beatrice belinda bella bernadette bethany bianca bonnie brigitte bridget
    brooke caitlin camila candace cara carla carlotta carmen carole cassandra cecilia
    celine chantal charlene chelsea chloe christa ciara clara clarissa constance cora
    corinne crystal daisy dalia daphne darlene dawn delia delphine desiree dina dolores
    dominique edith elaine elena eleni elisa eliza ella eloise elsa elvira emilia erica
    erika esther estelle eugenia eva evangeline faith farah fatima felicia florence
    francesca francine freya gabrielle gemma genevieve georgia geraldine gillian giselle
    gwen gwendolyn harriet hazel helena henrietta hilda hope ida ilse imogen ines ingrid
    irene iris isabel isabella isabelle jacinda jade jana janine jasmine jeanette
    jeanne jenna jocelyn johanna josephine juanita judy julianne juliet justine kamala
    kara karin karla katarina katharina kathryn katrina kayla keira kirsten kristin
    kristina krystal lara larissa latoya leila lena leona leslie lila liliana lillian
    lily lina lindsay lindsey lisa liza lorena lorraine louisa louise lucia luciana
    lucille luisa lydia mabel madison magdalena maggie malala mara marcia margarita
    margot mariana marianne maribel marie-claude marilyn marion marisa marlene martina
    matilda maureen maxine maya melanie mercedes meredith mia mildred miranda miriam
    molly monique nadia nadine naomi natasha nathalie nellie nikki noor norah odette
    olivia paloma pamela patrice paulette pearl penelope penny petra philippa phoebe
    priscilla priya queenie rachael raquel regina renata renee rhonda rita roberta
    robin rochelle rosalind rosemary roxanne ruby sabine sally salma selena serena
    shannon sheila shelley sherry silvia simone sofia sonia sophia stella susanna
    suzanne svetlana sylvia tamara tammy tanya tara tatiana tatyana teresa thelma
    tracy trudy valentina vera veronique viola violet vivian wanda whitney wilma yasmin
    yolanda yvette zara zoe
    """.split()
)


# Short forms and names that many people of either gender bear (Pat for
# Patricia, Chris for Christine, Jean in French): no gender from them.
UNISEX_NAMES: frozenset[str] = frozenset(
    "pat chris jamie jordan terry lee sam alex robin leslie tracy jean".split()
)


def gendered_first_name(full_name: str) -> str | None:
    """The first word of a person's name, lower case, where it can tell a
    gender at all (not a name either gender bears: "Pat"), else None."""
    words = full_name.split()
    first = words[0].lower().strip(".") if words else None
    return None if first is None or first in UNISEX_NAMES else first


def gender_of_name(full_name: str) -> str | None:
    """'m', 'f' or None from the first word of a person's name."""
    first = gendered_first_name(full_name)
    if first is None:
        return None
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None


def name_words(tokens: Sequence[Token]) -> list[Token]:
    """The words of a written name: no line breaks or spacing tokens ("Ratehub
    Inc.\\n"), no nickname in quotation marks (Riefian "Ifan" Fajarsyah is
    Riefian Fajarsyah)."""
    out: list[Token] = []
    in_quote = False
    for tok in tokens:
        if tok.is_space:
            continue
        if tok.is_quote and tok.text not in ("'", "’"):
            in_quote = not in_quote
            continue
        if not in_quote:
            out.append(tok)
    if not out or in_quote:
        out = [t for t in tokens if not t.is_space]
    # the recogniser sometimes takes in a label's colon ("Harbor Authority:")
    while len(out) > 1 and out[-1].text in (":", ",", ";"):
        out.pop()
    return out


def join_words(tokens: Sequence[Token]) -> str:
    """Tokens as written: a space only where the text had one ("Lin
    Chia-lung", not "Lin Chia - lung"), one space across a gap."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        out.append(tok.text)
        if k + 1 < len(tokens) and (tok.whitespace_ or tokens[k + 1].i != tok.i + 1):
            out.append(" ")
    return "".join(out)


# Words an acronym skips ("Organization *of* American States" is OAS).
ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "de", "la", "du", "des", "&"})


def initials(words: Sequence[str]) -> str:
    """The lower-cased acronym a name's words make ("Immigration, Refugees
    and Citizenship Canada" -> "ircc")."""
    return "".join(w[0].lower() for w in words if w and w.lower() not in ACRONYM_SKIPS and w[0].isalpha())


# At most this many capitalised words make a title before a name.
MAX_TITLE_WORDS = 5


def title_before(doc: Doc, start: int) -> list[Token]:
    """The capitalised words and joining hyphens right before the name
    starting at token ``start``, on its line ("NATO Secretary-General",
    "Kosovo Prime Minister"), across the parser's phrase and sentence
    boundaries."""
    k = start - 1
    words = 0
    while k >= 0 and words < MAX_TITLE_WORDS:
        t = doc[k]
        if "\n" in t.text or "\n" in t.whitespace_:
            break
        if t.text in ("-", "‐") and not t.whitespace_ and k > 0 and not doc[k - 1].whitespace_:
            k -= 1
            continue
        if t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ") and t.ent_type_ != "PERSON":
            words += 1
            k -= 1
            continue
        break
    lead = list(doc[k + 1:start])
    while lead and not lead[0].is_alpha:
        lead = lead[1:]
    return lead


# Words a lower-case title before a name may hold ("an *opposition* lawmaker").
_TITLE_POS = frozenset({"NOUN", "ADJ"})


def role_before(doc: Doc, start: int) -> int | None:
    """The first token of a lower-case title written right before the name
    starting at token ``start`` ("*an opposition lawmaker* Jean Rakoto"),
    with its determiner, on the name's line; None where the word before
    the name is no role noun. The parser often makes such a title a phrase
    of its own (a second subject, or a modifier of the clause before)."""
    k = start - 1
    if k < 0 or doc[k].pos_ != "NOUN" or doc[k].lemma_.lower() not in ROLE_NOUNS or doc[k].text[:1].isupper():
        return None
    while k > 0 and k > start - 1 - MAX_TITLE_WORDS:
        t = doc[k - 1]
        if "\n" in t.text or "\n" in t.whitespace_ or not t.is_alpha:
            break
        if t.pos_ == "DET":
            return k - 1
        if not (t.pos_ in _TITLE_POS and t.text.islower()) and not (t.pos_ == "PROPN" and t.is_upper):
            break
        k -= 1
    return k


def with_title_before(token: Token, left: int) -> int:
    """``left``, the first token of the phrase a proper noun ``token``
    heads, moved back over a lower-case title the parser hung elsewhere
    ("*an opposition lawmaker* Jean Rakoto told"); unchanged for any other
    head."""
    title = role_before(token.doc, left) if token.pos_ == "PROPN" else None
    return left if title is None else title
