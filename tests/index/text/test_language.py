"""Language detection: script first, then each Arabic-script language's own letters."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.text.language import LANGUAGE_NAMES, LATIN_LANGUAGES, SAMPLE_CHARS, detect_language


def _long_lines(path: Path, min_letters: int = 40) -> list[str]:
    """The lines of a corpus file with at least ``min_letters`` letters."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if sum(ch.isalpha() for ch in line) >= min_letters]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "code"),
    [("fa_seraji-ud-dev.txt", "fa"), ("ps_sikaram-ud-test.txt", "ps")],
)
def test_real_sentences_are_recognised(corpus: Path, name: str, code: str) -> None:
    """GIVEN sentences of a real Persian or Pashto treebank WHEN each line is detected
    THEN at least 90% of lines with 40+ letters, and the whole file, get the right code."""
    path = corpus / "text" / name
    lines = _long_lines(path)
    assert len(lines) >= 50
    right = sum(detect_language(line) == code for line in lines)
    assert right / len(lines) >= 0.9, f"{right}/{len(lines)}"
    assert detect_language(path.read_text(encoding="utf-8")) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("یہ ایک چھوٹا سا گاؤں ہے جہاں لوگ کھیتی باڑی کرتے ہیں۔", "ur"),
        ("درخواست گزار نے بتایا کہ وہ پشاور میں رہتا تھا۔", "ur"),
        ("ذهبت الطالبة إلى المدرسة في الصباح الباكر مع أختها الكبيرة.", "ar"),
        ("قدم اللاجئ طلبه إلى المفوضية في السنة الماضية.", "ar"),
        ("من دیروز به کابل رفتم و پدرم را دیدم.", "fa"),
        ("زه پرون کابل ته لاړم او خپل پلار مې ولید.", "ps"),
        ("The applicant arrived in Kabul in 2021 with her two children.", "en"),
        ("Le demandeur est arrivé à Kaboul.", "en"),
        ("Name: محمد کریم ولد عبدالله، ساکن کابل — applicant, born 1985 in Kabul.", "mixed"),
        ("Заявитель прибыл в Кабул в 2021 году.", "other"),
        ("申请人于二零二一年抵达喀布尔。", "other"),
        ("", ""),
        ("123 456 — ۱۴۰۲/۰۵/۱۲ ...", ""),
    ],
)
def test_made_up_sentences(text: str, code: str) -> None:
    """GIVEN a sentence in a known language WHEN detected THEN its code comes out."""
    assert detect_language(text) == code


def test_a_little_latin_in_arabic_script_is_not_mixed() -> None:
    """GIVEN Persian text quoting one English word WHEN detected THEN it is Persian."""
    assert detect_language("درخواست پناهندگی او در سال ۱۴۰۰ به UNHCR تحویل داده شد.") == "fa"


def test_presentation_forms_are_normalised() -> None:
    """GIVEN Pashto as a PDF reader returns it (presentation forms) WHEN detected THEN Pashto."""
    assert detect_language("ﺯﻩ ﭘﺮﻭﻥ ﮐﺎﺑﻞ ﺗﻪ ﻻړﻡ ﺍﻭ ﺧﭙﻞ ﭘﻼﺭ ﻣې ﻭﻟﯿﺪ") == "ps"


def test_only_the_sample_is_read() -> None:
    """GIVEN English followed, beyond the sample, by much Arabic WHEN detected THEN English."""
    text = "a" * SAMPLE_CHARS + "ذهبت الطالبة إلى المدرسة " * 2000
    assert detect_language(text) == "en"


def test_every_code_has_a_name() -> None:
    """GIVEN the codes detect_language returns WHEN looked up THEN each has a display name."""
    assert set(LANGUAGE_NAMES) == {
        "en", "fa", "ps", "ur", "ar", "mixed", "other", *LATIN_LANGUAGES
    }  # fmt: skip


# Letters of the kind resettlement countries send, written for these tests.
_LETTERS = {
    "de": "Sehr geehrte Frau Haidari, wir bestätigen hiermit den Eingang Ihres Antrags auf "
    "Familienzusammenführung. Bitte bringen Sie zum Termin bei der Botschaft Ihren Reisepass, "
    "die Geburtsurkunden Ihrer Kinder und zwei aktuelle Lichtbilder mit.",
    "fr": "Madame, nous accusons réception de votre demande de réinstallation. Veuillez vous "
    "présenter à l'ambassade avec votre passeport, les actes de naissance de vos enfants et "
    "deux photographies récentes le jour de votre entretien.",
    "nl": "Geachte mevrouw, hierbij bevestigen wij de ontvangst van uw aanvraag voor "
    "gezinshereniging. Neem op de dag van uw afspraak uw paspoort, de geboorteaktes van uw "
    "kinderen en twee recente pasfoto's mee naar de ambassade.",
    "pt": "Prezada senhora, confirmamos o recebimento do seu pedido de reassentamento. Por "
    "favor, traga ao consulado o seu passaporte, as certidões de nascimento dos seus filhos e "
    "duas fotografias recentes no dia da entrevista.",
    "es": "Estimada señora, confirmamos la recepción de su solicitud de reasentamiento. Por "
    "favor, traiga a la embajada su pasaporte, los certificados de nacimiento de sus hijos y "
    "dos fotografías recientes el día de la entrevista.",
    "it": "Gentile signora, confermiamo la ricezione della sua domanda di reinsediamento. La "
    "preghiamo di portare in ambasciata il suo passaporto, i certificati di nascita dei suoi "
    "figli e due fotografie recenti il giorno del colloquio.",
    "sv": "Hej, vi bekräftar att vi har tagit emot din ansökan om vidarebosättning. Ta med ditt "
    "pass, dina barns födelsebevis och två nya fotografier till ambassaden på dagen för din "
    "intervju.",
}


@pytest.mark.parametrize("code", sorted(_LETTERS))
def test_latin_script_languages_other_than_english(code: str) -> None:
    """GIVEN a letter in German, French, Dutch, Portuguese, Spanish, Italian or Swedish
    WHEN detected THEN its own language, not English."""
    assert detect_language(_LETTERS[code]) == code


def test_unsure_stays_english_and_only_a_foreign_letter_is_not() -> None:
    """GIVEN an English letter, a list of names and places, a short foreign phrase, and the
    German letter WHEN detected THEN English for all but the letter: unsure is English."""
    english = (
        "Dear Ms Haidari, we confirm that your application for family reunification has been "
        "received. Please bring your passport and the birth certificates of your children."
    )
    names = (
        "Zarmina Haidari Gul Ahmadi Farid Nazari Wahid Rahimi Kandahar Peshawar Quetta "
        "Islamabad Karachi Lahore Mazar Herat Jalalabad"
    )
    found = [detect_language(t) for t in (english, names, "Le demandeur est arrivé à Kaboul.")]
    assert found == ["en", "en", "en"]
    assert detect_language(f"{names}\n{_LETTERS['de']}") == "de"
