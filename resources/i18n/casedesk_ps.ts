<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ps">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/ui/about.py" line="14"/>
        <source>&lt;h3&gt;Searching&lt;/h3&gt;
&lt;p&gt;All words must match. &lt;b&gt;&quot;a phrase&quot;&lt;/b&gt;, &lt;b&gt;OR&lt;/b&gt;, &lt;b&gt;NOT&lt;/b&gt; or &lt;b&gt;-word&lt;/b&gt;, (groups).&lt;/p&gt;
&lt;p&gt;Names match in every spelling and script: &lt;i&gt;Mohammad&lt;/i&gt; finds Muhammad, Mohammed, محمد.&lt;/p&gt;
&lt;p&gt;Fields: &lt;b&gt;case:&lt;/b&gt;AFG-2024-00137 &lt;b&gt;type:&lt;/b&gt;form &lt;b&gt;tag:&lt;/b&gt;urgent
&lt;b&gt;name:&lt;/b&gt;&quot;Qasim Ahmadzai&quot; &lt;b&gt;passport:&lt;/b&gt; &lt;b&gt;anumber:&lt;/b&gt; &lt;b&gt;from:&lt;/b&gt; &lt;b&gt;lang:&lt;/b&gt;dari
&lt;b&gt;date:&lt;/b&gt;2023-10..2023-12 &lt;b&gt;added:&lt;/b&gt;today, and form fields by name:
&lt;b&gt;familyname:&lt;/b&gt;Ahmadzai.&lt;/p&gt;
&lt;p&gt;Wildcards &lt;b&gt;Ahmad*&lt;/b&gt; (two letters first), fuzzy &lt;b&gt;Qasim~&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;لټون&lt;/h3&gt;
&lt;p&gt;ټول ټکي باید پیدا شي. &lt;b&gt;&quot;یوه جمله&quot;&lt;/b&gt;، &lt;b&gt;OR&lt;/b&gt; (یا)، &lt;b&gt;NOT&lt;/b&gt; (نه) یا &lt;b&gt;-ټکی&lt;/b&gt;، (ډلې).&lt;/p&gt;
&lt;p&gt;نومونه په هر املا او لیک پیدا کېږي: &lt;i&gt;Mohammad&lt;/i&gt; هم Muhammad، Mohammed او محمد پیدا کوي.&lt;/p&gt;
&lt;p&gt;برخې (په انګلیسي ولیکئ): &lt;b&gt;case:&lt;/b&gt;AFG-2024-00137 &lt;b&gt;type:&lt;/b&gt;form &lt;b&gt;tag:&lt;/b&gt;urgent
&lt;b&gt;name:&lt;/b&gt;&quot;Qasim Ahmadzai&quot; &lt;b&gt;passport:&lt;/b&gt; &lt;b&gt;anumber:&lt;/b&gt; &lt;b&gt;from:&lt;/b&gt; &lt;b&gt;lang:&lt;/b&gt;dari
&lt;b&gt;date:&lt;/b&gt;2023-10..2023-12 &lt;b&gt;added:&lt;/b&gt;today، او د فورمې برخې د هغو په نوم:
&lt;b&gt;familyname:&lt;/b&gt;Ahmadzai.&lt;/p&gt;
&lt;p&gt;ځای ناستې نښې &lt;b&gt;Ahmad*&lt;/b&gt; (لومړی دوه توري)، نژدې لټون &lt;b&gt;Qasim~&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="34"/>
        <source>not installed</source>
        <translation>نه دی نصب شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="43"/>
        <source>About CaseDesk</source>
        <translation>د CaseDesk په اړه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="44"/>
        <source>&lt;h3&gt;CaseDesk&lt;/h3&gt;&lt;p&gt;Documents and knowledge for legal-aid casework. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk&lt;/h3&gt;&lt;p&gt;د حقوقي مرستې د دوسیو لپاره اسناد او معلومات. هر څه په همدې کمپیوټر کې پاتې کېږي.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/about.py" line="56"/>
        <source>Search help</source>
        <translation>د لټون لارښود</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="167"/>
        <source>There is no CaseDesk archive in {root}. Choose the folder that holds {catalog} (the archive folder itself, not one inside it).</source>
        <translation>په {root} کې د CaseDesk آرشیف نشته. هغه فولډر وټاکئ چې {catalog} پکې دی (پخپله د آرشیف فولډر، نه هغه چې دننه یې دی).</translation>
    </message>
