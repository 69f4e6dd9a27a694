"""A deterministic synthetic corpus of legal-aid documents, for benchmarks.

Every person, case and number here is invented.  Names are drawn from lists of common
Afghan and Pakistani given and family names, each in several Latin spellings
(Mohammad/Muhammad/Mohammed/Md., Qasim/Kasim, Ahmadzai/Ahmadzay …) and sometimes in
Arabic script (محمد, قاسم, احمدزی …), so that name-variant search has work to do.
Documents carry case numbers (``AFG-2023-00042``), passport numbers (``P`` + 8 digits
after "Passport No.:"), A-numbers (``A-123-456-789``), dates written in several formats,
statement, interview, embassy, visa and deportation vocabulary, and about one sentence
in ten in Persian.

The same ``n`` and ``seed`` always give the same documents::

    from benchmarks.corpus import documents, write_files
    for doc in documents(1000):          # SyntheticDocument objects
        ...
    write_files(Path("corpus"), 1000)    # .txt and .eml files for an ingest benchmark
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from email.utils import format_datetime
from itertools import accumulate
from pathlib import Path

# Canonical name → the spellings used for it (Latin variants first, Arabic script last).
GIVEN_NAMES: dict[str, tuple[str, ...]] = {
    "Mohammad": ("Mohammad", "Muhammad", "Mohammed", "Md.", "Mohamad", "محمد"),
    "Qasim": ("Qasim", "Kasim", "Qassim", "قاسم"),
    "Abdul Rahman": ("Abdul Rahman", "Abdol Rahman", "Abdurrahman", "عبدالرحمن"),
    "Hamidullah": ("Hamidullah", "Hamidollah", "Hameedullah", "حمیدالله"),
    "Najibullah": ("Najibullah", "Najibollah", "Nadjibullah", "نجیب‌الله"),
    "Ahmad": ("Ahmad", "Ahmed", "Ahmet", "احمد"),
    "Farid": ("Farid", "Fareed", "فرید"),
    "Wahid": ("Wahid", "Waheed", "Vahid", "واحد"),
    "Yusuf": ("Yusuf", "Yousuf", "Yousef", "Yusof", "یوسف"),
    "Fatima": ("Fatima", "Fatema", "Fatimah", "فاطمه"),
    "Zainab": ("Zainab", "Zaynab", "Zeinab", "زینب"),
    "Maryam": ("Maryam", "Mariam", "Maryum", "مریم"),
    "Khadija": ("Khadija", "Khadijah", "Khadidja", "خدیجه"),
    "Shabnam": ("Shabnam", "Shabnum", "شبنم"),
    "Gulalai": ("Gulalai", "Gulalay", "Gulalei", "گلالۍ"),
    "Rahim": ("Rahim", "Raheem", "رحیم"),
    "Bilal": ("Bilal", "Belal", "بلال"),
    "Imran": ("Imran", "Emran", "عمران"),
    "Sadiq": ("Sadiq", "Sadeq", "Sadik", "صادق"),
    "Zarghuna": ("Zarghuna", "Zarghona", "زرغونه"),
}
FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "Ahmadzai": ("Ahmadzai", "Ahmadzay", "Ahmedzai", "احمدزی"),
    "Popalzai": ("Popalzai", "Popalzay", "پوپلزی"),
    "Karimi": ("Karimi", "Kareemi", "کریمی"),
    "Hussaini": ("Hussaini", "Husseini", "Hosseini", "حسینی"),
    "Rahimi": ("Rahimi", "Raheemi", "رحیمی"),
    "Stanikzai": ("Stanikzai", "Stanekzai", "ستانکزی"),
    "Sultani": ("Sultani", "Soltani", "سلطانی"),
    "Noori": ("Noori", "Nuri", "Noorie", "نوری"),
    "Qureshi": ("Qureshi", "Qurashi", "Kureshi", "قریشی"),
    "Khan": ("Khan", "Khaan", "خان"),
    "Haidari": ("Haidari", "Haydari", "Heidari", "حیدری"),
    "Safi": ("Safi", "Saafi", "صافی"),
    "Mohammadi": ("Mohammadi", "Muhammadi", "Mohammedi", "محمدی"),
    "Naseri": ("Naseri", "Nasiri", "ناصری"),
    "Wardak": ("Wardak", "Vardak", "وردک"),
}
PLACES = (
    "Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Kunduz", "Ghazni",
    "Peshawar", "Quetta", "Islamabad", "Karachi", "Lahore", "Tehran", "Mashhad",
    "Istanbul", "Athens", "Berlin", "Vienna",
)  # fmt: skip
PREFIXES = ("AFG", "PAK", "IRN")
LANGUAGES = ("en", "fa")

# Sentence templates; {p} a person, {g} a given name, {place}, {date}, {case}, {passport},
# {anumber} are filled in.  English legal-aid vocabulary, invented content.
SENTENCES = (
    "{p} stated that he left {place} on {date} after threats from local commanders.",
    "During the interview on {date}, {p} described the journey through {place}.",
    "The embassy in {place} refused the visa application for {p} on {date}.",
    "{p} holds Passport No.: {passport}, issued in {place}.",
    "The applicant's A-number is {anumber}; the file reference is {case}.",
    "A deportation order was issued on {date} and appealed by counsel for {p}.",
    "The family reunification request for {p} remains pending at the embassy.",
    "{p} fears persecution because of prior work as an interpreter for foreign forces.",
    "The hearing in case {case} was adjourned to {date} at the request of the tribunal.",
    "Counsel submitted a written statement and two witness declarations on {date}.",
    "{g} was detained at the border near {place} and released after three days.",
    "The asylum interview transcript contains inconsistencies about the dates of travel.",
    "The humanitarian parole application was filed with supporting evidence on {date}.",
    "{p} reported that the Taliban searched the house in {place} twice.",
    "The visa appointment at the consulate in {place} was cancelled without notice.",
    "Medical records from {place} confirm injuries consistent with the statement.",
    "The removal was stayed pending the outcome of the appeal in {case}.",
    "{p} requested an interpreter in Dari for the next interview.",
    "A copy of the tazkira and the passport of {p} is attached to this declaration.",
    "The officer noted that {g} had no criminal record in {place}.",
    "Biometrics were taken at the visa application centre on {date}.",
    "The evacuation flight list of {date} included {p} and two children.",
    "Legal aid was granted for the judicial review in {case}.",
    "{p} has lived in {place} since the fall of the government in August 2021.",
)
PERSIAN_SENTENCES = (
    "من در تاریخ {date} از کابل خارج شدم.",
    "طالبان دو بار به خانه ما آمدند و پدرم را تهدید کردند.",
    "درخواست ویزای من در سفارت رد شد.",
    "من برای نیروهای خارجی به عنوان ترجمان کار می‌کردم.",
    "برادرم در مرز ایران بازداشت شد.",
    "ما از هرات به مشهد و سپس به ترکیه رفتیم.",
    "پاسپورت من در راه گم شد و تذکره دارم.",
    "خانواده من هنوز در کابل زندگی می‌کنند.",
    "مصاحبه پناهندگی من به تعویق افتاد.",
    "وکیل من درخواست تجدید نظر را ثبت کرد.",
    "من از اخراج به افغانستان می‌ترسم.",
    "دخترم به مدرسه نمی‌تواند برود.",
    "این اظهارنامه را به زبان دری نوشتم.",
    "نام من {p} است و در {place} به دنیا آمدم.",
    "شوهرم در جنگ کشته شد و من با سه فرزند تنها هستم.",
)
SUBJECTS = (
    "Interview appointment",
    "Visa decision",
    "Documents for the appeal",
    "Deportation order — urgent",
    "Embassy appointment confirmation",
    "Statement draft for review",
    "Family reunification update",
    "Request for interpreter",
)
FORM_FIELDS = (
    ("Pt1Line1a_FamilyName", "Family Name (Last Name)"),
    ("Pt1Line1b_GivenName", "Given Name (First Name)"),
    ("Pt1Line3_DateOfBirth", "Date of Birth"),
    ("Pt1Line4_CityOfBirth", "City or Town of Birth"),
    ("Pt1Line5_PassportNumber", "Passport Number"),
    ("Pt1Line6_ANumber", "Alien Registration Number (A-Number)"),
    ("Pt2Line1_CaseNumber", "Case Number"),
    ("Pt2Line2_CountryOfNationality", "Country of Nationality"),
)
FORM_TITLES = ("Application for Asylum", "Request for Family Reunification", "Parole Request")
DOC_TITLES = ("Statement", "Interview notes", "Embassy letter", "Appeal submission", "Case file")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
FIRST_DAY, DAYS = date(2019, 1, 1), 7 * 365

# The Zipfian vocabulary (``vocabulary="zipf"``): the n-th most common word is used about
# 1/n^ZIPF_EXPONENT as often as the first, as in real text.  Function words come first;
# the templates' own words (visa, interpreter, embassy …) are spread over the first
# ZIPF_TEMPLATE_SPREAD ranks; the rest are invented words.  Only one line in
# ZIPF_TEMPLATE_EVERY is a template sentence (for names, places and numbers).
ZIPF_EXPONENT = 1.07
ZIPF_WORDS = 30_000
ZIPF_TEMPLATE_SPREAD = 3_000
ZIPF_TEMPLATE_EVERY = 5
VOCABULARIES = ("templates", "zipf")
_FUNCTION_WORDS = (
    "the", "of", "and", "to", "in", "a", "was", "for", "on", "that", "is", "with", "by",
    "at", "as", "from", "his", "her", "he", "she", "it", "they", "their", "had", "has",
    "have", "not", "be", "this", "were", "or", "an", "been", "which", "are", "who",
    "after", "before",
)  # fmt: skip
_SYLLABLES = (
    "ka", "ro", "mi", "tan", "sel", "du", "ver", "nor", "pa", "li", "gar", "shi", "bo",
    "den", "fa", "tur", "ze", "kol", "mar", "ni", "ast", "ul", "bre", "hon",
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    """An invented person: canonical names, and the spelling one document uses."""

    given: str
    family: str
    spelled: str


@dataclass(frozen=True)
class SyntheticDocument:
    """One invented document; ``fields`` holds (name, value, type, label) for forms."""

    number: int
    title: str
    kind: str  # "document", "form" or "email"
    pages: list[str]
    date: str  # ISO, YYYY-MM-DD
    language: str  # "en" or "fa"
    cases: list[str]
    fields: list[tuple[str, str, str, str]] = field(default_factory=list)
    sender: str = ""
    people: list[Person] = field(default_factory=list)

    @property
    def file_name(self) -> str:
        """The file name :func:`write_files` gives this document."""
        suffix = ".eml" if self.kind == "email" else ".txt"
        return f"{self.number:07d}-{self.kind}{suffix}"


class _Generator:
    """The random choices behind one corpus (one ``random.Random``)."""

    def __init__(self, n: int, seed: int, vocabulary: str = "templates") -> None:
        if vocabulary not in VOCABULARIES:
            raise ValueError(f"vocabulary is one of {VOCABULARIES}, not {vocabulary!r}")
        self.rng = random.Random(seed)
        self.case_count = max(1, n // 8)  # about eight documents per case
        self.zipf = _zipf_vocabulary(random.Random(seed + 1)) if vocabulary == "zipf" else None

    def spelling(self, variants: tuple[str, ...]) -> str:
        """One spelling: mostly the first Latin ones, Arabic script about one time in ten."""
        if self.rng.random() < 0.1:
            return variants[-1]
        return self.rng.choice(variants[:-1])

    def person(self) -> Person:
        given = self.rng.choice(list(GIVEN_NAMES))
        family = self.rng.choice(list(FAMILY_NAMES))
        spelled = f"{self.spelling(GIVEN_NAMES[given])} {self.spelling(FAMILY_NAMES[family])}"
        return Person(given, family, spelled)

    def case_id(self) -> str:
        number = self.rng.randrange(1, self.case_count + 1)
        year = 2019 + number % 7
        return f"{PREFIXES[number % len(PREFIXES)]}-{year}-{number:05d}"

    def day(self) -> date:
        return FIRST_DAY + timedelta(days=self.rng.randrange(DAYS))

    def written(self, day: date) -> str:
        """A date in one of the formats people write."""
        style = self.rng.randrange(4)
        if style == 0:
            return day.isoformat()
        if style == 1:
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        if style == 2:
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"

    def passport(self) -> str:
        return f"P{self.rng.randrange(10**8):08d}"

    def anumber(self) -> str:
        digits = f"{self.rng.randrange(10**9):09d}"
        return f"A-{digits[:3]}-{digits[3:6]}-{digits[6:]}"

    def sentence(self, people: list[Person], case: str, persian: bool) -> str:
        person = self.rng.choice(people)
        template = self.rng.choice(PERSIAN_SENTENCES if persian else SENTENCES)
        return template.format(
            p=person.spelled,
            g=person.spelled.split()[0],
            place=self.rng.choice(PLACES),
            date=self.written(self.day()),
            case=case,
            passport=self.passport(),
            anumber=self.anumber(),
        )

    def zipf_sentence(self) -> str:
        """Six to eighteen words drawn from the Zipfian vocabulary."""
        words, weights = self.zipf  # type: ignore[misc]
        drawn = self.rng.choices(words, cum_weights=weights, k=self.rng.randint(6, 18))
        return " ".join(drawn).capitalize() + "."

    def page(self, people: list[Person], case: str, persian_share: float) -> str:
        """About 400–750 characters of sentences, a few to a paragraph."""
        lines, size = [], 0
        target = self.rng.randrange(400, 750)
        while size < target:
            persian = self.rng.random() < persian_share
            if self.zipf and not persian and self.rng.randrange(ZIPF_TEMPLATE_EVERY):
                line = self.zipf_sentence()
            else:
                line = self.sentence(people, case, persian)
            lines.append(line)
            size += len(line) + 1
        return " ".join(lines)

    def pages(self, people: list[Person], case: str, language: str) -> list[str]:
        share = 0.7 if language == "fa" else 0.06
        return [self.page(people, case, share) for _ in range(self.rng.randint(1, 4))]


def documents(n: int, seed: int = 7, vocabulary: str = "templates") -> Iterator[SyntheticDocument]:
    """``n`` invented documents, always the same for the same ``n``, ``seed`` and
    ``vocabulary`` ("templates": every line from the sentence templates; "zipf": most
    lines drawn from a Zipfian vocabulary, see :data:`ZIPF_EXPONENT`)."""
    gen = _Generator(n, seed, vocabulary)
    for number in range(1, n + 1):
        roll = gen.rng.random()
        kind = "form" if roll < 0.15 else "email" if roll < 0.35 else "document"
        yield _document(gen, number, kind)


def _zipf_vocabulary(rng: random.Random) -> tuple[list[str], list[float]]:
    """Words from the most common down, and their cumulative Zipfian weights."""
    template_words = {
        w
        for line in SENTENCES
        for w in re.findall(r"[a-z]+", re.sub(r"\{\w+\}", "", line).lower())
        if len(w) > 2
    }
    invented: set[str] = set()
    while len(invented) < ZIPF_WORDS:
        invented.add("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4))))
    ranked = [w for w in sorted(invented) if w not in template_words]
    rng.shuffle(ranked)
    for word in sorted(template_words - set(_FUNCTION_WORDS)):
        ranked.insert(rng.randrange(ZIPF_TEMPLATE_SPREAD), word)
    words = list(_FUNCTION_WORDS) + ranked[: ZIPF_WORDS - len(_FUNCTION_WORDS)]
    weights = list(accumulate(1 / rank**ZIPF_EXPONENT for rank in range(1, len(words) + 1)))
    return words, weights


def _document(gen: _Generator, number: int, kind: str) -> SyntheticDocument:
    people = [gen.person() for _ in range(gen.rng.randint(1, 3))]
    cases = [gen.case_id()]
    language = "fa" if kind != "form" and gen.rng.random() < 0.05 else "en"
    pages = gen.pages(people, cases[0], language)
    day = gen.day()
    pages[0] = f"Case No. {cases[0]} — {gen.written(day)}\n{pages[0]}"
    fields: list[tuple[str, str, str, str]] = []
    sender = ""
    if kind == "form":
        title = gen.rng.choice(FORM_TITLES)
        fields = _form_fields(gen, people[0], cases[0])
    elif kind == "email":
        title = f"{gen.rng.choice(SUBJECTS)} — {people[0].spelled}"
        sender = f"{people[0].family.lower()}.{number}@example.org"
    else:
        title = f"{gen.rng.choice(DOC_TITLES)} of {people[0].spelled}"
    return SyntheticDocument(
        number, title, kind, pages, day.isoformat(), language, cases, fields, sender, people
    )


def _form_fields(gen: _Generator, person: Person, case: str) -> list[tuple[str, str, str, str]]:
    """The filled fields of a form, named like USCIS PDF form fields."""
    given, family = person.spelled.split(" ", 1) if " " in person.spelled else (person.spelled, "")
    values = {
        "Pt1Line1a_FamilyName": family,
        "Pt1Line1b_GivenName": given,
        "Pt1Line3_DateOfBirth": gen.written(date(1960, 1, 1) + timedelta(gen.rng.randrange(15000))),
        "Pt1Line4_CityOfBirth": gen.rng.choice(PLACES[:10]),
        "Pt1Line5_PassportNumber": gen.passport(),
        "Pt1Line6_ANumber": gen.anumber(),
        "Pt2Line1_CaseNumber": case,
        "Pt2Line2_CountryOfNationality": gen.rng.choice(("Afghanistan", "Pakistan")),
    }
    return [
        (f"form1[0].#subform[0].{key}[0]", values[key], "text", label) for key, label in FORM_FIELDS
    ]


def as_text(doc: SyntheticDocument) -> str:
    """A document as a plain text (or, for emails, RFC 822) file's content."""
    body = "\n\f\n".join(doc.pages)
    if doc.kind == "email":
        headers = (
            f"From: {doc.sender}\nTo: intake@legal-aid.example.org\n"
            f"Subject: {doc.title}\nDate: {format_datetime(datetime.fromisoformat(doc.date))}\n"
            "Content-Type: text/plain; charset=utf-8\n"
        )
        return f"{headers}\n{body}\n"
    if doc.kind == "form":
        lines = [f"{label}: {value}" for _name, value, _type, label in doc.fields]
        return f"{doc.title}\n\n" + "\n".join(lines) + f"\n\n{body}\n"
    return f"{doc.title}\n\n{body}\n"


def write_files(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """Write ``n`` documents into ``folder`` as .txt and .eml files; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in documents(n, seed):
        path = folder / doc.file_name
        path.write_text(as_text(doc), encoding="utf-8")
        paths.append(path)
    return paths
