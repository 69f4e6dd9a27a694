"""The Word versions of the Dari and Pashto resettlement referrals (templates/*.docx).

Written by :mod:`tools.make_word_templates` (which passes its ``Letter``); the sentences are
those of ``resettlement-referral-dari.html`` and ``-pashto.html``.  Every paragraph that
starts with a Dari or Pashto letter is marked right to left when the letter is made
(``desktop.drafting.word_direction``), so here they are only aligned to the right; tables
list their columns from the left, as in the HTML.  A number never follows a Latin value
directly (a cited title): a Dari or Pashto word comes between ("مخ ۲"), or the number
would join the Latin run.
"""

from __future__ import annotations

from typing import Any

NAME = "{% if p.name_native %}{{ p.name_native }} ({{ p.name }}){% else %}{{ p.name }}{% endif %}"
PRINCIPAL = NAME.replace("p.", "principal.")
URGENT = 'case.priority in ("emergency", "urgent")'

DARI = {
    "ref": "نمبر مراجعه: ",
    "subject": "موضوع: ارجاع برای اسکان مجدد – "
    + PRINCIPAL
    + "{% if family %} و {{ family|length|digits }} عضو فامیل{% endif %} ({{ case.id }})",
    "born": "متولد ",
    "opening": "به نمایندگی از موکل خود، " + PRINCIPAL + "{{ facts }}، که فعلاً در "
    '{{ case.location or "پاکستان" }} زندگی می‌کند، به شما می‌نویسیم. با احترام، '
    '{{ "این فامیل" if family else "موکل خود" }} را برای بررسی در چوکات ',
    "opening_end": " معرفی می‌کنیم.",
    "family": "اعضای فامیل",
    "family_intro": "این ارجاع مربوط به {{ people|length|digits }} نفر زیر است که با هم زندگی "
    "می‌کنند و به یکدیگر وابسته‌اند:",
    "columns": ("اسناد", "تابعیت", "تاریخ تولد", "رابطه", "نام"),
    "passport": "پاسپورت ",
    "tazkira": "تذکره ",
    "grounds": "دلایل اسکان مجدد",
    "needs": "ضرورت‌های حمایتی که در ارزیابی ما تشخیص شده است: ",
    "situation": "وضعیت فعلی در پاکستان",
    "deadline": "توجه شما را به {{ case.next_deadline.kind|case_word }} به تاریخ "
    "{{ case.next_deadline.date|both_calendars }}{% if case.next_deadline.note %} "
    "({{ case.next_deadline.note }}){% endif %} جلب می‌کنیم. پس از این تاریخ، اقامت این فامیل "
    "در پاکستان دیگر مصئون نیست.",
    "documents": "اسناد مؤید",
    "documents_intro": "شرح بالا با اسناد زیر تأیید می‌شود که کاپی آن‌ها ضمیمهٔ این مکتوب است:",
    "dated": "، تاریخ: ",
    "page": "، صفحهٔ {{ c.page|digits }}",
    "request": "درخواست",
    "request_text": 'با در نظر داشت موارد بالا، خواهشمندیم دوسیهٔ {{ "این فامیل" if family else '
    '"موکل ما" }} برای {{ programme }} {{ "به صورت عاجل" if ' + URGENT + ' else "با اولویت" }} '
    "بررسی شود. از تأیید کتبی دریافت این ارجاع و نام کارمندی که به آن رسیدگی می‌کند، سپاسگزار "
    "خواهیم بود. برای ارائهٔ هر گونه معلومات یا اسناد دیگری که ضرورت داشته باشید، آماده هستیم.",
    "withheld": "برای حفاظت از متقاضی، این معلومات در این سند ذکر نشده است: {{ left_out }}. این "
    "معلومات در صورت درخواست از طریق یک راه مصئون فرستاده شده می‌تواند.",
    "withheld_words": {
        "tazkira numbers": "نمبرهای تذکره",
        "passport numbers": "نمبرهای پاسپورت",
        "A-numbers": "A-numberها",
        "dates of birth": "تاریخ‌های تولد",
        "current location": "محل فعلی سکونت",
        "case notes": "یادداشت‌های دوسیه",
        "confidential notes": "یادداشت‌های محرم",
    },
    "enclosures": "ضمایم: {{ citations|length|digits }} سند، طوری که در بالا فهرست شده است.",
}
PASHTO = {
    "ref": "زموږ د مراجعې نمبر: ",
    "subject": "موضوع: د بیا مېشتېدنې لپاره راجع کول – "
    + PRINCIPAL
    + "{% if family %} او د کورنۍ {{ family|length|digits }} غړي{% endif %} ({{ case.id }})",
    "born": "د زېږون نېټه: ",
    "opening": "موږ د خپل موکل، " + PRINCIPAL + "{{ facts }}، له خوا چې اوس مهال په "
    '{{ case.location or "پاکستان" }} کې اوسېږي، تاسو ته لیکو. په درناوي سره '
    '{{ "دا کورنۍ" if family else "خپل موکل" }} د لاندې پروګرام په چوکاټ کې د غور لپاره تاسو ته '
    "راجع کوو: ",
    "opening_end": ".",
    "family": "د کورنۍ غړي",
    "family_intro": "دا راجع کول د لاندې {{ people|length|digits }} تنو په اړه دي چې یوځای اوسېږي "
    "او یو پر بل متکي دي:",
    "columns": ("اسناد", "تابعیت", "د زېږون نېټه", "اړیکه", "نوم"),
    "passport": "پاسپورټ ",
    "tazkira": "تذکره ",
    "grounds": "د بیا مېشتېدنې دلیلونه",
    "needs": "هغه ساتنیزې اړتیاوې چې زموږ په ارزونه کې پېژندل شوې دي: ",
    "situation": "په پاکستان کې اوسنی حالت",
    "deadline": "ستاسو پام {{ case.next_deadline.kind|case_word }} ته را اړوو چې نېټه یې "
    "{{ case.next_deadline.date|both_calendars }} ده{% if case.next_deadline.note %} "
    "({{ case.next_deadline.note }}){% endif %}. له دې نېټې وروسته په پاکستان کې د دې کورنۍ "
    "اوسېدل نور خوندي نه دي.",
    "documents": "ملاتړي اسناد",
    "documents_intro": "پورته بیان د لاندې اسنادو په واسطه تاییدېږي چې کاپي یې له دې لیک "
    "سره ضمیمه دي:",
    "dated": "، نېټه: ",
    "page": "، مخ {{ c.page|digits }}",
    "request": "غوښتنه",
    "request_text": 'د پورته ټکو په پام کې نیولو سره، غوښتنه کوو چې د {{ "دې کورنۍ" if family else '
    '"زموږ د موکل" }} دوسیه {{ "په بیړني ډول" if ' + URGENT + ' else "په لومړیتوب سره" }} د دې '
    "پروګرام لپاره وارزول شي: {{ programme }}. مننه به مو وي که د دې راجع کولو د ترلاسه کېدو لیکلی "
    "تایید او د هغه کارکوونکي نوم چې دا دوسیه به پرمخ وړي، موږ ته راولېږئ. موږ چمتو یو چې هر ډول "
    "نور معلومات یا اسناد چې تاسو ورته اړتیا لرئ، وړاندې کړو.",
    "withheld": "د غوښتونکي د ساتنې لپاره، دا معلومات په دې سند کې نه دي راغلي: {{ left_out }}. دا "
    "معلومات د غوښتنې پر مهال د یوې خوندي لارې له لارې ورکول کېدای شي.",
    "withheld_words": {
        "tazkira numbers": "د تذکرې نمبرونه",
        "passport numbers": "د پاسپورټ نمبرونه",
        "A-numbers": "A-numberونه",
        "dates of birth": "د زېږون نېټې",
        "current location": "اوسنی استوګنځی",
        "case notes": "د دوسیې یادښتونه",
        "confidential notes": "محرم یادښتونه",
    },
    "enclosures": "ضمیمې: {{ citations|length|digits }} سندونه، لکه څنګه چې پورته لیکل شوي دي.",
}