</context>
<context>
    <name>BackupView</name>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="42"/>
        <source>Without a password, anyone who holds the backup can read every document in it. Type a password twice to encrypt it (keep the password apart from the backup).</source>
        <translation>بې له پټنوم، هر څوک چې احتیاطي کاپي ولري، د هغې ټول اسناد لوستلی شي. د کوډ کولو لپاره یو پټنوم دوه ځله ولیکئ (پټنوم له احتیاطي کاپي جلا وساتئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="50"/>
        <source>full backup</source>
        <translation>بشپړه احتیاطي کاپي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="51"/>
        <source>only what is new</source>
        <translation>یوازې نوي شیان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="64"/>
        <source>Back up the archive</source>
        <translation>د آرشیف احتیاطي کاپي جوړول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="75"/>
        <source>A file (…/office.cdbak) or a folder for backups</source>
        <translation>یوه فایل (⁦…/office.cdbak⁩) یا د احتیاطي کاپیو لپاره یو فولډر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="77"/>
        <source>&amp;File…</source>
        <translation>فایل… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="78"/>
        <source>F&amp;older…</source>
        <translation>فولډر… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="89"/>
        <source>Back up to:</source>
        <translation>احتیاطي کاپي دلته:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="90"/>
        <source>Password:</source>
        <translation>پټنوم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="91"/>
        <source>Password again:</source>
        <translation>پټنوم، بیا:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="100"/>
        <source>&amp;Back up</source>
        <translation>احتیاطي کاپي جوړول (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="103"/>
        <source>&amp;Cancel</source>
        <translation>لغوه کول (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="120"/>
        <source>Back up to a file</source>
        <translation>احتیاطي کاپي په یوه فایل کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="122"/>
        <source>CaseDesk backups (*.cdbak)</source>
        <translation>د CaseDesk احتیاطي کاپي (*.cdbak)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="129"/>
        <source>Back up into a folder</source>
        <translation>احتیاطي کاپي په یوه فولډر کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="139"/>
        <source>Choose where to back up to: a file or a folder.</source>
        <translation>وټاکئ چې احتیاطي کاپي چېرته جوړه شي: یوه فایل که یو فولډر.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="144"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>دواړه پټنومونه توپیر لري: یو پټنوم دوه ځله ولیکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="159"/>
        <source>Backing up…</source>
        <translation>احتیاطي کاپي جوړېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="167"/>
        <source>Writing: {done} of {total} MB</source>
        <translation>لیکل کېږي: {done} له {total} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="169"/>
        <source>Reading it back to check it: {done} of {total} MB</source>
        <translation>د کتلو لپاره بیا لوستل کېږي: {done} له {total} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="187"/>
        <source>The backup could not be made because of an unexpected error.</source>
        <translation>احتیاطي کاپي د یوې ناڅاپي تېروتنې له امله جوړه نه شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="203"/>
        <source>Stopping…</source>
        <translation>درېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="211"/>
        <source>Backed up to {path} ({kind}, {files} file(s), {size} MB, encrypted); read back and checked.</source>
        <translation>احتیاطي کاپي په {path} کې جوړه شوه ({kind}، {files} فایلونه، {size} MB، کوډ شوې)؛ بیا ولوستل شوه او وکتل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="217"/>
        <source>Backed up to {path} ({kind}, {files} file(s), {size} MB, not encrypted); read back and checked.</source>
        <translation>احتیاطي کاپي په {path} کې جوړه شوه ({kind}، {files} فایلونه، {size} MB، نه ده کوډ شوې)؛ بیا ولوستل شوه او وکتل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="248"/>
        <source>Never backed up — File ▸ Back up…</source>
        <translation>هېڅکله احتیاطي کاپي نه ده جوړه شوې — فایل ▸ احتیاطي کاپي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_view.py" line="252"/>
        <source>Last backup {days} days ago — File ▸ Back up…</source>
        <translation>وروستۍ احتیاطي کاپي {days} ورځې مخکې — فایل ▸ احتیاطي کاپي…</translation>
    </message>
</context>
<context>
    <name>CaseChoices</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="22"/>
        <source>resettlement referral</source>
        <translation>د بیا مېشتېدو لپاره راجع کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="23"/>
        <source>P-1</source>
        <translation>P-1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="24"/>
        <source>P-2</source>
        <translation>P-2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="25"/>
        <source>SIV</source>
        <translation>ځانګړی مهاجرتي ویزه (SIV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="26"/>
        <source>family reunification</source>
        <translation>له کورنۍ سره یوځای کېدل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="27"/>
        <source>humanitarian parole</source>
        <translation>بشري ننوتلو اجازه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="28"/>
        <source>other</source>
        <translation>نور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="29"/>
        <source>journalist</source>
        <translation>ژورنالیست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="30"/>
        <source>artist or musician</source>
        <translation>هنرمند یا موسیقي پوه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="31"/>
        <source>women&apos;s rights defender</source>
        <translation>د ښځو د حقونو مدافع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="32"/>
        <source>former employee of a US-funded programme</source>
        <translation>د امریکا له خوا تمویل شوي پروګرام پخوانی کارکوونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="33"/>
        <source>human rights defender</source>
        <translation>د بشري حقونو مدافع</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="34"/>
        <source>religious or ethnic minority</source>
        <translation>مذهبي یا قومي لږکی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="35"/>
        <source>LGBTQI+</source>
        <translation>جنسي لږکی (LGBTQI+)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="36"/>
        <source>medical</source>
        <translation>روغتیایي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="37"/>
        <source>unaccompanied child</source>
        <translation>بې سرپرسته ماشوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="38"/>
        <source>emergency</source>
        <translation>بیړنی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="39"/>
        <source>urgent</source>
        <translation>چټک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="40"/>
        <source>normal</source>
        <translation>عادي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="41"/>
        <source>open</source>
        <translation>پرانیستې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="42"/>
        <source>referred</source>
        <translation>راجع شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="43"/>
        <source>waiting</source>
        <translation>په تمه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="44"/>
        <source>closed</source>
        <translation>تړل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="45"/>
        <source>principal</source>
        <translation>اصلي غوښتونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="46"/>
        <source>spouse</source>
        <translation>مېړه یا مېرمن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="47"/>
        <source>child</source>
        <translation>اولاد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="48"/>
        <source>parent</source>
        <translation>مور یا پلار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="49"/>
        <source>sibling</source>
        <translation>ورور یا خور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="50"/>
        <source>visa expiry</source>
        <translation>د ویزې پای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="51"/>
        <source>passport expiry</source>
        <translation>د پاسپورټ پای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="52"/>
        <source>permit expiry</source>
        <translation>د اجازه لیک پای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="53"/>
        <source>exit deadline</source>
        <translation>د وتلو وروستۍ نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="54"/>
        <source>interview</source>
        <translation>مرکه</translation>
    </message>
</context>
<context>
    <name>CaseColumns</name>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="18"/>
        <source>case_id</source>
        <translation>د دوسیې نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="19"/>
        <source>name</source>
        <translation>نوم (په لاتیني تورو)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="20"/>
        <source>name_native</source>
        <translation>نوم په اصلي لیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="21"/>
        <source>relationship</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="22"/>
        <source>birth_date</source>
        <translation>د زیږون نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="23"/>
        <source>nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="24"/>
        <source>tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="25"/>
        <source>passport</source>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="26"/>
        <source>a_number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="27"/>
        <source>location</source>
        <translation>د اوسېدو ځای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="28"/>
        <source>pathway</source>
        <translation>لار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="29"/>
        <source>needs</source>
        <translation>د ساتنې اړتیاوې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="30"/>
        <source>priority</source>
        <translation>لومړیتوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="31"/>
        <source>status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="32"/>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="33"/>
        <source>deadlines</source>
        <translation>وروستۍ نېټې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="34"/>
        <source>confidential</source>
        <translation>محرمې برخې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="35"/>
        <source>note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_column_words.py" line="36"/>
        <source>confidential_note</source>
        <translation>محرم یادښت</translation>
    </message>
</context>
<context>
    <name>CaseDocuments</name>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="31"/>
        <source>Id</source>
        <translation>شمېره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="32"/>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="33"/>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="34"/>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="35"/>
        <source>Linked</source>
        <translation>نښلول شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="37"/>
        <source>auto (its text names the case)</source>
        <translation>خپلکاره (متن یې د دوسیې نوم لري)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="38"/>
        <source>linked by hand</source>
        <translation>په لاس نښلول شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="62"/>
        <source>The document&apos;s id, as its details show it</source>
        <translation>د سند شمېره، لکه څنګه چې یې تفصیلات ښيي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="64"/>
        <source>&amp;Link document</source>
        <translation>سند نښلول (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="65"/>
        <source>&amp;Unlink</source>
        <translation>بېلول (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="72"/>
        <source>Document id:</source>
        <translation>د سند شمېره:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_documents.py" line="79"/>
        <source>&lt;b&gt;Documents of this case&lt;/b&gt;</source>
        <translation>&lt;b&gt;د دې دوسیې اسناد&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="56"/>
        <source>e.g. AFG-2024-00137</source>
        <translation>د بېلګې په توګه AFG-2024-00137</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="59"/>
        <source>tazkira numbers</source>
        <translation>د تذکرې نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="60"/>
        <source>passport numbers</source>
        <translation>د پاسپورټ نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="61"/>
        <source>A-numbers</source>
        <translation>د A-number نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="62"/>
        <source>dates of birth</source>
        <translation>د زېږېدنې نېټې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="63"/>
        <source>current location</source>
        <translation>اوسنی ځای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="64"/>
        <source>case notes</source>
        <translation>د دوسیې یادښتونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="107"/>
        <source>&amp;Case</source>
        <translation>دوسیه (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="123"/>
        <source>What is ticked stays out of letters unless it is chosen there.</source>
        <translation>څه چې نښه شوي وي په لیکونو کې نه راځي، مګر دا چې هلته وټاکل شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="132"/>
        <source>Case &amp;number</source>
        <translation>د دوسیې نمبر (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="133"/>
        <source>Pat&amp;hway</source>
        <translation>لار (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="134"/>
        <source>P&amp;riority</source>
        <translation>لومړیتوب (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="135"/>
        <source>&amp;Status</source>
        <translation>حالت (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="136"/>
        <source>&amp;Location</source>
        <translation>ځای (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="137"/>
        <source>&amp;Volunteer</source>
        <translation>رضاکار (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="138"/>
        <source>Protection &amp;needs</source>
        <translation>د ساتنې اړتیاوې (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="139"/>
        <source>Confidential</source>
        <translation>محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="156"/>
        <source>&amp;People</source>
        <translation>کسان (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="157"/>
        <source>&amp;Deadlines</source>
        <translation>وروستۍ نېټې (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="160"/>
        <source>N&amp;otes</source>
        <translation>یادښتونه (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_editor.py" line="230"/>
        <source>The case was not saved:</source>
        <translation>دوسیه خوندي نه شوه:</translation>
    </message>
</context>
<context>
    <name>CaseImportView</name>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="45"/>
        <source>Row</source>
        <translation>کرښه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="46"/>
        <source>Column</source>
        <translation>ستون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="47"/>
        <source>Value</source>
        <translation>ارزښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="48"/>
        <source>Why it was refused</source>
        <translation>ولې رد شو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="65"/>
        <source>Import cases — {name}</source>
        <translation>د دوسیو راوړل — {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="80"/>
        <source>Reading {name}…</source>
        <translation>{name} لوستل کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="91"/>
        <source>&amp;Leave out the cases with refused rows and import the rest</source>
        <translation>هغه دوسیې چې رد شوې کرښې لري پرېږدئ او پاتې نورې راوړئ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="101"/>
        <source>&amp;Import</source>
        <translation>راوړل (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="142"/>
        <source>This archive is open read-only here: cases cannot be added.</source>
        <translation>دا آرشیف دلته یوازې د لوستلو لپاره پرانیستی دی: دوسیې نه زیاتېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="160"/>
        <source>Imported {cases} case(s) from {name}.</source>
        <translation>{cases} دوسیې له {name} څخه راوړل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="176"/>
        <source>The cases could not be imported because of an unexpected error.</source>
        <translation>دوسیې د یوې ناڅاپي تېروتنې له امله رانه وړل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="186"/>
        <source>{rows} row(s): {cases} case(s) with {people} person(s) ready to import.</source>
        <translation>{rows} کرښې: {cases} دوسیې له {people} کسانو سره د راوړلو لپاره چمتو دي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="194"/>
        <source>{rows} row(s) refused; as it is, nothing will be imported.</source>
        <translation>{rows} کرښې رد شوې؛ په دې حال هېڅ نه راوړل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_import_view.py" line="200"/>
        <source>Columns not read: {columns}.</source>
        <translation>نالوستي ستونونه: {columns}.</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="28"/>
        <source>Case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="29"/>
        <source>Principal applicant</source>
        <translation>اصلي غوښتونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="30"/>
        <source>Pathway</source>
        <translation>لار</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="31"/>
        <source>Priority</source>
        <translation>لومړیتوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="32"/>
        <source>Status</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="33"/>
        <source>Next deadline</source>
        <translation>راتلونکې وروستۍ نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="62"/>
        <source>{date} {kind} — passed</source>
        <translation>{date} {kind} — تېره شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="71"/>
        <source>today</source>
        <translation>نن</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="73"/>
        <source>in 1 day</source>
        <translation>په 1 ورځ کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="75"/>
        <source>in {days} days</source>
        <translation>په {days} ورځو کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="78"/>
        <source>{date} {kind} ({when})</source>
        <translation>{date} {kind} ({when})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="90"/>
        <source>(no people recorded yet)</source>
        <translation>(لا تر اوسه کوم کس نه دی ثبت شوی)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="102"/>
        <source>Cases</source>
        <translation>دوسیې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="153"/>
        <source>Due within {SOON_DAYS} days.
{tooltip}</source>
        <translation>وروستۍ نېټه په راتلونکو {SOON_DAYS} ورځو کې.
{tooltip}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_list.py" line="160"/>
        <source>Every deadline of this case has passed.
{tooltip}</source>
        <translation>د دې دوسیې ټولې وروستۍ نېټې تېرې شوې دي.
{tooltip}</translation>
    </message>
</context>
<context>
    <name>CaseParts</name>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="58"/>
        <source>A full date (1990-05-12), a month (1990-05), a year (1990), about a year (about 1985), or Solar Hijri (1369-02-22, 1369)</source>
        <translation>بشپړه نېټه (1990-05-12)، میاشت (1990-05)، کال (1990)، نژدې کال (about 1985)، یا لمریز هجري (1369-02-22، 1369)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="63"/>
        <source>A day: 2025-03-01, or Solar Hijri (1403-12-11 or 11 Hut 1403)</source>
        <translation>یوه ورځ: 2025-03-01، یا لمریز هجري (1403-12-11 یا 11 کب 1403)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="76"/>
        <source>Not a date yet. {hint}.</source>
        <translation>لا سمه نېټه نه ده. {hint}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="91"/>
        <source>Not a day yet. {hint}.</source>
        <translation>لا سمه ورځ نه ده. {hint}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="98"/>
        <source>Name (Latin script)</source>
        <translation>نوم (په لاتیني لیک)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="101"/>
        <source>Name (Arabic script)</source>
        <translation>نوم (په عربي لیک)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="105"/>
        <source>Relationship</source>
        <translation>اړیکه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="108"/>
        <source>Born</source>
        <translation>زېږېدنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="113"/>
        <source>Nationality</source>
        <translation>تابعیت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="114"/>
        <source>Tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="115"/>
        <source>Passport</source>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="116"/>
        <source>A-number</source>
        <translation>A-number</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="119"/>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="122"/>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="127"/>
        <source>Note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="133"/>
        <source>Add person</source>
        <translation>کس زیاتول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="134"/>
        <source>Remove person</source>
        <translation>کس لرې کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="137"/>
        <source>Add deadline</source>
        <translation>وروستۍ نېټه زیاتول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="138"/>
        <source>Remove deadline</source>
        <translation>وروستۍ نېټه لرې کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="311"/>
        <source>Select a note, or choose Add note</source>
        <translation>یو یادښت وټاکئ، یا «یادښت زیاتول» کېکاږئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="314"/>
        <location filename="../../desktop/ui/case_parts.py" line="415"/>
        <source>Confidential: kept out of letters unless chosen</source>
        <translation>محرم: په لیکونو کې نه راځي، مګر دا چې وټاکل شي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="316"/>
        <source>Add note</source>
        <translation>یادښت زیاتول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="317"/>
        <source>Remove note</source>
        <translation>یادښت لرې کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_parts.py" line="409"/>
        <source>(empty note)</source>
        <translation>(تش یادښت)</translation>
    </message>
</context>
<context>
    <name>CaseSuggestions</name>
    <message>
        <location filename="../../desktop/ui/case_suggestions.py" line="34"/>
        <source>&amp;Add deadline</source>
        <translation>وروستۍ نېټه زیاتول (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_suggestions.py" line="37"/>
        <source>Not no&amp;w</source>
        <translation>اوس نه (&amp;W)</translation>
    </message>
</context>
<context>
    <name>CaseWork</name>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="39"/>
        <source>Cases</source>
        <translation>دوسیې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="53"/>
        <source>&amp;Cases</source>
        <translation>دوسیې (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="58"/>
        <source>&amp;New case…</source>
        <translation>نوې دوسیه… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="62"/>
        <source>&amp;Draft for this case…</source>
        <translation>د دې دوسیې لپاره مسوده… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="66"/>
        <source>&amp;Cite these in a draft…</source>
        <translation>دا په یوه مسوده کې حواله کول… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="72"/>
        <source>&amp;Link selected results to this case</source>
        <translation>ټاکلې پایلې له دې دوسیې سره نښلول (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="76"/>
        <source>Build a &amp;packet for this case…</source>
        <translation>د دې دوسیې لپاره کڅوړه جوړول… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="80"/>
        <source>Put selected results in a pac&amp;ket…</source>
        <translation>ټاکلې پایلې په کڅوړه کې اچول… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="181"/>
        <source>the new case</source>
        <translation>نوې دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_work.py" line="184"/>
        <source>The changes to {shown} are not saved. Save them before closing?</source>
        <translation>په {shown} کې بدلونونه نه دي خوندي شوي. له بندولو مخکې خوندي شي؟</translation>
    </message>
</context>
<context>
    <name>CasesView</name>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="96"/>
        <source>Any status</source>
        <translation>هر حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="99"/>
        <source>Any priority</source>
        <translation>هر لومړیتوب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="102"/>
        <source>Due within</source>
        <translation>وروستۍ نېټه تر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="105"/>
        <source> days</source>
        <translation> ورځې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="108"/>
        <source>&amp;New case…</source>
        <translation>نوې دوسیه… (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="111"/>
        <source>&amp;Save case</source>
        <translation>دوسیه خوندي کول (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="112"/>
        <source>&amp;Draft…</source>
        <translation>مسوده… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="113"/>
        <source>Draft a letter or note for this case</source>
        <translation>د دې دوسیې لپاره د لیک یا یادښت مسوده لیکل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="115"/>
        <source>&amp;Packet…</source>
        <translation>کڅوړه… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="118"/>
        <source>A briefing packet: cover, contents and the case&apos;s documents in one stamped PDF</source>
        <translation>معلوماتي کڅوړه: پوښ، فهرست او د دوسیې اسناد په یوه مهر شوي PDF کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="124"/>
        <source>&amp;Reload case</source>
        <translation>دوسیه بیا راوړل (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="127"/>
        <source>Show the case as it is saved now (your changes are dropped)</source>
        <translation>دوسیه لکه اوس چې خوندي ده وښیه (ستاسو بدلونونه پرېښودل کېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="133"/>
        <location filename="../../desktop/ui/cases_view.py" line="206"/>
        <source>Doc&amp;uments</source>
        <translation>اسناد (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="146"/>
        <source>Read-only: {busy_message}</source>
        <translation>یوازې د لوستلو لپاره: {busy_message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="293"/>
        <source>That case is no longer in the archive.</source>
        <translation>هغه دوسیه نور په آرشیف کې نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="329"/>
        <source>Save the case before linking documents to it.</source>
        <translation>مخکې له دې چې اسناد ورسره ونښلوئ، دوسیه خوندي کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="332"/>
        <source>New case: fill in its number and people, then Save case.</source>
        <translation>نوې دوسیه: نمبر او کسان یې ولیکئ، بیا «دوسیه خوندي کول» کېکاږئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="344"/>
        <source>Saving…</source>
        <translation>خوندي کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="367"/>
        <source>Saved {case} at {time}.</source>
        <translation>{case} په {time} بجو خوندي شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="394"/>
        <source>Changed — not saved yet.</source>
        <translation>بدل شوی — لا نه دی خوندي شوی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="400"/>
        <source>The changes to this case are not saved. Discard them?</source>
        <translation>د دې دوسیې بدلونونه نه دي خوندي شوي. پرېښودل شي؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="441"/>
        <source>{changed} document(s) linked.</source>
        <translation>{changed} سند ونښلول شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="443"/>
        <source>Already linked.</source>
        <translation>مخکې نښلول شوی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/cases_view.py" line="447"/>
        <source>{changed} document(s) taken out of the case.</source>
        <translation>{changed} سند له دوسیې څخه وایستل شو.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop/cli/commands.py" line="50"/>
        <source>Password for protected files: </source>
        <translation>د خوندي فایلونو پټنوم: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="69"/>
        <source>The search index is now in {parts} parts, which slows searches: run casedesk optimise when the computer is free (the window does this by itself when idle).</source>
        <translation>د لټون فهرست اوس {parts} برخې لري، چې لټون ورو کوي: کله چې کمپیوټر وزګار وي ⁦casedesk optimise⁩ وچلوئ (کړکۍ دا کار د وزګارتیا پر مهال پخپله کوي).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="124"/>
        <source>No problems: every file given was indexed.</source>
        <translation>هېڅ ستونزه نشته: ټول ورکړل شوي فایلونه فهرست شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="143"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="144"/>
        <source>Pages</source>
        <translation>مخونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="145"/>
        <source>Files not indexed (see casedesk problems)</source>
        <translation>هغه فایلونه چې فهرست نه شول (وګورئ ⁦casedesk problems⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="146"/>
        <source>Documents in the search index</source>
        <translation>د لټون په فهرست کې اسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="147"/>
        <source>Documents with pages that need reading (scans)</source>
        <translation>هغه اسناد چې مخونه یې باید ولوستل شي (سکین شوي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="150"/>
        <source>Pages that need reading (scans)</source>
        <translation>هغه مخونه چې باید ولوستل شي (سکین شوي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="182"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="57"/>
        <source>Rebuilt the search index: {count} document(s).</source>
        <translation>د لټون فهرست بیا جوړ شو: {count} اسناد.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="200"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="69"/>
        <source>The search index was in {before} parts; it is now in {after}.</source>
        <translation>د لټون فهرست {before} برخې درلودې؛ اوس {after} برخې لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="204"/>
        <location filename="../../desktop/cli/office_upkeep.py" line="73"/>
        <source>The search index is already in one part.</source>
        <translation>د لټون فهرست له مخکې یوه برخه ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="227"/>
        <source>The archive is sound.</source>
        <translation>آرشیف روغ دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="229"/>
        <source>The archive has problems:</source>
        <translation>آرشیف ستونزې لري:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="265"/>
        <source>Removed {path}</source>
        <translation>⁦{path}⁩ لرې شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="266"/>
        <source>There was no menu entry to remove.</source>
        <translation>د لرې کولو لپاره د مینو هېڅ توکی نه و.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="270"/>
        <source>CaseDesk is in the application menu: {entry}
Its icon: {icon}</source>
        <translation>CaseDesk د پروګرامونو په مینو کې دی: ⁦{entry}⁩
یې نښه: ⁦{icon}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="288"/>
        <source>Unknown setting {key}. Settings: {settings}.</source>
        <translation>ناپېژندل شوې تنظیم ⁦{key}⁩. تنظیمات: ⁦{settings}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="349"/>
        <source>It holds {documents} documents ({pages} pages).</source>
        <translation>په دې کې {documents} اسناد ({pages} مخونه) دي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="351"/>
        <source>(all spellings)</source>
        <translation>(ټولې لیکدودې)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="359"/>
        <source>Demo archive: {root}</source>
        <translation>نمایشي آرشیف: ⁦{root}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/commands.py" line="363"/>
        <source>Try, for example:</source>
        <translation>د بېلګې په توګه، وازمویئ:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="107"/>
        <source>archive folder, or an office database postgresql://… (default: $CASEDESK_ARCHIVE, else your data folder)</source>
        <translation>د آرشیف فولډر، یا د دفتر ډیټابېس ⁦postgresql://…⁩ (اصلي: ⁦$CASEDESK_ARCHIVE⁩، که نه ستاسو د معلوماتو فولډر)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="114"/>
        <location filename="../../desktop/cli/office_server.py" line="108"/>
        <source>print machine-readable JSON</source>
        <translation>د ماشین لپاره JSON چاپول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="123"/>
        <source>CaseDesk: documents and knowledge for legal-aid casework.</source>
        <translation>CaseDesk: د حقوقي مرستې د دوسیو لپاره اسناد او معلومات.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="135"/>
        <source>language of the messages: en, fa (Dari) or ps (Pashto); default: $CASEDESK_LANG, else the window&apos;s choice, else the system&apos;s</source>
        <translation>د پیغامونو ژبه: ⁦en⁩، ⁦fa⁩ (دري) یا ⁦ps⁩ (پښتو)؛ اصلي: ⁦$CASEDESK_LANG⁩، که نه د کړکۍ انتخاب، که نه د سیستم ژبه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="144"/>
        <source>digits of the counts and page numbers in Dari and Pashto messages: latin (default) or persian; default: $CASEDESK_DIGITS. JSON, ids, case numbers and paths keep Latin digits</source>
        <translation>د شمېرو او د مخونو د نمبرونو عددونه په دري او پښتو پیغامونو کې: ⁦latin⁩ (اصلي) یا ⁦persian⁩؛ اصلي: ⁦$CASEDESK_DIGITS⁩. JSON، د سندونو نمبرونه، د دوسیو نمبرونه او لارې لاتیني عددونه ساتي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="81"/>
        <source>open the CaseDesk window (also: no command); with files, offer to add them</source>
        <translation>د CaseDesk کړکۍ پرانیزئ (همداراز: له فرمان پرته)؛ د فایلونو سره، د هغوی زیاتول وړاندې کوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="157"/>
        <source>list files that could not be indexed</source>
        <translation>هغه فایلونه ښيي چې فهرست نه شول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="162"/>
        <source>count documents, pages, problems and pages needing OCR</source>
        <translation>د اسنادو، مخونو، ستونزو او هغو مخونو شمېر چې OCR ته اړتیا لري</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="167"/>
        <source>rebuild the search index from the catalog</source>
        <translation>د لټون فهرست له کتلاګ څخه بیا جوړوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="172"/>
        <source>merge the search index into one part: faster searches (takes minutes on a large archive; the window does it by itself when idle)</source>
        <translation>د لټون فهرست په یوه برخه کې یوځای کوي: چټک لټون (په لوی آرشیف کې څو دقیقې نیسي؛ کړکۍ یې پخپله کوي کله چې وزګاره وي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="181"/>
        <source>check that catalog, originals and index agree</source>
        <translation>ګوري چې کتلاګ، اصلي فایلونه او فهرست سره سم دي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="184"/>
        <source>do not re-hash every original</source>
        <translation>د ټولو اصلي فایلونو هش بیا مه حسابوئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="195"/>
        <source>show or change the archive&apos;s settings</source>
        <translation>د آرشیف تنظیمات ښيي یا بدلوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="196"/>
        <source>Settings: case-pattern (a regular expression for case numbers, default [A-Z]{3}-\d{4}-\d{5}; used for documents added from then on).</source>
        <translation>تنظیمات: ⁦case-pattern⁩ (د دوسیو د نمبرونو لپاره منظم بیان، اصلي ⁦[A-Z]{3}-\d{4}-\d{5}⁩؛ د هغو اسنادو لپاره چې له هغې وروسته زیاتېږي).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="207"/>
        <source>put CaseDesk in your desktop&apos;s application menu and Open with (or --remove)</source>
        <translation>CaseDesk د ډیسکټاپ د پروګرامونو په مینو او «پرانیستل په» کې کېږدئ (یا ⁦--remove⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="213"/>
        <source>add it (the default)</source>
        <translation>زیات یې کړئ (اصلي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="216"/>
        <source>take the menu entry away</source>
        <translation>د مینو توکی لرې کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="219"/>
        <source>build the demo archive and show it</source>
        <translation>نمایشي آرشیف جوړوي او ښيي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="224"/>
        <source>only build and describe it</source>
        <translation>یوازې جوړ یې کړئ او تشریح یې کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="255"/>
        <source>add files and folders to the archive</source>
        <translation>فایلونه او فولډرونه آرشیف ته زیاتوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="262"/>
        <source>link the documents to case ID</source>
        <translation>اسناد د ID دوسیې سره وتړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="268"/>
        <source>password to try on protected files (may be repeated)</source>
        <translation>د ساتل شویو فایلونو لپاره د ازمویلو پټنوم (تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="273"/>
        <source>ask for a password without showing it</source>
        <translation>پټنوم پوښتل پرته له دې چې ښکاره شي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="276"/>
        <source>read again files that had problems</source>
        <translation>هغه فایلونه بیا ولولئ چې ستونزې یې درلودې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="281"/>
        <source>do not read the text of scans and photos now (casedesk ocr does it later)</source>
        <translation>د سکینونو او عکسونو متن اوس مه لولئ (⁦casedesk ocr⁩ یې وروسته لولي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="290"/>
        <source>stop reading a file after this long (default 60)</source>
        <translation>د یوه فایل لوستل له دومره وخت وروسته ودروئ (اصلي 60)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="297"/>
        <source>stop reading a file that needs more memory (default 1024)</source>
        <translation>د هغه فایل لوستل ودروئ چې ډېرې حافظې ته اړتیا لري (اصلي 1024)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="304"/>
        <source>do not take files larger than this (default 2048)</source>
        <translation>له دې لوی فایلونه مه اخلئ (اصلي 2048)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="311"/>
        <location filename="../../desktop/cli/scans.py" line="47"/>
        <source>reader processes (default: one per core)</source>
        <translation>لوستونکې پروسې (اصلي: د هرې هستې لپاره یوه)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="326"/>
        <source>search the archive</source>
        <translation>په آرشیف کې لټون وکړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="332"/>
        <source>only this kind</source>
        <translation>یوازې دا ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="335"/>
        <source>only this case</source>
        <translation>یوازې دا دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="339"/>
        <source>hits per page (default 20)</source>
        <translation>په هر مخ کې پایلې (اصلي 20)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="342"/>
        <source>which page of hits (default 1)</source>
        <translation>د پایلو کوم مخ (اصلي 1)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="345"/>
        <source>also save this search under NAME</source>
        <translation>دا لټون د NAME په نوم هم خوندي کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="348"/>
        <source>list (or delete) saved searches</source>
        <translation>خوندي شوي لټونونه لېست (یا پاک) کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="351"/>
        <source>delete the saved search NAME</source>
        <translation>د NAME خوندي شوی لټون پاک کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="354"/>
        <source>add (or remove) tags on a document</source>
        <translation>یوه سند ته نښې زیاتې (یا لرې) کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="359"/>
        <source>remove these tags instead</source>
        <translation>د هغې پر ځای دا نښې لرې کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="431"/>
        <source>Stopped. What was finished is kept; run the same command again to finish the rest.</source>
        <translation>ودرېد. څه چې بشپړ شوي وو ساتل شوي دي؛ د پاتې برخې د بشپړولو لپاره همدا امر بیا وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/main.py" line="532"/>
        <source>CaseDesk stopped on an unexpected error ({error}). Everything already saved in the archive is safe. Details for the developers are in {log_file}.</source>
        <translation>CaseDesk د یوې ناڅاپي تېروتنې (⁦{error}⁩) له امله ودرېد. هر څه چې په آرشیف کې خوندي شوي وو، خوندي دي. د پروګرام جوړوونکو لپاره جزییات په ⁦{log_file}⁩ کې دي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="26"/>
        <source>Saved the search as {name}.</source>
        <translation>لټون د ⁦{name}⁩ په نوم خوندي شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="83"/>
        <source>{total} document(s), page {page} of {pages}</source>
        <translation>{total} سندونه، {page} مخ له {pages} مخونو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="85"/>
        <source>{total} document(s)</source>
        <translation>{total} سندونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="93"/>
        <source>note: {note}</source>
        <translation>یادونه: {note}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="95"/>
        <source>Did you mean: {suggestion}</source>
        <translation>ستاسو مطلب دا و: ⁦{suggestion}⁩؟</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="109"/>
        <source>By facet:</source>
        <translation>په جلا جلا ډول:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="123"/>
        <source>There is no saved search called {name}.</source>
        <translation>د ⁦{name}⁩ په نوم خوندي شوی لټون نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="134"/>
        <source>No saved searches (save one with casedesk search --save NAME ...).</source>
        <translation>هېڅ خوندي شوی لټون نشته (یو یې په ⁦casedesk search --save NAME ...⁩ خوندي کړئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="30"/>
        <source>pypdf (PDFium could not read this PDF)</source>
        <translation>pypdf (PDFium دا PDF ونه شو لوستلی)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="31"/>
        <source>poppler (PDFium and pypdf could not read this PDF)</source>
        <translation>poppler (PDFium او pypdf دا PDF ونه شو لوستلی)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="35"/>
        <source>taken from the file&apos;s name</source>
        <translation>د فایل له نوم څخه اخیستل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="36"/>
        <source>taken from the file&apos;s own title (or an email&apos;s subject)</source>
        <translation>د فایل له خپل سرلیک (یا د برېښنالیک له موضوع) څخه اخیستل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="37"/>
        <source>taken from the “Subject:” line of its first page</source>
        <translation>د لومړي مخ د «موضوع:» له کرښې څخه اخیستل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="38"/>
        <source>taken from the heading of its first page</source>
        <translation>د لومړي مخ له سرلیک څخه اخیستل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="39"/>
        <source>set by hand</source>
        <translation>په لاس ټاکل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="40"/>
        <source>taken from the “Date:” line of its first page</source>
        <translation>د لومړي مخ د «نېټه:» له کرښې څخه اخیستل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="41"/>
        <source>taken from the head of the letter</source>
        <translation>د لیک له سر څخه اخیستل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="42"/>
        <source>taken from a date on its first page</source>
        <translation>د لومړي مخ له یوې نېټې څخه اخیستل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="43"/>
        <source>taken from the file&apos;s own date (when it was made or sent)</source>
        <translation>د فایل له خپلې نېټې (کله چې جوړ یا ولېږل شو) څخه اخیستل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="50"/>
        <source>show one document</source>
        <translation>یو سند ښيي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="53"/>
        <source>show one document, or change its title and date</source>
        <translation>یو سند ښيي، یا یې سرلیک او نېټه بدلوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="58"/>
        <source>the same as casedesk show</source>
        <translation>لکه ⁦casedesk show⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="64"/>
        <source>change a document&apos;s title and/or date</source>
        <translation>د یوه سند سرلیک او/یا نېټه بدلوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="65"/>
        <source>Change a document&apos;s title and/or date by hand. The search index and letters drafted from then on use them; adding the file again does not undo them.</source>
        <translation>د یوه سند سرلیک او/یا نېټه په لاس بدل کړئ. د لټون فهرست او هغه لیکونه چې له هغې وروسته مسوده کېږي دا کاروي؛ د فایل بیا زیاتول یې نه بېرته اړوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="72"/>
        <source>the new title</source>
        <translation>نوی سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="76"/>
        <source>the date written on the document (&quot;&quot; for none)</source>
        <translation>هغه نېټه چې په سند لیکل شوې (⁦&quot;&quot;⁩ د هېڅ لپاره)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="83"/>
        <source>include the text of every page</source>
        <translation>د ټولو مخونو متن هم راوړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="85"/>
        <source>include form fields</source>
        <translation>د فورم برخې هم راوړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="102"/>
        <location filename="../../desktop/cli/searching.py" line="164"/>
        <source>There is no document {doc_id} in this archive.</source>
        <translation>د ⁦{doc_id}⁩ نمبر سند په دې آرشیف کې نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="134"/>
        <source>Changed: {fields}.</source>
        <translation>بدل شول: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="136"/>
        <source>Nothing to change.</source>
        <translation>د بدلولو لپاره هېڅ نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="174"/>
        <source>{pages} page(s)</source>
        <translation>{pages} مخه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="179"/>
        <source>from: {path}</source>
        <translation>له: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="183"/>
        <source>cases: {cases}</source>
        <translation>دوسیې: {cases}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="186"/>
        <source>tags: {tags}</source>
        <translation>نښې: {tags}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="190"/>
        <source>language: {language}</source>
        <translation>ژبه: {language}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="194"/>
        <source>read by: {reader}</source>
        <translation>لوستل شوی په: {reader}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="203"/>
        <source>--- page {number} ---</source>
        <translation>--- {number} مخ ---</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="224"/>
        <source>date: {date}</source>
        <translation>نېټه: {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/documents.py" line="229"/>
        <source>title {source}</source>
        <translation>سرلیک {source}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="172"/>
        <source>Tags of {doc_id}: {tags}</source>
        <translation>د ⁦{doc_id}⁩ سند نښې: {tags}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/searching.py" line="173"/>
        <source>(none)</source>
        <translation>(هېڅ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="25"/>
        <source>back the archive up into one file (or, into a folder, incrementally)</source>
        <translation>د آرشیف بېک اپ په یوه فایل کې واخلئ (یا، په یوه فولډر کې، ورو ورو)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="28"/>
        <source>Back up the catalog, the originals, outputs and templates into one file OUT, read back and checked before it is kept; when OUT is a folder, the first backup there is whole and later ones add only what is new (docs/BACKUP.md).</source>
        <translation>د کتلاګ، اصلي فایلونو، پایلو او کينډیو بېک اپ په یوه فایل OUT کې واخلئ، چې د ساتلو مخکې بیا لوستل او کتل کېږي؛ کله چې OUT فولډر وي، لومړی بېک اپ پکې بشپړ وي او وروستي یوازې هغه څه زیاتوي چې نوي دي (⁦docs/BACKUP.md⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="39"/>
        <source>make a new archive (--archive DIR) from a backup file or folder</source>
        <translation>له یوه بېک اپ فایل یا فولډر څخه نوی آرشیف (⁦--archive DIR⁩) جوړ کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="45"/>
        <source>encrypt / decrypt with PW</source>
        <translation>د PW سره کوډ / کوډ خلاص کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="50"/>
        <source>ask for the password without showing it</source>
        <translation>پټنوم پوښتل پرته له دې چې ښکاره شي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="61"/>
        <source>Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, {files} file(s), {megabytes} MB, encrypted); read back and checked.</source>
        <translation>د {documents} اسنادو او {cases} دوسیو احتیاطي کاپي په ⁦{path}⁩ کې جوړه شوه (⁦{kind}⁩، {files} فایلونه، {megabytes} MB، کوډ شوې)؛ بیا ولوستل شوه او وکتل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="67"/>
        <source>Backed up {documents} document(s) and {cases} case(s) to {path} ({kind}, {files} file(s), {megabytes} MB, NOT encrypted); read back and checked.</source>
        <translation>د {documents} اسنادو او {cases} دوسیو احتیاطي کاپي په ⁦{path}⁩ کې جوړه شوه (⁦{kind}⁩، {files} فایلونه، {megabytes} MB، کوډ شوې نه ده)؛ بیا ولوستل شوه او وکتل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="97"/>
        <source>Restored {documents} document(s) and {cases} case(s) into {root} from {files} backup file(s); the search index was rebuilt.</source>
        <translation>{documents} اسناد او {cases} دوسیې له {files} احتیاطي فایلونو څخه په ⁦{root}⁩ کې بېرته راوګرځول شول؛ د لټون فهرست بیا جوړ شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="108"/>
        <source>The restored archive does not match the backup:</source>
        <translation>بېرته راګرځول شوی آرشیف له احتیاطي کاپي سره سمون نه لري:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="127"/>
        <source>Backup password: </source>
        <translation>د احتیاطي کاپي پټنوم: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/backups.py" line="128"/>
        <location filename="../../desktop/cli/office_server.py" line="166"/>
        <source>The same password again: </source>
        <translation>همدا پټنوم بیا: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="17"/>
        <source>usage: </source>
        <translation>د کارونې بڼه: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="18"/>
        <source>positional arguments</source>
        <translation>ځایي ارګومانونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="19"/>
        <source>options</source>
        <translation>انتخابونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="20"/>
        <source>show this help message and exit</source>
        <translation>دا د مرستې پیغام ښيي او وځي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="21"/>
        <location filename="../../desktop/cli/main.py" line="129"/>
        <source>show program&apos;s version number and exit</source>
        <translation>د پروګرام د نسخې نمبر ښيي او وځي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="22"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: تېروتنه: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="23"/>
        <source>the following arguments are required: %s</source>
        <translation>دا ارګومانونه اړین دي: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="24"/>
        <source>unrecognized arguments: %s</source>
        <translation>ناپېژندل شوي ارګومانونه: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="25"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ناسم انتخاب: %(value)r (له دې څخه وټاکئ: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="26"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>ارګومان %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="27"/>
        <source>expected one argument</source>
        <translation>یو ارګومان ته تمه وه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ناسم %(type)s ارزښت: %(value)r</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/argparse_words.py" line="29"/>
        <source>not allowed with argument %s</source>
        <translation>د %s ارګومان سره اجازه نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="25"/>
        <source>show the audit log (who exported, printed or built what, and when)</source>
        <translation>د څارنې کتاب ښيي (چا څه صادر، چاپ یا جوړ کړل، او کله)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="26"/>
        <source>The audit log, newest first. Each entry: when (UTC), who (the login name, or $CASEDESK_USER), what, and ids — never a person&apos;s name.</source>
        <translation>د څارنې کتاب، نوی لومړی. هر ثبت: کله (UTC)، څوک (د ننوتلو نوم، یا ⁦$CASEDESK_USER⁩)، څه، او نمبرونه — هېڅکله د یوه کس نوم نه.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="33"/>
        <source>only entries about this case</source>
        <translation>یوازې د دې دوسیې په اړه ثبتونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="39"/>
        <source>only this action, e.g. &quot;exported&quot;, &quot;printed&quot;, &quot;packet built&quot; (may be repeated)</source>
        <translation>یوازې دا کړنه، لکه ⁦&quot;exported&quot;⁩، ⁦&quot;printed&quot;⁩، ⁦&quot;packet built&quot;⁩ (په انګلیسي؛ تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="48"/>
        <source>at most N entries (default 50)</source>
        <translation>تر ډېره N ثبتونه (اصلي 50)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="54"/>
        <source>add</source>
        <translation>زیاتول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="55"/>
        <source>ocr</source>
        <translation>OCR</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="56"/>
        <source>drafted</source>
        <translation>مسوده شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="57"/>
        <source>packet built</source>
        <translation>کڅوړه جوړه شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="58"/>
        <source>exported</source>
        <translation>صادر شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="59"/>
        <source>printed</source>
        <translation>چاپ شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="60"/>
        <source>archive restored</source>
        <translation>آرشیف بېرته راوړل شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="61"/>
        <source>case created</source>
        <translation>دوسیه جوړه شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="62"/>
        <source>case changed</source>
        <translation>دوسیه بدله شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="63"/>
        <source>case document linked</source>
        <translation>سند له دوسیې سره وتړل شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="64"/>
        <source>case document unlinked</source>
        <translation>سند له دوسیې څخه بېل شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="65"/>
        <source>document edited</source>
        <translation>سند سم شو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="66"/>
        <source>office changed</source>
        <translation>د دفتر معلومات بدل شول</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="67"/>
        <source>tags changed</source>
        <translation>نښې بدلې شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="68"/>
        <source>cases imported</source>
        <translation>دوسیې راوړل شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="69"/>
        <source>cases added from a list</source>
        <translation>دوسیې له یوه لېست څخه زیاتې شوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="79"/>
        <source>The audit log has no such entries.</source>
        <translation>د څارنې په کتاب کې داسې ثبت نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="116"/>
        <source>yes</source>
        <translation>هو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/audit.py" line="116"/>
        <source>no</source>
        <translation>نه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="58"/>
        <source>add, change, list and show cases; link documents</source>
        <translation>دوسیې زیاتې، بدلې، لېست او وښیئ؛ اسناد وتړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="66"/>
        <source>add a case from flags or a JSON file</source>
        <translation>یوه دوسیه له انتخابونو یا د JSON له فایل څخه زیاته کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="71"/>
        <source>the case number, e.g. AFG-2024-00137</source>
        <translation>د دوسیې نمبر، لکه ⁦AFG-2024-00137⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="76"/>
        <source>change what the flags give (the rest is kept)</source>
        <translation>هغه څه بدل کړئ چې انتخابونه یې ورکوي (پاتې ساتل کېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="84"/>
        <source>empty a list first</source>
        <translation>لومړی یو لېست تش کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="87"/>
        <source>list cases, most pressing first</source>
        <translation>دوسیې لېست کړئ، تر ټولو بیړنۍ لومړی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="92"/>
        <source>only this status ({values})</source>
        <translation>یوازې دا حالت (⁦{values}⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="97"/>
        <source>only this priority ({values})</source>
        <translation>یوازې دا لومړیتوب (⁦{values}⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="103"/>
        <source>only cases with a deadline in the next DAYS days</source>
        <translation>یوازې هغه دوسیې چې په راتلونکو DAYS ورځو کې وروستۍ نېټه لري</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="108"/>
        <source>show a case, its people, deadlines, notes and documents</source>
        <translation>یوه دوسیه، د هغې کسان، وروستۍ نېټې، یادښتونه او اسناد وښیئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="115"/>
        <source>count deadlines from this day (YYYY-MM-DD) instead of today</source>
        <translation>وروستۍ نېټې له دې ورځې (⁦YYYY-MM-DD⁩) د نن پر ځای وشمېرئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="118"/>
        <source>link documents to a case</source>
        <translation>اسناد له یوې دوسیې سره وتړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="119"/>
        <source>take documents out of a case</source>
        <translation>اسناد له یوې دوسیې څخه وباسئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="132"/>
        <source>add the cases of a spreadsheet (.csv or .xlsx), all or none</source>
        <translation>د یوه جدول (‎.csv یا ‎.xlsx) دوسیې زیاتې کړئ، ټولې یا هېڅ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="133"/>
        <source>Add the cases of a spreadsheet: one row per person, rows with the same case number are one family; headers in English, Dari or Pashto (docs/IMPORT.md). Every row is checked; when one is refused nothing is written (unless --skip-bad) and each refused row is named with its column, value and why.</source>
        <translation>د یوه جدول دوسیې زیاتې کړئ: د هر کس لپاره یوه کرښه، هغه کرښې چې د دوسیې یو نمبر لري یوه کورنۍ ده؛ سرلیکونه په انګلیسي، دري یا پښتو (⁦docs/IMPORT.md⁩). هره کرښه کتل کېږي؛ کله چې یوه رد شي هېڅ نه لیکل کېږي (مګر د ⁦--skip-bad⁩ سره) او هره رد شوې کرښه د خپل ستون، ارزښت او لامل سره نومول کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="145"/>
        <source>check the file and report; write nothing</source>
        <translation>فایل وګورئ او راپور ورکړئ؛ هېڅ مه لیکئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="150"/>
        <source>import the cases whose rows are all right</source>
        <translation>هغه دوسیې راوړئ چې ټولې کرښې یې سمې دي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="155"/>
        <source>write every case as a spreadsheet (.csv or .xlsx)</source>
        <translation>ټولې دوسیې د جدول (‎.csv یا ‎.xlsx) په بڼه ولیکئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="158"/>
        <source>as CSV (UTF-8)</source>
        <translation>د CSV (UTF-8) په بڼه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="159"/>
        <source>as an Excel workbook</source>
        <translation>د Excel کتاب په بڼه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="161"/>
        <source>file to write</source>
        <translation>د لیکلو لپاره فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="166"/>
        <source>include the fields and notes cases mark confidential (left out otherwise)</source>
        <translation>هغه برخې او یادښتونه هم راوړئ چې دوسیې یې محرم نښه کوي (که نه پرېښودل کېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="174"/>
        <source>the principal applicant</source>
        <translation>اصلي غوښتونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="176"/>
        <source>name in Latin script, as on the passport</source>
        <translation>نوم په لاتیني تورو، لکه په پاسپورټ کې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="180"/>
        <source>name in Arabic script (Dari, Pashto, Urdu)</source>
        <translation>نوم په عربي لیکدود (دري، پښتو، اردو)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="185"/>
        <source>date of birth: 1990-05-12, 1990-05, 1990, &quot;about 1985&quot;, or Solar Hijri (1369-02-22, 1369)</source>
        <translation>د زېږېدنې نېټه: ⁦1990-05-12⁩، ⁦1990-05⁩، ⁦1990⁩، ⁦&quot;about 1985&quot;⁩، یا لمریز هجري (⁦1369-02-22⁩، ⁦1369⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="191"/>
        <source>nationality, e.g. Afghan</source>
        <translation>تابعیت، لکه ⁦Afghan⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="192"/>
        <source>passport number</source>
        <translation>د پاسپورټ نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="193"/>
        <source>tazkira number</source>
        <translation>د تذکرې نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="197"/>
        <source>the case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="202"/>
        <source>a family member (repeatable); a fourth part is the name in Arabic script: &quot;Zarmina Ahmadzai|spouse|1990-03-21|زرمینه احمدزی&quot;</source>
        <translation>د کورنۍ یو غړی (تکرارېدای شي)؛ څلورمه برخه په عربي لیکدود نوم دی: ⁦&quot;Zarmina Ahmadzai|spouse|1990-03-21|زرمینه احمدزی&quot;⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="209"/>
        <source>where the family is, e.g. Islamabad</source>
        <translation>هغه ځای چې کورنۍ پکې ده، لکه اسلام اباد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="214"/>
        <source>e.g. P-2, SIV, resettlement referral</source>
        <translation>لکه ⁦P-2⁩، ⁦SIV⁩، ⁦resettlement referral⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="220"/>
        <source>a protection need (repeatable), e.g. journalist</source>
        <translation>د ساتنې یوه اړتیا (تکرارېدای شي)، لکه ⁦journalist⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="223"/>
        <source>emergency, urgent or normal</source>
        <translation>⁦emergency⁩، ⁦urgent⁩ یا ⁦normal⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="226"/>
        <source>open, referred, waiting or closed</source>
        <translation>⁦open⁩، ⁦referred⁩، ⁦waiting⁩ یا ⁦closed⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="229"/>
        <source>the volunteer who holds the case</source>
        <translation>هغه رضاکار چې دوسیه یې په لاس کې ده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="235"/>
        <source>a deadline (repeatable): &quot;visa expiry=2025-03-01&quot; (or a Solar Hijri day, &quot;visa expiry=1403-12-11&quot;), optionally =NOTE after the date</source>
        <translation>یوه وروستۍ نېټه (تکرارېدای شي): ⁦&quot;visa expiry=2025-03-01&quot;⁩ (یا د لمریز هجري یوه ورځ، ⁦&quot;visa expiry=1403-12-11&quot;⁩)، او په خوښه ⁦=NOTE⁩ له نېټې وروسته</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="242"/>
        <source>a note (repeatable)</source>
        <translation>یو یادښت (تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="248"/>
        <source>a note kept out of letters unless chosen (repeatable)</source>
        <translation>یادښت چې له لیکونو بهر پاتې کېږي مګر دا چې وټاکل شي (تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="254"/>
        <source>keep a field out of letters unless chosen (repeatable)</source>
        <translation>یوه برخه له لیکونو بهر وساتئ مګر دا چې وټاکل شي (تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="260"/>
        <source>read the whole case from a JSON file (its shape is above)</source>
        <translation>ټوله دوسیه د JSON له فایل څخه ولولئ (بڼه یې پورته ده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="269"/>
        <source>show or change the office&apos;s details used in letters</source>
        <translation>د دفتر معلومات چې په لیکونو کې کارېږي وښیئ یا یې بدل کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="270"/>
        <source>The office&apos;s details: letterheads and signatures in drafted letters. With no option, shows them; with options, changes those.</source>
        <translation>د دفتر معلومات: په مسوده شویو لیکونو کې سرپاڼې او لاسلیکونه. له انتخاب پرته، هغه ښيي؛ د انتخابونو سره، هماغه بدلوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="279"/>
        <source>paper size (default a4)</source>
        <translation>د کاغذ اندازه (اصلي ⁦a4⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="286"/>
        <source>a PNG or JPEG picture (copied in)</source>
        <translation>یو PNG یا JPEG انځور (کاپي کېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_parsers.py" line="292"/>
        <source>the usual addressees of letters: \n between lines, \n\n between two</source>
        <translation>د لیکونو معمول ترلاسه کوونکي: ⁦\n⁩ د کرښو ترمنځ، ⁦\n\n⁩ د دوو ترمنځ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="58"/>
        <source>Wrote {cases} case(s), {rows} row(s), to {file}.</source>
        <translation>{cases} دوسیې، {rows} کرښې، په ⁦{file}⁩ کې ولیکل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="60"/>
        <source>Wrote {cases} case(s), {rows} row(s), to {file} (confidential fields left out).</source>
        <translation>{cases} دوسیې، {rows} کرښې، په ⁦{file}⁩ کې ولیکل شوې (محرمې برخې پرېښودل شوې).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="90"/>
        <source>Columns not read: {columns}.</source>
        <translation>هغه ستونونه چې ونه لوستل شول: {columns}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="96"/>
        <source>{problems} problem(s) in {rows} row(s):</source>
        <translation>{problems} ستونزې په {rows} کرښو کې:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="114"/>
        <source>{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import; as it is, nothing would be imported (use --skip-bad to leave them out).</source>
        <translation>{rows} کرښې په ⁦{file}⁩ کې: {cases} دوسیې د {people} کسانو سره د راوړلو لپاره چمتو؛ په دې حال، هېڅ نه راوړل کېږي (د پرېښودلو لپاره ⁦--skip-bad⁩ وکاروئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="120"/>
        <source>{rows} row(s) in {file}: {cases} case(s) with {people} person(s) ready to import (nothing was written: a dry run).</source>
        <translation>{rows} کرښې په ⁦{file}⁩ کې: {cases} دوسیې د {people} کسانو سره د راوړلو لپاره چمتو (هېڅ ونه لیکل شو: یوه ازموینه).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="126"/>
        <source>Imported {count} case(s) from {file}; left out: {left_out}.</source>
        <translation>{count} دوسیې له ⁦{file}⁩ څخه راوړل شوې؛ پرېښودل شوې: ⁦{left_out}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="132"/>
        <source>Imported {count} case(s) from {file}.</source>
        <translation>{count} دوسیې له ⁦{file}⁩ څخه راوړل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="135"/>
        <source>Nothing was imported from {file}: fix the rows below and run it again, or import the rest with --skip-bad.</source>
        <translation>له ⁦{file}⁩ څخه هېڅ رانه وړل شو: لاندې کرښې سمې کړئ او بیا یې وچلوئ، یا پاتې د ⁦--skip-bad⁩ سره راوړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_sheets.py" line="145"/>
        <source>row {row}</source>
        <translation>کرښه {row}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="16"/>
        <source>passport</source>
        <translation>پاسپورټ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="17"/>
        <source>tazkira</source>
        <translation>تذکره</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="21"/>
        <source>CASE</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="22"/>
        <source>PRIORITY</source>
        <translation>لومړیتوب</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="23"/>
        <source>STATUS</source>
        <translation>حالت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="24"/>
        <source>NEXT DEADLINE</source>
        <translation>بله وروستۍ نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="25"/>
        <source>PRINCIPAL</source>
        <translation>اصلي غوښتونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="26"/>
        <source>VOLUNTEER</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="30"/>
        <source>auto</source>
        <translation>په خپله</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="31"/>
        <source>by hand</source>
        <translation>په لاس</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="35"/>
        <source>name</source>
        <translation>نوم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="36"/>
        <source>address</source>
        <translation>پته</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="37"/>
        <source>signatory</source>
        <translation>لاسلیکوونکی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="38"/>
        <source>signatory title</source>
        <translation>د لاسلیکوونکي دنده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="39"/>
        <source>phone</source>
        <translation>ټیلفون</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="40"/>
        <source>email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="41"/>
        <source>paper</source>
        <translation>کاغذ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="42"/>
        <source>logo</source>
        <translation>لوګو</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="43"/>
        <source>addressees</source>
        <translation>ترلاسه کوونکي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="46"/>
        <source>location</source>
        <translation>ځای</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="47"/>
        <source>needs</source>
        <translation>اړتیاوې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="48"/>
        <source>volunteer</source>
        <translation>رضاکار</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="49"/>
        <source>confidential</source>
        <translation>محرم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="56"/>
        <source>No cases match (add one with casedesk case add).</source>
        <translation>هېڅ دوسیه سمون نه خوري (یوه یې د ⁦casedesk case add⁩ سره زیاته کړئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="68"/>
        <source>(no record yet)</source>
        <translation>(تر اوسه ثبت نه ده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="77"/>
        <source>{count} case(s)</source>
        <translation>{count} دوسیې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="103"/>
        <source>(known from its documents only: no record saved yet)</source>
        <translation>(یوازې د خپلو اسنادو له لارې پېژندل شوې: تر اوسه هېڅ ثبت نه دی خوندي شوی)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="105"/>
        <source>People</source>
        <translation>کسان</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="107"/>
        <source>Deadlines</source>
        <translation>وروستۍ نېټې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="108"/>
        <source>{fact}; to add it:</source>
        <translation>{fact}؛ د زیاتولو لپاره:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="110"/>
        <source>Suggested deadlines (from its documents)</source>
        <translation>وړاندیز شوې وروستۍ نېټې (د هغې له اسنادو)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="113"/>
        <source>[confidential]</source>
        <translation>[محرم]</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="115"/>
        <source>Notes</source>
        <translation>یادښتونه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="119"/>
        <source>Documents ({count})</source>
        <translation>اسناد ({count})</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="127"/>
        <source>(not set)</source>
        <translation>(نه دی ټاکل شوی)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="149"/>
        <source>born {date}</source>
        <translation>زېږېدنه {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="162"/>
        <source>{days} day(s) ago</source>
        <translation>{days} ورځې مخکې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="164"/>
        <source>today</source>
        <translation>نن</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/case_text.py" line="166"/>
        <source>in {days} day(s)</source>
        <translation>په {days} ورځو کې</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="61"/>
        <source>Added</source>
        <translation>زیاته شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="77"/>
        <source>Added {count} case(s): {cases}.</source>
        <translation>{count} دوسیې زیاتې شوې: ⁦{cases}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="107"/>
        <source>Saved</source>
        <translation>خوندي شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="156"/>
        <source>Linked {count} document(s) to {case_id}.</source>
        <translation>{count} اسناد له ⁦{case_id}⁩ سره وتړل شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="158"/>
        <source>Unlinked {count} document(s) from {case_id}.</source>
        <translation>{count} اسناد له ⁦{case_id}⁩ څخه بېل شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="162"/>
        <source>{documents}: already linked.</source>
        <translation>⁦{documents}⁩: مخکې تړل شوی و.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/cases.py" line="164"/>
        <source>{documents}: not linked.</source>
        <translation>⁦{documents}⁩: تړل شوی نه و.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="41"/>
        <source>list the templates and their fields</source>
        <translation>کينډۍ او د هغو برخې لېست کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="48"/>
        <source>keep this template file in the office database, for every desk (admins)</source>
        <translation>دا د کينډۍ فایل د دفتر په ډیټابېس کې د ټولو مېزونو لپاره وساتئ (مدیران)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="56"/>
        <source>take the office&apos;s own template file of this name away (admins)</source>
        <translation>د دفتر خپل د کينډۍ فایل په دې نوم لرې کړئ (مدیران)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="61"/>
        <source>draft a letter or note from a template for a case</source>
        <translation>د یوې دوسیې لپاره له کينډۍ څخه لیک یا یادښت مسوده کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="62"/>
        <source>Fields are prefilled from the case; --set fills or replaces them. Nothing is drafted while a required field is empty (exit 2, missing fields listed).</source>
        <translation>برخې له دوسیې څخه مخکې ډکېږي؛ ⁦--set⁩ یې ډکوي یا ځای یې نیسي. تر هغه چې یوه اړینه برخه تشه وي هېڅ نه مسوده کېږي (وتل 2، کمې برخې لېست کېږي).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="71"/>
        <source>template name (see casedesk templates)</source>
        <translation>د کينډۍ نوم (⁦casedesk templates⁩ وګورئ)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="74"/>
        <source>the case to draft for</source>
        <translation>هغه دوسیه چې د هغې لپاره مسوده کېږي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="81"/>
        <source>a field&apos;s value</source>
        <translation>د یوې برخې ارزښت</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="88"/>
        <source>cite a document</source>
        <translation>له یوه سند څخه یادونه وکړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="94"/>
        <source>quote each cited page around WORDS</source>
        <translation>له هر یاد شوي مخ څخه د WORDS شاوخوا نقل کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="99"/>
        <source>include what the case marks confidential (numbers, notes, …)</source>
        <translation>هغه څه هم راوړئ چې دوسیه یې محرم نښه کوي (نمبرونه، یادښتونه، …)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="107"/>
        <location filename="../../desktop/cli/packets.py" line="126"/>
        <source>paper (default: office setting)</source>
        <translation>کاغذ (اصلي: د دفتر تنظیم)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="111"/>
        <source>encrypt the PDF draft (AES-256)</source>
        <translation>د PDF مسوده کوډ کړئ (AES-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="183"/>
        <source>this archive&apos;s own</source>
        <translation>د دې آرشیف خپله</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="184"/>
        <source>also in Word</source>
        <translation>په Word کې هم</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="188"/>
        <source>required</source>
        <translation>اړینه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="188"/>
        <source>optional</source>
        <translation>اختیاري</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="195"/>
        <source>needs: {needs}</source>
        <translation>اړتیا لري: {needs}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="197"/>
        <source>{path}, line {line}:</source>
        <translation>{path}، کرښه {line}:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="199"/>
        <source>No templates found.</source>
        <translation>هېڅ کينډۍ ونه موندل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="345"/>
        <source>Nothing was drafted: the {template} needs these filled in:</source>
        <translation>هېڅ مسوده نه شو: {template} دې برخو ډکولو ته اړتیا لري:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="403"/>
        <source>Kept in the office database as output {output_id}: {path}</source>
        <translation>د دفتر په ډیټابېس کې د ⁦{output_id}⁩ پایلې په توګه وساتل شو: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="405"/>
        <source>Kept in the archive (encrypted: not searchable): {path}</source>
        <translation>په آرشیف کې وساتل شو (کوډ شوی: د لټون وړ نه دی): ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="407"/>
        <source>Kept in the archive as document {doc_id} ({kind}): {path}</source>
        <translation>په آرشیف کې د ⁦{doc_id}⁩ سند ({kind}) په توګه وساتل شو: ⁦{path}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="410"/>
        <source>Drafted {template} for {case_id}: {file} ({pages} page(s)).</source>
        <translation>{template} د ⁦{case_id}⁩ لپاره مسوده شو: ⁦{file}⁩ ({pages} مخه).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="412"/>
        <source>Drafted {template} for {case_id}: {file}.</source>
        <translation>{template} د ⁦{case_id}⁩ لپاره مسوده شو: ⁦{file}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="421"/>
        <source>Redacted: {kinds}.</source>
        <translation>لرې شول: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/drafting.py" line="425"/>
        <source>Warning: {count} character(s) have no glyph in any installed font and show as boxes; install fonts-noto-core.</source>
        <translation>خبرداری: {count} توري په هېڅ نصب شوي فونټ کې بڼه نه لري او د څلورګوټو په څېر ښکاري؛ ⁦fonts-noto-core⁩ نصب کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="33"/>
        <source>set up an office PostgreSQL database for several desks, and add its users</source>
        <translation>د څو مېزونو لپاره د دفتر PostgreSQL ډیټابېس جوړ کړئ، او کاروونکي یې زیات کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="36"/>
        <source>The office server is a stock PostgreSQL (docs/OFFICE-SERVER.md). URL is libpq&apos;s, e.g. postgresql://admin@server/casedesk; the password comes from ~/.pgpass or PGPASSWORD, never from a CaseDesk setting.</source>
        <translation>د دفتر سرور یو عادي PostgreSQL دی (⁦docs/OFFICE-SERVER.md⁩). URL د libpq دی، لکه ⁦postgresql://admin@server/casedesk⁩؛ پټنوم له ⁦~/.pgpass⁩ یا ⁦PGPASSWORD⁩ څخه راځي، هېڅکله د CaseDesk له تنظیماتو نه.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="46"/>
        <source>create the tables, the roles and their grants (safe to run again)</source>
        <translation>جدولونه، رولونه او د هغو اجازې جوړې کړئ (بیا چلول خوندي دي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="50"/>
        <source>add a login: reader, volunteer or admin group</source>
        <translation>یو ننوتل زیات کړئ: د لوستونکي، رضاکار یا مدیر ډله</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="55"/>
        <source>the login name (lower-case letters, digits, _)</source>
        <translation>د ننوتلو نوم (واړه توري، عددونه، ⁦_⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="59"/>
        <location filename="../../desktop/cli/office_server.py" line="90"/>
        <location filename="../../desktop/cli/office_server.py" line="99"/>
        <source>the office database</source>
        <translation>د دفتر ډیټابېس</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="64"/>
        <source>read the new user&apos;s password from the first line of standard input</source>
        <translation>د نوي کاروونکي پټنوم د معیاري ننوتنې له لومړۍ کرښې ولولئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="68"/>
        <source>move a desk&apos;s archive folder into the office database (safe to run again)</source>
        <translation>د یوې مېز آرشیف د دفتر ډیټابېس ته ولېږدوئ (بیا چلول خوندي دي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="78"/>
        <source>the desk&apos;s archive folder (it is not changed)</source>
        <translation>د مېز د آرشیف فولډر (نه بدلېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="83"/>
        <source>send what this desk&apos;s casedesk add could not send then</source>
        <translation>هغه څه ولېږئ چې د دې مېز ⁦casedesk add⁩ هغه وخت ونه شو لېږلی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="94"/>
        <source>bring this desk&apos;s own search index up to date with the office database</source>
        <translation>د همدې مېز د لټون فهرست د دفتر له ډیټابېس سره تازه کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="104"/>
        <source>keep it up to date as others change it (Ctrl+C ends)</source>
        <translation>کله چې نور یې بدلوي، تازه یې وساتئ (⁦Ctrl+C⁩ یې پای ته رسوي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="130"/>
        <source>The office database is set up (schema version {version}) with the roles {roles}.</source>
        <translation>د دفتر ډیټابېس چمتو شو (د جوړښت نسخه {version}) د {roles} رولونو سره.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="135"/>
        <source>The office database is already set up, schema version {version}; the roles and their rights were checked and set again.</source>
        <translation>د دفتر ډیټابېس مخکې چمتو دی، د جوړښت نسخه {version}؛ رولونه او د هغو اجازې وکتل شوې او بیا وټاکل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="154"/>
        <source>Added the login {name} in the group {role}; they log in with their password.</source>
        <translation>ننوتل {name} د {role} په ډله کې زیات شو؛ هغه په خپل پټنوم ننوځي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="165"/>
        <source>Password for the new user: </source>
        <translation>د نوي کارن لپاره پټنوم: </translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="185"/>
        <source>missing</source>
        <translation>نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="186"/>
        <source>no rights</source>
        <translation>بې واکه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="198"/>
        <source>The office database is sound.</source>
        <translation>د دفتر ډیټابېس روغ دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="200"/>
        <source>The office database has problems:</source>
        <translation>د دفتر ډیټابېس ستونزې لري:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="203"/>
        <source>Schema version {version}.</source>
        <translation>د جوړښت نسخه: {version}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="204"/>
        <source>Roles: {roles}</source>
        <translation>رولونه: {roles}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="206"/>
        <source>Originals whose content was checked (SHA-256): {count}.</source>
        <translation>اصلي فایلونه چې منځپانګه یې وکتل شوه (SHA-256): {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_server.py" line="210"/>
        <source>Rows per table:</source>
        <translation>په هر جدول کې د کرښو شمېر:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="50"/>
        <source>build a briefing packet: cover, contents and the case&apos;s documents, stamped</source>
        <translation>معلوماتي کڅوړه جوړه کړئ: پوښ، فهرست او د دوسیې اسناد، مهر شوي</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="53"/>
        <source>Every page is stamped PREFIX + a running number (CD-000001) at the bottom right. Without --doc or --from-search, all the case&apos;s documents go in, oldest first.</source>
        <translation>هر مخ د PREFIX + پرله پسې نمبر (⁦CD-000001⁩) سره په ښکته ښي اړخ کې مهر کېږي. له ⁦--doc⁩ یا ⁦--from-search⁩ پرته، د دوسیې ټول اسناد، تر ټولو زوړ لومړی، ننوځي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="60"/>
        <source>the case the packet is for</source>
        <translation>هغه دوسیه چې کڅوړه د هغې لپاره ده</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="68"/>
        <source>a document, in order</source>
        <translation>یو سند، په ترتیب</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="71"/>
        <source>the documents found</source>
        <translation>موندل شوي اسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="76"/>
        <source>also put in the case&apos;s (or the search&apos;s) briefing notes, cover sheets and earlier packets; without it they are left out (documents given with --doc always go in)</source>
        <translation>د دوسیې (یا لټون) توضیحي یادښتونه، د پوښ پاڼې او پخوانۍ کڅوړې هم ننباسئ؛ له دې پرته پرېښودل کېږي (هغه اسناد چې د ⁦--doc⁩ سره ورکړل شي تل ننوځي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="88"/>
        <source>the password of a password-protected PDF in the packet (may be repeated; used for this packet only, never kept)</source>
        <translation>په کڅوړه کې د ساتل شوي PDF پټنوم (تکرارېدای شي؛ یوازې د دې کڅوړې لپاره کارېږي، هېڅکله نه ساتل کېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="97"/>
        <source>leave out password-protected PDFs whose password was not given</source>
        <translation>هغه ساتل شوي PDF پرېږدئ چې پټنوم یې نه دی ورکړل شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="103"/>
        <source>cover template, or none</source>
        <translation>د پوښ کينډۍ، یا ⁦none⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="105"/>
        <source>the packet&apos;s title</source>
        <translation>د کڅوړې سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="107"/>
        <source>stamp prefix (CD-)</source>
        <translation>د مهر مختاړی (⁦CD-⁩)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="110"/>
        <source>first stamp number</source>
        <translation>د لومړي مهر نمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="113"/>
        <source>leave out the contents page</source>
        <translation>د منځپانګې مخ پرېږدئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="118"/>
        <source>a &quot;CONFIDENTIAL&quot; header on every page</source>
        <translation>په هر مخ د ⁦&quot;CONFIDENTIAL&quot;⁩ سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="121"/>
        <source>encrypt the packet (AES-256)</source>
        <translation>کڅوړه کوډ کړئ (AES-256)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="133"/>
        <source>with --redact, a scanned page OCR cannot read well enough to be sure no value is left on it: black the whole page out (default), or refuse to build the packet</source>
        <translation>د ⁦--redact⁩ سره، سکین شوی مخ چې OCR یې په کافي اندازه نه شي لوستلی ترڅو ډاډه شي چې هېڅ ارزښت پکې نه دی پاتې: ټول مخ تور کړئ (اصلي)، یا د کڅوړې له جوړولو ډډه وکړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="148"/>
        <source>remove these values of the case from the output, comma-separated: {kinds}</source>
        <translation>د دوسیې دا ارزښتونه له پایلې لرې کړئ، په کامې سره بېل: ⁦{kinds}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="239"/>
        <source>Pages read by OCR (scans and pictures): {count}.</source>
        <translation>هغه مخونه چې په OCR ولوستل شول (سکینونه او عکسونه): {count}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="246"/>
        <source>Pages withheld, blacked out (could not be read well enough to redact): {pages}.</source>
        <translation>ساتل شوي مخونه، تور شوي (د لرې کولو لپاره په کافي اندازه ونه لوستل شول): {pages}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="273"/>
        <source>Give each password with --pdf-password ID=PASSWORD (e.g. --pdf-password {first}=…), or build without them: --leave-out-locked.</source>
        <translation>د هر یوه پټنوم د ⁦--pdf-password ID=PASSWORD⁩ سره ورکړئ (لکه ⁦--pdf-password {first}=…⁩)، یا له هغو پرته یې جوړه کړئ: ⁦--leave-out-locked⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="295"/>
        <source>Built a packet of {pages} page(s): {file}</source>
        <translation>یوه کڅوړه د {pages} مخونو سره جوړه شوه: ⁦{file}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="297"/>
        <location filename="../../desktop/cli/searching.py" line="98"/>
        <source>p. {page}</source>
        <translation>مخ {page}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="302"/>
        <source>none</source>
        <translation>هېڅ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="303"/>
        <source>Redacted {kinds}; pages made pictures: {pages}</source>
        <translation>{kinds} لرې شول؛ هغه مخونه چې انځور شول: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="306"/>
        <source>Left out document {doc_id} ({title}): {reason}.</source>
        <translation>⁦{doc_id}⁩ سند ({title}) پرېښودل شو: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="312"/>
        <source>Left out as internal (briefing notes, cover sheets and earlier packets): {documents}. Add --include-internal (or --doc ID) to put them in.</source>
        <translation>د داخلي په توګه پرېښودل شول (توضیحي یادښتونه، د پوښ پاڼې او پخوانۍ کڅوړې): {documents}. د ننایستلو لپاره یې ⁦--include-internal⁩ (یا ⁦--doc ID⁩) زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="319"/>
        <source>Kept in the archive as {path} (encrypted: not searchable)</source>
        <translation>په آرشیف کې د ⁦{path}⁩ په توګه وساتل شوه (کوډ شوې: د لټون وړ نه ده)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/packets.py" line="321"/>
        <source>Kept in the archive as {path}</source>
        <translation>په آرشیف کې د ⁦{path}⁩ په توګه وساتل شوه</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="22"/>
        <source>read the text of scans and photos still waiting (or, with --redo, all again)</source>
        <translation>د هغو سکینونو او عکسونو متن ولولئ چې لا په تمه دي (یا، د ⁦--redo⁩ سره، ټول بیا)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="27"/>
        <source>read every scanned page again</source>
        <translation>هر سکین شوی مخ بیا ولولئ</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="33"/>
        <source>password to try on protected PDFs (may be repeated)</source>
        <translation>د ساتل شویو PDF لپاره د ازمویلو پټنوم (تکرارېدای شي)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="40"/>
        <source>stop reading a page after this long (default 60)</source>
        <translation>د یوه مخ لوستل له دومره وخت وروسته ودروئ (اصلي 60)</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/scans.py" line="67"/>
        <source>No pages are waiting to be read.</source>
        <translation>هېڅ مخ د لوستلو په تمه نه دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="63"/>
        <source>Not sent to the office database: {reason} Nothing is lost: {waiting} document(s) are kept on this computer, and the next {add} to this office sends them (or {pending}).</source>
        <translation>د دفتر ډیټابېس ته ونه لېږل شو: {reason} هېڅ شی نه دی ورک شوی: {waiting} سندونه په همدې کمپیوټر ساتل شوي، او راتلونکی {add} همدې دفتر ته هغه لېږي (یا {pending}).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="76"/>
        <source>{waiting} document(s) stay on this computer until that is settled.</source>
        <translation>{waiting} سندونه تر هغه په همدې کمپیوټر پاتې کېږي چې دا ستونزه حل شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="83"/>
        <source>Sent to the office database: {summary}</source>
        <translation>د دفتر ډیټابېس ته ولېږل شو: {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_add.py" line="94"/>
        <source>Nothing waits to be sent.</source>
        <translation>هېڅ شی د لېږلو په تمه نه دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_desk.py" line="54"/>
        <source>Applied {changes} change(s): {indexed} document(s) indexed, {removed} removed; up to change {seq}.</source>
        <translation>{changes} بدلونونه پلي شول: {indexed} سندونه فهرست شول، {removed} لرې شول؛ تر بدلون {seq} پورې.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="44"/>
        <source>documents {done} of {total}, originals {sent} MB of {size} MB</source>
        <translation>سندونه {done} له {total}، اصلي فایلونه {sent} MB له {size} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="62"/>
        <source>Pushed {pushed} documents; {there} were already in the office database.</source>
        <translation>{pushed} سندونه ولېږل شول؛ {there} مخکې په دفتر ډیټابېس کې وو.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="71"/>
        <source>{cases} case(s) were already in the office database with other contents and were kept as they are there; the desk&apos;s version is still on the desk. Compare them and save the right one in the office database.</source>
        <translation>{cases} دوسیې مخکې په دفتر ډیټابېس کې د بل منځپانګې سره وې او هغسې وساتل شوې لکه هلته چې دي؛ د مېز نسخه لا هم په مېز دی. هغه سره پرتله کړئ او سمه یې د دفتر په ډیټابېس کې خوندي کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="80"/>
        <source>The office database holds all {rows} rows of the desk (counts checked).</source>
        <translation>د دفتر ډیټابېس د مېز ټولې {rows} کرښې لري (شمېرې وکتل شوې).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="85"/>
        <source>The counts differ:</source>
        <translation>شمېرې توپیر لري:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="87"/>
        <source>Run the same push again.</source>
        <translation>همدا لېږل بیا وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/office_push.py" line="93"/>
        <source>{table}: the desk has {desk} rows, the office database holds {office}.</source>
        <translation>{table}: مېز {desk} کرښې لري، د دفتر ډیټابېس {office} لري.</translation>
    </message>
</context>
<context>
    <name>DateWords</name>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="24"/>
        <source>January</source>
        <translation>جنوري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="25"/>
        <source>February</source>
        <translation>فبروري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="26"/>
        <source>March</source>
        <translation>مارچ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="27"/>
        <source>April</source>
        <translation>اپرېل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="28"/>
        <source>May</source>
        <translation>مۍ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="29"/>
        <source>June</source>
        <translation>جون</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="30"/>
        <source>July</source>
        <translation>جولای</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="31"/>
        <source>August</source>
        <translation>اګست</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="32"/>
        <source>September</source>
        <translation>سپتمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="33"/>
        <source>October</source>
        <translation>اکتوبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="34"/>
        <source>November</source>
        <translation>نومبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="35"/>
        <source>December</source>
        <translation>دسمبر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="38"/>
        <source>Hamal</source>
        <translation>وری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="39"/>
        <source>Sawr</source>
        <translation>غویی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="40"/>
        <source>Jawza</source>
        <translation>غبرګولی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="41"/>
        <source>Saratan</source>
        <translation>چنګاښ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="42"/>
        <source>Asad</source>
        <translation>زمری</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="43"/>
        <source>Sonbola</source>
        <translation>وږی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="44"/>
        <source>Mizan</source>
        <translation>تله</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="45"/>
        <source>Aqrab</source>
        <translation>لړم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="46"/>
        <source>Qaws</source>
        <translation>لیندۍ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="47"/>
        <source>Jadi</source>
        <translation>مرغومی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="48"/>
        <source>Dalw</source>
        <translation>سلواغه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="49"/>
        <source>Hut</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="52"/>
        <source>about {date}</source>
        <translation>شاوخوا {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="53"/>
        <source>{year} SH ({span})</source>
        <translation>{year} لمریز ({span})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/date_words.py" line="54"/>
        <source>{month} {year} SH ({span})</source>
        <translation>{month} {year} لمریز ({span})</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <location filename="../../desktop/ui/details.py" line="38"/>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="39"/>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="40"/>
        <source>Date</source>
        <translation>نېټه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="41"/>
        <location filename="../../desktop/ui/details.py" line="51"/>
        <source>Title source</source>
        <translation>د سرلیک سرچینه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="42"/>
        <location filename="../../desktop/ui/details.py" line="52"/>
        <source>Date source</source>
        <translation>د نېټې سرچینه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="43"/>
        <location filename="../../desktop/ui/details.py" line="53"/>
        <source>Scans</source>
        <translation>سکینونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="44"/>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="45"/>
        <source>Cases</source>
        <translation>دوسیې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="46"/>
        <source>Tags</source>
        <translation>نښې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="47"/>
        <source>From</source>
        <translation>له</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="48"/>
        <source>References</source>
        <translation>حوالې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="98"/>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="101"/>
        <source>Edit title and date…</source>
        <translation>سرلیک او نېټه سمول…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="112"/>
        <source>Field</source>
        <translation>برخه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="113"/>
        <source>Value</source>
        <translation>ارزښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="114"/>
        <source>Type</source>
        <translation>ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="138"/>
        <source>Form fields:</source>
        <translation>د فورمې برخې:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="182"/>
        <source>This archive is open read-only: nothing can be changed here.</source>
        <translation>دا آرشیف یوازې د لوستلو لپاره پرانیستی دی: دلته هېڅ نه بدلېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="184"/>
        <source>Change the title and the date of this document.</source>
        <translation>د دې سند سرلیک او نېټه بدلول.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="217"/>
        <source>{kind} ({format}, {pages} page(s))</source>
        <translation>{kind} ({format}، {pages} مخه)</translation>
    </message>
</context>
<context>
    <name>DetailsEditor</name>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="45"/>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD، یا تش</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="50"/>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="51"/>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="60"/>
        <source>Title:</source>
        <translation>سرلیک:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details_editor.py" line="61"/>
        <source>Date:</source>
        <translation>نېټه:</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="59"/>
        <source>email</source>
        <translation>برېښنالیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="60"/>
        <source>form</source>
        <translation>فورمه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="61"/>
        <source>letter</source>
        <translation>لیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="62"/>
        <source>statement</source>
        <translation>بیان</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="63"/>
        <source>note</source>
        <translation>یادښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="64"/>
        <source>case file</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="65"/>
        <source>briefing packet</source>
        <translation>معلوماتي کڅوړه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="66"/>
        <source>briefing note</source>
        <translation>توضیحي یادښت</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="67"/>
        <source>summary</source>
        <translation>لنډیز</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="68"/>
        <source>cover</source>
        <translation>پوښ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="69"/>
        <source>document</source>
        <translation>سند</translation>
    </message>
</context>
<context>
    <name>DocumentLanguages</name>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="73"/>
        <source>English</source>
        <translation>انګلیسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="74"/>
        <source>Dari/Persian</source>
        <translation>دري/فارسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="75"/>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="76"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="77"/>
        <source>Arabic</source>
        <translation>عربي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="78"/>
        <source>Mixed</source>
        <translation>ګډ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/case_words.py" line="79"/>
        <source>Other</source>
        <translation>نور</translation>
    </message>
</context>
<context>
    <name>DraftingActions</name>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="66"/>
        <source>Checking the draft…</source>
        <translation>مسوده کتل کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="81"/>
        <source>Nothing was saved or printed: the {template} needs these filled in:&lt;ul&gt;{fields}&lt;/ul&gt;</source>
        <translation>هېڅ خوندي یا چاپ نه شو: {template} ته دا ډکول اړین دي:&lt;ul&gt;{fields}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="113"/>
        <source>the draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="137"/>
        <source>Saving {name}…</source>
        <translation>{name} خوندي کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="172"/>
        <source>Printed 1 page.</source>
        <translation>1 مخ چاپ شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_actions.py" line="174"/>
        <source>Printed {pages} pages.</source>
        <translation>{pages} مخونه چاپ شول.</translation>
    </message>
</context>
<context>
    <name>DraftingForm</name>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="44"/>
        <source>Required: fill this in before the draft can be saved or printed.</source>
        <translation>اړین: مخکې له دې چې مسوده خوندي یا چاپ شي، دا ډک کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="47"/>
        <source>Write the date as YYYY-MM-DD, e.g. 2025-04-30.</source>
        <translation>نېټه داسې ولیکئ: YYYY-MM-DD، لکه 2025-04-30.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="92"/>
        <source>These templates cannot be used:
</source>
        <translation>دا کينډۍ نه کارول کېږي:
</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="159"/>
        <source>This template has nothing to fill in.</source>
        <translation>په دې کينډۍ کې د ډکولو لپاره هېڅ نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="212"/>
        <source>● required</source>
        <translation>● اړین</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="219"/>
        <source>(optional)</source>
        <translation>(اختیاري)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="244"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="288"/>
        <source>Document id, or one of the case&apos;s</source>
        <translation>د سند شمېره، یا د دوسیې یو سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="291"/>
        <source>page: auto</source>
        <translation>مخ: خپلکاره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="292"/>
        <source>page </source>
        <translation>مخ </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="293"/>
        <source>&amp;Cite</source>
        <translation>حواله (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="294"/>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_form.py" line="351"/>
        <source>Type a document&apos;s id, or choose one of the case&apos;s documents.</source>
        <translation>د یو سند شمېره ولیکئ، یا د دوسیې یو سند وټاکئ.</translation>
    </message>
</context>
<context>
    <name>DraftingJobs</name>
    <message>
        <location filename="../../desktop/ui/drafting_jobs.py" line="111"/>
        <source>Choose the case to draft for.</source>
        <translation>هغه دوسیه وټاکئ چې مسوده ورته لیکل کېږي.</translation>
    </message>
</context>
<context>
    <name>DraftingOutput</name>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="28"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF سند (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="29"/>
        <source>Web page (*.html *.htm)</source>
        <translation>وېب پاڼه (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="30"/>
        <source>Word document (*.docx)</source>
        <translation>د Word سند (*.docx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="62"/>
        <source>Save the draft as {format}</source>
        <translation>مسوده د {format} په بڼه خوندي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="80"/>
        <source> (1 page)</source>
        <translation> (1 مخ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="82"/>
        <source> ({pages} pages)</source>
        <translation> ({pages} مخونه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="86"/>
        <source>Saved to {target}{pages}.</source>
        <translation>په {target}{pages} کې خوندي شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="91"/>
        <source>Encrypted: it opens only with its password.</source>
        <translation>کوډ شو: یوازې په خپل پټنوم پرانیستل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="94"/>
        <source>Removed: {kinds}.</source>
        <translation>لرې شول: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="98"/>
        <source>Kept in the archive (not searchable): {path}</source>
        <translation>په آرشیف کې وساتل شو (نه لټول کېږي): {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="104"/>
        <source>Kept in the archive as document {document_id}: {path}</source>
        <translation>د {document_id} سند په توګه په آرشیف کې وساتل شو: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_output.py" line="110"/>
        <source>Warning: {missing_glyphs} character(s) have no glyph in any installed font and show as boxes; install fonts-noto-core.</source>
        <translation>خبرداری: {missing_glyphs} توري په هېڅ نصب شوي فونټ کې بڼه نه لري او د څلورګوټو په څېر ښکاري؛ fonts-noto-core نصب کړئ.</translation>
    </message>
</context>
<context>
    <name>DraftingView</name>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="124"/>
        <source>Draft — {case}</source>
        <translation>مسوده — {case}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="125"/>
        <source>choose a case</source>
        <translation>یوه دوسیه وټاکئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="145"/>
        <source>Include &amp;confidential information</source>
        <translation>محرم معلومات شاملول (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="149"/>
        <source>Numbers, dates of birth, location and notes the case marks confidential stay out of the draft unless this is ticked.</source>
        <translation>هغه نمبرونه، د زېږېدنې نېټې، ځای او یادښتونه چې دوسیه یې محرم بولي، په مسوده کې نه راځي مګر دا چې دا نښه شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="157"/>
        <source>&amp;Encrypt the PDF with a password</source>
        <translation>PDF په پټنوم کوډ کول (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="165"/>
        <source>Save as &amp;PDF…</source>
        <translation>د PDF په بڼه خوندي کول… (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="168"/>
        <source>Save as &amp;HTML…</source>
        <translation>د HTML په بڼه خوندي کول… (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="171"/>
        <source>Save as &amp;Word…</source>
        <translation>د Word په بڼه خوندي کول… (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>چاپ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="176"/>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="183"/>
        <source>The archive is open read-only here: drafts cannot be kept or printed.</source>
        <translation>آرشیف دلته یوازې د لوستلو لپاره پرانیستی دی: مسودې نه ساتل کېږي او نه چاپېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="212"/>
        <source>C&amp;ase</source>
        <translation>دوسیه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="213"/>
        <source>&amp;Template</source>
        <translation>کينډۍ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="223"/>
        <source>Documents cited</source>
        <translation>حواله شوي اسناد</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="234"/>
        <source>When it leaves the office: &amp;remove these, encrypt</source>
        <translation>کله چې له دفتره وځي: دا لرې کول، کوډ کول (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="242"/>
        <source>&lt;b&gt;Preview&lt;/b&gt;</source>
        <translation>&lt;b&gt;مخکتنه&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="292"/>
        <source>(choose a case)</source>
        <translation>(یوه دوسیه وټاکئ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="300"/>
        <source>Draft — {chosen}</source>
        <translation>مسوده — {chosen}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="398"/>
        <source>Also needed: {fields}.</source>
        <translation>دا هم اړین دي: {fields}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/drafting_view.py" line="426"/>
        <source>What you typed in this draft has not been saved or printed. Close it anyway?</source>
        <translation>څه چې مو په دې مسوده کې لیکلي نه دي خوندي یا چاپ شوي. بیا هم بنده شي؟</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="42"/>
        <source>CaseDesk hit an unexpected error ({error}). Everything already saved in the archive is safe. Details are in {log_file}.</source>
        <translation>CaseDesk له یوې ناڅاپي تېروتنې سره مخ شو ({error}). هر څه چې په آرشیف کې خوندي شوي، روغ دي. تفصیلات په {log_file} کې دي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/errors.py" line="51"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="15"/>
        <source>No CaseDesk archive at {root}. Add documents first (casedesk add), or choose another archive with --archive.</source>
        <translation>په ⁦{root}⁩ کې د CaseDesk آرشیف نشته. لومړی اسناد زیات کړئ (⁦casedesk add⁩)، یا په ⁦--archive⁩ بل آرشیف وټاکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="20"/>
        <source>This folder holds no CaseDesk archive (no catalog.sqlite).</source>
        <translation>په دې فولډر کې د CaseDesk آرشیف نشته (د ⁦catalog.sqlite⁩ فایل نه لري).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="21"/>
        <source>The archive&apos;s search index is missing or damaged: run casedesk reindex.</source>
        <translation>د آرشیف د لټون فهرست نشته یا خراب شوی دی: ⁦casedesk reindex⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="24"/>
        <source>Cannot create the archive folder {root}: {reason}.</source>
        <translation>د آرشیف فولډر ⁦{root}⁩ جوړ نه شو: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="25"/>
        <source>This archive is being changed by another CaseDesk: &apos;{command}&apos;. Wait for it to finish, or close the other CaseDesk window, then try again.</source>
        <translation>دا آرشیف بل CaseDesk بدلوي: ⁦{command}⁩. انتظار وباسئ چې پای ته ورسېږي، یا د CaseDesk بله کړکۍ وتړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="30"/>
        <source>This archive is being changed by another CaseDesk: &apos;{command}&apos; (process {pid} on {host}, since {since}). Wait for it to finish, or close the other CaseDesk window, then try again.</source>
        <translation>دا آرشیف بل CaseDesk بدلوي: ⁦{command}⁩ (پروسه ⁦{pid}⁩ په ⁦{host}⁩ کې، له ⁦{since}⁩ راهیسې). انتظار وباسئ چې پای ته ورسېږي، یا د CaseDesk بله کړکۍ وتړئ، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="37"/>
        <source>Another CaseDesk window or command is writing: &apos;{command}&apos;, waiting…</source>
        <translation>د CaseDesk بله کړکۍ یا فرمان لیکي: ⁦{command}⁩؛ انتظار باسو…</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="40"/>
        <source>Another CaseDesk window or command is writing: &apos;{command}&apos; (process {pid} on {host}, since {since}), waiting…</source>
        <translation>د CaseDesk بله کړکۍ یا فرمان لیکي: ⁦{command}⁩ (پروسه ⁦{pid}⁩ په ⁦{host}⁩ کې، له ⁦{since}⁩ راهیسې)؛ انتظار باسو…</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="46"/>
        <source>Case {case_id} was changed in another window or by a command at {when} by the account &apos;{who}&apos; after you opened it, so your changes were not saved over it. Reload the case to see the newer version, then make your changes again.</source>
        <translation>دوسیه ⁦{case_id}⁩ وروسته له دې چې تاسو پرانیستله، په بله کړکۍ کې یا د یوې فرمان له لارې په ⁦{when}⁩ د حساب ⁦{who}⁩ له خوا بدله شوه؛ نو ستاسو بدلونونه پرې خوندي نه شول. دوسیه بیا راوړئ چې نوې بڼه یې وګورئ، بیا خپل بدلونونه بیا وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="52"/>
        <source>Case {case_id} was changed in another window or by a command at {when} after you opened it, so your changes were not saved over it. Reload the case to see the newer version, then make your changes again.</source>
        <translation>دوسیه ⁦{case_id}⁩ وروسته له دې چې تاسو پرانیستله، په بله کړکۍ کې یا د یوې فرمان له لارې په ⁦{when}⁩ بدله شوه؛ نو ستاسو بدلونونه پرې خوندي نه شول. دوسیه بیا راوړئ چې نوې بڼه یې وګورئ، بیا خپل بدلونونه بیا وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="58"/>
        <source>The disk is full (or read-only) where the archive is kept, so nothing more could be saved. Everything saved before is kept and the archive is sound. Free some space, then run the same command again to finish.</source>
        <translation>هغه ډیسک چې آرشیف پرې ساتل کېږي ډک دی (یا یوازې د لوستلو لپاره دی)، نو نور څه خوندي نه شول. هر څه چې مخکې خوندي شوي وو ساتل شوي او آرشیف روغ دی. یو څه ځای خالي کړئ، بیا د بشپړولو لپاره همدا امر بیا وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="64"/>
        <source>The archive is open read-only here; outputs cannot be saved.</source>
        <translation>دا آرشیف دلته یوازې د لوستلو لپاره پرانیستی دی؛ پایلې نه خوندي کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="66"/>
        <source>Adding files stopped unexpectedly: the process adding them ended. What was added before is kept and the archive is sound. Add the same files again to finish.</source>
        <translation>د فایلونو زیاتول ناڅاپه ودرېدل: هغه پروسه چې فایلونه یې زیاتول بنده شوه. هر څه چې مخکې زیات شوي وو ساتل شوي او آرشیف روغ دی. د بشپړولو لپاره همدا فایلونه بیا زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="72"/>
        <source>There is no document {doc_id} in this archive.</source>
        <translation>د ⁦{doc_id}⁩ نمبر سند په دې آرشیف کې نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="73"/>
        <source>There is no case {case_id} in this archive.</source>
        <translation>د ⁦{case_id}⁩ دوسیه په دې آرشیف کې نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="75"/>
        <source>There is no CaseDesk archive at {root} to back up.</source>
        <translation>په ⁦{root}⁩ کې د CaseDesk آرشیف نشته چې احتیاطي کاپي یې جوړه شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="76"/>
        <source>The password is not the one this backup was made with, so it cannot be opened. Check the password (letters, digits and case must match) and try again.</source>
        <translation>دا پټنوم هغه نه دی چې دا احتیاطي کاپي پرې جوړه شوې، نو نه پرانیستل کېږي. پټنوم وګورئ (توري، عددونه او لوی او واړه توري باید سم وي) او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="81"/>
        <source>The backup file is damaged or incomplete (it was changed or cut short after it was written), so it cannot be restored. Use another backup.</source>
        <translation>د احتیاطي کاپي فایل خراب یا نیمګړی دی (له لیکلو وروسته بدل یا لنډ شوی)، نو بېرته نه راګرځول کېږي. بله احتیاطي کاپي وکاروئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="86"/>
        <source>This file is not an encrypted CaseDesk backup.</source>
        <translation>دا فایل د CaseDesk کوډ شوې احتیاطي کاپي نه ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="87"/>
        <source>This backup is encrypted: give its password.</source>
        <translation>دا احتیاطي کاپي کوډ شوې ده: پټنوم یې ورکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="88"/>
        <source>The password is empty.</source>
        <translation>پټنوم خالي دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="89"/>
        <source>The two passwords differ; nothing was backed up.</source>
        <translation>دواړه پټنومونه سره توپیر لري؛ د هېڅ شي احتیاطي کاپي جوړه نه شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="91"/>
        <source>The template {where} is broken: {reason}</source>
        <translation>کينډۍ ⁦{where}⁩ خرابه ده: ⁦{reason}⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="92"/>
        <source>The template {where} tried to use something templates may not use ({reason}). Nothing was drafted; check where this template came from.</source>
        <translation>کينډۍ ⁦{where}⁩ هڅه وکړه داسې شی وکاروي چې کينډۍ یې نه شي کارولی (⁦{reason}⁩). هېڅ مسوده جوړه نه شوه؛ وګورئ چې دا کينډۍ له کومه راغلې ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="97"/>
        <source>The {template} cannot be drafted yet. Missing: {labels}.</source>
        <translation>⁦{template}⁩ لا مسوده کېدای نه شي. نشته: ⁦{labels}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="98"/>
        <source>Nothing was drafted: a value chosen for redaction could still be read in the letter ({places}). Check the fields you typed in and try again.</source>
        <translation>هېڅ مسوده جوړه نه شوه: هغه معلومات چې د لرې کولو لپاره ټاکل شوي وو لا هم په لیک کې لوستل کېدل (⁦{places}⁩). هغه برخې چې تاسو ولیکلې وګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="103"/>
        <source>Nothing was drafted: a value chosen for redaction could still be read in the Word letter. Check the fields you typed in and try again.</source>
        <translation>هېڅ مسوده جوړه نه شوه: هغه معلومات چې د لرې کولو لپاره ټاکل شوي وو لا هم په Word لیک کې لوستل کېدل. هغه برخې چې تاسو ولیکلې وګورئ او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="109"/>
        <source>The packet was not built: a scanned page could not be read well enough to be sure no value chosen for redaction is on it ({stamps}). Leave that document out, or build again choosing to black such pages out.</source>
        <translation>معلوماتي کڅوړه جوړه نه شوه: یو سکین شوی مخ دومره ښه ونه لوستل شو چې ډاډه شو د لرې کولو لپاره ټاکل شوي معلومات پرې نشته (⁦{stamps}⁩). هغه سند پرېږدئ، یا بیا یې جوړه کړئ او د داسې مخونو تورول وټاکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="115"/>
        <source>The packet was not built: {count} scanned pages could not be read well enough to be sure no value chosen for redaction is on them ({stamps}). Leave that document out, or build again choosing to black such pages out.</source>
        <translation>معلوماتي کڅوړه جوړه نه شوه: {count} سکین شوي مخونه دومره ښه ونه لوستل شول چې ډاډه شو د لرې کولو لپاره ټاکل شوي معلومات پرې نشته (⁦{stamps}⁩). هغه سند پرېږدئ، یا بیا یې جوړه کړئ او د داسې مخونو تورول وټاکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="121"/>
        <source>These PDFs are password-protected and need their password to go into the packet (CaseDesk does not keep passwords): {named}.</source>
        <translation>دا PDF فایلونه پټنوم لري او د معلوماتي کڅوړې ته د ورتګ لپاره خپل پټنوم غواړي (CaseDesk پټنومونه نه ساتي): ⁦{named}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="127"/>
        <source>This archive was written by a newer CaseDesk (catalog version {found}, this program knows up to {known}). Update CaseDesk to open it.</source>
        <translation>دا آرشیف د یوه نوي CaseDesk په واسطه لیکل شوی (د کتلاګ نسخه {found}، دا پروګرام تر {known} پورې پېژني). د پرانیستلو لپاره CaseDesk تازه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="132"/>
        <source>Cannot redact {unknown}: choose from {kinds}.</source>
        <translation>⁦{unknown}⁩ نه شي لرې کېدای: له دې څخه وټاکئ: ⁦{kinds}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="134"/>
        <source>Nothing was kept: the Word {title} still holds template tags ({{{{ … }}}} or {{% … %}}) after filling in; check the Word template.</source>
        <translation>هېڅ ونه ساتل شو: د Word {title} له ډکولو وروسته لا هم د کينډۍ نښې (⁦{{{{ … }}}}⁩ یا ⁦{{% … %}}⁩) لري؛ د Word کينډۍ وګورئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="139"/>
        <source>Nothing was kept: the Word {title} does not show {what}; check that the Word template uses it.</source>
        <translation>هېڅ ونه ساتل شو: د Word {title} ⁦{what}⁩ نه ښيي؛ وګورئ چې د Word کينډۍ یې کاروي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="144"/>
        <source>Nothing was kept: the Word letter could not be read back ({reason}).</source>
        <translation>هېڅ ونه ساتل شو: د Word لیک بیا ونه لوستل شو (⁦{reason}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="148"/>
        <source>A document needs a title: the title cannot be empty.</source>
        <translation>هر سند سرلیک ته اړتیا لري: سرلیک نه شي تش کېدای.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="149"/>
        <source>A title can be at most {limit} characters long.</source>
        <translation>سرلیک تر ډېره {limit} توري کېدای شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="150"/>
        <source>Write the date as year-month-day, for example 2021-03-03 (or leave it empty).</source>
        <translation>نېټه د کال-میاشت-ورځ په بڼه ولیکئ، لکه ⁦2021-03-03⁩ (یا یې تشه پرېږدئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="153"/>
        <source>The date must be between 1900-01-01 and today.</source>
        <translation>نېټه باید د ⁦1900-01-01⁩ او نن ترمنځ وي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="155"/>
        <source>{name} is not a spreadsheet CaseDesk reads: use .csv or .xlsx.</source>
        <translation>⁦{name}⁩ داسې جدول نه دی چې CaseDesk یې ولولي: ⁦.csv⁩ یا ⁦.xlsx⁩ وکاروئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="156"/>
        <source>{name} is empty: its first row should name the columns.</source>
        <translation>⁦{name}⁩ تش دی: لومړۍ کرښه یې باید د ستونونو نومونه ووایي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="157"/>
        <source>{name} has no case number column: its first row should name the columns (case_id, name, relationship, … — see docs/IMPORT.md).</source>
        <translation>⁦{name}⁩ د دوسیې د نمبر ستون نه لري: لومړۍ کرښه یې باید د ستونونو نومونه ووایي (⁦case_id, name, relationship, …⁩ — ⁦docs/IMPORT.md⁩ وګورئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="162"/>
        <source>{name} is not an Excel workbook CaseDesk can read.</source>
        <translation>⁦{name}⁩ د Excel داسې کتاب نه دی چې CaseDesk یې ولوستلای شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="163"/>
        <source>{name} is damaged or not an Excel .xlsx workbook.</source>
        <translation>⁦{name}⁩ خراب دی یا د Excel ‎.xlsx کتاب نه دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="165"/>
        <source>The logo is set from a picture file (casedesk office --logo FILE).</source>
        <translation>لوګو له یوه انځور فایل څخه ټاکل کېږي (⁦casedesk office --logo FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="168"/>
        <source>The logo {name} cannot be read: {reason}.</source>
        <translation>لوګو ⁦{name}⁩ نه شي لوستل کېدای: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="169"/>
        <source>The logo {name} is larger than 2 MB; use a smaller picture.</source>
        <translation>لوګو ⁦{name}⁩ له 2 MB څخه لوی دی؛ کوچنی انځور وکاروئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="170"/>
        <source>The logo {name} is not a PNG or JPEG picture.</source>
        <translation>لوګو ⁦{name}⁩ PNG یا JPEG انځور نه دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="172"/>
        <source>That is not a valid pattern: {reason}.</source>
        <translation>دا سم بېلګه نه ده: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="173"/>
        <source>That pattern matches empty text; it must match a case number.</source>
        <translation>دا بېلګه له تش متن سره سمون خوري؛ باید د دوسیې له نمبر سره سمون وخوري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="174"/>
        <source>Say what to change: --title, --date or both.</source>
        <translation>ووایئ څه بدل شي: ⁦--title⁩، ⁦--date⁩ یا دواړه.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="175"/>
        <source>--id {case_id} and the id in {file} differ.</source>
        <translation>⁦--id {case_id}⁩ او په ⁦{file}⁩ کې نمبر سره توپیر لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="176"/>
        <source>Give the case number with --id (e.g. --id AFG-2024-00137).</source>
        <translation>د دوسیې نمبر د ⁦--id⁩ سره ورکړئ (لکه ⁦--id AFG-2024-00137⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="177"/>
        <source>Case {case_id} already exists; change it with: casedesk case edit {case_id} ...</source>
        <translation>⁦{case_id}⁩ دوسیه مخکې شته؛ په دې یې بدله کړئ: ⁦casedesk case edit {case_id} ...⁩</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="181"/>
        <source>{file} holds a list of cases: {flags} cannot say which; put the values in the file.</source>
        <translation>⁦{file}⁩ د دوسیو لېست لري: ⁦{flags}⁩ نه شي ویلای کومه یوه؛ ارزښتونه په فایل کې کېږدئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="185"/>
        <source>There is no case {case_id} in this archive (add it with casedesk case add).</source>
        <translation>په دې آرشیف کې ⁦{case_id}⁩ دوسیه نشته (د ⁦casedesk case add⁩ سره یې زیاته کړئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="188"/>
        <source>{file} is about case {case_id}, not {other}.</source>
        <translation>⁦{file}⁩ د ⁦{case_id}⁩ دوسیې په اړه دی، نه د ⁦{other}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="189"/>
        <source>--today takes a date written YYYY-MM-DD, not {given}.</source>
        <translation>⁦--today⁩ د ⁦YYYY-MM-DD⁩ په بڼه نېټه اخلي، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="190"/>
        <source>{file} holds a list of cases; casedesk case edit changes one.</source>
        <translation>⁦{file}⁩ د دوسیو لېست لري؛ ⁦casedesk case edit⁩ یوه بدلوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="191"/>
        <source>Cannot read {file}: {reason}.</source>
        <translation>⁦{file}⁩ نه شي لوستل کېدای: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="192"/>
        <source>{file} is not a JSON file in UTF-8 ({reason}).</source>
        <translation>⁦{file}⁩ په UTF-8 کې د JSON فایل نه دی ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="193"/>
        <source>--member needs at least a name: &quot;NAME|RELATIONSHIP|BIRTHDATE&quot;, not {given}.</source>
        <translation>⁦--member⁩ لږ تر لږه یو نوم ته اړتیا لري: ⁦&quot;NAME|RELATIONSHIP|BIRTHDATE&quot;⁩، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="196"/>
        <source>--deadline takes KIND=DATE, e.g. &quot;visa expiry=2025-03-01&quot;, not {given}.</source>
        <translation>⁦--deadline⁩ د ⁦KIND=DATE⁩ په بڼه دی، لکه ⁦&quot;visa expiry=2025-03-01&quot;⁩، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="199"/>
        <source>An Excel workbook cannot be shown here: name a file with -o FILE.xlsx.</source>
        <translation>د Excel کتاب دلته نه شي ښودل کېدای: د ⁦-o FILE.xlsx⁩ سره یو فایل ونومئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="202"/>
        <source>Only PDF drafts can be protected with a password; write to .pdf.</source>
        <translation>یوازې د PDF مسودې په پټنوم ساتل کېدای شي؛ په ⁦.pdf⁩ کې یې ولیکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="203"/>
        <source>Write the draft to a .pdf, .html or .docx file, not {name}.</source>
        <translation>مسوده په ⁦.pdf⁩، ⁦.html⁩ یا ⁦.docx⁩ فایل کې ولیکئ، نه ⁦{name}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="204"/>
        <source>--set takes FIELD=VALUE, not {given}.</source>
        <translation>⁦--set⁩ د ⁦FIELD=VALUE⁩ په بڼه دی، نه ⁦{given}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="205"/>
        <source>Write the packet to a .pdf file, not {name}.</source>
        <translation>کڅوړه په ⁦.pdf⁩ فایل کې ولیکئ، نه ⁦{name}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="206"/>
        <source>Give a PDF&apos;s password as --pdf-password DOC_ID=PASSWORD (the document&apos;s number, as casedesk search and show print it).</source>
        <translation>د PDF پټنوم د ⁦--pdf-password DOC_ID=PASSWORD⁩ په بڼه ورکړئ (د سند نمبر، لکه څنګه چې ⁦casedesk search⁩ او ⁦show⁩ یې چاپوي).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="212"/>
        <source>The connection to the office server was lost; nothing was saved by this step. Check that the server is running and reachable, then try again.</source>
        <translation>د دفتر له سرور سره اړیکه پرې شوه؛ دې ګام هېڅ خوندي نه کړل. وګورئ چې سرور چلېږي او رسېدلی شي، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="217"/>
        <source>The database {database} on {server} is not a CaseDesk office database (or is not set up yet: casedesk office-server init sets it up).</source>
        <translation>ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې د CaseDesk د دفتر ډیټابېس نه دی (یا لا چمتو شوی نه دی: ⁦casedesk office-server init⁩ یې چمتو کوي).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="222"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}; this program knows up to {known}). Update CaseDesk to check it.</source>
        <translation>ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې یوه نوي CaseDesk چمتو کړی (د جوړښت نسخه {version}؛ دا پروګرام تر {known} پورې پېژني). د کتلو لپاره CaseDesk تازه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="228"/>
        <source>The office server could not be reached (database {database} on {server}). Check that it is running and that this computer is on the office network, then try again.</source>
        <translation>د دفتر سرور ته رسېدل ونه شول (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې). وګورئ چې چلېږي او دا کمپیوټر د دفتر په شبکه کې دی، بیا بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="234"/>
        <source>The office server refused this: your login is not allowed to make this change. Ask the office&apos;s administrator for the volunteer or admin role.</source>
        <translation>د دفتر سرور دا ونه منله: ستاسو ننوتل د دې بدلون اجازه نه لري. د دفتر له مدیر څخه د رضاکار یا مدیر رول وغواړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="239"/>
        <source>The office server refused the login (database {database} on {server}): the user name or password is wrong. Check them, or the password in ~/.pgpass or PGPASSWORD.</source>
        <translation>د دفتر سرور ننوتل ونه منل (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې): د کارن نوم یا پټنوم غلط دی. هغه وګورئ، یا په ⁦~/.pgpass⁩ یا ⁦PGPASSWORD⁩ کې پټنوم وګورئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="245"/>
        <source>There is no database {database} on {server}. Check the database name in the address.</source>
        <translation>ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې نشته. په پته کې د ډیټابېس نوم وګورئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="249"/>
        <source>The office server has no such user (database {database} on {server}). Ask the office&apos;s administrator to add you (casedesk office-server add-user).</source>
        <translation>د دفتر سرور داسې کارن نه لري (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې). د دفتر له مدیر وغواړئ چې تاسو زیات کړي (⁦casedesk office-server add-user⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="254"/>
        <source>That is not a valid address of an office database; it looks like postgresql://user@server/database (special characters in it %-encoded).</source>
        <translation>دا د دفتر د ډیټابېس سمه پته نه ده؛ بڼه یې داسې ده: ⁦postgresql://user@server/database⁩ (په هغې کې ځانګړې نښې په ⁦%⁩ کوډ شي).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="259"/>
        <source>The office server could not be reached (database {database} on {server}), or the connection was lost.</source>
        <translation>د دفتر سرور ته رسېدل ونه شول (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې)، یا اړیکه پرې شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="264"/>
        <source>The office server refused: this login may not add documents (it is a reader). Nothing was added. Ask the office&apos;s administrator for the volunteer role.</source>
        <translation>د دفتر سرور ونه منله: دا ننوتل د سندونو د زیاتولو اجازه نه لري (لوستونکی دی). هېڅ زیات نه شو. د دفتر له مدیر څخه د رضاکار رول وغواړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="269"/>
        <source>Lost the office server; trying again in {seconds} s.</source>
        <translation>د دفتر له سرور سره اړیکه پرې شوه؛ {seconds} ثانیې وروسته بیا هڅه کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="270"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}). Update CaseDesk to search it.</source>
        <translation>ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې یوه نوي CaseDesk چمتو کړی (د جوړښت نسخه {version}). په هغه کې د لټون لپاره CaseDesk تازه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="275"/>
        <source>This login may not read the documents of the database {database} on {server}. Ask the office&apos;s administrator to make it a reader or a volunteer.</source>
        <translation>دا ننوتل د ⁦{database}⁩ ډیټابېس د سندونو د لوستلو اجازه نه لري (⁦{server}⁩). د دفتر له مدیر وغواړئ چې هغه لوستونکی یا رضاکار کړي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="280"/>
        <source>The connection to the office server was lost (database {database} on {server}). The search index on this computer is kept; run the same command again once the server is back.</source>
        <translation>د دفتر له سرور سره اړیکه پرې شوه (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې). د دې کمپیوټر د لټون فهرست ساتل شوی؛ کله چې سرور بېرته راشي، همدا کمانډ بیا وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="286"/>
        <source>This computer has no search index of the office database yet: run casedesk office-server sync.</source>
        <translation>دا کمپیوټر لا د دفتر د ډیټابېس د لټون فهرست نه لري: ⁦casedesk office-server sync⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="291"/>
        <source>The office server refused the push: this login may not write into the office database. Push with a login of the admin role (casedesk office-server add-user).</source>
        <translation>د دفتر سرور لېږل ونه منل: دا ننوتل د دفتر په ډیټابېس کې د لیکلو اجازه نه لري. د مدیر رول لرونکي ننوتل سره یې ولېږئ (⁦casedesk office-server add-user⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="296"/>
        <source>The connection to the office server was lost during the push (database {database} on {server}). What was pushed is kept whole; run the same push again to finish.</source>
        <translation>د لېږلو پر مهال د دفتر له سرور سره اړیکه پرې شوه (ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې). څه چې لېږل شوي بشپړ ساتل شوي؛ د پای ته رسولو لپاره همدا لېږل بیا وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="302"/>
        <source>The office server could not take the push ({reason}). Nothing half-written is kept; run casedesk check on both, then the push again.</source>
        <translation>د دفتر سرور لېږل ونه شو منلی (⁦{reason}⁩). هېڅ نیمګړی لیکل شوی شی نه دی ساتل شوی؛ په دواړو ⁦casedesk check⁩ وچلوئ، بیا بیا ولېږئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="307"/>
        <source>A login name is lower-case letters, digits and _ (at most 63), starting with a letter, for example farid_k.</source>
        <translation>د ننوتلو نوم له واړه لاتیني تورو، عددونو او ⁦_⁩ څخه جوړ وي (تر ۶۳ پورې)، او په توري پیلېږي، لکه ⁦farid_k⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="312"/>
        <source>The password is empty; give one (it is not shown as you type).</source>
        <translation>پټنوم تش دی؛ یو پټنوم ورکړئ (د لیکلو پر مهال نه ښکاري).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="313"/>
        <source>A login of that name already exists on this server.</source>
        <translation>په دې نوم یو ننوتل مخکې په دې سرور کې شته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="314"/>
        <source>The database {database} on {server} was set up by a newer CaseDesk (schema version {version}; this program knows up to {known}). Update CaseDesk to use it.</source>
        <translation>ډیټابېس ⁦{database}⁩ په ⁦{server}⁩ کې یوه نوي CaseDesk چمتو کړی (د جوړښت نسخه {version}؛ دا پروګرام تر {known} پورې پېژني). د کارولو لپاره CaseDesk تازه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="319"/>
        <source>This login may not set up the database {database} on {server}: init needs the database&apos;s owner with the right to create roles (CREATEROLE), such as the postgres user.</source>
        <translation>دا ننوتل د ⁦{database}⁩ ډیټابېس (⁦{server}⁩) د چمتو کولو اجازه نه لري: ⁦init⁩ د ډیټابېس خاوند ته اړتیا لري چې د رولونو د جوړولو اجازه (⁦CREATEROLE⁩) ولري، لکه د ⁦postgres⁩ کارن.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="325"/>
        <source>This login may not add users: that needs the right to create roles (CREATEROLE), such as the postgres user or the database&apos;s owner.</source>
        <translation>دا ننوتل د کارنانو د زیاتولو اجازه نه لري: دې ته د رولونو د جوړولو اجازه (⁦CREATEROLE⁩) اړینه ده، لکه د ⁦postgres⁩ کارن یا د ډیټابېس خاوند.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="330"/>
        <source>The two passwords differ; nothing was changed. Try again.</source>
        <translation>دوه پټنومونه توپیر لري؛ هېڅ بدل نه شو. بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="332"/>
        <source>The role {role} is missing: run casedesk office-server init.</source>
        <translation>رول ⁦{role}⁩ نشته: ⁦casedesk office-server init⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="333"/>
        <source>The role {role} is without its rights on this database: run casedesk office-server init.</source>
        <translation>رول ⁦{role}⁩ په دې ډیټابېس کې خپل واکونه نه لري: ⁦casedesk office-server init⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="337"/>
        <source>This login may not read {table}; its rows were not counted.</source>
        <translation>دا ننوتل د ⁦{table}⁩ د لوستلو اجازه نه لري؛ کرښې یې و نه شمېرل شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="338"/>
        <source>The original {original} is incomplete: {have} of {expected} parts are there ({stored} of {size} bytes). Add the file again, or restore it from a backup.</source>
        <translation>اصلي فایل ⁦{original}⁩ نیمګړی دی: له {expected} برخو {have} شته ({stored} له {size} بایټونو). فایل بیا زیات کړئ، یا یې له احتیاطي کاپي بېرته راوګرځوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="343"/>
        <source>The original {original} does not match its fingerprint (SHA-256): its content is damaged. Add the file again, or restore it from a backup.</source>
        <translation>اصلي فایل ⁦{original}⁩ د خپل ګوتې نښې (SHA-256) سره سمون نه خوري: منځپانګه یې خرابه شوې. فایل بیا زیات کړئ، یا یې له احتیاطي کاپي بېرته راوګرځوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="349"/>
        <source>The case was not saved: {problem}</source>
        <translation>دوسیه خوندي نه شوه: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="350"/>
        <source>The case was not saved:
{lines}</source>
        <translation>دوسیه خوندي نه شوه:
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="405"/>
        <source>No case was added:
{lines}</source>
        <translation>هېڅ دوسیه زیاته نه شوه:
{lines}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="427"/>
        <source>The backup was stopped; no backup file was kept.</source>
        <translation>د احتیاطي کاپي جوړول ودرول شول؛ هېڅ احتیاطي فایل ونه ساتل شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="428"/>
        <source>The archive&apos;s catalog is damaged, so it was not backed up: run casedesk check.</source>
        <translation>د آرشیف کتلاګ خراب دی، نو احتیاطي کاپي یې جوړه نه شوه: ⁦casedesk check⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="432"/>
        <source>The archive&apos;s catalog could not be read ({reason}).</source>
        <translation>د آرشیف کتلاګ و نه لوستل شو (⁦{reason}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="433"/>
        <source>An original the catalog lists ({sha}…) is missing, so the archive was not backed up: run casedesk check.</source>
        <translation>یو اصلي فایل چې په کتلاګ کې راغلی (⁦{sha}…⁩) نشته، نو د آرشیف احتیاطي کاپي جوړه نه شوه: ⁦casedesk check⁩ وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="438"/>
        <source>The folder {folder} does not exist.</source>
        <translation>فولډر ⁦{folder}⁩ نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="439"/>
        <source>The earlier backup {name} in this folder cannot be read ({reason}) Give the password the folder&apos;s backups were made with, or back up to another folder.</source>
        <translation>په دې فولډر کې مخکینۍ احتیاطي کاپي ⁦{name}⁩ نه لوستل کېږي ({reason}). هغه پټنوم ورکړئ چې د دې فولډر احتیاطي کاپي پرې جوړې شوې، یا احتیاطي کاپي په بل فولډر کې جوړه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="444"/>
        <source>The backup did not read back as it was written: it was not kept.</source>
        <translation>احتیاطي کاپي په بیا لوستلو کې له لیکل شوي سره سمه نه وه: ونه ساتل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="445"/>
        <source>The backup is too large for one file.</source>
        <translation>احتیاطي کاپي د یوه فایل لپاره ډېره لویه ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="446"/>
        <source>This file is not a CaseDesk backup (or its beginning is damaged).</source>
        <translation>دا فایل د CaseDesk احتیاطي کاپي نه ده (یا یې پیل خراب دی).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="449"/>
        <source>Cannot read the backup {path}: {reason}.</source>
        <translation>احتیاطي کاپي ⁦{path}⁩ نه لوستل کېږي: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="450"/>
        <source>This backup was made by a newer CaseDesk: update CaseDesk.</source>
        <translation>دا احتیاطي کاپي یوه نوي CaseDesk جوړه کړې: CaseDesk تازه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="451"/>
        <source>This archive is open read-only (another CaseDesk is changing it): a document&apos;s title and date cannot be changed now.</source>
        <translation>دا آرشیف یوازې د لوستلو لپاره پرانیستی دی (بله CaseDesk یې بدلوي): د سند سرلیک او نېټه اوس نه بدلېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="456"/>
        <source>{target} is not empty: restore into a new folder (an archive is never restored over another).</source>
        <translation>⁦{target}⁩ تش نه دی: په یوه نوي فولډر کې یې بېرته راوګرځوئ (یو آرشیف هېڅکله پر بل آرشیف بېرته نه راګرځول کېږي).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="461"/>
        <source>There is no backup file {source}.</source>
        <translation>احتیاطي فایل ⁦{source}⁩ نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="462"/>
        <source>There is no CaseDesk backup in {source}.</source>
        <translation>په ⁦{source}⁩ کې د CaseDesk احتیاطي کاپي نشته.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="463"/>
        <source>{name} needs the earlier backups made with it in its folder.</source>
        <translation>⁦{name}⁩ هغو مخکینیو احتیاطي کاپیو ته اړتیا لري چې ورسره په خپل فولډر کې جوړې شوې.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="464"/>
        <source>The backup file is damaged or incomplete (it was changed or cut short after it was written), so it cannot be restored. Use another backup: {count} file(s) it needs are in no backup of its folder (was an earlier backup moved or deleted?).</source>
        <translation>د احتیاطي کاپي فایل خراب یا نیمګړی دی (له لیکلو وروسته بدل یا لنډ شوی)، نو بېرته نه راګرځول کېږي. بله احتیاطي کاپي وکاروئ: {count} فایلونه چې ورته اړتیا لري د هغې د فولډر په هېڅ احتیاطي کاپي کې نشته (ایا یوه مخکینۍ احتیاطي کاپي لېږدول شوې یا ړنګه شوې؟).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="470"/>
        <source>The restore was stopped; nothing was restored.</source>
        <translation>بېرته راګرځول ودرول شول؛ هېڅ بېرته رانه ګرځول شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="471"/>
        <source>{what} is kept in the archive, but {target} could not be written: {reason}.</source>
        <translation>{what} په آرشیف کې وساتل شو، خو ⁦{target}⁩ و نه لیکل شو: ⁦{reason}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="475"/>
        <source>The output</source>
        <translation>وتنه</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="476"/>
        <source>The draft</source>
        <translation>مسوده</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="477"/>
        <source>The packet</source>
        <translation>معلوماتي کڅوړه</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="478"/>
        <source>The logo</source>
        <translation>لوګو</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="479"/>
        <source>The list of cases</source>
        <translation>د دوسیو لېست</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="480"/>
        <source>The desk&apos;s copy of {what} ({sha}…) is missing or damaged, so the push stopped there; what was pushed before is kept. Run casedesk check on the desk.</source>
        <translation>د دې کمپیوټر د {what} کاپي (⁦{sha}…⁩) نشته یا خرابه ده، نو لېږل هملته ودرېدل؛ څه چې مخکې لېږل شوي وو ساتل شوي. ⁦casedesk check⁩ د دې کمپیوټر پر آرشیف وچلوئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="485"/>
        <source>a document</source>
        <translation>یو سند</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="486"/>
        <source>an original</source>
        <translation>یو اصلي فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="487"/>
        <source>Name the new archive&apos;s folder with --archive DIR.</source>
        <translation>د نوي آرشیف فولډر د ⁦--archive DIR⁩ سره ونومئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="489"/>
        <source>A template&apos;s file is named like referral-letter.html, _letterhead.html or referral-letter.docx (small letters, digits, - and _): {name} is not.</source>
        <translation>د کينډۍ د فایل نوم لکه ⁦referral-letter.html⁩، ⁦_letterhead.html⁩ یا ⁦referral-letter.docx⁩ وي (کوچني توري، عددونه، - او _): ⁦{name}⁩ داسې نه دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="494"/>
        <source>The office database has no template file {name}.</source>
        <translation>د دفتر ډیټابېس د ⁦{name}⁩ په نوم د کينډۍ فایل نه لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="495"/>
        <source>The template {name} cannot be read: {reason}.</source>
        <translation>کينډۍ ⁦{name}⁩ نه لوستل کېږي: {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="496"/>
        <source>On an archive folder, put a template file in its templates folder: {folder}.</source>
        <translation>د آرشیف په فولډر کې، د کينډۍ فایل د هغه د کينډيو په فولډر کې کېږدئ: ⁦{folder}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="500"/>
        <source>This works only on an archive folder: of the commands, casedesk backup, restore, ocr and demo do not work on an office database (postgresql://…).</source>
        <translation>دا یوازې د آرشیف په فولډر کې کېږي: له قوماندو څخه ⁦casedesk backup⁩، ⁦restore⁩، ⁦ocr⁩ او ⁦demo⁩ د دفتر په ډیټابېس (⁦postgresql://…⁩) کې کار نه کوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="505"/>
        <source>An office database is backed up with PostgreSQL&apos;s own tools, not casedesk backup: pg_dump on the server (see docs/OFFICE-SERVER.md). casedesk backup saves an archive folder.</source>
        <translation>د دفتر د ډیټابېس بیک اپ د PostgreSQL په خپلو وسایلو اخیستل کېږي، نه په ⁦casedesk backup⁩: په سرور کې ⁦pg_dump⁩ (⁦docs/OFFICE-SERVER.md⁩ وګورئ). ⁦casedesk backup⁩ د آرشیف د فولډر بیک اپ اخلي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="511"/>
        <source>An office database is restored with PostgreSQL&apos;s own tools, not casedesk restore: pg_restore on the server, then casedesk office-server init to set the roles&apos; rights again (see docs/OFFICE-SERVER.md).</source>
        <translation>د دفتر ډیټابېس د PostgreSQL په خپلو وسایلو بیرته راګرځول کېږي، نه په ⁦casedesk restore⁩: په سرور کې ⁦pg_restore⁩، بیا ⁦casedesk office-server init⁩ چې د رولونو حقونه بیا وټاکي (⁦docs/OFFICE-SERVER.md⁩ وګورئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="517"/>
        <source>casedesk ocr reads the scans of an archive folder: scans sent to an office database are read on the desk that adds them (casedesk add reads them before sending them).</source>
        <translation>⁦casedesk ocr⁩ د آرشیف د فولډر سکینونه لولي: هغه سکینونه چې د دفتر ډیټابېس ته لېږل کېږي، په هغه مېز کې لوستل کېږي چې هغه زیاتوي (⁦casedesk add⁩ یې د لېږلو مخکې لولي).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="351"/>
        <source>Only one person can be the principal applicant.</source>
        <translation>یوازې یو کس اصلي غوښتونکی کېدای شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="352"/>
        <source>{given} is not a case number: case numbers look like AFG-2024-00137 (three letters, the year, five digits).</source>
        <translation>⁦{given}⁩ د دوسیې نمبر نه دی: د دوسیو نمبرونه داسې وي: ⁦AFG-2024-00137⁩ (درې توري، کال، پنځه عددونه).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="357"/>
        <source>{given} is not a case number: this archive&apos;s case numbers match {pattern}.</source>
        <translation>⁦{given}⁩ د دوسیې نمبر نه دی: د دې آرشیف د دوسیو نمبرونه له ⁦{pattern}⁩ سره سمون خوري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="360"/>
        <source>Person {number} ({role}) has no name in Latin script.</source>
        <translation>کس نمبر {number} ({role}) په لاتیني تورو نوم نه لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="361"/>
        <source>The birth date of person {number} ({role}) could not be read ({reason}); {how}.</source>
        <translation>د کس نمبر {number} ({role}) د زیږون نېټه و نه لوستل شوه ({reason})؛ {how}.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="365"/>
        <source>it is not a date</source>
        <translation>نېټه نه ده</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="366"/>
        <source>there is no such month</source>
        <translation>داسې میاشت نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="367"/>
        <source>there is no such day</source>
        <translation>داسې ورځ نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="368"/>
        <source>the month&apos;s name is of another calendar than the year</source>
        <translation>د میاشتې نوم د کال له جنتري پرته د بلې جنتري دی</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="369"/>
        <source>a year is 1900 to 2100, or 1300 to 1450 in the Solar Hijri calendar</source>
        <translation>کال باید له 1900 تر 2100 پورې، یا په لمریز هجري جنتري کې له 1300 تر 1450 پورې وي</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="372"/>
        <source>write a full date (1990-05-12 or 12/05/1990), a month (1990-05), a year (1990), &quot;about 1985&quot;, or a Solar Hijri date (1369-02-22, 1369)</source>
        <translation>بشپړه نېټه (⁦1990-05-12⁩ یا ⁦12/05/1990⁩)، یوه میاشت (⁦1990-05⁩)، یو کال (1990)، «شاوخوا 1985»، یا د لمریز هجري نېټه (⁦1369-02-22⁩، 1369) ولیکئ</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="377"/>
        <source>Deadline {number} ({kind}) needs a date with its day, written YYYY-MM-DD (or in the Solar Hijri calendar, e.g. 1403-11-08 or 8 Dalw 1403).</source>
        <translation>وروستۍ نېټه نمبر {number} ({kind}) د ورځې سره نېټې ته اړتیا لري، په بڼه د ⁦YYYY-MM-DD⁩ (یا په لمریز هجري جنتري، لکه ⁦1403-11-08⁩ یا 8 سلواغه 1403).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="382"/>
        <source>Note {number} is empty.</source>
        <translation>یادښت نمبر {number} تش دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="383"/>
        <source>The time of note {number} must be an ISO time (YYYY-MM-DDTHH:MM).</source>
        <translation>د یادښت نمبر {number} وخت باید د ISO په بڼه وي (⁦YYYY-MM-DDTHH:MM⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="386"/>
        <source>{given} cannot be marked confidential; these can: {choices}.</source>
        <translation>⁦{given}⁩ محرم نښه کېدای نه شي؛ دا کېدای شي: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="387"/>
        <source>{given} is not a pathway; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ لار نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="388"/>
        <source>No pathway was given; choose one of: {choices}.</source>
        <translation>لار ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="389"/>
        <source>{given} is not a priority; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ لومړیتوب نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="390"/>
        <source>No priority was given; choose one of: {choices}.</source>
        <translation>لومړیتوب ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="391"/>
        <source>{given} is not a status; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ حالت نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="392"/>
        <source>No status was given; choose one of: {choices}.</source>
        <translation>حالت ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="393"/>
        <source>{given} is not a relationship; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ اړیکه نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="394"/>
        <source>No relationship was given; choose one of: {choices}.</source>
        <translation>اړیکه ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="395"/>
        <source>{given} is not a kind of deadline; choose one of: {choices}.</source>
        <translation>⁦{given}⁩ د وروستۍ نېټې ډول نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="396"/>
        <source>No kind of deadline was given; choose one of: {choices}.</source>
        <translation>د وروستۍ نېټې ډول ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="397"/>
        <source>Deadline {number}: {given} is not a kind of deadline; choose one of: {choices}.</source>
        <translation>وروستۍ نېټه نمبر {number}: ⁦{given}⁩ د وروستۍ نېټې ډول نه دی؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="401"/>
        <source>Deadline {number}: no kind of deadline was given; choose one of: {choices}.</source>
        <translation>وروستۍ نېټه نمبر {number}: د وروستۍ نېټې ډول ورنه کړل شو؛ له دې څخه یو وټاکئ: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="406"/>
        <source>Case {number} in the list: {problem}</source>
        <translation>په لېست کې دوسیه نمبر {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="407"/>
        <source>{case_id} is twice in the list.</source>
        <translation>⁦{case_id}⁩ په لېست کې دوه ځله راغلې.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="408"/>
        <source>{case_id} is already in the archive.</source>
        <translation>⁦{case_id}⁩ له مخکې په آرشیف کې ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="409"/>
        <source>The row has no case number.</source>
        <translation>دا کرښه د دوسیې نمبر نه لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="410"/>
        <source>Case {case_id} is already in the archive (change it with casedesk case edit).</source>
        <translation>دوسیه ⁦{case_id}⁩ له مخکې په آرشیف کې ده (هغه د ⁦casedesk case edit⁩ سره بدله کړئ).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="414"/>
        <source>It differs from row {row} of the same case ({earlier}).</source>
        <translation>د همدې دوسیې له {row} کرښې سره توپیر لري (⁦{earlier}⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="415"/>
        <source>The person has no name in Latin script.</source>
        <translation>دا کس په لاتیني تورو نوم نه لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="416"/>
        <source>The same person as row {row} (same name and birth date).</source>
        <translation>د {row} کرښې همغه کس دی (همغه نوم او د زیږون نېټه).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="417"/>
        <source>A birth date must be a real date written YYYY-MM-DD (e.g. 1986-01-01).</source>
        <translation>د زیږون نېټه باید یوه ریښتینې نېټه د ⁦YYYY-MM-DD⁩ په بڼه وي (لکه ⁦1986-01-01⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="420"/>
        <source>These can be marked confidential: {choices}.</source>
        <translation>دا محرم نښه کېدای شي: ⁦{choices}⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="421"/>
        <source>{item}: {problem}</source>
        <translation>⁦{item}⁩: {problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/error_templates.py" line="422"/>
        <source>{item}: a deadline is written KIND=YYYY-MM-DD (visa expiry=2025-03-01).</source>
        <translation>⁦{item}⁩: وروستۍ نېټه د ⁦KIND=YYYY-MM-DD⁩ په بڼه لیکل کېږي (⁦visa expiry=2025-03-01⁩).</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <location filename="../../desktop/ui/facets.py" line="16"/>
        <source>Kind</source>
        <translation>ډول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="17"/>
        <source>Case</source>
        <translation>دوسیه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="18"/>
        <source>Year</source>
        <translation>کال</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="19"/>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="20"/>
        <source>Tag</source>
        <translation>نښه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="39"/>
        <source>Filter</source>
        <translation>فلټر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/facets.py" line="39"/>
        <source>Documents</source>
        <translation>اسناد</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="32"/>
        <source>&amp;Import cases…</source>
        <translation>د دوسیو راوړل… (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="34"/>
        <source>&amp;Back up…</source>
        <translation>احتیاطي کاپي… (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="52"/>
        <source>Import cases from a spreadsheet</source>
        <translation>له یوه جدول څخه د دوسیو راوړل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="54"/>
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>جدولونه (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="89"/>
        <source>Imported 1 case.</source>
        <translation>1 دوسیه راوړل شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/file_actions.py" line="90"/>
        <source>Imported {cases} cases.</source>
        <translation>{cases} دوسیې راوړل شوې.</translation>
    </message>
</context>
<context>
    <name>IndexProblems</name>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="31"/>
        <source>Password-protected file: CaseDesk could not open it without its password.</source>
        <translation>په پټنوم ساتل شوې فایل: CaseDesk دا بې له پټنوم نه شو پرانیستلی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="35"/>
        <source>Add it again with its password (casedesk add --password PASSWORD FILE).</source>
        <translation>بیا یې له خپل پټنوم سره زیات کړئ (⁦casedesk add --password PASSWORD FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="39"/>
        <source>CaseDesk cannot read this kind of file{what}.</source>
        <translation>CaseDesk دا ډول فایل نه شي لوستلی{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="40"/>
        <source>Save it as PDF, Word (.docx), email (.eml), web page or plain text and add it again.</source>
        <translation>د PDF، Word (.docx)، برېښنالیک (.eml)، وېب پاڼې یا ساده متن په بڼه یې خوندي او بیا یې زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="44"/>
        <source>The file is protected by a kind of security CaseDesk cannot open{what}.</source>
        <translation>فایل په داسې امنیتي ساتنه خوندي ده چې CaseDesk یې نه شي پرانیستلی{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="48"/>
        <source>Ask the sender for a copy without this protection, or open it in the program it was made for (Adobe Acrobat for a certificate) and print it to a new PDF.</source>
        <translation>له لېږونکي څخه پرته له دې ساتنې یوه نسخه وغواړئ، یا یې په هغه پروګرام کې پرانیزئ چې ورته جوړه شوې (د ډیجیټل تصدیق لپاره Adobe Acrobat) او په یوه نوي PDF یې چاپ کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="53"/>
        <source>CaseDesk refused to read this file for safety: it holds something files of its kind never need but attacks use{what}.</source>
        <translation>CaseDesk د خوندیتوب لپاره دا فایل ونه لوست: داسې څه پکې دي چې د دې ډول فایلونو ته هېڅکله اړتیا نه وي خو بریدونه ورڅخه کار اخلي{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="58"/>
        <source>Ask the sender to send it again, or open it in its own program and save or print a new copy as PDF.</source>
        <translation>له لېږونکي وغواړئ چې بیا یې ولېږي، یا یې په خپل پروګرام کې پرانیزئ او نوې نسخه د PDF په بڼه خوندي یا چاپ کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="63"/>
        <source>The file is damaged or is not what its name says, so CaseDesk could not read it{what}.</source>
        <translation>فایل خراب دی یا هغه نه دی چې نوم یې وايي، نو CaseDesk ونه شو لوستلی{what}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="67"/>
        <source>Open it in its own program; if it opens there, save or print a new copy as PDF and add that.</source>
        <translation>په خپل پروګرام کې یې پرانیزئ؛ که هلته پرانیستل شو، نوې نسخه د PDF په بڼه خوندي یا چاپ کړئ او هغه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="72"/>
        <source>The file is empty: it has no text and no pages.</source>
        <translation>فایل تش دی: نه متن لري او نه مخونه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="73"/>
        <source>Check that this is the right file; if the document is a scan, add the scan itself.</source>
        <translation>وګورئ چې سمه فایل همدا ده؛ که سند سکین وي، پخپله سکین زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="77"/>
        <source>Reading the file took longer than {limit} and was stopped.</source>
        <translation>د فایل لوستل له {limit} څخه ډېر وخت ونیو او ودرول شو.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="80"/>
        <source>It may be damaged or very large. Add it again with a longer limit (casedesk add --time-limit 300 FILE).</source>
        <translation>کېدای شي خراب یا ډېر لوی وي. په اوږده وخت یې بیا زیات کړئ (⁦casedesk add --time-limit 300 FILE⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="85"/>
        <source>The file is too large to read safely: {limit}.</source>
        <translation>فایل د خوندي لوستلو لپاره ډېر لوی دی: {limit}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="86"/>
        <source>Split it into smaller files, or add it again with a higher limit (casedesk add --memory-limit / --max-size).</source>
        <translation>په وړو فایلونو یې ووېشئ، یا په لوړ حد یې بیا زیات کړئ (⁦casedesk add --memory-limit / --max-size⁩).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="91"/>
        <source>The reader stopped unexpectedly on this file; it is probably damaged.</source>
        <translation>د دې فایل لوستل ناڅاپه ودرېدل؛ ښايي خراب وي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="95"/>
        <source>This is a link (shortcut) to another file; CaseDesk does not follow links.</source>
        <translation>دا بلې فایل ته لینک (شارټکټ) دی؛ CaseDesk لینکونه نه تعقیبوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="99"/>
        <source>Add the file the link points to.</source>
        <translation>هغه فایل زیات کړئ چې لینک ورته اشاره کوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="100"/>
        <source>CaseDesk could not read this file from the disk (it was moved, or access is denied).</source>
        <translation>CaseDesk دا فایل له ډیسک نه شو لوستلی (ځای یې بدل شوی، یا اجازه نشته).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="104"/>
        <source>Check that the file is still there and that you may open it, then add it again.</source>
        <translation>وګورئ چې فایل لا هلته ده او د پرانیستلو اجازه یې لرئ، بیا یې زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="112"/>
        <source>Open it in Word with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>په Word کې یې له خپل پټنوم سره پرانیزئ، یوه نسخه بې له پټنوم (یا د PDF په بڼه) خوندي کړئ، او هغه نسخه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="117"/>
        <source>Open it in its Office program with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>په خپل Office پروګرام کې یې له پټنوم سره پرانیزئ، یوه نسخه بې له پټنوم (یا د PDF په بڼه) خوندي کړئ، او هغه نسخه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="122"/>
        <source>Open it in LibreOffice with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>په LibreOffice کې یې له خپل پټنوم سره پرانیزئ، یوه نسخه بې له پټنوم (یا د PDF په بڼه) خوندي کړئ، او هغه نسخه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="127"/>
        <source>Open it in Excel or LibreOffice with its password, save a copy without a password (or as PDF), and add that copy.</source>
        <translation>په Excel یا LibreOffice کې یې له خپل پټنوم سره پرانیزئ، یوه نسخه بې له پټنوم (یا د PDF په بڼه) خوندي کړئ، او هغه نسخه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="132"/>
        <source>Open it in Word or LibreOffice, save it as .docx or PDF, and add that.</source>
        <translation>په Word یا LibreOffice کې یې پرانیزئ، د .docx یا PDF په بڼه یې خوندي کړئ، او هغه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="136"/>
        <source>Open it in PowerPoint or LibreOffice, save it as .pptx or PDF, and add that.</source>
        <translation>په PowerPoint یا LibreOffice کې یې پرانیزئ، د .pptx یا PDF په بڼه یې خوندي کړئ، او هغه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="140"/>
        <source>Add it again with its password (casedesk add --password PASSWORD FILE), or unpack it yourself and add the folder.</source>
        <translation>بیا یې له خپل پټنوم سره زیات کړئ (⁦casedesk add --password PASSWORD FILE⁩)، یا یې پخپله خلاص کړئ او فولډر زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="145"/>
        <source>Unpack it with your computer&apos;s archive tool and add the unpacked folder.</source>
        <translation>د خپل کمپیوټر د آرشیف په وسیله یې خلاص کړئ او خلاص شوی فولډر زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="149"/>
        <source>If you trust where it came from, unpack it yourself and add the files you need; otherwise do not open it.</source>
        <translation>که پر هغه ځای باور لرئ چې له هغه راغلی، پخپله یې خلاص کړئ او اړین فایلونه زیات کړئ؛ که نه، مه یې پرانیزئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="154"/>
        <source>Add the PDF again with its password (casedesk add --password PASSWORD FILE) to read its embedded files.</source>
        <translation>PDF بیا له خپل پټنوم سره زیات کړئ (⁦casedesk add --password PASSWORD FILE⁩) څو دننه فایلونه یې ولوستل شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="165"/>
        <source>Word 97-2003 file</source>
        <translation>د Word 97-2003 فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="166"/>
        <source>a Word 6 or Word 95 file</source>
        <translation>د Word 6 یا Word 95 فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="167"/>
        <source>Word file</source>
        <translation>د Word فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="168"/>
        <source>a Word file declaring a DOCTYPE, which can hide an attack</source>
        <translation>د Word فایل چې DOCTYPE لري، چې برید پکې پټېدای شي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="169"/>
        <source>Outlook message</source>
        <translation>د Outlook پیغام</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="170"/>
        <source>Office file</source>
        <translation>د Office فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="171"/>
        <source>an old PowerPoint file (.ppt)</source>
        <translation>د PowerPoint زوړ فایل (.ppt)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="172"/>
        <source>an OLE file that is not a document</source>
        <translation>د OLE فایل چې سند نه دی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="173"/>
        <source>OpenDocument file</source>
        <translation>د OpenDocument فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="174"/>
        <source>PowerPoint file</source>
        <translation>د PowerPoint فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="175"/>
        <source>RTF file</source>
        <translation>د RTF فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="176"/>
        <source>spreadsheet</source>
        <translation>جدول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="177"/>
        <source>ZIP archive</source>
        <translation>د ZIP آرشیف</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="178"/>
        <source>a ZIP archive packed or encrypted in a way CaseDesk cannot unpack</source>
        <translation>د ZIP آرشیف چې په داسې ډول بسته یا کوډ شوی چې CaseDesk یې نه شي خلاصولی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="181"/>
        <source>not a regular file</source>
        <translation>عادي فایل نه دی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="182"/>
        <source>an Office file of a kind CaseDesk does not read</source>
        <translation>د Office فایل له داسې ډوله چې CaseDesk یې نه لولي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="183"/>
        <source>a RAR archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk opens ZIP archives itself</source>
        <translation>د RAR آرشیف: خلاص یې کړئ (7-Zip یې پرانیزي) او خلاص شوی فولډر زیات کړئ؛ CaseDesk د ZIP آرشیفونه پخپله پرانیزي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="188"/>
        <source>a 7-Zip archive: unpack it (7-Zip opens it) and add the unpacked folder; CaseDesk opens ZIP archives itself</source>
        <translation>د 7-Zip آرشیف: خلاص یې کړئ (7-Zip یې پرانیزي) او خلاص شوی فولډر زیات کړئ؛ CaseDesk د ZIP آرشیفونه پخپله پرانیزي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="193"/>
        <source>a compressed (gzip) file</source>
        <translation>کمپریس شوې فایل (gzip)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="194"/>
        <source>an audio file</source>
        <translation>غږیزه فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="195"/>
        <source>an audio, video or picture file</source>
        <translation>غږیزه، ویډیويي یا انځوریزه فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="196"/>
        <source>a video or picture file</source>
        <translation>ویډیويي یا انځوریزه فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="197"/>
        <source>an OpenDocument file of a kind CaseDesk does not read; save it as PDF</source>
        <translation>د OpenDocument فایل له داسې ډوله چې CaseDesk یې نه لولي؛ د PDF په بڼه یې خوندي کړئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="201"/>
        <source>an e-book or program package</source>
        <translation>برېښنايي کتاب یا د پروګرام کڅوړه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="202"/>
        <source>a certificate, {handler}</source>
        <translation>ډیجیټل تصدیق، {handler}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="203"/>
        <source>Adobe rights management, Adobe.APS</source>
        <translation>د Adobe د حقونو مدیریت، Adobe.APS</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="204"/>
        <source>the {handler} security handler</source>
        <translation>د {handler} امنیتي ساتنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="205"/>
        <source>CaseDesk could not make out the picture</source>
        <translation>CaseDesk انځور ونه شو پېژندلی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="206"/>
        <source>the picture could not be opened</source>
        <translation>انځور پرانیستل نه شو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="207"/>
        <source>the picture is cut short or corrupt</source>
        <translation>انځور نیمګړی یا خراب دی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="208"/>
        <source>{seconds} seconds</source>
        <translation>{seconds} ثانیې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="209"/>
        <source>it needed more than {size} MB of memory</source>
        <translation>له {size} MB څخه ډېرې حافظې ته یې اړتیا درلوده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="210"/>
        <source>its text is too large to handle</source>
        <translation>متن یې د کار لپاره ډېر لوی دی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="211"/>
        <source>it needs too much memory to read</source>
        <translation>د لوستلو لپاره ډېرې حافظې ته اړتیا لري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="212"/>
        <source>{limit}; it may be a &apos;zip bomb&apos; made to fill the disk</source>
        <translation>{limit}؛ کېدای شي «د ZIP بم» وي چې د ډیسک ډکولو لپاره جوړ شوی</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="213"/>
        <source>it holds more than {files} files</source>
        <translation>له {files} څخه ډېرې فایلونه پکې دي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="214"/>
        <source>a file inside would unpack to {size} MB from {packed} KB</source>
        <translation>دننه یوه فایل له {packed} KB څخه {size} MB ته خلاصېږي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="215"/>
        <source>it would unpack to more than {size} MB</source>
        <translation>له {size} MB څخه ډېر ته خلاصېږي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="216"/>
        <source>it unpacks to more than {size} MB (more than its directory says)</source>
        <translation>له {size} MB څخه ډېر ته خلاصېږي (له هغه ډېر چې فهرست یې وايي)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="219"/>
        <source>it holds ZIP files nested more than {depth} deep</source>
        <translation>د ZIP فایلونه پکې له {depth} پوړونو ډېر یو په بل کې دي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="220"/>
        <source>the picture is {width} by {height} pixels ({millions} million); CaseDesk reads pictures up to {side} pixels a side and {most} million pixels</source>
        <translation>انځور {width} په {height} پکسله دی ({millions} میلیونه)؛ CaseDesk تر {side} پکسله په هره خوا او {most} میلیونه پکسله پورې انځورونه لولي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="225"/>
        <source>the picture claims more than {most} million pixels</source>
        <translation>انځور وايي چې له {most} میلیونه پکسلو ډېر لري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="226"/>
        <source>it has {pages} pages; CaseDesk reads TIFF files up to {most}</source>
        <translation>{pages} مخونه لري؛ CaseDesk د TIFF فایلونه تر {most} مخونو پورې لولي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="235"/>
        <source>No readable text on {pages} (read by OCR): the page is blank, handwritten, or too unclear to read.</source>
        <translation>په {pages} کې د لوستلو وړ متن نشته (په OCR لوستل شوی): مخ تش، په لاس لیکل شوی، یا د لوستلو لپاره ډېر ناڅرګند دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="240"/>
        <source>No readable text on {pages} (read by OCR): {failures}</source>
        <translation>په {pages} کې د لوستلو وړ متن نشته (په OCR لوستل شوی): {failures}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="241"/>
        <source>Open the original to read it. If it should have text, add a sharper scan or photo (flat, in good light); handwriting cannot be read by CaseDesk.</source>
        <translation>د لوستلو لپاره یې اصلي نسخه پرانیزئ. که باید متن ولري، روښانه سکن یا عکس (هوار، په ښه رڼا کې) زیات کړئ؛ CaseDesk لاسي لیکنه نه شي لوستلی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="246"/>
        <source>page {pages}</source>
        <translation>مخ {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problem_words.py" line="247"/>
        <source>pages {pages}</source>
        <translation>مخونه {pages}</translation>
    </message>
</context>
<context>
    <name>IngestBar</name>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="25"/>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="38"/>
        <source>Adding files…</source>
        <translation>فایلونه زیاتېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="47"/>
        <source>Tidying the search index for faster searches…</source>
        <translation>د چټک لټون لپاره د لټون فهرست سمېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="55"/>
        <source>Reading scans: page {page} of {pages}</source>
        <translation>د سکینونو لوستل: {page} مخ له {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="61"/>
        <source>Reading scans: {pages} pages read</source>
        <translation>د سکینونو لوستل: {pages} مخونه ولوستل شول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="67"/>
        <source>Indexing for search: {done} of {total}</source>
        <translation>د لټون لپاره فهرستول: {done} له {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="74"/>
        <source>File {done} of {total}: {name}</source>
        <translation>فایل {done} له {total}: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_bar.py" line="83"/>
        <source>Stopping…</source>
        <translation>درېږي…</translation>
    </message>
</context>
<context>
    <name>IngestWords</name>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="23"/>
        <source>CaseDesk cannot read scans on this computer: Tesseract or its language data is not installed. Run tools/bootstrap.sh again, then casedesk ocr.</source>
        <translation>CaseDesk په دې کمپیوټر کې سکینونه نه شي لوستلی: Tesseract یا د هغې د ژبې معلومات نه دي نصب شوي. ⁦tools/bootstrap.sh⁩ بیا وچلوئ، بیا ⁦casedesk ocr⁩.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="37"/>
        <source>{given} file(s): {added} added, {unchanged} unchanged, {duplicates} duplicate(s), {problems} not indexed.</source>
        <translation>{given} فایلونه: {added} زیات شول، {unchanged} نه دي بدل شوي، {duplicates} تکراري، {problems} نه دي فهرست شوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="51"/>
        <source>{attachments} attachment(s) and embedded file(s) added, {problems} not indexed.</source>
        <translation>{attachments} ضمیمې او دننه فایلونه زیات شول، {problems} نه دي فهرست شوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="61"/>
        <source>Stopped before the end: {count} file(s) not done yet.</source>
        <translation>له پای مخکې ودرېد: {count} فایلونه لا نه دي بشپړ شوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="75"/>
        <source>Scans: {pages} page(s) to read: {read} read, {no_text} with no readable text, {failed} could not be read.</source>
        <translation>سکینونه: {pages} مخونه د لوستلو لپاره: {read} ولوستل شول، {no_text} بې د لوستلو وړ متن، {failed} ونه لوستل شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="88"/>
        <source>Stopped before the end: {count} page(s) still waiting (casedesk ocr reads them).</source>
        <translation>د پای ته رسېدو مخکې ودرېد: {count} مخونه لا په تمه دي (⁦casedesk ocr⁩ یې لولي).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="93"/>
        <source>Stopped before the end: {count} page(s) still waiting (the next add reads them).</source>
        <translation>د پای ته رسېدو مخکې ودرېد: {count} مخونه لا په تمه دي (راتلونکی زیاتول یې لولي).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="101"/>
        <source>casedesk problems lists the pages with no readable text.</source>
        <translation>⁦casedesk problems⁩ هغه مخونه لېست کوي چې د لوستلو وړ متن نه لري.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/ingest_words.py" line="103"/>
        <source>Problems lists the pages with no readable text.</source>
        <translation>د «ستونزې» لېست هغه مخونه ښيي چې د لوستلو وړ متن نه لري.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="24"/>
        <source>&amp;Language</source>
        <translation>ژبه (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="29"/>
        <source>As the system</source>
        <translation>د سیسټم په څېر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="49"/>
        <source>Language</source>
        <translation>ژبه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/language_menu.py" line="50"/>
        <source>CaseDesk will use this language the next time it starts. Close it and open it again to see it now.</source>
        <translation>CaseDesk به بل ځل د پرانیستلو پر مهال همدا ژبه کاروي. د اوس لیدو لپاره یې بند او بیا پرانیزئ.</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../desktop/ui/limits.py" line="37"/>
        <source>This archive is open read-only.</source>
        <translation>دا آرشیف یوازې د لوستلو لپاره پرانیستی دی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/limits.py" line="43"/>
        <source>Not available on an office database yet.</source>
        <translation>دا کار لا د دفتر په ډیټابېس کې نه کېږي.</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../desktop/ui/loading.py" line="127"/>
        <source>{waiting} document(s) wait on this computer and are sent at the next add.</source>
        <translation>{waiting} سند په دې کمپیوټر کې پاتې دي او په راتلونکي زیاتولو سره لېږل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/loading.py" line="137"/>
        <source>This archive is open read-only.</source>
        <translation>دا آرشیف یوازې د لوستلو لپاره پرانیستی دی.</translation>
    </message>
</context>
<context>
    <name>LockedPdf</name>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="33"/>
        <source>Password-protected PDF</source>
        <translation>په پټنوم ساتل شوی PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="37"/>
        <source>“{title}” (document {doc_id}) is a password-protected PDF. Type its password to put it in the packet, or leave it out. CaseDesk does not keep the password.</source>
        <translation>«{title}» (سند {doc_id}) په پټنوم ساتل شوی PDF دی. د کڅوړې لپاره یې پټنوم ولیکئ، یا یې پرېږدئ. CaseDesk پټنوم نه ساتي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="51"/>
        <source>&amp;Put it in</source>
        <translation>کڅوړې ته اچول (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="54"/>
        <source>&amp;Leave it out</source>
        <translation>پرېښودل (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/locked_pdf.py" line="57"/>
        <source>&amp;Stop building</source>
        <translation>جوړول درول (&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="88"/>
        <source>CaseDesk — {root}</source>
        <translation>CaseDesk — {root}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120"/>
        <source>Search: names, case numbers, words, type:form…</source>
        <translation>لټون: نومونه، د دوسیو نمبرونه، ټکي، type:form…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="133"/>
        <source>Preview</source>
        <translation>مخکتنه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="134"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="140"/>
        <source>Read-only: {busy_message}</source>
        <translation>یوازې د لوستلو لپاره: {busy_message}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="153"/>
        <source>Problems</source>
        <translation>ستونزې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="167"/>
        <source>Saved searches</source>
        <translation>خوندي شوي لټونونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="168"/>
        <source>Filters</source>
        <translation>فلټرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="204"/>
        <source>&amp;File</source>
        <translation>فایل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="208"/>
        <source>&amp;Add files…</source>
        <translation>فایلونه زیاتول… (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="213"/>
        <source>Add &amp;folder…</source>
        <translation>فولډر زیاتول… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="218"/>
        <source>&amp;Save this search…</source>
        <translation>دا لټون خوندي کول… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="223"/>
        <source>Office &amp;details…</source>
        <translation>د دفتر معلومات… (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="227"/>
        <source>&amp;Quit</source>
        <translation>وتل (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="240"/>
        <source>Find</source>
        <translation>موندل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="244"/>
        <source>&amp;View</source>
        <translation>ښکارېدنه (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="246"/>
        <source>Saved searches and &amp;filters</source>
        <translation>خوندي شوي لټونونه او فلټرونه (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="256"/>
        <source>&amp;Settings</source>
        <translation>امستنې (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="260"/>
        <source>Persian &amp;digits (۱۲۳) in Dari and Pashto</source>
        <translation>فارسي عددونه (۱۲۳) په دري او پښتو کې (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268"/>
        <source>&amp;Help</source>
        <translation>مرسته (&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;About CaseDesk</source>
        <translation>د CaseDesk په اړه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="276"/>
        <source>&amp;Search help</source>
        <translation>د لټون لارښود (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="292"/>
        <source>&amp;Open archive…</source>
        <translation>آرشیف پرانیستل… (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="365"/>
        <source>{total} document(s)</source>
        <translation>{total} سندونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="367"/>
        <source>{total}+ documents</source>
        <translation>{total}+ سندونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="369"/>
        <source>note: {n}</source>
        <translation>یادښت: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="372"/>
        <source>did you mean: {suggestion}</source>
        <translation>ستاسو مطلب دا و: {suggestion}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="377"/>
        <source>counting…</source>
        <translation>شمېرل کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="456"/>
        <source>Save search</source>
        <translation>لټون خوندي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="457"/>
        <source>Name for this search:</source>
        <translation>د دې لټون نوم:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="493"/>
        <source>Problems ({problems_count})</source>
        <translation>ستونزې ({problems_count})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="503"/>
        <source>Add files to the archive</source>
        <translation>آرشیف ته فایلونه زیاتول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="511"/>
        <source>Add a folder to the archive</source>
        <translation>آرشیف ته یو فولډر زیاتول</translation>
    </message>
</context>
<context>
    <name>OcrWords</name>
    <message>
        <location filename="../../desktop/ui/details.py" line="58"/>
        <source>Read by OCR ({language}, {engine}): {pages}</source>
        <translation>د OCR په مرسته لوستل شوي ({language}، ⁦{engine}⁩): {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="59"/>
        <source>No readable text: {pages}</source>
        <translation>د لوستلو وړ متن نشته: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="60"/>
        <source>Could not be read: {pages} ({reasons})</source>
        <translation>ونه لوستل شول: {pages} ({reasons})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="61"/>
        <source>Waiting to be read: {pages}</source>
        <translation>د لوستلو په تمه: {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="62"/>
        <source>page {pages}</source>
        <translation>مخ {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="63"/>
        <source>pages {pages}</source>
        <translation>مخونه {pages}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="64"/>
        <source>English</source>
        <translation>انګلیسي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="65"/>
        <source>Dari</source>
        <translation>دري</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="66"/>
        <source>Pashto</source>
        <translation>پښتو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="67"/>
        <source>Urdu</source>
        <translation>اردو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="68"/>
        <source>unknown language</source>
        <translation>نامعلومه ژبه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/details.py" line="69"/>
        <source>{languages} and {language}</source>
        <translation>{languages} او {language}</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="49"/>
        <source>&amp;Name</source>
        <translation>نوم (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="50"/>
        <source>&amp;Telephone</source>
        <translation>ټیلیفون (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="51"/>
        <source>&amp;Email</source>
        <translation>برېښنالیک (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="52"/>
        <source>&amp;Signatory</source>
        <translation>لاسلیک کوونکی (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="53"/>
        <source>Signatory&apos;s &amp;title</source>
        <translation>د لاسلیک کوونکي دنده (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="56"/>
        <source>&amp;Address</source>
        <translation>پته (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="57"/>
        <source>Usual a&amp;ddressees</source>
        <translation>معمول ترلاسه کوونکي (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="60"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="61"/>
        <source>Letter (US)</source>
        <translation>امریکايي لیټر</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="74"/>
        <source>Office details</source>
        <translation>د دفتر معلومات</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="110"/>
        <source>One addressee per paragraph (a blank line between two); the first is put in new letters.</source>
        <translation>په هره پاراګراف کې یو ترلاسه کوونکی (د دوو ترمنځ یوه تشه کرښه)؛ لومړی په نویو لیکونو کې ایښودل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="123"/>
        <source>&amp;Paper</source>
        <translation>کاغذ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="124"/>
        <source>&amp;Logo</source>
        <translation>نښان (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="146"/>
        <location filename="../../desktop/ui/office_dialog.py" line="236"/>
        <source>No logo</source>
        <translation>نښان نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="148"/>
        <source>Choose picture…</source>
        <translation>انځور ټاکل…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="151"/>
        <source>Remove</source>
        <translation>لرې کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="170"/>
        <source>&lt;b&gt;Letterhead&lt;/b&gt; (as letters start)</source>
        <translation>&lt;b&gt;سرلیک&lt;/b&gt; (لکه څنګه چې لیکونه پیلېږي)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="179"/>
        <source>The archive is open read-only here: the details cannot be changed.</source>
        <translation>آرشیف دلته یوازې د لوستلو لپاره پرانیستی دی: معلومات نه بدلېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="220"/>
        <source>Choose the office&apos;s logo</source>
        <translation>د دفتر نښان ټاکل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_dialog.py" line="222"/>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>انځورونه (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OfficeLogin</name>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="53"/>
        <source>Password of {user} for the database {database} on {server}:</source>
        <translation>د ⁦{user}⁩ پټنوم د ډیټابېس ⁦{database}⁩ لپاره په ⁦{server}⁩ کې:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="58"/>
        <source>The office server refused that password. Try again.</source>
        <translation>د دفتر سرور دا پټنوم ونه مانه. بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/office_login.py" line="63"/>
        <source>Office server password</source>
        <translation>د دفتر د سرور پټنوم</translation>
    </message>
</context>
<context>
    <name>OfficeSession</name>
    <message>
        <location filename="../../desktop/ui/office_session.py" line="142"/>
        <source>This login may only read the office&apos;s documents and cases. To add or change them, ask the office&apos;s administrator for the volunteer role.</source>
        <translation>دا ننوتل یوازې د دفتر سندونه او دوسیې لوستلای شي. د هغوی د زیاتولو یا بدلولو لپاره، د دفتر له مدیر څخه د رضاکار رول وغواړئ.</translation>
    </message>
</context>
<context>
    <name>OpenArchive</name>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="36"/>
        <source>Open an archive</source>
        <translation>یو آرشیف پرانیستل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="39"/>
        <source>Choose a &amp;folder on this computer…</source>
        <translation>په دې کمپیوټر کې یو فولډر وټاکئ… (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="48"/>
        <source>Or the office&apos;s database: its address, as your office&apos;s administrator gave it, e.g. postgresql://farid_k@office-server/casedesk. The password is asked for when the server wants one, or taken from ~/.pgpass; CaseDesk never stores it.</source>
        <translation>یا د دفتر ډیټابېس: د هغه پته، لکه څنګه چې د دفتر مدیر درکړې، د بېلګې په توګه ⁦postgresql://farid_k@office-server/casedesk⁩. پټنوم هغه وخت پوښتل کېږي چې سرور یې وغواړي، یا له ⁦~/.pgpass⁩ څخه اخیستل کېږي؛ CaseDesk یې هېڅکله نه ساتي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="78"/>
        <source>An office database&apos;s address starts with postgresql://, e.g. postgresql://farid_k@office-server/casedesk.</source>
        <translation>د دفتر د ډیټابېس پته په ⁦postgresql://⁩ پیلېږي، د بېلګې په توګه ⁦postgresql://farid_k@office-server/casedesk⁩.</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="29"/>
        <source>Add this folder to the archive?</source>
        <translation>دا فولډر آرشیف ته زیات شي؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="31"/>
        <source>Add this file to the archive?</source>
        <translation>دا فایل آرشیف ته زیات شي؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="34"/>
        <source>Add these {count} files and folders to the archive?</source>
        <translation>دا {count} فایلونه او فولډرونه آرشیف ته زیات شي؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="36"/>
        <source>Add these {count} files to the archive?</source>
        <translation>دا {count} فایلونه آرشیف ته زیات شي؟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="45"/>
        <source>… and {count} more</source>
        <translation>… او {count} نور</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="57"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/open_with.py" line="61"/>
        <source>Add</source>
        <translation>زیاتول</translation>
    </message>
</context>
<context>
    <name>PacketJobs</name>
    <message>
        <location filename="../../desktop/ui/packet_jobs.py" line="58"/>
        <source>1 page</source>
        <translation>1 مخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_jobs.py" line="60"/>
        <source>{pages} pages</source>
        <translation>{pages} مخونه</translation>
    </message>
</context>
<context>
    <name>PacketList</name>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="47"/>
        <source>Drag documents to change their order; Delete takes one out.</source>
        <translation>د ترتیب بدلولو لپاره اسناد کش کړئ؛ د Delete تڼۍ یو لرې کوي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="51"/>
        <source>Move &amp;up</source>
        <translation>پورته وړل (&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="53"/>
        <source>Move do&amp;wn</source>
        <translation>ښکته وړل (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="56"/>
        <source>&amp;Remove</source>
        <translation>لرې کول (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="59"/>
        <source>Leave the selected documents out of this packet</source>
        <translation>ټاکلي اسناد له دې کڅوړې وباسئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="107"/>
        <source>Document {id}</source>
        <translation>سند {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="169"/>
        <source>1 document</source>
        <translation>1 سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_list.py" line="171"/>
        <source>{count} documents</source>
        <translation>{count} سندونه</translation>
    </message>
</context>
<context>
    <name>PacketOptions</name>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="28"/>
        <source>US Letter</source>
        <translation>امریکايي لیټر کاغذ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="30"/>
        <source>Black them out</source>
        <translation>تورول یې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="31"/>
        <source>Refuse the packet</source>
        <translation>کڅوړه نه جوړول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="33"/>
        <source>Scanned pages and photos are read by OCR to find the values. When a page cannot be read well enough to be sure no value is left on it, black the whole page out (the status names it), or do not build the packet and name the page.</source>
        <translation>سکین شوي مخونه او عکسونه د متن لوستونکي (OCR) په مرسته لوستل کېږي څو معلومات پیدا شي. که یو مخ دومره ښه ونه لوستل شي چې ډاډ وي هېڅ معلومات پرې نه دي پاتې، ټول مخ تور کړئ (حالت یې نوم ښيي)، یا کڅوړه مه جوړوئ او مخ یاد کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="47"/>
        <source>Briefing packet AFG-…</source>
        <translation>معلوماتي کڅوړه AFG-…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="50"/>
        <source>The first pages: a template filled in from the case</source>
        <translation>لومړي مخونه: یوه کينډۍ چې د دوسیې له معلوماتو ډکېږي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="53"/>
        <source>&amp;Contents page with each document&apos;s first page</source>
        <translation>د فهرست مخ د هر سند له لومړي مخ سره (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="59"/>
        <source>Every page is stamped with this and a running number: CD-000001</source>
        <translation>هر مخ په دې او یوه پرله پسې شمېره مهر کېږي: CD-000001</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="64"/>
        <source>The number on the packet&apos;s first page</source>
        <translation>د کڅوړې په لومړي مخ شمېره</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="66"/>
        <source>&quot;CONFIDENTIAL&quot; at the top of every page</source>
        <translation>«محرم» د هر مخ په سر کې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="80"/>
        <source>&amp;Encrypt with a password (for packets that leave the office)</source>
        <translation>په پټنوم کوډ کول (د هغو کڅوړو لپاره چې له دفتره وځي) (&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="94"/>
        <source>&amp;Title</source>
        <translation>سرلیک (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="95"/>
        <source>Co&amp;ver</source>
        <translation>پوښ (&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="97"/>
        <source>&amp;Stamps</source>
        <translation>مهرونه (&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="101"/>
        <source>&amp;Paper</source>
        <translation>کاغذ (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="102"/>
        <source>&amp;Remove these values:</source>
        <translation>دا معلومات لرې کول: (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="107"/>
        <source>Poor sca&amp;ns:</source>
        <translation>کمزوري سکینونه: (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="126"/>
        <source>No cover</source>
        <translation>بې پوښه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_options.py" line="141"/>
        <source>the packet</source>
        <translation>کڅوړه</translation>
    </message>
</context>
<context>
    <name>PacketOutput</name>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="35"/>
        <source>The packet {name} could not be opened for printing ({error}).</source>
        <translation>کڅوړه {name} د چاپ لپاره پرانیستل نه شوه ({error}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="74"/>
        <source>The printer could not be started; check it is ready and try again.</source>
        <translation>پرنټر پیل نه شو؛ وګورئ چې چمتو وي او بیا هڅه وکړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="111"/>
        <source>Save a copy of the packet</source>
        <translation>د کڅوړې یوه نسخه خوندي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_output.py" line="113"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF سند (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PacketView</name>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="85"/>
        <source>briefing notes, cover sheets and earlier packets</source>
        <translation>توضیحي یادښتونه، د پوښ پاڼې او پخوانۍ کڅوړې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="126"/>
        <source>Briefing packet — {case}</source>
        <translation>معلوماتي کڅوړه — {case}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="127"/>
        <source>choose a case</source>
        <translation>یوه دوسیه وټاکئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="141"/>
        <source>&amp;Add the case&apos;s documents</source>
        <translation>د دوسیې اسناد زیاتول (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="144"/>
        <source>Append the case&apos;s documents that are not listed yet</source>
        <translation>د دوسیې هغه اسناد زیاتول چې لا په لست کې نه دي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="147"/>
        <source>Include &amp;internal documents ({kinds})</source>
        <translation>کورني اسناد شاملول ({kinds}) (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="153"/>
        <source>Briefing notes are marked internal, not for disclosure: they stay out of packets unless you tick this.</source>
        <translation>توضیحي یادښتونه کورني دي، د ښکاره کولو لپاره نه: په کڅوړو کې نه راځي مګر دا چې دا نښه کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="166"/>
        <source>&amp;Build packet</source>
        <translation>کڅوړه جوړول (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="170"/>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="172"/>
        <source>&amp;Open</source>
        <translation>پرانیستل (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="174"/>
        <source>P&amp;rint…</source>
        <translation>چاپ… (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="177"/>
        <source>Show in &amp;folder</source>
        <translation>په فولډر کې ښودل (&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="180"/>
        <source>Save a cop&amp;y…</source>
        <translation>یوه نسخه خوندي کول… (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="182"/>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="185"/>
        <source>The archive is open read-only here: packets cannot be kept.</source>
        <translation>آرشیف دلته یوازې د لوستلو لپاره پرانیستی دی: کڅوړې نه ساتل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="198"/>
        <source>C&amp;ase</source>
        <translation>دوسیه (&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="217"/>
        <source>&lt;b&gt;Documents, in packet order&lt;/b&gt;</source>
        <translation>&lt;b&gt;اسناد، د کڅوړې په ترتیب&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="220"/>
        <source>The packet</source>
        <translation>کڅوړه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="257"/>
        <source>Reading the case…</source>
        <translation>دوسیه لوستل کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="270"/>
        <source>(choose a case)</source>
        <translation>(یوه دوسیه وټاکئ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="299"/>
        <source>Briefing packet — {chosen}</source>
        <translation>معلوماتي کڅوړه — {chosen}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="309"/>
        <location filename="../../desktop/ui/packet_view.py" line="344"/>
        <source>Briefing packet {case_id}</source>
        <translation>معلوماتي کڅوړه {case_id}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="329"/>
        <source>Added {added} document(s) of the case.</source>
        <translation>د دوسیې {added} سندونه زیات شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="331"/>
        <source>Every document is listed.</source>
        <translation>ټول اسناد په لست کې دي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="339"/>
        <source>Choose the case the packet is for.</source>
        <translation>هغه دوسیه وټاکئ چې کڅوړه ورته ده.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="342"/>
        <source>Add at least one document to the packet.</source>
        <translation>لږ تر لږه یو سند کڅوړې ته زیات کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="367"/>
        <source>Finding the values to remove (scanned pages are read by OCR, about a second a page)…</source>
        <translation>د لرې کولو معلومات موندل کېږي (سکین شوي مخونه په OCR لوستل کېږي، هر مخ شاوخوا یوه ثانیه)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="373"/>
        <source>Preparing…</source>
        <translation>چمتو کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="376"/>
        <source>Waiting for the archive&apos;s other work to finish…</source>
        <translation>د آرشیف د نورو کارونو پای ته انتظار…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="395"/>
        <source>Some PDFs are password-protected: asking for their passwords.</source>
        <translation>ځینې PDFونه په پټنوم ساتل شوي: پټنومونه یې غوښتل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="430"/>
        <source>Not built: stopped at a password-protected PDF.</source>
        <translation>جوړ نه شو: په یوه پټنوم لرونکي PDF کې ودرېد.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="438"/>
        <source>That password does not open it (passwords are case-sensitive).</source>
        <translation>هغه پټنوم یې نه پرانیزي (په پټنوم کې واړه او لوی توري توپیر لري).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="457"/>
        <source>Cancelling…</source>
        <translation>لغوه کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="464"/>
        <source>Page {done} of {total}…</source>
        <translation>{done} مخ له {total}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="475"/>
        <source> Encrypted: it opens only with its password.</source>
        <translation> کوډ شو: یوازې په خپل پټنوم پرانیستل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="480"/>
        <source>Built {pages} pages, stamped {first} to {last}. Kept in the archive as {kept}.{encrypted}{redacted}{locked}</source>
        <translation>{pages} مخونه جوړ شول، له {first} تر {last} مهر شوي. په آرشیف کې د {kept} په نوم وساتل شو.{encrypted}{redacted}{locked}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="547"/>
        <source>Saving a copy to {target}…</source>
        <translation>یوه نسخه په {target} کې خوندي کېږي…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="557"/>
        <source>Saved a copy to {target}.</source>
        <translation>یوه نسخه په {target} کې خوندي شوه.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="589"/>
        <source>Printing page {page} of {pages}…</source>
        <translation>د {page} مخ چاپ له {pages}…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="602"/>
        <source>Sent {pages} pages to the printer.</source>
        <translation>{pages} مخونه پرنټر ته ولېږل شول.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="641"/>
        <source>No documents yet: add the case&apos;s documents, or open the builder from results.</source>
        <translation>لا کوم سند نشته: د دوسیې اسناد زیات کړئ، یا د کڅوړې جوړونکی له پایلو پرانیزئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="645"/>
        <source>{count} document(s). Drag to reorder; Delete leaves one out; then Build.</source>
        <translation>{count} سندونه. د ترتیب لپاره یې کش کړئ؛ Delete یو پرېږدي؛ بیا «جوړول».</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="668"/>
        <source>{title} (document {id})</source>
        <translation>{title} (سند {id})</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="671"/>
        <source> Left out, password-protected: {names}.</source>
        <translation> پرېښودل شول، په پټنوم ساتل شوي: {names}.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="681"/>
        <source>pages made pictures: {stamps}</source>
        <translation>هغه مخونه چې انځور شول: {stamps}</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="683"/>
        <source>no page held one</source>
        <translation>هېڅ مخ کې نه و</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="687"/>
        <source> Values removed ({pages}).</source>
        <translation> معلومات لرې شول ({pages}).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/packet_view.py" line="688"/>
        <source> Values removed ({pages}). Blacked out, scanned pages that could not be read well enough to be sure: {stamps}.</source>
        <translation> معلومات لرې شول ({pages}). هغه سکین شوي مخونه چې دومره ښه ونه لوستل شول چې ډاډ وي، تور شول: {stamps}.</translation>
    </message>
</context>
<context>
    <name>PdfTools</name>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="42"/>
        <source>Page</source>
        <translation>مخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="44"/>
        <source>The page shown; type a page&apos;s number and press Enter</source>
        <translation>ښودل شوی مخ؛ د مخ شمېره ولیکئ او Enter کېکاږئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="59"/>
        <source>Previous page</source>
        <translation>مخکینی مخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="63"/>
        <source>Next page</source>
        <translation>بل مخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="68"/>
        <source>Zoom out</source>
        <translation>کوچنی کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="75"/>
        <source>Zoom in</source>
        <translation>لوی کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="81"/>
        <source>Fit the page&apos;s width</source>
        <translation>د مخ له پلنوالي سره برابرول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_tools.py" line="84"/>
        <source>Fit the whole page</source>
        <translation>له ټول مخ سره برابرول</translation>
    </message>
</context>
<context>
    <name>Preview</name>
    <message>
        <location filename="../../desktop/ui/preview.py" line="36"/>
        <source>Select a result to preview it here.</source>
        <translation>د مخکتنې لپاره یوه پایله وټاکئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="107"/>
        <source>Page {page} of {pages}. </source>
        <translation>{page} مخ له {pages}. </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/preview.py" line="124"/>
        <source>Page {page}</source>
        <translation>{page} مخ</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../desktop/ui/problems.py" line="31"/>
        <source>Enter password…</source>
        <translation>پټنوم ولیکئ…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="34"/>
        <source>Select it and choose Enter password… to read it with its password.</source>
        <translation>هغه وټاکئ او «پټنوم ولیکئ…» کېکاږئ څو په خپل پټنوم ولوستل شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="37"/>
        <source>It may be damaged or very large. Choose Try again; if it stops again, open it in its own program, save a smaller copy as PDF and add that.</source>
        <translation>کېدای شي خراب یا ډېر لوی وي. «بیا هڅه» کېکاږئ؛ که بیا ودرېد، په خپل پروګرام کې یې پرانیزئ، یوه کوچنۍ نسخه د PDF په بڼه خوندي او هغه زیاته کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="42"/>
        <source>Split it into smaller files (or save a smaller copy as PDF) and add those.</source>
        <translation>په وړو فایلونو یې ووېشئ (یا یوه کوچنۍ نسخه د PDF په بڼه خوندي کړئ) او هغه زیاتې کړئ.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="67"/>
        <source>File</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="68"/>
        <source>Why it was not indexed</source>
        <translation>ولې فهرست نه شو</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="69"/>
        <source>What to do</source>
        <translation>څه باید وشي</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="82"/>
        <source>Try again</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="134"/>
        <source>Password</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/problems.py" line="135"/>
        <source>Password for {path}:</source>
        <translation>د {path} پټنوم:</translation>
    </message>
</context>
<context>
    <name>Protect</name>
    <message>
        <location filename="../../desktop/ui/protect.py" line="17"/>
        <source>Take the case&apos;s values of these kinds out for real: a PDF page that holds one becomes a picture with the value blacked out (no text left under it), a value in a letter or an email is replaced by █████ [redacted], and the finished file is read back before it is kept.</source>
        <translation>د دوسیې د دې ډولونو معلومات په رښتیا لرې کېږي: د PDF هغه مخ چې یو یې لري په داسې انځور بدلېږي چې هغه معلومات پکې تور شوي (لاندې یې هېڅ متن نه پاتې کېږي)، په لیک یا برېښنالیک کې یې پر ځای █████ [redacted] راځي، او بشپړه فایل له ساتلو مخکې بیا لوستل کېږي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="27"/>
        <source>A-numbers</source>
        <translation>د A-number نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="28"/>
        <source>Passport numbers</source>
        <translation>د پاسپورټ نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="29"/>
        <source>Tazkira numbers</source>
        <translation>د تذکرې نمبرونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="30"/>
        <source>Dates of birth</source>
        <translation>د زېږېدنې نېټې</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="31"/>
        <source>Addresses (the case&apos;s current location)</source>
        <translation>پتې (د دوسیې اوسنی ځای)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="32"/>
        <source>Confidential notes</source>
        <translation>محرم یادښتونه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="72"/>
        <source>Password</source>
        <translation>پټنوم</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="74"/>
        <source>The same password again</source>
        <translation>همغه پټنوم، بیا</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="94"/>
        <source>Type the password {what} is to be opened with.</source>
        <translation>هغه پټنوم ولیکئ چې {what} پرې پرانیستل شي.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/protect.py" line="100"/>
        <source>The two passwords are not the same; type them again.</source>
        <translation>دواړه پټنومونه یو شان نه دي؛ بیا یې ولیکئ.</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="28"/>
        <source>Show Details...</source>
        <translation>تفصیلات ښودل...</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="29"/>
        <source>Hide Details...</source>
        <translation>تفصیلات پټول...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="15"/>
        <source>OK</source>
        <translation>سمه ده</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="16"/>
        <source>Save</source>
        <translation>خوندي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="17"/>
        <source>Open</source>
        <translation>پرانیستل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="18"/>
        <source>&amp;Yes</source>
        <translation>هو (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="19"/>
        <source>&amp;No</source>
        <translation>نه (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="20"/>
        <source>Close</source>
        <translation>بندول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="21"/>
        <source>Cancel</source>
        <translation>لغوه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="22"/>
        <source>Discard</source>
        <translation>پرېښودل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="23"/>
        <source>Don&apos;t Save</source>
        <translation>مه خوندي کوئ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="24"/>
        <source>Close without Saving</source>
        <translation>بې خوندي کولو بندول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="25"/>
        <source>Apply</source>
        <translation>پلي کول</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="26"/>
        <source>Retry</source>
        <translation>بیا هڅه</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="27"/>
        <source>Help</source>
        <translation>مرسته</translation>
    </message>
</context>
<context>
    <name>Recent</name>
    <message>
        <location filename="../../desktop/ui/open_archive.py" line="68"/>
        <source>Open an archive</source>
        <translation>یو آرشیف پرانیستل</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="72"/>
        <source>&amp;Recent archives</source>
        <translation>وروستي آرشیفونه (&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="97"/>
        <source>No other archives yet</source>
        <translation>لا بل آرشیف نشته</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/recent.py" line="99"/>
        <source>&amp;Clear list</source>
        <translation>لست پاکول (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="57"/>
        <source>page {page}</source>
        <translation>{page} مخ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="95"/>
        <source>Title</source>
        <translation>سرلیک</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="197"/>
        <source>Search results</source>
        <translation>د لټون پایلې</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="92"/>
        <source>This page has not been read yet.</source>
        <translation>دا مخ لا نه دی لوستل شوی.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/scan_page.py" line="94"/>
        <source>No readable text was found on this page.</source>
        <translation>په دې مخ کې د لوستلو وړ متن پیدا نه شو.</translation>
    </message>
</context>
<context>
    <name>TemplateNeeds</name>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="14"/>
        <source>Organisation name (office settings)</source>
        <translation>د موسسې نوم (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="15"/>
        <source>Organisation address (office settings)</source>
        <translation>د موسسې پته (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="16"/>
        <source>Signatory (office settings)</source>
        <translation>لاسلیک کوونکی (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="17"/>
        <source>Signatory&apos;s title (office settings)</source>
        <translation>د لاسلیک کوونکي دنده (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="18"/>
        <source>Office telephone (office settings)</source>
        <translation>د دفتر ټیلیفون (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="19"/>
        <source>Office email (office settings)</source>
        <translation>د دفتر برېښنالیک (د دفتر معلومات)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="20"/>
        <source>Principal applicant&apos;s name (case)</source>
        <translation>د اصلي غوښتونکي نوم (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="21"/>
        <source>Principal applicant&apos;s nationality (case)</source>
        <translation>د اصلي غوښتونکي تابعیت (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="22"/>
        <source>Pathway (case)</source>
        <translation>لار (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="23"/>
        <source>Location (case)</source>
        <translation>اوسنی ځای (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="24"/>
        <source>Vulnerabilities and protection needs (case)</source>
        <translation>زیانمنونې او د ساتنې اړتیاوې (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="25"/>
        <source>At least one deadline (case)</source>
        <translation>لږ تر لږه یوه وروستۍ نېټه (دوسیه)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="26"/>
        <source>At least one cited document</source>
        <translation>لږ تر لږه یو حواله شوی سند</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/need_words.py" line="27"/>
        <source>At least one document linked to the case</source>
        <translation>لږ تر لږه یو سند چې له دوسیې سره تړلی وي</translation>
    </message>
</context>
<context>
    <name>Tidy</name>
    <message>
        <location filename="../../desktop/ui/tidy.py" line="23"/>
        <source>Tidying the search index for faster searches (in the background)…</source>
        <translation>د چټک لټون لپاره د لټون فهرست سمېږي (شاته)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tidy.py" line="26"/>
        <source>The search index is tidy: searches are faster.</source>
        <translation>د لټون فهرست سم دی: لټونونه چټک دي.</translation>
    </message>
</context>
<context>
    <name>ZoneFields</name>
    <message>
        <location filename="../../desktop/ui/zone_fields.py" line="36"/>
        <source>Machine-readable zones</source>
        <translation>د ماشین د لوستلو برخې</translation>
    </message>
</context>
</TS>