def referral(w: Any, words: dict[str, Any]) -> bytes:
    """The resettlement referral in the language of ``words`` (:data:`DARI`, :data:`PASHTO`),
    written with ``w``, a ``tools.make_word_templates.Letter``."""
    r = "right"
    w.letterhead(right_to_left=True)
    w.addressee_and_date(words["ref"], right_to_left=True)
    w.p((words["subject"], "b"), align=r)
    w.p("{{ salutation }}", align=r)
    facts = (
        '{% set facts = [("' + words["born"] + '" ~ principal.birth_date_text) if '
        'principal.birth_date_text else "", principal.nationality]|select|join("، ") %}'
        '{% set facts = (" (" ~ facts ~ ")") if facts else "" %}'
    )
    w.p(facts + words["opening"], ("{{ programme }}", "b"), words["opening_end"], align=r)
    _family(w, words)
    w.h2(words["grounds"], align=r)
    w.p("{{ grounds|paragraphs }}", align=r)
    w.tag("{%p if case.needs %}")
    w.p(words["needs"] + '{{ case.needs|map("case_word")|listing }}.', align=r)
    w.tag("{%p endif %}")
    w.tag("{%p if situation_in_pakistan %}")
    w.h2(words["situation"], align=r)
    w.p("{{ situation_in_pakistan|paragraphs }}", align=r)
    w.tag("{%p endif %}")
    w.tag("{%p if case.next_deadline %}")
    w.p(words["deadline"], align=r)
    w.tag("{%p endif %}")
    _citations(w, words)
    w.h2(words["request"], align=r)
    w.p(words["request_text"], align=r)
    _withheld(w, words)
    for line in ("{{ closing }}", "", "{{ office.signatory }}"):
        w.p(line, align=r)
    w.tag("{%p if office.signatory_title %}")
    w.p("{{ office.signatory_title }}", align=r)
    w.tag("{%p endif %}")
    w.p("{{ office.name }}", align=r)
    w.p((words["enclosures"], "small"), align=r)
    return w.bytes()


def _family(w: Any, words: dict[str, Any]) -> None:
    w.tag("{%p if family %}")
    w.h2(words["family"], align="right")
    w.p(words["family_intro"], align="right")
    numbers = (
        '{{ [("'
        + words["passport"]
        + '" ~ p.passport) if p.passport else "", ("'
        + words["tazkira"]
        + '" ~ p.tazkira) if p.tazkira else "", p.a_number]|select|join("؛ ") '
        'or "—" }}'
    )
    w.grid(
        words["columns"],
        [
            ("{%tr for p in people %}",),
            (numbers, '{{ p.nationality or "—" }}', '{{ p.birth_date_text or "—" }}',
             "{{ p.relationship|case_word }}", NAME),
            ("{%tr endfor %}",),
        ],
        (3.6, 2.6, 3.2, 2.8, 4.5),
    )  # fmt: skip
    w.tag("{%p endif %}")


def _citations(w: Any, words: dict[str, Any]) -> None:
    w.h2(words["documents"], align="right")
    w.p(words["documents_intro"], align="right")
    w.tag("{%p for c in citations %}")
    w.p(
        "{{ loop.index|digits }}. {{ c.title }}{% if c.date_text %}"
        + words["dated"]
        + "{{ c.date_text }}{% endif %}"
        + words["page"] + "{% if c.quote %}: «{{ c.quote }}»{% endif %}",
        align="right",
    )  # fmt: skip
    w.tag("{%p endfor %}")


def _withheld(w: Any, words: dict[str, Any]) -> None:
    named = 'case.withheld|join("، ")' + "".join(
        f'|replace("{english}", "{said}")' for english, said in words["withheld_words"].items()
    )
    w.tag("{%p if case.withheld %}")
    w.p(
        (words["withheld"].replace("{{ left_out }}", "{{ " + named + " }}"), "small"), align="right"
    )
    w.tag("{%p endif %}")
